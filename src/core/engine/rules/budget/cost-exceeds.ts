/**
 * The cost caps (`≤26.5万元` under 成本指标) together must not exceed 预算数, after converting
 * 元/万元/亿元 exactly. Equal is right: published tables cap the cost at exactly the budget.
 * With no 预算数 and both 财政资金 and 其他资金 written, their sum stands for it.
 * Reported on the last cap's value cell; with a single cap, the budget is suggested as the cap.
 * Caps exactly 10^4 times the budget whose budget is itself implausible in 元 are left to
 * budget/implausible-amount, which reports the budget (the wrong cell) once; with that rule off, here.
 */
import { costLimit, isSplitValue, sumCaps, toUnit } from '../../money';
import { budgetLooksLikeWan } from './implausible-amount';
import type { Rule } from '../types';

export const costExceeds: Rule = {
  meta: { id: 'budget/cost-exceeds', category: 'budget', severity: 'error', fixable: true },
  check(ctx) {
    const { table } = ctx;
    const unit = table.moneyUnit;
    const limit = costLimit(table);
    if (limit === undefined) return;
    const { total, fromSources } = limit;
    const caps = ctx.facts.totalCaps;
    if (caps.length === 0) return;
    const sum = sumCaps(caps, unit);
    if (sum.cmp(total) <= 0) return;
    const unitSlip = sum.eq(total.shift(4));
    // The 万元 figure written as the budget of a 元 table (`20.00` beside a cap of `≤20万元`): the
    // budget is the wrong cell, and budget/implausible-amount reports it there with the amount in 元
    // (reported here when that rule is off, so the slip is not lost).
    if (unitSlip && budgetLooksLikeWan(table) && ctx.enabled('budget/implausible-amount')) return;
    const last = caps[caps.length - 1];
    let suggestion: string | undefined;
    if (caps.length === 1) {
      const number = toUnit(total, unit, last.unit).toString();
      // `≤3.5亿元` over a budget of 26.5万元: `≤26.5万元`, not `≤0.00265亿元` (a split value's unit
      // has its own cell, so its number stays in the cap's unit).
      const fine = number.length - number.indexOf('.') - 1 > 2 && number.includes('.');
      if (isSplitValue(last.ind)) suggestion = number;
      else if (fine && last.unit !== unit) suggestion = `${last.ind.parsed.sign ?? '≤'}${total.toString()}${unit}`;
      else suggestion = `${last.ind.parsed.sign ?? '≤'}${number}${last.unit}`;
    }
    ctx.report({
      messageId: unitSlip ? 'unitSlip' : fromSources ? 'exceedsSources' : 'exceeds',
      at: last.ind.value.at,
      data: { caps: sum.toString(), total: total.toString(), unit, count: caps.length },
      suggestion,
    });
  },
};
