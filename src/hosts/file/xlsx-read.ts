/**
 * The lean .xlsx reader of the checking path: the zip directory read by zip.ts, only the parts a
 * check needs inflated (workbook, its relationships, shared strings, styles, the worksheets), and
 * each part's XML scanned once, tag by tag, with no DOM and no XML library. The parsing it shares
 * with the browser preview's reader (the scanner, the workbook, shared strings, cell values, the
 * byte-level read of plain sheets) is in ./xlsx-parse.ts; here are what only a check needs: number
 * formats, the scanner's reading of a sheet that is not plain, and the grids.
 *
 * It gives exactly the grids that ExcelJS gives through exceljs-read.ts (test/hosts/file/
 * parity.test.ts compares them cell by cell over every fixture, the benchmark's workbooks and fuzzed
 * files), so the state machines below follow ExcelJS's xforms where a file is odd (a later
 * duplicate row wins, values inside a merged area other than its top-left cell are dropped, a cell
 * without `r` follows the previous one, style 0 has no number format, `str` text is entity-decoded
 * twice). Where ExcelJS is wrong, this reader is deliberately right, and the parity test says so:
 * a formula's text, error or boolean result in a date-formatted cell stays what it is (ExcelJS
 * turns it into NaN or a date); a number that is not a number is no value (ExcelJS: NaN when
 * date-formatted); `t="d"` cells are ISO dates (ExcelJS reads `2024-01-15` as 2024); merged areas
 * are clipped to the snapshot.
 *
 * Work is bounded by READ_LIMITS: no loop runs over a merged area or a bounding box, only over the
 * bytes of the XML and the cells it holds.
 */
import { hiddenWithin, snapshotBox, type CellValue, type GridInit, type Rect, type Span } from '../../core/engine/grid';
import { EXCELJS_BUILTIN_FORMATS, isDateFormat } from './builtin-formats';
import { formatCellText } from './numfmt';
import { READ_LIMITS } from './limits';
import {
  attr,
  cellValue,
  decodeText,
  isTrueAttr,
  keepShape,
  decodeXEscapes,
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  partName,
  readSheetBytes,
  rowPastLimit,
  scanXml,
  sheetName,
  XlsxError,
  type LeanLimits,
  type ScanCounter,
  type SheetCells,
  type SheetRef,
  type Spliced,
  type Styles,
} from './xlsx-parse';
import { decodeXml, readZipDirectory, ZipReader } from './zip';

export { XlsxError, type LeanLimits } from './xlsx-parse';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface LeanWorkbook {
  grids: GridInit[];
  /** Per grid: its state as the workbook says (ExcelJS's `worksheet.state`). */
  states: SheetState[];
  date1904: boolean;
  /**
   * Work done, for tests that prove reading is linear: bytes inflated, tags scanned, cells kept,
   * and the sheets whose cells were read at byte level (readSheetFast). `mergedCells`: the cells
   * the merged areas cover as the file states them, before clipping (what a reader that makes an
   * object per merged cell, as ExcelJS does, would make).
   */
  work: { inflatedBytes: number; tags: number; cells: number; byteLevelSheets: number; mergedCells: number };
  /** Formula cells with no cached result: the grid has them empty (Excel would calculate them). */
  uncachedFormulas: number;
  /** Number cells whose `<v>` is not a number (read as empty; see xsdDouble). */
  badNumbers: number;
  /** The package holds macros (a VBA project or Excel 4 macro sheets); none is ever run or read. */
  macros: boolean;
}
// ---------------------------------------------------------------------------------------------
// Cell addresses

/** ExcelJS's colCache.decodeAddress, column only: letters A–Z before the first digit. */
function decodeColumn(address: string, maxColumns: number): number | undefined {
  let col = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      hasCol = true;
      col = col * 26 + ch - 64;
      if (col > maxColumns) throw new XlsxError('column-limit', { address: address.slice(0, 20) });
    } else if (ch >= 48 && ch <= 57) hasRow = true;
    else if (hasRow && hasCol && ch !== 36) break;
  }
  return hasCol ? col : undefined;
}

function decodeRow(address: string): number | undefined {
  let row = 0;
  let seen = false;
  let hasCol = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (!seen && ch >= 65 && ch <= 90) hasCol = true;
    else if (ch >= 48 && ch <= 57) {
      seen = true;
      row = row * 10 + ch - 48;
    } else if (seen && hasCol && ch !== 36) break;
  }
  return seen ? row : undefined;
}

function parseRef(ref: string, maxColumns: number): Rect | undefined {
  const bang = ref.lastIndexOf('!');
  const parts = (bang >= 0 ? ref.slice(bang + 1) : ref).split(':');
  const a = parts[0];
  const b = parts.length > 1 ? parts[1] : parts[0];
  const c1 = decodeColumn(a, maxColumns);
  const c2 = decodeColumn(b, maxColumns);
  const r1 = decodeRow(a);
  const r2 = decodeRow(b);
  if (c1 === undefined || c2 === undefined || r1 === undefined || r2 === undefined) return undefined;
  return { top: Math.min(r1, r2) - 1, left: Math.min(c1, c2) - 1, bottom: Math.max(r1, r2) - 1, right: Math.max(c1, c2) - 1 };
}

/**
 * ExcelJS's built-in number formats, and the East Asian ones as a Chinese (zh-CN) Excel shows them:
 * it writes these ids without a <numFmt> of their own, so without them 2024年12月31日 would read as
 * 45657 (ExcelJS has them only per locale and gives no format).
 */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  ...EXCELJS_BUILTIN_FORMATS,
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

