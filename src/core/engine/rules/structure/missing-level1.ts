/**
 * The 一级 indicators of the scheme must all be there: 产出, 效益 and 满意度. 成本 is left to
 * structure/missing-cost (no cost at all) and structure/level2-mismatch (a cost filed as a 二级
 * under 产出指标 in the 2021 scheme), so that one mistake gives one finding.
 */
import { COST_LEVEL1, level1Names, SATISFACTION_LEVEL2 } from '../../taxonomy';
import type { Rule, RuleContext } from '../types';
import { headerRect, intendedLevel1, isFlat } from './shared';

/**
 * The scheme's 一级 (成本 aside) that no row of the table is under (worked out once per table). A
 * blank 一级 counts as its 二级's when structure/unknown-level1 reports the blank with that name.
 */
export function missingLevel1Names(ctx: Pick<RuleContext, 'facts' | 'scheme' | 'enabled'>): string[] {
  const { facts, scheme } = ctx;
  return facts.missingLevel1(scheme, () => {
    const present = new Set<string | undefined>();
    const blankFromLevel2 = ctx.enabled('structure/unknown-level1');
    for (let k = 0; k < facts.rows.length; k++) {
      const row = facts.rows[k];
      present.add(intendedLevel1(row, scheme, blankFromLevel2));
      // The 2015 list's satisfaction 二级 under 效益指标 stands for the 满意度 一级.
      if (row.level2?.name === SATISFACTION_LEVEL2) present.add('满意度指标');
    }
    // The older local 范本 (目标完成程度 / 项目实施效益 …) has no 满意度 一级: its satisfaction is a
    // 三级 under 项目实施效益 or 效益指标, and stands for the 一级 there.
    if (facts.olderTemplateRows.length > 0 && !present.has('满意度指标')) {
      for (let k = 0; k < facts.rows.length; k++) {
        const row = facts.rows[k];
        if (row.level1?.name === '效益指标' && row.ind.level3.text.length <= 40 && row.ind.level3.text.includes('满意')) present.add('满意度指标');
      }
    }
    return level1Names(scheme).filter((name) => name !== COST_LEVEL1 && !present.has(name));
  });
}

export const missingLevel1: Rule = {
  meta: { id: 'structure/missing-level1', category: 'structure', severity: 'warning', fixable: false },
  check(ctx) {
    const { table, scheme } = ctx;
    if (table.indicators.length === 0) return;
    if (isFlat(table)) {
      ctx.report({ messageId: 'noLevels', at: headerRect(table), severity: 'info' });
      return;
    }
    const missing = missingLevel1Names(ctx);
    if (missing.length === 0) return;
    ctx.report({
      messageId: 'missing',
      at: headerRect(table),
      data: { names: missing.join('、'), count: missing.length, scheme },
    });
  },
};
