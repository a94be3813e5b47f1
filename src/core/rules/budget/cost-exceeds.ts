/**
 * The cost caps (`≤26.5万元` under 成本指标) together must not exceed 预算数, after converting
 * 元/万元/亿元 exactly. Equal is right: published tables cap the cost at exactly the budget.
 * Reported on the last cap's value cell; with a single cap, the budget is suggested as the cap.
 */
import { amountIn, isSplitValue, readAmount, sumCaps, toUnit, totalCaps } from '../../money';
import type { Rule } from '../types';

export const costExceeds: Rule = {
  meta: { id: 'budget/cost-exceeds', category: 'budget', severity: 'error', fixable: true },
  check(ctx) {
    const { table } = ctx;
    const unit = table.moneyUnit;
    const total = amountIn(readAmount(table.budget.total), unit);
    if (total === undefined) return;
    const caps = totalCaps(table);
    if (caps.length === 0) return;
    const sum = sumCaps(caps, unit);
    if (sum.cmp(total) <= 0) return;
    const last = caps[caps.length - 1];
    // 万元 written for 元 (or the reverse): the number matches the budget in the other unit.
    const unitSlip = sum.eq(total.shift(4));
    let suggestion: string | undefined;
    if (caps.length === 1) {
      const number = toUnit(total, unit, last.unit).toString();
      suggestion = isSplitValue(last.ind) ? number : `${last.ind.parsed.sign ?? '≤'}${number}${last.unit}`;
    }
    ctx.report({
      messageId: unitSlip ? 'unitSlip' : 'exceeds',
      at: last.ind.value.at,
      data: { caps: sum.toString(), total: total.toString(), unit, count: caps.length },
      suggestion,
    });
  },
};
