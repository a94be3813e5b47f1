/**
 * A sign in words (`不低于98%`, `98%以上`, `3个工作日内`) or an ASCII digraph (`>=98%`) inside a
 * value cell: the symbols ≥ ≤ ＝ ＞ ＜ are the standard. Words in a split layout's sign column are
 * normal and never reach this rule (the parser does not flag them). A range (`90%-95%`) is
 * reported here too: a target is one bound, usually the lower one (the upper one for a cost). A
 * variant symbol (`≧95%`, `⩽26.5万元`, also in a sign column) means the same as the standard one: a
 * note (info) with the standard symbol suggested, as full-width digits are noted (value/fullwidth).
 */
import { stripSpaces } from '../../text';
import { unitClass } from '../../units';
import { VARIANT_SYMBOLS } from '../../vocabulary';
import type { Rule } from '../types';
import { formatValue, rangeHigh, unitAsWritten } from '../../value';
import { inferSign, isSplit, requiredDirection, shown, signFix, valueFix } from './fix';
import { isChangeRate, isNegativeMeasure } from './kind';

/** A + after the number (`200+人次`, `200＋`): a sign written as a mark. */
const PLUS_MARK_RE = /^[+＋]$/;

export const nonstandardSign: Rule = {
  meta: { id: 'value/nonstandard-sign', category: 'value', severity: 'warning', fixable: true },
  row(ctx, ind, facts) {
    const p = ind.parsed;
    if (p.problems.includes('range')) {
      // A cost's range (`80-100万元`) or one where lower is better: its upper bound is the ceiling.
      const high = isSplit(ind) ? undefined : rangeHigh(p.raw);
      // So is a time taken's (`工程建设周期 1-2年`: at most 2 years, not at least 1).
      const timeCeiling = high !== undefined && p.unit !== undefined && unitClass(p.unit) === 'time' && inferSign(ind, Number(high), p.unit) === '≤';
      if (high !== undefined && (requiredDirection(facts.kind) === 'negative' || isNegativeMeasure(ind.level3.text) || timeCeiling)) {
        const suggestion = formatValue({ sign: '≤', number: high, unit: unitAsWritten(p) });
        ctx.report({ messageId: 'rangeCeiling', at: ind.value.at, data: { value: shown(ind), suggestion }, suggestion });
        return;
      }
      // A range is no target: its lower bound is the floor the project commits to.
      const { at, suggestion } = valueFix(ind, ctx.table);
      ctx.report({ messageId: 'range', at, data: { value: shown(ind), suggestion: suggestion ?? '' }, suggestion });
      return;
    }
    if (p.problems.includes('variant-sign') && p.sign !== undefined) {
      const column = ind.sign !== undefined && VARIANT_SYMBOLS.has(stripSpaces(ind.sign.text));
      const { at, suggestion } = column && ind.sign ? { at: ind.sign.at, suggestion: p.sign as string } : valueFix(ind, ctx.table);
      const sign = column && ind.sign ? stripSpaces(ind.sign.text) : (p.signText ?? '');
      if (suggestion === undefined) return;
      ctx.report({ messageId: 'variant', at, data: { value: shown(ind), sign, symbol: p.sign, suggestion }, suggestion, severity: 'info' });
      return;
    }
    const words = p.problems.includes('words-sign');
    if ((!words && !p.problems.includes('digraph-sign')) || p.sign === undefined) return;
    // `达到100%`, `不低于100%`: no share goes past 100%, so the target is 100% itself (＝100%, as
    // value/missing-sign suggests for a bare 100%); a growth rate may pass it.
    const whole = !isSplit(ind) && p.sign === '≥' && p.unit === '%' && p.number === 100 && !isChangeRate(ind.level3.text);
    const { at, suggestion } = whole ? signFix(ind, ctx.table, '＝') : valueFix(ind, ctx.table);
    ctx.report({
      // `200+人次`: the parser reads the + as it reads 余/多, but it is a mark, not a word.
      messageId: words && !PLUS_MARK_RE.test(p.signText ?? '') ? 'words' : 'digraph',
      at,
      data: { value: shown(ind), sign: p.signText ?? '', symbol: whole ? '＝' : p.sign },
      suggestion,
    });
  },
};
