/** An indicator row with nothing in its value cell(s): every indicator needs a target. */
import type { Rule } from '../types';

export const empty: Rule = {
  meta: { id: 'value/empty', category: 'value', severity: 'error', fixable: false },
  row(ctx, ind) {
    if (ind.parsed.kind === 'empty') ctx.report({ messageId: 'empty', at: ind.value.at, data: { name: ind.level3.text.trim() } });
  },
};
