import { quantityCeiling } from '../../../src/core/engine/rules/value/quantity-ceiling';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '设备数量', desc: '设备数量', value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });

ruleTester(quantityCeiling, {
  valid: [
    spec(),
    { name: 'a floor', spec: quantity('≥1台') },
    { name: 'exact', spec: quantity('＝1台') },
    { name: 'a ceiling on a cost is right', spec: cost('≤26.5万元') },
    { name: 'qualitative', spec: quantity('按需采购') },
  ],
  invalid: [
    { name: 'the seed: ≤1台', spec: quantity('≤1台'), errors: [{ messageId: 'ceiling', cell: valueCell(0), suggestion: null, severity: 'info' }] },
    { name: '＜', spec: quantity('＜5个'), errors: [{ messageId: 'ceiling', cell: valueCell(0), severity: 'info' }] },
    {
      name: 'split: on the sign column',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '设备数量', sign: '小于等于', value: '1', unit: '台' }] }),
      errors: [{ messageId: 'ceiling', cell: 'F8' }],
    },
  ],
});