function parseStyles(xml: string | undefined, counter: ScanCounter, limits: LeanLimits): Styles | undefined {
  if (xml === undefined) return undefined;
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let section = '';
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name === 'numFmts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs') section = name;
        else if (name === 'numFmt' && section === 'numFmts') {
          const id = parseInt(attr(attrs, 'numFmtId') ?? '', 10);
          const code = attr(attrs, 'formatCode');
          if (code !== undefined) custom.set(id, code.replace(/[\\](.)/g, '$1'));
        } else if (name === 'xf' && section === 'cellXfs') xfIds.push(parseInt(attr(attrs, 'numFmtId') ?? '', 10));
      },
      close(name) {
        if (name === section) section = '';
      },
      text() {},
    },
    counter,
    limits.maxTagChars,
  );
  const formats = xfIds.map((id) => (id ? custom.get(id) || BUILTIN_FORMATS[id] || undefined : undefined));
  return { formats, isDate: formats.map(isDateFormat) };
}

interface CellModel {
  col: number | undefined;
  styleId: number;
  t: string | undefined;
  value: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  runs: string[] | undefined;
}

interface RowModel {
  number: number;
  /** The cells, as parallel arrays (fewer objects on a large sheet). */
  cols: (number | undefined)[];
  values: CellValue[];
  /** Style indexes (0: none); the number format is looked up when the grid is built. */
  styles: number[];
  /** `hidden="1"`: hidden by the user or by a filter. */
  hidden: boolean;
}

/**
 * One worksheet's cells, from its XML. With `spliced`, `xml` is the part with the content of its
 * first <sheetData> taken out at `spliced.at` (just past the start tag), and that content already
 * read by readSheetData; the result is undefined when the scanner does not meet that start tag
 * there, in the state where it would read rows, or meets rows elsewhere (the caller then reads the
 * whole part with the scanner alone).
 */
