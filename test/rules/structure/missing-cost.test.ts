import { missingCost } from '../../../src/core/engine/rules/structure/missing-cost';
import { DEFAULT_ROWS, ruleTester, runRule, spec } from '../../helpers/rule-tester';

const noCost = spec({ rows: DEFAULT_ROWS.filter((r) => r.l2 !== '成本指标') });

ruleTester(missingCost, {
  valid: [
    spec(),
    { name: 'a 2021 cost 一级', spec: spec({ rows: [...noCost.rows, { l1: '成本指标', l2: '经济成本指标', l3: '总成本', value: '≤26.5万元' }] }) },
    { name: '成本 as a short 二级', spec: spec({ rows: DEFAULT_ROWS.map((r) => (r.l2 === '成本指标' ? { ...r, l2: '成本' } : r)) }) },
    { name: 'the 2015 cost counts under 2021 too (level2-mismatch moves it)', spec: spec(), options: { scheme: '2021' } },
    { name: 'no rows at all', spec: spec({ rows: [] }) },
  ],
  invalid: [
    { name: '2015', spec: noCost, errors: [{ messageId: 'missing2015', cell: 'A7:G7', severity: 'warning' }] },
    { name: '2021', spec: noCost, options: { scheme: '2021' }, errors: [{ messageId: 'missing2021', cell: 'A7:G7' }] },
  ],
});

describe('structure/missing-cost: the example caps the cost at the table\'s own budget', () => {
  it('names the budget written (≤26.5万元), not a placeholder', () => {
    const [f] = runRule(missingCost, noCost);
    expect(f.message).toContain('“项目总成本 ≤26.5万元”');
    expect(f.message).not.toContain('预算数万元');
  });
  it('falls back to ≤预算数 when the table states no budget', () => {
    const [f] = runRule(missingCost, spec({ rows: noCost.rows, total: '' }));
    expect(f.message).toContain('“项目总成本 ≤预算数”');
  });
});
