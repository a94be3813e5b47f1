/**
 * A sign or a unit with no number (`≥%`, `≥`, `%`; in split layouts a sign and unit over an empty
 * number cell). Nothing to suggest: the number is the one thing only the author knows.
 */
import type { Rule } from '../types';
import { shown } from './fix';

export const missingNumber: Rule = {
  meta: { id: 'value/missing-number', category: 'value', severity: 'error', fixable: false },
  row(ctx, ind) {
    if (ind.parsed.kind === 'quantitative' && ind.parsed.problems.includes('no-number')) {
      ctx.report({ messageId: 'noNumber', at: ind.value.at, data: { value: shown(ind) } });
    }
  },
};
