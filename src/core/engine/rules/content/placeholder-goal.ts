/**
 * 绩效目标 left as the template wrote it: `1.目标内容1`, `请输入…`, `XXX`, `……`. The goals are
 * published; a placeholder there is an error. Reported once per goals cell, quoting the first
 * placeholder found.
 */
import { isBlankText } from '../../grid';
import type { Rule } from '../types';
import {
  ELLIPSIS_RE,
  GOAL_TEMPLATE_RE,
  PLACEHOLDER_CELL_RE,
  PLACEHOLDER_IN_TEXT_RE,
  stripItemNumber,
} from './patterns';

/** The first placeholder line of a goals text, or undefined. */
export function findGoalPlaceholder(text: string): string | undefined {
  const lines = text.split(/\r?\n/).filter((l) => !isBlankText(l));
  for (const line of lines) {
    const item = stripItemNumber(line);
    if (GOAL_TEMPLATE_RE.test(item) || PLACEHOLDER_CELL_RE.test(item)) return line.trim();
    if (PLACEHOLDER_IN_TEXT_RE.test(item) || ELLIPSIS_RE.test(item)) return line.trim();
  }
  // Only item numbers (`1.`), nothing written after them.
  if (lines.length > 0 && lines.every((l) => stripItemNumber(l) === '')) return lines[0].trim();
  return undefined;
}

export const placeholderGoal: Rule = {
  meta: { id: 'content/placeholder-goal', category: 'content', severity: 'error', fixable: false },
  check(ctx) {
    const goals = ctx.table.goals;
    // An empty goals cell is structure/missing-goals' finding.
    if (!goals || isBlankText(goals.text)) return;
    const found = findGoalPlaceholder(goals.text);
    if (found !== undefined) ctx.report({ messageId: 'placeholder', at: goals.at, data: { text: found } });
  },
};
