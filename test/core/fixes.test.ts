import {
  dropLastBatch,
  emptyJournal,
  isFixable,
  lastBatch,
  parseJournal,
  planFixes,
  recordBatch,
  serializeJournal,
  skipText,
  undoWrites,
  valueToWrite,
  type CellInfo,
  type FixBatch,
  type FixTarget,
} from '../../src/core/review/fixes';
import type { CellValue } from '../../src/core/engine/grid';
import type { Finding } from '../../src/core/model';

const cell = (value: CellValue, text = value === null ? '' : String(value), format = 'General'): CellInfo => ({ value, text, format });

describe('valueToWrite keeps the cell kind', () => {
  test.each<[string, string, CellInfo, CellValue]>([
    ['text cell, text suggestion', '＝100%', cell('100%'), '＝100%'],
    ['number cell, plain number', '25.50', cell(25.5, '25.50', '0.00'), 25.5],
    ['number cell, thousands separators', '1,030,700.00', cell(1030700, '1,030,700.00', '#,##0.00'), 1030700],
    ['number cell, full-width digits', '２６.５', cell(26, '26.00', '0.00'), 26.5],
    ['number cell, negative', '-3', cell(3), -3],
    ['empty cell formatted for numbers', '26.50', cell(null, '', '0.00'), 26.5],
    ['empty General cell keeps text', '26.50', cell(null), '26.50'],
    ['empty text-formatted cell keeps text', '26.50', cell(null, '', '@'), '26.50'],
    ['text cell holding a number as text', '26.50', cell('26.5'), '26.50'],
    ['percentage cell, percentage suggestion', '98%', cell(0.97, '97%', '0%'), 0.98],
    ['percentage cell, decimal percentage', '99.5%', cell(0.9, '90.0%', '0.0%'), 0.995],
    ['number cell that is not a percentage keeps text', '98%', cell(97), '98%'],
    ['number cell, suggestion with a sign stays text', '≥98%', cell(98), '≥98%'],
    ['number cell, suggestion with a unit stays text', '26.5万元', cell(26.5), '26.5万元'],
    ['number cell, format text inside quotes is not a digit', '5', cell(null, '', '"元"@'), '5'],
  ])('%s', (_n, suggestion, c, expected) => expect(valueToWrite(suggestion, c)).toBe(expected));
});

describe('isFixable', () => {
  test.each<[Partial<Finding>, boolean]>([
    [{ cell: 'F14', suggestion: '＝100%' }, true],
    [{ cell: 'F14' }, false],
    [{ cell: 'F14', suggestion: '' }, false],
    [{ cell: 'A1:G14', suggestion: 'x' }, false],
  ])('%j -> %s', (f, expected) => expect(isFixable({ cell: f.cell ?? 'A1', suggestion: f.suggestion })).toBe(expected));
});

let n = 0;
function target(sheet: string, cellA1: string, row: number, col: number, suggestion?: string, rule = 'value/missing-sign'): FixTarget {
  n++;
  const f: Finding = { rule, category: 'value', severity: 'warning', cell: cellA1, row, col, table: 0, messageId: `m${n}`, data: {}, message: 'x' };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return { sheet, finding: f };
}

