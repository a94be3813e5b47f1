/**
 * A 三级 name that ends with a target of its own (`…质量达标率100%`) while the 指标值 says another
 * (`≥98%`): the table states two targets for one indicator. A note: which one is meant only the
 * author knows, and the name may be a published standard's. Only a percentage at the very end of
 * the name counts; a figure inside it (`前30%困难学生覆盖率`) describes who is measured.
 */
import { stripSpaces } from '../../text';
import type { Rule } from '../types';
import { shown } from '../value/fix';

/** `100%`, `≥95%`, `达到98％` at the end of a name (trailing punctuation aside). */
const NAME_TARGET_RE = /(?:≥|≤|＝|=|>=|<=|不低于|达到)?(\d{1,3}(?:\.\d+)?)[%％]$/;

export const nameStatesValue: Rule = {
  meta: { id: 'content/name-states-value', category: 'content', severity: 'info', fixable: false },
  row(ctx, ind) {
    // Most names hold no percent sign at all: nothing to strip or match.
    const text = ind.level3.text;
    if (text.indexOf('%') < 0 && text.indexOf('％') < 0) return;
    const name = withoutTrailingPunctuation(stripSpaces(text));
    if (name.length > 64) return;
    const m = NAME_TARGET_RE.exec(name);
    // The name must be more than its target (a value typed in the 三级 column is another matter).
    if (!m || m.index === 0) return;
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || p.number === undefined || p.unit !== '%') return;
    if (Number(m[1]) === p.number) return;
    ctx.report({ messageId: 'differs', at: ind.level3.at, data: { name: ind.level3.text.trim(), stated: m[0], value: shown(ind) } });
  },
};

const TRAILING = new Set(['。', '；', ';', '，', ',']);

/**
 * The text without its trailing 。；;，, — counted from the end: the pattern `[。；;，,]+$` is tried
 * at every position of a long run of them, quadratic on a 32,767-character cell.
 */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1])) end--;
  return s.slice(0, end);
}
