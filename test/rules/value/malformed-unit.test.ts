import { malformedUnit } from '../../../src/core/engine/rules/value/malformed-unit';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });
const quality = (value: string, l3 = '设备合格率') => withRow({ l2: '质量指标', l3, desc: l3, value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });

ruleTester(malformedUnit, {
  valid: [
    spec(),
    { name: '%', spec: satisfaction('≥99%') },
    { name: '1.2万人次 is the standard form', spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', value: '≥1.2万人次' }) },
    { name: 'km and kg are units of their own, not k before m or g', spec: withRow({ l2: '数量指标', l3: '修建道路长度', desc: '修建道路长度', value: '≥10km' }) },
    { name: 'kg', spec: withRow({ l2: '数量指标', l3: '发放物资重量', desc: '发放物资重量', value: '≥500kg' }) },
    { name: '九成新 (a condition, not a share) is text', spec: quality('九成新', '设备成色') },
    { name: '完成 is no tenths', spec: quality('100%完成', '任务完成率') },
    { name: 'a number above 1 with 比例 is no fraction of 1', spec: quality('≥97比例', '视频监控在线率') },
    { name: 'full-width ％ is correct', spec: satisfaction('≥99％') },
    { name: '个百分点 is a unit of its own', spec: quality('≥2个百分点', '合格率提高') },
    { name: 'split: 百分比 in the unit column is normal', spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '≥', value: '95', unit: '百分比' }] }) },
  ],
  invalid: [
    // fixes39: the shape of a real tune table (检查差旅费 | 470 | 人/天 under 成本指标): the clerk meant
    // 元/人/天; the standard spelling 人天 (person-days) would have been offered in one click. The table is ours.
    {
      name: '人/天 on a cost is no money unit: said, with no fix (was 人天)',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '200', unit: '次' }, { l2: '成本指标', l3: '检查差旅费', value: '470', unit: '人/天' }] }),
      errors: [{ messageId: 'costNotMoneyUnit', cell: 'G9', suggestion: undefined, severity: 'warning' }],
    },
    { name: '人/天 on a count still gets 人天', spec: withRow({ l2: '数量指标', l3: '培训规模', desc: '', value: '≥300人/天' }), errors: [{ messageId: 'nonstandardUnit', suggestion: '≥300人天', severity: 'warning' }] },
    {
      name: '≥1.5w人次: a Latin w for 万 (was an unknown unit, silent): a warning with 万人次',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '培训人次', value: '≥1.5w人次' }),
      errors: [{ messageId: 'letterUnit', cell: 'E8', suggestion: '≥1.5万人次', severity: 'warning' }],
    },
    {
      name: '≥3K人: a Latin k for 千, the number in full',
      spec: withRow({ l2: '数量指标', l3: '受益人数', desc: '受益人数', value: '≥3K人' }),
      errors: [{ messageId: 'letterUnit', cell: 'E8', suggestion: '≥3000人', severity: 'warning' }],
    },
    {
      name: '1.2w人次 with no sign: one fix gives both',
      spec: withRow({ l2: '数量指标', l3: '服务人次', desc: '服务人次', value: '1.2w人次' }),
      errors: [{ messageId: 'letterUnit', cell: 'E8', suggestion: '≥1.2万人次', severity: 'warning' }],
    },
    { name: '≥95pct: an abbreviation for %', spec: satisfaction('≥95pct'), errors: [{ messageId: 'letterUnit', cell: valueCell(5), suggestion: '≥95%', severity: 'warning' }] },
    { name: '≤50w元 on a cost: 万元', spec: cost('≤26.5w元'), errors: [{ messageId: 'letterUnit', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'warning' }] },
    { name: 'a currency mark before the amount: a note, the amount without it', spec: cost('≤¥26.5万元'), errors: [{ messageId: 'currency', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'info' }] },
    { name: '￥ with no unit: 元 is the unit it means', spec: cost('≤￥265000'), errors: [{ messageId: 'currency', cell: valueCell(3), suggestion: '≤265000元', severity: 'info' }] },
    { name: '人民币 and RMB', spec: cost('≤人民币26.5万元'), errors: [{ messageId: 'currency', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'info' }] },
    { name: 'RMB, any case', spec: cost('≤rmb26.5万元'), errors: [{ messageId: 'currency', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'info' }] },
    {
      name: 'a count’s name as its unit (≥200人数): the unit 人 (was an unknown unit, silent)',
      spec: withRow({ l2: '数量指标', l3: '培训人数', desc: '培训人数', value: '≥200人数' }),
      errors: [{ messageId: 'nonstandardUnit', cell: valueCell(0), suggestion: '≥200人', severity: 'warning' }],
    },
    {
      name: '百分之 and a Chinese numeral, then 以上 (was read as no number at all)',
      spec: satisfaction('百分之九十五以上'),
      errors: [{ messageId: 'percentWords', cell: valueCell(5), suggestion: '≥95%', severity: 'error' }],
    },
    { name: 'a share in tenths with a sign: ≥9成 is ≥90%', spec: satisfaction('≥9成'), errors: [{ messageId: 'tenths', cell: valueCell(5), suggestion: '≥90%', severity: 'warning' }] },
    { name: '九成以上', spec: satisfaction('九成以上'), errors: [{ messageId: 'tenths', cell: valueCell(5), suggestion: '≥90%', severity: 'warning' }] },
    { name: '不低于九成', spec: satisfaction('不低于九成'), errors: [{ messageId: 'tenths', cell: valueCell(5), suggestion: '≥90%', severity: 'warning' }] },
    { name: '≥9.5成 on a rate', spec: quality('≥9.5成'), errors: [{ messageId: 'tenths', suggestion: '≥95%', severity: 'warning' }] },
    { name: '8成 with no sign: the sign inferred too', spec: quality('8成'), errors: [{ messageId: 'tenths', suggestion: '≥80%', severity: 'warning' }] },
    {
      name: 'a fraction with 比例 for its unit (安徽’s system: ≥0.97比例) is ≥97%',
      spec: quality('≥0.97比例', '视频监控在线率'),
      errors: [{ messageId: 'tenths', cell: valueCell(1), suggestion: '≥97%', severity: 'warning' }],
    },
    { name: '＝1比率 likewise', spec: quality('＝1比率', '资金拨付率'), errors: [{ messageId: 'tenths', cell: valueCell(1), suggestion: '＝100%', severity: 'warning' }] },
    {
      name: '人/次 for 人次 (real tables)',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '', value: '≥101人/次' }),
      errors: [{ messageId: 'nonstandardUnit', cell: valueCell(0), suggestion: '≥101人次', severity: 'warning' }],
    },
    {
      name: '人/次 with no sign: one suggestion mends both (the missing-sign one gives the same)',
      spec: withRow({ l2: '数量指标', l3: '培训人次', desc: '', value: '100人/次' }),
      errors: [{ messageId: 'nonstandardUnit', cell: valueCell(0), suggestion: '≥100人次', severity: 'warning' }],
    },
    {
      name: 'the seed: 百分之 after the number',
      spec: satisfaction('≥99百分之'),
      errors: [{ messageId: 'percentWords', cell: valueCell(5), suggestion: '≥99%', severity: 'error' }],
    },
    { name: '百分之 before the number, with a sign', spec: satisfaction('≥百分之98'), errors: [{ messageId: 'unitBeforeNumber', cell: valueCell(5), suggestion: '≥98%' }] },
    { name: '百分之 without a sign: the sign is added too', spec: quality('百分之98'), errors: [{ messageId: 'percentWords', cell: valueCell(1), suggestion: '≥98%' }] },
    { name: '% before the number', spec: satisfaction('≥%98'), errors: [{ messageId: 'unitBeforeNumber', suggestion: '≥98%' }] },
    { name: 'money before the number, on a cost with a wrong sign', spec: cost('≥万元26.5'), errors: [{ messageId: 'unitBeforeNumber', cell: valueCell(3), suggestion: '≤26.5万元' }] },
    { name: '百分百 in words', spec: quality('百分百'), errors: [{ messageId: 'percentWords', suggestion: '＝100%' }] },
    {
      name: 'split: 百分之 in the unit column',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '大于等于', value: '99', unit: '百分之' }] }),
      errors: [{ messageId: 'percentWords', cell: 'G8', suggestion: '%' }],
    },
    {
      name: 'split: 百分之 in the number cell',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '满意度', sign: '≥', value: '99百分之', unit: '' }] }),
      errors: [{ messageId: 'percentWords', cell: valueCell(0), suggestion: '99%' }],
    },
    { name: 'no readable number: no suggestion', spec: satisfaction('≥百分之1,2'), errors: [{ messageId: 'unitBeforeNumberNoFix', suggestion: null }] },
  ],
});
