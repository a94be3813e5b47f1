/**
 * The review workflow's part of the Excel host (ExcelHost delegates to it): reading one table's
 * rectangle, writing fixes, watching sheets, the state kept in custom XML parts, the report sheet.
 * Every batch goes through the host's `batch`, so every Office error becomes a HostError that says
 * what to do.
 */
import { parseA1, type GridInit } from '../../core/engine/grid';
import { t } from '../../core/i18n/base';
import type { Locale } from '../../core/model';
import { HostError, type CellsChange, type CellWrite, type CellWriteResult, type ReportSheet, type ReviewSupport, type SelectionChange, type StateKey, type Unsubscribe } from '../types';
import { normalizeAddress } from './address';
import type * as CellsModule from './cells';
import type { Encode } from './cells';
import { detectReviewCapabilities, reviewSupport, type ReviewCapabilities } from './review-support';
import { loadStatePart, saveStatePart } from './state';
import type { IsSetSupported } from './types';
import type * as WatchModule from './watch';
import type { SelectionWatcher, SheetWatcher } from './watch';

export interface ReviewDeps {
  /** The host's batch: runs `body` in Excel.run and converts errors (sheet: for messages). */
  batch<T>(sheet: string | undefined, body: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: IsSetSupported;
  locale(): Locale;
  /** ExcelApi 1.13: merged areas can be read. */
  mergedAreas(): boolean;
  protectedError(sheet: string): HostError;
  encode: Encode;
}

export class ExcelReview {
  private caps: ReviewCapabilities | undefined;
  private watcher: SheetWatcher | undefined;

  constructor(private readonly deps: ReviewDeps) {}

  capabilities(): ReviewCapabilities {
    this.caps ??= detectReviewCapabilities(this.deps.isSetSupported);
    return this.caps;
  }

  support(): ReviewSupport {
    return reviewSupport(this.capabilities(), this.deps.locale());
  }

  // The re-check's reads and the fixes' writes (./cells) and the change and selection watchers
  // (./watch) are loaded when first used: the ribbon's 一键校验 never uses them, and its bundle has
  // a size budget (test/budget). Each module is asked for once; the objects are made after the
  // await, synchronously, so two calls at once still share one watcher.
  private cellsModule: Promise<typeof CellsModule> | undefined;
  private watchModule: Promise<typeof WatchModule> | undefined;
  private cells(): Promise<typeof CellsModule> {
    this.cellsModule ??= import('./cells');
    return this.cellsModule;
  }
  private watch(): Promise<typeof WatchModule> {
    this.watchModule ??= import('./watch');
    return this.watchModule;
  }

  async readRange(sheet: string, address: string): Promise<GridInit> {
    const rect = parseA1(normalizeAddress(address));
    const { readRect } = await this.cells();
    return this.deps.batch(sheet, (context) => readRect(context, sheet, rect, this.deps.mergedAreas()));
  }

  async writeValues(sheet: string, writes: CellWrite[]): Promise<CellWriteResult[]> {
    if (writes.length === 0) return [];
    const { writeCells } = await this.cells();
    return this.deps.batch(sheet, (context) => writeCells(context, sheet, writes, this.deps.encode, () => this.deps.protectedError(sheet), this.deps.isSetSupported('ExcelApi', '1.2')));
  }

  async onCellsChanged(sheet: string, handler: (change: CellsChange) => void): Promise<Unsubscribe> {
    if (!this.capabilities().changeEvents) throw new HostError('unsupported', t('review.excel.noEvents', this.deps.locale()));
    const { SheetWatcher } = await this.watch();
    this.watcher ??= new SheetWatcher((s, body) => this.deps.batch(s, body));
    return this.watcher.subscribe(sheet, handler);
  }

  private selections: SelectionWatcher | undefined;
  /** Selection events of one sheet (Worksheet.onSelectionChanged, ExcelApi 1.7, as the change events). */
  async onSelectionChanged(sheet: string, handler: (selection: SelectionChange) => void): Promise<Unsubscribe> {
    if (!this.capabilities().changeEvents) throw new HostError('unsupported', t('review.excel.noEvents', this.deps.locale()));
    const { SelectionWatcher } = await this.watch();
    this.selections ??= new SelectionWatcher((s, body) => this.deps.batch(s, body));
    const unsubscribe = this.selections.subscribe((selection) => {
      if (selection.sheet === sheet) handler(selection);
    });
    try {
      await this.selections.watch(sheet);
    } catch (err) {
      unsubscribe();
      throw err;
    }
    return unsubscribe;
  }

  private requireState(): void {
    if (!this.capabilities().customXmlParts) throw new HostError('unsupported', t('review.excel.noState', this.deps.locale()));
  }

  async loadState(key: StateKey): Promise<string | null> {
    this.requireState();
    return this.deps.batch(undefined, (context) => loadStatePart(context, key));
  }

  async saveState(key: StateKey, text: string | null): Promise<void> {
    this.requireState();
    await this.deps.batch(undefined, (context) => saveStatePart(context, key, text));
  }

  /** The report sheet's writer is loaded when first used (导出报告 only; not the ribbon, not first paint). */
  insertReportSheet(report: ReportSheet): Promise<string> {
    return this.deps.batch(undefined, async (context) => (await import('./report-sheet')).insertReport(context, report, this.capabilities(), this.deps.locale()));
  }
}
