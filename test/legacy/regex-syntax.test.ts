/**
 * The legacy pane (Office 2016 / IE 11) runs the engine as ES5. Babel rewrites the `u` flag,
 * Unicode property escapes (`\p{P}`), named groups and `s` into ES5 patterns, but not a lookbehind
 * (`(?<=…)`, `(?<!…)`) nor the `y` and `d` flags: one of those makes the whole bundle fail to parse
 * there. The bundle test (test/richapi/legacy-pane.real.test.ts) finds them after a production
 * build in the slow suite; this one reads the engine's sources in a second. A lookbehind in a
 * title pattern reached CI once before this test existed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIRS = ['src/core', 'src/legacy'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Regular expression literals of a source text: `/…/flags` after a token that can precede one. */
function regexLiterals(text: string): { body: string; flags: string }[] {
  const out: { body: string; flags: string }[] = [];
  const re = /(?:^|[=(,:;!&|?{}[\]]|\breturn|\bof)\s*\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuy]*)(?![A-Za-z])/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ body: m[1], flags: m[2] });
  return out;
}

const FORBIDDEN: [RegExp, string][] = [[/\(\?<[=!]/, 'lookbehind']];

describe('the engine’s regular expressions parse as ES5', () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));

  test('the scan finds the engine’s patterns (it reads what it should)', () => {
    const count = files.reduce((n, f) => n + regexLiterals(readFileSync(f, 'utf8')).length, 0);
    expect(count).toBeGreaterThan(300);
  });

  test.each(FORBIDDEN.map(([re, what]) => [what, re] as const))('no %s', (_what, forbidden) => {
    const found = files.flatMap((f) => regexLiterals(readFileSync(f, 'utf8')).filter((r) => forbidden.test(r.body)).map((r) => `${relative(ROOT, f)}: /${r.body}/`));
    expect(found).toEqual([]);
  });

  test('no y or d flag', () => {
    const found = files.flatMap((f) => regexLiterals(readFileSync(f, 'utf8')).filter((r) => /[yd]/.test(r.flags)).map((r) => `${relative(ROOT, f)}: /${r.body}/${r.flags}`));
    expect(found).toEqual([]);
  });

  test('the scan catches a lookbehind (the pattern that reached CI)', () => {
    const [r] = regexLiterals("const key = labelKey(text).replace(/(?<=表)\\([^()]{1,12}\\)$/, '');");
    expect(FORBIDDEN[0][0].test(r.body)).toBe(true);
  });
});
