/**
 * Every project states its cost: 成本指标 as a 二级 under 产出指标 (2015 scheme) or as a 一级
 * with 经济成本指标 … (2021 scheme). A table with none at all is reported, under either scheme.
 */
import { isCostIndicator } from '../../taxonomy';
import type { Rule } from '../types';
import { headerRect, isFlat } from './shared';

export const missingCost: Rule = {
  meta: { id: 'structure/missing-cost', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const { table, scheme } = ctx;
    if (table.indicators.length === 0 || isFlat(table) || table.indicators.some(isCostIndicator)) return;
    ctx.report({ messageId: scheme === '2021' ? 'missing2021' : 'missing2015', at: headerRect(table) });
  },
};
