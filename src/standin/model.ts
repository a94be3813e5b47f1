/**
 * The in-memory workbook behind the Excel stand-in: what Excel itself would hold. The proxy layer
 * (office.ts) reads and writes it only inside `context.sync()`, as Excel does; tests may read and
 * change it directly to arrange a sheet or to check the result.
 *
 * Browser-safe: no Node APIs here (the browser preview reuses this module).
 */
import { parseA1, rectToA1, type CellValue, type Rect } from '../core/engine/grid';

/** `#RRGGBB` (upper case), or a theme colour kept as written in the file: `theme:1` / `theme:1:-0.25`. */
export type Color = string;

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right';

export interface BorderModel {
  /** Line style as stored in the file (`thin`, `medium`, `double`, `dotted` …). */
  style: string;
  color?: Color;
}

export interface FontModel {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: Color;
}

/** The user's own direct formatting of a cell. Conditional formats are not part of it. */
export interface CellStyle {
  fill?: { color: Color };
  font?: FontModel;
  borders?: Partial<Record<BorderEdge, BorderModel>>;
  /** Set when text was typed with a leading apostrophe (Excel's "prefix character"). */
  quotePrefix?: boolean;
  /** Office's names: `Left`/`Center`/`Right`…, `Top`/`Center`/`Bottom`… (absent: General / Bottom). */
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
}

export interface CellModel {
  /** null: empty. Excel errors are their text (`#N/A`). */
  value: CellValue;
  /** True when `value` is an error constant typed or written as such (`#N/A`), not text. */
  isError?: boolean;
  /** With the leading `=`; the stand-in does not calculate, `value` is the cached result. */
  formula?: string;
  /** `General` when absent. */
  numberFormat?: string;
  style?: CellStyle;
  /** A link on the cell (Range.hyperlink, ExcelApi 1.7): `documentReference` for a place in the workbook. */
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
}

export interface ConditionalFormatModel {
  /** Stable id, like Excel's `{…}` ids: unique within the workbook. */
  id: string;
  /** Office's ConditionalFormatType (`Custom`, `CellValue`, `DataBar` …). */
  type: string;
  /** The cells it applies to (one or more areas). */
  areas: Rect[];
  /** Custom rules: the formula with its leading `=`. */
  formula?: string;
  fillColor?: Color;
  fontColor?: Color;
  stopIfTrue: boolean;
  /** A rule read from a file that the stand-in does not interpret, written back unchanged. */
  passthrough?: unknown;
}

export interface SheetModel {
  name: string;
  /** Keyed by `cellKey(row, col)`; absent cells are empty and unformatted. */
  cells: Map<number, CellModel>;
  merges: Rect[];
  /** Merged areas overlapping an earlier one, as the file stated them (a broken or crafted file): kept, and said (src/preview). */
  overlappingMerges?: number;
  /** In priority order: index 0 is the top priority. */
  conditionalFormats: ConditionalFormatModel[];
  protection: { protected: boolean };
  /** The selected cells (A1 at first). */
  selection: Rect;
  // Optional parts (absent means Excel's default); their proxies are in ./validation.ts and ./layout.ts.
  /** `Visible` when absent. */
  visibility?: SheetVisibility;
  /** Data validation per cell, keyed by `cellKey` (cells set together share one object). */
  validations?: Map<number, ValidationModel>;
  /** Column widths and row heights in points, where set. */
  columnWidths?: Map<number, number>;
  rowHeights?: Map<number, number>;
  pageLayout?: PageLayoutModel;
  /** Hidden rows and columns, 0-based (by the user or, for rows, a filter); absent: none. */
  hiddenRows?: Set<number>;
  hiddenColumns?: Set<number>;
  /** Frozen rows and columns at the top and left (Worksheet.freezePanes, ExcelApi 1.7); see ./review-objects.ts. */
  frozen?: { rows: number; columns: number };
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheet: number;
  /** Counter for new conditional-format ids. */
  nextId: number;
  /** Workbook-scoped defined names. */
  names?: NamedItemModel[];
  /** Workbook (structure) protection. */
  protection?: { protected: boolean };
  /** Custom XML parts (ExcelApi 1.5), saved in the file's customXml folder; see ./customxml.ts. */
  customXmlParts?: CustomXmlPartModel[];
}

