/**
 * sortFindings orders a table's findings by row, column, severity and rule, keeping the rules'
 * own order on a tie (a stable sort): short lists are sorted in place by insertion (no work arrays
 * per table), longer ones by Array.prototype.sort; both give exactly the order of a stable sort.
 */
import fc from 'fast-check';
import { sortFindings } from '../../src/core/engine';
import type { Finding, Severity } from '../../src/core/model';

const SEVERITY: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function finding(row: number, col: number, severity: Severity, rule: string, n: number): Finding {
  return { rule, category: 'value', severity, cell: `${row},${col}`, row, col, table: 0, messageId: `m${n}`, data: {}, message: '' };
}

/** The order a stable sort gives: the keys, then the position in the input. */
function reference(list: Finding[]): Finding[] {
  return list
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.row - b.f.row || a.f.col - b.f.col || SEVERITY[a.f.severity] - SEVERITY[b.f.severity] || a.f.rule.localeCompare(b.f.rule) || a.i - b.i)
    .map((x) => x.f);
}

test('short and long lists come out in the stable order, ties in the rules’ order', () => {
  const one = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom<Severity>('error', 'warning', 'info'), fc.constantFrom('value/a', 'value/b', 'budget/c'));
  fc.assert(
    fc.property(fc.array(one, { maxLength: 40 }), (specs) => {
      const list = specs.map(([r, c, s, rule], n) => finding(r, c, s, rule, n));
      const expected = reference(list);
      expect(sortFindings([...list]).map((f) => f.messageId)).toEqual(expected.map((f) => f.messageId));
    }),
    { numRuns: 500 },
  );
});
