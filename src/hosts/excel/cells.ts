/**
 * Reading one rectangle and writing several cells, for the review workflow: the live re-check reads
 * just the edited table (one sync, whatever the size of the sheet), and fixes and their undo write
 * a batch of cells in two syncs (read what is there, then write), never one round trip per cell.
 */
import { parseA1, rectToA1, type CellValue, type GridInit, type Rect } from '../../core/engine/grid';
import type { CellWrite, CellWriteResult, HostError } from '../types';
import { normalizeAddress, parseAreaList } from './address';
import { planMergeTiles, toCellValue } from './read';

export { toCellValue };

/**
 * Reads a rectangle's values, text and number formats, and the merged areas whose top-left cell
 * lies in it (ExcelApi 1.13, in tiles of at most 512 areas), in one sync.
 */
export async function readRect(context: Excel.RequestContext, sheetName: string, rect: Rect, mergedAreas: boolean): Promise<GridInit> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const range = sheet.getRange(rectToA1(rect));
  range.load('values,text,numberFormat');
  const tiles = mergedAreas
    ? planMergeTiles(rect).map((tile) => {
        const areas = sheet.getRange(rectToA1(tile)).getMergedAreasOrNullObject();
        areas.load('address');
        return areas;
      })
    : [];
  await context.sync();
  const merges = new Map<string, Rect>();
  for (const tile of tiles) {
    if (tile.isNullObject) continue;
    for (const r of parseAreaList(tile.address)) merges.set(rectToA1(r), r);
  }
  const values = range.values.map((line) => line.map(toCellValue));
  return {
    name: sheetName,
    origin: { row: rect.top, col: rect.left },
    values,
    // A text cell is checked as its value, as the sheet read does (readUsedRange loads the text of
    // number cells only): a format's text section (`"≥"@`) shows a sign the cell does not hold.
    text: range.text.map((line, r) => line.map((t, c) => (typeof values[r][c] === 'string' ? undefined : t))),
    formats: range.numberFormat.map((line) => line.map(String)),
    merges: [...merges.values()],
  };
}

/**
 * `=…`, or `{=…}` as some Excel versions show an array formula's cells. A text cell holding `=A1`
 * (written as text) shows the same in `formulas` as in `values`; a formula's value is its result.
 */
function isFormula(f: unknown, value: unknown): boolean {
  return typeof f === 'string' && (f.startsWith('=') || f.startsWith('{=')) && f !== value;
}

function same(a: CellValue, b: CellValue): boolean {
  return a === b;
}

/** What to write for a value in a cell of the given number format (see host.ts). */
export type Encode = (value: CellValue, numberFormat: string) => string | number | boolean;

/**
 * Queues one cell's value. Text that Excel would turn into a number, date or formula (`100%`,
 * `26.50`) is written under the text format and the cell's own format is put back in the same
 * batch: the cell then holds exactly that text with its format, and no leading-apostrophe flag that
 * was not there before (what `'100%` would leave). Formats never re-read a value, so the text stays.
 */
function queueWrite(cell: Excel.Range, value: CellValue, numberFormat: string, encode: Encode): void {
  const encoded = encode(value, numberFormat);
  const coerced = typeof value === 'string' && encoded !== value && !value.startsWith("'");
  if (!coerced) {
    cell.values = [[encoded]];
    return;
  }
  cell.numberFormat = [['@']];
  cell.values = [[value]];
  cell.numberFormat = [[numberFormat]];
}

/**
 * Writes cells of one sheet: sync 1 reads the protection and every cell's value and format, sync 2
 * writes the cells whose `expected` value (if any) is still there. Writes apply in order, so a cell
 * written twice is compared with what the earlier write put there.
 *
 * `Worksheet.protection` is ExcelApi 1.2: on 1.1 (`protection: false`) it is not read, and a
 * protected sheet is found by Excel itself, which refuses the first write with AccessDenied (the
 * batch stops there, so nothing is written) — the host's batch turns that into the same error.
 */
export async function writeCells(
  context: Excel.RequestContext,
  sheetName: string,
  writes: readonly CellWrite[],
  encode: Encode,
  protectedError: () => HostError,
  /** False below ExcelApi 1.2 (no Worksheet.protection): Excel itself then refuses a protected sheet. */
  protection = true,
): Promise<CellWriteResult[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  if (protection) sheet.load('protection/protected');
  const cells = writes.map((w) => {
    const cell = sheet.getRange(normalizeAddress(w.cell)).getCell(0, 0);
    cell.load('values,numberFormat,formulas');
    return cell;
  });
  await context.sync();
  if (protection && sheet.protection.protected) throw protectedError();
  const now = new Map<string, CellValue>();
  let pending = 0;
  const results = writes.map((w, i) => {
    const key = rectToA1(parseA1(normalizeAddress(w.cell)));
    const previous = now.has(key) ? (now.get(key) as CellValue) : toCellValue(cells[i].values[0][0]);
    // A formula (an array formula's cells too) is the user's work: writing its result's correction
    // would replace it with a constant, so the cell is left alone and the user told.
    const formula = !now.has(key) && isFormula(cells[i].formulas[0][0], cells[i].values[0][0]);
    if (formula) return { cell: w.cell, previous, written: false, formula: true };
    const written = w.expected === undefined || same(previous, w.expected);
    if (written) {
      queueWrite(cells[i], w.value, String(cells[i].numberFormat[0][0]), encode);
      now.set(key, w.value);
      pending++;
    }
    return { cell: w.cell, previous, written };
  });
  if (pending > 0) await context.sync();
  return results;
}