function parseSheet(
  xml: string,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  counter: ScanCounter,
  limits: LeanLimits,
  spliced?: Spliced,
): SheetCells | undefined {
  // Rows by number: a later row of the same number replaces the earlier one (ExcelJS's _rows[n]).
  const rowModels = new Map<number, RowModel>();
  const mergeRefs: string[] = [];
  // Hidden rows by number (a later row of the same number decides, as for its cells) and hidden
  // column spans (<cols>, read before <sheetData> in both ways of reading the part).
  const hiddenByRow = new Map<number, boolean>();
  const hiddenCols: Span[] = [];

  let mode: '' | 'sheetData' | 'mergeCells' | 'skip' | 'done' = '';
  let skipName = '';
  let skipDepth = 0;
  let inRow = false;
  let row: RowModel | undefined;
  let cell: CellModel | undefined;
  let node: '' | 'f' | 'v' | 't' = '';
  let inRun = false;
  let runT = false;
  let runRPr = false;
  let runBuf = '';
  let runText: string | undefined;
  let parsedCells = 0;
  let textChars = 0;
  let lastRowNumber = 0;
  /** A child of a cell skipped with its content: phonetic runs and properties of inline strings. */
  let cellSkip = '';
  let splice = spliced;
  let mergeSplice = spliced?.merges;
  let spliceFailed = false;

  const finishCell = (c: CellModel): void => {
    const raw: string | undefined = c.value === undefined ? undefined : decodeText(c.value);
    const isFormula = !!c.formula || !!c.shareType;
    const hasValue = raw !== undefined || c.runs !== undefined;
    // ExcelJS's Merge type (no formula, no value, no style): never added to its row; but one
    // without `r` still takes its column, for the next cell without `r` to follow.
    if (!isFormula && !hasValue && !c.styleId && c.col !== undefined) return;
    if (!row) throw new XlsxError('corrupt');
    if (++parsedCells > limits.maxCellsPerSheet) throw new XlsxError('sheet-cells', { limit: String(limits.maxCellsPerSheet) });
    const isDate = c.styleId && styles ? styles.isDate[c.styleId] === true : false;
    if (isFormula && !raw) counter.uncached++;
    const value = cellValue(c.t, raw, isFormula, hasValue, c.runs, isDate, shared, date1904, limits, counter);
    // Text counted per cell, a shared string as often as it is used (see maxTextCharsPerSheet).
    if (typeof value === 'string' && (textChars += value.length) > limits.maxTextCharsPerSheet) {
      throw new XlsxError('sheet-text', { limit: String(limits.maxTextCharsPerSheet) });
    }
    row.cols.push(c.col);
    row.values.push(value);
    row.styles.push(c.styleId);
  };

  const endRow = (): void => {
    inRow = false;
    if (!row) return;
    const n = row.number;
    if (Number.isFinite(n)) lastRowNumber = n;
    if (!(n >= 1)) {
      if (Number.isNaN(n)) throw new XlsxError('corrupt'); // ExcelJS: 'Invalid row number'
      return; // rows numbered 0 or less are never seen again
    }
    if (n > limits.maxRows) throw new XlsxError('row-limit', { row: String(n) });
    if (row.hidden) hiddenByRow.set(n, true);
    else hiddenByRow.delete(n);
    // A row without cells adds nothing, but still replaces an earlier row of its number.
    if (row.cols.length === 0) rowModels.delete(n);
    else rowModels.set(n, row);
  };

  const openTag = (name: string, attrs: string): void => {
    if (mode === '') {
      if (name === 'sheetData') mode = 'sheetData';
      else if (name === 'mergeCells') mode = 'mergeCells';
      else if (SHEET_PARTS.has(name)) {
        mode = 'skip';
        skipName = name;
        skipDepth = 1;
      }
      return;
    }
    if (mode === 'skip') {
      if (name === skipName) skipDepth++;
      else if (skipName === 'cols' && name === 'col' && isTrueAttr(attr(attrs, 'hidden'))) hiddenSpan(attrs, limits.maxColumns, hiddenCols);
      return;
    }
    if (mode === 'mergeCells') {
      if (name === 'mergeCell') {
        const ref = attr(attrs, 'ref');
        if (ref !== undefined) mergeRefs.push(ref);
      }
      return;
    }
    if (mode !== 'sheetData') return;
    if (cell) {
      if (cellSkip !== '') return;
      if (inRun) {
        if (runRPr) return;
        if (name === 't') {
          runT = true;
          runBuf = '';
        } else if (name === 'rPr') runRPr = true;
        else if (name === 'r') runText = undefined;
        return;
      }
      switch (name) {
        case 'c':
          cell = newCell(attrs, limits);
          node = '';
          return;
        case 'f':
          node = 'f';
          cell.shareType = attr(attrs, 't');
          return;
        case 'v':
        case 't':
          node = name;
          return;
        case 'r':
          inRun = true;
          runT = false;
          runRPr = false;
          runText = undefined;
          return;
        case 'rPh':
        case 'phoneticPr':
          // Phonetic guides of an inline string are not its text (Excel shows them above it).
          cellSkip = name;
          return;
        default:
          return;
      }
    }
    if (name === 'row') {
      inRow = true;
      // `r` is optional: a row without it follows the one before (the first is row 1).
      const r = attr(attrs, 'r');
      row = { number: r === undefined ? lastRowNumber + 1 : parseInt(r, 10), cols: [], values: [], styles: [], hidden: isTrueAttr(attr(attrs, 'hidden')) };
      return;
    }
    if (name === 'c') {
      // ExcelJS: a cell after its row's end still goes into that row.
      inRow = true;
      cell = newCell(attrs, limits);
      node = '';
    }
  };

  scanXml(
    xml,
    {
      open(name, attrs, selfClosing, after) {
        if (splice && after >= splice.at) {
          // The scanner has reached the place where the byte-level read took the sheetData out: it
          // must be that element's start tag, seen where the scanner would read its rows.
          if (after !== splice.at || name !== 'sheetData' || mode !== '' || selfClosing) spliceFailed = true;
          else {
            parsedCells = splice.parsed;
            counter.tags += splice.tags;
          }
          splice = undefined;
          if (spliceFailed) {
            mode = 'done';
            return xml.length;
          }
          return after;
        }
        if (mergeSplice && !splice && after >= mergeSplice.at) {
          // The same for the first <mergeCells> after it, whose references were read already.
          if (after !== mergeSplice.at || name !== 'mergeCells' || mode !== '' || selfClosing || mergeRefs.length > 0) spliceFailed = true;
          else counter.tags += mergeSplice.tags;
          mergeSplice = undefined;
          if (spliceFailed) {
            mode = 'done';
            return xml.length;
          }
          return after;
        }
        openTag(name, attrs);
        return undefined;
      },
      text(raw) {
        if (!cell || cellSkip !== '') return;
        if (inRun) {
          if (runT) runBuf += raw;
          return;
        }
        if (node === 'f') cell.formula = (cell.formula ?? '') + raw;
        else if (node === 'v' || node === 't') cell.value = (cell.value ?? '') + raw;
      },
      close(name) {
        if (mode === '') {
          if (name === 'worksheet') mode = 'done';
          return;
        }
        if (mode === 'skip') {
          if (name === skipName && --skipDepth === 0) mode = '';
          return;
        }
        if (mode === 'mergeCells') {
          if (name !== 'mergeCell') mode = '';
          return;
        }
        if (mode !== 'sheetData') return;
        if (cell) {
          if (cellSkip !== '') {
            if (name === cellSkip) cellSkip = '';
            return;
          }
          if (inRun) {
            if (runRPr) {
              if (name === 'rPr') runRPr = false;
              return;
            }
            if (runT) {
              runText = decodeXEscapes(decodeText(runBuf));
              runT = false;
              return;
            }
            if (name === 'r') {
              (cell.runs ??= []).push(runText ?? '');
              inRun = false;
              node = '';
            }
            return;
          }
          switch (name) {
            case 'f':
            case 'v':
            case 'is':
            case 't':
              node = '';
              return;
            default: {
              // </c>, or any other closing tag: ExcelJS ends the cell there.
              const c = cell;
              cell = undefined;
              finishCell(c);
              return;
            }
          }
        }
        if (inRow) {
          endRow();
          return;
        }
        // Any other closing tag ends sheetData in ExcelJS's ListXform.
        mode = '';
      },
    },
    counter,
    limits.maxTagChars,
  );

  let out: SheetCells;
  if (spliced) {
    // Not reached, or rows from a second sheetData (a broken file) that would mix with the first.
    if (spliceFailed || splice !== undefined || mergeSplice !== undefined || rowModels.size > 0) return undefined;
    // Areas from another <mergeCells> would have to come in file order with the spliced ones
    // (already in spliced.cells.merges): read it all again.
    if (spliced.merges && mergeRefs.length > 0) return undefined;
    out = spliced.cells;
  } else {
    out = rowsInOrder(rowModels, limits);
    out.hiddenRows = [...hiddenByRow.keys()].map((n) => n - 1);
  }
  if (hiddenCols.length > 0) out.hiddenCols = hiddenCols;
  for (const ref of mergeRefs) {
    const m = parseRef(ref, limits.maxColumns);
    if (!m) continue;
    if (m.bottom >= limits.maxRows) throw new XlsxError('row-limit', { row: String(m.bottom + 1) });
    out.merges.push(m);
  }
  return out;
}

