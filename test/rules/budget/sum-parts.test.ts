/**
 * 预算数 against every source a table writes, through the real locator and engine: several fiscal
 * parts (上级 and 本级), 上年结转, 自筹资金, and a 其中 line with no 其他资金 line at all. The shapes
 * are those of real forms (ah-huaibei-wenlv-2025's 其中：财政拨款 / 上年结转 / 其他资金,
 * hb-huangshi-dangxiao-2022's 项目金额 | 其中：当年市级财政资金).
 */
import { checkSheet } from '../../../src/core/engine';
import type { CellValue } from '../../../src/core/engine/grid';
import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';

const GRID: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  [null, '成本指标', '培训成本', '≤100万元'],
  ['效益指标', '社会效益指标', '服务水平', '有所提升'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
];

function sums(upper: CellValue[][]): { cell: string; messageId: string; suggestion?: string; message: string }[] {
  const sheet = checkSheet({ name: 'Sheet1', values: [['项目名称', '某项目', null, null], ...upper, ['年度目标', '完成培训', null, null], ...GRID] });
  expect(sheet.tables).toHaveLength(1);
  return sheet.tables[0].findings
    .filter((f) => f.rule === 'budget/sum-mismatch')
    .map((f) => ({ cell: f.cell, messageId: f.messageId, ...(f.suggestion ? { suggestion: f.suggestion } : {}), message: f.message }));
}

describe('budget/sum-mismatch with every source the table writes', () => {
  it.each<[string, CellValue[][]]>([
    ['上级 and 本级 财政资金', [['预算数（万元）', 100, null, null], ['其中：上级财政资金', 60, '本级财政资金', 40]]],
    ['财政拨款, 上年结转 and 其他资金', [['年度资金总额', 100, null, null], ['其中：财政拨款', 60, null, null], ['上年结转', 20, null, null], ['其他资金', 20, null, null]]],
    ['财政拨款 and 自筹资金', [['预算数（万元）', 100, null, null], ['财政拨款', 60, '自筹资金', 40]]],
    ['一般公共预算 and 政府性基金', [['预算数（万元）', 100, null, null], ['一般公共预算', 60, '政府性基金', 40]]],
    ['a 其中 line and no 其他资金 line: the rest is unlisted', [['项目金额', '164万元', '其中：当年市级财政资金', '132万元']]],
    ['each level’s share (中央财政资金, 省级资金, 市县配套资金)', [['预算数（万元）', 100, '中央财政资金', 60], ['省级资金', 30, '市县配套资金', 10]]],
  ])('%s: no finding when they add up', (_name, upper) => {
    expect(sums(upper)).toEqual([]);
  });

  it('a row of column headers over their amounts (hn-nanyue-xczx-2023’s 中央 | 省级 | 市级资金 | 本级): 市级资金 is the number below it, not 本级', () => {
    const sheet = checkSheet({
      name: 'Sheet1',
      values: [['项目名称', '某项目', null, null, null], ['本年度预计投入(万元)', '中央', '省级', '市级资金', '本级'], [100, 0, 70, 30, 0], ['年度目标', '完成培训', null, null, null], ...GRID],
    });
    const [t] = sheet.tables;
    expect(t.table.budget.fiscal).toMatchObject({ value: 30, at: { row: 2, col: 3 } });
    expect(t.findings.filter((f) => f.rule === 'budget/not-a-number')).toEqual([]);
  });

  it('levels’ shares that do not add up', () => {
    const [f] = sums([['预算数（万元）', 100, '中央财政资金', 60], ['省级资金', 30, '市县配套资金', 20]]);
    expect(f).toMatchObject({ cell: 'B2', messageId: 'mismatchParts', suggestion: '110' });
  });

  it('parts that do not add up: the sum of all of them, each named in the message', () => {
    const [f] = sums([['年度资金总额', 100, null, null], ['其中：财政拨款', 60, null, null], ['上年结转', 10, null, null], ['其他资金', 20, null, null]]);
    expect(f).toMatchObject({ cell: 'B2', messageId: 'mismatchParts', suggestion: '90' });
    expect(f.message).toContain('60 + 20 + 10');
  });

  it('a 其中 part above the total is a contradiction even with no 其他资金 line', () => {
    expect(sums([['项目金额', '100万元', '其中：当年市级财政资金', '132万元']])).toEqual([expect.objectContaining({ cell: 'B2', messageId: 'mismatch' })]);
  });

  it('a part that is no amount leaves the sum unknown', () => {
    expect(sums([['预算数（万元）', 100, null, null], ['其中：上级财政资金', 60, '本级财政资金', '待定']])).toEqual([]);
  });
});

describe('budget/sum-mismatch when a part is broken down further', () => {
  it('财政拨款 100, 其中 中央财政资金 60 and 省级财政资金 40: the main parts add up', () => {
    expect(sums([['预算数（万元）', 100, null, null], ['财政拨款', 100, '其他资金', 0], ['其中：中央财政资金', 60, '省级财政资金', 40]])).toEqual([]);
  });
});

describe('budget parts on a hostile sheet', () => {
  it('thousands of 财政资金 lines above one grid are read in time linear in their number', () => {
    const many = (n: number): CellValue[][] => [['项目名称', '某项目'], ['预算数', 100], ...Array.from({ length: n }, (): CellValue[] => ['财政资金', 1]), ...GRID];
    expect(checkSheet({ name: 'S', values: many(50) }).tables).toHaveLength(1);
    expect(growthRatio((n) => checkSheet({ name: 'S', values: many(n) }), 300, 2)).toBeLessThan(LINEAR_BOUND);
  });
});
