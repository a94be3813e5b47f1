import { useCallback, useMemo, useRef, useState } from 'react';
import { Body1, Divider, FluentProvider, Title3, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Category, Finding, Locale, Severity, SheetResult } from '../core/model';
import type { WorkbookHost } from '../hosts/types';
import { CheckSession, countBySeverity, type CheckFn, type ProgressListener, type SheetOutcome } from './session';
import { describeError, groupResults, showAll, toggled, type ErrorContext, type FindingFilter } from './view';
import { ErrorBars, type PaneError } from './components/ErrorBars';
import { Filters } from './components/Filters';
import { FindingList } from './components/FindingList';
import { PaneToolbar } from './components/PaneToolbar';
import { CleanState, FirstRunState, Progress, type BusyState } from './components/StatusView';
import { Summary } from './components/Summary';

export interface AppProps {
  host: WorkbookHost;
  locale: Locale;
  theme?: Theme;
  /** The engine; tests pass a fake, the add-in uses the real one (the session's default). */
  check?: CheckFn;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Read by screen readers, invisible on screen.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

function announcementFor(results: readonly SheetResult[], failed: boolean, locale: Locale): string {
  const parts: string[] = [];
  if (results.length > 0) {
    const c = countBySeverity(results);
    const total = c.error + c.warning + c.info;
    parts.push(
      total === 0
        ? t('pane.announce.clean', locale)
        : t('pane.announce.done', locale, { errors: c.error, warnings: c.warning, infos: c.info }),
    );
  }
  if (failed) parts.push(t('pane.announce.failed', locale));
  return parts.join(' ');
}

export function App({ host, locale, theme = webLightTheme, check }: AppProps) {
  const styles = useStyles();
  const session = useMemo(() => new CheckSession(host, { check }), [host, check]);
  // null: nothing checked yet (or the marks were cleared), so the first-run state shows.
  const [results, setResults] = useState<SheetResult[] | null>(null);
  const [cleared, setCleared] = useState(false);
  const [busy, setBusy] = useState<BusyState | null>(null);
  const [errors, setErrors] = useState<PaneError[]>([]);
  const [filter, setFilter] = useState<FindingFilter>(showAll);
  const [announcement, setAnnouncement] = useState('');
  // Remounts the list after every run so that every group starts open.
  const [runKey, setRunKey] = useState(0);
  const nextErrorId = useRef(0);

  const paneError = useCallback(
    (error: unknown, context?: ErrorContext): PaneError => ({
      id: nextErrorId.current++,
      ...describeError(error, locale, context),
    }),
    [locale],
  );

  const runCheck = useCallback(
    async (all: boolean) => {
      setErrors([]);
      setAnnouncement('');
      setBusy({ kind: 'check' });
      const onProgress: ProgressListener = (progress) => setBusy({ kind: 'check', progress });
      const failures: PaneError[] = [];
      try {
        const outcomes: SheetOutcome[] = all
          ? await session.checkAllSheets(onProgress)
          : [await session.checkActiveSheet(onProgress)];
        for (const o of outcomes) {
          if (o.error !== undefined) failures.push(paneError(o.error, { sheet: o.sheet, marksOnly: o.result !== undefined }));
        }
      } catch (error) {
        failures.push(paneError(error));
      }
      const latest = session.results;
      // Nothing to show after a failure: back to the first-run state, not a misleading "no table found".
      setResults(latest.length > 0 || failures.length === 0 ? latest : null);
      setCleared(false);
      setRunKey((k) => k + 1);
      setErrors(failures);
      setAnnouncement(announcementFor(latest, failures.length > 0, locale));
      setBusy(null);
    },
    [session, paneError, locale],
  );

  const clearMarks = useCallback(async () => {
    setErrors([]);
    setAnnouncement('');
    setBusy({ kind: 'clear' });
    try {
      await session.clearMarks();
      setResults(null);
      setCleared(true);
      setAnnouncement(t('pane.cleared', locale));
    } catch (error) {
      setErrors([paneError(error)]);
      setAnnouncement(t('pane.announce.failed', locale));
    }
    setBusy(null);
  }, [session, paneError, locale]);

  const select = useCallback(
    (sheet: string, finding: Finding) => {
      session.select(sheet, finding).catch((error: unknown) => setErrors((list) => [...list, paneError(error, { sheet })]));
    },
    [session, paneError],
  );

  const toggleSeverity = useCallback((s: Severity) => setFilter((f) => ({ ...f, severities: toggled(f.severities, s) })), []);
  const toggleCategory = useCallback((c: Category) => setFilter((f) => ({ ...f, categories: toggled(f.categories, c) })), []);
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((e) => e.id !== id)), []);

  const counts = useMemo(() => countBySeverity(results ?? []), [results]);
  const total = counts.error + counts.warning + counts.info;
  const tables = (results ?? []).reduce((n, r) => n + r.tables.length, 0);
  const groups = useMemo(() => groupResults(results ?? [], filter, locale), [results, filter, locale]);
  const visible = groups.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.findings.length, 0), 0);

  return (
    <FluentProvider theme={theme} lang={locale}>
      <main className={styles.root}>
        <Title3 as="h1">{t('pane.title', locale)}</Title3>
        <PaneToolbar
          locale={locale}
          busy={busy !== null}
          onCheckSheet={() => void runCheck(false)}
          onCheckAll={() => void runCheck(true)}
          onClearMarks={() => void clearMarks()}
          // extraActions: the 插入模板 button joins here (later task).
        />
        <ErrorBars locale={locale} errors={errors} onDismiss={dismiss} />
        {busy !== null && <Progress busy={busy} locale={locale} />}
        {busy === null && results === null && <FirstRunState locale={locale} cleared={cleared} />}
        {results !== null && (
          <>
            <Summary locale={locale} counts={counts} tables={tables} />
            <Divider />
            {total === 0 ? (
              busy === null && <CleanState locale={locale} tables={tables} />
            ) : (
              <>
                <Filters locale={locale} filter={filter} onToggleSeverity={toggleSeverity} onToggleCategory={toggleCategory} />
                {visible === 0 && <Body1 as="p">{t('pane.filter.noMatch', locale)}</Body1>}
                <FindingList key={runKey} locale={locale} sheets={groups} onSelect={select} />
              </>
            )}
          </>
        )}
        <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
          {announcement}
        </div>
      </main>
    </FluentProvider>
  );
}
