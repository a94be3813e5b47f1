/**
 * 预算数 must equal 财政资金 + 其他资金 to the cent. Exact decimal arithmetic: 13.61 + 0 is 13.61,
 * and 0.1 + 0.2 is 0.3. An empty 其他资金 is 0; when only one part is written, it is compared alone.
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
    const sum = (fiscalValue ?? Decimal.ZERO).plus(otherValue ?? Decimal.ZERO);
    if (sum.eq(totalValue)) return;
    const fiscalField = table.budget.fiscal;
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
