/**
 * 绩效目标 that only name a direction: `改善教育质量`, `提高医疗服务水平`, `提升公共服务水平`. Review
 * pages give these very phrases as the wrong way to write a goal (SMART's 错误示例: not specific,
 * not measurable; seridoat.com's training article, and a consultancy's list of why goals are sent
 * back: "模糊化…比如‘提升公共服务水平’——提升什么服务？从什么水平提升到什么水平？如何衡量？",
 * zczrbj.com 2025). Only a goals cell that is nothing but such short phrases (a verb of improving and
 * a few words, no figure) is noted, as info: the indicators below may carry the measures, and a goal
 * written out at any length is the unit's own. The real corpus's tune goals have none of these.
 */
import { isBlankText } from '../../grid';
import { memoText } from '../../memo';
import type { Rule } from '../types';
import { stripItemNumber } from './patterns';

/** A verb of improving and at most 12 more characters, none of them a figure or a percent sign. */
const VAGUE_LINE_RE = /^(?:进一步|全面|切实|有效|不断)?(?:提高|提升|改善|促进|加强|增强|推动|推进|优化|完善)[^\d０-９%％]{1,12}$/;
/** Punctuation a goal line may end with. */
const TRAILING: ReadonlySet<string> = new Set(['。', '；', ';', '，', ',', '.', '．', '!', '！', '、', ' ', '\t', '\u3000']);

/** The line without its trailing punctuation (a loop: an end-anchored class regex is quadratic on a long run). */
function withoutTrailing(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING.has(line[end - 1])) end--;
  return line.slice(0, end);
}
/** More lines than this is a goals text written out, whatever its lines say. */
const MAX_LINES = 3;

/** The first line of a goals text made only of vague phrases, or undefined. */
export const vagueGoal = memoText((text: string): string | undefined => {
  if (text.length > 80) return undefined;
  const lines = text.split(/\r?\n/).filter((l) => !isBlankText(l));
  if (lines.length === 0 || lines.length > MAX_LINES) return undefined;
  for (const line of lines) if (!VAGUE_LINE_RE.test(withoutTrailing(stripItemNumber(line)))) return undefined;
  return lines[0].trim();
});

export const vagueGoalRule: Rule = {
  meta: { id: 'content/vague-goal', category: 'content', severity: 'info', fixable: false },
  check(ctx) {
    const goals = ctx.table.goals;
    if (!goals || isBlankText(goals.text)) return;
    const found = vagueGoal(goals.text);
    if (found !== undefined) ctx.report({ messageId: 'vague', at: goals.at, data: { text: found } });
  },
};
