/**
 * An amount (预算数, 财政资金, 其他资金) must be a number: `26.50`, `1,030,700.00`, `26.5万元`. An
 * amount in Chinese numerals (`叁佰万元整`, `二十六万`) is read and checked like any other, and a
 * warning offers it in digits: Excel cannot sum it, and a reviewer reads digits. Full-width digits
 * (`１００`) are read too, and noted (info) with the amount in half width, as value/fullwidth notes a value's.
 */
import type { Decimal } from '../../decimal';
import { amountIn, isAmountWithNote, readAmount } from '../../money';
import type { Field, TableModel } from '../../../model';
import { hasWideDigit, toHalfWidth } from '../../width';
import type { Rule } from '../types';
import { AMOUNT_FIELDS, type AmountField } from './fields';

export const notANumber: Rule = {
  meta: { id: 'budget/not-a-number', category: 'budget', severity: 'error', fixable: true },
  check(ctx) {
    for (let k = 0; k < AMOUNT_FIELDS.length; k++) {
      const which = AMOUNT_FIELDS[k];
      const field = ctx.table.budget[which];
      if (!field) continue;
      const amount = readAmount(field);
      if (amount.kind === 'invalid') {
        ctx.report({ messageId: which, at: field.at, data: { text: field.text.trim() } });
        continue;
      }
      const noted = field.inline ? cellWithNote(ctx.table.budget, which, field, ctx.grid.text(field.at.row, field.at.col)) : undefined;
      if (noted !== undefined) {
        // The amount is read and checked, but the cell is no number Excel can sum: a warning, with
        // no fix (writing the amount alone would lose the note).
        ctx.report({ messageId: `${which}Note`, severity: 'warning', at: field.at, data: { text: noted.trim(), amount: field.text.trim() } });
      } else if (amount.words && amount.value) {
        // In the table's unit when a unit line gives one (the number alone, as every amount is
        // written), else with the unit the words named.
        const { moneyUnit, moneyUnitInferred } = ctx.table;
        const digits =
          !moneyUnitInferred && amount.unit
            ? (amountIn(amount, moneyUnit) as Decimal).toString()
            : `${amount.value.toString()}${amount.unit ?? ''}`;
        ctx.report({ messageId: `${which}Words`, severity: 'warning', at: field.at, data: { text: field.text.trim(), digits }, suggestion: digits });
      } else if (!field.inline && typeof field.value === 'string' && hasWideDigit(field.value)) {
        // `１００`: read as 100, and noted as value/fullwidth notes a value's (info): other systems read
        // no number there. The cell in half width (its unit and separators kept) is the fix.
        const digits = toHalfWidth(field.value.trim());
        ctx.report({ messageId: `${which}Fullwidth`, severity: 'info', at: field.at, data: { text: field.text.trim(), digits }, suggestion: digits });
      }
    }
  },
};

/**
 * The cell's text when an amount was read from it and one note in brackets (`854万(高标准农田建设400万元,…)`),
 * the note naming no other amount field of the block: not a budget sentence giving the total and
 * its parts in one cell (`100（其中财政拨款80，其他资金10）`, a form's one money cell), which is read
 * as written.
 */
function cellWithNote(budget: TableModel['budget'], which: AmountField, field: Field, cellText: string): string | undefined {
  for (let k = 0; k < AMOUNT_FIELDS.length; k++) {
    const other = AMOUNT_FIELDS[k];
    const f = budget[other];
    if (other !== which && f !== undefined && f.at.row === field.at.row && f.at.col === field.at.col) return undefined;
  }
  return isAmountWithNote(cellText) ? cellText : undefined;
}
