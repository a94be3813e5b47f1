import { nameStatesValue } from '../../../src/core/engine/rules/content/name-states-value';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

const quality = (l3: string, value: string) => withRow({ l2: '质量指标', l3, desc: '', value });

ruleTester(nameStatesValue, {
  valid: [
    spec(),
    { name: 'the same figure in the name and the value', spec: quality('验收合格率100%', '＝100%') },
    { name: 'a figure inside the name describes who is measured', spec: quality('前30%困难学生资助覆盖率', '＝100%') },
    { name: 'a name that is only a value is not a name stating a target', spec: quality('100%', '≥98%') },
    { name: 'a value that is no percentage', spec: quality('验收合格率100%', '优良') },
    { name: 'no figure in the name', spec: quality('验收合格率', '≥98%') },
  ],
  invalid: [
    {
      name: 'real tables (hn-nanyue-fpjd-2018): …质量达标率100% with ≥98%',
      spec: quality('*贫困地区旅游基础设施建设质量达标率100%', '>=98%'),
      errors: [{ messageId: 'differs', cell: 'C9', suggestion: null, severity: 'info' }],
    },
    {
      name: 'a sign in the name too, full-width percent, a closing 。',
      spec: quality('设备完好率≥95％。', '≥90%'),
      errors: [{ messageId: 'differs', cell: 'C9', severity: 'info' }],
    },
  ],
});
