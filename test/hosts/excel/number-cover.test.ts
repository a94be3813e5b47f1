/**
 * The rectangles whose text the sheet read asks for (src/hosts/excel/read.ts numberCover): every
 * number of the values exactly once and no other cell, with the same run in consecutive rows as
 * one rectangle.
 */
import fc from 'fast-check';
import type { CellValue, Rect } from '../../../src/core/engine/grid';
import { numberCover, numberCoverSteps, PACE_ROWS } from '../../../src/hosts/excel/read';

const cell = fc.oneof(fc.constant<CellValue>(null), fc.integer({ min: -5, max: 500 }), fc.constantFrom<CellValue>('点', '%', '正向', true));
const sheet = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 });
const origin = fc.record({ row: fc.nat(40), col: fc.nat(5) });

test('every number once, nothing else', () => {
  fc.assert(
    fc.property(sheet, origin, (values, at) => {
      const covered = new Map<string, number>();
      for (const r of numberCover(values, at)) {
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) covered.set(`${row},${col}`, (covered.get(`${row},${col}`) ?? 0) + 1);
      }
      values.forEach((line, i) =>
        line.forEach((v, j) => {
          const n = covered.get(`${at.row + i},${at.col + j}`) ?? 0;
          expect([v, n]).toEqual([v, typeof v === 'number' ? 1 : 0]);
        }),
      );
      let numbers = 0;
      for (const line of values) for (const v of line) if (typeof v === 'number') numbers++;
      expect([...covered.values()].reduce((a, b) => a + b, 0)).toBe(numbers);
    }),
  );
});

test('a run repeated in consecutive rows is one rectangle; runs split by text are two', () => {
  const values: CellValue[][] = [
    [140, '点', '正向', 13],
    [90, '%', '正向', 13],
    [24, '小时', '反向', 12],
    ['合计', null, 1, 2],
    [1, 2, 3, 4],
  ];
  const rects: Rect[] = numberCover(values, { row: 10, col: 0 });
  expect(rects).toEqual([
    { top: 10, bottom: 12, left: 0, right: 0 },
    { top: 10, bottom: 12, left: 3, right: 3 },
    { top: 13, bottom: 13, left: 2, right: 3 },
    { top: 14, bottom: 14, left: 0, right: 3 },
  ]);
});

// Made-up rows (a column of numbers and one of text, repeated): consistency, not accuracy.
test('in steps, numberCover stops after every PACE_ROWS rows (the browser preview gives the page a turn there), with the same rectangles', () => {
  const rows = 2 * PACE_ROWS + 123;
  const values: CellValue[][] = [];
  for (let i = 0; i < rows; i++) values.push(i % 7 === 0 ? ['合计', null] : [i, '点']);
  const steps = numberCoverSteps(values, { row: 3, col: 1 });
  let stops = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) stops++;
  expect(stops).toBe(Math.floor(rows / PACE_ROWS));
  expect(step.value).toEqual(numberCover(values, { row: 3, col: 1 }));
});
