import { level2AsLevel3 } from '../../../src/core/engine/rules/structure/level2-as-level3';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

const l3 = (name: string) => withRow({ l2: '数量指标', l3: name, value: '≥200次' });

ruleTester(level2AsLevel3, {
  valid: [
    spec(),
    { name: 'the seed’s 服务对象满意度 names what is measured', spec: l3('服务对象满意度') },
    { name: 'a short category word without 指标', spec: l3('社会效益') },
    { name: 'an indicator name containing a category', spec: l3('社会效益指标完成率') },
  ],
  invalid: [
    { name: 'the seed’s 生态效益指标', spec: l3('生态效益指标'), errors: [{ messageId: 'level2', cell: 'C8', severity: 'warning' }] },
    { name: 'with spaces', spec: l3(' 数量 指标 '), errors: [{ messageId: 'level2', cell: 'C8' }] },
    { name: 'a 一级 name', spec: l3('产出指标'), errors: [{ messageId: 'level1', cell: 'C8' }] },
  ],
});
