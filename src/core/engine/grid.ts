/**
 * A sheet snapshot: what the engine sees of one worksheet.
 *
 * Every host (Excel, an .xlsx file, a test) produces one of these; the engine reads nothing else.
 * Coordinates are 0-based and absolute on the sheet (row 0 / col 0 is cell A1), so findings can
 * be addressed without knowing where the used range started.
 */

/** A cell value as Excel holds it: numbers stay numbers, text stays text. Dates are serial numbers. */
export type CellValue = string | number | boolean | null;

export interface CellAddress {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridInit {
  /** Sheet name. */
  name: string;
  /** Absolute position of values[0][0]. Defaults to A1. */
  origin?: CellAddress;
  /** Values as Excel holds them, row-major; ragged rows allowed. */
  values: CellValue[][];
  /** Displayed text (what the user sees, after number formats). Falls back to String(value). */
  text?: (string | null | undefined)[][];
  /** Number formats (e.g. `0.00`, `@`, `General`). Optional. */
  formats?: (string | null | undefined)[][];
  /** Merged areas in absolute coordinates. */
  merges?: Rect[];
  /**
   * Rows and columns hidden in the sheet (by the user or by a filter), absolute, within the
   * snapshot: still checked, but a finding on one says so (see hiddenWithin). Absent: none.
   */
  hidden?: HiddenParts;
}

/** Hidden rows and columns of a snapshot: 0-based absolute indexes, ascending. */
export interface HiddenParts {
  rows: number[];
  cols: number[];
}

/** Where a cell is hidden: in a hidden row, a hidden column or both. */
export type HiddenPart = 'row' | 'column' | 'rowAndColumn';

/** An inclusive span of 0-based columns (a `<col min max>`, a COLINFO record). */
export interface Span {
  first: number;
  last: number;
}

/** The rows and columns a snapshot covers (as Grid computes them): top…bottom, left…right. */
export function snapshotBox(init: GridInit): Rect {
  const origin = init.origin ?? { row: 0, col: 0 };
  let width = 0;
  for (const r of init.values) if (r && r.length > width) width = r.length;
  return { top: origin.row, left: origin.col, bottom: origin.row + init.values.length - 1, right: origin.col + width - 1 };
}

/**
 * The hidden rows and columns of a snapshot, from what a host read: hidden rows (any order,
 * repeats allowed) and hidden column spans (`<col min=1 max=16384 hidden=1>`), each cut to the
 * snapshot's box, so a span never costs more than the snapshot's width. Linear: rows + spans +
 * width. Undefined when none falls inside the snapshot.
 */
export function hiddenWithin(box: Rect, rows: Iterable<number>, spans: Iterable<Span>): HiddenParts | undefined {
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top + 1;
  if (width <= 0 || height <= 0) return undefined;
  const rowMarks = new Set<number>();
  for (const r of rows) if (r >= box.top && r <= box.bottom) rowMarks.add(r);
  // Column spans as a difference array over the box's width: each span costs two writes.
  let diff: Int32Array | undefined;
  for (const s of spans) {
    const first = Math.max(s.first, box.left);
    const last = Math.min(s.last, box.right);
    if (first > last) continue;
    diff ??= new Int32Array(width + 1);
    diff[first - box.left]++;
    diff[last - box.left + 1]--;
  }
  const cols: number[] = [];
  if (diff) for (let c = 0, depth = 0; c < width; c++) if ((depth += diff[c]) > 0) cols.push(box.left + c);
  if (rowMarks.size === 0 && cols.length === 0) return undefined;
  return { rows: [...rowMarks].sort((a, b) => a - b), cols };
}

/** Excel error values, as they arrive from Office.js and ExcelJS. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export function isErrorValue(v: CellValue): boolean {
  return typeof v === 'string' && ERROR_VALUES.has(v);
}

/** Rows per band of the merge index of a snapshot too large for the typed array. */
const ROW_BAND = 64;

/** Up to this many cells (64 MB of index) the merge index is a typed array. */
const MAX_DENSE_CELLS = 16_000_000;

/**
 * Immutable sheet snapshot with O(1) cell access and merged-area lookup.
 * Construction is linear in the number of cells plus the merged cells' area.
 */
export class Grid {
  readonly name: string;
  readonly origin: CellAddress;
  /** Number of rows/columns covered from origin. */
  readonly rowCount: number;
  readonly colCount: number;
  /**
   * First and last absolute row / column of the snapshot: fields, not getters, and the merge
   * index's row stride, since every cell look-up of the locator asks them.
   */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  private readonly stride: number;
  readonly merges: readonly Rect[];
  private readonly values: CellValue[][];
  private readonly texts: (string | null | undefined)[][] | undefined;
  private readonly formats: (string | null | undefined)[][] | undefined;
  /**
   * For every cell covered by a merge, 1 + the merge's index (0: not merged): a typed array over
   * the snapshot, so a lookup is one read. Snapshots too large for one array (a sparse sheet whose
   * cells sit far apart, a whole-sheet merge) index merges by bands of 64 rows instead: per band,
   * the merges crossing it, so the work is the merges' heights / 64, never their area.
   */
  private readonly mergeIndex: Int32Array | undefined;
  private readonly rowMerges: Map<number, number[]> | undefined;
  /** Cells (dense index) or bands (band index) written while indexing merges: a test's yardstick. */
  readonly indexWork: number = 0;
  /** Hidden rows and columns (absolute), or undefined when the sheet hides none. */
  private readonly hiddenRows: ReadonlySet<number> | undefined;
  private readonly hiddenCols: ReadonlySet<number> | undefined;
  /** What the host said is hidden (kept as given, for region()). */
  readonly hidden: HiddenParts | undefined;

