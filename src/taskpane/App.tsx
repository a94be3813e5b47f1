import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Body1, FluentProvider, makeStyles, mergeClasses, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { t } from '../core/i18n/base';
import '../core/i18n/pane';
import '../core/i18n/views';
import { parseA1 } from '../core/engine/grid';
import type { Category, Finding, Locale, Severity, SheetResult } from '../core/model';
import type { WorkbookHost } from '../hosts/types';
import { countBySeverity, type CheckFn, type ProgressListener, type SheetOutcome } from './session';
import { chipCounts, describeError, filterItems, listItems, noFilter, toggled, type ErrorContext, type FindingFilter, type ListItem } from './view';
import { ErrorBars, type PaneError } from './components/ErrorBars';
import { Filters } from './components/Filters';
import { FindingList, type RowAction } from './components/FindingList';
import { PaneToolbar, type PaneMenuActions } from './components/PaneToolbar';
import { useViewRequests } from './launch';
import { CleanState, FirstRunState, Progress, type BusyState } from './components/StatusView';
import { Summary } from './components/Summary';
import { ReviewBar } from './components/ReviewBar';
import { useReview } from './useReview';
import { lazyPart } from './lazy';
import { findingKey } from './review';
import { walkKey } from './keys';
import { downloadText, reportFileName } from './download';
import { applyIgnores } from '../core/review/ignore';
import type { FixPlan } from '../core/review/fixes';
import { loadEngine } from './engine';

export interface AppProps {
  host: WorkbookHost;
  locale: Locale;
  theme?: Theme;
  /** The engine; tests pass a fake, the add-in uses the real one (the session's default). */
  check?: CheckFn;
  /** Injectable for tests; default: a Blob download from the pane. */
  download?: (fileName: string, text: string, mimeType: string) => void;
  /**
   * Inside a page with landmarks of its own (the browser preview's <aside>): the pane is a plain
   * region filling its container instead of the page's <main>, so landmarks do not nest.
   */
  embedded?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    height: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflow: 'hidden',
    minWidth: 0,
  },
  embedded: { height: '100%' },
  provider: { height: '100%' },
  // The rest of the pane scrolls when the list is not shown (first run, template form).
  scroll: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowY: 'auto', minHeight: 0 },
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

const DEVELOPER_KEY = 'perf-target.developer';

function readDeveloper(): boolean {
  try {
    return globalThis.localStorage?.getItem(DEVELOPER_KEY) === '1';
  } catch {
    // Storage can be blocked (private mode, policies): the option is simply off.
    return false;
  }
}

function writeDeveloper(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(DEVELOPER_KEY, on ? '1' : '0');
  } catch {
    // As above: the choice lasts while the pane is open.
  }
}

/** Whether a finding's cell (or range) holds the selected cell. */
function covers(finding: Finding, address: string): boolean {
  try {
    const sel = parseA1(address);
    const r = parseA1(finding.cell);
    return sel.top <= r.bottom && sel.bottom >= r.top && sel.left <= r.right && sel.right >= r.left;
  } catch {
    return false;
  }
}

type Advance = { index: number; key: string };

// Not needed for the first paint: each in a chunk of its own, asked for once the pane has painted
// (./lazy.tsx). The dialogs are drawn closed, and show nothing until their chunk has loaded.
const TemplateForm = lazyPart(() => import(/* webpackChunkName: "template-form" */ './components/TemplateForm').then((m) => m.TemplateForm));
const RulePage = lazyPart(() => import(/* webpackChunkName: "rule-page" */ './components/RulePage').then((m) => m.RulePage));
const SettingsPanel = lazyPart(
  () => import(/* webpackChunkName: "settings" */ './components/SettingsPanel').then((m) => m.SettingsPanel),
  (p) => p.open,
);
const FixPreview = lazyPart(
  () => import(/* webpackChunkName: "fix-preview" */ './components/FixPreview').then((m) => m.FixPreview),
  (p) => p.plan !== null,
);
const IgnoreDialog = lazyPart(
  () => import(/* webpackChunkName: "ignore-dialog" */ './components/IgnoreDialog').then((m) => m.IgnoreDialog),
  (p) => p.target !== null,
);
// 已忽略的问题: drawn only when a workbook has ignored findings, collapsed at first.
const IgnoreList = lazyPart(
  () => import(/* webpackChunkName: "ignore-list" */ './components/IgnoreList').then((m) => m.IgnoreList),
  (p) => p.ignored.length > 0 || p.unmatched.length > 0,
);

