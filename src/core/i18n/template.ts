import type { Localized } from './format';
import { registerTexts } from './base';
// The sections every part shows, in English too, wherever this section is (the ribbon loads them apart: ./load-base-en).
import './base-en';

/**
 * Texts of the blank template: its input prompts (Excel limits: title ≤ 32, message ≤ 255
 * characters; an error alert's message ≤ 225), the 插入模板 form of the task pane
 * (`template.form.*`) and the messages of the insertion in Excel (`template.insert.*`).
 */
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

  // The 插入模板 form of the task pane (src/taskpane/components/TemplateForm.tsx).
  'template.form.title': { 'zh-CN': '插入空白绩效目标表', 'en-US': 'Insert a blank performance target table' },
  'template.form.intro': {
    'zh-CN': '生成一张空白的项目支出绩效目标表：一级、二级指标有下拉列表，每个要填的单元格都有填写说明。模板插入在当前选中的单元格处，不会覆盖任何内容。',
    'en-US': 'Creates a blank project expenditure performance target table: dropdown lists for the level-1 and level-2 indicators and a hint on every cell to fill in. It goes at the selected cell and never overwrites anything.',
  },
  'template.form.scheme': { 'zh-CN': '指标体系', 'en-US': 'Indicator scheme' },
  'template.form.scheme.2015': { 'zh-CN': '2015 版（财预〔2015〕88号）', 'en-US': '2015 scheme (财预〔2015〕88号)' },
  'template.form.scheme.2015.hint': {
    'zh-CN': '一级指标为产出、效益、满意度；成本指标是产出指标下的二级指标。',
    'en-US': 'Level 1: output, benefit, satisfaction; cost is a level-2 indicator under output.',
  },
  'template.form.scheme.2021': { 'zh-CN': '2021 版（财预〔2021〕101号）', 'en-US': '2021 scheme (财预〔2021〕101号)' },
  'template.form.scheme.2021.hint': {
    'zh-CN': '成本指标单列为一级指标（经济、社会、生态环境成本），依据《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》。',
    'en-US': 'Cost becomes a level-1 indicator (economic, social, environmental cost), as in the 2021 central-government guideline for core performance targets.',
  },
  'template.form.unit': { 'zh-CN': '金额单位', 'en-US': 'Money unit' },
  'template.form.unit.万元': { 'zh-CN': '万元', 'en-US': '万元 (10,000 yuan)' },
  'template.form.unit.元': { 'zh-CN': '元', 'en-US': '元 (yuan)' },
  'template.form.project': { 'zh-CN': '项目名称', 'en-US': 'Project name' },
  'template.form.project.placeholder': { 'zh-CN': '如：2025年检察业务经费项目', 'en-US': 'e.g. 2025年检察业务经费项目' },
  'template.form.project.hint': {
    'zh-CN': '可以留空，插入后再填写；填写后新工作表以项目名称命名。',
    'en-US': 'May be left empty and filled in later; a new sheet is named after it.',
  },
  'template.form.project.tooLong': { 'zh-CN': '项目名称不能超过 {max} 个字。', 'en-US': 'The project name may have at most {max} characters.' },
  'template.form.rows': { 'zh-CN': '每个二级指标的行数', 'en-US': 'Rows per level-2 indicator' },
  'template.form.rows.hint': {
    'zh-CN': '1–20 行。用不到的行在填写后删除即可。',
    'en-US': '1–20 rows. Delete the rows you do not need once you have filled in the table.',
  },
  'template.form.rows.invalid': { 'zh-CN': '请输入 1 到 20 之间的整数。', 'en-US': 'Enter a whole number from 1 to 20.' },
  'template.form.submit': { 'zh-CN': '插入模板', 'en-US': 'Insert template' },
  'template.form.close': { 'zh-CN': '关闭', 'en-US': 'Close' },
  'template.form.inserting': { 'zh-CN': '正在插入模板…', 'en-US': 'Inserting the template…' },
  'template.form.notEmpty.title': { 'zh-CN': '这里已有内容', 'en-US': 'This place is not empty' },
  'template.form.newSheet': { 'zh-CN': '在新工作表中插入', 'en-US': 'Insert on a new sheet' },
  'template.form.done.title': { 'zh-CN': '模板已插入', 'en-US': 'Template inserted' },
  'template.form.done': {
    'zh-CN': '已在工作表“{sheet}”的 {address} 插入模板。下面列出的是还要填写的空白项。',
    'en-US': 'The template is on sheet "{sheet}" at {address}. The blank fields still to fill in are listed below.',
  },

  // Insertion in Excel (src/hosts/excel/template.ts).
  'template.insert.notEmpty': {
    'zh-CN': '工作表“{sheet}”中模板需要的区域 {range} 不是空的：{detail}。插入模板不会覆盖任何单元格。请选中一块空白区域左上角的单元格再试，或在新工作表中插入。',
    'en-US': 'The area the template needs on sheet "{sheet}", {range}, is not empty: {detail}. Inserting never overwrites a cell. Select the top-left cell of an empty area and try again, or insert on a new sheet.',
  },
  'template.insert.cells': { 'zh-CN': '{cells} 有内容', 'en-US': '{cells} hold data' },
  'template.insert.merged': { 'zh-CN': '与合并单元格 {areas} 重叠', 'en-US': 'it overlaps the merged cells {areas}' },
  'template.insert.noRoom': {
    'zh-CN': '从 {cell} 开始放不下模板（需要 {rows} 行、{cols} 列）。请选中更靠上、靠左的单元格，或在新工作表中插入。',
    'en-US': 'The template ({rows} rows, {cols} columns) does not fit from {cell}. Select a cell further up or left, or insert on a new sheet.',
  },
  'template.insert.workbookProtected': {
    'zh-CN': '工作簿的结构受保护，无法添加工作表。请先撤销保护（审阅 › 保护工作簿），再试一次。',
    'en-US': 'The workbook structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) and try again.',
  },
  'template.insert.noValidation': {
    'zh-CN': '此版本的 Excel（低于 ExcelApi 1.8）不支持数据验证：模板已插入，但没有一级、二级指标的下拉列表和填写说明。',
    'en-US': 'This version of Excel (before ExcelApi 1.8) has no data validation: the template is in place, but without the indicator dropdown lists and the hints.',
  },
  'template.insert.noPageLayout': {
    'zh-CN': '此版本的 Excel（低于 ExcelApi 1.9）无法设置打印格式。打印前请在“页面布局”中选择 A4 纸，并将宽度调整为 1 页。',
    'en-US': 'This version of Excel (before ExcelApi 1.9) cannot set up printing. Before printing, choose A4 paper and fit the width to 1 page under Page Layout.',
  },
  'template.alert.title': { 'zh-CN': '不在列表中', 'en-US': 'Not in the list' },
  'template.alert.message': {
    'zh-CN': '该名称不在所选指标体系的列表中。确定要使用吗？（带权重的写法，如“产出指标(50分)”，可以保留。）',
    'en-US': 'This name is not in the list of the chosen scheme. Use it anyway? (A name with a weight, such as 产出指标(50分), is fine.)',
  },
} as const satisfies Record<string, Localized>;

registerTexts(TEMPLATE_TEXTS);
