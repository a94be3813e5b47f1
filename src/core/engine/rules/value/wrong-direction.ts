/**
 * A sign pointing the wrong way for the kind of indicator: a cost is a ceiling (≤ ＜ ＝), a
 * satisfaction a floor (≥ ＞ ＝). The sign is turned round; in split layouts the finding goes on
 * the cell that holds the sign (or the 正向/反向 column it was read from).
 */
import type { IndicatorRow, MessageData, Sign } from '../../../model';
import type { Rule, RuleContext } from '../types';
import { directionCell, isSubsidyStandard, requiredDirection, shown, signFix, signSource, turnedSign } from './fix';
import { isNegativeMeasure, isRateName, isReverseSatisfaction, isSatisfactionName } from './kind';

/**
 * Reports a sign that points the wrong way: on the 正向/反向 cell when the sign was read from
 * there, else with the turned sign as the fix (`fix: false` keeps the cell but offers no value).
 */
function reportTurned(ctx: RuleContext, ind: IndicatorRow, messageId: string, data: MessageData, direction: 'positive' | 'negative', wanted: Sign, fix = true): void {
  const at = signSource(ind) === 'direction' ? directionCell(ind) : undefined;
  if (at) {
    ctx.report({ messageId, at, data, suggestion: direction === 'negative' ? '反向' : '正向' });
    return;
  }
  const turned = signFix(ind, ctx.table, wanted);
  ctx.report({ messageId, data, ...(fix ? turned : { at: turned.at }) });
}

/**
 * A rate where lower is better (差错率, 逾期发放率) written as a floor (`≥100%`): the sign is turned
 * round; the bound itself is the unit's to choose, so a fix is offered only below 100%.
 */
function checkNegativeRate(ctx: RuleContext, ind: IndicatorRow): void {
  const p = ind.parsed;
  const name = ind.level3.text;
  if (p.unit !== '%' || !isNegativeMeasure(name) || isSatisfactionName(name)) return;
  if (p.sign === '＝' && p.number === 100) {
    reportFull(ctx, ind);
    return;
  }
  if (p.sign !== '≥' && p.sign !== '＞') return;
  const wanted = turnedSign('negative', p.sign);
  const data = { name: name.trim(), value: shown(ind), sign: p.signText ?? p.sign, expected: wanted };
  reportTurned(ctx, ind, 'negative', data, 'negative', wanted, p.number !== undefined && p.number < 100);
}

/**
 * A rate where lower is better set at exactly 100% (`减少国有资产闲置率 | ＝100%`: every asset idle):
 * the target says the opposite of the name, most likely the share achieved was meant. Which
 * indicator was meant is the unit's to say, so a warning with no fix.
 */
function reportFull(ctx: RuleContext, ind: IndicatorRow): void {
  const at = signSource(ind) === 'direction' ? directionCell(ind) : undefined;
  const data = { name: ind.level3.text.trim(), value: shown(ind) };
  ctx.report({ messageId: 'negativeFull', severity: 'warning', data, at: at ?? ind.value.at });
}

/** A 不满意率 written as a floor (`≥5%`): turned round like any rate where lower is better. */
function checkDissatisfaction(ctx: RuleContext, ind: IndicatorRow): void {
  const p = ind.parsed;
  if (p.unit !== '%') return;
  if (p.sign === '＝' && p.number === 100) {
    reportFull(ctx, ind);
    return;
  }
  if (p.sign !== '≥' && p.sign !== '＞') return;
  const wanted = turnedSign('negative', p.sign);
  const data = { name: ind.level3.text.trim(), value: shown(ind), sign: p.signText ?? p.sign, expected: wanted };
  reportTurned(ctx, ind, 'negative', data, 'negative', wanted, p.number !== undefined && p.number < 100);
}

export const wrongDirection: Rule = {
  meta: { id: 'value/wrong-direction', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || p.sign === undefined) return;
    // A range (`80-100万元`) writes no sign: the floor read from it is the parser's, and
    // value/nonstandard-sign asks for the bound the indicator needs.
    if (p.problems.includes('range') && ctx.enabled('value/nonstandard-sign')) return;
    // A rate under 成本指标 (预算执行率 ≥90%, 成本节约率) is no sum of money: no ceiling to hold it to.
    const rateOnCost = kind === 'cost' && p.unit === '%' && isRateName(ind.level3.text);
    // A complaint rate or a 不满意率 under 满意度指标: lower is better, a ceiling is right.
    const reverseOnSatisfaction = kind === 'satisfaction' && isReverseSatisfaction(ind.level3.text);
    if (reverseOnSatisfaction && /不满意/.test(ind.level3.text)) {
      checkDissatisfaction(ctx, ind);
      return;
    }
    const required = rateOnCost || reverseOnSatisfaction ? undefined : requiredDirection(kind);
    if (required === undefined) {
      checkNegativeRate(ctx, ind);
      return;
    }
    // ＝ fits both a ceiling and a floor; only ≥ ＞ on a cost and ≤ ＜ on a satisfaction are wrong.
    const turned = turnedSign(required, p.sign);
    if (turned === p.sign) return;
    // `补贴标准 ≥200元/亩`: a standard is set by policy; at least it is not at most it (≤ would say
    // the opposite of what the clerk meant): the standard itself, ＝.
    const wanted = kind === 'cost' && isSubsidyStandard(ind) ? '＝' : turned;
    const data = { value: shown(ind), sign: p.signText ?? p.sign, expected: wanted };
    reportTurned(ctx, ind, kind === 'cost' ? 'cost' : 'satisfaction', data, required, wanted);
  },
};
