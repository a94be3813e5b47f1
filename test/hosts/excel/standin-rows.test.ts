/**
 * The stand-in's row index (src/standin/model.ts sheetRows): reads of a rectangle's cells and of a
 * range's used box go through it, so it must always say what the cells Map says — after setCell
 * (which keeps it up to date), and after the Map was changed directly (a file loader), which makes
 * it again. Compared with the brute-force answer over every position.
 */
import fc from 'fast-check';
import type { Rect } from '../../../src/core/engine/grid';
import { createWorkbook, getCell, getSheet, indexRowsInSlices, rectRows, setCell, sheetRows, usedRectIn, type CellModel, type SheetModel } from '../../../src/standin/model';

function bruteUsed(sheet: SheetModel, area: Rect, valuesOnly: boolean): Rect | undefined {
  let r: Rect | undefined;
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const cell = getCell(sheet, row, col);
      if (!cell) continue;
      const used = cell.value !== null || cell.formula !== undefined || (!valuesOnly && ((cell.numberFormat !== undefined && cell.numberFormat !== 'General') || cell.style !== undefined));
      if (!used) continue;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else r = { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) };
    }
  }
  return r;
}

const cellArb: fc.Arbitrary<Partial<CellModel>> = fc.oneof(
  fc.record({ value: fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 })) }),
  fc.constant({ value: null, numberFormat: '0.00' }),
  fc.constant({ value: null, style: { fill: { color: '#FFFF00' } } }),
);
const at = fc.record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 40 }) });
const write = fc.record({ at, cell: cellArb, direct: fc.boolean(), remove: fc.boolean() });
const area = fc.record({ r1: fc.integer({ min: 0, max: 32 }), r2: fc.integer({ min: 0, max: 32 }), c1: fc.integer({ min: 0, max: 42 }), c2: fc.integer({ min: 0, max: 42 }) }).map(
  ({ r1, r2, c1, c2 }): Rect => ({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) }),
);

test('used boxes and rectangles read through the row index equal the cells, across writes of every kind', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.array(write, { maxLength: 12 }), fc.array(area, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 }), (steps) => {
      const sheet = getSheet(createWorkbook(['S']), 'S');
      steps.forEach(([writes, areas], step) => {
        for (const w of writes) {
          const key = w.at.row * 16384 + w.at.col;
          // Directly, as the file loaders fill and trim the Map before anything reads it (the
          // index's contract: afterwards every write goes through setCell); else as the stand-in writes.
          if (step === 0 && w.direct && w.remove) sheet.cells.delete(key);
          else if (step === 0 && w.direct) sheet.cells.set(key, { value: null, ...w.cell });
          else setCell(sheet, w.at, w.cell);
        }
        for (const a of areas) {
          for (const valuesOnly of [true, false]) expect(usedRectIn(sheet, a, valuesOnly)).toEqual(bruteUsed(sheet, a, valuesOnly));
          const expected: unknown[][] = [];
          for (let r = a.top; r <= a.bottom; r++) {
            const line: unknown[] = [];
            for (let c = a.left; c <= a.right; c++) line.push(getCell(sheet, r, c)?.value ?? '');
            expected.push(line);
          }
          expect(rectRows(sheet, a, (cell) => cell?.value ?? '')).toEqual(expected);
        }
      });
    }),
    { numRuns: 300 },
  );
});

test('a write through setCell keeps the row index, not a pass over the sheet on the next read', () => {
  const sheet = getSheet(createWorkbook(['S']), 'S');
  for (let r = 0; r < 100; r++) for (let c = 0; c < 10; c++) setCell(sheet, { row: r, col: c }, { value: r * 10 + c });
  const rows = sheetRows(sheet);
  setCell(sheet, { row: 5, col: 3 }, { value: 'x' });
  setCell(sheet, { row: 200, col: 7 }, { value: 'new row' });
  expect(sheetRows(sheet)).toBe(rows);
  expect(rows.get(5)?.at[3]?.value).toBe('x');
  expect(usedRectIn(sheet, { top: 150, left: 0, bottom: 250, right: 20 }, true)).toEqual({ top: 200, left: 7, bottom: 200, right: 7 });
  // Changed behind setCell's back: made again.
  sheet.cells.delete(200 * 16384 + 7);
  expect(sheetRows(sheet)).not.toBe(rows);
  expect(usedRectIn(sheet, { top: 150, left: 0, bottom: 250, right: 20 }, true)).toBeUndefined();
});

test('a narrow area over rows of many cells visits the area, not the rows', () => {
  const sheet = getSheet(createWorkbook(['S']), 'S');
  for (let c = 0; c < 5000; c++) setCell(sheet, { row: 0, col: c }, { value: c });
  const rows = sheetRows(sheet);
  const line = rows.get(0);
  if (!line) throw new Error('row 0 missing');
  let reads = 0;
  const at = new Proxy(line.at, { get: (t, p, r) => (typeof p === 'string' && /^\d+$/.test(p) && reads++, Reflect.get(t, p, r)) });
  rows.set(0, { cols: line.cols, at });
  expect(usedRectIn(sheet, { top: 0, left: 10, bottom: 0, right: 12 }, true)).toEqual({ top: 0, left: 10, bottom: 0, right: 12 });
  expect(reads).toBe(3);
});

test('the index made in slices is the one made at once; a write during a pause leaves it to the next read', async () => {
  const fill = () => {
    const sheet = getSheet(createWorkbook(['S']), 'S');
    for (let r = 0; r < 300; r++) for (let c = 0; c < 13; c++) if ((r + c) % 3 !== 0) sheet.cells.set(r * 16384 + c, { value: `${r}:${c}` });
    return sheet;
  };
  const sliced = fill();
  let pauses = 0;
  await indexRowsInSlices(sliced, async () => void pauses++, 0);
  expect(pauses).toBeGreaterThan(1);
  const made = sheetRows(sliced);
  const whole = sheetRows(fill());
  expect([...made.keys()].sort((a, b) => a - b)).toEqual([...whole.keys()].sort((a, b) => a - b));
  for (const [row, line] of whole) expect(made.get(row)?.at).toEqual(line.at);
  // Written to between two slices: the slices stop, and the next read makes a fresh index.
  const changed = fill();
  await indexRowsInSlices(changed, async () => void setCell(changed, { row: 500, col: 1 }, { value: 'late' }), 0);
  expect(usedRectIn(changed, { top: 400, left: 0, bottom: 600, right: 20 }, true)).toEqual({ top: 500, left: 1, bottom: 500, right: 1 });
});
