import { growthRatio, LINEAR_BOUND } from '../helpers/growth';
import fc from 'fast-check';
import {
  addIgnore,
  applyIgnores,
  emptyIgnoreList,
  entryKey,
  ignoreEntry,
  ignoreKey,
  isIgnored,
  parseIgnores,
  removeIgnores,
  serializeIgnores,
  type IgnoreEntry,
} from '../../src/core/review/ignore';
import type { Finding, SheetResult } from '../../src/core/model';

function finding(cell: string, rule: string): Finding {
  return { rule, category: 'value', severity: 'warning', cell, row: 0, col: 0, table: 0, messageId: 'm', data: {}, message: `${rule}@${cell}` };
}

function result(name: string, perTable: Finding[][], outside: Finding[] = []): SheetResult {
  return {
    name,
    tables: perTable.map((findings, index) => ({
      table: { index, layout: 'L1', range: { top: 0, left: 0, bottom: 1, right: 1 }, moneyUnit: '万元', moneyUnitInferred: false, budget: {}, indicators: [] },
      scheme: '2015',
      findings,
    })),
    findings: outside,
  };
}

const AT = new Date('2025-03-01T08:00:00Z');
const entry = (sheet: string, cell: string, rule: string, reason = ''): IgnoreEntry => ({ sheet, cell, rule, reason, at: AT.toISOString() });

describe('keys', () => {
  test.each<[[string, string, string], [string, string, string], boolean]>([
    [['S', 'F14', 'r'], ['S', 'F14', 'r'], true],
    [['S', 'F14', 'r'], ['s', 'F14', 'r'], true],
    [['S', '$F$14', 'r'], ['S', 'f14', 'r'], true],
    [['S', 'A1:G14', 'r'], ['S', 'a1:g14', 'r'], true],
    [['S', 'F14', 'r'], ['S', 'F15', 'r'], false],
    [['S', 'F14', 'r'], ['S', 'F14', 'q'], false],
    [['S', 'F14', 'r'], ['T', 'F14', 'r'], false],
  ])('%j vs %j: same = %s', (a, b, same) => expect(ignoreKey(...a) === ignoreKey(...b)).toBe(same));
});

describe('the list', () => {
  test('ignoreEntry normalises the cell, trims the reason and stamps the date', () => {
    expect(ignoreEntry('S', finding('$f$14', 'value/missing-sign'), '  已核实 ', AT)).toEqual({
      sheet: 'S',
      cell: 'F14',
      rule: 'value/missing-sign',
      reason: '已核实',
      at: '2025-03-01T08:00:00.000Z',
    });
  });

  test('adding the same sheet, cell and rule replaces the entry; removing by key', () => {
    let list = addIgnore(emptyIgnoreList(), entry('S', 'F14', 'r', 'a'));
    list = addIgnore(list, entry('s', 'F14', 'r', 'b'));
    list = addIgnore(list, entry('S', 'F15', 'r'));
    expect(list.entries.map((e) => e.reason)).toEqual(['b', '']);
    expect(isIgnored(list, 'S', finding('F14', 'r'))).toBe(true);
    list = removeIgnores(list, [entryKey(entry('S', 'F14', 'r'))]);
    expect(isIgnored(list, 'S', finding('F14', 'r'))).toBe(false);
    expect(list.entries).toHaveLength(1);
  });
});

describe('applyIgnores', () => {
  const results = [
    result('S', [[finding('F8', 'a'), finding('F8', 'b'), finding('F9', 'a')], [finding('F22', 'a')]], [finding('K1', 'c')]),
    result('T', [[finding('F8', 'a')]]),
  ];

  test.each<[string, IgnoreEntry[], string[], string[], number]>([
    ['nothing ignored', [], ['S:F8:a', 'S:F8:b', 'S:F9:a', 'S:F22:a', 'S:K1:c', 'T:F8:a'], [], 0],
    ['one rule on one cell, not the other rule there', [entry('S', 'F8', 'a')], ['S:F8:b', 'S:F9:a', 'S:F22:a', 'S:K1:c', 'T:F8:a'], ['S:F8:a'], 0],
    ['same cell on another sheet stays', [entry('T', 'F8', 'a')], ['S:F8:a', 'S:F8:b', 'S:F9:a', 'S:F22:a', 'S:K1:c'], ['T:F8:a'], 0],
    ['outside tables too', [entry('S', 'K1', 'c')], ['S:F8:a', 'S:F8:b', 'S:F9:a', 'S:F22:a', 'T:F8:a'], ['S:K1:c'], 0],
    ['an entry with no finding is unmatched', [entry('S', 'Z99', 'a'), entry('U', 'A1', 'a')], ['S:F8:a', 'S:F8:b', 'S:F9:a', 'S:F22:a', 'S:K1:c', 'T:F8:a'], [], 2],
  ])('%s', (_n, entries, active, ignored, unmatched) => {
    const list = entries.reduce(addIgnore, emptyIgnoreList());
    const out = applyIgnores(results, list);
    const label = (sheet: string, f: Finding) => `${sheet}:${f.cell}:${f.rule}`;
    expect(out.active.flatMap((r) => [...r.tables.flatMap((t) => t.findings), ...r.findings].map((f) => label(r.name, f)))).toEqual(active);
    expect(out.ignored.map((i) => label(i.sheet, i.finding))).toEqual(ignored);
    expect(out.unmatched).toHaveLength(unmatched);
    // Tables and sheets keep their places, and the input is not changed.
    expect(out.active.map((r) => r.tables.length)).toEqual([2, 1]);
    expect(results[0].tables[0].findings).toHaveLength(3);
  });
});

