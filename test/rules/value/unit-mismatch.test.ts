import { unitMismatch } from '../../../src/core/engine/rules/value/unit-mismatch';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string, l3 = '软件维护次数') => withRow({ l2: '数量指标', l3, desc: l3, value });
const timeliness = (value: string, l3 = '故障响应时间') => withRow({ l2: '时效指标', l3, desc: l3, value });
const cost = (value: string, l3 = '项目总成本') => withRow({ l2: '成本指标', l3, desc: l3, value });
/** A split 时效 row whose value and unit columns both hold a date's serial number (an export lost the date format). */
const dateSerialRows = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '200', unit: '次' },
  { l2: '时效指标', l3: '项目财政资金到位时间', sign: '=', value: '44,561', unit: '44,561' },
];
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });

ruleTester(unitMismatch, {
  valid: [
    spec(),
    { name: 'satisfaction in %', spec: satisfaction('≥90%') },
    { name: 'satisfaction in full-width ％', spec: satisfaction('≥99％') },
    { name: 'satisfaction in 百分之 (value/malformed-unit)', spec: satisfaction('≥99百分之') },
    { name: 'a deadline in hours', spec: timeliness('≤24小时') },
    { name: 'a deadline in working days', spec: timeliness('≤3个工作日') },
    { name: 'a timeliness rate', spec: timeliness('≥90%', '软件升级及时率') },
    { name: 'a service life in years', spec: timeliness('≥5年', '最低使用年限') },
    { name: 'a frequency per period', spec: timeliness('≥1次/月', '巡检频次') },
    { name: 'a qualitative deadline', spec: timeliness('11月底之前') },
    { name: 'a cost in 万', spec: cost('≤26.5万') },
    { name: 'a cost in 元', spec: cost('≤265000元') },
    { name: 'a cost written formally, 万元整 (was an unknown unit on a cost)', spec: cost('≤26.5万元整') },
    { name: 'a unit cost per person and year (list exports: 元/人年)', spec: cost('＝2000元/人年') },
    { name: 'a unit cost per bed and day, with a dot', spec: cost('≤300元/床·日') },
    { name: 'a coverage rate under 数量指标', spec: quantity('≥90%', '覆盖率') },
    { name: 'a rate under 质量 in %', spec: withRow({ l2: '质量指标', l3: '人数覆盖率', desc: '', value: '≥90%' }) },
    { name: 'a frequency is no share: counts per period fit', spec: withRow({ l2: '质量指标', l3: '抽查频率', desc: '', value: '≥2次' }) },
    { name: '指数 is no count (数 after no unit)', spec: withRow({ l2: '社会效益指标', l3: '群众幸福指数', desc: '', value: '≥90%' }) },
    { name: 'a growth rate of a count is a percentage', spec: withRow({ l2: '社会效益指标', l3: '就业人数增长率', desc: '', value: '≥10%' }) },
    { name: 'a count', spec: quantity('≥200次') },
    { name: 'no number (value/missing-number)', spec: satisfaction('≥次') },
    { name: 'no unit (value/missing-unit)', spec: satisfaction('≥90') },
    { name: 'nm-wuhai-gongxiao-2021: a date serial repeated in the unit column is value/date-serial’s finding', spec: spec({ rows: dateSerialRows }) },
  ],
  invalid: [
    {
      name: 'a date serial with value/date-serial off: the unit column is not lost',
      spec: spec({ rows: dateSerialRows }),
      options: { settings: { rules: { 'value/date-serial': 'off' } } },
      errors: [{ messageId: 'timeliness', cell: 'G9', severity: 'warning' }],
    },
    {
      name: 'a percentage on a count under 质量 (培训人数 ≥5%): a warning',
      spec: withRow({ l2: '质量指标', l3: '培训人数', desc: '培训人数', value: '≥5%' }),
      errors: [{ messageId: 'quantityPercent', cell: 'E9', suggestion: null, severity: 'warning' }],
    },
    {
      name: 'a percentage on a count under 效益 (新建个数 ≥10%)',
      spec: withRow({ l2: '社会效益指标', l3: '新建个数', desc: '新建个数', value: '≥10%' }),
      errors: [{ messageId: 'quantityPercent', cell: valueCell(4), suggestion: null, severity: 'warning' }],
    },
    { name: 'a count named by its unit (培训人次) in % under 数量', spec: quantity('≥10%', '培训人次'), errors: [{ messageId: 'quantityPercent', cell: valueCell(0), severity: 'warning' }] },
    {
      name: 'a count on a rate (验收合格率 ≥1个): a warning',
      spec: withRow({ l2: '质量指标', l3: '验收合格率', desc: '验收合格率', value: '≥1个' }),
      errors: [{ messageId: 'rateUnit', cell: valueCell(1), suggestion: null, severity: 'warning' }],
    },
    { name: 'a score on a rate (合格率 ≥90分)', spec: withRow({ l2: '质量指标', l3: '合格率', desc: '', value: '≥90分' }), errors: [{ messageId: 'rateUnit', cell: valueCell(1), severity: 'warning' }] },
    {
      name: 'satisfaction in 次',
      spec: satisfaction('≥90次'),
      errors: [{ messageId: 'satisfaction', cell: valueCell(5), suggestion: null, severity: 'error' }],
    },
    {
      name: 'complaints counted under 满意度 (投诉次数 ≤2次): a note, not an error',
      spec: withRow({ l2: '服务对象满意度指标', l3: '投诉次数', desc: '', value: '≤2次' }),
      errors: [{ messageId: 'satisfactionComplaints', cell: valueCell(5), suggestion: null, severity: 'info' }],
    },
    { name: '有效投诉 0起', spec: withRow({ l2: '服务对象满意度指标', l3: '有效投诉', desc: '', value: '＝0起' }), errors: [{ messageId: 'satisfactionComplaints', severity: 'info' }] },
    { name: 'a satisfaction in 次 is still an error', spec: withRow({ l2: '服务对象满意度指标', l3: '群众满意度', desc: '', value: '≥2次' }), errors: [{ messageId: 'satisfaction', severity: 'error' }] },
    { name: 'satisfaction as a score: a warning', spec: satisfaction('≥90分'), errors: [{ messageId: 'satisfactionScore', severity: 'warning' }] },
    { name: 'an unknown unit: a warning', spec: satisfaction('≥90栋楼'), errors: [{ messageId: 'satisfaction', severity: 'warning' }] },
    { name: 'a deadline in money', spec: timeliness('≤26万元'), errors: [{ messageId: 'timeliness', cell: valueCell(2), severity: 'error' }] },
    { name: 'a deadline in 次', spec: timeliness('≤2次'), errors: [{ messageId: 'timeliness', severity: 'error' }] },
    { name: 'a cost in 次', spec: cost('≤26次'), errors: [{ messageId: 'cost', cell: valueCell(3), severity: 'error' }] },
    { name: 'a cost in %', spec: cost('≤100%'), errors: [{ messageId: 'cost', severity: 'error' }] },
    { name: 'a cost rate in %: a warning', spec: cost('≤5%', '成本节约率'), errors: [{ messageId: 'cost', severity: 'warning' }] },
    { name: 'a quantity in money: a warning', spec: quantity('≥5万元', '采购数量'), errors: [{ messageId: 'quantityMoney', cell: valueCell(0), severity: 'warning' }] },
    { name: 'a count in %: a warning', spec: quantity('≥90%', '设备数量'), errors: [{ messageId: 'quantityPercent', severity: 'warning' }] },
    {
      name: 'split: reported on the unit column',
      spec: spec({ rows: [{ l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', sign: '≥', value: '90', unit: '次' }] }),
      errors: [{ messageId: 'satisfaction', cell: 'G8' }],
    },
  ],
});
