import { qualitativeNotAllowed } from '../../../src/core/engine/rules/value/qualitative-not-allowed';
import { DEFAULT_ROWS, ruleTester, spec, valueCell, withRow, type RowSpec } from '../../helpers/rule-tester';

const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });
const quality = (value: string) => withRow({ l2: '质量指标', l3: '运维服务质量', desc: '运维服务质量', value });

const rows2021 = (l2: string, value: string): RowSpec[] => [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2, l3: '设备购置成本', value },
  { l1: '效益指标', l2: '社会效益指标', l3: '保障办案', value: '有效保障' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', value: '≥95%' },
];

ruleTester(qualitativeNotAllowed, {
  valid: [
    spec(),
    { name: 'a cost in money', spec: cost('≤26.5万元') },
    { name: 'a satisfaction in %', spec: satisfaction('≥90%') },
    { name: 'a wrong sign is another rule’s finding', spec: satisfaction('≤90%') },
    { name: 'a deadline in words (real tables)', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '2025年12月底前' }) },
    { name: 'a quarter as the deadline', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '第四季度' }) },
    { name: 'a quarter of a year, before', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '2025年第3季度前' }) },
    { name: 'a note in brackets after the value (real tables: ≥95%（抽样调查）)', spec: satisfaction('≥95%（抽样调查）') },
    { name: 'the unit in brackets', spec: withRow({ l2: '数量指标', l3: '活动次数', desc: '', value: '≥10（次）' }) },
    { name: 'a 人·次 compound unit on a unit cost', spec: cost('≤200元/人·次') },
    { name: 'a deadline with ≤ is a time, not a sentence holding ≤2025年', spec: withRow({ l2: '时效指标', l3: '开工时间', desc: '', value: '≤2025年3月' }) },
    { name: 'a 人·年 compound unit on a subsidy standard', spec: cost('＝1000元/人·年') },
    { name: 'a date with dots states a time', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '2025.12.31' }) },
    { name: 'a span of months states a time', spec: withRow({ l2: '时效指标', l3: '实施周期', desc: '', value: '2025年1月-12月' }) },
    { name: 'a period', spec: withRow({ l2: '时效指标', l3: '服务周期', desc: '', value: '2023.07-2024.01' }) },
    { name: 'a date with dots and 前 is a deadline', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '2025.12.31前' }) },
    { name: 'a date with dashes and 之前', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '2025-06-30之前' }) },
    { name: 'within the year, as 年度内', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '年度内' }) },
    { name: 'within the year, as 本年度', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '本年度' }) },
    { name: 'a frequency states a period (每月)', spec: withRow({ l2: '时效指标', l3: '更新频率', desc: '', value: '每月' }) },
    { name: 'a frequency by 按 (按季度拨付)', spec: withRow({ l2: '时效指标', l3: '资金拨付频率', desc: '', value: '按季度拨付' }) },
    { name: 'within the project’s period (项目周期内)', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '项目周期内' }) },
    { name: 'within the contract (合同期内)', spec: withRow({ l2: '时效指标', l3: '服务期限', desc: '', value: '合同期内' }) },
    { name: 'within a calendar year (2025年内)', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '', value: '2025年内' }) },
    { name: '长期 (the seed)', spec: withRow({ l2: '时效指标', l3: '使用年限', desc: '', value: '长期' }) },
    { name: 'a qualitative quality is standard', spec: quality('符合国家标准') },
    { name: 'a ratio is measurable as written (配套比例 ≥1:1)', spec: withRow({ l2: '数量指标', l3: '地方配套比例', desc: '', value: '≥1:1' }) },
    { name: 'a ratio with a full-width colon (师生比)', spec: withRow({ l2: '数量指标', l3: '师生比', desc: '', value: '1：15' }) },
    { name: 'qualitative quality', spec: quality('达到预期') },
    { name: 'ten thousand square metres is a unit, not 万(元) and words', spec: withRow({ l2: '数量指标', l3: '改造面积', desc: '', value: '≥1万㎡' }) },
    { name: 'a standard’s code holds no target (GB 3096-2008 2类)', spec: quality('达到GB 3096-2008 2类标准') },
    { name: 'a scale is no target (100分制)', spec: quality('100分制') },
    { name: '5G names a network, not 5 GB', spec: quality('5G全覆盖') },
    { name: '≯ is one sign (不大于), not a sentence', spec: withRow({ l2: '质量指标', l3: '差错率', desc: '', value: '≯5%' }) },
    { name: '≮ is one sign (不小于)', spec: withRow({ l2: '质量指标', l3: '合格率', desc: '', value: '≮90%' }) },
    { name: 'empty', spec: satisfaction('') },
    { name: 'placeholder', spec: cost('XX') },
    { name: '2021: a 社会成本指标 may be qualitative', spec: spec({ rows: rows2021('社会成本指标', '对周边无不利影响') }), options: { scheme: '2021' } },
  ],
  invalid: [
    {
      name: 'a count per period in words keeps its period in the unit (每月1次 -> ≥1次/月)',
      spec: quality('每季度不少于1次'),
      errors: [{ messageId: 'sentence', cell: valueCell(1), suggestion: '≥1次/季度', severity: 'warning' }],
    },
    {
      name: 'a rate per period keeps its own unit (每月完成率达到95% -> ≥95%)',
      spec: quality('每月完成率达到95%'),
      errors: [{ messageId: 'sentence', cell: valueCell(1), suggestion: '≥95%', severity: 'warning' }],
    },
    {
      name: 'a sentence holding a target (real tables: 完成率达到100%)',
      spec: quality('验收完成率达到100%'),
      errors: [{ messageId: 'sentence', cell: valueCell(1), suggestion: '＝100%', severity: 'warning' }],
    },
    {
      name: 'a date where a quantity belongs is no quantity',
      spec: withRow({ l2: '数量指标', l3: '补助学生数', desc: '', value: '2025.12.31' }),
      errors: [{ messageId: 'vagueQuantity', cell: valueCell(0), severity: 'warning' }],
    },
    {
      name: 'a vague quantity (real tables: 按在校学生数核算经费)',
      spec: withRow({ l2: '数量指标', l3: '补助学生数', desc: '', value: '按在校学生数核算经费' }),
      errors: [{ messageId: 'vagueQuantity', cell: valueCell(0), severity: 'warning' }],
    },
    {
      name: 'a vague deadline (real tables: 程度较高)',
      spec: withRow({ l2: '时效指标', l3: '项目完成及时性', desc: '', value: '程度较高' }),
      errors: [{ messageId: 'vagueTimeliness', cell: valueCell(2), severity: 'warning' }],
    },
    {
      name: 'two targets in one cell: split them, no suggestion that would drop one',
      spec: withRow({ l2: '数量指标', l3: '培训人数', desc: '', value: '≥100人/≥50户' }),
      errors: [{ messageId: 'twoTargets', cell: valueCell(0), suggestion: null, severity: 'warning' }],
    },
    {
      name: 'two satisfaction targets in one cell (城区≥95%，农村≥90%)',
      spec: satisfaction('城区≥95%，农村≥90%'),
      errors: [{ messageId: 'twoTargets', suggestion: null, severity: 'warning' }],
    },
    {
      name: '及时 alone states no time',
      spec: withRow({ l2: '时效指标', l3: '资金拨付及时性', desc: '', value: '及时' }),
      errors: [{ messageId: 'vagueTimeliness', cell: valueCell(2), severity: 'warning' }],
    },
    {
      name: '随时 states no time either',
      spec: withRow({ l2: '时效指标', l3: '响应时间', desc: '', value: '随时' }),
      errors: [{ messageId: 'vagueTimeliness', cell: valueCell(2), severity: 'warning' }],
    },
    {
      name: 'a sign before words where a quantity belongs (≥较上年提高): nothing to measure',
      spec: withRow({ l2: '数量指标', l3: '补助学生数', desc: '', value: '≥较上年提高' }),
      errors: [{ messageId: 'vagueQuantity', cell: valueCell(0), severity: 'warning' }],
    },
    {
      name: 'a rate inside words on a cost (成本节约率≥5%): no money cap to suggest, the sign not turned to ≤',
      spec: cost('成本节约率≥5%'),
      errors: [{ messageId: 'cost', cell: valueCell(3), suggestion: null, severity: 'error' }],
    },
    {
      name: 'the budget in words on the only cost (≤预算金额): the budget is the cap suggested',
      spec: cost('≤预算金额'),
      errors: [{ messageId: 'cost', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'error' }],
    },
    { name: '在预算范围内 on the only cost: the budget suggested', spec: cost('在预算范围内'), errors: [{ messageId: 'cost', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'error' }] },
    { name: '不超预算', spec: cost('不超预算'), errors: [{ messageId: 'cost', suggestion: '≤26.5万元' }] },
    { name: '不突破预算', spec: cost('不突破预算'), errors: [{ messageId: 'cost', suggestion: '≤26.5万元' }] },
    {
      name: 'the budget in words beside another cap: no amount to suggest (the two would pass the budget)',
      spec: spec({ rows: [...DEFAULT_ROWS.slice(0, 4), { l2: '成本指标', l3: '差旅费', desc: '', value: '预算内' }, ...DEFAULT_ROWS.slice(4)] }),
      errors: [{ messageId: 'cost', cell: valueCell(4), suggestion: null, severity: 'error' }],
    },
    {
      name: 'a cost in words',
      spec: cost('按预算执行'),
      errors: [{ messageId: 'cost', cell: valueCell(3), suggestion: null, severity: 'error' }],
    },
    {
      name: 'a satisfaction in words',
      spec: satisfaction('满意'),
      errors: [{ messageId: 'satisfaction', cell: valueCell(5), suggestion: null }],
    },
    {
      name: 'a value inside the text becomes the suggestion, and the finding a warning (the target is there)',
      spec: satisfaction('满意度达到95%以上'),
      errors: [{ messageId: 'sentence', cell: valueCell(5), suggestion: '≥95%', severity: 'warning' }],
    },
    {
      name: 'a cost inside a sentence, in words',
      spec: cost('控制在预算内，不超过26.5万元'),
      errors: [{ messageId: 'sentence', cell: valueCell(3), suggestion: '≤26.5万元', severity: 'warning' }],
    },
    {
      name: 'a satisfaction with a stray prefix',
      spec: satisfaction('满意度≥90%'),
      errors: [{ messageId: 'sentence', suggestion: '≥90%', severity: 'warning' }],
    },
    {
      name: 'a satisfaction with a word after it',
      spec: satisfaction('≥90%满意'),
      errors: [{ messageId: 'sentence', suggestion: '≥90%', severity: 'warning' }],
    },
    {
      name: 'a satisfaction in words only stays an error',
      spec: satisfaction('群众满意'),
      errors: [{ messageId: 'satisfaction', severity: 'error' }],
    },
    {
      name: '2021: 经济成本指标 needs money',
      spec: spec({ rows: rows2021('经济成本指标', '节约成本') }),
      options: { scheme: '2021' },
      errors: [{ messageId: 'cost', cell: valueCell(1) }],
    },
    {
      name: 'split: qualitative text in a satisfaction row',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '满意度指标', l3: '群众满意度', sign: '', value: '群众满意', unit: '' }] }),
      errors: [{ messageId: 'satisfaction', cell: valueCell(0), suggestion: null }],
    },
    {
      name: 'split: a cost sentence holding its amount is a warning, as in one cell, without a fix (the columns cannot take it)',
      spec: spec({ rows: [{ l1: '产出指标', l2: '成本指标', l3: '补助标准', sign: '', value: '严格按照1000元/人标准发放', unit: '' }] }),
      errors: [{ messageId: 'sentence', cell: valueCell(0), suggestion: null, severity: 'warning' }],
    },
  ],
});
