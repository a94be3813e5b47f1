/**
 * Reading a sheet in as few round trips, and as few bytes, as Excel allows.
 *
 * Sync 1 asks only for the used range's address (a few bytes), so the next request can be sized.
 * Sync 2 loads the values. With ExcelApi 1.9 the used range is cut into bands of BAND_ROWS rows,
 * named in a few `getRanges` address lists, and `getUsedRangeAreasOrNullObject(true)` trims each
 * band to the box of its non-empty cells in Excel itself: the empty cells to the right of a narrow
 * table and empty rows are not sent (on 2,000 stacked tables, two thirds of the cells are empty).
 * Before 1.9, the whole used range, in row chunks.
 * Sync 3 loads the displayed text of the cells whose value is a number (amounts, percentages,
 * dates: where what the user sees differs from the value), in rectangles that cover the numbers
 * and, where cheaper than another rectangle, the few cells between them; for every other cell the
 * text is the value itself. With ExcelApi 1.9 those rectangles are named in address lists; before
 * it, one range each. The merged areas (ExcelApi 1.13) are read in the same sync.
 *
 * Number formats are not read: the engine never looks at them (it reads values, the displayed text
 * and merged areas), and the text already shows what a format does to a number (`26.50`, `98%`,
 * `2025/12/31`). They were 28,283 `General` of 30,415 formats on the 2,000-table sheet, 351 KB of the
 * 4.6 MB a check sent. The one-click fix asks whether a number cell is a percentage: its text says so
 * (`50%`); the re-check of one table (./cells.ts) and the write itself still read the cell's format.
 *
 * The number of syncs does not grow with the sheet, except that a sheet too big for one request or
 * response (Excel on the web: 5 MB each) is read in chunks, one sync each; a chunk of values that
 * still comes back too large is split in two and retried.
 *
 * Merged areas: `getMergedAreasOrNullObject` fails when a range holds more than 512 of them, and
 * returns only the areas whose top-left cell is inside the range. So the used range is cut into
 * tiles that cannot start more than 512 (a merged area covers at least two cells, one of them its
 * top-left; those leaving the tile cover at least one of its last row or column: see
 * maxMergesInTile), all queried in the same batch; each area is found once, by the tile holding its
 * top-left cell.
 */
import { hiddenWithin, rectToA1, type CellValue, type GridInit, type Rect, type Span } from '../../core/engine/grid';
import { joinAddresses, parseAreaList, parseReference } from './address';
import { isPayloadError } from './errors';

/** Twice the merged areas one query may return (512): see maxMergesInTile. */
export const MERGE_TILE_CELLS = 1024;
/** Estimated bytes on the wire per cell for its value (JSON, UTF-8; the seed-like sheets measure about 8). */
export const BYTES_PER_CELL = 12;
/**
 * Estimated response bytes per cell of the used range when values are read in trimmed bands: the
 * generated 2,000-table sheet measures 7.7 (empty cells mostly trimmed away). An underestimate
 * costs one more sync: a response over the limit is refused, and the chunk is split and retried.
 */
export const BANDED_BYTES_PER_CELL = 8;
/** Rows per band of the banded values read: each band costs ~60 bytes (its address twice, its array). */
export const BAND_ROWS = 8;
/**
 * A used range of more cells than this is read sparsely: rows are made only where Excel sent
 * cells, each as long as its last cell, and merged areas are looked for only in the boxes the value
 * read found occupied. An ordinary sheet (2,000 tables: 26,000 × 13 = 338,000 cells) is read as
 * before. A used range stretched by one far cell (XFD1, A1048576) would otherwise cost an array of
 * its whole area (16,384 columns × 26,000 rows is 426 million entries) and one merged-area query
 * per 512 cells of it.
 */
export const DENSE_READ_CELLS = 2_000_000;
/**
 * Columns counted per band when sizing the requests of a sparse read: Excel trims each band to its
 * non-empty box, so the used range's width says little. A denser band than this comes back too
 * large and is split and retried.
 */
