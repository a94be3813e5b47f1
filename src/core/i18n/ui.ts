
/**
 * The ribbon command's own words (command.*: where its summary points). What the views show (rule
 * pages, severities, the template's placement, the legacy notice) is in ./views and the pane's own
 * texts in ./pane: the ribbon command never shows them.
 */
export const UI_TEXTS = {
  'command.whereErrors': '错误在 {cells}{more}，已选中第一个。',
  'command.whereFirst': '请先看 {cells}（已选中）。',
  'command.more': ' 等 {count} 处',
} as const satisfies Record<string, string>;
