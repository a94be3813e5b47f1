/**
 * The task pane's own texts (toolbar, progress, summary, findings list, errors), in zh-CN and en-US.
 * Not loaded with the base catalogue: the ribbon command never shows them, and they were a few KB
 * of its download. The pane's, the preview's and the legacy pane's modules import this module,
 * which adds the texts to the catalogue; their keys are in TextKey all the same.
 */
import type { Localized } from './format';
import { registerTexts } from './base';
// The sections every part shows, in English too, wherever this section is (the ribbon loads them apart: ./load-base-en).
import './base-en';

export const PANE_TEXTS = {
  'pane.title': { 'zh-CN': '绩效目标表助手', 'en-US': 'Performance Target Assistant' },

  // Toolbar
  'pane.toolbar': { 'zh-CN': '操作', 'en-US': 'Actions' },
  'pane.checkSheet': { 'zh-CN': '校验当前工作表', 'en-US': 'Check this sheet' },
  'pane.checkAll': { 'zh-CN': '校验所有工作表', 'en-US': 'Check all sheets' },
  'pane.clearMarks': { 'zh-CN': '清除标记', 'en-US': 'Clear marks' },

  // Severities and categories
  'pane.severity.error': { 'zh-CN': '错误', 'en-US': 'Errors' },
  'pane.severity.warning': { 'zh-CN': '警告', 'en-US': 'Warnings' },
  'pane.severity.info': { 'zh-CN': '提示', 'en-US': 'Notes' },
  'pane.category.value': { 'zh-CN': '值', 'en-US': 'Values' },
  'pane.category.budget': { 'zh-CN': '预算', 'en-US': 'Budget' },
  'pane.category.structure': { 'zh-CN': '结构', 'en-US': 'Structure' },
  'pane.category.content': { 'zh-CN': '内容', 'en-US': 'Content' },

  // Summary and filters
  'pane.summary': { 'zh-CN': '问题统计', 'en-US': 'Summary' },
  'pane.summary.tables': { 'zh-CN': '共 {tables} 张表', 'en-US': '{tables} table(s)' },
  'pane.filter.severity': { 'zh-CN': '按严重程度筛选', 'en-US': 'Filter by severity' },
  'pane.filter.category': { 'zh-CN': '按类别筛选', 'en-US': 'Filter by category' },
  'pane.filter.noMatch': {
    'zh-CN': '没有符合筛选条件的问题。请在上方打开更多类别。',
    'en-US': 'No findings match the filters. Turn on more of the filters above.',
  },

  // Progress
  'pane.progress.reading': { 'zh-CN': '正在读取工作表…', 'en-US': 'Reading the sheet…' },
  'pane.progress.checking': { 'zh-CN': '正在校验…', 'en-US': 'Checking…' },
  'pane.progress.marking': { 'zh-CN': '正在标记单元格…', 'en-US': 'Marking cells…' },
  'pane.progress.clearing': { 'zh-CN': '正在清除标记…', 'en-US': 'Clearing marks…' },
  'pane.progress.sheet': { 'zh-CN': '工作表“{sheet}”（{index}/{total}）', 'en-US': 'Sheet "{sheet}" ({index} of {total})' },

  // States
  'pane.firstRun.title': { 'zh-CN': '开始校验', 'en-US': 'Get started' },
  'pane.firstRun.detail': {
    'zh-CN': '打开绩效目标表所在的工作表，点击“校验当前工作表”。发现的问题会标记在单元格上，并列在这里。',
    'en-US':
      'Open the sheet with the performance target tables and choose "Check this sheet". Problems are marked on the cells and listed here.',
  },
  'pane.empty.title': { 'zh-CN': '未发现问题', 'en-US': 'No problems found' },
  'pane.empty.detail': {
    'zh-CN': '已校验 {tables} 张绩效目标表，未发现需要修改的地方。',
    'en-US': 'Checked {tables} performance target table(s); nothing needs changing.',
  },
  'pane.noTables.title': { 'zh-CN': '未找到绩效目标表', 'en-US': 'No performance target table found' },
  'pane.noTables.detail': {
    'zh-CN': '没有找到“项目名称”“一级指标”等标签。请打开包含绩效目标表的工作表后重新校验。',
    'en-US': 'No labels such as 项目名称 or 一级指标 were found. Open a sheet with a performance target table and check again.',
  },
  'pane.cleared': { 'zh-CN': '已清除所有标记。', 'en-US': 'All marks have been cleared.' },

  // Findings list
  'pane.findings': { 'zh-CN': '问题列表', 'en-US': 'Findings' },
  'pane.sheet.heading': { 'zh-CN': '工作表：{sheet}', 'en-US': 'Sheet: {sheet}' },
  'pane.table.range': { 'zh-CN': '区域 {range}', 'en-US': 'range {range}' },
  'pane.table.count': { 'zh-CN': '{count} 个问题', 'en-US': '{count} finding(s)' },
  'pane.table.clean': { 'zh-CN': '此表未发现问题。', 'en-US': 'No problems in this table.' },
  'pane.table.filtered': { 'zh-CN': '此表没有符合筛选条件的问题。', 'en-US': 'No findings in this table match the filters.' },
  'pane.finding.suggestion': { 'zh-CN': '建议：{value}', 'en-US': 'Suggested: {value}' },
  'pane.finding.label': {
    'zh-CN': '{severity}，单元格 {cell}：{message}',
    'en-US': '{severity}, cell {cell}: {message}',
  },
  'pane.finding.labelWithSuggestion': {
    'zh-CN': '{severity}，单元格 {cell}：{message} 建议：{suggestion}',
    'en-US': '{severity}, cell {cell}: {message} Suggested: {suggestion}',
  },

  // Announcements for screen readers
  'pane.announce.done': {
    'zh-CN': '校验完成：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。',
    'en-US': 'Check finished: {errors} error(s), {warnings} warning(s), {infos} note(s).',
  },
  'pane.announce.clean': { 'zh-CN': '校验完成，未发现问题。', 'en-US': 'Check finished. No problems found.' },
  'pane.announce.failed': { 'zh-CN': '操作失败，请查看错误提示。', 'en-US': 'The action failed. See the error message.' },

  // Errors
  'pane.dismiss': { 'zh-CN': '关闭', 'en-US': 'Dismiss' },
  'pane.error.protected': { 'zh-CN': '工作表受保护', 'en-US': 'The sheet is protected' },
  'pane.error.busy': { 'zh-CN': 'Excel 正忙', 'en-US': 'Excel is busy' },
  'pane.error.unsupported': { 'zh-CN': '此版本的 Excel 不支持该操作', 'en-US': 'Not supported by this version of Excel' },
  'pane.error.no-sheet': { 'zh-CN': '找不到工作表', 'en-US': 'Sheet not found' },
  // The legacy pane (src/legacy/pane.ts): Internet Explorer 11 / EdgeHTML, ExcelApi 1.1–1.8
  'legacyPane.note': {
    'zh-CN': '此 Office 使用旧版网页组件，这是简化的任务窗格：问题单元格用填充色标记，清除标记时恢复单元格原来的填充色。',
    'en-US': 'This Office uses an old web component, so this is a simpler task pane: cells with problems are marked with a fill colour, and clearing the marks puts each cell’s own fill back.',
  },
  'legacyPane.check': { 'zh-CN': '校验', 'en-US': 'Check' },
  'legacyPane.applyFix': { 'zh-CN': '应用修复', 'en-US': 'Apply fix' },
  'legacyPane.applyFixLabel': { 'zh-CN': '将单元格 {cell} 改为“{value}”', 'en-US': 'Change cell {cell} to "{value}"' },
  'legacyPane.fixed': { 'zh-CN': '已将单元格 {cell} 改为“{value}”，并重新校验。', 'en-US': 'Cell {cell} now holds "{value}"; the sheet was checked again.' },
  'legacyPane.fixFormula': {
    'zh-CN': '单元格 {cell} 含有公式，未应用修复（修复会用一个值替换公式）。请修改公式或它引用的单元格。',
    'en-US': 'Cell {cell} holds a formula, so the fix was not applied (it would replace the formula with a value). Change the formula or the cells it refers to.',
  },
  'legacyPane.fixStale': {
    'zh-CN': '单元格 {cell} 在校验后已被修改，未应用修复。请重新校验。',
    'en-US': 'Cell {cell} changed after the check, so the fix was not applied. Check again.',
  },
  'legacyPane.cleared': { 'zh-CN': '已清除标记：{restored} 个单元格恢复了原来的填充色。', 'en-US': 'Marks cleared: {restored} cell(s) have their own fill back.' },
  'legacyPane.keptFills': {
    'zh-CN': '{kept} 个单元格的填充色在标记后被修改过，已保留修改后的填充色。',
    'en-US': '{kept} cell(s) had their fill changed after marking; those fills were kept.',
  },
  'legacyPane.marked': { 'zh-CN': '已用填充色标记 {count} 个单元格。', 'en-US': '{count} cell(s) marked with a fill colour.' },
  'legacyPane.selectLabel': { 'zh-CN': '选中单元格 {cell}', 'en-US': 'Select cell {cell}' },
  'pane.sheetHidden': { 'zh-CN': '（隐藏的工作表）', 'en-US': ' (hidden sheet)' },
  // A finding's cell in a hidden row or column: a short badge on its row, and on selecting it how to show it.
  'pane.cellHidden.row': { 'zh-CN': '隐藏的行', 'en-US': 'hidden row' },
  'pane.cellHidden.column': { 'zh-CN': '隐藏的列', 'en-US': 'hidden column' },
  'pane.cellHidden.rowAndColumn': { 'zh-CN': '隐藏的行和列', 'en-US': 'hidden row and column' },
  'pane.cellHidden.selected.row': {
    'zh-CN': '单元格 {cell} 在隐藏的行中，选中后也看不到。要显示它：选中其上下相邻的行 › 右键 › 取消隐藏；若这一行是被筛选隐藏的，请在 数据 › 筛选 中清除筛选。',
    'en-US': 'Cell {cell} is in a hidden row, so it cannot be seen even when selected. To show it: select the rows above and below › right-click › Unhide; if a filter hid the row, clear the filter (Data › Filter).',
  },
  'pane.cellHidden.selected.column': {
    'zh-CN': '单元格 {cell} 在隐藏的列中，选中后也看不到。要显示它：选中其左右相邻的列 › 右键 › 取消隐藏。',
    'en-US': 'Cell {cell} is in a hidden column, so it cannot be seen even when selected. To show it: select the columns either side › right-click › Unhide.',
  },
  'pane.cellHidden.selected.rowAndColumn': {
    'zh-CN': '单元格 {cell} 所在的行和列都已隐藏，选中后也看不到。要显示它：分别选中其上下相邻的行、左右相邻的列 › 右键 › 取消隐藏；被筛选隐藏的行请在 数据 › 筛选 中清除筛选。',
    'en-US': 'Cell {cell} is in a hidden row and a hidden column, so it cannot be seen even when selected. To show it: select the rows above and below, then the columns either side › right-click › Unhide; for a row hidden by a filter, clear the filter (Data › Filter).',
  },
  'pane.error.hidden': { 'zh-CN': '工作表已隐藏', 'en-US': 'The sheet is hidden' },
  'pane.error.not-empty': { 'zh-CN': '目标区域不是空的', 'en-US': 'The target area is not empty' },
  'pane.error.too-large': { 'zh-CN': '工作表太大', 'en-US': 'The sheet is too large' },
  'pane.error.closed': { 'zh-CN': '工作簿已关闭', 'en-US': 'The workbook was closed' },
  'pane.error.unknown': { 'zh-CN': '操作失败', 'en-US': 'The action failed' },
  'pane.error.onSheet': { 'zh-CN': '工作表“{sheet}”：{title}', 'en-US': 'Sheet "{sheet}": {title}' },
  'pane.error.marksFailed': {
    'zh-CN': '问题已列出，但未能标记单元格。{message}',
    'en-US': 'The findings are listed, but the cells could not be marked. {message}',
  },
  'pane.error.unexpected': {
    'zh-CN': '出现意外错误：{detail}。请重试；如果仍然出错，请关闭并重新打开任务窗格。',
    'en-US': 'Something unexpected went wrong: {detail}. Try again; if it keeps failing, close and reopen the task pane.',
  },
  // A chunk of the pane's code (the engine, a dialog, a page) that could not be downloaded.
  'pane.error.load': { 'zh-CN': '加载项的一部分未能加载', 'en-US': 'Part of the add-in could not be loaded' },
  'pane.error.loadDetail': {
    'zh-CN': '这部分程序没有下载成功（网络中断，或加载项刚刚更新）。请点击“重试”；如果仍然失败，请关闭并重新打开任务窗格。',
    'en-US': 'This part of the add-in could not be downloaded (the network dropped, or the add-in was just updated). Click Retry; if it keeps failing, close and reopen the task pane.',
  },
  'pane.retry': { 'zh-CN': '重试', 'en-US': 'Retry' },
  // Rows of the findings list, the menu, the rule pages
  'pane.finding.explain': { 'zh-CN': '说明', 'en-US': 'Explain' },
  'pane.more': { 'zh-CN': '更多操作', 'en-US': 'More actions' },
  'pane.filter.chips': { 'zh-CN': '筛选问题', 'en-US': 'Filter findings' },
  'pane.filter.chip': { 'zh-CN': '{label} {count}', 'en-US': '{label} {count}' },
  'pane.summary.line': {
    'zh-CN': '错误 {errors} · 警告 {warnings} · 提示 {infos}',
    'en-US': 'Errors {errors} · Warnings {warnings} · Notes {infos}',
  },
  'pane.selection.pinned': {
    'zh-CN': '所选单元格 {cell} 有 {count} 个问题，已排在最前。',
    'en-US': 'The selected cell {cell} has {count} finding(s), listed first.',
  },
  'pane.focus.next': { 'zh-CN': '已转到下一个问题：{cell}。', 'en-US': 'Moved to the next finding: {cell}.' },
  'pane.focus.none': { 'zh-CN': '已处理完列表中的所有问题。', 'en-US': 'Every finding in the list has been dealt with.' },
  // The toolbar's button that opens the template form (the form's own texts load with it).
  'template.form.open': { 'zh-CN': '插入模板', 'en-US': 'Insert template' },
} as const satisfies Record<string, Localized>;

registerTexts(PANE_TEXTS);
