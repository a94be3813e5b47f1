/**
 * The hostile44 round's table of bad values (ours: consistency, not accuracy): one project whose
 * every indicator row holds `很多很多`, two findings a row, for the tests of the findings budget.
 */
import type { FindingBudget } from '../../src/core/model';

export const BAD_VALUES_HEAD = ['项目名称|2025年某项目', '预算数|10', '绩效目标|完成。', '一级指标|二级指标|三级指标|绩效指标描述|指标值', '产出指标|数量指标|设备数量||很多很多'];

/** The table with `rows` indicator rows, as text-grid lines. */
export function badValueLines(rows: number): string[] {
  const lines = [...BAD_VALUES_HEAD];
  for (let i = 1; i < rows; i++) lines.push('||设备数量||很多很多');
  return lines;
}

/** A budget of `left` findings to list, none counted yet. */
export const budgetOf = (left: number): FindingBudget => ({ left, unlisted: { error: 0, warning: 0, info: 0 } });
