import { missingNumber } from '../../../src/core/engine/rules/value/missing-number';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '软件维护次数', desc: '软件维护次数', value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });

ruleTester(missingNumber, {
  valid: [
    spec(),
    { name: 'empty (value/empty)', spec: quantity('') },
    { name: 'a placeholder (value/placeholder)', spec: satisfaction('≥XX%') },
    { name: 'qualitative', spec: quantity('达到预期目标') },
    { name: 'words without a number are a qualitative statement', spec: quantity('不低于上年水平') },
    { name: 'a number without a unit (value/missing-unit)', spec: quantity('≥200') },
    // A sign before words compares with something named (上年, 良好, Ⅲ类): a qualitative statement,
    // which value/qualitative-not-allowed reports where a number is required.
    { name: 'a sign and words (≥较上年提高)', spec: quantity('≥较上年提高') },
    { name: 'a sign and a grade (≥Ⅲ类 water)', spec: quantity('≥Ⅲ类') },
  ],
  invalid: [
    { name: 'a sign and a unit', spec: satisfaction('≥%'), errors: [{ messageId: 'noNumber', cell: valueCell(5), suggestion: null, severity: 'error' }] },
    { name: 'a sign alone', spec: quantity('≥'), errors: [{ messageId: 'noNumber', cell: valueCell(0) }] },
    { name: 'a unit alone', spec: satisfaction('%'), errors: [{ messageId: 'noNumber', cell: valueCell(5) }] },
    {
      name: 'words between the sign and the number: the target is there, read it (≤预算100万元)',
      spec: withRow({ l2: '成本指标', l3: '项目成本', desc: '', value: '≤预算100万元' }),
      errors: [{ messageId: 'wordsBetween', cell: valueCell(3), suggestion: '≤100万元', severity: 'warning' }],
    },
    { name: 'words between, on a quantity (≥培训500人)', spec: quantity('≥培训500人'), errors: [{ messageId: 'wordsBetween', suggestion: '≥500人', severity: 'warning' }] },
    { name: 'a masked number (≤****000元) is no target to read', spec: withRow({ l2: '成本指标', l3: '项目成本', desc: '', value: '≤****000元' }), errors: [{ messageId: 'noNumber', severity: 'error' }] },
    {
      name: 'split: sign and unit, no number',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '服务对象满意度指标', l3: '单位干警满意度', sign: '≥', value: '', unit: '%' }] }),
      errors: [{ messageId: 'noNumber', cell: valueCell(0) }],
    },
  ],
});
