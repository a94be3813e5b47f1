/**
 * Which of a list of anchored patterns can match a text, by its first character: an index that
 * lets a long list of label patterns (labels.ts: some 280 of them, tried in order) be tried only
 * where it can match. A label that matches none of them (a project's name, a number, a sentence:
 * most texts a sheet holds) was tested against every pattern: the sample check made 52,920 regular
 * expression tests, 50,000 of them there, and compiled each pattern on its first use.
 *
 * Each pattern's possible first characters are read from its source, conservatively: a pattern
 * whose source holds anything the reading does not know (`.`, a character class, a group other
 * than `(…)` and `(?:…)`), a branch not anchored at the start, one that may match the empty text,
 * one with flags, or one that may start with an escape other than punctuation (`\d`) is a
 * candidate for every text. The candidates keep the list's order, so the first pattern that matches is the one
 * the whole list would have found.
 */

/** Possible first characters (duplicates allowed; '' none), or null: any. */
type FirstChars = string | null;

const GIVE_UP: [FirstChars, boolean, number] = [null, true, -1];

/**
 * Reads `src` from `at` to the `)` that closes the group it is in (or the end): an alternation of
 * branches. Returns the characters a match can start with, whether it may match the empty text,
 * and where the reading stopped (-1: it gave up). At the top, every branch must start with `^`.
 */
function scan(src: string, at: number, top: boolean): [FirstChars, boolean, number] {
  let alternatives: FirstChars = '';
  let anyNullable = false;
  let first: FirstChars = '';
  let nullable = true;
  let i = at;
  let branchStart = true;
  for (;;) {
    if (top && branchStart && src[i] !== '^') return GIVE_UP;
    branchStart = false;
    const c = src[i++];
    if (c === undefined || c === ')' || c === '|') {
      alternatives = alternatives === null || first === null ? null : alternatives + first;
      anyNullable = anyNullable || nullable;
      if (c !== '|') return [alternatives, anyNullable, i - 1];
      first = '';
      nullable = true;
      branchStart = true;
      continue;
    }
    // An atom: a literal character by default.
    let f: FirstChars = c;
    let optional = false;
    if (c === '^' || c === '$') {
      f = '';
      optional = true;
    } else if (c === '(') {
      // A group, captured or not; any other (a lookahead, a named group): not read.
      if (src[i] === '?' && src[i + 1] !== ':') return GIVE_UP;
      const [inner, innerNullable, end] = scan(src, src[i] === '?' ? i + 2 : i, false);
      if (src[end] !== ')') return GIVE_UP;
      i = end + 1;
      f = inner;
      optional = innerNullable;
    } else if (c === '\\') {
      // Escaped punctuation is itself; `\d`, `\s`, `\u…`, a reference: any.
      const e = src.charAt(i++);
      f = /\w|^$/.test(e) ? null : e;
    } else if ('.[*+?{'.includes(c)) return GIVE_UP;
    const q = src[i];
    if (q === '?' || q === '*') {
      optional = true;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(src.slice(i));
      if (!m) return GIVE_UP;
      optional = optional || m[0].startsWith('{0');
      i += m[0].length;
    }
    if (src[i] === '?') i++; // lazy
    if (nullable) first = first === null || f === null ? null : first + f;
    nullable = nullable && optional;
  }
}

/**
 * The characters a match of `re` can start with ('' none), or null when it may start with any (or
 * the reading is not sure).
 */
export function firstCharsOf(re: RegExp): FirstChars {
  if (re.flags !== '') return null;
  const [first, nullable, end] = scan(re.source, 0, true);
  return end !== re.source.length || nullable ? null : first;
}

/**
 * A list's patterns indexed by first character: the function gives, for a text, the indices of
 * the patterns that can match it, in the list's order.
 */
export function patternIndex(list: readonly RegExp[]): (text: string) => readonly number[] {
  const firsts = list.map(firstCharsOf);
  const candidatesOf = (c: string | null) => firsts.map((f, i) => (f === null || (c !== null && f.includes(c)) ? i : -1)).filter((i) => i >= 0);
  const always = candidatesOf(null);
  const byChar = new Map<string, readonly number[]>();
  for (const f of firsts) for (const c of (f ?? '').split('')) if (!byChar.has(c)) byChar.set(c, candidatesOf(c));
  return (text) => byChar.get(text.charAt(0)) ?? always;
}