/**
 * A hidden `<col min max>` as a 0-based span; nothing when min or max is not a column number.
 * The span is kept as stated (1 to 16,384 costs one entry): the grid cuts it to its own width.
 */
function hiddenSpan(attrs: string, maxColumns: number, out: Span[]): void {
  const min = parseInt(attr(attrs, 'min') ?? '', 10);
  const max = parseInt(attr(attrs, 'max') ?? '', 10);
  if (!(min >= 1) || !(max >= min)) return;
  out.push({ first: min - 1, last: Math.min(max, maxColumns) - 1 });
}

/** Rows in order; in a row, a cell without `r` follows the one before; a later duplicate wins. */
function rowsInOrder(rowModels: Map<number, RowModel>, limits: LeanLimits): SheetCells {
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const styles: number[] = [];
  const out: SheetCells = { rows, cols, values, styles, merges: [] };
  const numbers = [...rowModels.keys()];
  let sorted = true;
  for (let i = 1; i < numbers.length && sorted; i++) if (numbers[i] <= numbers[i - 1]) sorted = false;
  if (!sorted) numbers.sort((a, b) => a - b);
  for (const r of numbers) {
    const model = rowModels.get(r) as RowModel;
    const n = model.cols.length;
    if (n === 0) continue; // cells added after the row ended, then cleared
    // The common case: every cell has its column, left to right.
    let plain = true;
    for (let i = 0, last = 0; i < n; i++) {
  const col = model.cols[i];
  if (col === undefined || col <= last || col > limits.maxColumns) {
    plain = false;
    break;
  }
  last = col;
    }
    if (plain) {
  for (let i = 0; i < n; i++) {
    rows.push(r - 1);
    cols.push((model.cols[i] as number) - 1);
    values.push(model.values[i]);
    styles.push(model.styles[i]);
  }
  continue;
    }
    const byCol = new Map<number, number>();
    let prev: number | undefined;
    for (let i = 0; i < n; i++) {
  // `r` is optional: a cell without it follows the one before (the first is in column A).
  const col = model.cols[i] ?? (prev === undefined ? 1 : prev + 1);
  if (col > limits.maxColumns) throw new XlsxError('column-limit', { address: String(col) });
  prev = col;
  byCol.set(col, i);
    }
    const inOrder = [...byCol.keys()].sort((a, b) => a - b);
    for (const col of inOrder) {
  const i = byCol.get(col) as number;
  rows.push(r - 1);
  cols.push(col - 1);
  values.push(model.values[i]);
  styles.push(model.styles[i]);
    }
  }
  return out;
}

/**
 * One sheet's limits: the workbook's, with the sheet's cells and text cut to what the workbook has
 * left. Always a fresh object written out in one order, clamped or not: the first sheet had the
 * caller's object and later ones a spread copy (the workbook's cells limit is the sheet's, so from
 * the second sheet on it clamps), two shapes, and V8 threw away the row reader's optimised code
 * when SheetScan.limits changed shape (--trace-deopt, 2,000 tables: readRow, readSheetData). A
 * spread gave no one shape either: its first copy came from V8's runtime, the later ones from its
 * inline cache, with other maps.
 */
function limitsOfSheet(l: LeanLimits, cellsLeft: number, textLeft: number): LeanLimits {
  return {
    maxRows: l.maxRows,
    maxColumns: l.maxColumns,
    maxCellChars: l.maxCellChars,
    maxCellsPerSheet: Math.min(cellsLeft, l.maxCellsPerSheet),
    maxTextCharsPerSheet: Math.min(textLeft, l.maxTextCharsPerSheet),
    maxMergedRows: l.maxMergedRows,
    maxCellsPerWorkbook: l.maxCellsPerWorkbook,
    maxTextCharsPerWorkbook: l.maxTextCharsPerWorkbook,
    maxGridRowsPerWorkbook: l.maxGridRowsPerWorkbook,
    maxGridSlotsPerWorkbook: l.maxGridSlotsPerWorkbook,
    maxMergedRowsPerWorkbook: l.maxMergedRowsPerWorkbook,
    maxSheets: l.maxSheets,
    maxTagChars: l.maxTagChars,
    maxInflatedBytes: l.maxInflatedBytes,
    maxInflateRatio: l.maxInflateRatio,
    ratioFloorBytes: l.ratioFloorBytes,
  };
}

/**
 * A worksheet part read the fast way (xlsx-parse.ts's readSheetBytes: the cells and merged areas
 * straight from the bytes), the rest by the scanner. Undefined when the part is not plain enough
 * for that; any error is left for the scanner's own reading to say.
 */
function readSheetFast(
  part: Uint8Array,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  counter: ScanCounter,
  limits: LeanLimits,
): SheetCells | undefined {
  const tagsBefore = counter.tags;
  const uncachedBefore = counter.uncached;
  const badBefore = counter.badNumbers;
  try {
    const read = readSheetBytes(part, shared, styles, date1904, counter, limits);
    if (!read) {
      counter.uncached = uncachedBefore;
      counter.badNumbers = badBefore;
      return undefined;
    }
    return parseSheet(read.xml, shared, styles, date1904, counter, limits, read.spliced);
  } catch {
    counter.tags = tagsBefore;
    counter.uncached = uncachedBefore;
    counter.badNumbers = badBefore;
    return undefined;
  }
}

