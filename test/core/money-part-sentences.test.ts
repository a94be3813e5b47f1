/**
 * Money sources written as a sentence beside or under the total, with or without colons (issue #11;
 * the shapes of 资金情况 blocks as Word-made forms write them: `资金总额：100万元` with
 * `其中：财政资金：80万元；其他资金：20万元` in one cell under it, or `其中财政资金80万元，其他资金20万元` on a
 * line of its own). Before: a part's cell that named the next source too was read as one amount,
 * `80万元；其他资金：10万元` (a false 不是数字 error), and a sentence of sources under the total or on a line
 * without a colon was not read at all (a budget that did not add up went unseen). The grids are
 * ours: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../src/core/engine/grid';

const INDICATORS: CellValue[][] = [
  ['年度目标', '为辖区老人提供养老服务'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '服务老人人数', '≥200人'],
  ['产出指标', '成本指标', '人均成本', '≤500元/人'],
  ['效益指标', '社会效益指标', '老人生活质量', '有所提升'],
  ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
];

function findings(money: CellValue[][], merges: string[] = []): string[] {
  const values = [['项目支出绩效目标表'], ['项目名称', '社区养老服务补助'], ...money, ...INDICATORS];
  const [t] = checkSheet(new Grid({ name: 'S', values, merges: merges.map(parseA1) })).tables;
  return t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell} ${f.rule}${f.suggestion ? ` → ${f.suggestion}` : ''}`);
}

describe('a part whose cell names the next source too', () => {
  test.each([
    ['其中：财政资金：80万元；其他资金：20万元', []],
    ['其中：财政资金：80万元；其他资金：10万元', ['error B3 budget/sum-mismatch → 90']],
    ['其中：财政资金：80万元，自筹资金：20万元', []],
    ['财政拨款：80万元、其他资金：20万元', []],
  ])('`%s` under 资金总额 | 100', (cell, expected) => {
    expect(findings([['资金总额（万元）', 100], [cell]])).toEqual(expected);
  });

  test('the label in its own cell and the amounts beside it', () => {
    expect(findings([['资金总额（万元）', 100], ['其中：财政资金', '80万元；其他资金：20万元']])).toEqual([]);
    expect(findings([['资金总额（万元）', 100], ['其中：财政资金', '80万元；其他资金：10万元']])).toEqual(['error B3 budget/sum-mismatch → 90']);
  });

  test('a note after the amount stays a note (not a source)', () => {
    expect(findings([['资金总额（万元）', 100], ['其中：财政资金', '100（含上年结转10）']])).toEqual(['warning B4 budget/not-a-number']);
  });
});

describe('a sentence of sources under the total, no label of its own', () => {
  test('under a total in a sentence (资金情况 | 资金总额100万元)', () => {
    const block = (parts: string): CellValue[][] => [['资金情况（万元）', '资金总额100万元'], [null, parts]];
    expect(findings(block('其中财政资金80万元，其他资金20万元'), ['A3:A4'])).toEqual([]);
    expect(findings(block('其中财政资金80万元，其他资金10万元'), ['A3:A4'])).toEqual(['error B3 budget/sum-mismatch']);
    expect(findings(block('其中：财政资金：80万元；其他资金：10万元'), ['A3:A4'])).toEqual(['error B3 budget/sum-mismatch']);
  });

  test('under a labelled total (资金总额（万元） | 100)', () => {
    expect(findings([['资金总额（万元）', 100], [null, '其中财政资金80万元，其他资金20万元']])).toEqual([]);
    expect(findings([['资金总额（万元）', 100], [null, '其中财政资金80万元，其他资金10万元']])).toEqual(['error B3 budget/sum-mismatch → 90']);
  });

  test('a labelled row under the total is read by its label, not as a sentence', () => {
    expect(findings([['资金总额（万元）', 100], ['备注', '其中财政资金80万元，其他资金10万元']])).toEqual([]);
  });

  test('a sentence with a total of its own is not a list of parts', () => {
    expect(findings([['资金总额（万元）', 100], [null, '总额90万元，其中财政资金80万元']])).toEqual([]);
  });
});

describe('the lines of one cell, without colons', () => {
  test('`资金总额：100` then `其中财政资金80万元` / `其他资金10万元`', () => {
    const cell = (lines: string[]): CellValue[][] => [['预算资金情况', lines.join('\n')]];
    expect(findings(cell(['资金总额：100万元', '其中财政资金80万元', '其他资金20万元']))).toEqual([]);
    expect(findings(cell(['资金总额：100万元', '其中财政资金80万元', '其他资金10万元']))).toEqual(['error B3 budget/sum-mismatch']);
    expect(findings(cell(['资金总额：100万元', '其中财政资金80万元，其他资金10万元']))).toEqual(['error B3 budget/sum-mismatch']);
  });
});