const SPARSE_ESTIMATE_COLUMNS = 64;
/** Empty rows a sparse read's merged-area box may span to join the next (see mergeBoxes). */
const MERGE_GAP_ROWS = 64;
/** Estimated request bytes per range named for sync 3: an address in a list, or a getRange object path. */
const BYTES_PER_LISTED_RANGE = 16;
const BYTES_PER_GETRANGE = 400;
/** Characters per `getRanges` address list (Excel's limit for an address string is 8,192). */
const ADDRESS_LIST_CHARS = 8000;
/** Budget per response on Excel on the web: under its 5 MB limit, with room for the JSON around it. */
export const WEB_PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Elsewhere there is no documented limit; this only bounds the memory of one response. */
export const DESKTOP_PAYLOAD_BUDGET = 64 * 1024 * 1024;

export interface RowSpan {
  top: number;
  bottom: number;
}

/** Splits the used range's rows so each chunk's estimated payload fits the budget. */
export function planRowChunks(rect: Rect, budgetBytes: number): RowSpan[] {
  const width = rect.right - rect.left + 1;
  const rowsPerChunk = Math.max(1, Math.floor(budgetBytes / (width * BYTES_PER_CELL)));
  const spans: RowSpan[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPerChunk) {
    spans.push({ top, bottom: Math.min(rect.bottom, top + rowsPerChunk - 1) });
  }
  return spans;
}

/**
 * The most merged areas a tile of `width` × `height` cells can start: one merged area inside it
 * covers two of its cells at least, but one started in its last row or column may leave it and
 * cover just its top-left cell there (at most width + height − 1 of those).
 */
export function maxMergesInTile(width: number, height: number): number {
  return Math.floor((width * height + width + height - 1) / 2);
}

/** Tiles covering the rectangle, each able to start at most 512 merged areas (MERGE_TILE_CELLS / 2). */
export function planMergeTiles(rect: Rect): Rect[] {
  const width = rect.right - rect.left + 1;
  const tileWidth = Math.min(width, MERGE_TILE_CELLS / 2);
  const tileRows = Math.max(1, Math.floor((MERGE_TILE_CELLS + 1 - tileWidth) / (tileWidth + 1)));
  const tiles: Rect[] = [];
  for (let top = rect.top; top <= rect.bottom; top += tileRows) {
    for (let left = rect.left; left <= rect.right; left += tileWidth) {
      tiles.push({ top, left, bottom: Math.min(rect.bottom, top + tileRows - 1), right: Math.min(rect.right, left + tileWidth - 1) });
    }
  }
  return tiles;
}

function halve(span: RowSpan): RowSpan[] {
  const mid = Math.floor((span.top + span.bottom) / 2);
  return [
    { top: span.top, bottom: mid },
    { top: mid + 1, bottom: span.bottom },
  ];
}

/** Excel gives `""` for an empty cell; the engine's grid uses null. */
/** A value as Office.js returns it, as the engine holds it: '' is an empty cell. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Name the numbers' cells in address lists (ExcelApi 1.9); else one range per run of rows. */
  rangeAreas?: boolean;
  /** `getUsedRangeOrNullObject` (ExcelApi 1.4); before it `getUsedRange()`, which is A1 on an empty sheet. */
  nullObjects?: boolean;
  payloadBudgetBytes: number;
  /**
   * Lets the page run between the steps of taking in a large answer (placing 228,000 values,
   * covering the numbers, parsing 20,000 merged areas, queuing the next request): called when the
   * read has worked READ_SLICE_MS since it last gave way. Default: none, the read runs through.
   */
  yieldToPage?: () => Promise<void>;
}

/** Work (ms) between two turns given to the page when ReadOptions.yieldToPage is set. */
export const READ_SLICE_MS = 12;
/**
 * Rows the read's own passes over the whole sheet (making its rows, covering its numbers) go
 * between two looks at that clock: a bound on one task's work that holds on any machine (2,000
 * rows of a 13-column sheet: ~26,000 cells). Each pass was one task over all 27,000 rows of
 * 2,000 tables (numberCover alone 35-170 ms in the browser preview, by its profile).
 */
export const PACE_ROWS = 2000;

/** Runs `steps` to the end, giving the page its turn (`pace`) between them when due. */
async function paced<T>(steps: Generator<void, T, void>, pace: () => Promise<void> | undefined): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const turn = pace();
    if (turn) await turn;
  }
}