/** Worksheet elements ExcelJS parses with their own xform (their children are theirs). */
const SHEET_PARTS = new Set(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'hyperlinks']);

function newCell(attrs: string, limits: LeanLimits): CellModel {
  const r = attr(attrs, 'r');
  const s = attr(attrs, 's');
  return {
    col: r === undefined || r === '' ? undefined : (decodeColumn(r, limits.maxColumns) ?? badAddress()),
    styleId: s ? parseInt(s, 10) || 0 : 0,
    t: attr(attrs, 't'),
    value: undefined,
    formula: undefined,
    shareType: undefined,
    runs: undefined,
  };
}

function badAddress(): never {
  throw new XlsxError('corrupt');
}

// ---------------------------------------------------------------------------------------------
// Cells → snapshot

/** Steps of the merge pass (tree nodes visited, areas and cells taken), for tests that prove it n·log n. */
export const MERGE_PASS_WORK = { steps: 0 };

/**
 * Values inside a merged area other than its top-left cell are dropped (Excel shows the top-left
 * one; ExcelJS makes them merge cells); overlapping areas (a broken file) each drop what they
 * cover. One sweep down the rows, the areas taken in order of their top row:
 *
 * - areas that start above the current row are in a tree over the columns holding, for each
 *   column range, the lowest row any of them reaches (a cell is inside one when that row is at or
 *   below its own): a cell costs log(columns), an area 2·log(columns), never its width or height;
 * - areas that start on the current row, sorted by left: a cell is inside one when one left of it
 *   reaches it (an area whose top-left the cell is does not count): a running maximum of their
 *   right columns, searched by the cell's column.
 *
 * Work: (areas + cells) × log. The pass this replaces kept the areas spanning the row in a sorted
 * array, inserted into and swept: n areas spanning the same rows cost n² (4,000 of them: 16
 * million steps), and it looked back at four areas only, so overlapping areas could keep a value.
 */
function dropMergedCells(cells: SheetCells): Uint8Array | undefined {
  const merges = cells.merges;
  if (merges.length === 0) return undefined;
  const n = cells.values.length;
  const dropped = new Uint8Array(n); // 1: inside a merged area, not its top-left
  const byTop = merges.slice().sort((a, b) => a.top - b.top || a.left - b.left);
  // The tree spans the columns holding cells (an area's columns past them cover none).
  let width = 1;
  for (let i = 0; i < n; i++) if (cells.cols[i] + 1 > width) width = cells.cols[i] + 1;
  let size = 1;
  while (size < width) size <<= 1;
  // The lowest row reached by an area over each node's columns (-1: none), set on the O(log)
  // nodes covering an area's columns; a column's answer is the largest on its path to the root.
  const reach = new Int32Array(2 * size).fill(-1);
  const work = MERGE_PASS_WORK;
  const add = (m: Rect): void => {
    if (m.left >= size) return;
    let lo = m.left + size;
    let hi = Math.min(m.right, size - 1) + size + 1;
    while (lo < hi) {
      work.steps++;
      if (lo & 1) {
        if (reach[lo] < m.bottom) reach[lo] = m.bottom;
        lo++;
      }
      if (hi & 1) {
        hi--;
        if (reach[hi] < m.bottom) reach[hi] = m.bottom;
      }
      lo >>= 1;
      hi >>= 1;
    }
  };
  const reached = (col: number): number => {
    if (col >= size) return -1;
    let best = -1;
    for (let k = col + size; k >= 1; k >>= 1) {
      work.steps++;
      if (reach[k] > best) best = reach[k];
    }
    return best;
  };
  let next = 0; // byTop[next]: the first area not in the tree
  const rowReach = new Int32Array(byTop.length);
  let i = 0;
  while (i < n) {
    const r = cells.rows[i];
    // Areas starting above this row into the tree; those starting on it are [first, last).
    while (next < byTop.length && byTop[next].top < r) add(byTop[next++]);
    const first = next;
    let last = first;
    while (last < byTop.length && byTop[last].top === r) last++;
    // The furthest right column reached by the areas starting on this row, over those up to each
    // (sorted by left): a cell is inside one of them when one left of it reaches it.
    for (let k = first, right = -1; k < last; k++) {
      work.steps++;
      if (byTop[k].right > right) right = byTop[k].right;
      rowReach[k - first] = right;
    }
    for (; i < n && cells.rows[i] === r; i++) {
      work.steps++;
      const c = cells.cols[i];
      let lo = first;
      let hi = last;
      while (lo < hi) {
        work.steps++;
        const mid = (lo + hi) >> 1;
        if (byTop[mid].left < c) lo = mid + 1;
        else hi = mid;
      }
      if ((lo > first && rowReach[lo - 1 - first] >= c) || reached(c) >= r) dropped[i] = 1;
    }
  }
  return dropped;
}

/** What gridRow needs for every row of one sheet's snapshot (one argument instead of eight). */
class GridBuild {
  /**
   * The text of each number once per format: a sheet repeats its amounts and weights (zero is
   * left out: the map would not tell -0 from 0).
   */
  readonly texts = new Map<string | undefined, Map<number, string>>();
  constructor(
    readonly cells: SheetCells,
    /** The number format of each style (cellXfs), or undefined without a styles part. */
    readonly styleFormats: (string | undefined)[] | undefined,
    readonly dropped: Uint8Array | undefined,
    readonly top: number,
    readonly left: number,
    readonly date1904: boolean,
    readonly values: CellValue[][],
    readonly text: (string | null)[][],
    readonly formats: (string | null)[][],
    /** Slots the rows may still take (READ_LIMITS.maxGridSlotsPerWorkbook less the sheets before). */
    public slotsLeft: number,
  ) {}
}

