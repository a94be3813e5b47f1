/**
 * A 二级 must sit under its own 一级 in the table's scheme: 社会效益指标 under 产出指标 is wrong.
 * The schemes differ on cost: 成本指标 under 产出指标 is right in 2015 and wrong in 2021, where
 * 成本指标 is a 一级 with 经济成本指标, 社会成本指标 and 生态环境成本指标.
 * An unknown 二级 is unknown-level2's finding and skipped here; a 一级 typo (`产出指示`) is read as
 * the name it means, so a misplaced 二级 below it is still found.
 */
import { COST_LEVEL1, isLevel1Of, level2Names, parentsIn } from '../../taxonomy';
import type { Rule } from '../types';
import { intendedLevel1 } from './shared';

export const level2Mismatch: Rule = {
  meta: { id: 'structure/level2-mismatch', category: 'structure', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { scheme } = ctx;
    const l2 = facts.level2?.name;
    if (!l2) return;
    const l1 = intendedLevel1(facts, scheme);
    if (!l1 || !l2 || !isLevel1Of(scheme, l1)) return;
    const parents = parentsIn(scheme, l2);
    if (parents.includes(l1)) return;
    const at = ind.level2.at;
    const data = { name: l2, level1: l1, scheme, expected: parents.join('、') };
    if (parents.length > 0) {
      ctx.report({ messageId: 'wrongParent', at, data });
    } else if (scheme === '2021' && l2 === COST_LEVEL1) {
      const costs = level2Names('2021', COST_LEVEL1);
      // Under the 一级 成本指标 already, the 二级 only repeats it (`成本指标 | 成本指标`): the table has
      // the 2021 shape and names no cost kind, where nearly every cost row is 经济成本; a warning with
      // that name, not an error telling the user to move a 一级 that is already right.
      if (l1 === COST_LEVEL1) ctx.report({ messageId: 'costRepeatsLevel1', at, data: { ...data, names: costs.join('、') }, suggestion: costs[0], severity: 'warning' });
      else ctx.report({ messageId: 'costIsLevel1', at, data: { ...data, names: costs.join('、') }, suggestion: costs[0] });
    } else {
      // A 2021 cost 二级 in a table checked as 2015: there it is 成本指标 under 产出指标.
      const suggestion = scheme === '2015' && l1 === '产出指标' && l2.endsWith('成本指标') ? COST_LEVEL1 : undefined;
      ctx.report({ messageId: 'notInScheme', at, data, suggestion });
    }
  },
};
