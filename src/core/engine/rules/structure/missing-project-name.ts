/** Every table names its project (项目名称): the name is what the table is filed and published under. */
import { isBlankText } from '../../grid';
import type { Rule } from '../types';

export const missingProjectName: Rule = {
  meta: { id: 'structure/missing-project-name', category: 'structure', severity: 'error', fixable: false },
  check(ctx) {
    const field = ctx.table.projectName;
    if (!field) ctx.report({ messageId: 'missing', at: ctx.table.range });
    else if (isBlankText(field.text)) ctx.report({ messageId: 'empty', at: field.at });
  },
};
