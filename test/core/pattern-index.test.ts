/**
 * The first-character index of the label patterns (src/core/engine/pattern-index.ts): what it
 * reads from a pattern's source, and that with it each of classifyLabel's lists finds the same
 * first match as trying every pattern in order — on texts made to match each pattern, on every
 * text of the real corpus and the seed, and on random texts.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { firstCharsOf, patternIndex } from '../../src/core/engine/pattern-index';
import { LABEL_PATTERN_LISTS } from '../../src/core/engine/labels';
import { labelKey } from '../../src/core/engine/text';

const chars = (re: RegExp): string[] | null => {
  const f = firstCharsOf(re);
  return f === null ? null : [...new Set(f.split(''))].sort();
};

describe('firstCharsOf', () => {
  it.each<[RegExp, string[] | null]>([
    [/^项目名称$/, ['项']],
    [/^(项目)?(支出)?名称$/, ['名', '支', '项'].sort()],
    [/^(其中)?(上级|本级)$/, ['上', '其', '本'].sort()],
    [/^(\d{4})?年度$/, null],
    [/^年度\d{4}$/, ['年']],
    [/^\(?专项\)?名称$/, ['(', '专'].sort()],
    [/^(年度|本年)?(资金)?(批复|核定)$/, ['年', '本', '资', '批', '核'].sort()],
    [/^(?:甲|乙)+丙$/, ['乙', '甲'].sort()],
    [/^a{2,}b$/, ['a']],
    [/^(甲|乙)?$|^丙$/, null],
    [/^a{0,2}b$/, ['a', 'b']],
    [/^(a|b)$|^c$/, ['a', 'b', 'c']],
    // Not sure, so every text is a candidate: a character class, any character, a branch not
    // anchored, a pattern that matches the empty text, flags, a lookahead, a named group, an
    // escape that is no punctuation (a class, a reference) first.
    [/^[、，]目标$/, null],
    [/^项目[、，]$/, null],
    [/^(?=.{3})年度$/, null],
    [/^.级$/, null],
    [/^甲$|乙$/, null],
    [/项目名称$/, null],
    [/^(项目)?$/, null],
    [/^(项目)?/, null],
    [/^项目$/i, null],
    [/^(?<x>甲)$/, null],
    [new RegExp('^\\1甲$'), null],
    // What follows the first character does not narrow it: a reference after it is read past.
    [/^(甲)\1$/, ['甲']],
    [/^\s*甲$/, null],
  ])('%s', (re, expected) => {
    expect(chars(re)).toEqual(expected);
  });

  it('reads nine in ten of each list of label patterns: the index narrows each list', () => {
    for (const list of LABEL_PATTERN_LISTS) {
      const unread = list.filter((re) => firstCharsOf(re) === null);
      expect(unread.length).toBeLessThanOrEqual(list.length / 10);
    }
  });
});

/** The list's first match, trying every pattern in order. */
const firstMatch = (list: readonly RegExp[], s: string): number => list.findIndex((re) => re.test(s));
/** The same through the index. */
const firstIndexed = (list: readonly RegExp[], candidates: (text: string) => readonly number[], s: string): number => {
  for (const i of candidates(s)) if (list[i].test(s)) return i;
  return -1;
};

describe('patternIndex finds the same first match as the whole list', () => {
  const lists = LABEL_PATTERN_LISTS.map((list) => ({ list, index: patternIndex(list) }));

  it('on texts made to match each pattern', () => {
    for (const { list, index } of lists) {
      for (const re of list) {
        // fast-check cannot generate through a lookahead: made from the pattern without it, a
        // text may miss the pattern itself (`(?=.{3})` on a short one).
        const lookahead = /\(\?=[^()]*\)/g;
        fc.assert(
          fc.property(fc.stringMatching(new RegExp(re.source.replace(lookahead, ''))), (s) => {
            expect(firstIndexed(list, index, s)).toBe(firstMatch(list, s));
            // A text that matches this pattern: the list finds it or an earlier one.
            if (re.test(s)) expect(firstMatch(list, s)).toBeGreaterThanOrEqual(0);
          }),
          { seed: 24, numRuns: 25 },
        );
      }
    }
  });

  it('on every text of the real corpus and the seed, as cells and as label keys', () => {
    const texts = new Set<string>();
    const dir = join(__dirname, '../fixtures/real/tables');
    for (const f of readdirSync(dir)) {
      const rows = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { rows: unknown[][] }).rows;
      for (const row of rows) for (const v of row) if (typeof v === 'string') texts.add(v);
    }
    const seed = join(__dirname, '../../../shared/seed');
    for (const f of readdirSync(seed)) for (const line of readFileSync(join(seed, f), 'utf8').split('\n')) for (const cell of line.split(/[|\t,]/)) texts.add(cell.trim());
    expect(texts.size).toBeGreaterThan(2000);
    let matched = 0;
    for (const t of texts) {
      for (const s of [t, labelKey(t)]) {
        for (const { list, index } of lists) {
          const want = firstMatch(list, s);
          if (want >= 0) matched++;
          if (firstIndexed(list, index, s) !== want) throw new Error(`${JSON.stringify(s)}: ${firstIndexed(list, index, s)} for ${want}`);
        }
      }
    }
    // The corpus exercises the lists, not only their misses.
    expect(matched).toBeGreaterThan(300);
  });

  it('on random texts of label characters', () => {
    const alphabet = [...new Set(LABEL_PATTERN_LISTS.flat().flatMap((re) => [...re.source].filter((c) => c.charCodeAt(0) > 0x2e00)))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet, '(', ')', '1', '2', '年'), { maxLength: 8 }), (cs) => {
        const s = cs.join('');
        for (const { list, index } of lists) expect(firstIndexed(list, index, s)).toBe(firstMatch(list, s));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
