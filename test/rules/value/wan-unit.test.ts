import { wanUnit } from '../../../src/core/engine/rules/value/wan-unit';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });
const quantity = (value: string) => withRow({ l2: '数量指标', l3: '服务人次', desc: '服务人次', value });

ruleTester(wanUnit, {
  valid: [
    spec(),
    { name: '万元', spec: cost('≤26.5万元') },
    { name: '万人次 is a unit of its own', spec: quantity('≥1万人次') },
    { name: 'split with 万元', spec: spec({ rows: [{ l1: '产出指标', l2: '成本指标', l3: '项目总成本', sign: '≤', value: '26.5', unit: '万元' }] }) },
  ],
  invalid: [
    {
      name: 'the seed: ≤26.5万',
      spec: cost('≤26.5万'),
      errors: [{ messageId: 'wan', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'info' }],
    },
    { name: '亿 alone', spec: cost('≤1亿'), errors: [{ messageId: 'wan', suggestion: '≤1亿元' }] },
    { name: 'the suggestion also turns a wrong sign', spec: cost('≥26.5万'), errors: [{ messageId: 'wan', suggestion: '≤26.5万元' }] },
    { name: 'no sign: the ceiling is added', spec: cost('26.5万'), errors: [{ messageId: 'wan', suggestion: '≤26.5万元' }] },
    {
      name: 'split: 万 in the unit column',
      spec: spec({ rows: [{ l1: '产出指标', l2: '成本指标', l3: '项目总成本', sign: '小于等于', value: '26.5', unit: '万' }] }),
      errors: [{ messageId: 'wan', cell: 'G8', suggestion: '万元' }],
    },
    {
      name: 'split: 万 in the number cell',
      spec: spec({ rows: [{ l1: '产出指标', l2: '成本指标', l3: '项目总成本', sign: '≤', value: '26.5万', unit: '' }] }),
      errors: [{ messageId: 'wan', cell: valueCell(0), suggestion: '26.5万元' }],
    },
  ],
});
