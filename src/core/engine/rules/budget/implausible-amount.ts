/**
 * Amounts that do not fit the table's money unit — almost always 元 and 万元 confused. Warnings
 * only, and conservative: a budget of 100000 万元 or more (10 亿元) in a project table is surely
 * in 元; a budget below 1,000 元 surely in 万元; below 0.01 万元 (100 元) is no project. An amount
 * written with its own unit (`265000元` in a 万元 table) is converted for the other checks and
 * noted here. Cost caps whose number is the budget's but in 元 (`≤26.5元` for 26.5 万元) too.
 */
import { Decimal } from '../../decimal';
import { amountIn, formatAmountLike, isSplitValue, readAmount, sumCaps, type AmountUnit } from '../../money';
import type { TableModel } from '../../../model';
import type { RuleContext, Rule } from '../types';
import { AMOUNT_FIELDS } from './fields';

const WAN_MAX = Decimal.parse('100000') as Decimal;
const WAN_MIN = Decimal.parse('0.01') as Decimal;
/** A project budget under 1,000 元 is no project: it is the 万元 figure (103.50 for 1,035,000 元). */
const YUAN_MIN = Decimal.parse('1000') as Decimal;
const NEXT_UNIT: Partial<Record<AmountUnit, AmountUnit>> = { 元: '万元', 万元: '亿元' };

function checkUnitsWritten(ctx: RuleContext, table: TableModel): void {
  for (let k = 0; k < AMOUNT_FIELDS.length; k++) {
    const which = AMOUNT_FIELDS[k];
    const field = table.budget[which];
    const amount = readAmount(field);
    // With no unit line, the unit written in the cell is the table's own: nothing to note. An
    // amount in words has its own finding, whose fix is already in the table's unit.
    if (!field || amount.kind !== 'ok' || !amount.unit || amount.unit === table.moneyUnit || table.moneyUnitInferred || amount.words) continue;
    const converted = amountIn(amount, table.moneyUnit) as Decimal;
    // The amount is unambiguous (its unit is written): a note, not a mistake.
    ctx.report({
      messageId: 'unitWritten',
      severity: 'info',
      at: field.at,
      data: { text: field.text.trim(), written: amount.unit, unit: table.moneyUnit },
      suggestion: formatAmountLike(converted, amount.value?.toString() ?? ''),
    });
  }
}

/** A 元 table whose stated 预算数 is below 1,000: the 万元 figure. (Used by cost-exceeds to stay silent.) */
export function budgetLooksLikeWan(table: TableModel): boolean {
  const amount = readAmount(table.budget.total);
  if (table.moneyUnit !== '元' || table.moneyUnitInferred || amount.kind !== 'ok' || !amount.value || amount.unit) return false;
  return !amount.value.isZero() && !amount.value.isNegative() && amount.value.cmp(YUAN_MIN) < 0;
}

/** Reports a 预算数 out of scale for the unit; true when it did. */
function checkTotalMagnitude(ctx: RuleContext, table: TableModel): boolean {
  const field = table.budget.total;
  const amount = readAmount(field);
  // A unit written in the cell, or a unit the locator had to guess, says nothing about scale.
  if (!field || amount.kind !== 'ok' || !amount.value || amount.unit || table.moneyUnitInferred) return false;
  const v = amount.value;
  if (v.isZero() || v.isNegative()) return false;
  const data = { text: field.text.trim() };
  if (table.moneyUnit === '万元' && v.cmp(WAN_MAX) >= 0) {
    ctx.report({ messageId: 'largeForWan', at: field.at, data, suggestion: formatAmountLike(v.shift(-4), field.text) });
  } else if (table.moneyUnit === '万元' && v.cmp(WAN_MIN) < 0) {
    ctx.report({ messageId: 'smallForWan', at: field.at, data });
  } else if (table.moneyUnit === '元' && v.cmp(YUAN_MIN) < 0) {
    ctx.report({ messageId: 'smallForYuan', at: field.at, data, suggestion: formatAmountLike(v.shift(4), field.text) });
  } else {
    return false;
  }
  return true;
}

function checkCapScale(ctx: RuleContext, table: TableModel): void {
  const unit = table.moneyUnit;
  const total = amountIn(readAmount(table.budget.total), unit);
  const caps = ctx.facts.totalCaps;
  if (total === undefined || total.isZero() || caps.length === 0) return;
  const sum = sumCaps(caps, unit);
  // Exactly 10^4 below the budget: the cap was written in 元 with the 万元 number.
  if (!sum.shift(4).eq(total)) return;
  const last = caps[caps.length - 1];
  let suggestion: string | undefined;
  if (caps.length === 1) {
    const bigger = NEXT_UNIT[last.unit];
    if (bigger && !isSplitValue(last.ind)) suggestion = `${last.ind.parsed.sign ?? '≤'}${last.value.toString()}${bigger}`;
  }
  ctx.report({
    messageId: 'capScale',
    at: last.ind.value.at,
    data: { caps: sum.toString(), total: total.toString(), unit },
    suggestion,
  });
}

export const implausibleAmount: Rule = {
  meta: { id: 'budget/implausible-amount', category: 'budget', severity: 'warning', fixable: true },
  check(ctx) {
    checkUnitsWritten(ctx, ctx.table);
    // A budget out of scale makes the caps look out of scale too: that is one mistake, the budget's.
    if (!checkTotalMagnitude(ctx, ctx.table)) checkCapScale(ctx, ctx.table);
  },
};