// Its class kept between reads (see keepShape): gridRow and gridRows are optimised for it.
keepShape(new GridBuild({ rows: new Int32Array(0), cols: new Int32Array(0), styles: new Int32Array(0), values: [], merges: [], hiddenRows: [] }, undefined, undefined, 0, 0, false, [], [], [], 0));

/**
 * One sheet row of the snapshot from cells i…end-1 (one row, columns increasing): its arrays are
 * made at their final width. A function of its own, called once per row, so that V8 optimises it
 * after a few hundred rows (one loop over a whole sheet waited for on-stack replacement).
 */
function gridRow(g: GridBuild, i: number, end: number): void {
  const { cells, dropped, left, texts, date1904, styleFormats } = g;
  const cellValues = cells.values;
  const cellStyles = cells.styles;
  const row = cells.rows[i];
  let last = end - 1;
  while (last >= i && ((dropped && dropped[last]) || cellValues[last] === null)) last--;
  if (last < i) return;
  const width = cells.cols[last] - left + 1;
  // Counted before the row's arrays are made: a far cell in every row asks for width × rows.
  if ((g.slotsLeft -= width) < 0) throw new XlsxError('workbook-too-large', { what: 'slots' });
  // A row of text alone (most rows of a table) shows its values as they are: its text row is its
  // values row, one array fewer; a row without number formats shares one row of nulls.
  // (A wide gap, a hole in each row, keeps a formats row of its own.)
  let textual = true;
  let formatted = false;
  for (let k = i, next = left; k <= last; k++) {
    if ((dropped && dropped[k]) || cellValues[k] === null) continue;
    if (typeof cellValues[k] !== 'string') textual = false;
    const col = cells.cols[k];
    if (formatOf(cellStyles[k], styleFormats) !== undefined || col - next > 64) formatted = true;
    next = col + 1;
  }
  const vr: CellValue[] = new Array<CellValue>(width);
  const tr: (string | null)[] = textual ? (vr as (string | null)[]) : new Array<string | null>(width);
  const fr: (string | null)[] = formatted ? new Array<string | null>(width) : NULLS;
  let filled = 0;
  for (; i <= last; i++) {
    const v = cellValues[i];
    if ((dropped && dropped[i]) || v === null) continue;
    const c = cells.cols[i] - left;
    // Nulls up to the cell, as the ExcelJS path has them; a wide gap stays a hole (see pad).
    if (c - filled <= 64) {
      for (; filled < c; filled++) {
        vr[filled] = null;
        if (!textual) tr[filled] = null;
        if (formatted) fr[filled] = null;
      }
    }
    const fmt = formatOf(cellStyles[i], styleFormats);
    vr[c] = v;
    if (!textual) {
      let shown: string;
      if (typeof v === 'number' && v !== 0) {
        let byValue = texts.get(fmt);
        if (byValue === undefined) texts.set(fmt, (byValue = new Map()));
        const known = byValue.get(v);
        if (known === undefined) byValue.set(v, (shown = formatCellText(v, fmt, date1904)));
        else shown = known;
      } else shown = typeof v === 'string' ? v : formatCellText(v, fmt, date1904);
      tr[c] = shown;
    }
    if (formatted) fr[c] = fmt ?? null;
    filled = c + 1;
  }
  const at = row - g.top;
  g.values[at] = vr;
  g.text[at] = tr;
  g.formats[at] = formatted ? fr : nullsOf(width);
}

/** A cell's number format from its style: none for style 0 (as ExcelJS), nor for an unknown one. */
function formatOf(style: number, styleFormats: (string | undefined)[] | undefined): string | undefined {
  return style && styleFormats ? styleFormats[style] : undefined;
}

/** Shared rows of nulls by width, for rows without number formats (frozen: never written). */
const NULL_ROWS: (string | null)[][] = [];
const NULLS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

function nullsOf(width: number): (string | null)[] {
  if (width > 64) return new Array<string | null>(width).fill(null);
  return (NULL_ROWS[width] ??= Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[]);
}

/** The rows and columns the kept values span (bottom -1: none). */
interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet's snapshot from its cells. Each loop over the cells or the merged areas is a function of
 * its own (boundsOf, gridRows, widenToMerges, clipMerges): one long function with several loops
 * was compiled on the stack in its first loop and thrown away at the next, once per sheet.
 */
export function toGrid(name: string, cells: SheetCells, styleFormats: (string | undefined)[] | undefined, date1904: boolean, limits: LeanLimits, slotsLeft = Infinity): GridInit {
  const dropped = dropMergedCells(cells);
  const box = boundsOf(cells, dropped);
  const { top, left, bottom } = box;
  if (bottom < 0) return { name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };
  const height = bottom - top + 1;
  // Rows without cells share one frozen empty row, so a sparse sheet costs its cells, not its rows.
  const values: CellValue[][] = new Array<CellValue[]>(height).fill(EMPTY_ROW);
  const text: (string | null)[][] = new Array<(string | null)[]>(height).fill(EMPTY_ROW as null[]);
  const formats: (string | null)[][] = new Array<(string | null)[]>(height).fill(EMPTY_ROW as null[]);
  gridRows(new GridBuild(cells, styleFormats, dropped, top, left, date1904, values, text, formats, slotsLeft));
  widenToMerges(cells.merges, box, values, text, formats);
  const grid: GridInit = { name, origin: { row: top, col: left }, values, text, formats, merges: clipMerges(cells.merges, box, values, limits) };
  // Hidden rows and columns inside the snapshot (a span of every column costs the snapshot's width).
  const hidden = cells.hiddenRows?.length || cells.hiddenCols?.length ? hiddenWithin(snapshotBox(grid), cells.hiddenRows ?? [], cells.hiddenCols ?? []) : undefined;
  if (hidden) grid.hidden = hidden;
  return grid;
}

