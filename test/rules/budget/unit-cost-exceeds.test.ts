import { unitCostExceeds } from '../../../src/core/engine/rules/budget/unit-cost-exceeds';
import { allFindings, checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';
import { DEFAULT_ROWS, type RowSpec, ruleTester, spec } from '../../helpers/rule-tester';

/** The seed table (预算数 26.50 万元) with its 数量指标 and 成本指标 rows replaced. */
function rows(quantities: RowSpec[], cost: string, base = {}) {
  const [q, ...more] = quantities;
  return spec({
    ...base,
    rows: [
      { l1: '产出指标', l2: '数量指标', ...q },
      ...more,
      ...DEFAULT_ROWS.slice(1, 3),
      { l2: '成本指标', l3: '补助标准', desc: '补助标准', value: cost },
      ...DEFAULT_ROWS.slice(4),
    ],
  });
}
const coops = (value: string): RowSpec => ({ l3: '补助合作社个数', desc: '补助合作社个数', value });

ruleTester(unitCostExceeds, {
  valid: [
    { name: 'the seed: no unit cost', spec: spec() },
    { name: '10 × 2万元 within 26.5万元', spec: rows([coops('=10个')], '=2万元/个') },
    { name: 'exactly the budget', spec: rows([coops('=10个')], '=2.65万元/个') },
    { name: 'a ceiling per unit says nothing of the least spend', spec: rows([coops('=10个')], '≤3万元/个') },
    { name: 'an upper count neither', spec: rows([coops('≤10个')], '=3万元/个') },
    { name: 'no count in the unit', spec: rows([coops('=10家')], '=3万元/个') },
    {
      name: 'two counts in the unit: which one is not known',
      spec: rows([coops('=10个'), { l3: '验收合格项目数', desc: '验收合格项目数', value: '=2个' }], '=3万元/个'),
    },
    { name: 'a cost per unit and month', spec: rows([{ l3: '补助人数', value: '=100人' }], '=300元/人/月') },
    {
      name: 'a rate rounded to the fen times a measured area, just above the budget it was worked out from',
      spec: rows([{ l3: '补贴租用面积', value: '26970.7平方米' }], '9.83元/平方米'),
    },
    { name: 'no budget to compare with', spec: rows([coops('=10个')], '=3万元/个', { total: '' }) },
  ],
  invalid: [
    { name: '10 × 3万元 = 30万元 over 26.5万元', spec: rows([coops('=10个')], '=3万元/个'), errors: [{ messageId: 'exceeds', cell: 'E11', severity: 'warning' }] },
    { name: 'no sign on the cost, ≥ on the count', spec: rows([coops('≥10个')], '3万元/个'), errors: [{ messageId: 'exceeds', cell: 'E11' }] },
    { name: 'the cost in 元', spec: rows([{ l3: '补助人数', value: '=150人' }], '=2000元/人'), errors: [{ messageId: 'exceeds', cell: 'E11' }] },
    {
      name: 'a measured area times a rate well above the budget',
      spec: rows([{ l3: '补贴租用面积', value: '26970.7平方米' }], '9.9元/平方米'),
      errors: [{ messageId: 'exceeds', cell: 'E11' }],
    },
  ],
});

describe('budget/unit-cost-exceeds on a real form', () => {
  // The 南岳区 2018 扶贫 form (hn-nanyue-zcsy-2018): 23万元/个 × 10个 = 230万元 over 214.06万元.
  const values: CellValue[][] = [
    ['绩效目标申报表', null, null, null, null, null],
    ['项目名称', '2018年南岳镇资产收益扶贫项目', null, '项目负责人及电话', null, null],
    ['主管部门', '南岳镇人民政府', null, '实施单位', '南岳镇人民政府', null],
    ['资金情况(万元)', '年度资金总额:', 214.06, null, null, null],
    [null, '其中:财政拨款', 214.06, null, null, null],
    [null, '其他资金', 0, null, null, null],
    ['总体目标', '年度目标', null, null, '年度总体目标完成情况', null],
    [null, '10个合作社为入股贫困户返本分红', null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
    [null, '产出指标', '数量指标', '资产入股贫困人口总数', '≥1102人', null],
    [null, null, null, '入股合作社个数', '=10个', null],
    [null, null, '质量指标', '返本分红及时率', '100%', null],
    [null, null, '时效指标', '每年返本分红时间', '每年12月底前', null],
    [null, null, '成本指标', '补助合作社平均标准', '=23万元/个', null],
    [null, '效益指标', '社会效益指标', '受益建档立卡贫困人口数', '≥1102人', null],
    [null, '满意度指标', '服务对象满意度指标', '资产入股贫困人口满意度', '≥95%', null],
  ];
  const merges = ['A4:A6', 'A7:A8', 'B8:D8', 'A9:A16', 'B10:B14', 'C10:C11'];
  const run = (v: CellValue[][]) =>
    allFindings(checkSheet(new Grid({ name: 'Sheet1', values: v, merges: merges.map(parseA1) })))
      .filter((f) => f.rule === 'budget/unit-cost-exceeds')
      .map((f) => `${f.severity} ${f.cell} ${f.message}`);

  it('reports the unit cost, with the product and the budget', () => {
    expect(run(values)).toEqual(['warning E14 单位成本 23万元/个 × 数量 10个 = 230万元，超过预算数 214.06万元：单位成本、数量指标或预算数至少有一处填错，请核对。']);
  });

  it('a unit cost that fits the budget is left alone', () => {
    const fits = values.map((r) => (r[4] === '=23万元/个' ? [...r.slice(0, 4), '=21.4万元/个', null] : r));
    expect(run(fits)).toEqual([]);
  });
});
