/**
 * Every table names its project (项目名称): the name is what the table is filed and published under.
 * A title that names the project (`2024年农村道路养护项目绩效目标表`) names it too.
 */
import { isBlankText } from '../../grid';
import type { Rule } from '../types';

export const missingProjectName: Rule = {
  meta: { id: 'structure/missing-project-name', category: 'structure', severity: 'error', fixable: false },
  check(ctx) {
    const field = ctx.table.projectName;
    if (!field) {
      const { title, titleProject } = ctx.table;
      if (title && titleProject) ctx.report({ messageId: 'fromTitle', at: title.at, data: { name: titleProject }, severity: 'info' });
      else ctx.report({ messageId: 'missing', at: ctx.table.range });
    } else if (isBlankText(field.text)) ctx.report({ messageId: 'empty', at: field.at });
  },
};
