/**
 * The first-character index of the label patterns (src/core/engine/pattern-index.ts): which
 * patterns it tries for which text, and that with it each of classifyLabel's lists finds the same
 * first match as trying every pattern in order — on texts made to match each pattern, on every
 * text of the real corpus and the seed, and on random texts.
 */
import { readFileSync } from 'fs';
import fc from 'fast-check';
import { patternIndex } from '../../src/core/engine/pattern-index';
import { LABEL_PATTERN_LISTS } from '../../src/core/engine/labels';
import { labelKey } from '../../src/core/engine/text';
import { SEED_PATH } from '../../scripts/seed-layouts';
import { loadRealCorpus, split } from '../eval/real-corpus';

describe('patternIndex tries a pattern for a text only when it can match it', () => {
  it.each<[RegExp, string, boolean]>([
    // Literal characters, groups, alternatives, quantifiers, anchors, escaped punctuation: only a
    // text that starts with a character of the source.
    [/^(项目)?(支出)?名称$/, '名称', true],
    [/^(项目)?(支出)?名称$/, '预算数', false],
    [/^\(?专项\)?名称$/, '(专项)名称', true],
    [/^(?:甲|乙)+丙$/, '丁', false],
    [/^a{0,2}b$/, 'b', true],
    [/^a{0,2}b$/, 'c', false],
    // A class, any character, an escape that is no punctuation, a lookahead with `.`, a flag: tried
    // for every text.
    [/^[、，]目标$/, 'x', true],
    [/^.级$/, 'x', true],
    [/^\d{4}年$/, '2', true],
    [/^\u4e00级$/, '一', true],
    [/^(?=.{3})年度$/, 'x', true],
    [/^项目$/i, 'x', true],
    [/^(甲)\1$/, 'x', true],
  ])('%s for %j: %s', (re, text, tried) => {
    expect(patternIndex([re])(text).length > 0).toBe(tried);
  });

  it('an empty text and a character no source holds are tried against the wild patterns alone', () => {
    const candidates = patternIndex([/^甲$/, /^\d$/, /^乙$/]);
    expect(candidates('')).toEqual([1]);
    expect(candidates('丙')).toEqual([1]);
    expect(candidates('甲乙')).toEqual([0, 1]);
    expect(candidates('乙')).toEqual([1, 2]);
  });

  it('a character outside the BMP is read as its code units, as the text gives them', () => {
    const candidates = patternIndex([/^𠀀年$/]);
    expect(candidates('𠀀年')).toEqual([0]);
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

  it('narrows each list of label patterns: nine in ten are tried only for their own characters', () => {
    for (const list of LABEL_PATTERN_LISTS) expect(patternIndex(list)('').length).toBeLessThanOrEqual(list.length / 10);
  });

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
    // A holdout text is checked like any other but never shown: a failure names only the others.
    const visible = new Set<string>();
    const holdout = new Set<string>();
    for (const file of loadRealCorpus()) {
      for (const row of file.rows) for (const v of row) if (typeof v === 'string') (split(file) === 'holdout' ? holdout : visible).add(v);
    }
    for (const line of readFileSync(SEED_PATH, 'utf8').split('\n')) for (const cell of line.split(/[|\t,]/)) visible.add(cell.trim());
    const texts = new Set([...visible, ...holdout]);
    const shown = (s: string, t: string) => (visible.has(t) ? JSON.stringify(s) : 'a holdout text');
    expect(texts.size).toBeGreaterThan(2000);
    let matched = 0;
    for (const t of texts) {
      for (const s of [t, labelKey(t)]) {
        for (const { list, index } of lists) {
          const want = firstMatch(list, s);
          if (want >= 0) matched++;
          if (firstIndexed(list, index, s) !== want) throw new Error(`${shown(s, t)}: ${firstIndexed(list, index, s)} for ${want}`);
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
