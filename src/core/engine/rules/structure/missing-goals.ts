/** Every table states its 绩效目标 (the goals the indicators measure), where its layout has a place for them. */
import { isBlankText } from '../../grid';
import type { Rule } from '../types';

export const missingGoals: Rule = {
  meta: { id: 'structure/missing-goals', category: 'structure', severity: 'error', fixable: false },
  check(ctx) {
    const field = ctx.table.goals;
    // An outline export (L5), or a list of indicators exported without a goals column (L4), has
    // no place for goals: the system keeps them elsewhere.
    if (!field && (ctx.table.layout === 'L5' || ctx.table.layout === 'L4')) return;
    if (!field) ctx.report({ messageId: 'missing', at: ctx.table.range });
    else if (isBlankText(field.text)) ctx.report({ messageId: 'empty', at: field.at });
  },
};
