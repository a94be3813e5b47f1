/**
 * Cells of one sheet as the legacy readers (HTML tables, BIFF8 .xls) find them, turned into the
 * same snapshot the .xlsx reader gives (its toGrid: values inside a merged area other than its
 * top-left one dropped, the text each number shows under its format, merged areas clipped), under
 * the same READ_LIMITS: cells, text and cell characters per sheet, and the workbook's budgets of
 * cells, snapshot rows and merged rows over all sheets.
 */
import type { CellValue, GridInit, Rect, Span } from '../../core/engine/grid';
import { XlsxError, type LeanLimits, type SheetCells } from './xlsx-parse';
import { toGrid } from './xlsx-read';

export class SheetSink {
  private rows: number[] = [];
  private cols: number[] = [];
  private values: CellValue[] = [];
  private styles: number[] = [];
  /** The number format of each style index the cells use (0: General), as toGrid reads them. */
  readonly styleFormats: (string | undefined)[] = [undefined];
  private readonly styleOf = new Map<string, number>();
  readonly merges: Rect[] = [];
  /** Hidden rows and column spans, as the file states them (toGrid keeps those inside the snapshot). */
  private readonly hiddenRows: number[] = [];
  private readonly hiddenCols: Span[] = [];
  private textChars = 0;
  private mergedRows = 0;
  private sorted = true;
  private lastKey = -1;

  constructor(
    private readonly limits: LeanLimits,
    /** Cells the workbook has left (its budget less the sheets before). */
    private readonly cellsLeft: number,
    /** Characters of text the workbook has left. */
    private readonly textLeft: number = Infinity,
  ) {}

  /** Characters of text in the sheet's cells so far. */
  get textCount(): number {
    return this.textChars;
  }

  get cellCount(): number {
    return this.values.length;
  }

  /** A cell (0-based); a later cell at the same address replaces an earlier one. */
  add(row: number, col: number, value: CellValue, format?: string): void {
    if (row >= this.limits.maxRows || row < 0) throw new XlsxError('row-limit', { row: String(row + 1) });
    if (col >= this.limits.maxColumns || col < 0) throw new XlsxError('column-limit', { address: String(col + 1) });
    if (typeof value === 'number' && !Number.isFinite(value)) value = null;
    if (value === '') value = null;
    if (value === null) return;
    if (typeof value === 'string') {
      if (value.length > this.limits.maxCellChars) {
        throw new XlsxError('cell-chars', { limit: String(this.limits.maxCellChars), length: String(value.length) });
      }
      if ((this.textChars += value.length) > this.limits.maxTextCharsPerSheet) {
        throw new XlsxError('sheet-text', { limit: String(this.limits.maxTextCharsPerSheet) });
      }
      if (this.textChars > this.textLeft) throw new XlsxError('workbook-too-large', { what: 'text', limit: String(this.limits.maxTextCharsPerWorkbook) });
    }
    if (this.values.length >= this.limits.maxCellsPerSheet) throw new XlsxError('sheet-cells', { limit: String(this.limits.maxCellsPerSheet) });
    if (this.values.length >= this.cellsLeft) throw new XlsxError('workbook-too-large', { what: 'cells', limit: String(this.limits.maxCellsPerWorkbook) });
    const key = row * this.limits.maxColumns + col;
    if (key <= this.lastKey) this.sorted = false;
    this.lastKey = key;
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.styles.push(this.styleIndex(format));
  }

  /** The style index standing for a number format (one per distinct format). */
  private styleIndex(format: string | undefined): number {
    if (format === undefined) return 0;
    let i = this.styleOf.get(format);
    if (i === undefined) {
      i = this.styleFormats.push(format) - 1;
      this.styleOf.set(format, i);
    }
    return i;
  }

  /** A hidden row (0-based). One entry per record: bounded by the stream. */
  hideRow(row: number): void {
    if (row < this.limits.maxRows) this.hiddenRows.push(row);
  }

  /** Hidden columns first…last (0-based, inclusive): one span, whatever its width. */
  hideColumns(first: number, last: number): void {
    if (first <= last && first < this.limits.maxColumns) this.hiddenCols.push({ first, last: Math.min(last, this.limits.maxColumns - 1) });
  }

