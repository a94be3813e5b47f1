/**
 * Every table states its 预算数. No 预算数 label at all beside other money rows: reported on the
 * whole table; a label with an empty value: reported on the value cell, where it has to be
 * written. A form with no money rows at all is not checked, and says so in an info.
 */
import { readAmount } from '../../money';
import { stripSpaces } from '../../text';
import type { TableModel } from '../../../model';
import { headerRect } from '../structure/shared';
import type { Rule } from '../types';

/** The title of a form that carries no money rows by design (河北: 预算项目绩效信息表（预算编制阶段）). */
const INFO_FORM_RE = /绩效信息表/;

/** The table read a money part, a 预算数 label or a money block's label: the form has money rows. */
function hasMoneyLabel(table: TableModel): boolean {
  const b = table.budget;
  return b.fiscal !== undefined || b.other !== undefined || b.carryOver !== undefined || (b.parts?.length ?? 0) > 0 || b.totalLabel !== undefined || b.blockLabel !== undefined;
}

export const missingTotal: Rule = {
  meta: { id: 'budget/missing-total', category: 'budget', severity: 'error', fixable: false },
  check(ctx) {
    const { table } = ctx;
    const total = table.budget.total;
    if (!total) {
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
      else ctx.report({ messageId: 'missing', at: table.range });
      return;
    }
    if (readAmount(total).kind === 'empty') ctx.report({ messageId: 'empty', at: total.at });
  },
};