export interface CustomXmlPartModel {
  /** `{GUID}`, as Office gives it (the part's itemID in the file). */
  id: string;
  xml: string;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** One cell's data validation, in Office's terms (formulas keep their leading `=`). */
export interface ValidationModel {
  /** Office's DataValidationType: `List`, `Custom`, `WholeNumber` … or `None` (a prompt only). */
  type: string;
  /** List: the source (`=Name`, `=$A$1:$A$3` or `a,b,c`); custom: the formula; others: the first bound. */
  formula1?: string;
  formula2?: string;
  /** Basic and date/time rules: `Between`, `GreaterThan` … */
  operator?: string;
  /** List rules: show the in-cell dropdown. */
  inCellDropDown?: boolean;
  ignoreBlanks: boolean;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface PageLayoutModel {
  /** Office's PaperType (`A4`, `Letter` …). */
  paperSize?: string;
  orientation?: 'Portrait' | 'Landscape';
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: Rect[];
}

export interface NamedItemModel {
  name: string;
  /** What the name refers to, with its leading `=` (`='指标列表'!$A$2:$A$4`). */
  formula: string;
  visible: boolean;
  comment: string;
}

/** Excel's grid limits. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyToCell(key: number): { row: number; col: number } {
  return { row: Math.floor(key / MAX_COLS), col: key % MAX_COLS };
}

export function createWorkbook(sheetNames: string[] = ['Sheet1']): WorkbookModel {
  const wb: WorkbookModel = { sheets: [], activeSheet: 0, nextId: 1 };
  for (const name of sheetNames) addSheet(wb, name);
  return wb;
}

export function addSheet(wb: WorkbookModel, name: string): SheetModel {
  if (findSheet(wb, name)) throw new Error(`Sheet exists: ${name}`);
  const sheet: SheetModel = {
    name,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    protection: { protected: false },
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
  };
  wb.sheets.push(sheet);
  return sheet;
}

/** Sheet names compare case-insensitively in Excel. */
export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function getSheet(wb: WorkbookModel, name: string): SheetModel {
  const s = findSheet(wb, name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** Per cells Map: how many cells setCell has written into it. */
const cellWrites = new WeakMap<Map<number, CellModel>, number>();

/**
 * How many cells setCell has written into the sheet so far: the stand-in changes cells only through
 * setCell, so something worked out from the cells (the preview's drawn extent) is still right while
 * this count, and the map's size, stay the same.
 */
export function cellWriteCount(sheet: SheetModel): number {
  return cellWrites.get(sheet.cells) ?? 0;
}

/** Sets a cell by A1 address or coordinates; fields not given are kept. */
export function setCell(sheet: SheetModel, at: string | { row: number; col: number }, patch: Partial<CellModel>): CellModel {
  const { row, col } = typeof at === 'string' ? anchorOf(at) : at;
  const key = cellKey(row, col);
  const cell: CellModel = { ...(sheet.cells.get(key) ?? { value: null }), ...patch };
  const index = freshRows(sheet);
  sheet.cells.set(key, cell);
  const writes = (cellWrites.get(sheet.cells) ?? 0) + 1;
  cellWrites.set(sheet.cells, writes);
  // The row index, when it was up to date, is kept so (one cell), not made again on the next read.
  if (index) {
    placeInRow(index.rows, row, col, cell);
    index.size = sheet.cells.size;
    index.writes = writes;
  }
  return cell;
}

function anchorOf(a1: string): { row: number; col: number } {
  const r = parseA1(a1);
  return { row: r.top, col: r.left };
}

export function mergeCells(sheet: SheetModel, area: string | Rect): void {
  const rect = typeof area === 'string' ? parseA1(area) : area;
  if (sheet.merges.some((m) => intersects(m, rect))) throw new Error(`Merge overlaps: ${rectToA1(rect)}`);
  sheet.merges.push(rect);
}

/** Per merges array: its length when indexed, and its positions sorted by top row. */
const mergeIndexes = new WeakMap<Rect[], { length: number; byTop: Int32Array }>();

/**
 * The merged areas whose top-left cell is inside `rect`, in the sheet's order. Uses an index by top
 * row, rebuilt when the list changed (the stand-in replaces the array or appends to it; it never
 * changes an area in place), so reading the merges of a sheet tile by tile is not tiles × merges.
 */
export function mergesStartingIn(sheet: SheetModel, rect: Rect): Rect[] {
  const merges = sheet.merges;
  let index = mergeIndexes.get(merges);
  if (!index || index.length !== merges.length) {
    const byTop = Int32Array.from(merges.keys()).sort((a, b) => merges[a].top - merges[b].top || a - b);
    index = { length: merges.length, byTop };
    mergeIndexes.set(merges, index);
  }
  const { byTop } = index;
  // First position whose area starts at or below rect.top.
  let lo = 0;
  let hi = byTop.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merges[byTop[mid]].top < rect.top) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < byTop.length; i++) {
    const m = merges[byTop[i]];
    if (m.top > rect.bottom) break;
    if (m.left >= rect.left && m.left <= rect.right) found.push(byTop[i]);
  }
  return found.sort((a, b) => a - b).map((i) => merges[i]);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

function hasContent(cell: CellModel): boolean {
  return cell.value !== null || cell.formula !== undefined;
}

function hasFormatting(cell: CellModel): boolean {
  return (cell.numberFormat !== undefined && cell.numberFormat !== 'General') || cell.style !== undefined;
}

/** A cell the used range (not after values only) takes in: one with content or formatting. */
export function inUsedRange(cell: CellModel): boolean {
  return hasContent(cell) || hasFormatting(cell);
}

/**
 * The used range as Excel computes it: the bounding box of cells with values (valuesOnly), or of
 * cells with values or formatting. Undefined for an empty sheet.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let r: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    if (!(valuesOnly ? hasContent(cell) : inUsedRange(cell))) continue;
    // keyToCell's arithmetic without its object (one per stored cell: 12 MB a read at 2,000 tables).
    const row = Math.floor(key / MAX_COLS);
    const col = key - row * MAX_COLS;
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      if (row < r.top) r.top = row;
      if (row > r.bottom) r.bottom = row;
      if (col < r.left) r.left = col;
      if (col > r.right) r.right = col;
    }
  }
  return r;
}

/** The used range (usedRect, valuesOnly false) last found per cells Map, with the write count and size it was found at. */
const usedRects = new WeakMap<Map<number, CellModel>, { writes: number; size: number; rect: Rect | undefined }>();

/**
 * usedRect(sheet, false), found again only after cells were written (a pass over every cell: after
 * a check's marks, which change no cell, the preview's grid redrew a 2,000-table sheet's extent for
 * ~0.1 s).
 */
export function cachedUsedRect(sheet: SheetModel): Rect | undefined {
  const writes = cellWriteCount(sheet);
  const kept = usedRects.get(sheet.cells);
  if (kept && kept.writes === writes && kept.size === sheet.cells.size) return kept.rect;
  const rect = usedRect(sheet, false);
  usedRects.set(sheet.cells, { writes, size: sheet.cells.size, rect });
  return rect;
}

/**
 * Records usedRect(sheet, false) worked out by whoever just built the cells in a pass of its own
 * (the preview's unpacking of a workbook read in its worker), so the first draw does not walk
 * every cell again. The caller vouches for the rect: test/preview/model-transfer.test.ts.
 */
export function rememberUsedRect(sheet: SheetModel, rect: Rect | undefined): void {
  usedRects.set(sheet.cells, { writes: cellWriteCount(sheet), size: sheet.cells.size, rect });
}

/**
 * A row of the sheet's stored cells: `cols` lists their columns (in the order they were stored),
 * `at[col]` is the cell. Reading a rectangle costs one look-up per row and an array read per
 * position, not a look-up in the sheet's Map (of 200,000 cells at 2,000 tables) per position:
 * those were most of the stand-in's sheet read in the browser preview.
 */
export interface RowCells {
  cols: number[];
  at: (CellModel | undefined)[];
}

interface RowIndex {
  size: number;
  writes: number;
  rows: Map<number, RowCells>;
}

/** Per cells Map: its stored cells by row, and the size and write count it was made at. */
const rowIndexes = new WeakMap<Map<number, CellModel>, RowIndex>();

function placeInRow(rows: Map<number, RowCells>, row: number, col: number, cell: CellModel): void {
  let line = rows.get(row);
  if (!line) rows.set(row, (line = { cols: [], at: [] }));
  if (line.at[col] === undefined) line.cols.push(col);
  line.at[col] = cell;
}

/** The row index when it matches the cells (same Map size, no setCell since), else undefined. */
function freshRows(sheet: SheetModel): RowIndex | undefined {
  const index = rowIndexes.get(sheet.cells);
  return index && index.size === sheet.cells.size && index.writes === cellWriteCount(sheet) ? index : undefined;
}

/**
 * The sheet's stored cells by row. Made in one pass over the cells when none is up to date (first
 * read, or the Map's size changed other than through setCell, as a file loader fills and trims it
 * before anything reads it; as with the index this replaces, later writes must go through
 * setCell); setCell keeps an up-to-date one so, so a write costs no pass over the sheet.
 */
export function sheetRows(sheet: SheetModel): Map<number, RowCells> {
  const fresh = freshRows(sheet);
  if (fresh) return fresh.rows;
  const rows = new Map<number, RowCells>();
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLS);
    placeInRow(rows, row, key - row * MAX_COLS, cell);
  }
  rowIndexes.set(sheet.cells, { size: sheet.cells.size, writes: cellWriteCount(sheet), rows });
  return rows;
}

/**
 * Makes the row index of sheetRows in slices of about `sliceMs`, awaiting `pause` between them (the
 * browser preview, in the idle moment after a workbook opened: in one go it was a task of 60-300 ms
 * at 2,000 tables). Gives up if the cells change meanwhile; keeps an index made meanwhile.
 */
export async function indexRowsInSlices(sheet: SheetModel, pause: () => Promise<void>, sliceMs = 8): Promise<void> {
  if (freshRows(sheet)) return;
  const size = sheet.cells.size;
  const writes = cellWriteCount(sheet);
  const rows = new Map<number, RowCells>();
  let since = performance.now();
  let n = 0;
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLS);
    placeInRow(rows, row, key - row * MAX_COLS, cell);
    if ((++n & 1023) !== 0 || performance.now() - since < sliceMs) continue;
    await pause();
    if (sheet.cells.size !== size || cellWriteCount(sheet) !== writes || freshRows(sheet)) return;
    since = performance.now();
  }
  if (sheet.cells.size === size && cellWriteCount(sheet) === writes && !freshRows(sheet)) rowIndexes.set(sheet.cells, { size, writes, rows });
}

