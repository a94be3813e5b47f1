/**
 * Stray white space in what the user wrote (project name, goals, 三级 names …): leading or
 * trailing spaces, runs of spaces, full-width or non-breaking spaces. Info only; the suggestion
 * is the text without them. Labels (`其中：财政    资金`) are the form's, not the user's: never checked.
 * Values belong to the value rules and amounts to the budget rules.
 */
import { isBlankText, isSpaceCode } from '../../grid';
import { memoText } from '../../memo';
import type { Field } from '../../../model';
import { hasStraySpace, squashSpaces } from '../../text';
import type { Rule, RuleContext } from '../types';

const CJK = '\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
// A space between two Chinese characters (or full-width marks) separates nothing. Replaced by the
// character before it ($1) rather than found with a lookbehind, which ES5 lacks (the legacy pane
// runs this in Internet Explorer 11); the character after is only looked at, so `中 文 字` loses both.
export const SPACE_BETWEEN_CJK_RE = new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g');

/** The text with stray spaces removed, line by line; single spaces between Latin words stay. */
export function cleanSpaces(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => squashSpaces(l).replace(SPACE_BETWEEN_CJK_RE, '$1'));
  // Blank lines at either end dropped by index: shifting them off one by one is quadratic in a
  // cell of 32,767 line breaks.
  let first = 0;
  let end = lines.length;
  while (first < end && lines[first] === '') first++;
  while (end > first && lines[end - 1] === '') end--;
  return lines.slice(first, end).join('\n');
}

/** True when a text (possibly several lines) has white space that does not belong. */
export function hasStraySpaces(text: string): boolean {
  return hasStraySpacesMemo(text);
}

function hasStraySpacesUncached(text: string): boolean {
  if (text !== text.trim()) return true;
  return text.split(/\r?\n/).some((line) => hasStraySpace(line));
}

const hasStraySpacesMemo = memoText(hasStraySpacesUncached);

type Kind = 'title' | 'unitName' | 'projectName' | 'use' | 'goals' | 'level1' | 'level2' | 'level3' | 'description';

/**
 * True when a text holds a character of white space or one that shows nothing (isSpaceCode): a
 * text with none has no stray space (hasStraySpace looks for nothing else), and most texts have none.
 */
function hasSpaceCode(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

function checkField(ctx: RuleContext, field: Field | undefined, kind: Kind): void {
  if (!field || typeof field.value !== 'string' || !hasSpaceCode(field.text) || isBlankText(field.text)) return;
  // An outline export (L5) indents its names with leading spaces: that is its layout, not a slip.
  const text = ctx.table.layout === 'L5' && OUTLINED.has(kind) ? field.text.replace(/^[ \u3000\u00a0]+/, '') : field.text;
  if (!hasStraySpaces(text)) return;
  const suggestion = text === field.text ? cleanSpaces(field.text) : field.text.slice(0, field.text.length - text.length) + cleanSpaces(text);
  ctx.report({ messageId: kind, at: field.at, data: { text: field.text.trim() }, suggestion });
}

/** The fields an outline export indents. */
const OUTLINED: ReadonlySet<Kind> = new Set(['unitName', 'projectName', 'level1', 'level2', 'level3']);

export const straySpace: Rule = {
  meta: { id: 'content/stray-space', category: 'content', severity: 'info', fixable: true },
  check(ctx) {
    const { table } = ctx;
    checkField(ctx, table.title, 'title');
    checkField(ctx, table.unitName, 'unitName');
    checkField(ctx, table.projectName, 'projectName');
    checkField(ctx, table.budget.use, 'use');
    checkField(ctx, table.goals, 'goals');
  },
  row(ctx, ind) {
    if (!ind.level1.inherited) checkField(ctx, ind.level1, 'level1');
    if (!ind.level2.inherited) checkField(ctx, ind.level2, 'level2');
    checkField(ctx, ind.level3, 'level3');
    checkField(ctx, ind.description, 'description');
  },
};
