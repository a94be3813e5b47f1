/**
 * A number without a comparison sign (`100%`, `0%`, `≥` missing). The sign is inferred: ＝ when
 * the number is the bound itself (100%, 0), ≤ for costs, deadlines and measures where less is
 * better (差错率), ≥ otherwise; a 正向/反向 column decides where there is one.
 */
import type { Rule } from '../types';
import { isDateSerial } from './date-serial';
import { correctedSign, guessUnit, inferSign, isDottedMonth, repairedNumber, sameCell, shown, signFix } from './fix';
import { isNoCost } from './kind';

export const missingSign: Rule = {
  meta: { id: 'value/missing-sign', category: 'value', severity: 'warning', fixable: true },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || !p.problems.includes('no-sign') || isDottedMonth(ind, kind) || isDateSerial(ctx, ind, kind) || isNoCost(ind, facts.level2?.name)) return;
    const number = repairedNumber(p);
    const wanted = correctedSign(kind, inferSign(ind, number === undefined ? undefined : Number(number), p.unit ?? guessUnit(ind, ctx.table)));
    const { at, suggestion } = signFix(ind, ctx.table, wanted);
    const data = { value: shown(ind), sign: wanted, suggestion: suggestion ?? '' };
    const inColumn = ind.sign !== undefined && sameCell(at, ind.sign.at);
    ctx.report({ messageId: !suggestion ? 'noSignNoFix' : inColumn ? 'noSignColumn' : 'noSign', at, data, suggestion });
  },
};
