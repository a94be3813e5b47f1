/**
 * Template filler in the names of a table: `XX项目`, `请输入…`, `待定` in 项目名称, 资金用途,
 * 三级指标 or 绩效指标描述, or a name that is only `无` or `/`. Goals have their own rule
 * (content/placeholder-goal), values theirs (value rules), empty cells the structure rules.
 */
import { isBlankText } from '../../grid';
import type { Field } from '../../../model';
import type { Rule, RuleContext } from '../types';
import { PLACEHOLDER_CELL_RE, PLACEHOLDER_IN_TEXT_RE } from './patterns';

type Kind = 'projectName' | 'use' | 'level3' | 'description' | 'title';

function checkField(ctx: RuleContext, field: Field | undefined, kind: Kind, wholeCell: boolean): void {
  if (!field || isBlankText(field.text)) return;
  const text = field.text.trim();
  if (PLACEHOLDER_IN_TEXT_RE.test(text) || (wholeCell && PLACEHOLDER_CELL_RE.test(text))) {
    ctx.report({ messageId: kind, at: field.at, data: { text } });
  }
}

export const placeholderText: Rule = {
  meta: { id: 'content/placeholder-text', category: 'content', severity: 'warning', fixable: false },
  check(ctx) {
    const { table } = ctx;
    checkField(ctx, table.title, 'title', false);
    checkField(ctx, table.projectName, 'projectName', true);
    checkField(ctx, table.budget.use, 'use', true);
  },
  // Each indicator row in the engine's one loop over the rows.
  row(ctx, ind, facts) {
    // `社会成本指标 | 无 | 无`: the 二级 does not apply (value/placeholder notes it).
    if (!facts.notApplicableRow) checkField(ctx, ind.level3, 'level3', true);
    // A description of `/` or `无` may mean "none needed"; only real filler is reported there.
    checkField(ctx, ind.description, 'description', false);
  },
};
