/**
 * A number without a comparison sign (`100%`, `0%`, `≥` missing). The sign is inferred: ＝ when
 * the number is the bound itself (100%, 0), ≤ for costs, deadlines and measures where less is
 * better (差错率), ≥ otherwise; a 正向/反向 column decides where there is one.
 */
import type { Rule } from '../types';
import { isDateSerial } from './date-serial';
import { chineseNumber } from '../../value';
import { correctedSign, guessUnit, inferSign, isDottedMonth, isImpossibleNegative, isSignUnknowable, repairedNumber, sameCell, shown, signFix, valueFix } from './fix';
import { isNoCost, PASS_RATE_RE } from './kind';
import { unitClass } from '../../units';
import { stripSpaces } from '../../text';
import { judge } from './unit-mismatch';

export const missingSign: Rule = {
  meta: { id: 'value/missing-sign', category: 'value', severity: 'warning', fixable: true },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || !p.problems.includes('no-sign') || isDottedMonth(ind, kind) || isDateSerial(ctx, ind, kind) || isNoCost(ind, facts.level2?.name)) return;
    const number = repairedNumber(p);
    const n = number === undefined ? undefined : Number(number);
    // `-5人` on a count: value/negative-number says what to write (no sign fits a count below zero).
    if (ctx.enabled('value/negative-number') && isImpossibleNegative(ind, n, p.unit)) return;
    const unit = p.unit ?? guessUnit(ind, ctx.table);
    // `有效降低…的发生 40%`, `完成时限 1`: whether a ceiling or a floor is meant cannot be told; a
    // guessed sign applied in one click could say the opposite, so the sign is asked for with none.
    if (isSignUnknowable(ind, unit)) {
      ctx.report({ messageId: 'noSignUnknown', at: signFix(ind, ctx.table, '≥').at, data: { value: shown(ind) } });
      return;
    }
    const wanted = correctedSign(kind, inferSign(ind, n, unit));
    const fix = signFix(ind, ctx.table, wanted);
    const at = fix.at;
    // `100%` on a 成本指标 named `20万元`: value/unit-mismatch's error says the unit is of the wrong
    // class, so a fix written here (`≤100%`) would keep it: the sign is still asked for, with no
    // fix. With that rule off, the fix is offered as before.
    // A percentage on a cost whose name is a pass rate (`资助标准达标率 | 100%`, values45, real: 宁晋 助学金 2019) is
    // only a warning there (and a bare number there is guessed to be one), but a cost's ceiling (`≤100%`) would turn
    // the pass rate round: no fix either. (`成本控制率 ≤100%` keeps its ceiling: spending within the budget.)
    const mismatch = p.unit !== undefined && p.numberText !== undefined && ctx.enabled('value/unit-mismatch') ? judge(kind, p, ind.level3.text)?.severity : undefined;
    const wrongUnit = mismatch === 'error' || (kind === 'cost' && unit !== undefined && unitClass(unit) === 'percent' && PASS_RATE_RE.test(stripSpaces(ind.level3.text)));
    const suggestion = wrongUnit ? undefined : fix.suggestion;
    const data = { value: shown(ind), sign: wanted, suggestion: suggestion ?? '' };
    // `一年`: value/bad-number names the Chinese numeral on the same cell with the same whole fix
    // (`≤1年`): one finding, not two saying the same. With that rule off, this one still reports.
    if (suggestion !== undefined && p.numberText !== undefined && chineseNumber(p.numberText) !== undefined && !p.problems.includes('percent-words') && ctx.enabled('value/bad-number')) {
      const numeral = valueFix(ind, ctx.table);
      if (numeral.suggestion === suggestion && sameCell(numeral.at, at)) return;
    }
    const inColumn = ind.sign !== undefined && sameCell(at, ind.sign.at);
    ctx.report({ messageId: !suggestion ? 'noSignNoFix' : inColumn ? 'noSignColumn' : 'noSign', at, data, suggestion });
  },
};
