import { nonstandardSign } from '../../../src/core/engine/rules/value/nonstandard-sign';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });
const timeliness = (value: string) => withRow({ l2: '时效指标', l3: '故障响应时间', desc: '故障响应时间', value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });
const benefit = (value: string) => withRow({ l2: '社会效益指标', l3: '保障办案正常进行', desc: '保障办案正常进行', value });

ruleTester(nonstandardSign, {
  valid: [
    spec(),
    { name: 'the standard ≥ is no variant', spec: satisfaction('≥95%') },
    { name: 'a doubled variant is value/doubled-mark’s finding', spec: satisfaction('≧≧95%') },
    { name: 'ASCII = is a symbol', spec: satisfaction('=100%') },
    { name: 'ASCII > is a symbol', spec: satisfaction('>90%') },
    { name: 'full-width ＝ is the canonical form', spec: satisfaction('＝100%') },
    { name: 'a doubled sign is value/doubled-mark’s finding', spec: satisfaction('≥≥90%') },
    { name: 'words without a number are qualitative', spec: benefit('不低于上年水平') },
    { name: 'a span of calendar years is a period, not a range read as ≥2025年', spec: withRow({ l2: '时效指标', l3: '实施周期', desc: '', value: '2025年-2027年' }) },
    { name: 'within a calendar year (2025年内) is a deadline, not ≤2025年', spec: timeliness('2025年内') },
    { name: 'before a calendar year (2026年前) is a deadline too', spec: timeliness('2026年前') },
    {
      name: 'split: words in the sign column are normal',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '大于等于', value: '95', unit: '%' }] }),
    },
    {
      name: 'split: a digraph in the sign column is normal too',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '>=', value: '95', unit: '%' }] }),
    },
  ],
  invalid: [
    // values41 (issue #11; made by us after 国家林业局's 样例 `各 1 次`, values40 w040): after 各 a sign in
    // words is read as one, and 各 is kept before the symbol, as the fix of `各 1 次` keeps it (`各≥1次`,
    // a bound on each). Before: a sentence whose fix `≥1次` said one report where the row counts one of each.
    {
      name: '各不少于1次: the sign in words, 各 kept (was ≥1次)',
      spec: withRow({ l2: '数量指标', l3: '年度、半年趋势报告次数', desc: '', value: '各不少于1次' }),
      errors: [{ messageId: 'words', cell: valueCell(0), suggestion: '各≥1次', severity: 'warning' }],
    },
    {
      name: '每月各不少于2次: the period and 各 kept',
      spec: withRow({ l2: '数量指标', l3: '巡查次数', desc: '', value: '每月各不少于2次' }),
      errors: [{ messageId: 'words', cell: valueCell(0), suggestion: '每月各≥2次', severity: 'warning' }],
    },
    // fixes39 (made by us): a time taken's range is at most its upper bound.
    { name: 'a construction period 1-2年 is ≤2年 (was ≥1年)', spec: withRow({ l2: '时效指标', l3: '工程建设周期', desc: '', value: '1-2年' }), errors: [{ messageId: 'rangeCeiling', cell: 'E10', suggestion: '≤2年', severity: 'warning' }] },
    { name: 'a lasting time’s range keeps its floor (使用年限 8-10年 → ≥8年)', spec: withRow({ l2: '质量指标', l3: '设备使用年限', desc: '', value: '8-10年' }), errors: [{ messageId: 'range', suggestion: '≥8年' }] },
    {
      name: '200多人次: 多 says “more than” as 余 does (was an unknown unit 多人次)',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', value: '200多人次' }),
      errors: [{ messageId: 'words', cell: valueCell(0), suggestion: '≥200人次', severity: 'warning' }],
    },
    {
      name: '（含） before 以上 is read through: the words are the finding, not a sentence',
      spec: satisfaction('95%（含）以上'),
      errors: [{ messageId: 'words', cell: valueCell(5), suggestion: '≥95%', severity: 'warning' }],
    },
    {
      name: '≧ (a Japanese keyboard’s ≥): a note with the standard symbol',
      spec: satisfaction('≧95%'),
      errors: [{ messageId: 'variant', cell: valueCell(5), suggestion: '≥95%', severity: 'info' }],
    },
    {
      name: '≦ on a cost: a note with ≤',
      spec: cost('≦26.5万元'),
      errors: [{ messageId: 'variant', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'info' }],
    },
    { name: 'the slanted ⩾ too', spec: satisfaction('⩾ 95 %'), errors: [{ messageId: 'variant', cell: valueCell(5), suggestion: '≥95%', severity: 'info' }] },
    {
      name: 'split: ≧ in the sign column is noted on that cell, the fix the symbol alone',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '≧', value: '95', unit: '%' }, { l2: '满意度指标', l3: '干警满意度', sign: '≥', value: '95', unit: '%' }] }),
      errors: [{ messageId: 'variant', cell: 'F8', suggestion: '≥', severity: 'info' }],
    },
    {
      name: 'split: ═ (box drawing, 云南 exports’ sign column) is ＝: a note, not an unknown sign',
      spec: spec({ rows: [{ l1: '效益指标', l2: '社会效益指标', l3: '政策知晓率', sign: '═', value: '100', unit: '%' }, { l1: '满意度指标', l2: '满意度指标', l3: '学生满意度', sign: '≧', value: '95', unit: '%' }] }),
      errors: [
        { messageId: 'variant', cell: 'F8', suggestion: '＝', severity: 'info' },
        { messageId: 'variant', cell: 'F9', suggestion: '≥', severity: 'info' },
      ],
    },
    { name: '═ in a combined value likewise', spec: satisfaction('═100%'), errors: [{ messageId: 'variant', cell: valueCell(5), suggestion: '＝100%', severity: 'info' }] },
    {
      name: 'a per-person-per-month standard written with * (real tables: >=530元/人*月) keeps its unit',
      spec: withRow({ l2: '质量指标', l3: '农村低保标准', desc: '', value: '>=530元/人*月' }),
      errors: [{ messageId: 'digraph', cell: valueCell(1), suggestion: '≥530元/人/月', severity: 'warning' }],
    },
    {
      name: 'a range is no target (real tables: 90%-95%)',
      spec: withRow({ l2: '服务对象满意度指标', l3: '群众满意度', desc: '', value: '90%-95%' }),
      errors: [{ messageId: 'range', cell: valueCell(5), suggestion: '≥90%', severity: 'warning' }],
    },
    {
      name: 'a cost written as a range (20-26.5万元): a cost is a ceiling, its upper bound is the target',
      spec: cost('20-26.5万元'),
      errors: [{ messageId: 'rangeCeiling', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'warning' }],
    },
    { name: 'a cost range with its unit twice (20万元-26.5万元)', spec: cost('20万元-26.5万元'), errors: [{ messageId: 'rangeCeiling', suggestion: '≤26.5万元' }] },
    {
      name: 'a rate where lower is better as a range (差错率 1%-2%): the upper bound',
      spec: withRow({ l2: '质量指标', l3: '差错率', desc: '', value: '1%-2%' }),
      errors: [{ messageId: 'rangeCeiling', suggestion: '≤2%', severity: 'warning' }],
    },
    {
      name: '不低于',
      spec: satisfaction('不低于98%'),
      errors: [{ messageId: 'words', cell: valueCell(5), suggestion: '≥98%', severity: 'warning' }],
    },
    { name: '大于等于', spec: satisfaction('大于等于90%'), errors: [{ messageId: 'words', suggestion: '≥90%' }] },
    { name: '达到100%: no share passes 100%, the target is ＝100% (as for a bare 100%)', spec: satisfaction('达到100%'), errors: [{ messageId: 'words', suggestion: '＝100%' }] },
    { name: '>=100% likewise', spec: satisfaction('>=100%'), errors: [{ messageId: 'digraph', suggestion: '＝100%' }] },
    { name: 'a growth rate may pass 100%: 达到100% stays ≥', spec: withRow({ l2: '社会效益指标', l3: '游客增长率', desc: '', value: '达到100%' }), errors: [{ messageId: 'words', suggestion: '≥100%' }] },
    { name: '以上 after the value', spec: satisfaction('98%以上'), errors: [{ messageId: 'words', suggestion: '≥98%' }] },
    {
      name: '余 between the number and the unit (100余人): more than',
      spec: withRow({ l2: '数量指标', l3: '培训人数', desc: '培训人数', value: '100余人' }),
      errors: [{ messageId: 'words', suggestion: '≥100人', severity: 'warning' }],
    },
    { name: '达到…以上: one sign said twice in words is a sentence, not a doubled mark', spec: satisfaction('达到95%以上'), errors: [{ messageId: 'words', suggestion: '≥95%', severity: 'warning' }] },
    { name: '内 after a deadline', spec: timeliness('3个工作日内'), errors: [{ messageId: 'words', cell: valueCell(2), suggestion: '≤3个工作日' }] },
    { name: '不超过 on a cost', spec: cost('不超过10万元'), errors: [{ messageId: 'words', cell: valueCell(3), suggestion: '≤10万元' }] },
    { name: '>=', spec: satisfaction('>=98%'), errors: [{ messageId: 'digraph', cell: valueCell(5), suggestion: '≥98%', severity: 'warning' }] },
    { name: '<=', spec: timeliness('<=24小时'), errors: [{ messageId: 'digraph', suggestion: '≤24小时' }] },
    { name: 'full-width ＞＝', spec: satisfaction('＞＝90%'), errors: [{ messageId: 'digraph', suggestion: '≥90%' }] },
    {
      name: '200+人次: the + is a mark, not words',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '', value: '200+人次' }),
      errors: [{ messageId: 'digraph', suggestion: '≥200人次', severity: 'warning' }],
    },
    {
      name: 'split: words inside the number cell',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '', value: '不低于95', unit: '%' }] }),
      errors: [{ messageId: 'words', cell: valueCell(0), suggestion: '≥95' }],
    },
  ],
});
