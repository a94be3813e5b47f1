/**
 * Handing the workbook model from the reading worker to the page without cloning an object graph.
 *
 * Posting the model as it is (a Map of ~200,000 cell objects for 2,000 tables, each with its style)
 * made the browser serialise ~35 MB in the worker and rebuild every object on the page's main thread
 * in one task of seconds. Instead the worker packs each sheet's cells into typed arrays, which are
 * transferred (moved, not copied): the cell keys, a kind and a number or string index per value,
 * and an index into a table of the distinct rest of a cell (number format, style, formula, error
 * flag, link), which for a sheet of tables holds a handful of entries. Strings are sent once each.
 * The page then builds the cells in slices, yielding between them, so it answers input meanwhile,
 * and notes each sheet's used range as it goes (the first draw's extent, not a pass of its own).
 *
 * The model that comes out equals the model that went in (test/preview/model-transfer.test.ts):
 * same cells in the same order, same values and formats. Cells with the same formatting share one
 * style object: the stand-in never changes a style in place (it writes a new one), so sharing is
 * safe, as it is for Excel's own cell formats.
 */
import type { CellValue, Rect } from '../core/engine/grid';
import { inUsedRange, MAX_COLS, MAX_ROWS, rememberUsedRect, type CellModel, type SheetModel, type WorkbookModel } from '../standin/model';
import { nextTask } from '../standin/next-task';

/** Everything of a cell but its value. */
type CellRest = Omit<CellModel, 'value'>;

const enum Kind {
  Null = 0,
  Number = 1,
  String = 2,
  True = 3,
  False = 4,
}

export interface PackedCells {
  count: number;
  keys: Float64Array<ArrayBuffer>;
  kinds: Uint8Array<ArrayBuffer>;
  /** The number, for number values. */
  numbers: Float64Array<ArrayBuffer>;
  /** Index into `strings`, for string values. */
  strings: Int32Array<ArrayBuffer>;
  /** Index into `rests`, or -1 for a cell that is its value alone. */
  rest: Int32Array<ArrayBuffer>;
  /** The distinct rests of this sheet's cells. */
  rests: CellRest[];
}

export interface PackedSheet {
  /** The sheet without its cells and merges (they are packed). */
  sheet: Omit<SheetModel, 'cells' | 'merges'>;
  cells: PackedCells;
  /** top, left, bottom, right of each merged area. */
  merges: Int32Array<ArrayBuffer>;
}

export interface PackedModel {
  workbook: Omit<WorkbookModel, 'sheets'>;
  sheets: PackedSheet[];
  strings: string[];
}

/** Interns objects by identity, so cells sharing a style share its number. */
class Identities {
  private readonly ids = new Map<unknown, number>();
  of(o: unknown): number {
    if (o === undefined) return -1;
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(o, id);
    }
    return id;
  }
}

function packCells(cells: Map<number, CellModel>, strings: Map<string, number>, styles: Identities): PackedCells {
  const count = cells.size;
  const packed: PackedCells = {
    count,
    keys: new Float64Array(count),
    kinds: new Uint8Array(count),
    numbers: new Float64Array(count),
    strings: new Int32Array(count),
    rest: new Int32Array(count),
    rests: [],
  };
  const restIds = new Map<string, number>();
  const stringId = (s: string): number => {
    let id = strings.get(s);
    if (id === undefined) {
      id = strings.size;
      strings.set(s, id);
    }
    return id;
  };
  let i = 0;
  for (const [key, cell] of cells) {
    packed.keys[i] = key;
    const v = cell.value;
    if (v === null) packed.kinds[i] = Kind.Null;
    else if (typeof v === 'number') {
      packed.kinds[i] = Kind.Number;
      packed.numbers[i] = v;
    } else if (typeof v === 'string') {
      packed.kinds[i] = Kind.String;
      packed.strings[i] = stringId(v);
    } else packed.kinds[i] = v ? Kind.True : Kind.False;
    // The key of a rest: its fields, the style by identity (styles are shared objects), the
    // others as text; built without making an object per cell (the rest is made once per key).
    let id = '';
    for (const f in cell) {
      if (f === 'value') continue;
      const field = cell[f as keyof CellModel];
      id += `${f}=${f === 'style' ? styles.of(field) : typeof field === 'string' ? `s${field}` : `j${JSON.stringify(field) ?? ''}`}\u0000`;
    }
    if (id === '') packed.rest[i] = -1;
    else {
      let index = restIds.get(id);
      if (index === undefined) {
        const { value: _value, ...rest } = cell;
        index = packed.rests.length;
        restIds.set(id, index);
        packed.rests.push(rest);
      }
      packed.rest[i] = index;
    }
    i++;
  }
  return packed;
}

