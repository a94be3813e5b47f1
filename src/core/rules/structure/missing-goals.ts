/** Every table states its 绩效目标 (the goals the indicators measure). */
import { isBlankText } from '../../grid';
import type { Rule } from '../types';

export const missingGoals: Rule = {
  meta: { id: 'structure/missing-goals', category: 'structure', severity: 'error', fixable: false },
  check(ctx) {
    const field = ctx.table.goals;
    if (!field) ctx.report({ messageId: 'missing', at: ctx.table.range });
    else if (isBlankText(field.text)) ctx.report({ messageId: 'empty', at: field.at });
  },
};
