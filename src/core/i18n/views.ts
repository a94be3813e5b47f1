import type { Localized } from './format';
import { registerTexts } from './base';
// The sections every part shows, in English too, wherever this section is (the ribbon loads them apart: ./load-base-en).
import './base-en';

/**
 * Texts every view of the results shows and the ribbon command never does: the severities'
 * names, the rule pages, the review's report and its columns, fixes skipped, the scheme names,
 * the template's placement, the legacy notice. Each module that uses one imports this section
 * (`import '../core/i18n/views'`), as the command line's and the preview's sections are loaded:
 * the ribbon, which shows only a check's summary and the hosts' errors, leaves it out (about 3 KB
 * of its gzip). test/core/i18n-sections.test.ts checks that every such module imports it.
 */
export const VIEW_TEXTS = {
  'pane.severityOne.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'pane.severityOne.warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'pane.severityOne.info': { 'zh-CN': '提示', 'en-US': 'Note' },
  'pane.table.untitled': { 'zh-CN': '（未填写项目名称）', 'en-US': '(no project name)' },
  'pane.outside': { 'zh-CN': '表格之外', 'en-US': 'Outside the tables' },
  // Shown by src/legacy/check.js (ES5, before the bundle) in taskpane.html; the page holds these texts verbatim.
  'legacy.title': { 'zh-CN': '此 Office 无法运行绩效目标表助手的任务窗格', 'en-US': 'This Office cannot run the performance target checker’s task pane' },
  'legacy.needed': {
    'zh-CN': '这台电脑上的 Office 用旧的网页组件（Internet Explorer 11 或旧版 Edge）显示加载项，任务窗格需要新版组件（Microsoft Edge WebView2）。需要：Microsoft 365 或 Office 2021 及以上版本，Windows 10 或更高版本并安装 WebView2 运行时。',
    'en-US': 'Office on this computer shows add-ins with an old web component (Internet Explorer 11 or the old Edge); the task pane needs the new one (Microsoft Edge WebView2). Needed: Microsoft 365 or Office 2021 or later, on Windows 10 or later with the WebView2 runtime.',
  },
  'legacy.instead': {
    'zh-CN': '可以改用：命令行 perf-target check 文件.xlsx（同样的检查，结果写入带标记的副本）；或浏览器预览 npm run preview（在 Chrome 或新版 Edge 中打开，文件不离开本机）。',
    'en-US': 'Use instead: the command line, perf-target check file.xlsx (the same checks, results in a marked copy); or the browser preview, npm run preview (open it in Chrome or the new Edge; the file stays on this computer).',
  },
  'legacy.missing': { 'zh-CN': '缺少的功能：', 'en-US': 'Missing features: ' },
  'template.form.where': { 'zh-CN': '插入位置', 'en-US': 'Where' },
  'template.form.where.new-sheet': { 'zh-CN': '新工作表（以项目名称命名）', 'en-US': 'A new sheet (named after the project)' },
  'template.form.where.active-cell': { 'zh-CN': '所选单元格处（该区域须为空）', 'en-US': 'At the selected cell (the area must be empty)' },
  'rule.page.back': { 'zh-CN': '返回问题列表', 'en-US': 'Back to the findings' },
  'rule.page.meta': { 'zh-CN': '类别：{category} · 默认级别：{severity}', 'en-US': 'Category: {category} · default severity: {severity}' },
  'rule.page.checks': { 'zh-CN': '检查什么', 'en-US': 'What it checks' },
  'rule.page.why': { 'zh-CN': '为什么重要', 'en-US': 'Why it matters' },
  'rule.page.examples': { 'zh-CN': '示例', 'en-US': 'Examples' },
  'rule.page.wrong': { 'zh-CN': '✗ 错误示例：', 'en-US': '✗ Wrong: ' },
  'rule.page.right': { 'zh-CN': '✓ 正确示例：', 'en-US': '✓ Right: ' },
  'rule.page.finding': { 'zh-CN': '本处问题（{cell}）', 'en-US': 'This finding ({cell})' },
  'rule.page.unknown': { 'zh-CN': '没有规则“{id}”。运行 perf-target rules 查看所有规则。', 'en-US': 'There is no rule "{id}". Run perf-target rules to list them all.' },
  'rule.category.value': { 'zh-CN': '指标值', 'en-US': 'value' },
  'rule.category.budget': { 'zh-CN': '预算', 'en-US': 'budget' },
  'rule.category.structure': { 'zh-CN': '结构', 'en-US': 'structure' },
  'rule.category.content': { 'zh-CN': '内容', 'en-US': 'content' },
  'rule.severity.error': { 'zh-CN': '错误', 'en-US': 'error' },
  'rule.severity.warning': { 'zh-CN': '警告', 'en-US': 'warning' },
  'rule.severity.info': { 'zh-CN': '提示', 'en-US': 'note' },
  'review.state.loadFailed': { 'zh-CN': '无法读取工作簿中保存的审阅数据', 'en-US': 'Could not read the review data saved in the workbook' },
  'review.excel.sheetsLocked': {
    'zh-CN': '工作簿结构受保护，无法插入报告工作表。请在“审阅 › 保护工作簿”中取消保护后重试，或下载 CSV。',
    'en-US': 'The workbook structure is protected, so the report sheet cannot be inserted. Unprotect it under Review › Protect Workbook and try again, or download the CSV.',
  },
  'review.excel.hyperlinkTip': { 'zh-CN': '转到 {sheet}!{cell}', 'en-US': 'Go to {sheet}!{cell}' },
  'review.fix.skip.no-suggestion': { 'zh-CN': '没有建议值', 'en-US': 'no suggested value' },
  'review.fix.skip.range': { 'zh-CN': '涉及整张表，需人工修改', 'en-US': 'concerns the whole table; fix it by hand' },
  'review.fix.skip.conflict': { 'zh-CN': '同一单元格有不同的建议值，需人工选择', 'en-US': 'different suggestions for the same cell; choose by hand' },
  'review.fix.skip.unchanged': { 'zh-CN': '单元格已是建议值', 'en-US': 'the cell already holds the suggestion' },
  // Report
  'review.report.export': { 'zh-CN': '导出报告', 'en-US': 'Export report' },
  'review.report.download': { 'zh-CN': '下载', 'en-US': 'Download' },
  'review.report.csv': { 'zh-CN': '下载 CSV', 'en-US': 'Download CSV' },
  'review.report.json': { 'zh-CN': '下载 JSON', 'en-US': 'Download JSON' },
  'review.report.sheetName': { 'zh-CN': '校验报告', 'en-US': '校验报告' },
  'review.report.fileName': { 'zh-CN': '校验报告', 'en-US': 'check-report' },
  'review.report.workbook': { 'zh-CN': '当前工作簿', 'en-US': 'This workbook' },
  'review.report.table': { 'zh-CN': '{project}（{range}）', 'en-US': '{project} ({range})' },
  'review.report.yes': { 'zh-CN': '是', 'en-US': 'yes' },
  'review.report.no': { 'zh-CN': '否', 'en-US': 'no' },
  'review.report.column.sheet': { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  'review.report.column.cell': { 'zh-CN': '单元格', 'en-US': 'Cell' },
  'review.report.column.table': { 'zh-CN': '表格', 'en-US': 'Table' },
  'review.report.column.rule': { 'zh-CN': '规则', 'en-US': 'Rule' },
  'review.report.column.severity': { 'zh-CN': '严重程度', 'en-US': 'Severity' },
  'review.report.column.message': { 'zh-CN': '问题说明', 'en-US': 'Message' },
  'review.report.column.suggestion': { 'zh-CN': '建议值', 'en-US': 'Suggestion' },
  'review.report.column.ignored': { 'zh-CN': '已忽略', 'en-US': 'Ignored' },
  'review.report.column.reason': { 'zh-CN': '忽略原因', 'en-US': 'Reason' },
  'review.report.title': { 'zh-CN': '项目支出绩效目标表校验报告', 'en-US': 'Performance target tables: check report' },
  'review.report.provenance': { 'zh-CN': '由绩效目标表助手生成，再次导出时替换（{tag}）', 'en-US': 'Made by the performance target assistant; replaced by the next export ({tag})' },
  'review.report.file': { 'zh-CN': '文件：{file}', 'en-US': 'File: {file}' },
  'review.report.date': { 'zh-CN': '日期：{date}', 'en-US': 'Date: {date}' },
  'review.report.schemes': { 'zh-CN': '指标体系：{schemes}（共 {tables} 张表）', 'en-US': 'Indicator scheme: {schemes} ({tables} table(s))' },
  'review.report.schemeCount': { 'zh-CN': '{scheme} {count} 张', 'en-US': '{scheme}: {count}' },
  'review.report.scheme.2015': { 'zh-CN': '2015 版（财预〔2015〕88号）', 'en-US': '2015 (财预〔2015〕88号)' },
  'review.report.scheme.2021': { 'zh-CN': '2021 版（财预〔2021〕101号）', 'en-US': '2021 (财预〔2021〕101号)' },
  'review.report.bySeverity': { 'zh-CN': '错误 {errors} 个 · 警告 {warnings} 个 · 提示 {infos} 个 · 已忽略 {ignored} 个', 'en-US': 'Errors {errors} · warnings {warnings} · notes {infos} · ignored {ignored}' },
  'review.report.byCategory': { 'zh-CN': '指标值 {value} 个 · 预算 {budget} 个 · 结构 {structure} 个 · 内容 {content} 个', 'en-US': 'Values {value} · budget {budget} · structure {structure} · content {content}' },
  'review.report.none': { 'zh-CN': '请先校验，再导出报告。', 'en-US': 'Check first, then export the report.' },
  'review.settings.scheme.2015': { 'zh-CN': '2015 版（财预〔2015〕88号）', 'en-US': '2015 (财预〔2015〕88号)' },
  'review.settings.scheme.2021': { 'zh-CN': '2021 版（财预〔2021〕101号）', 'en-US': '2021 (财预〔2021〕101号)' },
} as const satisfies Record<string, Localized>;

registerTexts(VIEW_TEXTS);