describe('planFixes', () => {
  const cells: Record<string, CellInfo> = {
    'S!5,5': cell('100%'),
    'S!6,5': cell('0%'),
    'S!3,2': cell(25.5, '25.50', '0.00'),
    'S!7,5': cell('＝100%'),
    'T!5,5': cell('100%'),
  };
  const lookup = (sheet: string, row: number, col: number) => cells[`${sheet}!${row},${col}`] ?? cell(null);

  test('one change per fixable finding, with before and after', () => {
    const plan = planFixes([target('S', 'F6', 5, 5, '＝100%'), target('S', 'C4', 3, 2, '26.50'), target('T', 'F6', 5, 5, '＝100%')], lookup);
    expect(plan.skipped).toEqual([]);
    expect(plan.changes.map((c) => [c.sheet, c.cell, c.before, c.beforeText, c.after, c.afterText])).toEqual([
      ['S', 'F6', '100%', '100%', '＝100%', '＝100%'],
      ['S', 'C4', 25.5, '25.50', 26.5, '26.50'],
      ['T', 'F6', '100%', '100%', '＝100%', '＝100%'],
    ]);
  });

  test.each<[string, FixTarget[], number, string[]]>([
    ['no suggestion', [target('S', 'F6', 5, 5)], 0, ['no-suggestion']],
    ['a range', [target('S', 'A1:G14', 0, 0, 'x')], 0, ['range']],
    ['already the suggested value', [target('S', 'F8', 7, 5, '＝100%')], 0, ['unchanged']],
    ['a number already equal', [target('S', 'C4', 3, 2, '25.50')], 0, ['unchanged']],
    ['two findings agreeing on a cell make one change', [target('S', 'F6', 5, 5, '＝100%', 'a'), target('S', 'F6', 5, 5, '＝100%', 'b')], 1, []],
    ['two findings disagreeing are both skipped', [target('S', 'F6', 5, 5, '＝100%', 'a'), target('S', 'F6', 5, 5, '≥100%', 'b')], 0, ['conflict', 'conflict']],
    ['the same cell on two sheets is two changes', [target('S', 'F6', 5, 5, '＝100%'), target('T', 'F6', 5, 5, '＝100%')], 2, []],
    ['mixed', [target('S', 'F6', 5, 5, '＝100%'), target('S', 'F7', 6, 5, '＝0%'), target('S', 'A1:B2', 0, 0, 'x'), target('S', 'F9', 8, 5)], 2, ['range', 'no-suggestion']],
  ])('%s', (_n, targets, changes, reasons) => {
    const plan = planFixes(targets, lookup);
    expect(plan.changes).toHaveLength(changes);
    expect(plan.skipped.map((s) => s.reason)).toEqual(reasons);
  });

  test('every skip reason has a text in both languages', () => {
    for (const reason of ['no-suggestion', 'range', 'conflict', 'unchanged'] as const) {
      expect(skipText(reason)).toMatch(/[\u4e00-\u9fff]/);
      expect(skipText(reason, 'en-US')).toMatch(/^[ -~]+$/);
    }
  });
});

describe('journal', () => {
  const batch = (id: string, entries: FixBatch['entries']): FixBatch => ({ id, at: '2025-03-01T08:00:00.000Z', rule: 'value/missing-sign', entries });

  test('undo writes come last change first, guarded by what the fix wrote', () => {
    const b = batch('1', [
      { sheet: 'S', cell: 'F6', before: '100%', after: '＝100%' },
      { sheet: 'S', cell: 'C4', before: 25.5, after: 26 },
    ]);
    expect(undoWrites(b)).toEqual([
      { sheet: 'S', cell: 'C4', value: 25.5, expected: 26 },
      { sheet: 'S', cell: 'F6', value: '100%', expected: '＝100%' },
    ]);
  });

  test('record, last, drop; empty batches are not kept; the oldest go past the limit', () => {
    let j = emptyJournal();
    j = recordBatch(j, batch('empty', []));
    expect(j.batches).toEqual([]);
    for (let i = 1; i <= 5; i++) j = recordBatch(j, batch(String(i), [{ sheet: 'S', cell: 'A1', before: i, after: i + 1 }]), 3);
    expect(j.batches.map((b) => b.id)).toEqual(['3', '4', '5']);
    expect(lastBatch(j)?.id).toBe('5');
    j = dropLastBatch(j);
    expect(lastBatch(j)?.id).toBe('4');
    expect(lastBatch(emptyJournal())).toBeUndefined();
  });

  test('serialize and parse round trip, every kind of cell value', () => {
    const j = recordBatch(emptyJournal(), batch('1', [
      { sheet: 'S', cell: 'A1', before: null, after: 'x' },
      { sheet: 'S', cell: 'A2', before: 1.5, after: true },
      { sheet: '第二张', cell: 'A3', before: '“引号”', after: false },
    ]));
    expect(parseJournal(serializeJournal(j))).toEqual({ journal: j, errors: [] });
  });

  test.each<[string, string, number, string | undefined]>([
    ['not JSON', '{', 0, '已损坏'],
    ['wrong version', '{"version":9,"batches":[]}', 0, '版本（9）'],
    ['a damaged batch is dropped whole', JSON.stringify({ version: 1, batches: [
      { id: '1', at: 'x', rule: 'r', entries: [{ sheet: 'S', cell: 'A1', before: 1, after: 2 }, { sheet: 'S', cell: 'A2', before: {}, after: 2 }] },
      { id: '2', at: 'x', rule: 'r', entries: [{ sheet: 'S', cell: 'A1', before: 1, after: 2 }] },
    ] }), 1, '有 1 条无法读取'],
  ])('%s', (_n, text, kept, error) => {
    const { journal, errors } = parseJournal(text);
    expect(journal.batches).toHaveLength(kept);
    if (error === undefined) expect(errors).toEqual([]);
    else expect(errors[0]).toContain(error);
  });
});
