import { placeholder } from '../../../src/core/engine/rules/value/placeholder';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '软件维护次数', desc: '软件维护次数', value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });

ruleTester(placeholder, {
  valid: [
    { name: 'a target in words (完成) is no result', spec: withRow({ l2: '质量指标', l3: '食品安全监管人员培训', desc: '', value: '完成' }, {}) },
    spec(),
    { name: 'an empty cell is value/empty’s finding', spec: quantity('') },
    { name: '无 inside a real text', spec: quantity('无破损') },
    { name: 'a real number', spec: quantity('≥2次') },
    { name: '无 on a measure of accidents is the target, none (as 零事故)', spec: withRow({ l2: '质量指标', l3: '安全事故发生次数', desc: '', value: '无' }) },
    { name: '无 on 违规违纪情况', spec: withRow({ l2: '质量指标', l3: '违规违纪情况', desc: '', value: '无' }) },
    { name: '无 on 质量问题投诉', spec: withRow({ l2: '质量指标', l3: '质量问题投诉', desc: '', value: '无' }) },
  ],
  invalid: [
    // values45 (real: 安居区 食品监管 区域自评表 2021): a self-evaluation's result copied into the target column.
    { name: '已完成 as a target: noted', spec: withRow({ l2: '质量指标', l3: '食品安全监管人员培训', desc: '', value: '已完成' }, {}), errors: [{ messageId: 'doneAsTarget', severity: 'info' }] },
    {
      name: '无 on a benefit the project does not have (real tables): noted only',
      spec: withRow({ l2: '经济效益指标', l3: '经济效益', desc: '', value: '无' }, {}),
      errors: [{ messageId: 'notApplicable', severity: 'info' }],
    },
    {
      name: '无 on a 三级 named 社会成本 under the older scheme’s 成本指标: noted only, as under 社会成本指标',
      spec: withRow({ l2: '成本指标', l3: '社会成本', desc: '', value: '无' }, {}),
      errors: [{ messageId: 'notApplicable', severity: 'info' }],
    },
    ...['XX', 'xx', '/', '无', '待定', '——', '-', '—', 'N/A', '请输入指标值'].map((v) => ({
      name: v,
      spec: quantity(v),
      errors: [{ messageId: 'placeholder', cell: valueCell(0), suggestion: null, severity: 'error' as const }],
    })),
    { name: 'a template value with XX for the number', spec: satisfaction('≥XX%'), errors: [{ messageId: 'placeholder', cell: valueCell(5) }] },
    // 暂不确定: the pmkpi budget system's own value-source choice (KPIVALSOURCE, test/fixtures/census/systems40.tsv),
    // typed into the number column beside a sign; our row. No target yet, as 待定.
    ...['暂不确定', '不确定', '暂未确定', '尚未确定'].map((v) => ({
      name: `split: ${v} in the number column`,
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: v, unit: '次' }] }),
      errors: [{ messageId: 'placeholder', cell: valueCell(0), severity: 'error' as const }],
    })),
    {
      name: 'split: a slash in the number column',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '/', unit: '次' }] }),
      errors: [{ messageId: 'placeholder', cell: valueCell(0) }],
    },
  ],
});
