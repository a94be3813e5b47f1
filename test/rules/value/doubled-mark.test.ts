import { doubledMark } from '../../../src/core/engine/rules/value/doubled-mark';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });
const timeliness = (value: string) => withRow({ l2: '时效指标', l3: '故障响应时间', desc: '故障响应时间', value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });

ruleTester(doubledMark, {
  valid: [
    spec(),
    { name: 'one sign', spec: satisfaction('≥90%') },
    { name: 'words alone are value/nonstandard-sign’s finding', spec: satisfaction('不低于90%') },
    { name: '万人次 is one unit, not 万人 and 次', spec: withRow({ l2: '数量指标', l3: '受益人次', desc: '受益人次', value: '≥5万人次' }) },
    { name: '人次 is one unit', spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', value: '≥200人次' }) },
  ],
  invalid: [
    {
      name: '≥200+人次: + says ≥ again (was read as text, 没有写明数量)',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', value: '≥200+人次' }),
      errors: [{ messageId: 'redundantWords', cell: 'E8', suggestion: '≥200人次', severity: 'warning' }],
    },
    {
      name: 'a unit’s ending typed again (人次次): a warning with the unit once',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', value: '≥200人次次' }),
      errors: [{ messageId: 'stutteredUnit', cell: 'E8', suggestion: '≥200人次', severity: 'warning' }],
    },
    { name: '万元元 on a cost', spec: cost('≤5万元元'), errors: [{ messageId: 'stutteredUnit', cell: valueCell(3), suggestion: '≤5万元', severity: 'warning' }] },
    { name: '工作日日 on a deadline', spec: timeliness('≤3工作日日'), errors: [{ messageId: 'stutteredUnit', cell: valueCell(2), suggestion: '≤3工作日', severity: 'warning' }] },
    {
      name: 'split layout: 人次次 in the unit column is reported on that cell',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', sign: '≥', value: '200', unit: '人次次' }),
      errors: [{ messageId: 'stutteredUnit', cell: 'G8', suggestion: '人次', severity: 'warning' }],
    },
    {
      name: '≥ and 余 (≥1万余人): the word repeats the sign',
      spec: withRow({ l2: '数量指标', l3: '受益人数', desc: '受益人数', value: '≥1万余人' }),
      errors: [{ messageId: 'redundantWords', cell: 'E8', suggestion: '≥1万人', severity: 'warning' }],
    },
    {
      name: 'split layout: a unit typed twice in the unit column is reported on that cell',
      spec: withRow({ l2: '数量指标', l3: '报纸订阅份数', desc: '报纸订阅份数', sign: '≥', value: '1000', unit: '份份' }),
      errors: [{ messageId: 'doubledUnit', cell: 'G8', suggestion: '份', severity: 'error' }],
    },
    {
      name: 'split layout: a sign typed twice in the sign column is reported on that cell, not as a missing sign',
      spec: withRow({ l2: '服务对象满意度指标', l3: '满意度', desc: '满意度', sign: '≥≥', value: '98', unit: '%' }),
      errors: [{ messageId: 'doubledSign', cell: 'F13', suggestion: '≥', severity: 'error' }],
    },
    {
      name: 'split layout: %% in the unit column',
      spec: withRow({ l2: '服务对象满意度指标', l3: '满意度', desc: '满意度', sign: '大于等于', value: '98', unit: '%％' }),
      errors: [{ messageId: 'doubledUnit', cell: 'G13', suggestion: '%' }],
    },
    {
      name: 'a doubled sign',
      spec: satisfaction('≥≥90%'),
      errors: [{ messageId: 'doubledSign', cell: valueCell(5), suggestion: '≥90%', severity: 'error' }],
    },
    { name: 'two different signs of one direction', spec: satisfaction('≥＞90%'), errors: [{ messageId: 'doubledSign', suggestion: '≥90%' }] },
    { name: 'a doubled unit, sign inferred', spec: satisfaction('98%%'), errors: [{ messageId: 'doubledUnit', cell: valueCell(5), suggestion: '≥98%', severity: 'error' }] },
    { name: 'a doubled money unit', spec: cost('≤26.5万元万元'), errors: [{ messageId: 'doubledUnit', cell: valueCell(3), suggestion: '≤26.5万元' }] },
    {
      name: 'a symbol repeated in words: a warning',
      spec: satisfaction('≥98%以上'),
      errors: [{ messageId: 'redundantWords', cell: valueCell(5), suggestion: '≥98%', severity: 'warning' }],
    },
    { name: '≤ … 内', spec: timeliness('≤3个工作日内'), errors: [{ messageId: 'redundantWords', cell: valueCell(2), suggestion: '≤3个工作日' }] },
    { name: 'contradicting signs: no suggestion', spec: satisfaction('≥90%以下'), errors: [{ messageId: 'conflictingSigns', suggestion: null, severity: 'error' }] },
    {
      name: 'both sign and unit doubled: two mistakes',
      spec: satisfaction('≥≥90%%'),
      errors: [
        { messageId: 'doubledSign', cell: valueCell(5), suggestion: '≥90%' },
        { messageId: 'doubledUnit', cell: valueCell(5), suggestion: '≥90%' },
      ],
    },
    { name: 'unreadable number: no suggestion', spec: satisfaction('≥≥1,2%'), errors: [{ messageId: 'doubledSignNoFix', suggestion: null }] },
  ],
});
