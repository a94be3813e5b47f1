/**
 * The rows the checking worker warms up on when a workbook opens (./precheck.ts warm()): the first
 * rows of the sheet on show, taken from the model directly. The engine's result over them is
 * thrown away, so this is not the add-in's read path and need not be: it only runs the engine's
 * code once over cells like the sheet's (V8 compiles and optimises what runs hot; the engine's
 * bounded memories of label texts fill with the texts its tables repeat) while the user looks at
 * the sheet. The real check still reads the sheet through the ExcelHost and checks that snapshot.
 */
import type { CellValue, GridInit, Rect } from '../core/engine/grid';
import type { SheetModel } from '../standin/model';
import { getCell } from '../standin/model';
import { displayText } from '../standin/numfmt';

/** Cells of the warm-up at most: ~1,000 rows of a 13-column table sheet, about 75 tables. */
export const WARM_UP_CELLS = 13_000;
/** Columns taken at most (a sheet with a far-off cell would make every row that wide). */
const MAX_WIDTH = 64;

/**
 * The top rows of a sheet, values and displayed text, with the merged areas starting in them: at
 * most WARM_UP_CELLS cells.
 */
export function warmUpGrid(sheet: SheetModel, maxCells = WARM_UP_CELLS): GridInit {
  // The width from the top rows, then those rows cell by cell: never a pass over the whole sheet
  // (228,000 cells at 2,000 tables, a task of 80-160 ms on a busy machine).
  const probeRows = Math.max(1, Math.floor(maxCells / MAX_WIDTH));
  let width = 0;
  for (let r = 0; r < probeRows; r++) {
    for (let c = width; c < MAX_WIDTH; c++) if (getCell(sheet, r, c)) width = c + 1;
  }
  const rows = width === 0 ? 0 : Math.max(1, Math.floor(maxCells / width));
  const values: CellValue[][] = [];
  const text: (string | undefined)[][] = [];
  let last = -1;
  for (let r = 0; r < rows; r++) {
    const line = new Array<CellValue>(width).fill(null);
    const shown = new Array<string | undefined>(width);
    for (let c = 0; c < width; c++) {
      const cell = getCell(sheet, r, c);
      if (!cell || cell.value === null) continue;
      line[c] = cell.value;
      if (typeof cell.value === 'number') shown[c] = displayText(cell.value, cell.numberFormat);
      last = r;
    }
    values.push(line);
    text.push(shown);
  }
  const merges: Rect[] = sheet.merges.filter((m) => m.top <= last && m.left < width);
  return { name: sheet.name, values: values.slice(0, last + 1), text: text.slice(0, last + 1), merges };
}

/**
 * A warm-up sample as JSON bytes: the reading worker makes the sample from the model it has just
 * read, and the page hands the bytes to the checking worker by moving their buffer, without
 * reading or copying them (a grid object would be copied into the page and out again: ~13,000
 * cells deserialised and serialised on the page's thread).
 */
export function encodeWarmUp(grid: GridInit): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(grid)) as Uint8Array<ArrayBuffer>;
}

/** encodeWarmUp's grid back (JSON wrote a text row's holes as null: they are holes again). */
export function decodeWarmUp(bytes: Uint8Array): GridInit {
  const grid = JSON.parse(new TextDecoder().decode(bytes)) as GridInit;
  for (const line of grid.text ?? []) {
    for (let c = 0; c < line.length; c++) if (line[c] === null) line[c] = undefined;
  }
  return grid;
}
