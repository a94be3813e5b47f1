/**
 * A 三级指标 name appears once per table. Names are compared without spaces and punctuation, so
 * `设备合格率` and `设备合格率。` are the same; the second (and any later) one is reported.
 */
import { isBlankText, toA1 } from '../../grid';
import type { Field } from '../../../model';
import { contentKey } from '../../text';
import type { Rule } from '../types';

export const duplicateLevel3: Rule = {
  meta: { id: 'structure/duplicate-level3', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const first = new Map<string, Field>();
    const rows = ctx.facts.rows;
    for (let i = 0; i < rows.length; i++) {
      const cell = rows[i].ind.level3;
      // `社会成本指标 | 无 | 无` and `生态环境成本指标 | 无 | 无`: each says its 二级 does not apply.
      if (isBlankText(cell.text) || rows[i].notApplicableRow) continue;
      const key = contentKey(cell.text);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, cell);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        at: cell.at,
        data: { name: cell.text.trim(), first: toA1(earlier.at.row, earlier.at.col) },
      });
    }
  },
};
