/**
 * The .xlsx reader's merge pass (values inside a merged area other than its top-left one dropped):
 * work n·log n in the merged areas, however many of them span the same rows, counted (never
 * timed) as the merges double. Its grid is the one the pass gave before on the sheets that hold
 * such areas (the parity and producers fixtures keep theirs: test/hosts/file/parity.test.ts).
 */
import fc from 'fast-check';
import type { CellValue, Rect } from '../../../src/core/engine/grid';
import { READ_LIMITS } from '../../../src/hosts/file/limits';
import type { SheetCells } from '../../../src/hosts/file/xlsx-parse';
import { MERGE_PASS_WORK, toGrid } from '../../../src/hosts/file/xlsx-read';

/** Cells (row-major) and areas: a value in every cell of rows 0..height-1, columns 0..width-1. */
function sheet(merges: Rect[], height: number, width: number): SheetCells {
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      rows.push(r);
      cols.push(c);
      values.push(`${r},${c}`);
    }
  return { rows, cols, values, styles: new Array<number>(values.length).fill(0), merges };
}

function steps(cells: SheetCells): number {
  MERGE_PASS_WORK.steps = 0;
  toGrid('S', cells, undefined, false, READ_LIMITS);
  return MERGE_PASS_WORK.steps;
}

describe('the merge pass is n·log n in the merged areas', () => {
  // n areas, each one column wide and all spanning row 0, in the file's order from right to left
  // (each went in at the front of the areas spanning the row: n²/2 moves), their bottoms staggered
  // (each row past one of them swept all the others: n² more). Cells in the first column and row.
  const staggered = (n: number): SheetCells => {
    const merges: Rect[] = [];
    for (let k = n - 1; k >= 0; k--) merges.push({ top: 0, left: k, bottom: k + 1, right: k });
    const cells = sheet([], 1, n);
    for (let r = 1; r <= n + 1; r++) {
      (cells.rows as number[]).push(r);
      (cells.cols as number[]).push(0);
      cells.values.push(`${r}`);
      (cells.styles as number[]).push(0);
    }
    return { ...cells, merges };
  };

  test('areas spanning the same rows, inserted right to left, ending one row after another', () => {
    const small = steps(staggered(2000));
    const large = steps(staggered(4000));
    expect(small).toBeGreaterThan(0);
    if (process.env.MERGE_PASS_COUNTS) console.log(`merge pass steps: ${small} for 2,000 areas, ${large} for 4,000`);
    // Doubling the areas: at most 2 × (1 + log 2 / log n) the work.
    expect(large / small).toBeLessThan(2.3);
  });

  test('the same grid as the pass gave: values inside an area dropped, its top-left kept, also where areas overlap', () => {
    const g = toGrid('S', sheet([{ top: 0, left: 0, bottom: 1, right: 1 }, { top: 2, left: 1, bottom: 3, right: 2 }, { top: 3, left: 0, bottom: 3, right: 1 }], 4, 3), undefined, false, READ_LIMITS);
    expect(g.values).toEqual([
      ['0,0', null, '0,2'],
      [null, null, '1,2'],
      ['2,0', '2,1', null],
      ['3,0', null],
    ]);
    const s = staggered(5);
    const h = toGrid('S', s, undefined, false, READ_LIMITS);
    expect(h.values[0]).toEqual(['0,0', '0,1', '0,2', '0,3', '0,4']);
    expect(h.values.slice(1).map((r) => r[0] ?? null)).toEqual([null, '2', '3', '4', '5', '6']);
  });

  test('on random areas, overlapping or not, a value is dropped exactly when an area covers it and it is not that area\'s top-left', () => {
    const area = fc.record({ top: fc.nat(7), left: fc.nat(7), h: fc.nat(3), w: fc.nat(3) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
    fc.assert(
      fc.property(fc.array(area, { maxLength: 8 }), (merges) => {
        const cells = sheet(merges, 10, 10);
        const g = toGrid('S', cells, undefined, false, READ_LIMITS);
        for (let r = 0; r < 10; r++)
          for (let c = 0; c < 10; c++) {
            const inside = merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right && !(m.top === r && m.left === c));
            expect(g.values[r - (g.origin?.row ?? 0)]?.[c - (g.origin?.col ?? 0)] ?? null).toBe(inside ? null : `${r},${c}`);
          }
      }),
      { seed: 1607, numRuns: 150 },
    );
  });
});