  constructor(init: GridInit) {
    this.name = init.name;
    this.origin = init.origin ?? { row: 0, col: 0 };
    this.values = init.values;
    this.texts = init.text;
    this.formats = init.formats;
    this.hidden = init.hidden;
    if (init.hidden && init.hidden.rows.length > 0) this.hiddenRows = new Set(init.hidden.rows);
    if (init.hidden && init.hidden.cols.length > 0) this.hiddenCols = new Set(init.hidden.cols);
    this.rowCount = init.values.length;
    // Indexed loops here and below, not for…of: a sheet's Grid is made once, so this runs in the
    // interpreter, where for…of allocates a result object per row and per merge.
    const rows = init.values;
    let width = 0;
    for (let i = 0; i < rows.length; i++) if (rows[i] && rows[i].length > width) width = rows[i].length;
    this.colCount = width;
    this.firstRow = this.origin.row;
    this.lastRow = this.origin.row + this.rowCount - 1;
    this.firstCol = this.origin.col;
    this.lastCol = this.origin.col + this.colCount - 1;
    this.stride = this.colCount + 1;
    // A merge reaching above or left of the snapshot's first cell (the used range starts inside
    // it) is cut at that edge: what lies outside was not read, and a table's range built from the
    // merge must not start outside the sheet read (nor above a table found below it).
    const { row: top0, col: left0 } = this.origin;
    const merges: Rect[] = [];
    const given = init.merges ?? [];
    for (let i = 0; i < given.length; i++) {
      const m = given[i];
      if (m.bottom < m.top || m.right < m.left || m.bottom < top0 || m.right < left0) continue;
      merges.push(m.top >= top0 && m.left >= left0 ? m : { top: Math.max(m.top, top0), left: Math.max(m.left, left0), bottom: m.bottom, right: m.right });
    }
    this.merges = merges;
    const cells = (this.colCount + 1) * this.rowCount;
    let work = 0;
    if (this.merges.length > 0 && cells <= MAX_DENSE_CELLS) {
      const index = new Int32Array(cells);
      // Merged areas of a sound sheet never overlap, so together they cover at most every cell
      // once. A broken or crafted file's overlapping ones (Excel repairs them away) are indexed
      // first come first served within that budget: 100 copies of A1:XFD900 took 8.6 s, 10,000
      // would take a quarter of an hour; now the work is at most the snapshot's cells.
      let budget = cells;
      // A plain loop with the index worked out per row (no closure called per merge, no method
      // call per cell): a sheet is read once, so this runs mostly before V8 optimises anything.
      const { firstRow, firstCol, lastRow, lastCol, stride } = this;
      for (let i = 0; i < merges.length; i++) {
        const m = merges[i];
        // Only index the part inside the snapshot; a merge reaching outside is clipped.
        const top = Math.max(m.top, firstRow);
        const bottom = Math.min(m.bottom, lastRow);
        const left = Math.max(m.left, firstCol);
        const right = Math.min(m.right, lastCol);
        if (top > bottom || left > right || index[(top - firstRow) * stride + (left - firstCol)] !== 0) continue;
        const area = (bottom - top + 1) * (right - left + 1);
        if (area > budget) continue;
        budget -= area;
        for (let r = top; r <= bottom; r++) {
          const base = (r - firstRow) * stride - firstCol;
          for (let c = left; c <= right; c++) index[base + c] = i + 1;
          work += Math.max(0, right - left + 1);
        }
      }
      this.mergeIndex = index;
    } else if (this.merges.length > 0) {
      // Bands of ROW_BAND rows: a merge is listed in each band it crosses.
      const bands = new Map<number, number[]>();
      this.merges.forEach((m, i) => {
        const top = Math.max(m.top, this.origin.row);
        const bottom = Math.min(m.bottom, this.origin.row + this.rowCount - 1);
        if (top > bottom || Math.max(m.left, this.origin.col) > Math.min(m.right, this.origin.col + this.colCount - 1)) return;
        for (let b = Math.floor(top / ROW_BAND); b <= Math.floor(bottom / ROW_BAND); b++) {
          let list = bands.get(b);
          if (!list) bands.set(b, (list = []));
          list.push(i);
          work++;
        }
      });
      this.rowMerges = bands;
    }
    this.indexWork = work;
  }

