/**
 * Every table states its 预算数. No 预算数 label at all beside other money rows: reported on the
 * whole table; a label with an empty value: reported on the value cell, where it has to be
 * written. A form with no money rows at all is not checked, and says so in an info; one that
 * writes its sources and no total takes their sum for the total, and says so in an info.
 */
import { readAmount, sourcesSum } from '../../money';
import { stripSpaces } from '../../text';
import type { TableModel } from '../../../model';
import type { CellAddress } from '../../grid';
import { headerRect } from '../structure/shared';
import type { Rule } from '../types';

/** The title of a form that carries no money rows by design (河北: 预算项目绩效信息表（预算编制阶段）). */
const INFO_FORM_RE = /绩效信息表/;

/** The table read a money part, a 预算数 label or a money block's label: the form has money rows. */
function hasMoneyLabel(table: TableModel): boolean {
  const b = table.budget;
  return b.fiscal !== undefined || b.other !== undefined || b.carryOver !== undefined || (b.parts?.length ?? 0) > 0 || b.totalLabel !== undefined || b.blockLabel !== undefined;
}

/** The cell of the first money source holding an amount (a number, or text the not-a-number rule reads). */
function firstSource(table: TableModel): CellAddress | undefined {
  const b = table.budget;
  for (const f of [b.fiscal, b.other, b.carryOver, ...(b.parts ?? [])]) {
    const kind = readAmount(f).kind;
    if (kind === 'ok' || kind === 'invalid') return f?.at;
  }
  return undefined;
}

export const missingTotal: Rule = {
  meta: { id: 'budget/missing-total', category: 'budget', severity: 'error', fixable: false },
  check(ctx) {
    const { table } = ctx;
    const total = table.budget.total;
    if (!total) {
      const source = firstSource(table);
      // The amount is written, but not beside a 预算数 label (in a sentence, under a column
      // header): it cannot be checked, which is worth a note, not an error.
      if (table.budget.totalLabel) ctx.report({ messageId: 'elsewhere', at: table.budget.totalLabel, severity: 'info' });
      // A list of indicators exported without a 预算数 column: the system keeps the budget
      // elsewhere; the checks that need it are skipped, said on the project's own row.
      else if (table.layout === 'L4') ctx.report({ messageId: 'notInList', at: headerRect(table), severity: 'info' });
      // 河北's 预算项目绩效信息表 has no money rows by design: the system keeps the budget in its
      // budget table (test/fixtures/systems/README.md).
      else if (table.title && INFO_FORM_RE.test(stripSpaces(table.title.text)) && !hasMoneyLabel(table)) ctx.report({ messageId: 'notInInfoForm', at: table.title.at, severity: 'info' });
      // No money row of any kind (no 预算数, no 财政资金, no block of sources): the form has no money
      // part by design (甘孜's and 湖南's system forms, 浙江's 项目库 form): not checked, said once.
      else if (!hasMoneyLabel(table)) ctx.report({ messageId: 'noMoneyRows', at: table.title?.at ?? table.range, severity: 'info' });
      // The sources written (财政拨款 100 / 其他资金 0, or 中央/省/县级资金) and no total: their sum
      // stands for it, which a user expects; said in an info on the first source, not an error.
      else if (source) {
        const sum = sourcesSum(table, table.moneyUnit);
        if (sum !== undefined) ctx.report({ messageId: 'fromSources', at: source, severity: 'info', data: { sum: sum.toString(), unit: table.moneyUnit } });
        else ctx.report({ messageId: 'sourcesOnly', at: source, severity: 'info' });
      } else ctx.report({ messageId: 'missing', at: table.range });
      return;
    }
    if (readAmount(total).kind === 'empty') ctx.report({ messageId: 'empty', at: total.at });
  },
};
