import { negativeNumber } from '../../../src/core/engine/rules/value/negative-number';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string, l3 = '培训人次') => withRow({ l2: '数量指标', l3, desc: l3, value });
const timeliness = (value: string) => withRow({ l2: '时效指标', l3: '故障响应时间', desc: '故障响应时间', value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });
const benefit = (value: string, l3: string) => withRow({ l2: '社会效益指标', l3, desc: l3, value });

ruleTester(negativeNumber, {
  valid: [
    spec(),
    { name: 'zero is a count', spec: quantity('＝0个', '安全事故') },
    { name: 'a change may be negative (人数增减)', spec: quantity('≥-5人', '参保人数增减') },
    { name: 'a percentage is value/percent-range’s', spec: benefit('≥-5%', '群众法治意识') },
    { name: 'money on a benefit may be a loss', spec: benefit('≥-5万元', '带动增收') },
    { name: 'a temperature below zero', spec: quantity('≤-18℃', '冷库温度') },
  ],
  invalid: [
    {
      name: 'a negative count (≥-5人次): a warning, no suggestion',
      spec: quantity('≥-5人次'),
      errors: [{ messageId: 'count', cell: 'E8', suggestion: null, severity: 'warning' }],
    },
    { name: '≥-3个', spec: quantity('≥-3个', '新建个数'), errors: [{ messageId: 'count', cell: valueCell(0), suggestion: null, severity: 'warning' }] },
    { name: 'full-width minus', spec: quantity('≥－3个', '新建个数'), errors: [{ messageId: 'count', cell: valueCell(0), severity: 'warning' }] },
    { name: 'a negative time', spec: timeliness('≤-3天'), errors: [{ messageId: 'time', cell: valueCell(2), suggestion: null, severity: 'warning' }] },
    { name: 'a negative cost cap', spec: cost('≤-5万元'), errors: [{ messageId: 'cost', cell: valueCell(3), suggestion: null, severity: 'warning' }] },
  ],
});
