/**
 * An amount (预算数, 财政资金, 其他资金) must be a number: `26.50`, `1,030,700.00`, `26.5万元`. An
 * amount in Chinese numerals (`叁佰万元整`, `二十六万`) is read and checked like any other, and a
 * warning offers it in digits: Excel cannot sum it, and a reviewer reads digits.
 */
import type { Decimal } from '../../decimal';
import { amountIn, readAmount } from '../../money';
import type { Rule } from '../types';
import { AMOUNT_FIELDS } from './fields';

export const notANumber: Rule = {
  meta: { id: 'budget/not-a-number', category: 'budget', severity: 'error', fixable: true },
  check(ctx) {
    for (const which of AMOUNT_FIELDS) {
      const field = ctx.table.budget[which];
      if (!field) continue;
      const amount = readAmount(field);
      if (amount.kind === 'invalid') {
        ctx.report({ messageId: which, at: field.at, data: { text: field.text.trim() } });
      } else if (amount.words && amount.value) {
        // In the table's unit when a unit line gives one (the number alone, as every amount is
        // written), else with the unit the words named.
        const { moneyUnit, moneyUnitInferred } = ctx.table;
        const digits =
          !moneyUnitInferred && amount.unit
            ? (amountIn(amount, moneyUnit) as Decimal).toString()
            : `${amount.value.toString()}${amount.unit ?? ''}`;
        ctx.report({ messageId: `${which}Words`, severity: 'warning', at: field.at, data: { text: field.text.trim(), digits }, suggestion: digits });
      }
    }
  },
};