/**
 * Loads the engine (with the rules' texts in the pane's language) and the lazy parts after the
 * first paint, the engine first (the first check needs it); a failure shows when the part is
 * opened, or at the check (./engine.ts).
 */
function usePreloadedParts(locale: Locale): void {
  useEffect(() => {
    const id = setTimeout(() => {
      loadEngine(locale).catch(() => undefined);
      for (const part of [RulePage, SettingsPanel, IgnoreDialog, IgnoreList, FixPreview, TemplateForm]) part.preload().catch(() => undefined);
    }, 0);
    return () => clearTimeout(id);
  }, [locale]);
}

export function App({ host, locale, theme = webLightTheme, check, download = downloadText, embedded = false }: AppProps) {
  const styles = useStyles();
  const Root = embedded ? 'div' : 'main';
  usePreloadedParts(locale);
  // null: nothing checked yet (or the marks were cleared), so the first-run state shows.
  const [results, setResults] = useState<SheetResult[] | null>(null);
  const [cleared, setCleared] = useState(false);
  const [busy, setBusy] = useState<BusyState | null>(null);
  const [errors, setErrors] = useState<PaneError[]>([]);
  const [filter, setFilter] = useState<FindingFilter>(noFilter);
  const [announcement, setAnnouncement] = useState('');
  const nextErrorId = useRef(0);
  // 插入模板: the form opens from the menu, or when the pane is asked for it (the ribbon button; ./launch.ts).
  const [templateOpen, setTemplateOpen] = useState(false);
  useViewRequests((view) => setTemplateOpen(view === 'template'));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [developer, setDeveloper] = useState(readDeveloper);
  // The rule page (说明) in place of the list, and the row to go back to.
  const [explaining, setExplaining] = useState<{ item: ListItem; index: number } | null>(null);
  const [ignoring, setIgnoring] = useState<{ item: ListItem; index: number } | null>(null);
  const [preview, setPreview] = useState<{ plan: FixPlan; rule: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const [scrollRequest, setScrollRequest] = useState<{ index: number; seq: number } | null>(null);
  const seq = useRef(0);
  // After a fix or an ignore: move on from this row once the list no longer holds its finding.
  const [advance, setAdvance] = useState<Advance | null>(null);
  // A cell selected in the sheet: its findings first.
  const [pinned, setPinned] = useState<{ sheet: string; address: string } | null>(null);
  // The last cell the pane itself selected: its selection event is not the user's.
  const ownSelection = useRef<string | null>(null);

  // What 重试 does for a part of the pane's code that could not be loaded (set below, once defined).
  const retryCheck = useRef<(all: boolean) => void>(() => undefined);
  const retryReview = useRef<() => void>(() => undefined);

  const paneError = useCallback(
    (error: unknown, context?: ErrorContext, retry?: () => void): PaneError => {
      const text = describeError(error, locale, context);
      return { id: nextErrorId.current++, ...text, retry: text.retryable ? retry : undefined };
    },
    [locale],
  );

  // The review workflow (fixes, ignore list, live re-check, report, settings; ./review.ts) owns the session.
  const { review, state: reviewState, guard } = useReview(host, {
    locale,
    check,
    onResults: setResults,
    onError: (error) => setErrors((list) => [...list, paneError(error, undefined, () => retryReview.current())]),
  });
  const session = review.session;
  // The engine again, then the stored data if their load failed for want of it.
  retryReview.current = () =>
    guard(async () => {
      await loadEngine(locale);
      await review.retryLoad();
    });

  const runCheck = useCallback(
    async (all: boolean) => {
      setErrors([]);
      setAnnouncement('');
      setExplaining(null);
      setPinned(null);
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
        failures.push(paneError(error, undefined, () => retryCheck.current(all)));
      }
      const latest = session.results;
      // One transition: React draws the new results (ignores split, list, counts, chips) in slices
      // that give way to input, instead of one task of a few hundred ms after a large check; the
      // results, the announcement and the end of busy still appear together.
      startTransition(() => {
        // Nothing to show after a failure: back to the first-run state, not a misleading "no table found".
        setResults(latest.length > 0 || failures.length === 0 ? latest : null);
        setCleared(false);
        setErrors(failures);
        setAnnouncement(announcementFor(review.split(latest).active, failures.length > 0, locale));
        setBusy(null);
      });
    },
    [session, review, paneError, locale],
  );
  retryCheck.current = (all) => void runCheck(all);

  const clearMarks = useCallback(async () => {
    setErrors([]);
    setAnnouncement('');
    setExplaining(null);
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
    (item: ListItem) => {
      review.setCurrent(item.sheet, item.finding);
      ownSelection.current = `${item.sheet}!${item.finding.cell}`;
      session.select(item.sheet, item.finding).catch((error: unknown) => setErrors((list) => [...list, paneError(error, { sheet: item.sheet })]));
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
  const all = useMemo(() => listItems(split.active, locale), [split, locale]);
  const chips = useMemo(() => chipCounts(all), [all]);
  const items = useMemo(() => {
    const shown = filterItems(all, filter);
    if (!pinned) return shown;
    const first: ListItem[] = [];
    const rest: ListItem[] = [];
    for (const it of shown) (it.sheet === pinned.sheet && covers(it.finding, pinned.address) ? first : rest).push(it);
    return first.length === 0 ? shown : [...first, ...rest];
  }, [all, filter, pinned]);
  const showSheet = (results ?? []).length > 1;
  const currentKey = reviewState.current?.key ?? null;

  // Moving on after a fix or an ignore, once the list has caught up.
  useEffect(() => {
    if (!advance || reviewState.busy !== null) return;
    setAdvance(null);
    if (items.length === 0) {
      setAnnouncement(t('pane.focus.none', locale));
      return;
    }
    const stillThere = items.findIndex((it) => findingKey(it.sheet, it.finding) === advance.key);
    const index = Math.min(stillThere >= 0 ? stillThere + 1 : advance.index, items.length - 1);
    const next = items[index];
    select(next);
    setFocusRequest({ index, seq: ++seq.current });
    setAnnouncement(t('pane.focus.next', locale, { cell: next.finding.cell }));
  }, [advance, items, reviewState.busy, select, locale]);

  // A cell selected in a checked sheet brings its findings to the top (where Excel has selection events).
  const selectionWatches = useRef(new Map<string, Promise<(() => void) | undefined>>());
  const checkedSheets = useMemo(() => (results ?? []).map((r) => r.name).join('\u0000'), [results]);
  useEffect(() => {
    if (!host.onSelectionChanged || checkedSheets === '') return;
    for (const sheet of checkedSheets.split('\u0000')) {
      if (selectionWatches.current.has(sheet)) continue;
      const watch = host
        .onSelectionChanged(sheet, (selection) => {
          const key = `${selection.sheet}!${selection.address}`;
          const own = ownSelection.current === key;
          ownSelection.current = null;
          if (!own) setPinned(selection);
        })
        // Without selection events the list keeps its order; nothing to tell the user.
        .catch(() => undefined);
      selectionWatches.current.set(sheet, watch);
    }
  }, [host, checkedSheets]);
  useEffect(() => {
    const watches = selectionWatches.current;
    return () => {
      for (const w of watches.values()) void w.then((u) => u?.());
      watches.clear();
    };
  }, [host]);
  useEffect(() => {
    if (!pinned) return;
    const hits = items.filter((it) => it.sheet === pinned.sheet && covers(it.finding, pinned.address));
    if (hits.length === 0) return;
    review.setCurrent(hits[0].sheet, hits[0].finding);
    setExplaining(null);
    setScrollRequest({ index: 0, seq: ++seq.current });
    setAnnouncement(t('pane.selection.pinned', locale, { cell: pinned.address, count: hits.length }));
    // Only a new selection does this, not every change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pinned]);

  const onAction = useCallback(
    (action: RowAction, item: ListItem, index: number) => {
      const key = findingKey(item.sheet, item.finding);
      if (action === 'select') select(item);
      else if (action === 'explain') {
        review.setCurrent(item.sheet, item.finding);
        setExplaining({ item, index });
      } else if (action === 'ignore') {
        review.setCurrent(item.sheet, item.finding);
        setIgnoring({ item, index });
      } else {
        review.setCurrent(item.sheet, item.finding);
        guard(async () => {
          await review.apply(review.planOne(item.sheet, item.finding), item.finding.rule);
          setAdvance({ index, key });
        });
      }
    },
    [review, select, guard],
  );

  // F8 / Shift+F8, Alt+↓ / Alt+↑ anywhere in the pane: the next / previous finding.
  const walk = useRef<(dir: 'next' | 'previous') => void>(() => undefined);
  walk.current = (dir) => {
    if (items.length === 0) return;
    const at = currentKey === null ? -1 : items.findIndex((it) => findingKey(it.sheet, it.finding) === currentKey);
    const index = Math.max(0, Math.min(items.length - 1, at < 0 ? 0 : dir === 'next' ? at + 1 : at - 1));
    select(items[index]);
    setFocusRequest({ index, seq: ++seq.current });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = walkKey(e);
      if (!key) return;
      e.preventDefault();
      walk.current(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const reviewBusy = busy !== null || reviewState.busy !== null;
  const hasResults = (results ?? []).length > 0;
  const save = (extension: 'csv' | 'json') =>
    guard(async () => {
      await loadEngine(locale); // loaded with any results; a failure is said like any other
      const name = reportFileName(t('review.report.fileName', locale), extension);
      if (extension === 'csv') download(name, review.csv(), 'text/csv;charset=utf-8');
      else download(name, review.json(), 'application/json;charset=utf-8');
      review.downloaded(name);
    });
  const menu: PaneMenuActions = {
    checkAll: () => void runCheck(true),
    clearMarks: () => void clearMarks(),
    undo: () => guard(() => review.undo()),
    recheck: reviewState.support.liveRecheck ? undefined : () => guard(() => review.recheckAll()),
    exportReport: host.insertReportSheet ? () => guard(() => review.insertReport()) : undefined,
    downloadCsv: () => save('csv'),
    downloadJson: developer ? () => save('json') : undefined,
    settings: () => setSettingsOpen(true),
    insertTemplate: host.insertTemplate ? () => setTemplateOpen(true) : undefined,
  };

  const backFromPage = () => {
    const from = explaining;
    setExplaining(null);
    if (from) setFocusRequest({ index: Math.min(from.index, Math.max(items.length - 1, 0)), seq: ++seq.current });
  };

  return (
    <FluentProvider theme={theme} lang={locale} className={embedded ? styles.provider : undefined}>
      <Root className={mergeClasses(styles.root, embedded && styles.embedded)}>
        <h1 className={styles.visuallyHidden}>{t('pane.title', locale)}</h1>
        <PaneToolbar
          locale={locale}
          busy={busy !== null}
          hasResults={hasResults}
          canUndo={reviewState.undoable > 0}
          onCheckSheet={() => void runCheck(false)}
          actions={menu}
        />
        {results !== null && <Summary locale={locale} counts={counts} tables={tables} />}
        <div className={styles.scroll} style={results !== null && total > 0 && !templateOpen ? { flexShrink: 0, maxHeight: '40%' } : { flexGrow: 1 }}>
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
          <ErrorBars locale={locale} errors={errors} onDismiss={dismiss} />
          <ReviewBar
            locale={locale}
            state={reviewState}
            hasResults={hasResults}
            onKeepFromFile={() => review.keepFromFile()}
            onDropFromFile={() => guard(() => review.dropFromFile())}
          />
          {busy !== null && <Progress busy={busy} locale={locale} />}
          {busy === null && results === null && !templateOpen && <FirstRunState locale={locale} cleared={cleared} />}
          {results !== null && total === 0 && busy === null && <CleanState locale={locale} tables={tables} />}
        </div>
        {results !== null && total > 0 && (
          <>
            {explaining ? (
              <RulePage
                locale={locale}
                item={explaining.item}
                fixAllCount={review.fixableCount(explaining.item.finding.rule)}
                busy={reviewBusy}
                onBack={backFromPage}
                onFixAll={() => setPreview({ plan: review.planRule(explaining.item.finding.rule), rule: explaining.item.finding.rule })}
              />
            ) : (
              <>
                <Filters locale={locale} filter={filter} counts={chips} onToggleSeverity={toggleSeverity} onToggleCategory={toggleCategory} />
                {items.length === 0 && <Body1 as="p">{t('pane.filter.noMatch', locale)}</Body1>}
                <FindingList
                  locale={locale}
                  items={items}
                  showSheet={showSheet}
                  hiddenSheets={session.hiddenSheets}
                  currentKey={currentKey}
                  focusRequest={focusRequest}
                  scrollRequest={scrollRequest}
                  busy={reviewBusy}
                  onAction={onAction}
                />
              </>
            )}
          </>
        )}
        {results !== null && (split.ignored.length > 0 || split.unmatched.length > 0) && (
          <IgnoreList locale={locale} ignored={split.ignored} unmatched={split.unmatched} busy={reviewBusy} onRestore={(keys) => guard(() => review.restore(keys))} />
        )}
        <IgnoreDialog
          locale={locale}
          target={ignoring ? { sheet: ignoring.item.sheet, finding: ignoring.item.finding } : null}
          busy={reviewBusy}
          onCancel={() => {
            const from = ignoring;
            setIgnoring(null);
            if (from) setFocusRequest({ index: from.index, seq: ++seq.current });
          }}
          onConfirm={(reason) => {
            const target = ignoring;
            setIgnoring(null);
            if (target)
              guard(async () => {
                await review.ignore(target.item.sheet, target.item.finding, reason);
                setAdvance({ index: target.index, key: findingKey(target.item.sheet, target.item.finding) });
              });
          }}
        />
        <FixPreview
          locale={locale}
          plan={preview?.plan ?? null}
          rule={preview?.rule ?? ''}
          busy={reviewBusy}
          onCancel={() => setPreview(null)}
          onConfirm={() => {
            const p = preview;
            setPreview(null);
            // Back to the list, where the fixed findings are gone; the focus goes to the row the page was opened from.
            backFromPage();
            if (p) guard(() => review.apply(p.plan, p.rule));
          }}
        />
        <SettingsPanel
          locale={locale}
          open={settingsOpen}
          settings={reviewState.settings}
          busy={reviewBusy}
          onClose={() => setSettingsOpen(false)}
          onSave={(settings) => {
            setSettingsOpen(false);
            guard(() => review.saveSettings(settings));
          }}
          developer={developer}
          onDeveloperChange={(on) => {
            setDeveloper(on);
            writeDeveloper(on);
          }}
        />
        <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
          {announcement}
        </div>
      </Root>
    </FluentProvider>
  );
}
