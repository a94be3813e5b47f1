/**
 * A 三级 name that ends with a target of its own (`…质量达标率100%`) while the 指标值 says another
 * (`≥98%`): the table states two targets for one indicator. A note: which one is meant only the
 * author knows, and the name may be a published standard's. Only a percentage at the very end of
 * the name counts; a figure inside it (`前30%困难学生覆盖率`) describes who is measured.
 *
 * Worse, and a warning (grids44, real rows): a 三级 that is nothing but a target — an amount, a count,
 * a time (`15万元。`, `100万`, `2020年`, `2020年全年。`: 大英 2020 决算's 项目绩效目标完成情况) — or one
 * that is word for word its value and holds a figure (`辖区企业满意率达95%以上。` twice): the row names
 * no measure. A name with words of its own around a figure (`聘用网格员120人`, `12345热线…`) is not a bare
 * target, and a cell holding both name and value (`三级指标及指标值`) is left to the value rules.
 */
import { stripSpaces } from '../../text';
import { parseIndicatorValue } from '../../value';
import type { Rule } from '../types';
import { shown } from '../value/fix';

/** `100%`, `≥95%`, `达到98％` at the end of a name (trailing punctuation aside). */
const NAME_TARGET_RE = /(?:≥|≤|＝|=|>=|<=|不低于|达到)?(\d{1,3}(?:\.\d+)?)[%％]$/;

export const nameStatesValue: Rule = {
  meta: { id: 'content/name-states-value', category: 'content', severity: 'info', fixable: false },
  row(ctx, ind) {
    const text = ind.level3.text;
    const sameCell = ind.level3.at.row === ind.value.at.row && ind.level3.at.col === ind.value.at.col;
    // Asked of every row's name, so the cheap questions first: a bare target starts with its sign or number,
    // and a name that is its value is the same text (no pattern runs for the usual name, `…合格率`).
    if (!sameCell && text.length <= 64 && STARTS_LIKE_TARGET_RE.test(text) && isBareTarget(withoutTrailingPunctuation(stripSpaces(text)))) {
      ctx.report({ messageId: 'onlyValue', at: ind.level3.at, data: { name: text.trim() }, severity: 'warning' });
      return;
    }
    if (!sameCell && text.length <= 64 && ind.value.text.trim() === text.trim() && DIGIT_RE.test(text)) {
      ctx.report({ messageId: 'sameAsValue', at: ind.level3.at, data: { name: text.trim() }, severity: 'warning' });
      return;
    }
    // Most names hold no percent sign at all: nothing to strip or match.
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

/** A target starts with its number or sign (past spaces); a figure is a digit, ASCII or full-width. */
const STARTS_LIKE_TARGET_RE = /^\s*[0-9０-９≥≤=＝<>＜＞]/;
const DIGIT_RE = /[0-9０-９]/;

/** Characters a time written alone is made of: digits, 年/月/日 and their bounds, separators of a span. */
const TIME_CHARS = new Set([...'0123456789年月日号底末前内度全上下半季第.．-－~～—至/／、']);
/** A time needs one of these besides its digits (a bare `2020` is a number, not a time). */
const TIME_MARKS = new Set([...'年月日.．-－~～—至/／']);

/**
 * A target written alone: sign, number and a known unit and nothing else (`15万元`, `100万`, `3年`), or a
 * time made only of digits, 年月日 and the bounds of a span (`2020年`, `2020年全年`, `2023.07-2024.01`).
 */
function isBareTarget(s: string): boolean {
  const p = parseIndicatorValue(s);
  if (p.kind === 'quantitative' && p.number !== undefined && p.unit !== undefined && p.unitKnown === true) return true;
  let mark = false;
  for (let i = 0; i < s.length; i++) {
    if (!TIME_CHARS.has(s[i])) return false;
    if (TIME_MARKS.has(s[i])) mark = true;
  }
  return mark;
}

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