/** Awaits `yieldToPage` when the read has worked READ_SLICE_MS since the last turn (see ReadOptions). */
function pacer(yieldToPage: (() => Promise<void>) | undefined): () => Promise<void> | undefined {
  if (!yieldToPage) return () => undefined;
  let since = performance.now();
  return () => {
    if (performance.now() - since < READ_SLICE_MS) return undefined;
    return yieldToPage().then(() => {
      since = performance.now();
    });
  };
}

/**
 * Rectangles covering the cells whose value is a number: per row, from its first to its last
 * number; rows next to each other with the same columns make one rectangle.
 */
export function numberRects(values: readonly (readonly CellValue[])[], origin: { row: number; col: number }): Rect[] {
  const rects: Rect[] = [];
  let open: Rect | undefined;
  values.forEach((line, i) => {
    let left = -1;
    let right = -1;
    line.forEach((v, j) => {
      if (typeof v !== 'number') return;
      if (left < 0) left = j;
      right = j;
    });
    const row = origin.row + i;
    if (left < 0) {
      open = undefined;
      return;
    }
    const l = origin.col + left;
    const r = origin.col + right;
    if (open && open.bottom === row - 1 && open.left === l && open.right === r) open.bottom = row;
    else {
      open = { top: row, bottom: row, left: l, right: r };
      rects.push(open);
    }
  });
  return rects;
}

/**
 * The UTF-8 length of `JSON.stringify(s)`, counted without building either (this ran for every
 * text cell of a sheet read): quotes, `\"`, `\\`, the short and `\u00XX` escapes of control
 * characters, 1–4 bytes per character, and a lone surrogate escaped as `\uXXXX`.
 */
