/**
 * A 三级指标 name or a 指标值 is a name or a target, not a sentence: no closing `。`, `；` or `，`
 * (the seed's `保障软、硬件正常运转。`). Info only; the suggestion drops the punctuation.
 */
import { isBlankText } from '../../grid';
import type { Field } from '../../model';
import type { Rule, RuleContext } from '../types';

// A `.` after a digit is part of a malformed number (`≥1.`), the value rules' business.
const TRAILING_RE = /(?:[。；，;,、：:]|(?<!\d)\.)+$/;

/** The text without its trailing sentence punctuation, or undefined when there is none. */
export function withoutTrailingPunctuation(text: string): string | undefined {
  const trimmed = text.trim();
  if (!TRAILING_RE.test(trimmed)) return undefined;
  return trimmed.replace(TRAILING_RE, '').trimEnd();
}

function checkField(ctx: RuleContext, field: Field | undefined, messageId: 'level3' | 'value'): void {
  if (!field || typeof field.value !== 'string' || isBlankText(field.text)) return;
  const fixed = withoutTrailingPunctuation(field.text);
  if (fixed === undefined || fixed === '') return;
  ctx.report({ messageId, at: field.at, data: { text: field.text.trim() }, suggestion: fixed });
}

export const trailingPunctuation: Rule = {
  meta: { id: 'content/trailing-punctuation', category: 'content', severity: 'info', fixable: true },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      checkField(ctx, ind.level3, 'level3');
      checkField(ctx, ind.value, 'value');
    }
  },
};
