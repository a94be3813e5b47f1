/**
 * Pathological merged areas (eighth round of hostile input). Excel never saves overlapping merged
 * areas (it repairs a file that has them), but a file can state them: the command line's reader
 * passes them on (clipped, under its 16,000,000 merged-rows limit), and the engine must stay linear.
 * Before: every copy of a merge was written into the merge index cell by cell, so 100 copies of
 * A1:XFD900 (a 3 KB file) took 8.6 s to check and 10,000 about a quarter of an hour. Now merges
 * are indexed first come first served, never more cells than the snapshot has (counted, not timed).
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, type GridInit, type Rect } from '../../src/core/engine/grid';
import { TABLE } from '../helpers/hostile-unseen';
import { countVisits } from '../../bench/visits';

type C = string | number | null;

function table(): C[][] {
  return TABLE.map((r) => [...r]);
}

function findings(g: GridInit): string[] {
  return checkSheet(g)
    .tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.rule}`))
    .sort();
}

const PLAIN: GridInit = { name: 'S', values: table(), merges: [{ top: 6, left: 0, bottom: 9, right: 0 }] };

describe('overlapping copies of one merged area', () => {
  const wide = (copies: number): GridInit => {
    const values = table();
    while (values.length < 400) values.push(['x']);
    values[0][300] = 'far';
    const merges: Rect[] = [{ top: 6, left: 0, bottom: 9, right: 0 }];
    for (let i = 0; i < copies; i++) merges.push({ top: 20, left: 0, bottom: 399, right: 300 });
    return { name: 'S', values, merges };
  };

  test('the index work stays within the snapshot’s cells however many copies there are', () => {
    const a = new Grid(wide(10));
    const b = new Grid(wide(100));
    const cells = (a.colCount + 1) * a.rowCount;
    // Before: 10 and 100 times the area (1,143,800 and 11,438,000 cells written).
    expect(a.indexWork).toBeLessThanOrEqual(cells);
    expect(b.indexWork).toBe(a.indexWork);
  });

  test('the table above them is checked as without them', () => {
    expect(findings(wide(50))).toEqual(findings({ ...PLAIN, values: wide(0).values }));
  });

  test('the first of two overlapping areas is the one a cell follows', () => {
    const g = new Grid({
      name: 'S',
      values: [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      merges: [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 0, left: 1, bottom: 1, right: 2 },
        { top: 0, left: 0, bottom: 1, right: 1 },
      ],
    });
    expect(g.text(1, 1)).toBe('a');
    expect(g.text(1, 2)).toBe('f');
  });
});

test('thousands of one-cell merges on every cell of a table change no finding', () => {
  const merges: Rect[] = [];
  for (let k = 0; k < 100; k++) for (let r = 0; r < TABLE.length; r++) for (let c = 0; c < 5; c++) merges.push({ top: r, left: c, bottom: r, right: c });
  expect(findings({ name: 'S', values: table(), merges })).toEqual(findings({ name: 'S', values: table() }));
});

test('a merge down column B or D from one table to past the sheet’s end: reads linear in the tables (before: every table read all the tables above it again)', () => {
  // Found by the fuzz37 engine campaign (a tall merge over stacked corpus tables: 4,800 rows, 995,722
  // reads in one function). The upper fields of each later table sit in the merge, whose top-left
  // is in the first table: each table's rect reached up to it. Counted reads, no clock.
  const reads = (tables: number, col: number): number => {
    const values: C[][] = [];
    for (let i = 0; i < tables; i++) values.push(...table());
    const merges: Rect[] = [{ top: 13, left: col, bottom: values.length + 1000, right: col }];
    return countVisits(() => checkSheet(new Grid({ name: 'S', values, merges }))).total;
  };
  for (const col of [1, 3]) {
    const [a, b] = [reads(50, col), reads(100, col)];
    // Twice the tables, twice the reads (before: 3.3 times, growing with the count).
    expect(b / a).toBeLessThan(2.1);
  }
});
