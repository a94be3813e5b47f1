/**
 * A satisfaction measured under a 效益 二级 (`社会效益指标 | 市民对空气质量改善的满意程度 | ≥85%`):
 * how pleased people are is the 满意度指标's to say; the 效益 row is left without the effect the
 * money has. Review pages name it among the usual mistakes ("将满意度指标代替效益指标": when a unit
 * does not know how to measure the benefit it writes a satisfaction there; m.shutu.cn p9476085).
 * Seen in the real corpus too (湘潭 环卫 2023 and 2024, the same row both years). Only a note: the
 * row's figure is right, its place is not, and where a bureau's form keeps 满意度 under 效益 as a
 * 二级 (the older 2015 templates) the 二级 is the satisfaction one, which this leaves alone.
 */
import { resolveLevel2, SATISFACTION_LEVEL2 } from '../../taxonomy';
import type { Rule } from '../types';

const BENEFIT_LEVEL1 = '效益指标';

export const satisfactionUnderBenefit: Rule = {
  meta: { id: 'structure/satisfaction-under-benefit', category: 'structure', severity: 'info', fixable: false },
  row(ctx, ind) {
    const name = ind.level3.text.trim();
    if (!name.includes('满意')) return;
    const level2 = resolveLevel2(ind.level2.text);
    if (!level2 || level2.name === SATISFACTION_LEVEL2 || !level2.level1.includes(BENEFIT_LEVEL1)) return;
    ctx.report({ messageId: 'satisfaction', at: ind.level3.at, data: { name, level2: level2.name } });
  },
};
