import { wrongDirection } from '../../../src/core/engine/rules/value/wrong-direction';
import { ruleTester, spec, valueCell, withRow, type RowSpec } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '设备数量', desc: '设备数量', value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });
const rate = (l2: string, l3: string, value: string) => withRow({ l2, l3, desc: l3, value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });

const splitCost = (row: Partial<RowSpec>, otherSign = '≥'): RowSpec[] => [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: otherSign, value: '200', unit: '次' },
  { l2: '成本指标', l3: '项目总成本', sign: '', value: '26.5', unit: '万元', ...row },
];

const rows2021 = (value: string): RowSpec[] => [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2: '经济成本指标', l3: '设备购置成本', value },
];

ruleTester(wrongDirection, {
  valid: [
    spec(),
    { name: 'a cost ceiling', spec: cost('≤26.5万元') },
    { name: 'a cost written as a range (20-26.5万元) writes no sign: value/nonstandard-sign asks for its upper bound', spec: cost('20-26.5万元') },
    { name: 'a complaint rate under 满意度指标 is a ceiling', spec: rate('服务对象满意度指标', '投诉率', '≤5%') },
    { name: 'a 不满意率 under 满意度指标 is a ceiling', spec: rate('服务对象满意度指标', '群众不满意率', '≤5%') },
    { name: 'an exact cost', spec: cost('＝26.5万元') },
    { name: 'a cost below', spec: cost('＜26.5万元') },
    { name: 'a satisfaction floor', spec: satisfaction('≥90%') },
    { name: 'an exact satisfaction', spec: satisfaction('＝100%') },
    { name: 'a ceiling on a quantity is only a note (value/quantity-ceiling)', spec: quantity('≤1台') },
    { name: 'no sign (value/missing-sign)', spec: cost('26.5万元') },
    { name: 'split: 反向 with ≤', spec: spec({ rows: splitCost({ sign: '≤', direction: '反向' }) }) },
    { name: 'split: 反向 stands for ≤', spec: spec({ rows: splitCost({ direction: '反向' }) }) },
    { name: 'gd-dongguan-jtj-2019: a rate under 预算(或投资规模)控制指标 is no ceiling', spec: rate('预算(或投资规模)控制指标', '年度预算执行率', '≥90%') },
    { name: 'a saving rate under 成本指标', spec: rate('成本指标', '成本节约率', '≥5%') },
    { name: 'a reverse rate with a ceiling', spec: rate('质量指标', '差错率', '≤1%') },
    { name: 'a reverse rate at zero', spec: rate('质量指标', '事故发生率', '＝0%') },
    { name: '投诉处理率 is not a reverse rate', spec: rate('质量指标', '投诉处理率', '≥95%') },
    { name: '违规问题查处率 is not a reverse rate', spec: rate('质量指标', '违规问题查处率', '≥95%') },
    { name: 'a count of complaints with ≥ is not judged: a count’s direction is no rule’s (处理投诉次数 is an output; value/quantity-ceiling judges only ≤, spec42)', spec: rate('数量指标', '投诉次数', '≥0次') },
    { name: 'a reverse rate at exactly a low share', spec: rate('质量指标', '差错率', '＝1%') },
    { name: 'a reduction rate (降低率, higher is better) at 100%', spec: rate('质量指标', '能耗降低率', '＝100%') },
    { name: 'a satisfaction at 100%', spec: rate('服务对象满意度指标', '群众满意率', '＝100%') },
  ],
  invalid: [
    // fixes39 (made by us): a standard is set by policy; ≥ meant at least it, ≤ would say the opposite.
    { name: 'a subsidy standard written ≥ gets ＝, not ≤ (was ≤200元/亩)', spec: rate('成本指标', '补贴标准', '≥200元/亩'), errors: [{ messageId: 'cost', cell: 'E11', suggestion: '＝200元/亩', severity: 'error' }] },
    {
      name: 'a cost range with value/nonstandard-sign off: the floor read from it is still turned round',
      spec: cost('20-26.5万元'),
      options: { settings: { rules: { 'value/nonstandard-sign': 'off' } } },
      errors: [{ messageId: 'cost', cell: valueCell(3), severity: 'error' }],
    },
    {
      name: 'a cost with ≥',
      spec: cost('≥26.5万元'),
      errors: [{ messageId: 'cost', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'error' }],
    },
    { name: 'a cost with ＞', spec: cost('＞10万元'), errors: [{ messageId: 'cost', suggestion: '＜10万元' }] },
    { name: 'a cost in words', spec: cost('不低于26.5万'), errors: [{ messageId: 'cost', suggestion: '≤26.5万元' }] },
    { name: 'a satisfaction with ≤', spec: satisfaction('≤90%'), errors: [{ messageId: 'satisfaction', cell: valueCell(5), suggestion: '≥90%' }] },
    { name: 'a satisfaction with ＜', spec: satisfaction('＜90%'), errors: [{ messageId: 'satisfaction', suggestion: '＞90%' }] },
    {
      name: '2021: 经济成本指标 under 一级 成本指标',
      spec: spec({ rows: rows2021('≥5万元') }),
      options: { scheme: '2021' },
      errors: [{ messageId: 'cost', cell: valueCell(1), suggestion: '≤5万元' }],
    },
    {
      name: 'hn-nanyue-xczx-2023: ≥100% on 逾期发放率, no bound to suggest',
      spec: rate('时效指标', '逾期发放率', '>=100%'),
      errors: [{ messageId: 'negative', cell: 'E10', suggestion: null, severity: 'error' }],
    },
    { name: 'a reverse rate with ≥', spec: rate('质量指标', '差错率', '≥2%'), errors: [{ messageId: 'negative', suggestion: '≤2%' }] },
    {
      name: 'hn-nanxian-zfbz-2024: a reverse rate at exactly 100% (every asset idle), a warning with no fix',
      spec: rate('质量指标', '减少国有资产闲置率', '=100%'),
      errors: [{ messageId: 'negativeFull', cell: 'E9', suggestion: null, severity: 'warning' }],
    },
    { name: 'a 不满意率 at 100%', spec: rate('服务对象满意度指标', '群众不满意率', '＝100%'), errors: [{ messageId: 'negativeFull', severity: 'warning' }] },
    { name: 'a complaint rate with ≥ under 满意度指标', spec: rate('服务对象满意度指标', '投诉率', '≥5%'), errors: [{ messageId: 'negative', suggestion: '≤5%' }] },
    { name: 'a 不满意率 with ≥ under 满意度指标', spec: rate('服务对象满意度指标', '群众不满意率', '≥5%'), errors: [{ messageId: 'negative', suggestion: '≤5%' }] },
    { name: 'a satisfaction rate with ≤ stays wrong', spec: rate('服务对象满意度指标', '群众满意率', '≤95%'), errors: [{ messageId: 'satisfaction', suggestion: '≥95%' }] },
    { name: 'a reverse rate with ＞, under 成本指标', spec: rate('成本指标', '成本超支率', '＞5%'), errors: [{ messageId: 'negative', suggestion: '＜5%' }] },
    {
      name: 'split: the sign column is the cell to fix',
      spec: spec({ rows: splitCost({ sign: '≥' }) }),
      errors: [{ messageId: 'cost', cell: 'F9', suggestion: '≤' }],
    },
    {
      name: 'split: in words like the column',
      spec: spec({ rows: splitCost({ sign: '大于等于' }, '大于等于') }),
      errors: [{ messageId: 'cost', cell: 'F9', suggestion: '小于等于' }],
    },
    {
      name: 'split: 正向 on a cost, no sign column value',
      spec: spec({ rows: splitCost({ direction: '正向' }) }),
      errors: [{ messageId: 'cost', cell: 'H9', suggestion: '反向' }],
    },
  ],
});
