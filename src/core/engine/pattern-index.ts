/**
 * Which of a list of patterns can match a text, by its first character: an index that lets a long
 * list of label patterns (labels.ts: some 280 of them, tried in order) be tried only where it can
 * match. A label that matches none of them (a project's name, a number, a sentence: most texts a
 * sheet holds) was tested against every pattern: the sample check made 52,920 regular-expression
 * tests, 50,000 of them there, and compiled each pattern on its first use.
 *
 * A pattern made only of literal characters, groups, alternatives, quantifiers, anchors and escaped
 * punctuation matches only characters its source holds: it cannot match a text that starts with a
 * character not in its source. Any other pattern (a character class, `.`, `\d` or another escape,
 * a flag) may match any text, and is a candidate for every one. The candidates keep the list's
 * order, so the first pattern that matches is the one the whole list would have found.
 */

/** A character class, any character, or an escape that is not punctuation (`\d`, `\u4e00`, `\1`). */
const WILD = /[[.]|\\[^()[\]{}|/\\.?*+^$-]/;

/**
 * A list's patterns indexed by first character: the function gives, for a text, the indices of
 * the patterns that can match it, in the list's order. Each character's list is made on its first
 * use, only for characters some source holds (any other has the wild patterns alone).
 */
export function patternIndex(list: readonly RegExp[]): (text: string) => readonly number[] {
  const wild = list.map((re) => re.flags !== '' || WILD.test(re.source));
  const candidatesOf = (c: string) => list.map((re, i) => (wild[i] || (c !== '' && re.source.includes(c)) ? i : -1)).filter((i) => i >= 0);
  const always = candidatesOf('');
  // Code units, as charAt gives them (a character outside the BMP is two).
  const held = new Set(list.map((re) => re.source).join('').split(''));
  const byChar = new Map<string, readonly number[]>();
  return (text) => {
    const c = text.charAt(0);
    if (!held.has(c)) return always;
    let candidates = byChar.get(c);
    if (!candidates) byChar.set(c, (candidates = candidatesOf(c)));
    return candidates;
  };
}
