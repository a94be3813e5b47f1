/**
 * An indicator row with nothing in its value cell(s): every indicator needs a target. A row marked
 * 定性 in its own column has said what kind of target it is: a warning there, not an error. A grid
 * with no value column at all (its header names none) gets one finding on its header, not one
 * per row on cells that are not the value's.
 */
import type { IndicatorRow, TableModel } from '../../../model';
import { NATURE_WORDS } from '../../vocabulary';
import { headerRect } from '../structure/shared';
import type { Rule } from '../types';

function noValueColumn(table: TableModel): boolean {
  return table.header !== undefined && table.header.columns.value === undefined;
}

function markedQualitative(ind: IndicatorRow): boolean {
  return [ind.nature, ind.sign, ind.direction].some((f) => f !== undefined && NATURE_WORDS[f.text.replace(/\s/g, '')] === 'qualitative');
}

export const empty: Rule = {
  meta: { id: 'value/empty', category: 'value', severity: 'error', fixable: false },
  check(ctx) {
    const { table } = ctx;
    if (!noValueColumn(table) || table.indicators.length === 0) return;
    ctx.report({ messageId: 'noColumn', at: headerRect(table), data: { count: table.indicators.length } });
  },
  row(ctx, ind, facts) {
    if (ind.parsed.kind !== 'empty' || noValueColumn(ctx.table)) return;
    // `社会成本指标 | 无 |`: the row says its 二级 does not apply; noted, not a missing target.
    if (facts.notApplicableRow) {
      ctx.report({ messageId: 'notApplicable', at: ind.value.at, data: { name: ind.level3.text.trim() }, severity: 'info' });
      return;
    }
    const qualitative = markedQualitative(ind);
    ctx.report({ messageId: qualitative ? 'qualitative' : 'empty', at: ind.value.at, data: { name: ind.level3.text.trim() }, ...(qualitative ? { severity: 'warning' as const } : {}) });
  },
};