/**
 * The values of a rectangle (one array per row), as `Range.values` gives them: `''` for an empty
 * cell. Through the row index: a look-up per row, not per cell.
 */
export function rectRows<V>(sheet: SheetModel, rect: Rect, f: (cell: CellModel | undefined) => V): V[][] {
  const rows = sheetRows(sheet);
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const at = rows.get(r)?.at;
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(f(at === undefined ? undefined : at[c]));
    out.push(line);
  }
  return out;
}

/**
 * The used range inside `area` (what `Range.getUsedRange(valuesOnly)` gives for a range): the
 * bounding box of the area's cells with content (and formatting, unless `valuesOnly`), or undefined.
 * Visits the stored cells of the area's rows (through the row index): a band of 8 rows across
 * 16,384 columns (a used range stretched by one far cell) costs its cells, not its 131,072
 * positions, and a band of a table's 13 columns one look-up per row.
 */
export function usedRectIn(sheet: SheetModel, area: Rect, valuesOnly: boolean): Rect | undefined {
  const rows = sheetRows(sheet);
  let top = MAX_ROWS;
  let bottom = -1;
  let left = MAX_COLS;
  let right = -1;
  const take = (row: number, col: number, cell: CellModel | undefined): void => {
    if (cell === undefined || !(hasContent(cell) || (!valuesOnly && hasFormatting(cell)))) return;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  };
  // Per row, the fewer of its stored cells and the area's columns.
  const width = area.right - area.left + 1;
  const visit = (row: number, { cols, at }: RowCells): void => {
    if (width < cols.length) for (let col = area.left; col <= area.right; col++) take(row, col, at[col]);
    else
      for (let i = 0; i < cols.length; i++) {
        const col = cols[i];
        if (col >= area.left && col <= area.right) take(row, col, at[col]);
      }
  };
  if (area.bottom - area.top + 1 <= rows.size) {
    for (let row = area.top; row <= area.bottom; row++) {
      const line = rows.get(row);
      if (line) visit(row, line);
    }
  } else for (const [row, line] of rows) if (row >= area.top && row <= area.bottom) visit(row, line);
  return right < 0 ? undefined : { top, left, bottom, right };
}