export function jsonUtf8Length(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/**
 * Rectangles covering exactly the cells whose value is a number: per row, the runs of numbers next
 * to each other; the same run in consecutive rows makes one rectangle. Every number is covered
 * exactly once, and nothing else. Joining two runs of a row over the cells between them (a unit, a
 * direction: `140 | 点 | 正向 | 13`) saves a rectangle only where the rows below do not repeat the
 * pattern; on tables they do, and the exact runs stack into tall rectangles: on the 2,000-table
 * sheet joining cost 4,186 KB in all against 4,133 KB for exact runs (bench/payload.ts).
 */
export function numberCover(values: readonly (readonly CellValue[])[], origin: { row: number; col: number }): Rect[] {
  const steps = numberCoverSteps(values, origin);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** numberCover, pausing (a yield) after every PACE_ROWS rows. */
export function* numberCoverSteps(values: readonly (readonly CellValue[])[], origin: { row: number; col: number }): Generator<void, Rect[], void> {
  const rects: Rect[] = [];
  // The previous row's runs, left to right, and this row's: two lists reused, no object per row
  // (a Map per row made this 35-160 ms of one task on 26,000 rows).
  let above: Rect[] = [];
  let here: Rect[] = [];
  for (let i = 0; i < values.length; i++) {
    const line = values[i];
    const row = origin.row + i;
    let k = 0;
    here.length = 0;
    for (let j = 0; j < line.length; j++) {
      if (typeof line[j] !== 'number') continue;
      const left = origin.col + j;
      while (j + 1 < line.length && typeof line[j + 1] === 'number') j++;
      const right = origin.col + j;
      while (k < above.length && above[k].left < left) k++;
      const same = k < above.length && above[k].left === left && above[k].right === right ? above[k] : undefined;
      if (same) {
        same.bottom = row;
        here.push(same);
      } else {
        const rect = { top: row, bottom: row, left, right };
        rects.push(rect);
        here.push(rect);
      }
    }
    [above, here] = [here, above];
    if (i % PACE_ROWS === PACE_ROWS - 1) yield;
  }
  return rects;
}

/**
 * Reads the used range (values only, as `getUsedRangeOrNullObject(true)`) of a sheet. Returns an
 * empty grid for an empty sheet. Errors are Excel's; the caller maps them.
 */
export async function readUsedRange(context: Excel.RequestContext, sheetName: string, options: ReadOptions): Promise<GridInit> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const oldExcel = options.nullObjects === false;
  // Office 2016 without updates (ExcelApi 1.1–1.3): no null objects; an empty sheet reads as one empty cell.
  const used = oldExcel ? sheet.getUsedRange() : sheet.getUsedRangeOrNullObject(true);
  // Hidden rows and columns (ExcelApi 1.2) come in the same sync: true or false for the whole
  // used range, null when mixed (then readHidden asks for the detail).
  used.load(oldExcel ? 'address' : 'address,rowHidden,columnHidden');
  untrack(context, [used]);
  await context.sync();
  if (!oldExcel && used.isNullObject) return { name: sheetName, values: [], text: [], merges: [] };

  const rect = parseReference(used.address);
  const sparse = isSparseRead(rect, options);
  const occupied: Rect[] = [];
  const pace = pacer(options.yieldToPage);
  const values = options.rangeAreas ? await readBandedValues(context, sheet, rect, options.payloadBudgetBytes, sparse ? occupied : undefined, pace) : await readValueChunks(context, sheet, rect, options.payloadBudgetBytes);
  const origin = { row: rect.top, col: rect.left };
  await pace();
  const rects = await paced(numberCoverSteps(values, origin), pace);
  await pace();
  const tiles = options.mergedAreas ? (c: Excel.RequestContext) => queueMergeTiles(c, sheet, sparse ? mergeBoxes(occupied) : [rect]) : undefined;
  const { text, merges } = await readNumberCells(context, sheet, rects, origin, values, options, tiles, pace);
  const grid: GridInit = { name: sheetName, origin, values, text, merges };
  if (!oldExcel) {
    const hidden = await readHidden(context, sheet, rect, used.rowHidden, used.columnHidden, options);
    if (hidden) grid.hidden = hidden;
  }
  return grid;
}

/** Rows per getRowProperties request: about 36 bytes each in the answer, 1.8 MB at most. */
const HIDDEN_ROWS_PER_SYNC = 50_000;

/**
 * The used range's hidden rows and columns (hidden by the user, or rows by a filter): nothing more
 * to ask when Excel said all or none (`rowHidden` true or false, loaded with the address); when it
 * said mixed (null), per row and per column in one more sync (ExcelApi 1.9's getRowProperties and
 * getColumnProperties: an index and a flag each), or one per 50,000 rows of a taller range. Before
 * 1.9 a mixed range is not told apart (one request per row would not fit).
 */
async function readHidden(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  rowHidden: boolean | null,
  columnHidden: boolean | null,
  options: ReadOptions,
): Promise<GridInit['hidden']> {
  if (rowHidden === false && columnHidden === false) return undefined;
  const rows: number[] = [];
  const spans: Span[] = [];
  if (rowHidden === true) for (let r = rect.top; r <= rect.bottom; r++) rows.push(r);
  if (columnHidden === true) spans.push({ first: rect.left, last: rect.right });
  if ((rowHidden === null || columnHidden === null) && options.rangeAreas) {
    // The ranges are untracked, as the read's others: Excel.run then has nothing to release after.
    const top = columnHidden === null ? sheet.getRange(rectToA1({ ...rect, bottom: rect.top })) : undefined;
    if (top) untrack(context, [top]);
    const cols = top?.getColumnProperties({ columnIndex: true, columnHidden: true });
    for (let top = rect.top; ; top += HIDDEN_ROWS_PER_SYNC) {
      const span = { ...rect, top, bottom: Math.min(rect.bottom, top + HIDDEN_ROWS_PER_SYNC - 1), right: rect.left };
      const band = rowHidden === null ? sheet.getRange(rectToA1(span)) : undefined;
      if (band) untrack(context, [band]);
      const props = band?.getRowProperties({ rowIndex: true, rowHidden: true });
      // One sync for any ordinary sheet; one per 50,000 rows past that (the answer's size).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const p of props?.value ?? []) if (p.rowHidden === true && typeof p.rowIndex === 'number') rows.push(p.rowIndex);
      if (!props || span.bottom >= rect.bottom) break;
    }
    for (const p of cols?.value ?? []) if (p.columnHidden === true && typeof p.columnIndex === 'number') spans.push({ first: p.columnIndex, last: p.columnIndex });
  }
  return hiddenWithin(rect, rows, spans);
}

/** A used range too large to hold as an array of its area (and named in bands: ExcelApi 1.9). */
export function isSparseRead(rect: Rect, options: Pick<ReadOptions, 'rangeAreas'>): boolean {
  return options.rangeAreas === true && (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > DENSE_READ_CELLS;
}


/** Before ExcelApi 1.9: the used range's values in row chunks sized to the budget. */
async function readValueChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, rect: Rect, budget: number): Promise<CellValue[][]> {
  const values: CellValue[][] = [];
  const pending = planRowChunks(rect, budget);
  while (pending.length > 0) {
    const span = pending.shift() as RowSpan;
    const range = sheet.getRange(rectToA1({ top: span.top, left: rect.left, bottom: span.bottom, right: rect.right }));
    range.load('values');
    try {
      // One sync per payload chunk is the point of chunking; there is one chunk unless the sheet is huge.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      if (!isPayloadError(err) || span.top === span.bottom) throw err;
      pending.unshift(...halve(span));
      continue;
    }
    // Row by row: push(...rows) passes every row as an argument and overflows the stack past
    // about 120,000 rows (one column of 200,000 rows fits a chunk).
    for (const line of range.values) values.push(line.map(toCellValue));
  }
  return values;
}

/** Bands of BAND_ROWS rows across the used range's width. */
export function planBands(rect: Rect): Rect[] {
  const bands: Rect[] = [];
  for (let top = rect.top; top <= rect.bottom; top += BAND_ROWS) bands.push({ top, left: rect.left, bottom: Math.min(rect.bottom, top + BAND_ROWS - 1), right: rect.right });
  return bands;
}

/** Consecutive bands whose estimated response fits the budget. */
function chunkBands(bands: Rect[], budget: number, sparse: boolean): Rect[][] {
  const chunks: Rect[][] = [];
  let current: Rect[] = [];
  let bytes = 0;
  for (const b of bands) {
    const columns = b.right - b.left + 1;
    const estimate = (b.bottom - b.top + 1) * (sparse ? Math.min(columns, SPARSE_ESTIMATE_COLUMNS) : columns) * BANDED_BYTES_PER_CELL;
    if (current.length > 0 && bytes + estimate > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += estimate;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * ExcelApi 1.9: the values of each band's non-empty box (`RangeAreas.getUsedRangeAreasOrNullObject(true)`),
 * one sync per chunk (one for any ordinary sheet). Every address list also names the used range's
 * top row, which has a value by definition, so no list's used areas are a null object (whose
 * `areas` could not be loaded); its values are simply placed twice.
 */
async function readBandedValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  budget: number,
  occupied?: Rect[],
  pace: () => Promise<void> | undefined = () => undefined,
): Promise<CellValue[][]> {
  const width = rect.right - rect.left + 1;
  const values: CellValue[][] = [];
  // Sparse (`occupied` given): every row starts as one shared empty row and gets its own array,
  // as long as its last cell, when Excel sends a cell of it; the boxes sent are kept for the merges.
  for (let r = rect.top; r <= rect.bottom; r++) {
    values.push(occupied ? EMPTY_ROW : new Array<CellValue>(width).fill(null));
    if ((r - rect.top) % PACE_ROWS === PACE_ROWS - 1) {
      const turn = pace();
      if (turn) await turn;
    }
  }
  const sentinel = rectToA1({ top: rect.top, left: rect.left, bottom: rect.top, right: rect.right });
  const pending = chunkBands(planBands(rect), budget, occupied !== undefined);
  while (pending.length > 0) {
    const chunk = pending.shift() as Rect[];
    const loads = joinAddresses(chunk.map((b) => rectToA1(b)), ADDRESS_LIST_CHARS - sentinel.length - 1).map((list) => {
      const named = parseReference(list.split(',')[0]).top === rect.top ? list : `${sentinel},${list}`;
      const listed = sheet.getRanges(named);
      const usedAreas = listed.getUsedRangeAreasOrNullObject(true);
      usedAreas.load('address');
      usedAreas.areas.load('items/values');
      untrack(context, [listed, usedAreas]);
      return usedAreas;
    });
    try {
      // One sync per payload chunk; one in all unless the sheet's values exceed a response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      if (!isPayloadError(err) || chunk.length === 1) throw err;
      const mid = Math.ceil(chunk.length / 2);
      pending.unshift(chunk.slice(0, mid), chunk.slice(mid));
      continue;
    }
    for (const usedAreas of loads) {
      await pace();
      if (usedAreas.isNullObject) continue;
      const items = usedAreas.areas.items;
      const areas = parseAreaList(usedAreas.address);
      for (let k = 0; k < areas.length; k++) {
        // A list holds hundreds of bands: the page gets its turn between them when due.
        if (k > 0) {
          const turn = pace();
          if (turn) await turn;
        }
        const at = areas[k];
        const block = items[k].values;
        occupied?.push(at);
        for (let r = at.top; r <= at.bottom; r++) {
          if (occupied) {
            placeSparse(values, r - rect.top, block[r - at.top], at.left - rect.left);
            continue;
          }
          const line = values[r - rect.top];
          for (let c = at.left; c <= at.right; c++) line[c - rect.left] = toCellValue(block[r - at.top][c - at.left]);
        }
      }
    }
  }
  return values;
}

/** Rows of a sparse read that Excel sent no cell of: one frozen array for them all. */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

const EMPTY_TEXT: (string | undefined)[] = Object.freeze([]) as unknown as (string | undefined)[];

/**
 * A sparse read's row: its non-empty cells written at `offset` on, the row made its own and
 * lengthened to its last one; a wide gap (A1 and XFD1) is left a hole, as the file host leaves it,
 * so a row costs its cells, not its width.
 */
function placeSparse(values: CellValue[][], index: number, from: readonly unknown[], offset: number): void {
  let last = from.length - 1;
  while (last >= 0 && toCellValue(from[last]) === null) last--;
  if (last < 0) return;
  let line = values[index];
  if (line === EMPTY_ROW) line = values[index] = [];
  for (let j = 0; j <= last; j++) {
    const v = toCellValue(from[j]);
    if (v === null && offset + j >= line.length) continue;
    if (offset + j - line.length > 64) line.length = offset + j;
    else while (line.length < offset + j) line.push(null);
    line[offset + j] = v;
  }
}

/**
 * Boxes for the merged-area queries of a sparse read: the bands' occupied boxes in row order,
 * neighbours (at most MERGE_GAP_ROWS apart) joined while their columns stay within one tile's
 * width, so a sheet of tables is queried in about as few tiles as its used range would be, and
 * one far cell costs the band it sits in.
 */
export function mergeBoxes(boxes: readonly Rect[]): Rect[] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top || a.left - b.left);
  const out: Rect[] = [];
  let cur: Rect | undefined;
  for (const b of sorted) {
    // Every address list names the used range's top row too: its box comes back once per list.
    if (cur && b.top >= cur.top && b.bottom <= cur.bottom && b.left >= cur.left && b.right <= cur.right) continue;
    if (cur && b.top <= cur.bottom + 1 + MERGE_GAP_ROWS && Math.max(cur.right, b.right) - Math.min(cur.left, b.left) < MERGE_TILE_CELLS) {
      cur = { top: cur.top, left: Math.min(cur.left, b.left), bottom: Math.max(cur.bottom, b.bottom), right: Math.max(cur.right, b.right) };
      out[out.length - 1] = cur;
    } else {
      cur = { ...b };
      out.push(cur);
    }
  }
  return out;
}

