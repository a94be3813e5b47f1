import { useCallback, useMemo, useRef, useState } from 'react';
import { Body1, Divider, FluentProvider, Title3, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Category, Finding, Locale, Severity, SheetResult } from '../core/model';
import type { WorkbookHost } from '../hosts/types';
import { countBySeverity, type CheckFn, type ProgressListener, type SheetOutcome } from './session';
import { describeError, groupResults, showAll, toggled, type ErrorContext, type FindingFilter } from './view';
import { ErrorBars, type PaneError } from './components/ErrorBars';
import { Filters } from './components/Filters';
import { FindingList } from './components/FindingList';
import { PaneToolbar } from './components/PaneToolbar';
import { TemplateButton, TemplateForm } from './components/TemplateForm';
import { useViewRequests } from './launch';
import { CleanState, FirstRunState, Progress, type BusyState } from './components/StatusView';
import { Summary } from './components/Summary';
import { IgnoreList } from './components/IgnoreList';
import { ReviewBar } from './components/ReviewBar';
import { Walker, walkItems } from './components/Walker';
import { useReview } from './useReview';
import { applyIgnores } from '../core/ignore';

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
  // 插入模板: the form opens from the toolbar, or when the pane is asked for it (the ribbon button; ./launch.ts).
  const [templateOpen, setTemplateOpen] = useState(false);
  useViewRequests((view) => setTemplateOpen(view === 'template'));

  const paneError = useCallback(
    (error: unknown, context?: ErrorContext): PaneError => ({
      id: nextErrorId.current++,
      ...describeError(error, locale, context),
    }),
    [locale],
  );

  // The review workflow (fixes, ignore list, live re-check, report, settings; ./review.ts) owns the session.
  const { review, state: reviewState, guard } = useReview(host, {
    locale,
    check,
    onResults: setResults,
    onError: (error) => setErrors((list) => [...list, paneError(error)]),
  });
  const session = review.session;

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
      setAnnouncement(announcementFor(review.split(latest).active, failures.length > 0, locale));
      setBusy(null);
    },
    [session, review, paneError, locale],
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
      review.setCurrent(sheet, finding);
      session.select(sheet, finding).catch((error: unknown) => setErrors((list) => [...list, paneError(error, { sheet })]));
    },
    [session, review, paneError],
  );

  const toggleSeverity = useCallback((s: Severity) => setFilter((f) => ({ ...f, severities: toggled(f.severities, s) })), []);
  const toggleCategory = useCallback((c: Category) => setFilter((f) => ({ ...f, categories: toggled(f.categories, c) })), []);
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((e) => e.id !== id)), []);

  // Ignored findings are listed apart and counted nowhere.
  const split = useMemo(() => applyIgnores(results ?? [], reviewState.ignores), [results, reviewState.ignores]);
  const counts = useMemo(() => countBySeverity(split.active), [split]);
  const total = counts.error + counts.warning + counts.info;
  const tables = (results ?? []).reduce((n, r) => n + r.tables.length, 0);
  const groups = useMemo(() => groupResults(split.active, filter, locale), [split, filter, locale]);
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
          extraActions={
            host.insertTemplate ? (
              <TemplateButton locale={locale} disabled={busy !== null} expanded={templateOpen} onClick={() => setTemplateOpen(true)} />
            ) : undefined
          }
        />
        {templateOpen && host.insertTemplate && (
          // After an insertion the new template's sheet is the active one: checking it lists the fields to fill in.
          <TemplateForm
            host={{ insertTemplate: host.insertTemplate.bind(host) }}
            locale={locale}
            disabled={busy !== null}
            onClose={() => setTemplateOpen(false)}
            onInserted={() => void runCheck(false)}
          />
        )}
        <ReviewBar locale={locale} review={review} state={reviewState} hasResults={(results ?? []).length > 0} disabled={busy !== null} guard={guard} />
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
                <Walker locale={locale} review={review} state={reviewState} items={walkItems(groups)} disabled={busy !== null} guard={guard} />
                <FindingList key={runKey} locale={locale} sheets={groups} onSelect={select} />
              </>
            )}
            <IgnoreList locale={locale} ignored={split.ignored} unmatched={split.unmatched} busy={busy !== null || reviewState.busy !== null} onRestore={(keys) => guard(() => review.restore(keys))} />
          </>
        )}
        <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
          {announcement}
        </div>
      </main>
    </FluentProvider>
  );
}
