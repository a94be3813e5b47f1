/** Budget amounts are never negative. */
import { readAmount } from '../../money';
import type { Rule } from '../types';
import { AMOUNT_FIELDS } from './fields';

export const negative: Rule = {
  meta: { id: 'budget/negative', category: 'budget', severity: 'error', fixable: false },
  check(ctx) {
    for (let k = 0; k < AMOUNT_FIELDS.length; k++) {
      const which = AMOUNT_FIELDS[k];
      const field = ctx.table.budget[which];
      const amount = readAmount(field);
      if (!field || amount.kind !== 'ok' || !amount.value?.isNegative()) continue;
      ctx.report({ messageId: which, at: field.at, data: { text: field.text.trim() } });
    }
  },
};
