/**
 * The legacy pane (Office 2016 / IE 11) runs the engine as ES5. Babel rewrites the `u` flag,
 * Unicode property escapes (`\p{P}`), named groups and `s` into ES5 patterns, but not a lookbehind
 * (`(?<=…)`, `(?<!…)`) nor the `y` and `d` flags: one of those makes the whole bundle fail to parse
 * there. The bundle test (test/richapi/legacy-pane.real.test.ts) finds them after a production
 * build in the slow suite; this one reads the engine's sources in a second. A lookbehind in a
 * title pattern reached CI once before this test existed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regexLiterals, ROOT } from '../helpers/regex-literals';
import { tempDir } from '../helpers/temp-dir';

const DIRS = ['src/core', 'src/legacy'].map((d) => join(ROOT, d));

const FORBIDDEN: [RegExp, string][] = [[/\(\?<[=!]/, 'lookbehind']];

describe('the engine’s regular expressions parse as ES5', () => {
  // The literals as TypeScript's parser finds them (the collector the regex audits share).
  const literals = regexLiterals(DIRS);

  test('the scan finds the engine’s patterns (it reads what it should)', () => {
    const count = literals.length;
    expect(count).toBeGreaterThan(300);
  });

  test.each(FORBIDDEN.map(([re, what]) => [what, re] as const))('no %s', (_what, forbidden) => {
    const found = literals.filter((r) => forbidden.test(r.re.source)).map((r) => `${r.where}: ${String(r.re)}`);
    expect(found).toEqual([]);
  });

  test('no y or d flag', () => {
    const found = literals.filter((r) => /[yd]/.test(r.re.flags)).map((r) => `${r.where}: ${String(r.re)}`);
    expect(found).toEqual([]);
  });

  test('the scan catches a lookbehind (the pattern that reached CI)', () => {
    const dir = tempDir('regex-syntax');
    writeFileSync(join(dir, 'title.ts'), "const key = labelKey(text).replace(/(?<=表)\\([^()]{1,12}\\)$/, '');\n");
    const [r] = regexLiterals([dir]);
    expect(FORBIDDEN[0][0].test(r.re.source)).toBe(true);
  });
});
