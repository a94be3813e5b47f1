import { nameStatesValue } from '../../../src/core/engine/rules/content/name-states-value';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

const quality = (l3: string, value: string) => withRow({ l2: '质量指标', l3, desc: '', value });
const row = (l2: string, l3: string, value: string) => withRow({ l2, l3, desc: '', value });

ruleTester(nameStatesValue, {
  valid: [
    spec(),
    { name: 'the same figure in the name and the value', spec: quality('验收合格率100%', '＝100%') },
    { name: 'a figure inside the name describes who is measured', spec: quality('前30%困难学生资助覆盖率', '＝100%') },
    // A name stating a target that is the same word for word as a value holding no figure is the value rules'
    // business (value/restates-indicator); a figure with words of its own is a name (made by us).
    { name: 'a name and value alike but with no figure', spec: row('社会效益指标', '美化环境。', '美化环境。') },
    { name: 'a figure with words of its own around it', spec: row('数量指标', '聘用网格员120人', '＝120人') },
    { name: 'a number with no unit and no time mark is no bare target', spec: row('数量指标', '2020', '≥2020人次') },
    { name: 'a hotline number in the name', spec: row('质量指标', '12345热线按时办结率', '≥95%') },
    { name: 'a year inside a name', spec: row('时效指标', '2025年12月底前完成率', '＝100%') },
    { name: 'a value that is no percentage', spec: quality('验收合格率100%', '优良') },
    { name: 'no figure in the name', spec: quality('验收合格率', '≥98%') },
  ],
  invalid: [
    {
      name: 'a name that is only a value (made by us)',
      spec: quality('100%', '≥98%'),
      errors: [{ messageId: 'onlyValue', cell: 'C9', suggestion: null, severity: 'warning' }],
    },
    {
      // Real rows, grids44: 大英经开区 2020 决算 (dyrmt.com/article-90897-17), the 三级 column holding the target.
      name: 'real (大英经开区 2020 决算): 成本指标 | 15万元。 | 15万元。',
      spec: row('成本指标', '15万元。', '15万元。'),
      errors: [{ messageId: 'onlyValue', cell: 'C11', suggestion: null, severity: 'warning' }],
    },
    {
      name: 'real (大英经开区 2020 决算): 时效指标 | 2020年全年。 | 2020年全年。',
      spec: row('时效指标', '2020年全年。', '2020年全年。'),
      errors: [{ messageId: 'onlyValue', cell: 'C10', severity: 'warning' }],
    },
    {
      // Real rows, grids44: 大英县民政局 2020 决算 (dyxrmt.cn/article-128100-12).
      name: 'real (大英县民政局 2020 决算): 时效指标 | 2020年 | 2020年; 成本指标 | 100万 | 100万',
      spec: spec({
        rows: [
          { l1: '产出指标', l2: '数量指标', l3: '新建养老服务设施', value: '≥1个' },
          { l2: '时效指标', l3: '2020年', value: '2020年' },
          { l2: '成本指标', l3: '100万', value: '100万' },
          { l1: '效益指标', l2: '社会效益指标', l3: '老年人日益增加的养老服务需求', value: '有所提升' },
          { l1: '满意度指标', l2: '服务对象满意度指标', l3: '养老服务对象对养老机构服务质量满意度', value: '≥90%' },
        ],
      }),
      errors: [
        { messageId: 'onlyValue', cell: 'C9', severity: 'warning' },
        { messageId: 'onlyValue', cell: 'C10', severity: 'warning' },
      ],
    },
    {
      name: 'a span of months as the name (made by us)',
      spec: row('时效指标', '2023.07-2024.01', '2023年12月底前'),
      errors: [{ messageId: 'onlyValue', cell: 'C10', severity: 'warning' }],
    },
    {
      name: 'real (大英经开区 2020 决算): a name word for word its value, with a figure in it',
      spec: row('服务对象满意度指标', '辖区企业满意率达95%以上。', '辖区企业满意率达95%以上。'),
      errors: [{ messageId: 'sameAsValue', cell: 'C13', suggestion: null, severity: 'warning' }],
    },
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
