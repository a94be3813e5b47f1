/**
 * A workbook open in the preview: the stand-in's model read from .xlsx bytes, the Excel stand-in
 * over it, the Office/Excel globals office.js would define, and the add-in's real ExcelHost
 * talking to the stand-in. Everything happens in the page: the bytes come from the user's own
 * disk (or the bundled sample) and never leave it.
 */
import '../core/i18n/preview';
import { t } from '../core/i18n';
import '../core/i18n/pane';
import type { Locale } from '../core/model';
import type { ExcelHost, ExcelRun } from '../hosts/excel';
import type { CheckFn } from '../taskpane/session';
import { defaultCheckAhead, defaultCheckWorker, defaultCheckWorkers, Prechecker, PrecheckingHost, whenIdle, type CheckWorkerLike } from './precheck';
import { warmUpGrid } from './warm-up';
import { createStandIn, installOfficeGlobals, type OfficeGlobals, type StandIn, type WorkbookModel } from '../standin';
import { nextTask } from '../standin/next-task';
import { indexRowsInSlices } from '../standin/model';

export interface PreviewWorkbook {
  /** The file name as the user knows it. */
  readonly name: string;
  /**
   * Read from a legacy .xls or a web page (./legacy-model.ts), not from an .xlsx: the model holds
   * the cells, number formats and merged areas the command line checks, none of the file's fonts,
   * colours, borders or column widths, so a download is a new .xlsx and says so.
   */
  readonly converted: boolean;
  readonly model: WorkbookModel;
  readonly standIn: StandIn;
  readonly host: ExcelHost;
  /** The pane's check function: the checking worker's result where it has one (./precheck.ts). */
  readonly check: CheckFn;
  readonly prechecker: Prechecker;
  /** Removes the Office/Excel globals this workbook installed. */
  dispose(): void;
}

export { OpenError, readModel, type OpenErrorCode } from './read-model';

/**
 * `run` that tells the page after every batch, finished or failed, so the grid redraws what the
 * add-in changed. The batch itself runs on the stand-in unchanged.
 */
export function observeRun(run: ExcelRun, onChange: () => void): ExcelRun {
  return async (batch) => {
    try {
      return await run(batch);
    } finally {
      onChange();
    }
  };
}

/** The longest the stand-in works on a sync before the page runs again (ms). */
export const SYNC_SLICE_MS = 25;

export interface OpenOptions {
  locale: Locale;
  /** Called after every Excel batch the add-in runs that may have changed the workbook. */
  onChange: () => void;
  /** The checking worker; default: the bundled one where the page can start it. */
  createCheckWorker?: () => CheckWorkerLike | null;
  /** Checking workers sharing a check; default: one, or `?checkWorkers=N` in the page address (one when a test gives the worker). */
  checkWorkers?: number;
  /**
   * Read and check the sheet on show once the page is idle, before 校验 is pressed
   * (PrecheckingHost.checkAhead); default: yes unless `?checkAhead=0` in the page address (no when a
   * test gives the worker). Without it the worker only warms its engine up on the sheet's first rows.
   */
  checkAhead?: boolean;
  /** The model was read from a legacy .xls or a web page (PreviewWorkbook.converted). */
  converted?: boolean;
  /**
   * A checking worker the page started when the file began to open (./precheck.ts
   * earlyCheckWorker): the first worker of this workbook's checks, instead of a new one.
   */
  checkWorker?: CheckWorkerLike | null;
  /** The check worker has been sent a warm-up sample already (by the reading worker): the page makes none. */
  warmedUp?: boolean;
}

/**
 * Opens a model in the preview: installs the Office/Excel globals for it (as office.js would
 * before the pane starts) and gives it the add-in's ExcelHost. The stand-in is Excel on the web,
 * which is what a browser preview stands for, with its 5 MB payload limit.
 */
