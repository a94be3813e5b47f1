/**
 * 预算数 must equal 财政资金 + 其他资金 (+ 上年结转 and any further source the table writes: 上级 and
 * 本级 财政资金, 自筹资金) to the cent. Exact decimal arithmetic: 13.61 + 0 is 13.61,
 * and 0.1 + 0.2 is 0.3. An empty 其他资金 is 0; when only one part is written, it is compared alone
 * (but with no 其他资金 line at all, a 其中 part below the total is not wrong: the rest is unlisted).
 * The finding goes on 预算数 with the sum of the parts as the suggestion: which side is wrong
 * cannot be known, and the message says so. One exception: an empty 财政资金 beside a written
 * 其他资金 is the part left out, so it is reported there with 预算数 − 其他资金.
 */
import { Decimal } from '../../decimal';
import { amountIn, formatAmountLike, readAmount, toUnit } from '../../money';
import type { Rule } from '../types';

export const sumMismatch: Rule = {
  meta: { id: 'budget/sum-mismatch', category: 'budget', severity: 'error', fixable: true },
  check(ctx) {
    const { table } = ctx;
    const unit = table.moneyUnit;
    const totalField = table.budget.total;
    const total = readAmount(totalField);
    const fiscal = readAmount(table.budget.fiscal);
    const other = readAmount(table.budget.other);
    const totalValue = amountIn(total, unit);
    if (!totalField || totalValue === undefined) return;
    // A part that is not a number is budget/not-a-number's finding; comparing it would repeat it.
    if ((fiscal.kind === 'invalid' || other.kind === 'invalid') && ctx.enabled('budget/not-a-number')) return;
    const fiscalValue = amountIn(fiscal, unit);
    const otherValue = amountIn(other, unit);
    if (fiscalValue === undefined && otherValue === undefined) return;
    // 上年结转 and the table's further parts (上级 and 本级 财政资金, 自筹资金) count too; a part
    // that is no amount leaves the sum unknown.
    let more = Decimal.ZERO;
    const written: string[] = [];
    let carried = Decimal.ZERO;
    for (const f of [table.budget.carryOver, ...(table.budget.parts ?? [])]) {
      const a = readAmount(f);
      if (a.kind === 'empty' || a.kind === 'missing') continue;
      const v = amountIn(a, unit);
      if (v === undefined) return;
      more = more.plus(v);
      if (f === table.budget.carryOver) carried = v;
      written.push(v.toString());
    }
    const base = (fiscalValue ?? Decimal.ZERO).plus(otherValue ?? Decimal.ZERO);
    let sum = base.plus(more);
    if (sum.eq(totalValue)) return;
    // The further parts may break a part down (财政拨款 100，其中：中央 60、省级 40): the main parts
    // adding up is enough.
    if (written.length > 0 && base.plus(carried).eq(totalValue)) return;
    // Further parts adding up to 财政资金 are its breakdown: the sum is of the main parts alone
    // (before, a total off by 10 was told to be 财政资金 counted twice).
    const further = more.minus(carried);
    if (fiscalValue !== undefined && !further.isZero() && further.eq(fiscalValue)) {
      sum = base.plus(carried);
      written.length = 0;
      if (!carried.isZero()) written.push(carried.toString());
    }
    // `项目金额 164万元 | 其中：市级财政资金 132万元` with no 其他资金 line at all: the rest comes from
    // sources the table does not list. Only a part above the total is a contradiction then.
    if (!table.budget.other && written.length === 0 && sum.cmp(totalValue) < 0) return;
    const fiscalField = table.budget.fiscal;
    if (written.length > 0) {
      const parts = [fiscalValue, otherValue].filter((v) => v !== undefined).map((v) => v.toString());
      ctx.report({
        messageId: 'mismatchParts',
        at: totalField.at,
        data: { total: totalValue.toString(), sum: sum.toString(), parts: [...parts, ...written].join(' + '), unit },
        suggestion: formatAmountLike(toUnit(sum, unit, total.unit ?? unit), total.text),
      });
      return;
    }
    if (fiscalField && fiscal.kind === 'empty' && otherValue !== undefined) {
      const rest = totalValue.minus(otherValue);
      ctx.report({
        messageId: 'fiscalEmpty',
        at: fiscalField.at,
        data: { total: totalValue.toString(), other: otherValue.toString(), rest: rest.toString(), unit },
        suggestion: rest.isNegative() ? undefined : formatAmountLike(rest, total.text),
      });
      return;
    }
    ctx.report({
      messageId: 'mismatch',
      at: totalField.at,
      data: {
        total: totalValue.toString(),
        fiscal: (fiscalValue ?? Decimal.ZERO).toString(),
        other: (otherValue ?? Decimal.ZERO).toString(),
        sum: sum.toString(),
        unit,
      },
      suggestion: formatAmountLike(toUnit(sum, unit, total.unit ?? unit), total.text),
    });
  },
};
