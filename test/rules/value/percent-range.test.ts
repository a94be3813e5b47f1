import { percentRange } from '../../../src/core/engine/rules/value/percent-range';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quality = (value: string, l3 = '设备合格率') => withRow({ l2: '质量指标', l3, desc: l3, value });
const benefit = (value: string, l3: string) => withRow({ l2: '社会效益指标', l3, desc: l3, value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });
const min85 = { settings: { thresholds: { minSatisfaction: 85 } } };

ruleTester(percentRange, {
  valid: [
    { name: 'a complaint rate of 0% under 满意度指标 is no satisfaction below the minimum', spec: withRow({ l2: '服务对象满意度指标', l3: '投诉率', desc: '投诉率', value: '＝0%' }), options: min85 },
    spec(),
    { name: '100% exactly', spec: quality('＝100%') },
    { name: '≥100%', spec: satisfaction('≥100%') },
    { name: '0%', spec: quality('＝0%') },
    { name: 'a growth rate may fall', spec: benefit('≥-5%', '业务量增长率') },
    { name: 'not a percentage', spec: benefit('≥120次', '宣传次数') },
    { name: 'no minimum configured', spec: satisfaction('≥60%') },
    { name: 'a small rate on a rate that is no satisfaction is normal (差错率 ≤0.5%)', spec: quality('≤0.5%', '差错率') },
    { name: 'a small ≥ on a quality rate is not a satisfaction', spec: quality('≥0.5%', '覆盖率') },
    { name: 'a complaint rate under 满意度指标 may be small', spec: withRow({ l2: '服务对象满意度指标', l3: '投诉率', desc: '投诉率', value: '＝0.5%' }) },
    { name: 'at the minimum', spec: satisfaction('≥85%'), options: min85 },
    { name: 'a ≤ satisfaction is value/wrong-direction’s finding', spec: satisfaction('≤80%'), options: min85 },
    { name: 'the minimum concerns satisfaction only', spec: quality('≥60%'), options: min85 },
  ],
  invalid: [
    {
      name: 'a share written as a fraction with % on a satisfaction (≥0.9%)',
      spec: satisfaction('≥0.9%'),
      errors: [{ messageId: 'fraction', cell: valueCell(5), suggestion: '≥90%', severity: 'warning' }],
    },
    { name: '＝1% on a satisfaction reads as ＝100%', spec: satisfaction('＝1%'), errors: [{ messageId: 'fraction', suggestion: '＝100%', severity: 'warning' }] },
    { name: 'a fraction is said once, not also as below the minimum', spec: satisfaction('≥0.95%'), options: min85, errors: [{ messageId: 'fraction', suggestion: '≥95%' }] },
    {
      name: 'a satisfaction over 100%',
      spec: satisfaction('≥120%'),
      errors: [{ messageId: 'overHundred', cell: valueCell(5), suggestion: null, severity: 'error' }],
    },
    { name: 'a rate over 100%', spec: quality('≥101%'), errors: [{ messageId: 'overHundred', cell: valueCell(1) }] },
    { name: 'a rate below 0%', spec: quality('≥-5%'), errors: [{ messageId: 'belowZero', severity: 'error' }] },
    { name: 'more than 100% of a rate', spec: quality('＞100%'), errors: [{ messageId: 'impossibleAbove', cell: valueCell(1), suggestion: '＝100%' }] },
    { name: 'less than 0% of a rate', spec: quality('＜0%', '档案差错率'), errors: [{ messageId: 'impossibleBelow', suggestion: '＝0%' }] },
    { name: 'another percentage over 100%: a warning', spec: quality('≥120%', '系统可用性'), errors: [{ messageId: 'overHundredLoose', severity: 'warning' }] },
    { name: 'a growth rate over 100%: a warning', spec: benefit('≥150%', '业务量增长率'), errors: [{ messageId: 'overHundredLoose', severity: 'warning' }] },
    {
      name: 'below the configured minimum satisfaction',
      spec: satisfaction('≥80%'),
      options: min85,
      errors: [{ messageId: 'belowMinimum', cell: valueCell(5), suggestion: '≥85%', severity: 'warning' }],
    },
    {
      name: 'a satisfaction rate under another 二级',
      spec: quality('≥80%', '服务对象满意率'),
      options: min85,
      errors: [{ messageId: 'belowMinimum', suggestion: '≥85%' }],
    },
    {
      name: 'split: over 100',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', sign: '≥', value: '120', unit: '%' }] }),
      errors: [{ messageId: 'overHundred', cell: valueCell(0) }],
    },
    {
      name: 'split: below the minimum, the number cell is fixed',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', sign: '≥', value: '80', unit: '%' }] }),
      options: min85,
      errors: [{ messageId: 'belowMinimum', cell: valueCell(0), suggestion: '85' }],
    },
    {
      // spec42 (issue #11 item 4): the ≤ left to value/wrong-direction is still below the minimum when that rule is off. Made by us.
      name: 'a ≤ satisfaction below the minimum, with value/wrong-direction off',
      spec: satisfaction('≤80%'),
      options: { settings: { thresholds: { minSatisfaction: 85 }, rules: { 'value/wrong-direction': 'off' } } },
      errors: [{ messageId: 'belowMinimum', cell: valueCell(5), severity: 'warning' }],
    },
  ],
});