function boundsOf(cells: SheetCells, dropped: Uint8Array | undefined): Bounds {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const { rows, cols, values } = cells;
  for (let i = 0; i < values.length; i++) {
    if ((dropped && dropped[i]) || values[i] === null) continue;
    const r = rows[i];
    const c = cols[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return { top, left, bottom, right };
}

/** Every row of the snapshot, by gridRow. */
function gridRows(build: GridBuild): void {
  const rows = build.cells.rows;
  const count = rows.length;
  for (let i = 0; i < count; ) {
    // One sheet row: cells i…end-1, columns increasing.
    const row = rows[i];
    let end = i + 1;
    while (end < count && rows[end] === row) end++;
    gridRow(build, i, end);
    i = end;
  }
}

/** A merged area whose top-left cell holds a value widens the snapshot to its extent. */
function widenToMerges(merges: Rect[], box: Bounds, values: CellValue[][], text: (string | null)[][], formats: (string | null)[][]): void {
  const { top, left, bottom } = box;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (m.top < top || m.left < left || m.top > bottom) continue;
    const anchor = values[m.top - top][m.left - left];
    if (anchor === undefined || anchor === null) continue;
    while (values.length < m.bottom - top + 1) {
      values.push(EMPTY_ROW);
      text.push(EMPTY_ROW as null[]);
      formats.push(EMPTY_ROW as null[]);
    }
    const at = m.top - top;
    // Only the values row is padded: a text row that is the values row becomes one of its own.
    if (text[at] === values[at]) text[at] = values[at].slice() as (string | null)[];
    pad(values[at], m.right - left + 1);
  }
}

/** Merged areas clipped to the snapshot; an area wholly outside it is left out. */
function clipMerges(merges: Rect[], box: Bounds, values: CellValue[][], limits: LeanLimits): Rect[] {
  const { top, left } = box;
  let width = 0;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (row.length > width) width = row.length;
  }
  const lastRow = top + values.length - 1;
  const lastCol = left + width - 1;
  const out: Rect[] = [];
  let mergedRows = 0;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    // An area inside the snapshot is kept as it is (the sheet's cells are dropped after this).
    const inside = m.top >= top && m.left >= left && m.bottom <= lastRow && m.right <= lastCol;
    const clipped = inside ? m : { top: Math.max(m.top, top), left: Math.max(m.left, left), bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) };
    if (clipped.top > clipped.bottom || clipped.left > clipped.right) continue;
    out.push(clipped);
    mergedRows += clipped.bottom - clipped.top + 1;
    if (mergedRows > limits.maxMergedRows) throw new XlsxError('merged-rows');
  }
  return out;
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * Fills a row with nulls up to `index`, as the ExcelJS path does; a wide gap (a cell in A and the
 * next in XFD) is left as a hole instead, so the row costs its cells, not its width.
 */
function pad<T>(row: (T | null)[], index: number): (T | null)[] {
  if (index - row.length > 64) row.length = index;
  else while (row.length < index) row.push(null);
  return row;
}

// ---------------------------------------------------------------------------------------------
// The workbook

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** A relationship type naming a worksheet (transitional or Strict). */
const WORKSHEET_TYPE = /\/worksheet$/;
/** Parts that hold macros: a VBA project (.xlsm), Excel 4 macro sheets. */
const MACRO_PART = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i;
/** Other sheet types: never read as worksheets, whatever their part is called. */
const OTHER_SHEET_TYPE = /\/(chartsheet|dialogsheet|xlMacrosheet|xlIntlMacrosheet)$/;

