/**
 * Full-width digits in a value (`≥９８%`). Decided: full-width `％`, `＝`, `＞`, `＜` are correct
 * typography in Chinese documents (equality is even written `＝` canonically) and are never
 * reported; full-width digits and decimal points are noted (info) because other systems do not
 * read them as numbers, as is a full-width comma between digit groups (`10，000`: a thousands
 * separator, suggested away). A number that is also malformed is value/bad-number's finding.
 */
import { hasWideDigit } from '../../width';
import type { Rule } from '../types';
import { shown, valueFix } from './fix';

export const fullwidth: Rule = {
  meta: { id: 'value/fullwidth', category: 'value', severity: 'info', fixable: true },
  row(ctx, ind) {
    const p = ind.parsed;
    // A malformed number is value/bad-number's (one finding per cell); reported here when that rule is off.
    if (!p.problems.includes('fullwidth-mark') || (p.problems.includes('bad-number') && ctx.enabled('value/bad-number'))) return;
    if (p.numberText === undefined || !(hasWideDigit(p.numberText) || p.numberText.includes('，'))) return;
    const { at, suggestion } = valueFix(ind, ctx.table);
    if (!suggestion) return;
    // `≥10，000人`: a full-width comma between digit groups is a thousands separator (no other
    // system reads it so): the number without separators, and a message that says so.
    if (p.numberText.includes('，')) {
      const plain = suggestion.replace(/(\d),(?=\d{3})/g, '$1');
      ctx.report({ messageId: 'thousands', at, data: { value: shown(ind), suggestion: plain }, suggestion: plain });
      return;
    }
    ctx.report({ messageId: 'digits', at, data: { value: shown(ind), suggestion }, suggestion });
  },
};