  /** The raw value at an absolute cell (null outside the snapshot). Does not follow merges. */
  rawValue(row: number, col: number): CellValue {
    const r = this.values[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** The displayed text at an absolute cell, without following merges. */
  rawText(row: number, col: number): string {
    const tr = this.texts?.[row - this.firstRow];
    const t = tr?.[col - this.firstCol];
    if (t !== undefined && t !== null) return t;
    const v = this.rawValue(row, col);
    if (v === null) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  format(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    const fr = this.formats?.[(m ? m.top : row) - this.origin.row];
    return fr?.[(m ? m.left : col) - this.origin.col] ?? 'General';
  }

  /** True when the sheet hides some row or column of the snapshot. */
  hasHidden(): boolean {
    return this.hiddenRows !== undefined || this.hiddenCols !== undefined;
  }

  /** Whether a cell is in a hidden row, a hidden column or both; undefined when it shows. */
  hiddenAt(row: number, col: number): HiddenPart | undefined {
    const r = this.hiddenRows?.has(row) === true;
    const c = this.hiddenCols?.has(col) === true;
    return r ? (c ? 'rowAndColumn' : 'row') : c ? 'column' : undefined;
  }

  /** The merged area covering a cell, or undefined. */
  mergeAt(row: number, col: number): Rect | undefined {
    const index = this.mergeIndex;
    if (index !== undefined) {
      if (row < this.firstRow || col < this.firstCol || col > this.lastCol || row > this.lastRow) return undefined;
      const i = index[(row - this.firstRow) * this.stride + (col - this.firstCol)];
      return i === 0 ? undefined : this.merges[i - 1];
    }
    // A snapshot without merges answers at once.
    if (this.rowMerges === undefined || row < this.firstRow || col < this.firstCol || col > this.lastCol || row > this.lastRow) return undefined;
    const list = this.rowMerges.get(Math.floor(row / ROW_BAND));
    if (!list) return undefined;
    for (const i of list) {
      const m = this.merges[i];
      if (m.top <= row && row <= m.bottom && m.left <= col && col <= m.right) return m;
    }
    return undefined;
  }

  /**
   * Calls fn for each absolute column of a row that holds a stored value, left to right: the row's
   * own cells, not the snapshot's width. A row stored sparsely (a cell in A and one in XFD) costs
   * its two cells.
   */
  forEachStored(row: number, fn: (col: number) => void): void {
    const r = this.values[row - this.origin.row];
    if (!r) return;
    if (r.length <= 512) {
      for (let c = 0; c < r.length; c++) if (r[c] !== undefined && r[c] !== null) fn(this.origin.col + c);
      return;
    }
    for (const k of Object.keys(r)) {
      const c = Number(k);
      if (Number.isInteger(c) && r[c] !== undefined && r[c] !== null) fn(this.origin.col + c);
    }
  }

  /**
   * The absolute columns of a row that hold a stored value, left to right, written into `out`
   * from index 0; returns how many. The same cells as forEachStored, with no function called per
   * cell (the locator scans every row of the sheet this way).
   */
  storedCols(row: number, out: number[]): number {
    const r = this.values[row - this.firstRow];
    if (!r) return 0;
    let n = 0;
    if (r.length <= 512) {
      for (let c = 0; c < r.length; c++) if (r[c] !== undefined && r[c] !== null) out[n++] = this.firstCol + c;
      return n;
    }
    for (const k of Object.keys(r)) {
      const c = Number(k);
      if (Number.isInteger(c) && r[c] !== undefined && r[c] !== null) out[n++] = this.firstCol + c;
    }
    return n;
  }

  /**
   * The part of the sheet inside a rectangle, at the same absolute addresses: tables placed side
   * by side are read one band of columns at a time. Merges inside it are kept; the caller makes
   * sure none crosses its edges.
   */
  region(rect: Rect): Grid {
    const top = Math.max(rect.top, this.origin.row) - this.origin.row;
    const bottom = Math.min(rect.bottom, this.lastRow) - this.origin.row + 1;
    const from = rect.left - this.origin.col;
    const to = rect.right - this.origin.col + 1;
    const cut = <T>(rows: T[][] | undefined): T[][] | undefined => {
      if (!rows) return undefined;
      const out: T[][] = [];
      for (let r = top; r < bottom; r++) out.push(rows[r] ? rows[r].slice(from, to) : []);
      return out;
    };
    return new Grid({
      name: this.name,
      origin: { row: top + this.origin.row, col: rect.left },
      values: cut(this.values) ?? [],
      text: cut(this.texts),
      formats: cut(this.formats),
      merges: this.merges.filter((m) => m.left >= rect.left && m.right <= rect.right && m.top >= rect.top && m.bottom <= rect.bottom),
      hidden: this.hidden,
    });
  }

  /**
   * True when a row holds a value of its own that shows something (a number, a boolean, a text
   * not only white space): its stored cells read in place, as storedCols reads them (no accessor
   * call per cell), stopping at the first. A merge from above writes nothing here.
   */
  isRowWritten(row: number): boolean {
    const r = this.values[row - this.firstRow];
    if (!r) return false;
    if (r.length <= 512) {
      for (let c = 0; c < r.length; c++) if (shows(r[c])) return true;
      return false;
    }
    for (const k of Object.keys(r)) {
      const c = Number(k);
      if (Number.isInteger(c) && shows(r[c])) return true;
    }
    return false;
  }

  /**
   * The snapshot with only the given absolute rows (ascending), one after another from its first
   * row: a double-spaced sheet read without its spacer rows (see spacerRows). A merge keeps the
   * rows kept inside it (its top moves down to the first, its bottom up to the last); one that
   * keeps none is dropped. The rows' cells are shared, not copied: linear in rows and merges.
   */
  keepRows(rows: readonly number[]): Grid {
    const at = new Int32Array(this.rowCount + 1).fill(-1);
    rows.forEach((r, i) => (at[r - this.firstRow] = i));
    // For each row, the new index of the first kept row at or after it (from below) and of the last kept at or before it.
    const next = new Int32Array(this.rowCount + 1).fill(rows.length);
    for (let r = this.rowCount - 1; r >= 0; r--) next[r] = at[r] >= 0 ? at[r] : next[r + 1];
    const prev = new Int32Array(this.rowCount).fill(-1);
    for (let r = 0; r < this.rowCount; r++) prev[r] = at[r] >= 0 ? at[r] : r > 0 ? prev[r - 1] : -1;
    const pick = <T>(src: T[][] | undefined): T[][] | undefined => (src ? rows.map((r) => src[r - this.firstRow] ?? []) : undefined);
    const merges: Rect[] = [];
    for (const m of this.merges) {
      const top = next[Math.max(0, m.top - this.firstRow)];
      const bottom = prev[Math.min(this.rowCount - 1, m.bottom - this.firstRow)];
      if (bottom < top || (bottom === top && m.right === m.left)) continue;
      merges.push({ top: top + this.firstRow, bottom: bottom + this.firstRow, left: m.left, right: m.right });
    }
    const hiddenRows: number[] = [];
    for (const r of this.hidden?.rows ?? []) if (r >= this.firstRow && r <= this.lastRow && at[r - this.firstRow] >= 0) hiddenRows.push(at[r - this.firstRow] + this.firstRow);
    return new Grid({
      name: this.name,
      origin: this.origin,
      values: pick(this.values) ?? [],
      text: pick(this.texts),
      formats: pick(this.formats),
      merges,
      ...(this.hidden ? { hidden: { rows: hiddenRows, cols: this.hidden.cols } } : {}),
    });
  }

  /** The top-left cell of the merged area covering (row, col), or the cell itself. */
  anchor(row: number, col: number): CellAddress {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  // value, text and isBlank follow merges without making an anchor object: they are asked for
  // every cell the locator looks at, and the anchors were much of its garbage.

  /** Value seen at a cell: a cell inside a merged area shows the merge's top-left value. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.rawValue(m.top, m.left) : this.rawValue(row, col);
  }

  /** Displayed text seen at a cell, following merges. */
  text(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.rawText(m.top, m.left) : this.rawText(row, col);
  }

  /** True when the cell shows nothing (no value, or only white space), following merges. */
  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    if (v === null) return true;
    if (typeof v === 'string') return isBlankText(v);
    return false;
  }

  /** True when every cell of an absolute row inside the snapshot is blank. */
  isRowBlank(row: number, fromCol = this.firstCol, toCol = this.lastCol): boolean {
    for (let c = fromCol; c <= toCol; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }
}

/** A stored value that shows something: a number, a boolean, a text not only white space. */
function shows(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && (typeof v !== 'string' || !isBlankText(v));
}

/** Rows a sheet must show at least, written ones, to be read as double-spaced. */
const SPACED_MIN_ROWS = 6;

/**
 * The rows to read of a double-spaced sheet (an empty row after every row: a converter's or a
 * clerk's habit, issue #11), or undefined when the sheet is not one. Double-spaced: six written
 * rows or more, and at most one in ten right under another written row (a title over two lines).
 * Its rows then read as the sheet it was before: every written row, and of each run of k empty
 * rows the first ⌊k/2⌋ (g empty rows doubled are 2g + 1: two tables g rows apart stay g rows
 * apart, not one). A row is written when a cell of its own holds something; a merge from above
 * writes nothing. Linear in the stored cells.
 */
export function doubleSpacedRows(grid: Grid): number[] | undefined {
  const n = grid.rowCount;
  if (n < 2 * SPACED_MIN_ROWS) return undefined;
  const written = new Uint8Array(n);
  let count = 0;
  let adjacent = 0;
  for (let i = 0; i < n; i++) {
    if (!grid.isRowWritten(grid.firstRow + i)) continue;
    written[i] = 1;
    count++;
    if (i > 0 && written[i - 1] === 1) adjacent++;
  }
  if (count < SPACED_MIN_ROWS || adjacent * 10 > count) return undefined;
  const keep: number[] = [];
  for (let i = 0; i < n; ) {
    if (written[i] === 1) {
      keep.push(grid.firstRow + i++);
      continue;
    }
    let e = i;
    while (e < n && written[e] === 0) e++;
    for (let k = 0; k < Math.floor((e - i) / 2); k++) keep.push(grid.firstRow + i + k);
    i = e;
  }
  return keep;
}

/**
 * True when `s` is empty or only white space and characters that show nothing (isSpaceCode),
 * tested a character at a time (most texts are not blank, and their first character says so).
 */
export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * A code unit of `\s` (ECMAScript's white space and line terminators) or one that shows nothing:
 * a control, the soft hyphen, zero-width spaces and joiners, bidi marks and controls, variation
 * selectors, fillers (text.ts's INVISIBLE class).
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x7f) return false;
  if (c <= 0xa0) return true;
  if (c < 0x2000) return c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x1680 || c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f);
  if (c <= 0x206f) return c <= 0x200f || (c >= 0x2028 && c <= 0x202f) || c >= 0x205f;
  return c === 0x3000 || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 || (c >= 0xfff9 && c <= 0xfffb);
}

/** 0-based column index to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to 0-based column index: A -> 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Absolute 0-based cell to an A1 address. */
export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rectToA1(r: Rect): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses `F14` or `A1:G14` (with optional $) into a rectangle. Throws on bad input. */
export function parseA1(address: string): Rect {
  const parts = address.replace(/\$/g, '').split(':');
  const cells = parts.map((p) => {
    const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(p.trim());
    if (!m) throw new Error(`Bad cell address: ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  });
  const [a, b = a] = cells;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