/**
 * A loaded range's text, placed into the sheet's text for the cells holding numbers (a rectangle
 * may also cover a few cells between them: their text is their value anyway).
 */
function place(text: (string | undefined)[][], at: Rect, origin: { row: number; col: number }, range: Excel.Range, values: CellValue[][]): void {
  const loaded = range.text;
  for (let r = at.top; r <= at.bottom; r++) {
    const line = values[r - origin.row];
    const into = text[r - origin.row];
    const from = loaded[r - at.top];
    for (let c = at.left; c <= at.right; c++) {
      if (typeof line[c - origin.col] === 'number') into[c - origin.col] = from[c - at.left];
    }
  }
}

/**
 * Sync 3: text of the rectangles holding numbers, and the merged areas (when `tiles` is given), in
 * as many syncs as the request budget needs (one for any ordinary sheet). Elsewhere the text stays
 * empty: the grid then shows the value as its text.
 */
async function readNumberCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rects: Rect[],
  origin: { row: number; col: number },
  values: CellValue[][],
  options: ReadOptions,
  tiles?: (context: Excel.RequestContext) => Excel.RangeAreas[],
  pace: () => Promise<void> | undefined = () => undefined,
): Promise<{ text: (string | undefined)[][]; merges: Rect[] }> {
  // A sparse read's rows without cells share one empty text row too (nothing is placed in them).
  const text: (string | undefined)[][] = [];
  for (let i = 0; i < values.length; i++) {
    const line = values[i];
    text.push(line === EMPTY_ROW ? EMPTY_TEXT : new Array<string | undefined>(line.length));
    if (i % PACE_ROWS === PACE_ROWS - 1) {
      const turn = pace();
      if (turn) await turn;
    }
  }
  let merges: Rect[] = [];
  let mergeTiles = tiles;
  if (rects.length === 0 && !mergeTiles) return { text, merges };
  const perRange = options.rangeAreas ? BYTES_PER_LISTED_RANGE : BYTES_PER_GETRANGE;
  const cellsPerRange = rects.length === 0 ? 0 : rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0) / rects.length;
  const perChunk = Math.max(1, Math.floor(options.payloadBudgetBytes / (perRange + cellsPerRange * BYTES_PER_CELL)));
  for (let start = 0; start < rects.length || mergeTiles; start += perChunk) {
    const chunk = rects.slice(start, start + perChunk);
    const place1: { rects: Rect[]; load: () => Excel.Range[] }[] = [];
    if (options.rangeAreas) {
      let i = 0;
      for (const list of joinAddresses(chunk.map((r) => rectToA1(r)), ADDRESS_LIST_CHARS)) {
        const count = list.split(',').length;
        const listed = sheet.getRanges(list);
        // `areas` is a navigation property (a collection object), not a value: nothing to load first.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        const areas = listed.areas;
        areas.load('items/text');
        untrack(context, [listed]);
        place1.push({ rects: chunk.slice(i, i + count), load: () => areas.items });
        i += count;
      }
    } else {
      const ranges = chunk.map((r) => sheet.getRange(rectToA1(r)).load('text'));
      untrack(context, ranges);
      place1.push({ rects: chunk, load: () => ranges });
    }
    // The merged areas go with the first chunk.
    const queued = mergeTiles?.(context);
    mergeTiles = undefined;
    // One sync per request-sized chunk of ranges; one in all for any ordinary sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (queued) {
      await pace();
      merges = collectMerges(queued);
    }
    for (const p of place1) {
      await pace();
      const ranges = p.load();
      p.rects.forEach((r, k) => place(text, r, origin, ranges[k], values));
    }
  }
  return { text, merges };
}

