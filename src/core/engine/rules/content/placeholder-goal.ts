/**
 * 绩效目标 left as the template wrote it: `1.目标内容1`, `请输入…`, `XXX`, `……`. The goals are
 * published; a placeholder there is an error. Reported once per goals cell, quoting the first
 * placeholder found. A goal written in full with a percentage's figure left out (`按总客%`) is
 * pointed out (info), as a template's mark left inside a written goal is.
 */
import { isBlankText } from '../../grid';
import { CN_CAPITAL_DIGITS, CN_CAPITAL_MULTIPLIERS, CN_DIGITS, CN_MULTIPLIERS, CN_POINT } from '../../vocabulary';
import { memoText } from '../../memo';
import type { Rule } from '../types';
import {
  ELLIPSIS_RE,
  GOAL_TEMPLATE_RE,
  PLACEHOLDER_CELL_RE,
  PLACEHOLDER_IN_TEXT_RE,
  stripItemNumber,
} from './patterns';

/** The first placeholder line of a goals text, or undefined. */
export function findGoalPlaceholder(text: string): string | undefined {
  const lines = text.split(/\r?\n/).filter((l) => !isBlankText(l));
  for (const line of lines) {
    const item = stripItemNumber(line);
    if (GOAL_TEMPLATE_RE.test(item) || PLACEHOLDER_CELL_RE.test(item)) return line.trim();
    if (PLACEHOLDER_IN_TEXT_RE.test(item) || ELLIPSIS_RE.test(item)) return line.trim();
  }
  // Only item numbers (`1.`), nothing written after them.
  if (lines.length > 0 && lines.every((l) => stripItemNumber(l) === '')) return lines[0].trim();
  return undefined;
}

/** A goals cell that only points elsewhere: 同上, 见附件, 详见项目申报书, 参见实施方案. */
const REFERENCE_ONLY_RE = /^(?:同上|同前|(?:详|具体)?(?:见|参见|参照)(?:附件|附表|附页|项目申报书|申报书|申报材料|实施方案|项目方案|方案|文件|上表|前表|上文)[\d一二三四五六七八九十]*)$/;

/** Asterisks or X's standing for a word or number inside a text (`完成**个村`, `XX区`). */
const MARK_RE = /[*＊]{2,}|[XxＸｘ]{2,}/;
/** How many other CJK characters make a goal one that is written, with a mark left inside. */
const WRITTEN_CJK = 12;

/**
 * A goal written out with a mark left inside it (`保障……的燃油费用，完成**日常执法…`): the mark, or
 * undefined. A template's slot left unfilled, or a name masked before publishing: worth a look,
 * not a goal left as the template wrote it.
 */
function markInWrittenGoal(line: string): string | undefined {
  const mark = MARK_RE.exec(line);
  const rest = line.replace(/[*＊XxＸｘ]/g, '');
  // With the marks taken out, anything still a placeholder (请输入…, 待定) is the template's.
  if (!mark || PLACEHOLDER_IN_TEXT_RE.test(rest)) return undefined;
  let cjk = 0;
  for (const ch of rest) if (ch >= '\u4e00' && ch <= '\u9fff' && ++cjk >= WRITTEN_CJK) return mark[0];
  return undefined;
}

/** Characters that write a number in words before a percent sign (`九十五%`): a figure, not a gap. */
const NUMERAL_CHARS: ReadonlySet<string> = new Set([
  ...Object.keys(CN_DIGITS),
  ...Object.keys(CN_MULTIPLIERS),
  ...Object.keys(CN_CAPITAL_DIGITS),
  ...Object.keys(CN_CAPITAL_MULTIPLIERS),
  CN_POINT,
]);
/** How many characters before the gap are quoted. */
const GAP_CONTEXT = 6;

/**
 * A percent sign with a word before it and no figure (`分红第一年按总客%`): a number left out of a
 * goal written in full. Returns the words up to the sign, or undefined.
 */
function percentWithoutFigure(text: string): string | undefined {
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '%' && ch !== '％') continue;
    const before = text[i - 1];
    if (before >= '\u4e00' && before <= '\u9fff' && !NUMERAL_CHARS.has(before)) return text.slice(Math.max(0, i - GAP_CONTEXT), i + 1);
  }
  return undefined;
}

/**
 * What a goals text is found to be: a placeholder line (or a mark left in a written goal), a pointer
 * elsewhere, a percentage with its figure left out, or none of these.
 */
type GoalsVerdict = { found: string; mark: string | undefined } | 'reference' | { gap: string } | undefined;

/**
 * The verdict on a goals text, worked out once per text: a goals cell is often several lines, each
 * tried against five patterns, and a workbook of many copies of a form repeats its goals texts.
 * The verdict is a value (never changed), so callers may share it.
 */
const goalsVerdict = memoText((text: string): GoalsVerdict => {
  const found = findGoalPlaceholder(text);
  if (found !== undefined) return { found, mark: markInWrittenGoal(found) };
  if (REFERENCE_ONLY_RE.test(text.replace(/[\s。．.；;]+/g, ''))) return 'reference';
  const gap = percentWithoutFigure(text);
  return gap === undefined ? undefined : { gap };
});

export const placeholderGoal: Rule = {
  meta: { id: 'content/placeholder-goal', category: 'content', severity: 'error', fixable: false },
  check(ctx) {
    const goals = ctx.table.goals;
    // An empty goals cell is structure/missing-goals' finding.
    if (!goals || isBlankText(goals.text)) return;
    const verdict = goalsVerdict(goals.text);
    if (verdict === 'reference') {
      // `同上`, `见附件`, `详见项目申报书`: no goal written, only a pointer to one elsewhere.
      ctx.report({ messageId: 'reference', at: goals.at, data: { text: goals.text.trim() }, severity: 'warning' });
    } else if (verdict !== undefined && 'gap' in verdict) {
      // A figure left out of a goal written in full: worth a look, the goal itself is there.
      ctx.report({ messageId: 'noFigure', at: goals.at, data: { text: verdict.gap }, severity: 'info' });
    } else if (verdict !== undefined) {
      const { found, mark } = verdict;
      if (mark !== undefined) ctx.report({ messageId: 'mark', at: goals.at, data: { text: found, mark }, severity: 'info' });
      else ctx.report({ messageId: 'placeholder', at: goals.at, data: { text: found } });
    }
  },
};
