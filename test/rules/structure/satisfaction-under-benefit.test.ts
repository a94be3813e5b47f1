import { satisfactionUnderBenefit } from '../../../src/core/engine/rules/structure/satisfaction-under-benefit';
import { ruleTester, spec, type RowSpec } from '../../helpers/rule-tester';

/** DEFAULT_ROWS with one 效益 row of ours (made by us: consistency, not accuracy). */
const benefit = (l2: string, l3: string, value = '≥90%', l1 = '效益指标'): { rows: RowSpec[] } => ({
  rows: [
    { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
    { l2: '成本指标', l3: '项目总成本', value: '≤26.5万元' },
    { l1, l2, l3, value },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '单位干警满意度', value: '≥99%' },
  ],
});

ruleTester(satisfactionUnderBenefit, {
  valid: [
    spec(),
    { name: 'a satisfaction under the satisfaction 二级', spec: spec(benefit('服务对象满意度指标', '群众满意度', '≥90%', '满意度指标')) },
    // The older 2015 templates keep 满意度 as a 二级 under 效益: the 二级 is the satisfaction one.
    { name: 'the 2015 templates’ 满意度 二级 under 效益', spec: spec(benefit('服务对象满意度指标', '群众满意度')) },
    { name: 'a benefit that is no satisfaction', spec: spec(benefit('社会效益指标', '空气质量优良天数比例', '≥85%')) },
    { name: 'a satisfaction word under an output 二级 is another rule’s question', spec: spec(benefit('质量指标', '满意度调查覆盖率', '≥80%', '产出指标')) },
  ],
  invalid: [
    // m.shutu.cn p9476085: "将满意度指标代替效益指标" (the page names the mistake; the row is ours).
    { name: 'a satisfaction in place of the social benefit', spec: spec(benefit('社会效益指标', '患者满意度')), errors: [{ messageId: 'satisfaction', cell: 'C10', severity: 'info' }] },
    // 湘潭 环卫 2023 (real corpus, tune): the row as published.
    { name: 'satisfaction with an effect, under 社会效益', spec: spec(benefit('社会效益指标', '服务周期内,市民对空气质量改善的满意程度', '≥85%')), errors: [{ messageId: 'satisfaction', cell: 'C10' }] },
    { name: 'under 可持续影响, spelled without 指标', spec: spec(benefit('可持续影响', '群众满意率')), errors: [{ messageId: 'satisfaction', cell: 'C10' }] },
    { name: 'under 经济效益指标', spec: spec(benefit('经济效益指标', '企业满意度')), errors: [{ messageId: 'satisfaction', cell: 'C10' }] },
  ],
});