export function openModel(model: WorkbookModel, name: string, options: OpenOptions): PreviewWorkbook {
  // Sliced syncs: while the stand-in answers a large read, the page still answers input.
  const standIn = createStandIn(model, { platform: 'OfficeOnline', displayLanguage: options.locale, sliceMs: SYNC_SLICE_MS });
  const globals: OfficeGlobals = installOfficeGlobals(standIn);
  let given = options.checkWorker ?? null;
  const create = options.createCheckWorker ?? defaultCheckWorker;
  const createWorker = () => {
    const first = given;
    given = null;
    return first ?? create();
  };
  const prechecker = new Prechecker(createWorker, options.checkWorkers ?? (options.createCheckWorker ? 1 : defaultCheckWorkers()));
  const shown = () => model.sheets[model.activeSheet] ?? model.sheets[0];
  let disposed = false;
  const ahead = options.checkAhead ?? (options.createCheckWorker ? false : defaultCheckAhead());
  if (!ahead) {
    // The engine warmed up in the worker on the first rows of the sheet on show (./warm-up.ts); from
    // the same idle moment the stand-in indexes that sheet's cells by row in short slices
    // (src/standin/model.ts sheetRows), which the first read of a check would otherwise make first
    // (195,000 cells at 2,000 tables). Only an index: the check still reads the sheet through the
    // add-in's ExcelHost, and makes the index itself if it is not there yet.
    if (options.warmedUp) {
      prechecker.warm();
      whenIdle(() => {
        if (!disposed && !prechecker.checking) void indexRowsInSlices(shown(), nextTask);
      });
    } else {
      prechecker.warm(() => {
        void indexRowsInSlices(shown(), nextTask);
        return warmUpGrid(shown());
      });
    }
  } else {
    // The workers start now; once the page is idle the sheet on show is indexed by row in short
    // slices, then read through the add-in's host and checked in the worker (checkAhead), so that
    // 校验 finds the result ready unless anything changed meanwhile.
    prechecker.warm();
  }
  // The page redraws after a batch that may have changed the model, not after one that only read
  // it (a check's reads redrew the whole grid, a pass over every cell, several times).
  let drawn = standIn.changes();
  const changed = () => {
    const now = standIn.changes();
    if (now === drawn) return;
    drawn = now;
    options.onChange();
  };
  // The add-in's read gives the page a turn while it takes in a large sheet's answers (a 2,000-table
  // sheet's values, numbers and merged areas were one task of ~100 ms on a quiet machine).
  const host = new PrecheckingHost({ run: observeRun(standIn.run, changed), isSetSupported: standIn.isSetSupported, yieldToPage: nextTask }, prechecker, () => standIn.changes());
  if (ahead) {
    whenIdle(() => {
      const sheet = shown();
      if (disposed || !sheet || prechecker.checking) return;
      // Closed while indexing: nothing to read ahead for.
      void indexRowsInSlices(sheet, nextTask).then(() => (disposed ? undefined : host.checkAhead(sheet.name)));
    });
  }
  return {
    name,
    converted: options.converted ?? false,
    model,
    standIn,
    host,
    check: prechecker.check,
    prechecker,
    dispose: () => {
      disposed = true;
      prechecker.stop();
      globals.uninstall();
    },
  };
}

/**
 * The workbook as it is now, marks included, as .xlsx bytes: ExcelJS, a chunk the page loads on
 * the first 保存 (webpack.preview.config.js), not with the page: opening and checking never use it.
 */
export async function workbookBytes(workbook: PreviewWorkbook): Promise<Uint8Array> {
  const { modelToXlsx } = await import(/* webpackChunkName: "save-xlsx" */ '../standin/xlsx');
  return modelToXlsx(workbook.model);
}

/**
 * `sample.xlsx` -> `sample（带标记）.xlsx`; a workbook read from an .xls or a web page ->
 * `某单位.xls.checked.xlsx`, the name the command line's --annotate would give its marked copy (the
 * extension kept, so that `a.xls` and `a.html` get copies of their own): a new .xlsx.
 */
export function downloadName(name: string, locale: Locale, converted = false): string {
  if (converted) return `${name.replace(/\.xls[xm]$/i, '')}.checked.xlsx`;
  return t('preview.downloadName', locale, { name: name.replace(/\.xlsx$/i, '') });
}
