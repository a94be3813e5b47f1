/**
 * A unit written wrongly: `百分之` for `%` (`≥99百分之`), a Latin letter for 万/千 or an abbreviation
 * (`≥1.5w人次`, `≥3k人`, `≥95pct`, a warning), a unit before its number
 * (`≥百分之98`, `≥%98`), a share in tenths (`≥9成`), a currency mark before an amount (`≤¥26.5万元`,
 * a note). One finding per cell, with the corrected value.
 */
import type { Rule } from '../types';
import { bestValue, isSplit, shown, valueFix } from './fix';
import { CURRENCY_MARK_RE, NONSTANDARD_UNITS } from '../../vocabulary';
import { unitClass } from '../../units';

export const malformedUnit: Rule = {
  meta: { id: 'value/malformed-unit', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const p = ind.parsed;
    const standard = p.unit !== undefined ? NONSTANDARD_UNITS[p.unit] : undefined;
    if (standard) {
      // `101人/次` for 人次: a warning with the standard unit, in the cell that holds the unit.
      const inColumn = isSplit(ind) && ind.unit !== undefined && facts.own.unit === undefined;
      const at = inColumn && ind.unit ? ind.unit.at : ind.value.at;
      // The whole value corrected (a missing sign too: `100人/次` -> ≥100人次), else the unit replaced.
      // `检查差旅费 | 470 | 人/天` on a cost: 元/人/天 with the 元 dropped, not person-days; which money
      // unit was meant is the unit's to say (a real tune table): the unit is named, with no fix.
      const notMoney = facts.kind === 'cost' && unitClass(standard) !== 'money';
      const suggestion = notMoney ? undefined : inColumn ? standard : (bestValue(ind, ctx.table, { unit: standard }) ?? ind.value.text.trim().replace(p.unitText ?? p.unit ?? standard, standard));
      ctx.report({ messageId: notMoney ? 'costNotMoneyUnit' : 'nonstandardUnit', at, data: { value: shown(ind), unit: p.unitText ?? p.unit ?? '', standard }, suggestion, severity: 'warning' });
      return;
    }
    if (p.problems.includes('letter-unit')) {
      // `≥1.5w人次`, `≥3k人`, `≥95pct`: understood, but written as no standard reads it (a warning).
      const { at, suggestion } = valueFix(ind, ctx.table);
      const data = { value: shown(ind), unit: p.unitText ?? '', suggestion: suggestion ?? '' };
      ctx.report({ messageId: suggestion ? 'letterUnit' : 'letterUnitNoFix', at, data, suggestion, severity: 'warning' });
      return;
    }
    if (p.problems.includes('tenths')) {
      // `≥9成`, `九成以上`: a share in tenths, a percentage in the standard form (a warning: the
      // meaning is clear). The fix also gives a missing sign (`9成` -> ≥90%).
      const { at, suggestion } = valueFix(ind, ctx.table);
      ctx.report({ messageId: 'tenths', at, data: { value: shown(ind), suggestion: suggestion ?? '' }, suggestion, severity: 'warning' });
      return;
    }
    if (p.problems.includes('currency-mark') && p.unit !== undefined) {
      // `≤¥26.5万元`: clear, but no other system reads the mark as part of a number (a note).
      const { at, suggestion } = valueFix(ind, ctx.table);
      if (suggestion) {
        const mark = CURRENCY_MARK_RE.exec(p.raw)?.[0] ?? '¥';
        ctx.report({ messageId: 'currency', at, data: { value: shown(ind), mark, suggestion }, suggestion, severity: 'info' });
        return;
      }
    }
    const before = p.problems.includes('unit-before-number');
    if (!before && !p.problems.includes('percent-words')) return;
    // In a split layout the mistake may sit in the unit column (`百分之`): fix that cell.
    const inColumn = isSplit(ind) && ind.unit !== undefined && facts.own.unit === undefined;
    const { at, suggestion } = inColumn && ind.unit ? { at: ind.unit.at, suggestion: p.unit } : valueFix(ind, ctx.table);
    const data = { value: shown(ind), unit: p.unitText ?? '', suggestion: suggestion ?? '' };
    const base = before ? 'unitBeforeNumber' : 'percentWords';
    ctx.report({ messageId: suggestion ? base : `${base}NoFix`, at, data, suggestion });
  },
};
