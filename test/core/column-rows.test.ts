import fc from 'fast-check';
import { ColumnRows } from '../../src/core/engine/column-rows';

/** The question asked the slow way: every column looked at. */
function naive(rows: ReadonlyMap<number, number>, after: number, upTo: number, row: number): number {
  let at = -1;
  for (const [c, r] of rows) if (c > after && c <= upTo && r < row && c > at) at = c;
  return at;
}

describe('ColumnRows: the rightmost column in a span whose row is above a given row', () => {
  it('answers as looking at every column does (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 })), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -1, max: 61 }), fc.integer({ min: -1, max: 61 }), fc.integer({ min: 0, max: 41 })), { minLength: 1, maxLength: 20 }),
        (pairs, questions) => {
          const rows = new Map(pairs);
          const tree = new ColumnRows(rows);
          for (const [after, upTo, row] of questions) expect(tree.lastAbove(after, upTo, row)).toBe(naive(rows, after, upTo, row));
        },
      ),
    );
  });

  it('a question looks at a number of nodes that grows with the logarithm of the columns, not with them', () => {
    const perQuestion = (n: number): number => {
      // The locator's hostile case: thousands of columns, most of them named below the rows asking.
      const rows = new Map<number, number>();
      for (let c = 0; c < n; c++) rows.set(c, c % 97 === 0 ? 5 : 1_000_000);
      const tree = new ColumnRows(rows);
      let most = 0;
      for (let q = 0; q < 2_000; q++) {
        const a = (q * 7919) % n;
        const b = a + ((q * 104_729) % n);
        const before = tree.visits;
        expect(tree.lastAbove(a, b, 1 + (q % 10))).toBe(naive(rows, a, b, 1 + (q % 10)));
        most = Math.max(most, tree.visits - before);
      }
      return most;
    };
    const small = perQuestion(1 << 8);
    const large = perQuestion(1 << 14);
    // 64 times the columns: a question over all of them looks at a few more nodes, not 64 times as many.
    expect(large).toBeLessThanOrEqual(4 * 15 + 4);
    expect(large).toBeLessThan(2 * small + 16);
  });
});
