/**
 * The stand-in finds the merged areas starting in a range through an index by top row
 * (src/standin/model.ts mergesStartingIn): the same areas, in the same order, as going through
 * the sheet's whole list, also after the list changed; and reading a sheet tile by tile looks at
 * the areas near each tile, not at all of them.
 */
import fc from 'fast-check';
import type { Rect } from '../../../src/core/engine/grid';
import { createWorkbook, getSheet, mergesStartingIn, type SheetModel } from '../../../src/standin/model';

const naive = (sheet: SheetModel, r: Rect) => sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);

const rect = fc
  .tuple(fc.nat(60), fc.nat(12), fc.nat(10), fc.nat(4))
  .map(([top, left, h, w]): Rect => ({ top, left, bottom: top + h, right: left + w }));

test('the same areas in the same order as the whole list, also after it changed', () => {
  fc.assert(
    fc.property(fc.array(rect, { maxLength: 80 }), fc.array(rect, { minLength: 1, maxLength: 10 }), fc.array(rect, { maxLength: 5 }), (merges, queries, added) => {
      const sheet = getSheet(createWorkbook(['表']), '表');
      sheet.merges = merges;
      for (const q of queries) expect(mergesStartingIn(sheet, q)).toEqual(naive(sheet, q));
      // Appended (as mergeCells does) and replaced (as unmerge does): the index follows.
      sheet.merges.push(...added);
      for (const q of queries) expect(mergesStartingIn(sheet, q)).toEqual(naive(sheet, q));
      sheet.merges = sheet.merges.filter((_, i) => i % 2 === 0);
      for (const q of queries) expect(mergesStartingIn(sheet, q)).toEqual(naive(sheet, q));
    }),
  );
});

test('a query looks at the areas starting in its rows, not at every area of the sheet', () => {
  const sheet = getSheet(createWorkbook(['表']), '表');
  let reads = 0;
  const areas: Rect[] = [];
  for (let row = 0; row < 20000; row += 2) areas.push({ top: row, left: 0, bottom: row + 1, right: 0 });
  // Count how often areas' top rows are read.
  sheet.merges = areas.map((a) => {
    const counted = { ...a };
    Object.defineProperty(counted, 'top', { get: () => (reads++, a.top), enumerable: true });
    return counted;
  });
  mergesStartingIn(sheet, { top: 0, left: 0, bottom: 0, right: 0 });
  reads = 0;
  const found = mergesStartingIn(sheet, { top: 10000, left: 0, bottom: 10009, right: 3 });
  expect(found).toHaveLength(5);
  // A binary search (~14 steps) and the five areas, where the whole list is 10,000 reads.
  expect(reads).toBeLessThan(60);
});