/** A deep copy (the model is plain data plus Maps). */
export function cloneWorkbook(wb: WorkbookModel): WorkbookModel {
  return {
    activeSheet: wb.activeSheet,
    nextId: wb.nextId,
    ...(wb.names ? { names: wb.names.map((n) => ({ ...n })) } : {}),
    ...(wb.protection ? { protection: { ...wb.protection } } : {}),
    ...(wb.customXmlParts ? { customXmlParts: wb.customXmlParts.map((p) => ({ ...p })) } : {}),
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      cells: new Map([...s.cells].map(([k, c]) => [k, structuredClone(c)])),
      merges: s.merges.map((m) => ({ ...m })),
      conditionalFormats: s.conditionalFormats.map((cf) => structuredClone(cf)),
      protection: { ...s.protection },
      selection: { ...s.selection },
      ...(s.visibility ? { visibility: s.visibility } : {}),
      ...(s.validations ? { validations: new Map([...s.validations].map(([k, v]) => [k, structuredClone(v)])) } : {}),
      ...(s.columnWidths ? { columnWidths: new Map(s.columnWidths) } : {}),
      ...(s.rowHeights ? { rowHeights: new Map(s.rowHeights) } : {}),
      ...(s.hiddenRows ? { hiddenRows: new Set(s.hiddenRows) } : {}),
      ...(s.hiddenColumns ? { hiddenColumns: new Set(s.hiddenColumns) } : {}),
      ...(s.pageLayout ? { pageLayout: structuredClone(s.pageLayout) } : {}),
      ...(s.frozen ? { frozen: { ...s.frozen } } : {}),
    })),
  };
}

/** Everything a user set on one cell, in a canonical form, for exact before/after comparisons. */
export function cellSnapshot(cell: CellModel | undefined): string {
  if (!cell) return '';
  return JSON.stringify(canonical(cell));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  return v;
}
