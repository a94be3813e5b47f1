import type { Localized } from './format';

/**
 * Texts of the review workflow that the engine's callers need everywhere, the ribbon command too
 * (the settings' validation and the note on saved settings, the review state in a workbook). The
 * report, skipped fixes and the scheme names are in ./views; the task pane's own (its toolbar,
 * dialogs, lists and settings panel) in review-pane.ts: the ribbon command downloads neither.
 * Keys start with `review.`.
 */
export const REVIEW_TEXTS = {
  // Settings validation (command line --config and the settings saved in a workbook)
  'review.settings.error.notObject': {
    'zh-CN': '设置应为一个 JSON 对象（如 {"scheme": "auto"}），而不是“{value}”',
    'en-US': 'settings must be a JSON object (e.g. {"scheme": "auto"}), not "{value}"',
  },
  'review.settings.error.unknownKey': {
    'zh-CN': '未知的设置项“{key}”（可用的设置项：{known}）',
    'en-US': 'unknown setting "{key}" (known settings: {known})',
  },
  'review.settings.error.scheme': {
    'zh-CN': 'scheme 只能是 auto、2015 或 2021，而不是“{value}”',
    'en-US': 'scheme must be auto, 2015 or 2021, not "{value}"',
  },
  'review.settings.error.rulesNotObject': {
    'zh-CN': 'rules 应为对象，如 {"value/wan-unit": "off"}，而不是“{value}”',
    'en-US': 'rules must be an object such as {"value/wan-unit": "off"}, not "{value}"',
  },
  'review.settings.error.unknownRule': {
    'zh-CN': '未知的规则“{rule}”（运行 perf-target rules 可查看全部规则）',
    'en-US': 'unknown rule "{rule}" (perf-target rules lists every rule)',
  },
  'review.settings.error.unknownRuleNear': {
    'zh-CN': '未知的规则“{rule}”，是否应为“{near}”？',
    'en-US': 'unknown rule "{rule}"; did you mean "{near}"?',
  },
  'review.settings.error.ruleValue': {
    'zh-CN': '规则“{rule}”只能设为 off、error、warning 或 info，而不是“{value}”',
    'en-US': 'rule "{rule}" must be off, error, warning or info, not "{value}"',
  },
  'review.settings.error.thresholdsNotObject': {
    'zh-CN': 'thresholds 应为对象，如 {"minSatisfaction": 85}，而不是“{value}”',
    'en-US': 'thresholds must be an object such as {"minSatisfaction": 85}, not "{value}"',
  },
  'review.settings.error.unknownThreshold': {
    'zh-CN': '未知的阈值“{key}”（可用的阈值：{known}）',
    'en-US': 'unknown threshold "{key}" (known thresholds: {known})',
  },
  'review.settings.error.minSatisfaction': {
    'zh-CN': 'thresholds.minSatisfaction 应为 0 到 100 之间的数（百分比），而不是“{value}”',
    'en-US': 'thresholds.minSatisfaction must be a number from 0 to 100 (a percentage), not "{value}"',
  },

  // State stored in the workbook
  'review.state.badJson': {
    'zh-CN': '工作簿中保存的审阅数据已损坏（{detail}），已忽略。',
    'en-US': 'The review data saved in the workbook is damaged ({detail}) and was ignored.',
  },
  'review.state.badVersion': {
    'zh-CN': '工作簿中保存的审阅数据版本（{version}）无法识别，可能来自更新版本的加载项，已忽略。',
    'en-US': 'The review data saved in the workbook has a version this add-in does not know ({version}); it may come from a newer add-in and was ignored.',
  },
  'review.state.badEntries': {
    'zh-CN': '工作簿中保存的审阅数据有 {count} 条无法读取，已跳过。',
    'en-US': '{count} item(s) of the review data saved in the workbook could not be read and were skipped.',
  },

  // Excel host
  'review.excel.noState': {
    'zh-CN': '此版本的 Excel 不能在工作簿中保存忽略列表、设置和修复记录（需要 ExcelApi 1.5），它们只在本次打开期间有效。',
    'en-US': 'This version of Excel cannot keep the ignore list, settings and fix history in the workbook (ExcelApi 1.5 is needed); they last until the workbook is closed.',
  },
  'review.excel.noEvents': {
    'zh-CN': '此版本的 Excel 不支持修改后自动重新校验（需要 ExcelApi 1.7）。修改单元格后请点“重新校验”。',
    'en-US': 'This version of Excel cannot re-check automatically after an edit (ExcelApi 1.7 is needed). Choose "Re-check" after editing.',
  },
  'review.saved.note': {
    'zh-CN': '（按工作簿中保存的审阅设置：{parts}；打开任务窗格可查看或放弃。）',
    'en-US': ' (with the review settings saved in the workbook: {parts}; open the task pane to see or drop them.)',
  },
  'review.saved.rulesOff': { 'zh-CN': '{count} 条规则已关闭', 'en-US': '{count} rule(s) turned off' },
  'review.saved.severity': { 'zh-CN': '{count} 条规则改了严重程度', 'en-US': '{count} rule(s) with another severity' },
  'review.saved.other': { 'zh-CN': '指标体系或满意度阈值已修改', 'en-US': 'scheme or satisfaction threshold changed' },
  'review.saved.ignored': { 'zh-CN': '{count} 个问题已标为忽略，未计入', 'en-US': '{count} finding(s) marked as ignored and not counted' },
  'review.saved.unreadable': {
    'zh-CN': '保存的设置或忽略记录有 {count} 处无法读取，已按默认处理',
    'en-US': '{count} part(s) of the saved settings or ignore list could not be read and were taken as the defaults',
  },
  'review.saved.separator': { 'zh-CN': '，', 'en-US': ', ' },
} as const satisfies Record<string, Localized>;