describe('serialize and parse', () => {
  test('round trip keeps every entry', () => {
    const list = [entry('S', 'F14', 'r', '已核实，“引号”与\n换行'), entry('第二张', 'A1:G14', 'structure/x')].reduce(addIgnore, emptyIgnoreList());
    expect(parseIgnores(serializeIgnores(list))).toEqual({ list, errors: [] });
  });

  test.each<[string, string, number, string | undefined]>([
    ['not JSON', 'nope', 0, '已损坏'],
    ['wrong version', '{"version":2,"entries":[]}', 0, '版本（2）'],
    ['no entries array', '{"version":1}', 0, '版本'],
    ['bad entries are dropped and counted', JSON.stringify({ version: 1, entries: [{ sheet: 'S', cell: 'F1', rule: 'r', at: 'not a date' }, { sheet: 'S' }, entry('S', 'F2', 'r')] }), 1, '有 2 条无法读取'],
    ['a missing reason is empty', JSON.stringify({ version: 1, entries: [{ sheet: 'S', cell: 'F1', rule: 'r', at: AT.toISOString() }] }), 1, undefined],
  ])('%s', (_n, text, kept, error) => {
    const { list, errors } = parseIgnores(text);
    expect(list.entries).toHaveLength(kept);
    if (error === undefined) expect(errors).toEqual([]);
    else expect(errors[0]).toContain(error);
  });
});

describe('reading a workbook\'s ignore list is linear', () => {
  const doc = (n: number): string =>
    JSON.stringify({
      version: 1,
      entries: Array.from({ length: n }, (_, i) => ({ sheet: 'S', cell: `A${i + 1}`, rule: 'value/missing-sign', reason: '', at: '2026-01-01T00:00:00.000Z' })),
    });
  it('10× the entries, not 100× the time; a repeated entry still replaces the earlier one', () => {
    expect(growthRatio((n) => parseIgnores(doc(n)), 2000, 2)).toBeLessThan(LINEAR_BOUND);
    const twice = JSON.parse(doc(2)) as { entries: { reason: string }[] };
    const again = { ...twice.entries[0], reason: '已核实' };
    const parsed = parseIgnores(JSON.stringify({ version: 1, entries: [...twice.entries, again] }));
    expect(parsed.list.entries).toHaveLength(2);
    expect(parsed.list.entries[1].reason).toBe('已核实');
  });
});

describe('applyIgnores keys only what an entry could match, with the same outcome', () => {
  /** The split as it was before keying was narrowed: every finding keyed (the reference). */
  function reference(results: readonly SheetResult[], list: { entries: IgnoreEntry[] }) {
    const byKey = new Map(list.entries.map((e) => [entryKey(e), e]));
    const matched = new Set<string>();
    const ignored: { sheet: string; finding: Finding; entry: IgnoreEntry }[] = [];
    const keep = (sheet: string) => (f: Finding) => {
      const key = ignoreKey(sheet, f.cell, f.rule);
      const e = byKey.get(key);
      if (!e) return true;
      matched.add(key);
      ignored.push({ sheet, finding: f, entry: e });
      return false;
    };
    const active = results.map((r) => ({ ...r, tables: r.tables.map((tr) => ({ ...tr, findings: tr.findings.filter(keep(r.name)) })), findings: r.findings.filter(keep(r.name)) }));
    return { active, ignored, unmatched: list.entries.filter((e) => !matched.has(entryKey(e))) };
  }

  const cells = ['A1', 'b2', '$C$3', 'C3', 'A1:B2', 'a1:b2', 'not a cell', 'D4'];
  const rules = ['r1', 'r2', 'R1', 'r3'];
  const sheets = ['S', 's', 'T', 'Ü', 'ü'];

  test('fast-check: identical active, ignored and unmatched for random results and lists', () => {
    const arbFinding = fc.record({ cell: fc.constantFrom(...cells), rule: fc.constantFrom(...rules) }).map(({ cell, rule }) => finding(cell, rule));
    const arbResult = fc.record({
      name: fc.constantFrom(...sheets),
      tables: fc.array(fc.array(arbFinding, { maxLength: 6 }), { maxLength: 3 }),
      outside: fc.array(arbFinding, { maxLength: 3 }),
    });
    const arbEntry = fc.record({ sheet: fc.constantFrom(...sheets), cell: fc.constantFrom(...cells), rule: fc.constantFrom(...rules) }).map(({ sheet, cell, rule }) => entry(sheet, cell, rule));
    fc.assert(
      fc.property(fc.array(arbResult, { maxLength: 3 }), fc.array(arbEntry, { maxLength: 5 }), (rs, entries) => {
        const results = rs.map((r) => result(r.name, r.tables, r.outside));
        const list = { version: 1 as const, entries };
        const got = applyIgnores(results, list);
        const want = reference(results, list);
        expect(got).toEqual(want);
        // Same finding objects, in the same order.
        got.ignored.forEach((x, i) => expect(x.finding).toBe(want.ignored[i].finding));
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  test('results are not changed, and an empty list leaves every finding to review', () => {
    const fs = [finding('A1', 'r1'), finding('B2', 'r2')];
    const results = [result('S', [fs], [finding('C3', 'r1')])];
    const { active, ignored, unmatched } = applyIgnores(results, emptyIgnoreList());
    expect(active).toEqual(results);
    expect(active[0].tables[0].findings).not.toBe(fs);
    expect(ignored).toEqual([]);
    expect(unmatched).toEqual([]);
    expect(results[0].tables[0].findings).toBe(fs);
  });
});
