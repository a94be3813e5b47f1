/**
 * A number without a unit (`≥200`; in split layouts an empty unit column). The unit is suggested
 * when the indicator tells it: % for rates and satisfaction, the table's money unit for a cost,
 * 次/人/份… for names ending in 次数/人数/份数. A unit the 三级 name states in brackets
 * (`培训人数（人）` with `100`) is there: a note that suggests the value with it. A coefficient or
 * index (`…系数`, `…指数`) with no unit known for it is a pure number: nothing to report. A cost's
 * bare number is read against the budget (fix.ts costScale): `会议费 ≤5000` is 元, and a cap over the
 * budget in 万元 yet under a hundredth of it in 元 gets no unit, with a message saying so.
 */
import type { Rule } from '../types';
import { isDateSerial } from './date-serial';
import { costScale, guessUnit, isDottedMonth, sameCell, shown, unitFix, unitInName } from './fix';
import { isNoCost, isPureNumberName } from './kind';

export const missingUnit: Rule = {
  meta: { id: 'value/missing-unit', category: 'value', severity: 'warning', fixable: true },
  row(ctx, ind, facts) {
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || !p.problems.includes('no-unit') || isDottedMonth(ind, facts.kind) || isDateSerial(ctx, ind, facts.kind) || isNoCost(ind, facts.level2?.name)) return;
    const { at, suggestion } = unitFix(ind, ctx.table, guessUnit(ind, ctx.table));
    // `农田灌溉水有效利用系数 ≥0.6`: a coefficient or index is a pure number, there is no unit to add.
    if (!suggestion && isPureNumberName(ind.level3.text)) return;
    const data = { value: shown(ind), suggestion: suggestion ?? '' };
    const inColumn = ind.unit !== undefined && sameCell(at, ind.unit.at);
    // `培训人数（人）` with `≥100`: the unit is stated, in the name; a note, with the value in full.
    if (suggestion && unitInName(ind) !== undefined) {
      ctx.report({ messageId: 'unitInName', at, data: { ...data, name: ind.level3.text.trim() }, suggestion, severity: 'info' });
      return;
    }
    // `≤80` beside a budget of 26.5万元: over the budget in 万元, a trifle in 元; the message says why no unit is offered.
    const overBudget = !suggestion && facts.kind === 'cost' ? costScale(ind, ctx.table).overBudget : undefined;
    if (overBudget !== undefined) {
      ctx.report({ messageId: 'noUnitOverBudget', at, data: { ...data, budget: overBudget } });
      return;
    }
    ctx.report({ messageId: !suggestion ? 'noUnitNoFix' : inColumn ? 'noUnitColumn' : 'noUnit', at, data, suggestion });
  },
};
