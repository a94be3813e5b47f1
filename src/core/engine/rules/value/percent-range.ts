/**
 * A percentage outside 0–100: an error on a satisfaction or a rate (…率, 比例), where more than
 * 100% cannot happen; a warning on other percentages (a growth rate may exceed 100%). `＞100%`
 * and `＜0%` on a rate are impossible too (suggest ＝). A satisfaction target below the bureau's
 * minimum (settings.thresholds.minSatisfaction) is a warning, and so is one of 1% or less (a share
 * written as a fraction: `≥0.9%`).
 */
import type { IndicatorRow } from '../../../model';
import { formatValue, parseIndicatorValue, unitAsWritten } from '../../value';
import type { Rule, RuleContext } from '../types';
import { isSplit, shown, signFix } from './fix';
import { isChangeRate, isRateName, isReverseSatisfaction, isSatisfactionName, type IndicatorKind } from './kind';

function isStrict(kind: IndicatorKind, name: string): boolean {
  return kind === 'satisfaction' || isSatisfactionName(name) || (isRateName(name) && !isChangeRate(name));
}

/** The value with another number (for the minimum satisfaction), in the cell that holds the number. */
function withNumber(ind: IndicatorRow, number: number): string {
  if (isSplit(ind)) {
    const own = parseIndicatorValue(ind.value.text);
    return formatValue({ sign: own.sign, number, unit: unitAsWritten(own) });
  }
  return formatValue({ sign: ind.parsed.sign ?? '≥', number, unit: '%' });
}

function checkMinimum(ctx: RuleContext, ind: IndicatorRow, kind: IndicatorKind): void {
  const p = ind.parsed;
  const min = ctx.settings.thresholds.minSatisfaction;
  if (!(min > 0) || p.number === undefined || p.number >= min || p.number < 0) return;
  if (kind !== 'satisfaction' && !isSatisfactionName(ind.level3.text)) return;
  // 投诉率 ＝0%: lower is better, no floor to reach.
  if (isReverseSatisfaction(ind.level3.text)) return;
  // A ≤ on a satisfaction is value/wrong-direction's finding; its number is not a floor.
  if ((p.sign === '≤' || p.sign === '＜') && ctx.enabled('value/wrong-direction')) return;
  const suggestion = withNumber(ind, min);
  ctx.report({ messageId: 'belowMinimum', at: ind.value.at, data: { value: shown(ind), min }, suggestion, severity: 'warning' });
}

/**
 * `≥0.9%` on a satisfaction: a share written as a fraction with `%` after it (published targets
 * run ≥85% … ≥99%), a warning suggesting the percentage. True when reported.
 */
function checkFraction(ctx: RuleContext, ind: IndicatorRow, kind: IndicatorKind): boolean {
  const p = ind.parsed;
  const n = p.number;
  if (n === undefined || !(n > 0 && n <= 1) || (p.sign !== '≥' && p.sign !== '＞' && p.sign !== '＝')) return false;
  if ((kind !== 'satisfaction' && !isSatisfactionName(ind.level3.text)) || isReverseSatisfaction(ind.level3.text)) return false;
  const percent = Math.round(n * 10000) / 100;
  const suggestion = withNumber(ind, percent);
  ctx.report({ messageId: 'fraction', at: ind.value.at, data: { value: shown(ind), percent, example: suggestion }, suggestion, severity: 'warning' });
  return true;
}

export const percentRange: Rule = {
  meta: { id: 'value/percent-range', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || p.unit !== '%' || p.number === undefined) return;
    const n = p.number;
    const data = { value: shown(ind), name: ind.level3.text.trim() };
    if (!isStrict(kind, ind.level3.text)) {
      if (n > 100) ctx.report({ messageId: 'overHundredLoose', at: ind.value.at, data, severity: 'warning' });
      return;
    }
    if (n > 100) ctx.report({ messageId: 'overHundred', at: ind.value.at, data });
    else if (n < 0) ctx.report({ messageId: 'belowZero', at: ind.value.at, data });
    else if (p.sign === '＞' && n === 100) ctx.report({ messageId: 'impossibleAbove', data, ...signFix(ind, ctx.table, '＝') });
    else if (p.sign === '＜' && n === 0) ctx.report({ messageId: 'impossibleBelow', data, ...signFix(ind, ctx.table, '＝') });
    else if (!checkFraction(ctx, ind, kind)) checkMinimum(ctx, ind, kind);
  },
};
