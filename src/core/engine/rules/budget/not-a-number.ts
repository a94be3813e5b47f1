/** An amount (预算数, 财政资金, 其他资金) must be a number: `26.50`, `1,030,700.00`, `26.5万元`. */
import { readAmount } from '../../money';
import type { Rule } from '../types';
import { AMOUNT_FIELDS } from './fields';

export const notANumber: Rule = {
  meta: { id: 'budget/not-a-number', category: 'budget', severity: 'error', fixable: false },
  check(ctx) {
    for (const which of AMOUNT_FIELDS) {
      const field = ctx.table.budget[which];
      if (readAmount(field).kind !== 'invalid' || !field) continue;
      ctx.report({ messageId: which, at: field.at, data: { text: field.text.trim() } });
    }
  },
};
