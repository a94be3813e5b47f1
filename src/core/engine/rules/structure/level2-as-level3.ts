/**
 * A 三级指标 names what is measured; a 一级 or 二级 name in its place (`生态效益指标` as a 三级)
 * measures nothing. Only full names ending in 指标 count: `服务对象满意度` is a fine 三级 name.
 */
import { nameKey, resolveLevel1, resolveLevel2 } from '../../taxonomy';
import type { Rule } from '../types';

export const level2AsLevel3: Rule = {
  meta: { id: 'structure/level2-as-level3', category: 'structure', severity: 'warning', fixable: false },
  row(ctx, ind) {
    const text = ind.level3.text;
    if (!nameKey(text).endsWith('指标')) return;
    const l2 = resolveLevel2(text);
    const l1 = resolveLevel1(text);
    if (!l2 && !l1) return;
    ctx.report({
      messageId: l2 ? 'level2' : 'level1',
      at: ind.level3.at,
      data: { name: text.trim() },
    });
  },
};
