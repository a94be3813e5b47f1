/** `万` (or `亿`) alone for 万元 (亿元): understood, but the full unit is clearer (a note). */
import { toHalfWidth } from '../../text';
import type { Rule } from '../types';
import { isSplit, shown, valueFix } from './fix';

export const wanUnit: Rule = {
  meta: { id: 'value/wan-unit', category: 'value', severity: 'info', fixable: true },
  row(ctx, ind) {
    const p = ind.parsed;
    if (!p.problems.includes('wan-alone') || p.unit === undefined) return;
    const data = { value: shown(ind), unit: toHalfWidth(p.unitText ?? '').trim(), canonical: p.unit };
    const inColumn = isSplit(ind) && ind.unit && toHalfWidth(ind.unit.text.trim()) === data.unit;
    if (inColumn && ind.unit) ctx.report({ messageId: 'wan', at: ind.unit.at, data, suggestion: p.unit });
    else ctx.report({ messageId: 'wan', data, ...valueFix(ind, ctx.table) });
  },
};
