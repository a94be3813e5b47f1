import { costExceeds } from '../../../src/core/engine/rules/budget/cost-exceeds';
import { implausibleAmount } from '../../../src/core/engine/rules/budget/implausible-amount';
import { DEFAULT_ROWS, type RowSpec, ruleTester, runRule, spec, withRow } from '../../helpers/rule-tester';

/** The seed table with its 成本指标 row replaced by these rows (the first carries the 二级). */
function costRows(rows: RowSpec[], base = {}) {
  const [first, ...rest] = rows;
  return spec({
    ...base,
    rows: [...DEFAULT_ROWS.slice(0, 3), { l2: '成本指标', ...first }, ...rest, ...DEFAULT_ROWS.slice(4)],
  });
}
const cost = (value: string, l3 = '项目总成本') => withRow({ l2: '成本指标', l3, desc: l3, value });

const ROWS_2021: RowSpec[] = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2: '经济成本指标', l3: '设备购置成本', value: '≤20万元' },
  { l3: '运维成本', value: '≤6.5万元' },
  { l1: '效益指标', l2: '社会效益指标', l3: '保障办案', value: '有效保障' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', value: '≥95%' },
];

ruleTester(costExceeds, {
  valid: [
    { name: 'the seed: cap equals the budget', spec: spec() },
    { name: '万 for 万元', spec: cost('≤26.5万') },
    { name: 'a cap in 元 equal to the budget in 万元', spec: cost('≤265000元') },
    { name: 'a currency mark on a cap within the budget', spec: cost('≤￥265000') },
    { name: '13.61 万元 exactly', spec: spec({ total: '13.61', fiscal: '13.61', rows: cost('≤13.61万元').rows }) },
    { name: 'below the budget', spec: cost('＜20万元') },
    { name: 'parts adding up to the budget', spec: costRows([{ l3: '设备购置成本', value: '≤20万元' }, { l3: '运维成本', value: '≤6.5万元' }]) },
    {
      name: 'a total beside its parts is not counted twice',
      spec: costRows([{ l3: '项目总成本', value: '≤26.5万元' }, { l3: '设备购置成本', value: '≤20万元' }]),
    },
    { name: 'a per-unit cost is not summed', spec: costRows([{ l3: '设备购置成本', value: '≤26万元' }, { l3: '设备单价', value: '≤0.5万元' }]) },
    { name: 'the 2021 scheme, parts under 经济成本指标', spec: spec({ rows: ROWS_2021 }), options: { scheme: '2021' } },
    { name: 'a ≥ cost is the value rules’ finding', spec: cost('≥30万元') },
    { name: 'no budget to compare with', spec: spec({ total: '', rows: cost('≤30万元').rows }) },
    { name: 'a budget in 元', spec: spec({ moneyUnit: '元', total: '265000', fiscal: '265000' }) },
    { name: 'a total written with its unit', spec: spec({ total: '265000元', rows: cost('≤26.5万元').rows }) },
  ],
  invalid: [
    { name: 'a cap with a currency mark is read (was no number: no check)', spec: cost('≤¥30万元'), errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '≤26.5万元' }] },
    { name: '￥ and no unit: 元', spec: cost('≤￥300000'), errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '≤265000元' }] },
    {
      name: 'one cap above the budget',
      spec: cost('≤30万元'),
      errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '≤26.5万元' }],
    },
    {
      name: 'a cap in 亿元 far above a budget in 万元: the cap suggested in 万元, not as 0.00265亿元',
      spec: cost('≤3.5亿元'),
      errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '≤26.5万元', severity: 'error' }],
    },
    {
      name: 'a cap in 亿元 above a budget that reads well in 亿元 (3000万元) stays in 亿元',
      spec: withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value: '≤0.5亿元' }, { total: '3000', fiscal: '3000' }),
      errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '≤0.3亿元' }],
    },
    {
      name: 'one cent above in 元',
      spec: cost('≤265000.01元'),
      errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '≤265000元' }],
    },
    {
      name: 'parts above the budget: reported on the last part, no guess',
      spec: costRows([{ l3: '设备购置成本', value: '≤20万元' }, { l3: '运维成本', value: '≤7万元' }]),
      errors: [{ messageId: 'exceeds', cell: 'E12', suggestion: null }],
    },
    {
      name: '元 amount written with 万元',
      spec: cost('≤265000万元'),
      errors: [{ messageId: 'unitSlip', cell: 'E11', suggestion: '≤26.5万元' }],
    },
    {
      name: 'the 2021 scheme',
      spec: spec({ rows: ROWS_2021.map((r) => (r.l3 === '运维成本' ? { ...r, value: '≤7万元' } : r)) }),
      options: { scheme: '2021' },
      errors: [{ messageId: 'exceeds', cell: 'E10' }],
    },
    {
      name: 'a split layout: the number cell gets the number',
      spec: withRow({ l2: '成本指标', l3: '项目总成本', sign: '≤', value: '30', unit: '万元' }),
      errors: [{ messageId: 'exceeds', cell: 'E11', suggestion: '26.5' }],
    },
  ],
});

describe('budget/cost-exceeds and a budget written in 万元 in a 元 table', () => {
  it('stays silent: the budget is the wrong cell and implausible-amount reports it once', () => {
    const s = withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value: '≤20万元' }, { moneyUnit: '元', total: '20.00', fiscal: '20.00' });
    expect(runRule(costExceeds, s)).toEqual([]);
    const [f] = runRule(implausibleAmount, s);
    expect(f).toMatchObject({ messageId: 'smallForYuan', cell: 'C4', suggestion: '200000.00' });
  });

  // spec42 (issue #11 item 4): the case it leaves to implausible-amount is still reported when that rule is off.
  it('reports the cap above the budget when budget/implausible-amount is off', () => {
    const s = withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value: '≤20万元' }, { moneyUnit: '元', total: '20.00', fiscal: '20.00' });
    const found = runRule(costExceeds, s, { settings: { rules: { 'budget/implausible-amount': 'off' } } });
    expect(found.map((f) => [f.messageId, f.cell, f.severity])).toEqual([[expect.any(String), 'E11', 'error']]);
  });
});
