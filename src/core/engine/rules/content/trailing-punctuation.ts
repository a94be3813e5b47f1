/**
 * A 三级指标 name or a 指标值 is a name or a target, not a sentence: no closing `。`, `；` or `，`
 * (the seed's `保障软、硬件正常运转。`). Info only; the suggestion drops the punctuation.
 */
import { isBlankText, isSpaceCode } from '../../grid';
import { memoText } from '../../memo';
import type { Field } from '../../../model';
import type { Rule, RuleContext } from '../types';

const MARKS = '。；，;,、：:';

/**
 * The text without its trailing punctuation, or undefined when it has none. A `.` after a digit
 * is part of a malformed number (`≥1.`), the value rules' business. Scanned from the end, so a
 * long run of punctuation costs its length once (an anchored pattern would retry it at every
 * position).
 */
export function withoutTrailingPunctuation(text: string): string | undefined {
  return withoutTrailingPunctuationMemo(text);
}

function withoutTrailingPunctuationUncached(text: string): string | undefined {
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0) {
    const c = trimmed[end - 1];
    if (MARKS.includes(c)) end--;
    else if (c === '.' && !(end >= 2 && trimmed[end - 2] >= '0' && trimmed[end - 2] <= '9')) end--;
    else break;
  }
  if (end === trimmed.length) return undefined;
  return trimmed.slice(0, end).trimEnd();
}

const withoutTrailingPunctuationMemo = memoText(withoutTrailingPunctuationUncached);

/**
 * True when a text's last code unit is one of MARKS, a `.` or white space (trimmed before the
 * marks are looked for): only such a text can end with punctuation, and most end with neither.
 */
function mayEndWithMark(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return isSpaceCode(c) || c === 0x2e || c === 0x3002 || c === 0xff1b || c === 0xff0c || c === 0x3b || c === 0x2c || c === 0x3001 || c === 0xff1a || c === 0x3a;
}

function checkField(ctx: RuleContext, field: Field | undefined, messageId: 'level3' | 'value'): void {
  if (!field || typeof field.value !== 'string' || !mayEndWithMark(field.text) || isBlankText(field.text)) return;
  const fixed = withoutTrailingPunctuation(field.text);
  if (fixed === undefined || fixed === '') return;
  ctx.report({ messageId, at: field.at, data: { text: field.text.trim() }, suggestion: fixed });
}

export const trailingPunctuation: Rule = {
  meta: { id: 'content/trailing-punctuation', category: 'content', severity: 'info', fixable: true },
  row(ctx, ind) {
    checkField(ctx, ind.level3, 'level3');
    checkField(ctx, ind.value, 'value');
  },
};
