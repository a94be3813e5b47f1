/**
 * The Excel stand-in: the part of the Excel JavaScript API our host uses, with Office's semantics
 * (queued loads and writes, `sync()`, PropertyNotLoaded, null objects, protection, API versions,
 * the 5 MB payload limit of Excel on the web), over an in-memory workbook.
 *
 *     const standIn = createStandIn(model);
 *     const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
 *     standIn.stats.syncCount;
 *
 * Browser-safe (the browser preview reuses it); reading files from disk is in ./files.ts.
 */
import type { ExcelRun } from '../hosts/excel/types';
import { compareVersions, StandInContext, type StandInFaults, type StandInOptions, type StandInRuntime, type StandInStats } from './context';
import { RequestContext, typeInto } from './objects';
import { userEdit as editCells } from './events';
import type { WorkbookModel } from './model';

export { OfficeError, officeError } from './errors';
export type { StandInOptions, StandInStats, StandInFaults, Platform } from './context';
export * from './model';

const FIVE_MB = 5 * 1024 * 1024;

export interface StandIn {
  /** Use where `Excel.run` is expected. */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported` for the simulated Excel. */
  isSetSupported(name: string, minVersion?: string): boolean;
  readonly model: WorkbookModel;
  readonly stats: StandInStats;
  readonly faults: StandInFaults;
  readonly options: StandInRuntime['options'];
  /**
   * A request context that outlives batches (for the RichApi server, which keeps a client's objects
   * between syncs as Excel does). Its syncs count in `stats` like any other.
   */
  newContext(): Excel.RequestContext;
  /** Operations run so far that may have changed the model (loads do not count): a page redraws when it moves. */
  changes(): number;
}

export function createStandIn(model: WorkbookModel, options: StandInOptions = {}): StandIn {
  const platform = options.platform ?? 'PC';
  const runtime: StandInRuntime = {
    model,
    stats: { syncCount: 0, runCount: 0, maxResponseBytes: 0, maxRequestBytes: 0 },
    faults: { cellEditMode: false },
    options: {
      excelApi: options.excelApi ?? '1.18',
      platform,
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      payloadLimitBytes: options.payloadLimitBytes ?? (platform === 'OfficeOnline' ? FIVE_MB : Number.POSITIVE_INFINITY),
      ...(options.sliceMs === undefined ? {} : { sliceMs: options.sliceMs }),
    },
  };

  async function runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    runtime.stats.runCount++;
    const inner = new StandInContext(runtime);
    // The stand-in implements the subset of Excel.RequestContext the host uses; the real class has
    // hundreds of members, so the types cannot match structurally.
    const context = new RequestContext(inner) as unknown as Excel.RequestContext;
    const result = await batch(context);
    if (inner.pendingCount > 0) {
      // Stricter than Excel: a batch that queues work and never syncs it is a bug in the caller.
      throw new Error(`Excel stand-in: the batch ended with ${inner.pendingCount} queued operation(s) never synced.`);
    }
    return result;
  }

  return {
    run: runBatch,
    isSetSupported(name: string, minVersion = '1.1'): boolean {
      return name === 'ExcelApi' && compareVersions(runtime.options.excelApi, minVersion) >= 0;
    },
    newContext: () => new RequestContext(new StandInContext(runtime)) as unknown as Excel.RequestContext,
    changes: () => runtime.changes ?? 0,
    model,
    stats: runtime.stats,
    faults: runtime.faults,
    options: runtime.options,
  };
}

export { installOfficeGlobals, type OfficeGlobals } from './globals';

// Review workflow: change events, the user's typing, links and custom XML parts (see those files).
export { handlerCount, type WorksheetChangedArgs } from './events';
export { followLink } from './review-objects';
export { rootNamespace } from './customxml';
export { userSelect } from './events';

/** The user types (or pastes a block) into cells of a sheet; change handlers run afterwards. */
export function userEdit(model: WorkbookModel, sheet: string, address: string, value: Parameters<typeof editCells>[3]): void {
  editCells(model, sheet, address, value, typeInto);
}
