/**
 * The budget written as a sentence in one cell (湖南's form: `资金总额及构成 | 总额…万元，财政拨款…万元
 * （其中：上级…；本级…），其他…万元`; or `资金总额（万元） | 100（其中财政拨款80，其他资金10）`): its
 * amounts are read, so the parts are added up and the cost caps held against the total. Before, the
 * first gave only a note that the budget was not written on its own (nothing checked), the second a
 * not-a-number error on a cell holding the right total.
 */
import { checkSheet } from '../../src/core/engine';
import { budgetSentence } from '../../src/core/engine/locate';
import { textGrid } from '../helpers/text-grid';

const GRID = (cap: string) => [
  '年度目标|完成道路养护50公里|||',
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|养护里程|≥50公里',
  `|成本指标|养护成本|${cap}`,
  '效益指标|社会效益指标|出行条件|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];
const findings = (budgetRow: string, cap: string): string[] =>
  checkSheet(textGrid(['项目名称|乡村道路养护|||', budgetRow, ...GRID(cap)])).tables.flatMap((t) => t.findings.filter((f) => f.category === 'budget').map((f) => `${f.severity} ${f.cell} ${f.rule}`));

describe('a budget written as a sentence', () => {
  test.each([
    ['资金总额及构成|总额100万元，其中财政拨款80万元，其他资金20万元||'],
    ['资金总额及构成|总额100万元，财政拨款80万元（其中：上级财政资金50万元；本级财政30万元），自有资金0万元，其他：20万元||'],
    ['资金总额（万元）|100（其中财政拨款80，其他资金20）||'],
    ['资金总额（万元）|100（财政拨款80，其他资金20）||'],
  ])('%s: adding up, with the cost at the total, nothing to report', (row) => {
    expect(findings(row, '≤100万元')).toEqual([]);
  });

  test.each([
    ['资金总额及构成|总额100万元，其中财政拨款80万元，其他资金10万元||'],
    ['资金总额（万元）|100（其中财政拨款80，其他资金10）||'],
  ])('%s: parts that do not add up are found on the sentence', (row) => {
    expect(findings(row, '≤100万元')).toEqual(['error B2 budget/sum-mismatch']);
  });

  test('a cost cap above the total the sentence states is found, with the total suggested', () => {
    const [t] = checkSheet(textGrid(['项目名称|乡村道路养护|||', '资金总额及构成|总额100万元，其中财政拨款100万元||', ...GRID('≤120万元')])).tables;
    const f = t.findings.find((x) => x.rule === 'budget/cost-exceeds');
    expect([f?.cell, f?.suggestion]).toEqual(['D6', '≤100万元']);
  });

  // 岳阳县 2022 (budget40 census b20, real wording; the amounts around it ours): an amount with a note
  // in brackets naming uses, not sources. Before: not a number, the sum and the caps unchecked.
  const NOTE_TOTAL = '资金情况 (万元)|年度资金总额:|854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)|';
  // The note gets a warning of its own on the total's cell (Excel cannot sum it), the amount checked;
  // findings on one cell come errors first.
  const NOTE = 'warning C2 budget/not-a-number';
  test.each([
    ['854', '≤854万元', [NOTE]],
    ['800', '≤854万元', ['error C2 budget/sum-mismatch', NOTE]],
    ['854', '≤900万元', [NOTE, 'error D8 budget/cost-exceeds']],
  ])('财政拨款 %s beside a total with a note, cost %s: the total is the amount before its note', (fiscal, cap, want) => {
    const lines = ['项目名称|乡村道路养护|||', NOTE_TOTAL, `|其中:财政拨款|${fiscal}|`, '|其他资金||', ...GRID(cap)];
    const got = checkSheet(textGrid(lines)).tables.flatMap((t) => t.findings.filter((f) => f.category === 'budget').map((f) => `${f.severity} ${f.cell} ${f.rule}`));
    expect(got).toEqual(want);
  });

  test('a total with a note that does not add up: found, and no fix writes the cell (it would lose the note)', () => {
    const [t] = checkSheet(textGrid(['项目名称|乡村道路养护|||', '资金总额（万元）|120（含设备购置费20）||', '其中：财政拨款|100||', '其他资金|0||', ...GRID('≤100万元')])).tables;
    expect(t.table.budget.total?.text).toBe('120');
    const f = t.findings.filter((x) => x.rule === 'budget/sum-mismatch');
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([['B2', undefined]]);
  });

  test('no fix writes the sentence’s cell (it would lose the sentence)', () => {
    const [t] = checkSheet(textGrid(['项目名称|乡村道路养护|||', '资金总额（万元）|100（其中财政拨款80，其他资金10）||', ...GRID('≤100万元')])).tables;
    expect(t.table.budget.total?.inline).toBe(true);
    expect(t.findings.filter((f) => f.cell === 'B2' && f.suggestion !== undefined)).toEqual([]);
  });
});

describe('budgetSentence', () => {
  test.each([
    ['总额10606.7522万元 财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)二、自有资金:0万元三、其他:3683.3970万元', { total: '10606.7522万元', fiscal: '6923.3552万元', other: ['0万元', '3683.3970万元'] }],
    ['项目总投资1,200万元，其中申请财政资金1,000万元，单位自筹200万元', { total: '1,200万元', fiscal: '1,000万元', other: ['200万元'] }],
    ['100（其中财政拨款80，其他资金10）', { total: '100', fiscal: '80', other: ['10'] }],
    ['共计5万', { total: '5万元', other: [] }],
    // Where amounts carry units, a count without one is not money.
    ['总额100万元，其他3项', { total: '100万元', other: [] }],
  ])('%s', (text, expected) => {
    expect(budgetSentence(text)).toEqual(expected);
  });

  test.each(['用于支付2023年度保洁费用120万元', '主要用于村道养护', ''])('%s names no amount', (text) => {
    expect(budgetSentence(text)).toBeUndefined();
  });
});
