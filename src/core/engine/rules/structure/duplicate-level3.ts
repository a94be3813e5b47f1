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
    for (const ind of ctx.table.indicators) {
      const cell = ind.level3;
      if (isBlankText(cell.text)) continue;
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
