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
import { MAX_COLS } from '../standin/model';
import { displayText } from '../standin/numfmt';

/** Cells of the warm-up at most: ~1,000 rows of a 13-column table sheet, about 75 tables. */
export const WARM_UP_CELLS = 13_000;
/** Columns taken at most (a sheet with a far-off cell would make every row that wide). */
const MAX_WIDTH = 64;

/**
 * The top rows of a sheet, values and displayed text, with the merged areas starting in them: at
 * most WARM_UP_CELLS cells. One pass over the sheet's stored cells.
 */
export function warmUpGrid(sheet: SheetModel, maxCells = WARM_UP_CELLS): GridInit {
  let width = 0;
  for (const key of sheet.cells.keys()) {
    const col = key % MAX_COLS;
    if (col < MAX_WIDTH && col >= width) width = col + 1;
  }
  const rows = width === 0 ? 0 : Math.max(1, Math.floor(maxCells / width));
  const values: CellValue[][] = [];
  const text: (string | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    text.push(new Array<string | undefined>(width));
  }
  let last = -1;
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLS);
    const col = key % MAX_COLS;
    if (row >= rows || col >= width || cell.value === null) continue;
    values[row][col] = cell.value;
    if (typeof cell.value === 'number') text[row][col] = displayText(cell.value, cell.numberFormat);
    if (row > last) last = row;
  }
  const merges: Rect[] = sheet.merges.filter((m) => m.top <= last && m.left < width);
  return { name: sheet.name, values: values.slice(0, last + 1), text: text.slice(0, last + 1), merges };
}
