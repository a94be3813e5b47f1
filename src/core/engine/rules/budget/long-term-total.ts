/**
 * A table that states a 中期 (implementation-period) total beside the annual one: the period's
 * money includes the year's, so the long-term total cannot be smaller (ah-taixian-cgj-2023: 中期
 * 170.00 beside 年度 340.00). A warning on the long-term total: which one is wrong is not known.
 */
import { amountIn, readAmount } from '../../money';
import type { Rule } from '../types';

export const longTermTotal: Rule = {
  meta: { id: 'budget/long-term-total', category: 'budget', severity: 'warning', fixable: false },
  check(ctx) {
    const { table } = ctx;
    const longTermField = table.budget.longTermTotal;
    if (!longTermField) return;
    const annual = amountIn(readAmount(table.budget.total), table.moneyUnit);
    const longTerm = amountIn(readAmount(longTermField), table.moneyUnit);
    if (annual === undefined || longTerm === undefined || longTerm.cmp(annual) >= 0) return;
    ctx.report({ messageId: 'below', at: longTermField.at, data: { longTerm: longTermField.text.trim(), annual: (table.budget.total?.text ?? '').trim() } });
  },
};
