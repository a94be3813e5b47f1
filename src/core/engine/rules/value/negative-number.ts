/**
 * A negative target on something that cannot be below zero: a count (`≥-5人次`, `≥-3个`), a time
 * (`≤-3天`) or a cost (`≤-5万元`). A decrease is written as the target after it with `≤`, or as a
 * rate of decrease (下降率 ≥5%); a name that says it measures a change (人数增减, 减少数量) may
 * be negative. No suggestion: what the clerk meant (5 fewer? at most 5?) cannot be told.
 */
import type { Rule } from '../types';
import { isImpossibleNegative, shown } from './fix';

export const negativeNumber: Rule = {
  meta: { id: 'value/negative-number', category: 'value', severity: 'warning', fixable: false },
  row(ctx, ind) {
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || !p.unitKnown || !isImpossibleNegative(ind, p.number, p.unit)) return;
    const cls = p.unitClass;
    ctx.report({ messageId: cls === 'money' ? 'cost' : cls === 'time' ? 'time' : 'count', at: ind.value.at, data: { value: shown(ind), name: ind.level3.text.trim() } });
  },
};