  /** A merged area (0-based, inclusive), within Excel's grid. */
  merge(m: Rect): void {
    if (m.bottom >= this.limits.maxRows) throw new XlsxError('row-limit', { row: String(m.bottom + 1) });
    if (m.right >= this.limits.maxColumns) throw new XlsxError('column-limit', { address: String(m.right + 1) });
    if (m.top > m.bottom || m.left > m.right) return;
    if (m.top === m.bottom && m.left === m.right) return;
    // The sheet's merged-rows limit, counted as the areas come (before the snapshot clips them):
    // the snapshot's sweep over the areas is not linear in their number when millions of them
    // span the same rows (10⁶ whole-column areas in 1,000 MERGEDCELLS records: minutes).
    if ((this.mergedRows += m.bottom - m.top + 1) > this.limits.maxMergedRows) throw new XlsxError('merged-rows');
    this.merges.push(m);
  }

  /** The cells in row-major order, a later duplicate winning. */
  cells(): SheetCells {
    const hidden = { hiddenRows: this.hiddenRows, hiddenCols: this.hiddenCols };
    if (this.sorted) return { rows: this.rows, cols: this.cols, values: this.values, styles: this.styles, merges: this.merges, ...hidden };
    const width = this.limits.maxColumns;
    const order = this.values.map((_, i) => i);
    order.sort((a, b) => this.rows[a] * width + this.cols[a] - (this.rows[b] * width + this.cols[b]) || a - b);
    const rows: number[] = [];
    const cols: number[] = [];
    const values: CellValue[] = [];
    const styles: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const next = order[k + 1];
      if (next !== undefined && this.rows[next] === this.rows[i] && this.cols[next] === this.cols[i]) continue;
      rows.push(this.rows[i]);
      cols.push(this.cols[i]);
      values.push(this.values[i]);
      styles.push(this.styles[i]);
    }
    return { rows, cols, values, styles, merges: this.merges, ...hidden };
  }
}

/** The workbook's budgets over its sheets, as readXlsx spends them. */
export class BookBudget {
  cells = 0;
  mergedCells = 0;
  private text = 0;
  private snapshotRows = 0;
  private slots = 0;
  private mergedRows = 0;
  readonly grids: GridInit[] = [];

  constructor(private readonly limits: LeanLimits) {}

  sink(): SheetSink {
    if (this.grids.length >= this.limits.maxSheets) throw new XlsxError('too-many-sheets');
    return new SheetSink(this.limits, this.limits.maxCellsPerWorkbook - this.cells, this.limits.maxTextCharsPerWorkbook - this.text);
  }

  /** The snapshot of a sheet read into `sink`, added to the workbook; a limit it passes names the sheet. */
  finish(name: string, sink: SheetSink, date1904: boolean): void {
    try {
      this.add(name, sink, date1904);
    } catch (err) {
      if (err instanceof XlsxError) err.detail.sheet = name;
      throw err;
    }
  }

  private add(name: string, sink: SheetSink, date1904: boolean): void {
    const cells = sink.cells();
    this.cells += cells.values.length;
    this.text += sink.textCount;
    for (const m of cells.merges) this.mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    const grid: GridInit = toGrid(name, cells, sink.styleFormats, date1904, this.limits, this.limits.maxGridSlotsPerWorkbook - this.slots);
    this.snapshotRows += grid.values.length;
    for (const row of grid.values) this.slots += row.length;
    if (this.snapshotRows > this.limits.maxGridRowsPerWorkbook) throw new XlsxError('workbook-too-large', { what: 'rows', limit: String(this.limits.maxGridRowsPerWorkbook) });
    for (const m of grid.merges ?? []) this.mergedRows += m.bottom - m.top + 1;
    if (this.mergedRows > this.limits.maxMergedRowsPerWorkbook) {
      throw new XlsxError('workbook-too-large', { what: 'merged-rows', limit: String(this.limits.maxMergedRowsPerWorkbook) });
    }
    this.grids.push(grid);
  }
}
