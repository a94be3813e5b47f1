/**
 * Text normalisation shared by the locator and the rules.
 * Real sheets mix full-width and ASCII punctuation, inner spaces (`其中：财政    资金`) and
 * every kind of Unicode space; labels are compared after `labelKey`.
 */
import { isSpaceCode } from './grid';
import { memoText } from './memo';

/**
 * A list number before a label or a level name, on a key (half-width, no spaces): `(一)`, `1)`,
 * `一、`, `1.`, `2、`, the one-character numbers `①` `⑴` `⒈` and Roman `Ⅱ、`. One pattern for the
 * labels, the level names and the outline headings.
 */
export const LIST_NUMBER_RE = /^(?:\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.]|[\u2460-\u249b][、.]?|[\u2160-\u216b][、.])/;

const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** Full-width ASCII variants (！ to ～) to their ASCII form; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  // Most texts have no full-width character: a look at each code unit says so, and the text is
  // returned as it is, without starting the regular expression (a call per text of every row).
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === s.length) return s;
  // One regular-expression pass: no string built a character at a time (a 1 MB cell would make
  // a million-piece rope for the garbage collector).
  return s.replace(WIDE_RE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const WIDE_RE = /[\uff01-\uff5e\u3000]/g;

/** Removes every kind of white space, including inner and ideographic spaces. */
export function stripSpaces(s: string): string {
  // The same test first, a code unit at a time (isSpaceCode is SPACE_RE's class): a text with no
  // space at all, most of them, is returned without a regular-expression call.
  let i = 0;
  while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
  return i === s.length ? s : s.replace(SPACE_RE, '');
}

/** Collapses runs of white space to one ASCII space and trims. */
export function squashSpaces(s: string): string {
  return s.replace(SPACE_RE, ' ').trim();
}

/**
 * The key under which a label is compared: no spaces, half-width, no colons, no trailing
 * asterisks or weight markers kept. `其中：财政    资金` -> `其中财政资金`.
 */
export function labelKey(s: string): string {
  return labelKeyMemo(s);
}

function labelKeyUncached(s: string): string {
  return toHalfWidth(stripSpaces(s)).replace(/[:*※]/g, '');
}

const labelKeyMemo = memoText(labelKeyUncached);

/** Like labelKey but also drops punctuation, for comparing free texts (a value vs its name). */
export function contentKey(s: string): string {
  return contentKeyMemo(s);
}

function contentKeyUncached(s: string): string {
  return toHalfWidth(stripSpaces(s))
    .replace(/[\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

const contentKeyMemo = memoText(contentKeyUncached);

/** True if `s` contains any white space that is not a single ASCII space between words. */
export function hasStraySpace(s: string): boolean {
  if (s !== s.trim()) return true;
  return /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|\s{2,}/.test(s.replace(/\n/g, ''));
}
