import type { Localized } from './format';
import { registerTexts } from './base';
// The sections every part shows, in English too, wherever this section is (the ribbon loads them apart: ./load-base-en).
import './base-en';

/**
 * The task pane's texts of the review workflow: its toolbar and busy states, the fix preview, the
 * ignore dialog and list, walking through findings, the settings panel and the notices after each
 * step. Loaded by the pane's modules that use them (the ribbon command never does).
 */
export const REVIEW_PANE_TEXTS = {
  // Review toolbar
  'review.toolbar': { 'zh-CN': '审阅', 'en-US': 'Review' },
  'review.undo': { 'zh-CN': '撤销修复', 'en-US': 'Undo fix' },
  'review.settings': { 'zh-CN': '设置', 'en-US': 'Settings' },
  'review.settings.developer': {
    'zh-CN': '开发者选项：在菜单中提供“下载 JSON”（与命令行 --format json 相同的格式）',
    'en-US': 'Developer option: offer “Download JSON” in the menu (the command line’s --format json)',
  },
  'review.fromFile.title': { 'zh-CN': '此文件带有别人保存的审阅记录', 'en-US': 'This file brings review records saved elsewhere' },
  'review.fromFile.ignores': { 'zh-CN': '此文件带有 {count} 条忽略记录', 'en-US': 'This file brings {count} ignored finding(s)' },
  'review.fromFile.rulesOff': { 'zh-CN': '此文件带有设置：{count} 条规则已关闭', 'en-US': 'This file brings settings: {count} rule(s) turned off' },
  'review.fromFile.settings': { 'zh-CN': '此文件带有修改过的校验设置', 'en-US': 'This file brings changed check settings' },
  'review.fromFile.journal': {
    'zh-CN': '此文件带有 {count} 条以前的修复记录（不能从这里撤销）',
    'en-US': 'This file brings {count} earlier fix record(s) (not undone from here)',
  },
  'review.fromFile.keep': { 'zh-CN': '保留', 'en-US': 'Keep' },
  'review.fromFile.drop': { 'zh-CN': '全部不用', 'en-US': 'Drop them all' },
  'review.fromFile.dropped': {
    'zh-CN': '已放弃文件中的忽略记录、设置和修复记录，并按默认设置重新校验。',
    'en-US': 'The file’s ignore list, settings and fix records were dropped; checked again with the defaults.',
  },
  'review.recheck': { 'zh-CN': '重新校验', 'en-US': 'Re-check' },
  'review.live.on': { 'zh-CN': '修改表格后会自动重新校验该表。', 'en-US': 'Editing a table re-checks it automatically.' },
  'review.busy.fix': { 'zh-CN': '正在修复…', 'en-US': 'Fixing…' },
  'review.busy.undo': { 'zh-CN': '正在撤销修复…', 'en-US': 'Undoing the fix…' },
  'review.busy.recheck': { 'zh-CN': '正在重新校验…', 'en-US': 'Re-checking…' },
  'review.busy.report': { 'zh-CN': '正在生成报告…', 'en-US': 'Building the report…' },
  'review.busy.save': { 'zh-CN': '正在保存…', 'en-US': 'Saving…' },

  // Outcomes (announced and shown)
  'review.done.fixed': { 'zh-CN': '已修复 {count} 个单元格。', 'en-US': 'Fixed {count} cell(s).' },
  'review.done.undone': { 'zh-CN': '已撤销修复，恢复了 {count} 个单元格。', 'en-US': 'Fix undone; {count} cell(s) restored.' },
  'review.done.formula': {
    'zh-CN': '{count} 个单元格含有公式，未修改（修复会用一个值替换公式）：{cells}。请修改公式或它引用的单元格。',
    'en-US': '{count} cell(s) hold a formula and were left as they are (a fix would replace the formula with a value): {cells}. Change the formula or the cells it refers to.',
  },
  'review.done.changedSince': {
    'zh-CN': '{count} 个单元格已被修改，未覆盖：{cells}。请检查后重新校验。',
    'en-US': '{count} cell(s) had been changed and were left as they are: {cells}. Check them and re-check.',
  },
  'review.done.ignored': { 'zh-CN': '已忽略 {cell} 的问题。', 'en-US': 'The finding at {cell} is ignored.' },
  'review.done.restored': { 'zh-CN': '已恢复 {count} 个问题。', 'en-US': '{count} finding(s) restored.' },
  'review.done.rechecked': { 'zh-CN': '已重新校验 {count} 张表。', 'en-US': 'Re-checked {count} table(s).' },
  'review.done.report': { 'zh-CN': '已插入工作表“{sheet}”，共 {count} 条记录。', 'en-US': 'Inserted the sheet "{sheet}" with {count} row(s).' },
  'review.done.download': { 'zh-CN': '已下载 {file}。', 'en-US': 'Downloaded {file}.' },
  'review.done.settings': { 'zh-CN': '设置已保存到此工作簿。', 'en-US': 'Settings saved in this workbook.' },

  // Walking through findings
  'review.walk.region': { 'zh-CN': '逐条审阅', 'en-US': 'Review one by one' },
  'review.walk.previous': { 'zh-CN': '上一个', 'en-US': 'Previous' },
  'review.walk.next': { 'zh-CN': '下一个', 'en-US': 'Next' },
  'review.walk.position': { 'zh-CN': '第 {index} / {total} 个问题', 'en-US': 'Finding {index} of {total}' },
  'review.walk.start': { 'zh-CN': '共 {total} 个问题，点“下一个”从第一个开始。', 'en-US': '{total} finding(s). Choose "Next" to start with the first.' },
  'review.walk.help': {
    'zh-CN': '快捷键（焦点在任务窗格中时）：Alt+↓ 或 F8 下一个，Alt+↑ 或 Shift+F8 上一个。',
    'en-US': 'Shortcuts (while the task pane has the focus): Alt+↓ or F8 next, Alt+↑ or Shift+F8 previous.',
  },
  'review.walk.where': { 'zh-CN': '{sheet}!{cell}', 'en-US': '{sheet}!{cell}' },
  'review.walk.change': { 'zh-CN': '“{before}” → “{after}”', 'en-US': '"{before}" → "{after}"' },
  'review.fix.one': { 'zh-CN': '应用建议', 'en-US': 'Apply suggestion' },
  'review.fix.all': { 'zh-CN': '修复全部同类问题（{count}）', 'en-US': 'Fix all of this kind ({count})' },
  'review.ignore': { 'zh-CN': '忽略…', 'en-US': 'Ignore…' },

  // Fix preview
  'review.preview.title': { 'zh-CN': '修复预览：{rule}', 'en-US': 'Fix preview: {rule}' },
  'review.preview.intro': {
    'zh-CN': '将修改以下 {count} 个单元格。修复后可用“撤销修复”恢复原值。',
    'en-US': 'The following {count} cell(s) will change. "Undo fix" puts the old values back.',
  },
  'review.preview.table': { 'zh-CN': '将要进行的修改', 'en-US': 'Changes to make' },
  'review.preview.column.sheet': { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  'review.preview.column.cell': { 'zh-CN': '单元格', 'en-US': 'Cell' },
  'review.preview.column.before': { 'zh-CN': '原值', 'en-US': 'Now' },
  'review.preview.column.after': { 'zh-CN': '新值', 'en-US': 'New' },
  'review.preview.empty': { 'zh-CN': '（空）', 'en-US': '(empty)' },
  'review.preview.skipped': { 'zh-CN': '以下 {count} 个问题不会修复：', 'en-US': 'These {count} finding(s) will not be fixed:' },
  'review.preview.nothing': { 'zh-CN': '没有可以自动修复的单元格。', 'en-US': 'There is no cell to fix automatically.' },
  'review.preview.confirm': { 'zh-CN': '确认修复 {count} 处', 'en-US': 'Fix {count} cell(s)' },
  'review.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },

  // Ignore dialog and list
  'review.ignoreDialog.title': { 'zh-CN': '标记为已确认/忽略', 'en-US': 'Mark as confirmed / ignored' },
  'review.ignoreDialog.detail': {
    'zh-CN': '{sheet}!{cell}：{message}。忽略后此问题不再标记和计数，可在“已忽略的问题”中恢复。忽略记录保存在工作簿中。',
    'en-US': '{sheet}!{cell}: {message}. An ignored finding is no longer marked or counted; restore it from "Ignored findings". The list is saved in the workbook.',
  },
  'review.ignoreDialog.reason': { 'zh-CN': '原因（可选）', 'en-US': 'Reason (optional)' },
  'review.ignoreDialog.placeholder': { 'zh-CN': '如：经与预算单位核实，数值无误', 'en-US': 'e.g. confirmed with the budget unit' },
  'review.ignoreDialog.confirm': { 'zh-CN': '确认忽略', 'en-US': 'Ignore' },
  'review.ignored.heading': { 'zh-CN': '已忽略的问题（{count}）', 'en-US': 'Ignored findings ({count})' },
  'review.ignored.list': { 'zh-CN': '已忽略的问题', 'en-US': 'Ignored findings' },
  'review.ignored.item': { 'zh-CN': '{sheet}!{cell} · {rule}', 'en-US': '{sheet}!{cell} · {rule}' },
  'review.ignored.reason': { 'zh-CN': '原因：{reason}', 'en-US': 'Reason: {reason}' },
  'review.ignored.noReason': { 'zh-CN': '未填写原因', 'en-US': 'No reason given' },
  'review.ignored.at': { 'zh-CN': '忽略于 {date}', 'en-US': 'Ignored on {date}' },
  'review.ignored.restore': { 'zh-CN': '恢复', 'en-US': 'Restore' },
  'review.ignored.restoreLabel': { 'zh-CN': '恢复 {sheet}!{cell} 的“{rule}”', 'en-US': 'Restore "{rule}" at {sheet}!{cell}' },
  'review.ignored.restoreAll': { 'zh-CN': '全部恢复', 'en-US': 'Restore all' },
  'review.ignored.unmatched': {
    'zh-CN': '另有 {count} 条忽略记录当前没有对应的问题（问题已改正，或所在工作表未校验），仍保留在工作簿中。',
    'en-US': '{count} more ignore entry(ies) match no current finding (fixed, or on a sheet not checked); they stay in the workbook.',
  },

  // Settings panel
  'review.settings.title': { 'zh-CN': '校验设置', 'en-US': 'Check settings' },
  'review.settings.intro': {
    'zh-CN': '设置保存在当前工作簿中，随文件一起保存和传递。保存后会重新校验已校验的工作表。',
    'en-US': 'Settings are saved in this workbook and travel with the file. Saving re-checks the sheets already checked.',
  },
  'review.settings.scheme': { 'zh-CN': '指标体系', 'en-US': 'Indicator scheme' },
  'review.settings.scheme.auto': { 'zh-CN': '自动判断（按每张表的内容）', 'en-US': 'Automatic (from each table)' },
  'review.settings.minSatisfaction': { 'zh-CN': '满意度指标最低目标值（%）', 'en-US': 'Lowest satisfaction target (%)' },
  'review.settings.minSatisfaction.hint': {
    'zh-CN': '低于此值的满意度目标会给出警告；0 表示不限制。',
    'en-US': 'Satisfaction targets below this get a warning; 0 means no minimum.',
  },
  'review.settings.rules': { 'zh-CN': '规则', 'en-US': 'Rules' },
  'review.settings.ruleSeverity': { 'zh-CN': '“{rule}”的级别', 'en-US': 'Severity of "{rule}"' },
  'review.settings.reset': { 'zh-CN': '恢复默认', 'en-US': 'Reset to defaults' },
  'review.settings.save': { 'zh-CN': '保存', 'en-US': 'Save' },
  'review.settings.badNumber': { 'zh-CN': '请输入 0 到 100 之间的数。', 'en-US': 'Enter a number from 0 to 100.' },
} as const satisfies Record<string, Localized>;

registerTexts(REVIEW_PANE_TEXTS);
