import type { Localized } from './format';

/**
 * The ribbon command's own words (command.*: where its summary points). What the views show (rule
 * pages, severities, the template's placement, the legacy notice) is in ./views and the pane's own
 * texts in ./pane: the ribbon command never shows them.
 */
export const UI_TEXTS = {
  'command.whereErrors': { 'zh-CN': '错误在 {cells}{more}，已选中第一个。', 'en-US': ' Errors at {cells}{more}; the first is selected.' },
  'command.whereFirst': { 'zh-CN': '请先看 {cells}（已选中）。', 'en-US': ' Start at {cells} (selected).' },
  'command.more': { 'zh-CN': ' 等 {count} 处', 'en-US': ' and {count} more' },
} as const satisfies Record<string, Localized>;