/** Packs a model for postMessage; `transfer` lists the buffers to move rather than copy. */
export function packModel(model: WorkbookModel): { packed: PackedModel; transfer: ArrayBuffer[] } {
  const strings = new Map<string, number>();
  const styles = new Identities();
  const transfer: ArrayBuffer[] = [];
  const { sheets, ...workbook } = model;
  const packedSheets = sheets.map((s): PackedSheet => {
    const { cells, merges, ...sheet } = s;
    const packed = packCells(cells, strings, styles);
    const m = new Int32Array(merges.length * 4);
    merges.forEach((r, i) => m.set([r.top, r.left, r.bottom, r.right], i * 4));
    transfer.push(packed.keys.buffer, packed.kinds.buffer, packed.numbers.buffer, packed.strings.buffer, packed.rest.buffer, m.buffer);
    return { sheet, cells: packed, merges: m };
  });
  return { packed: { workbook, sheets: packedSheets, strings: [...strings.keys()] }, transfer };
}

export interface UnpackOptions {
  /**
   * Cells built between two yields to the page. Default: as many as fit in SLICE_MS (the clock read
   * every 1,000 cells), so a slice stays short on a slow or busy machine too.
   */
  slice?: number;
  /** Lets the page run between slices; default: a task boundary (src/standin/next-task.ts). */
  yieldToPage?: () => Promise<void>;
}


/** The longest the page spends building cells before it yields (ms). */
export const SLICE_MS = 12;
const CLOCK_EVERY = 1000;

/** Rebuilds the model from packModel's output, in slices. */
export async function unpackModel(packed: PackedModel, options: UnpackOptions = {}): Promise<WorkbookModel> {
  const pause = options.yieldToPage ?? nextTask;
  const fixed = options.slice;
  let sliceStart = performance.now();
  /** The end of the slice that starts at `start`. */
  const sliceEnd = (start: number, count: number): number => {
    if (fixed !== undefined) return Math.min(count, start + fixed);
    return Math.min(count, start + CLOCK_EVERY);
  };
  const { strings } = packed;
  const sheets: SheetModel[] = [];
  for (const { sheet, cells: p, merges: m } of packed.sheets) {
    const cells = new Map<number, CellModel>();
    // The used range, found in this pass over the cells (the first draw needs it: not another pass);
    // a cell is in it by its value or by what its shared rest holds (a formula, a format, a style).
    const restInUsedRange = p.rests.map((rest) => inUsedRange({ value: null, ...rest }));
    let top = MAX_ROWS;
    let left = MAX_COLS;
    let bottom = -1;
    let right = -1;
    for (let start = 0; start < p.count; ) {
      if (start > 0 && (fixed !== undefined || performance.now() - sliceStart >= SLICE_MS)) {
        await pause();
        sliceStart = performance.now();
      }
      const end = sliceEnd(start, p.count);
      for (let i = start; i < end; i++) {
        let value: CellValue;
        switch (p.kinds[i] as Kind) {
          case Kind.Number:
            value = p.numbers[i];
            break;
          case Kind.String:
            value = strings[p.strings[i]];
            break;
          case Kind.True:
            value = true;
            break;
          case Kind.False:
            value = false;
            break;
          default:
            value = null;
        }
        const r = p.rest[i];
        const key = p.keys[i];
        cells.set(key, r < 0 ? { value } : { value, ...p.rests[r] });
        if (value !== null || (r >= 0 && restInUsedRange[r])) {
          const row = Math.floor(key / MAX_COLS);
          const col = key - row * MAX_COLS;
          if (row < top) top = row;
          if (row > bottom) bottom = row;
          if (col < left) left = col;
          if (col > right) right = col;
        }
      }
      start = end;
    }
    const merges: Rect[] = [];
    for (let i = 0; i < m.length; i += 4) merges.push({ top: m[i], left: m[i + 1], bottom: m[i + 2], right: m[i + 3] });
    const unpacked: SheetModel = { ...sheet, cells, merges };
    rememberUsedRect(unpacked, bottom < 0 ? undefined : { top, left, bottom, right });
    sheets.push(unpacked);
  }
  return { ...packed.workbook, sheets };
}