/** Reads an .xlsx from its bytes (a zip). Throws ZipError or XlsxError; read.ts explains them. */
export function readXlsx(bytes: Uint8Array, limits: LeanLimits = READ_LIMITS, options: { byteLevel?: boolean } = {}): LeanWorkbook {
  const byteLevel = options.byteLevel ?? true;
  let byteLevelSheets = 0;
  const entries = readZipDirectory(bytes);
  const zip = new ZipReader(bytes, entries, limits);
  const counter: ScanCounter = { tags: 0, uncached: 0, badNumbers: 0 };
  const workbookXml = zip.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new XlsxError('no-workbook');
  const { sheets, date1904 } = parseWorkbook(workbookXml, counter, limits);
  const rels = parseRels(zip.text('xl/_rels/workbook.xml.rels'), counter, limits);

  // Which worksheet part each <sheet> names; parts are taken in zip order, as ExcelJS does.
  const refByPart = new Map<string, SheetRef>();
  for (const s of sheets) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (rel === undefined) continue;
    // By name (sheetN.xml, as ExcelJS) or by relationship type: a worksheet part named otherwise
    // (worksheets/data.xml) was left out without a word before.
    const { type } = rel;
    const part = partName(rel.target);
    if (!entries.has(part) || OTHER_SHEET_TYPE.test(type)) continue;
    if (WORKSHEET_PART.test(part) || WORKSHEET_TYPE.test(type)) refByPart.set(part, s);
  }
  // Keyed by the <sheet>'s place, not its sheetId: two sheets stating one sheetId (a file Excel
  // would repair; LibreOffice and WPS show both) are both checked. Keyed by id, the first was left
  // out without a word (hostile42 round), and ExcelJS, keying by id too, dropped it from the copy.
  const place = new Map<SheetRef, number>(sheets.map((s, i) => [s, i]));
  // A sheetId missing, not a number or out of the schema's range (1–4294967294) does not matter
  // either: the sheet is read in its place (LibreOffice and WPS read it; Excel repairs the file).
  // Before (hostile42 round), such a sheet was skipped, and a workbook of them said 工作簿中没有工作表.
  const byPlace = new Map<number, { id: number; part: string; ref: SheetRef }>();
  for (const part of entries.keys()) {
    const ref = refByPart.get(part);
    if (!ref) continue;
    const order = place.get(ref) ?? -1;
    byPlace.set(order, { id: Number.isInteger(ref.id) && ref.id >= 1 && ref.id <= 0xfffffffe ? ref.id : order + 1, part, ref });
  }
  const ordered = [...byPlace.entries()].sort(([a], [b]) => a - b).map(([order, v]) => ({ ...v, order }));

  const shared = ordered.length ? parseSharedStrings(zip.text('xl/sharedStrings.xml'), counter, limits) : undefined;
  const styles = ordered.length ? parseStyles(zip.text('xl/styles.xml'), counter, limits) : undefined;
  const grids: GridInit[] = [];
  const states: SheetState[] = [];
  let cells = 0;
  let text = 0;
  let mergedCells = 0;
  // The workbook's budgets (READ_LIMITS.max…PerWorkbook), spent sheet by sheet.
  let snapshotRows = 0;
  let slots = 0;
  let mergedRows = 0;
  for (const s of ordered) {
    const name = s.ref.name === undefined ? `sheet${s.id}` : sheetName(s.ref.name);
    const part = zip.read(s.part) as Uint8Array;
    const tagsBefore = counter.tags;
    const uncachedBefore = counter.uncached;
    const badBefore = counter.badNumbers;
    // A sheet may hold no more cells than the workbook has left: the workbook's limit trips while
    // the sheet is read, before its cells are kept.
    const cellsLeft = limits.maxCellsPerWorkbook - cells;
    const textLeft = limits.maxTextCharsPerWorkbook - text;
    const sheetLimits = limitsOfSheet(limits, cellsLeft, textLeft);
    // A row past Excel's last, found from the tags alone before any cell is read (rowPastLimit).
    const pastLimit = rowPastLimit(part, limits.maxRows, limits.maxTagChars);
    if (pastLimit > 0) throw new XlsxError('row-limit', { row: String(pastLimit), sheet: name });
    let sheetCells = byteLevel ? readSheetFast(part, shared, styles, date1904, counter, sheetLimits) : undefined;
    if (sheetCells !== undefined) byteLevelSheets++;
    else {
      counter.tags = tagsBefore;
      counter.uncached = uncachedBefore;
      counter.badNumbers = badBefore;
      try {
        sheetCells = parseSheet(decodeXml(part), shared, styles, date1904, counter, sheetLimits) as SheetCells;
      } catch (err) {
        if (err instanceof XlsxError && err.reason === 'sheet-cells' && sheetLimits.maxCellsPerSheet < limits.maxCellsPerSheet) {
          throw new XlsxError('workbook-too-large', { what: 'cells', limit: String(limits.maxCellsPerWorkbook) });
        }
        if (err instanceof XlsxError && err.reason === 'sheet-text' && sheetLimits.maxTextCharsPerSheet < limits.maxTextCharsPerSheet) {
          throw new XlsxError('workbook-too-large', { what: 'text', limit: String(limits.maxTextCharsPerWorkbook) });
        }
        if (err instanceof XlsxError) err.detail.sheet = name;
        throw err;
      }
    }
    cells += sheetCells.values.length;
    for (let k = 0; k < sheetCells.values.length; k++) {
      const v = sheetCells.values[k];
      if (typeof v === 'string') text += v.length;
    }
    for (let i = 0; i < sheetCells.merges.length; i++) {
      const m = sheetCells.merges[i];
      mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    }
    let grid: GridInit;
    try {
      grid = toGrid(name, sheetCells, styles?.formats, date1904, limits, limits.maxGridSlotsPerWorkbook - slots);
    } catch (err) {
      if (err instanceof XlsxError) err.detail.sheet = name;
      throw err;
    }
    snapshotRows += grid.values.length;
    for (let k = 0; k < grid.values.length; k++) slots += grid.values[k].length;
    if (snapshotRows > limits.maxGridRowsPerWorkbook) throw new XlsxError('workbook-too-large', { what: 'rows', limit: String(limits.maxGridRowsPerWorkbook) });
    const gridMerges = grid.merges ?? [];
    for (let i = 0; i < gridMerges.length; i++) mergedRows += gridMerges[i].bottom - gridMerges[i].top + 1;
    if (mergedRows > limits.maxMergedRowsPerWorkbook) {
      throw new XlsxError('workbook-too-large', { what: 'merged-rows', limit: String(limits.maxMergedRowsPerWorkbook) });
    }
    grids.push(grid);
    const st = s.ref.state;
    states.push(st === 'hidden' || st === 'veryHidden' ? st : 'visible');
  }
  let macros = false;
  for (const part of entries.keys()) if (MACRO_PART.test(part)) macros = true;
  return { grids, states, date1904, work: { inflatedBytes: zip.inflatedBytes, tags: counter.tags, cells, byteLevelSheets, mergedCells }, uncachedFormulas: counter.uncached, badNumbers: counter.badNumbers, macros };
}
