import type { Localized } from './format';

/**
 * Texts the ribbon command and the review's reports need as well as the task pane (command.*,
 * rule pages, severities, the template, the legacy notice). The pane's own texts are in ./pane,
 * loaded only where the pane is: the ribbon command never shows them.
 */
export const UI_TEXTS = {
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
  'command.whereErrors': { 'zh-CN': '错误在 {cells}{more}，已选中第一个。', 'en-US': ' Errors at {cells}{more}; the first is selected.' },
  'command.whereFirst': { 'zh-CN': '请先看 {cells}（已选中）。', 'en-US': ' Start at {cells} (selected).' },
  'command.more': { 'zh-CN': ' 等 {count} 处', 'en-US': ' and {count} more' },
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
} as const satisfies Record<string, Localized>;
