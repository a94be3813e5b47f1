/**
 * ExcelJS checks every new merged area against all earlier ones of the sheet before merging
 * (`Worksheet._mergeCellsInternal`), for every merge it writes and every merge it loads from a
 * file: quadratic. A sheet of 2,000 tables has ~46,000 merged areas, and loading it took minutes.
 *
 * The patch replaces that scan with an equivalent check over the cells of the new area (a cell
 * already in a merge is either a merge's master or one of its merged cells, and ExcelJS records
 * both on the cell), then runs ExcelJS's own code with an empty index so its scan is free, and
 * puts the index back together. Same result, same error, linear time. Applied once per process.
 */
import ExcelJS from 'exceljs';

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  _merges: Record<string, unknown>;
  _mergeCellsInternal(dimensions: MergeRange, ignoreStyle?: boolean): void;
  getCell(row: number, col: number): ExcelJS.Cell;
}

const PATCHED = Symbol.for('perf-target.exceljs-merge-patch');

export function patchExcelJsMerges(): void {
  const probe = new ExcelJS.Workbook().addWorksheet('probe');
  const proto = Object.getPrototypeOf(probe) as WorksheetInternals & { [PATCHED]?: boolean };
  const original = proto._mergeCellsInternal;
  // Another ExcelJS version without this internal: leave it alone (slower, still correct).
  if (proto[PATCHED] || typeof original !== 'function' || typeof (probe as unknown as WorksheetInternals)._merges !== 'object') return;
  proto._mergeCellsInternal = function mergeCellsInternal(this: WorksheetInternals, dimensions: MergeRange, ignoreStyle?: boolean) {
    for (let r = dimensions.top; r <= dimensions.bottom; r++) {
      for (let c = dimensions.left; c <= dimensions.right; c++) {
        if (this.getCell(r, c).isMerged) throw new Error('Cannot merge already merged cells');
      }
    }
    const index = this._merges;
    this._merges = {};
    try {
      original.call(this, dimensions, ignoreStyle);
    } finally {
      Object.assign(index, this._merges);
      this._merges = index;
    }
  };
  proto[PATCHED] = true;
}

patchExcelJsMerges();

/**
 * ExcelJS's `xlsx.load`, with what ExcelJS writes to the console while loading kept off it: it
 * says what it thinks of a file in English ("Worksheet name … exceeds 31 chars. This will be
 * truncated", twice for one name), and a workbook's content must not put lines on the user's
 * terminal. What matters reaches the user through the copy check, in their language.
 */
export async function loadQuietly(wb: ExcelJS.Workbook, bytes: Uint8Array | ArrayBuffer, options?: Partial<ExcelJS.XlsxReadOptions>): Promise<void> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    // ExcelJS hands the bytes to JSZip, which takes any ArrayBuffer or Uint8Array; its typings
    // only name Node's Buffer.
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0], options);
  } finally {
    console.warn = warn;
  }
}
