/**
 * A blank template (no indicator, no 预算数 and no 绩效目标 filled in; the 项目名称 may be, as
 * the add-in writes it when it inserts the template) is work to do, not a table of errors:
 * each field still to fill gets one "待填写" info at its cell, and the grid one for its rows. As
 * soon as the project or an indicator is filled in, the table is checked as usual.
 */
import { isBlankText } from '../../grid';
import type { Field, TableModel } from '../../../model';
import type { Rule } from '../types';
import { headerRect } from './shared';

/** True for a table nobody has filled in yet. */
export function isBlankTemplate(table: TableModel): boolean {
  return (
    (!table.kind || table.kind === 'project') &&
    table.indicators.length === 0 &&
    (table.unused?.length ?? 0) > 0 &&
    blank(table.budget.total) &&
    blank(table.goals)
  );
}

/** A field absent or empty (a function of the module: isBlankTemplate is asked of every table). */
function blank(f: Field | undefined): boolean {
  return !f || isBlankText(f.text);
}

export const unfilled: Rule = {
  meta: { id: 'structure/unfilled', category: 'structure', severity: 'info', fixable: false },
  check(ctx) {
    const { table } = ctx;
    if (!isBlankTemplate(table)) return;
    const fields: [string, Field | undefined][] = [
      ['projectName', table.projectName],
      ['total', table.budget.total],
      ['fiscal', table.budget.fiscal],
      ['use', table.budget.use],
      ['goals', table.goals],
    ];
    for (const [field, f] of fields) if (f && isBlankText(f.text)) ctx.report({ messageId: field, at: f.at });
    ctx.report({ messageId: 'indicators', at: headerRect(table), data: { count: table.unused?.length ?? 0 } });
  },
};
