/**
 * Reading a sheet in as few round trips as Excel allows.
 *
 * Sync 1 asks only for the used range's address (a few bytes), so the next request can be sized.
 * Sync 2 loads values, displayed text and number formats of the whole used range together with the
 * merged areas, in one batch. The number of syncs does not grow with the sheet, except that a
 * sheet too big for one response (Excel on the web: 5 MB per request and per response) is read in
 * row chunks, one sync each; a chunk that still comes back too large is split in two and retried.
 *
 * Merged areas: `getMergedAreasOrNullObject` fails when a range holds more than 512 of them, and
 * returns only the areas whose top-left cell is inside the range. So the used range is cut into
 * tiles of at most 1,024 cells (a merged area covers at least two cells, so a tile cannot start
 * more than 512), all queried in the same batch; each area is found once, by the tile holding its
 * top-left cell.
 */
import { rectToA1, type CellValue, type GridInit, type Rect } from '../../core/grid';
import { parseAreaList, parseReference } from './address';
import { isPayloadError } from './errors';

/** Cells per merged-area query: 512 areas of two cells at most. */
export const MERGE_TILE_CELLS = 1024;
/** Estimated bytes on the wire per cell for values + text + number format. */
export const BYTES_PER_CELL = 64;
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
  payloadBudgetBytes: number;
}

interface Rows {
  values: CellValue[][];
  text: string[][];
  formats: string[][];
}

/**
 * Reads the used range (values only, as `getUsedRangeOrNullObject(true)`) of a sheet. Returns an
 * empty grid for an empty sheet. Errors are Excel's; the caller maps them.
 */
export async function readUsedRange(context: Excel.RequestContext, sheetName: string, options: ReadOptions): Promise<GridInit> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  await context.sync();
  if (used.isNullObject) return { name: sheetName, values: [], text: [], formats: [], merges: [] };

  const rect = parseReference(used.address);
  const rows: Rows = { values: [], text: [], formats: [] };
  let merges: Rect[] | undefined = options.mergedAreas ? undefined : [];
  const pending = planRowChunks(rect, options.payloadBudgetBytes);
  while (pending.length > 0) {
    const span = pending.shift() as RowSpan;
    const range = sheet.getRange(rectToA1({ top: span.top, left: rect.left, bottom: span.bottom, right: rect.right }));
    range.load('values,text,numberFormat');
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
    rows.values.push(...range.values.map((line) => line.map(toCellValue)));
    rows.text.push(...range.text);
    rows.formats.push(...range.numberFormat.map((line) => line.map(String)));
    if (tiles) merges = collectMerges(tiles);
  }
  return {
    name: sheetName,
    origin: { row: rect.top, col: rect.left },
    values: rows.values,
    text: rows.text,
    formats: rows.formats,
    merges: merges ?? [],
  };
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
