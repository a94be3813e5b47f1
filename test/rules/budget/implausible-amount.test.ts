import { implausibleAmount } from '../../../src/core/engine/rules/budget/implausible-amount';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value }).rows;

ruleTester(implausibleAmount, {
  valid: [
    // Its own finding (budget/not-a-number, in words) carries the fix in the table's unit: no second one here.
    { name: 'an amount in words naming 元 in a 万元 table', spec: spec({ fiscal: '贰拾陆万伍仟元' }) },
    spec(),
    { name: 'a big project in 万元', spec: spec({ total: '99999.99', fiscal: '99999.99' }) },
    { name: 'a budget in 元', spec: spec({ moneyUnit: '元', total: '1,030,700.00', fiscal: '1,030,700.00', rows: cost('≤1030700元') }) },
    { name: '1,000 元 is the floor', spec: spec({ moneyUnit: '元', total: '1000', fiscal: '1000', rows: cost('≤1000元') }) },
    { name: 'zero', spec: spec({ total: '0', fiscal: '0' }) },
    { name: 'the unit was guessed', spec: spec({ total: '1030700', fiscal: '1030700', moneyUnitInferred: true }) },
    { name: 'a unit written that matches', spec: spec({ total: '26.5万元' }) },
    {
      name: 'no unit line: the unit written in the cells is the table’s own',
      spec: spec({ moneyUnitInferred: true, total: '265000元', fiscal: '265000元', rows: cost('≤265000元') }),
    },
    { name: 'the unit in brackets, 人民币 before the number', spec: spec({ total: '人民币26.5万元', fiscal: '26.5（万元）' }) },
    { name: 'a cap in 元 equal to the budget', spec: spec({ rows: cost('≤265000元') }) },
    { name: 'a cap below the budget', spec: spec({ rows: cost('≤20万元') }) },
  ],
  invalid: [
    {
      name: '元 figures in a 万元 table',
      spec: spec({ total: '1,030,700.00', fiscal: '1,030,700.00', rows: cost('≤103.07万元') }),
      errors: [{ messageId: 'largeForWan', cell: 'C4', suggestion: '103.07' }],
    },
    {
      name: '万元 figures in a 元 table',
      spec: spec({ moneyUnit: '元', total: '26.50', fiscal: '26.50', rows: cost('≤26.5元') }),
      errors: [{ messageId: 'smallForYuan', cell: 'C4', suggestion: '265000.00' }],
    },
    { name: 'less than 100 元 in 万元', spec: spec({ total: '0.005', fiscal: '0.005', rows: cost('≤0.005万元') }), errors: [{ messageId: 'smallForWan', cell: 'C4', suggestion: null }] },
    {
      name: 'an amount written in 元 in a 万元 table: a note (its unit is written, so it is read right)',
      spec: spec({ fiscal: '265000元' }),
      errors: [{ messageId: 'unitWritten', cell: 'E4', suggestion: '26.5', severity: 'info' }],
    },
    {
      name: 'a cap in 元 with the 万元 number',
      spec: spec({ rows: cost('≤26.5元') }),
      errors: [{ messageId: 'capScale', cell: 'E11', suggestion: '≤26.5万元' }],
    },
  ],
});
