/**
 * A 二级 name must be one of the scheme's. A typo gets the nearest name of the row's 一级 as
 * suggestion; a 一级 name written as the 二级 is reported as such. A name like
 * none of them (a local template's) is a warning. A blank 二级 is an error, a warning when no
 * row writes a 一级 (the levels left out: one omission, reported once over the 一级 column).
 */
import { isBlankText } from '../../grid';
import { nearestName, resolveLevel1 } from '../../taxonomy';
import type { Rule } from '../types';
import { allowedLevel2, hasNoLevel2Column } from './shared';

export const unknownLevel2: Rule = {
  meta: { id: 'structure/unknown-level2', category: 'structure', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { scheme } = ctx;
    if (hasNoLevel2Column(ctx.table)) return;
    const cell = ind.level2;
    if (cell.inherited) return;
    const text = cell.text.trim();
    if (isBlankText(text)) {
      // With no 一级 written anywhere (the column left empty, one warning over it from
      // structure/unknown-level1; or no column at all), a row with no 二级 either is part of that one
      // omission, the levels left out: a warning, not an error per row (武川 民委 2021 publishes four
      // such rows above its first 二级; a tune file).
      ctx.report({ messageId: 'empty', at: cell.at, ...(ctx.facts.level1Absent ? { severity: 'warning' as const } : {}) });
      return;
    }
    // The row's 二级 resolved once (the name key drops spaces: the same as for the trimmed text).
    if (facts.level2) return;
    // A name of the older local 范本 (目标完成程度 …) under its own 一级 there: right by that 范本.
    // The table is checked by it, which one info on its first such row says (not an error per row).
    if (ctx.facts.isOlderTemplateRow(facts)) {
      const older = ctx.facts.olderTemplateRows;
      if (older[0] === facts) {
        const names = [...new Set(older.map((row) => row.ind.level2.text.trim()))].join('、');
        ctx.report({ messageId: 'olderTemplate', at: cell.at, data: { names, scheme }, severity: 'info' });
      }
      return;
    }
    const allowed = allowedLevel2(facts, scheme);
    const data = { name: text, names: allowed.join('、') };
    if (resolveLevel1(text)) {
      ctx.report({ messageId: 'isLevel1', at: cell.at, data });
      return;
    }
    // Under 满意度指标, whose only 二级 is the satisfaction of those served, a 二级 naming whose
    // satisfaction it is (`学生满意度`, `使用者满意度指标`) is that 二级 in other words.
    if (allowed.length === 1 && allowed[0] === '服务对象满意度指标' && /满意(度|程度|率)/.test(text)) return;
    const near = nearestName(text, allowed);
    if (near) ctx.report({ messageId: 'typo', at: cell.at, data: { ...data, suggestion: near }, suggestion: near });
    // Like none of the 一级's 二级 names: most often a local template's (工期指标): a warning.
    else ctx.report({ messageId: 'unknown', at: cell.at, data, severity: 'warning' });
  },
};
