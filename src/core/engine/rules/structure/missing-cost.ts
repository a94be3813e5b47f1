/**
 * Every project states its cost: 成本指标 as a 二级 under 产出指标 (2015 scheme) or as a 一级
 * with 经济成本指标 … (2021 scheme). A table with none at all is reported, under either scheme. The
 * message's example caps the total cost at the table's own budget (`≤500万元`) when it has one.
 */
import { amountIn, readAmount } from '../../money';
import { formatValue } from '../../value';
import type { Rule } from '../types';
import { hasNoLevel2Column, headerRect, isFlat } from './shared';

export const missingCost: Rule = {
  meta: { id: 'structure/missing-cost', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const { table, scheme } = ctx;
    if (table.indicators.length === 0 || isFlat(table) || ctx.facts.rows.some((row) => row.cost)) return;
    // With no 二级 column a 2015 cost (a 二级 under 产出指标) cannot be told: only a 成本指标 一级 says it.
    if (hasNoLevel2Column(table) && scheme === '2015') return;
    const total = amountIn(readAmount(table.budget.total), table.moneyUnit);
    const cap = total === undefined ? '≤预算数' : formatValue({ sign: '≤', number: total.toString(), unit: table.moneyUnit });
    ctx.report({ messageId: scheme === '2021' ? 'missing2021' : 'missing2015', at: headerRect(table), data: { cap } });
  },
};
