/**
 * A sign pointing the wrong way for the kind of indicator: a cost is a ceiling (≤ ＜ ＝), a
 * satisfaction a floor (≥ ＞ ＝). The sign is turned round; in split layouts the finding goes on
 * the cell that holds the sign (or the 正向/反向 column it was read from).
 */
import type { Rule } from '../types';
import { correctedSign, directionCell, requiredDirection, shown, signFix, signSource } from './fix';

export const wrongDirection: Rule = {
  meta: { id: 'value/wrong-direction', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    const required = requiredDirection(kind);
    if (p.kind !== 'quantitative' || p.sign === undefined || required === undefined) return;
    // ＝ fits both a ceiling and a floor; only ≥ ＞ on a cost and ≤ ＜ on a satisfaction are wrong.
    const wanted = correctedSign(kind, p.sign);
    if (wanted === p.sign) return;
    const messageId = kind === 'cost' ? 'cost' : 'satisfaction';
    const data = { value: shown(ind), sign: p.signText ?? p.sign, expected: wanted };
    const at = signSource(ind) === 'direction' ? directionCell(ind) : undefined;
    if (at) {
      ctx.report({ messageId, at, data, suggestion: required === 'negative' ? '反向' : '正向' });
      return;
    }
    ctx.report({ messageId, data, ...signFix(ind, ctx.table, wanted) });
  },
};
