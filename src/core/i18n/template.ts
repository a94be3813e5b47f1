import type { Localized } from './format';

/** Input prompts of the blank template (Excel limits: title ≤ 32, message ≤ 255 characters). */
export const TEMPLATE_TEXTS = {
  'template.promptTitle': { 'zh-CN': '填写说明', 'en-US': 'How to fill in' },
  'template.prompt.unitName': { 'zh-CN': '填写预算单位编码和名称，如：263101天津市西青区人民检察院', 'en-US': 'Budget unit code and name, e.g. 263101天津市西青区人民检察院' },
  'template.prompt.project': { 'zh-CN': '填写项目全称，年份与标题一致，如：2025年检察业务经费项目', 'en-US': 'Full project name, with the same year as the title, e.g. 2025年检察业务经费项目' },
  'template.prompt.amount': { 'zh-CN': '填写数字，单位为{unit}，保留两位小数；预算数 = 财政资金 + 其他资金，无其他资金可留空', 'en-US': 'A number in {unit}, two decimals; 预算数 = 财政资金 + 其他资金 (leave 其他资金 empty if none)' },
  'template.prompt.use': { 'zh-CN': '简要说明资金用途，如：用于信息化运维服务费用', 'en-US': 'What the money is for, e.g. 用于信息化运维服务费用' },
  'template.prompt.goals': { 'zh-CN': '逐条填写年度绩效目标，如：1.保障办公办案正常进行。（Alt+Enter 换行）', 'en-US': 'Numbered annual goals, e.g. 1.保障办公办案正常进行。 (Alt+Enter for a new line)' },
  'template.prompt.level1': { 'zh-CN': '从下拉列表选择一级指标', 'en-US': 'Choose the level-1 indicator from the list' },
  'template.prompt.level2': { 'zh-CN': '从下拉列表选择二级指标，须属于左侧的一级指标', 'en-US': 'Choose the level-2 indicator from the list; it must belong to the level-1 indicator on its left' },
  'template.prompt.level3': { 'zh-CN': '填写具体的三级指标名称，不要重复二级指标名称', 'en-US': 'The specific level-3 indicator; do not repeat the level-2 name' },
  'template.prompt.value': { 'zh-CN': '比较符号 + 数值 + 单位，如：≥200次、≥98%、＝100%；定性指标写明预期效果', 'en-US': 'Sign + number + unit, e.g. ≥200次, ≥98%, ＝100%; for a qualitative indicator, the expected effect' },
  'template.prompt.value.cost': { 'zh-CN': '成本是上限：≤ + 金额 + 元/万元，如：≤26.5万元；各项成本合计不超过预算数', 'en-US': 'A cost is a ceiling: ≤ + amount + 元/万元, e.g. ≤26.5万元; the costs together must not exceed 预算数' },
  'template.prompt.value.time': { 'zh-CN': '时限或及时率，如：≤24小时、≤10个工作日、≥95%、11月底之前', 'en-US': 'A time limit or an on-time rate, e.g. ≤24小时, ≤10个工作日, ≥95%, 11月底之前' },
  'template.prompt.value.satisfaction': { 'zh-CN': '满意度为百分比，如：≥90%、≥95%', 'en-US': 'Satisfaction as a percentage, e.g. ≥90%, ≥95%' },
  'template.prompt.value.benefit': { 'zh-CN': '可量化的写 符号+数值+单位（如 ≥98%）；定性的写明预期效果，不要重复指标名称', 'en-US': 'Quantified: sign + number + unit (e.g. ≥98%); qualitative: the expected effect, not the indicator name again' },
} as const satisfies Record<string, Localized>;
