/**
 * Reading a sheet in as few round trips, and as few bytes, as Excel allows.
 *
 * Sync 1 asks only for the used range's address (a few bytes), so the next request can be sized.
 * Sync 2 loads the values of the whole used range together with the merged areas, in one batch.
 * Sync 3 loads the displayed text and number format of the cells whose value is a number (amounts,
 * percentages, dates: where what the user sees differs from the value); for every other cell the
 * text is the value itself and the format changes nothing the engine reads. With ExcelApi 1.9 those
 * cells are named in a few `getRanges` address lists; before it, one range per run of rows.
 *
 * The number of syncs does not grow with the sheet, except that a sheet too big for one request or
 * response (Excel on the web: 5 MB each) is read in chunks, one sync each; a chunk of values that
 * still comes back too large is split in two and retried. Reading values only, and text and
 * formats only for numbers, is about a third of the bytes of reading all three everywhere.
 *
 * Merged areas: `getMergedAreasOrNullObject` fails when a range holds more than 512 of them, and
 * returns only the areas whose top-left cell is inside the range. So the used range is cut into
 * tiles of at most 1,024 cells (a merged area covers at least two cells, so a tile cannot start
 * more than 512), all queried in the same batch; each area is found once, by the tile holding its
 * top-left cell.
 */
import { rectToA1, type CellValue, type GridInit, type Rect } from '../../core/grid';
import { joinAddresses, parseAreaList, parseReference } from './address';
import { isPayloadError } from './errors';

/** Cells per merged-area query: 512 areas of two cells at most. */
export const MERGE_TILE_CELLS = 1024;
/** Estimated bytes on the wire per cell for its value (JSON, UTF-8; the seed-like sheets measure about 8). */
export const BYTES_PER_CELL = 12;
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

/** Tiles of at most MERGE_TILE_CELLS cells covering the rectangle. */
export function planMergeTiles(rect: Rect): Rect[] {
  const width = rect.right - rect.left + 1;
  const tileWidth = Math.min(width, MERGE_TILE_CELLS);
  const tileRows = Math.max(1, Math.floor(MERGE_TILE_CELLS / tileWidth));
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
 * Reads the used range (values only, as `getUsedRangeOrNullObject(true)`) of a sheet. Returns an
 * empty grid for an empty sheet. Errors are Excel's; the caller maps them.
 */
export async function readUsedRange(context: Excel.RequestContext, sheetName: string, options: ReadOptions): Promise<GridInit> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const oldExcel = options.nullObjects === false;
  // Office 2016 without updates (ExcelApi 1.1–1.3): no null objects; an empty sheet reads as one empty cell.
  const used = oldExcel ? sheet.getUsedRange() : sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  await context.sync();
  if (!oldExcel && used.isNullObject) return { name: sheetName, values: [], text: [], formats: [], merges: [] };

  const rect = parseReference(used.address);
  const values: CellValue[][] = [];
  let merges: Rect[] | undefined = options.mergedAreas ? undefined : [];
  const pending = planRowChunks(rect, options.payloadBudgetBytes);
  while (pending.length > 0) {
    const span = pending.shift() as RowSpan;
    const range = sheet.getRange(rectToA1({ top: span.top, left: rect.left, bottom: span.bottom, right: rect.right }));
    range.load('values');
    const tiles = merges === undefined ? queueMergeTiles(sheet, rect) : undefined;
    try {
      // One sync per payload chunk is the point of chunking; there is one chunk unless the sheet is huge.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      if (!isPayloadError(err) || span.top === span.bottom) throw err;
      pending.unshift(...halve(span));
      continue;
    }
    values.push(...range.values.map((line) => line.map(toCellValue)));
    if (tiles) merges = collectMerges(tiles);
  }
  const origin = { row: rect.top, col: rect.left };
  const { text, formats } = await readNumberCells(context, sheet, numberRects(values, origin), origin, values, options);
  return { name: sheetName, origin, values, text, formats, merges: merges ?? [] };
}

/** A loaded range's text and formats, placed into the sheet's arrays. */
function place(target: { text: (string | undefined)[][]; formats: (string | undefined)[][] }, at: Rect, origin: { row: number; col: number }, range: Excel.Range): void {
  for (let r = at.top; r <= at.bottom; r++) {
    for (let c = at.left; c <= at.right; c++) {
      target.text[r - origin.row][c - origin.col] = range.text[r - at.top][c - at.left];
      target.formats[r - origin.row][c - origin.col] = String(range.numberFormat[r - at.top][c - at.left]);
    }
  }
}

/**
 * Sync 3: text and number formats of the rectangles holding numbers, in as many syncs as the
 * request budget needs (one for any ordinary sheet). Elsewhere the arrays stay empty: the grid then
 * shows the value as its text, and `General` as its format.
 */
async function readNumberCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rects: Rect[],
  origin: { row: number; col: number },
  values: CellValue[][],
  options: ReadOptions,
): Promise<{ text: (string | undefined)[][]; formats: (string | undefined)[][] }> {
  const out = { text: values.map((line) => new Array<string | undefined>(line.length)), formats: values.map((line) => new Array<string | undefined>(line.length)) };
  if (rects.length === 0) return out;
  const perRange = options.rangeAreas ? BYTES_PER_LISTED_RANGE : BYTES_PER_GETRANGE;
  const cellsPerRange = rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0) / rects.length;
  const perChunk = Math.max(1, Math.floor(options.payloadBudgetBytes / (perRange + cellsPerRange * BYTES_PER_CELL * 2)));
  for (let start = 0; start < rects.length; start += perChunk) {
    const chunk = rects.slice(start, start + perChunk);
    const place1: { rects: Rect[]; load: () => Excel.Range[] }[] = [];
    if (options.rangeAreas) {
      let i = 0;
      for (const list of joinAddresses(chunk.map((r) => rectToA1(r)), ADDRESS_LIST_CHARS)) {
        const count = list.split(',').length;
        const areas = sheet.getRanges(list).areas;
        areas.load('items/text,items/numberFormat');
        place1.push({ rects: chunk.slice(i, i + count), load: () => areas.items });
        i += count;
      }
    } else {
      const ranges = chunk.map((r) => sheet.getRange(rectToA1(r)).load('text,numberFormat'));
      place1.push({ rects: chunk, load: () => ranges });
    }
    // One sync per request-sized chunk of ranges; one in all for any ordinary sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const p of place1) {
      const ranges = p.load();
      p.rects.forEach((r, k) => place(out, r, origin, ranges[k]));
    }
  }
  return out;
}

function queueMergeTiles(sheet: Excel.Worksheet, rect: Rect): Excel.RangeAreas[] {
  return planMergeTiles(rect).map((tile) => {
    const areas = sheet.getRange(rectToA1(tile)).getMergedAreasOrNullObject();
    areas.load('address');
    return areas;
  });
}

function collectMerges(tiles: Excel.RangeAreas[]): Rect[] {
  const seen = new Map<string, Rect>();
  for (const tile of tiles) {
    if (tile.isNullObject) continue;
    for (const r of parseAreaList(tile.address)) seen.set(rectToA1(r), r);
  }
  return [...seen.values()];
}
