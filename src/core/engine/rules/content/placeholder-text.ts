/**
 * Template filler in the names of a table: `XX项目`, `请输入…`, `待定` in 项目名称, 资金用途,
 * 三级指标 or 绩效指标描述, or a name that is only `无` or `/`. Goals have their own rule
 * (content/placeholder-goal), values theirs (value rules), empty cells the structure rules.
 */
import { isBlankText } from '../../grid';
import { memoText } from '../../memo';
import type { Field } from '../../../model';
import type { Rule, RuleContext } from '../types';
import { PLACEHOLDER_CELL_RE, PLACEHOLDER_IN_TEXT_RE } from './patterns';
import { INDICATOR_SLOT_RE } from '../../vocabulary';

type Kind = 'projectName' | 'use' | 'level3' | 'description' | 'title';

/** What a text holds: filler anywhere in it, or a whole cell that stands for nothing. */
const IN_TEXT = 1;
const WHOLE_CELL = 2;

/**
 * The two patterns of a (trimmed) text, worked out once per text: every indicator row asks them of
 * its 三级 and description, and a sheet repeats those texts (the same 三级 in every copy of a
 * form, the same description down a column).
 */
const placeholderOf = memoText((text: string): number => {
  const trimmed = text.trim();
  // A template's numbered slot (`指标2：`) given a target: the name is still the form's.
  return (PLACEHOLDER_IN_TEXT_RE.test(trimmed) ? IN_TEXT : 0) | (PLACEHOLDER_CELL_RE.test(trimmed) || INDICATOR_SLOT_RE.test(trimmed) ? WHOLE_CELL : 0);
});

function checkField(ctx: RuleContext, field: Field | undefined, kind: Kind, wholeCell: boolean): void {
  if (!field || isBlankText(field.text)) return;
  const holds = placeholderOf(field.text);
  if ((holds & IN_TEXT) !== 0 || (wholeCell && (holds & WHOLE_CELL) !== 0)) {
    ctx.report({ messageId: kind, at: field.at, data: { text: field.text.trim() } });
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
