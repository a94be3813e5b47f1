/**
 * A 数量指标 with a ceiling (`≤1台`): an output quantity is normally a floor (≥) or exact (＝).
 * Legitimate at times (buying at most one device), so only a note to check.
 */
import type { Rule } from '../types';
import { isSplit, shown } from './fix';

export const quantityCeiling: Rule = {
  meta: { id: 'value/quantity-ceiling', category: 'value', severity: 'info', fixable: false },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (kind !== 'quantity' || p.kind !== 'quantitative' || (p.sign !== '≤' && p.sign !== '＜')) return;
    const at = isSplit(ind) && ind.sign ? ind.sign.at : ind.value.at;
    ctx.report({ messageId: 'ceiling', at, data: { value: shown(ind), sign: p.sign } });
  },
};
