/** A table needs indicators: a grid header with no rows under it, or no grid at all, measures nothing. */
import type { Rule } from '../types';
import { headerRect } from './shared';

export const noIndicators: Rule = {
  meta: { id: 'structure/no-indicators', category: 'structure', severity: 'error', fixable: false },
  check(ctx) {
    const { table } = ctx;
    if (table.indicators.length > 0) return;
    if (!table.header) ctx.report({ messageId: 'noGrid', at: table.range });
    else ctx.report({ messageId: 'empty', at: headerRect(table) });
  },
};