/** Merged-area queries over the given boxes (the used range, or a sparse read's occupied boxes). */
function queueMergeTiles(context: Excel.RequestContext, sheet: Excel.Worksheet, boxes: Rect[]): Excel.RangeAreas[] {
  return boxes.flatMap(planMergeTiles).map((tile) => {
    const range = sheet.getRange(rectToA1(tile));
    const areas = range.getMergedAreasOrNullObject();
    areas.load('address');
    untrack(context, [range, areas]);
    return areas;
  });
}

/**
 * Objects of a read that no later sync uses: not kept alive by Excel.run. Inside Excel.run every
 * range object is tracked: the request asks Excel to keep a reference to it (`_KeepReference`),
 * the response names the reference, and Excel.run's clean-up request removes each one afterwards.
 * For the ~780 objects of a 2,000-table read (two per merged-area tile) that was 78 KB of request,
 * ~30 KB of response and a clean-up round trip of 113 KB (bench/payload.ts). Their loaded values
 * stay readable; an untracked object is simply not valid in a later sync, where none is used.
 */
function untrack(context: Excel.RequestContext, objects: OfficeExtension.ClientObject[]): void {
  context.trackedObjects.remove(objects);
}

/** The tiles' areas, each once: merged areas never share a top-left cell, which keys them. */
function collectMerges(tiles: Excel.RangeAreas[]): Rect[] {
  const seen = new Map<number, Rect>();
  for (const tile of tiles) {
    if (tile.isNullObject) continue;
    for (const r of parseAreaList(tile.address)) seen.set(r.top * 16384 + r.left, r);
  }
  return [...seen.values()];
}
