/**
 * The preview page: a drawing of the workbook on the left, the add-in's real task pane on the
 * right. The pane is the production App with the production ExcelHost; only Excel itself is
 * replaced, by the stand-in, over a workbook read in this page from the bundled sample or from a
 * file the user opens. Nothing is uploaded: the page fetches only its own files.
 */
import '../core/i18n/preview';
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Title3,
  Toolbar,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  mergeClasses,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Dismiss20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { t } from '../core/i18n';
import '../core/i18n/pane';
import '../core/i18n/views';
import type { Locale, Severity } from '../core/model';
import { MARK_FILL } from '../hosts/excel/marks';
import { App } from '../taskpane/App';
import { Grid } from './Grid';
import { clickArea, selectionText, visibleSheets } from './sheet-view';
import type { LoadProgress } from '../standin/xlsx';
import { startOpen, type OpenJob } from './open-client';
import { earlyCheckWorker, whenIdle, type CheckWorkerLike } from './precheck';
import { measureSince, now } from './timing';
import { downloadName, openModel, workbookBytes, type PreviewWorkbook } from './workbook';
import { sniffBytes } from '../hosts/file/sniff';
import { overlapNotice } from './open-notice';

export interface PreviewAppProps {
  locale: Locale;
  /** Where the bundled sample is served, relative to the page. */
  sampleUrl: string;
  sampleName: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What 打开文件 offers: workbooks, legacy .xls, and web pages a budget system exported. */
const ACCEPT = ['.xlsx', '.xlsm', '.xls', '.htm', '.html', '.mht', '.mhtml', '.csv', '.tsv', '.xml', XLSX_TYPE, 'application/vnd.ms-excel', 'text/html', 'message/rfc822', 'text/csv', 'text/tab-separated-values', 'text/xml'].join(',');
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStaticStyles = makeStaticStyles({
  'html, body': { margin: 0, height: '100%' },
  '#container': { height: '100%' },
});

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  privacy: { color: tokens.colorNeutralForeground3 },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  workbook: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: {
    minWidth: '7em',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  legend: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', marginLeft: 'auto' },
  swatch: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS },
  chip: { display: 'inline-block', width: '12px', height: '12px', border: `1px solid ${tokens.colorNeutralStroke1}` },
  tabs: { backgroundColor: tokens.colorNeutralBackground1, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  note: { padding: tokens.spacingHorizontalS },
  loading: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexGrow: 1, minWidth: '16em' },
  loadingBar: { flexGrow: 1, minWidth: '6em' },
  // ?layout=pane: the task pane alone, filling the window, as Excel shows it (the end-to-end tests
  // use it at Excel's default pane size); the workbook is still there, out of sight.
  paneOnly: { display: 'none' },
  paneFull: { width: '100%', minWidth: 0, flexGrow: 1, flexShrink: 1, borderLeft: 'none' },
  pane: {
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface Opened {
  workbook: PreviewWorkbook;
  /** Remounts the pane for each workbook, as reopening the add-in would. */
  id: number;
}

function Legend({ locale }: { locale: Locale }) {
  const styles = useStyles();
  return (
    <span className={styles.legend} role="group" aria-label={t('preview.legend', locale)}>
      {SEVERITIES.map((s) => (
        <span key={s} className={styles.swatch}>
          <span aria-hidden className={styles.chip} style={{ backgroundColor: MARK_FILL[s] }} />
          <Caption1>{t(`pane.severityOne.${s}`, locale)}</Caption1>
        </span>
      ))}
    </span>
  );
}

const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};
function formatCount(n: number, locale: Locale): string {
  numberFormats[locale] ??= new Intl.NumberFormat(locale);
  return numberFormats[locale].format(n);
}

/** What reading has come to, in words: ExcelJS's parse first, then rows converted. */
export function progressText(name: string, progress: LoadProgress | null, locale: Locale): string {
  if (!progress || progress.phase === 'parsing') return t('preview.progress.parsing', locale, { name });
  return t('preview.progress.rows', locale, {
    name,
    sheet: progress.sheet,
    sheets: progress.sheets,
    row: formatCount(progress.row, locale),
    rows: formatCount(progress.rows, locale),
  });
}

/** Parsing is most of the work and says nothing until done: it counts as the first half. */
function progressValue(progress: LoadProgress | null): number {
  if (!progress || progress.phase === 'parsing' || progress.sheets === 0) return 0.05;
  const withinSheet = progress.rows > 0 ? progress.row / progress.rows : 0;
  return 0.5 + (0.5 * (progress.sheet - 1 + withinSheet)) / progress.sheets;
}

type ProgressListenerRef = { current: ((progress: LoadProgress) => void) | null };

/**
 * The bar, its words and 取消 while a file is read. Its progress state is its own, so a progress
 * message redraws this line only, not the workbook beside it.
 */
function OpenProgress({ name, locale, listener, onCancel }: { name: string; locale: Locale; listener: ProgressListenerRef; onCancel: () => void }) {
  const styles = useStyles();
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  useEffect(() => {
    listener.current = setProgress;
    return () => {
      listener.current = null;
    };
  }, [listener]);
  const text = progressText(name, progress, locale);
  return (
    <div className={styles.loading} role="status" data-open-progress={progress ? `${progress.phase}:${progress.row}` : 'start'}>
      <Caption1>{text}</Caption1>
      <ProgressBar className={styles.loadingBar} value={progressValue(progress)} max={1} aria-label={t('preview.progress.label', locale)} aria-valuetext={text} />
      <Button size="small" onClick={onCancel}>
        {t('preview.cancel', locale)}
      </Button>
    </div>
  );
}

function saveBytes(bytes: Uint8Array, name: string): void {
  // The bytes come from an ArrayBuffer (ExcelJS's writeBuffer), never a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function detailOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function PreviewApp({ locale, sampleUrl, sampleName }: PreviewAppProps) {
  useStaticStyles();
  const styles = useStyles();
  const paneLayout = new URLSearchParams(window.location.search).get('layout') === 'pane';
  // The workbook is the page's main content and the pane complementary, side by side; in the pane
  // layout the pane is the page, as in Excel, and its own <main> is the one main landmark.
  const Workbook = paneLayout ? 'section' : 'main';
  const Pane = paneLayout ? 'div' : 'aside';
  const [opened, setOpened] = useState<Opened | null>(null);
  const [version, setVersion] = useState(0);
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<PreviewWorkbook | null>(null);
  const nextId = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  // The file being read, and where its progress goes (the OpenProgress line, while it shows).
  const job = useRef<OpenJob | null>(null);
  // The checking worker started with that read (./precheck.ts earlyCheckWorker), until its workbook opens.
  const jobChecker = useRef<CheckWorkerLike | null>(null);
  const progressListener = useRef<((progress: LoadProgress) => void) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // When the page began drawing a newly opened workbook (for the 'open: render' span).
  const renderStart = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (renderStart.current === null) return;
    measureSince('open: render (page)', renderStart.current);
    renderStart.current = null;
  }, [opened]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  // After the add-in's Excel batches the grid redraws at most once a frame, not once per batch.
  const frameQueued = useRef(false);
  const refreshSoon = useCallback(() => {
    if (frameQueued.current) return;
    frameQueued.current = true;
    const draw = () => {
      frameQueued.current = false;
      // A transition: the grid's redraw after marks (a few hundred cells built) gives way to input.
      startTransition(refresh);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(draw);
    else setTimeout(draw, 0);
  }, [refresh]);

  const load = useCallback(
    async (bytes: Uint8Array, name: string) => {
      // A new file replaces one still being read.
      job.current?.cancel();
      jobChecker.current?.terminate();
      setLoading(name);
      setError(null);
      setNotice(null);
      // The checking worker starts now, beside the reading worker (its script loads while the file
      // is parsed), which makes a warm-up sample of the sheet on show once the model is out; the
      // page moves the sample's bytes on once it is idle, so that the warm-up's passes do not
      // compete with the page building and drawing the workbook (a 2-core machine under load
      // drew it more slowly with them).
      const checker = earlyCheckWorker();
      jobChecker.current = checker;
      let warmedUp = false;
      const onWarmUp = checker
        ? (json: Uint8Array<ArrayBuffer>) => {
            warmedUp = true;
            whenIdle(() => checker.postMessage({ id: -1, type: 'warm', json }, [json.buffer]));
          }
        : undefined;
      // Read in the worker (./open-client.ts): the page answers input meanwhile.
      const reading = startOpen(bytes, name, { locale, onProgress: (p) => progressListener.current?.(p), onWarmUp });
      job.current = reading;
      try {
        const model = await reading.result;
        if (job.current !== reading) return;
        jobChecker.current = null;
        // The old workbook's globals go first, so the new ones are not put back over.
        current.current?.dispose();
        // Not an .xlsx (a legacy .xls or a web page): the download is a new .xlsx, and says so.
        const converted = sniffBytes(bytes) !== 'zip';
        // Read in the worker, the sample comes (or came) from it; read in the page, the page makes one.
        const workbook = openModel(model, name, { locale, onChange: refreshSoon, converted, checkWorker: checker, warmedUp: warmedUp || reading.inWorker });
        current.current = workbook;
        renderStart.current = now();
        job.current = null;
        // A transition: React builds the new workbook's grid and pane in slices that give way to
        // input (the first draw of a 2,000-table workbook was the open's longest task, 100-250 ms
        // on a busy machine), then shows them together with the end of the progress line.
        const id = nextId.current++;
        const overlap = overlapNotice(model, name, locale);
        startTransition(() => {
          setOpened({ workbook, id });
          setLoading(null);
          if (overlap !== null) setNotice(overlap);
        });
        return;
      } catch (err) {
        if (job.current !== reading) return;
        checker?.terminate();
        jobChecker.current = null;
        setError(detailOf(err));
      }
      job.current = null;
      setLoading(null);
    },
    [locale, refreshSoon],
  );

  useEffect(() => {
    let live = true;
    fetch(sampleUrl)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (live) await load(bytes, sampleName);
      })
      .catch((err: unknown) => {
        if (live) setError(t('preview.error.sample', locale, { detail: detailOf(err) }));
      });
    return () => {
      live = false;
    };
  }, [sampleUrl, sampleName, load, locale]);

  useEffect(
    () => () => {
      job.current?.cancel();
      jobChecker.current?.terminate();
      current.current?.dispose();
    },
    [],
  );

  /** 取消: the worker is stopped; the workbook open before stays open. */
  const cancelOpen = useCallback(() => {
    const reading = job.current;
    if (!reading) return;
    reading.cancel();
    job.current = null;
    jobChecker.current?.terminate();
    jobChecker.current = null;
    setNotice(t('preview.cancelled', locale, { name: loading ?? '' }));
    setLoading(null);
  }, [locale, loading]);

  const onFile = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      // Cleared so that choosing the same file again opens it again.
      input.value = '';
      if (!file) return;
      await load(new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [load],
  );

  const download = useCallback(async () => {
    if (!opened) return;
    try {
      saveBytes(await workbookBytes(opened.workbook), downloadName(opened.workbook.name, locale, opened.workbook.converted));
    } catch (err) {
      setError(t('preview.error.download', locale, { detail: detailOf(err) }));
    }
  }, [opened, locale]);

  const model = opened?.workbook.model;
  const sheet = model?.sheets[model.activeSheet];
  // The model changes under the pane's Excel batches; every change bumps the version and redraws.

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <div className={styles.page}>
        <header className={mergeClasses(styles.top, paneLayout && styles.paneOnly)}>
          <Title3 as="h1">{t('preview.title', locale)}</Title3>
          <Toolbar aria-label={t('preview.toolbar', locale)}>
            <Button icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()}>
              {t('preview.openFile', locale)}
            </Button>
            <Button icon={<ArrowDownload20Regular />} disabled={!opened} onClick={() => void download()}>
              {t(opened?.workbook.converted ? 'preview.downloadConverted' : 'preview.download', locale)}
            </Button>
          </Toolbar>
          <input ref={fileInput} type="file" accept={ACCEPT} hidden tabIndex={-1} onChange={(e) => void onFile(e)} />
          <Caption1 className={styles.privacy}>{t('preview.privacy', locale)}</Caption1>
        </header>
        <div className={styles.main}>
          {/* The workbook is the page's main content; the pane beside it is complementary (landmarks side by side, not nested). */}
          <Workbook className={mergeClasses(styles.workbook, paneLayout && styles.paneOnly)} aria-label={t('preview.workbook', locale)}>
            <div className={styles.bar}>
              <output className={styles.nameBox} aria-label={t('preview.selection', locale)}>
                {sheet ? selectionText(sheet) : ''}
              </output>
              {opened && <Body1>{t('preview.currentFile', locale, { name: opened.workbook.name })}</Body1>}
              {opened?.workbook.converted && (
                <Caption1 data-converted-note="">
                  {t('preview.convertedNote', locale, { name: opened.workbook.name, copy: downloadName(opened.workbook.name, locale, true) })}
                </Caption1>
              )}
              {loading !== null && <OpenProgress key={loading} name={loading} locale={locale} listener={progressListener} onCancel={cancelOpen} />}
              {notice !== null && loading === null && <Caption1 role="status">{notice}</Caption1>}
              <Legend locale={locale} />
            </div>
            {error !== null && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t('preview.error.title', locale)}</MessageBarTitle>
                  {error}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" aria-label={t('preview.dismiss', locale)} icon={<Dismiss20Regular />} onClick={() => setError(null)} />
                  }
                />
              </MessageBar>
            )}
            {sheet && model ? (
              <>
                <Grid
                  locale={locale}
                  sheetName={sheet.name}
                  sheet={sheet}
                  version={version}
                  onSelectCell={(row, col) => {
                    // The user clicking in the grid, as in Excel: not an add-in batch.
                    sheet.selection = clickArea(sheet, row, col);
                    refresh();
                  }}
                />
                <TabList
                  className={styles.tabs}
                  size="small"
                  aria-label={t('preview.sheets', locale)}
                  selectedValue={String(model.activeSheet)}
                  onTabSelect={(_, data) => {
                    model.activeSheet = Number(data.value);
                    refresh();
                  }}
                >
                  {visibleSheets(model).map((s) => (
                    <Tab key={s.name} value={String(s.index)}>
                      {s.name}
                    </Tab>
                  ))}
                </TabList>
              </>
            ) : (
              loading === null && <Body1 className={styles.note}>{t('preview.noWorkbook', locale)}</Body1>
            )}
          </Workbook>
          <Pane data-pane="" className={mergeClasses(styles.pane, paneLayout && styles.paneFull)} aria-label={paneLayout ? undefined : t('preview.pane', locale)}>
            {opened && <App key={opened.id} host={opened.workbook.host} check={opened.workbook.check} locale={locale} theme={webLightTheme} embedded={!paneLayout} />}
          </Pane>
        </div>
      </div>
    </FluentProvider>
  );
}
