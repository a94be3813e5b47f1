/**
 * Template rows left in the grid with neither a 三级指标 nor a value are unused, not mistakes
 * in each cell: one info for the table says how many there are, so they can be deleted or filled.
 */
import type { Rule } from '../types';

export const unusedRows: Rule = {
  meta: { id: 'structure/unused-rows', category: 'structure', severity: 'info', fixable: false },
  check(ctx) {
    const { table } = ctx;
    const rows = (table.unused ?? []).map((u) => u.row);
    if (rows.length === 0 || table.indicators.length === 0) return;
    const left = table.header?.columns.level3 ?? table.range.left;
    ctx.report({ messageId: 'unused', at: { row: rows[0], col: left }, data: { count: rows.length, first: rows[0] + 1 } });
  },
};
