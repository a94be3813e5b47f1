/** Every indicator row names its 三级指标: a value without a name measures nothing anyone can read. */
import { isBlankText } from '../../grid';
import type { Rule } from '../types';

export const emptyLevel3: Rule = {
  meta: { id: 'structure/empty-level3', category: 'structure', severity: 'error', fixable: false },
  row(ctx, ind) {
    if (isBlankText(ind.level3.text)) ctx.report({ messageId: 'empty', at: ind.level3.at });
  },
};
