/**
 * A unit cost under 成本指标 (`补助合作社平均标准 =23万元/个`) times the 数量指标 that counts the
 * same unit (`入股合作社个数 =10个`) is money the project spends: above 预算数 (23万元 × 10 =
 * 230万元 over 214.06万元), the unit cost, the count or the budget is wrong.
 *
 * Only a product the project must reach is compared: a unit cost stated with ＝ or no sign
 * (money.unitCostOf; a ceiling ≤ says nothing of the least spend) and a count stated with ＝, ≥, ＞
 * or no sign (an upper count ≤ neither). A unit that several 数量指标 rows count (`受益人数`,
 * `补助人数`) leaves the count unknown, and nothing is said. A number written with decimals is
 * taken at the least it can stand for (71.86元/平方米 for anything from 71.855, 26970.7平方米 from
 * 26970.65): a rate rounded to the fen times a measured area lands a little above the budget it
 * was worked out from, and is right. A whole number (10个, 23万元) is taken as exact.
 * Reported on the unit cost's value cell.
 */
import { costLimit, toUnit, unitCostOf } from '../../money';
import { Decimal } from '../../decimal';
import type { ParsedValue } from '../../../model';
import type { RowFacts } from '../../facts';
import type { Rule } from '../types';

const COUNT_SIGNS: ReadonlySet<string | undefined> = new Set(['＝', '≥', '＞', undefined]);

const HALF = Decimal.parse('0.5') ?? Decimal.ZERO;

/** The least a number written as `text` can stand for: `71.86` rounds anything from 71.855; `10` is 10. */
function leastOf(value: Decimal, text: string): Decimal {
  const dot = text.lastIndexOf('.');
  return dot < 0 ? value : value.minus(HALF.shift(-(text.length - dot - 1)));
}

/** The number of a count value, exact, with its text, or undefined. */
function countOf(p: ParsedValue): { value: Decimal; text: string } | undefined {
  if (!COUNT_SIGNS.has(p.sign)) return undefined;
  const text = p.numberText ?? (p.number !== undefined ? String(p.number) : undefined);
  const value = text === undefined ? undefined : Decimal.parse(text);
  return value && text !== undefined ? { value, text } : undefined;
}

/** Each unit the 数量指标 rows count in, with its row; null for a unit that several rows count. */
function countsByUnit(rows: readonly RowFacts[]): Map<string, RowFacts | null> {
  const counts = new Map<string, RowFacts | null>();
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri];
    const unit = r.ind.parsed.unit;
    if (unit === undefined || r.kind !== 'quantity') continue;
    counts.set(unit, counts.has(unit) ? null : r);
  }
  return counts;
}

export const unitCostExceeds: Rule = {
  meta: { id: 'budget/unit-cost-exceeds', category: 'budget', severity: 'warning', fixable: false },
  check(ctx) {
    const { table, facts } = ctx;
    let limit: ReturnType<typeof costLimit> | null = null;
    let counts: Map<string, RowFacts | null> | undefined;
    for (let ri = 0; ri < facts.rows.length; ri++) {
      const r = facts.rows[ri];
      if (!r.cost) continue;
      const cost = unitCostOf(r.ind);
      if (!cost) continue;
      counts ??= countsByUnit(facts.rows);
      const counted = counts.get(cost.per);
      const count = counted && countOf(counted.ind.parsed);
      if (!count || count.value.isZero() || count.value.isNegative()) continue;
      if (limit === null) limit = costLimit(table);
      if (limit === undefined) return;
      const unit = table.moneyUnit;
      const least = leastOf(cost.value, cost.text).times(leastOf(count.value, count.text));
      if (toUnit(least, cost.unit, unit).cmp(limit.total) <= 0) continue;
      const product = toUnit(cost.value.times(count.value), cost.unit, unit);
      ctx.report({
        messageId: limit.fromSources ? 'exceedsSources' : 'exceeds',
        at: r.ind.value.at,
        data: {
          cost: `${cost.value.toString()}${cost.unit}/${cost.per}`,
          count: `${count.value.toString()}${cost.per}`,
          product: product.toString(),
          total: limit.total.toString(),
          unit,
        },
      });
    }
  },
};
