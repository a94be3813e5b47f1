/**
 * A number that is not one (`2O` with a letter O, `9..5`, `1,2`) or is written in Chinese
 * numerals (`≥两次`: readable, so only a warning). Typing slips are repaired when unambiguous.
 */
import type { Rule } from '../types';
import { shown, valueFix } from './fix';
import { chineseNumber } from '../../value';

export const badNumber: Rule = {
  meta: { id: 'value/bad-number', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind) {
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || !p.problems.includes('bad-number') || p.numberText === undefined) return;
    const chinese = chineseNumber(p.numberText) !== undefined;
    // `百分百` is 100% in words: value/malformed-unit says so, with the same suggestion.
    if (chinese && p.problems.includes('percent-words')) return;
    const { at, suggestion } = valueFix(ind, ctx.table);
    const data = { value: shown(ind), number: p.numberText, suggestion: suggestion ?? '' };
    if (chinese) ctx.report({ messageId: 'chineseNumeral', at, data, suggestion, severity: 'warning' });
    else ctx.report({ messageId: suggestion ? 'badNumber' : 'badNumberNoFix', at, data, suggestion });
  },
};
