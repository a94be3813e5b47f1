/**
 * A 一级 name must be one of the scheme's (`产出指标`, `效益指标`, …, in any accepted spelling).
 * A typo (`产出指示`) gets the nearest name as suggestion, a 二级 name written as the 一级 gets its
 * 一级, and a weight written after the name (`(50分)`) is kept in the suggestion.
 * A name like none of the scheme's is a warning: local templates name their levels their own way.
 * A 一级 column left empty in every row is one warning over the column (each row's blank an info
 * with its fix), not an error per row.
 */
import { isBlankText } from '../../grid';
import { isLevel1Of, level1Names, parentsIn, weightSuffix } from '../../taxonomy';
import type { Rule } from '../types';
import { guessLevel1, isFlat } from './shared';

export const unknownLevel1: Rule = {
  meta: { id: 'structure/unknown-level1', category: 'structure', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { scheme } = ctx;
    if (isFlat(ctx.table)) return;
    const cell = ind.level1;
    if (cell.inherited) return;
    const text = cell.text.trim();
    if (isBlankText(text)) {
      // The whole 一级 column left empty is one mistake: one warning over the column, and each
      // row's blank an info that keeps its one-click fix (a reviewer sends the table back once).
      const column = ctx.facts.level1ColumnBlank;
      const rows = ctx.facts.rows;
      if (column && rows[0].ind === ind) {
        const last = rows[rows.length - 1].ind.level1.at;
        ctx.report({ messageId: 'emptyColumn', at: { top: cell.at.row, left: cell.at.col, bottom: last.row, right: last.col }, data: { count: rows.length }, severity: 'warning' });
      }
      const severity = column ? 'info' : undefined;
      // A 二级 that belongs to one 一级 only (数量指标: 产出指标) says what the blank should read.
      const level2 = facts.level2?.name;
      const parents = level2 ? parentsIn(scheme, level2) : [];
      if (level2 && parents.length === 1) {
        ctx.report({ messageId: 'emptyKnown', at: cell.at, data: { level2, suggestion: parents[0] }, suggestion: parents[0], ...(severity ? { severity } : {}) });
      } else ctx.report({ messageId: 'empty', at: cell.at, ...(severity ? { severity } : {}) });
      return;
    }
    // The row's 一级 resolved once (the name key drops spaces: the same as for the trimmed text).
    const resolved = facts.level1;
    if (resolved) {
      if (!isLevel1Of(scheme, resolved.name)) {
        ctx.report({ messageId: 'notInScheme', at: cell.at, data: { name: resolved.name, scheme } });
      }
      return;
    }
    const guess = guessLevel1(text, scheme);
    if (!guess) {
      // A name like none of the scheme's is most often a local template's (效果指标): a warning.
      ctx.report({ messageId: 'unknown', at: cell.at, data: { name: text, names: level1Names(scheme).join('、') }, severity: 'warning' });
      return;
    }
    ctx.report({
      messageId: guess.kind === 'level2' ? 'isLevel2' : 'typo',
      at: cell.at,
      data: { name: text, suggestion: guess.name },
      suggestion: guess.name + weightSuffix(text),
    });
  },
};
