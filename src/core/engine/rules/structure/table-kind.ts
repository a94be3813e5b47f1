/**
 * A table that looks like a target table but is another kind (部门整体支出绩效目标表, 区域 /
 * 转移支付绩效目标表, 项目支出绩效自评表, 绩效监控表, 评分表) is named in one info and not checked
 * as a project: its rows follow other rules, and project-table errors on it would be noise.
 */
import type { Rule } from '../types';

export const tableKind: Rule = {
  meta: { id: 'structure/table-kind', category: 'structure', severity: 'info', fixable: false },
  check(ctx) {
    const { table } = ctx;
    if (!table.kind || table.kind === 'project') return;
    ctx.report({ messageId: table.kind, at: table.kindAt ?? { row: table.range.top, col: table.range.left } });
  },
};
