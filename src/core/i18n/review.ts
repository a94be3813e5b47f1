
/**
 * Texts of the review workflow that the engine's callers need everywhere, the ribbon command too
 * (the settings' validation and the note on saved settings, the review state in a workbook). The
 * report, skipped fixes and the scheme names are in ./views; the task pane's own (its toolbar,
 * dialogs, lists and settings panel) in review-pane.ts: the ribbon command downloads neither.
 * Keys start with `review.`.
 */
export const REVIEW_TEXTS = {
  // Settings validation (command line --config and the settings saved in a workbook)
  'review.settings.error.notObject': '设置应为一个 JSON 对象（如 {"scheme": "auto"}），而不是“{value}”',
  'review.settings.error.unknownKey': '未知的设置项“{key}”（可用的设置项：{known}）',
  'review.settings.error.scheme': 'scheme 只能是 auto、2015 或 2021，而不是“{value}”',
  'review.settings.error.rulesNotObject': 'rules 应为对象，如 {"value/wan-unit": "off"}，而不是“{value}”',
  'review.settings.error.unknownRule': '未知的规则“{rule}”（运行 perf-target rules 可查看全部规则）',
  'review.settings.error.unknownRuleNear': '未知的规则“{rule}”，是否应为“{near}”？',
  'review.settings.error.ruleValue': '规则“{rule}”只能设为 off、error、warning 或 info，而不是“{value}”',
  'review.settings.error.thresholdsNotObject': 'thresholds 应为对象，如 {"minSatisfaction": 85}，而不是“{value}”',
  'review.settings.error.unknownThreshold': '未知的阈值“{key}”（可用的阈值：{known}）',
  'review.settings.error.minSatisfaction': 'thresholds.minSatisfaction 应为 0 到 100 之间的数（百分比），而不是“{value}”',

  // State stored in the workbook
  'review.state.badJson': '工作簿中保存的审阅数据已损坏（{detail}），已忽略。',
  'review.state.badVersion': '工作簿中保存的审阅数据版本（{version}）无法识别，可能来自更新版本的加载项，已忽略。',
  'review.state.badEntries': '工作簿中保存的审阅数据有 {count} 条无法读取，已跳过。',

  // Excel host
  'review.excel.noState': '此版本的 Excel 不能在工作簿中保存忽略列表、设置和修复记录（需要 ExcelApi 1.5），它们只在本次打开期间有效。',
  'review.excel.noEvents': '此版本的 Excel 不支持修改后自动重新校验（需要 ExcelApi 1.7）。修改单元格后请点“重新校验”。',
  'review.saved.note': '（按工作簿中保存的审阅设置：{parts}；打开任务窗格可查看或放弃。）',
  'review.saved.rulesOff': '{count} 条规则已关闭',
  'review.saved.severity': '{count} 条规则改了严重程度',
  'review.saved.other': '指标体系或满意度阈值已修改',
  'review.saved.ignored': '{count} 个问题已标为忽略，未计入',
  'review.saved.unreadable': '保存的设置或忽略记录有 {count} 处无法读取，已按默认处理',
  'review.saved.separator': '，',
} as const satisfies Record<string, string>;
