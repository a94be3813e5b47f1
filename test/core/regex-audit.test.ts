/**
 * Back-tracking in the engine's regular expressions (eighth round of hostile input): every regular
 * expression written in src/core/engine (each literal, found with TypeScript's parser by
 * test/helpers/regex-literals.ts, 340-odd) is run on adversarial texts built from its own
 * alphabet — each character it names, each run of two to four literal characters, the whole
 * alphabet — repeated to 3,276 and to 32,767 characters (Excel's cell limit), as they are and
 * with a last character that makes a match fail. A pattern whose work grows faster than the
 * text (tried at every position of a long run and scanning the run each time) is found by
 * comparing the 10× input with the 1× (test/helpers/growth.ts: CPU time ratios, never a clock
 * limit): a first pass times each input once, a pattern over the mark is measured again
 * properly. Patterns that are quadratic on such texts but only ever see short ones are listed in
 * BOUNDED with the reason; any other one fails the test. The ReDoS analyser's audit
 * (test/core/redos.test.ts) finds what texts of a pattern's own alphabet miss.
 */
import { join } from 'node:path';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';
import { regexLiterals, ROOT, type FoundLiteral as Found } from '../helpers/regex-literals';
import { encodeForWrite } from '../../src/hosts/excel/host';
import { TAG_RE } from '../../src/hosts/excel/marks';

const ENGINE = join(ROOT, 'src', 'core', 'engine');
/** Outside src/core, where workbook text is read or shown (round 15). */
const HOSTS = ['hosts', 'cli', 'preview', 'taskpane'].map((d) => join(ROOT, 'src', d));

/** The literals of the engine, or of `dirs` (the collector test/core/redos.test.ts uses too). */
const literals = (dirs: readonly string[] = [ENGINE]): Found[] => regexLiterals(dirs);

/** The characters a pattern names (escapes for classes stand for a member), and its literal runs. */
function units(re: RegExp): string[] {
  const s = re.source;
  const chars = new Set<string>();
  for (const ch of s.replace(/\\[dDsSwWbBnrtfv]|\\u\{?[0-9a-fA-F]+\}?|\\x[0-9a-fA-F]{2}/g, ' ')) if (!'\\^$()[]{}|?*+.'.includes(ch)) chars.add(ch);
  if (/\\d/.test(s)) chars.add('1').add('0');
  if (/\\s/.test(s)) chars.add(' ');
  if (/\\w/.test(s)) chars.add('a');
  chars.add('。');
  const out = new Set<string>(chars);
  for (const run of s.split(/[\\^$()[\]{}|?*+.]/)) for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) out.add(run.slice(i, i + n));
  out.add([...chars].join(''));
  return [...out];
}

function text(unit: string, n: number, fail: boolean): string {
  const s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return fail ? `${s.slice(0, -1)}\u0001` : s;
}

/** What the engine does with a pattern: one search, and every match of a global one. */
function use(re: RegExp, s: string): void {
  new RegExp(re.source, re.flags.replace(/[gy]/g, '')).exec(s);
  if (re.flags.includes('g')) s.replace(new RegExp(re.source, re.flags), '');
}

/**
 * Quadratic on long runs of their own characters, and only ever given short texts: where, the
 * pattern, and why the text is short.
 */
const BOUNDED: Record<string, string> = {
  '/0+$/': 'decimal.ts toString: the fraction digits of a fixed-scale decimal (SCALE_DIGITS)',
  '/\\.?0+$/': 'value.ts numberText: a JavaScript number with toFixed(20)',
  '/\\B(?=(\\d{3})+$)/g': 'money.ts groupThousands: the digits of a finite number (at most 309)',
  '/(中央|省级|市级|州级|自治区级?)(财政)?.*(专项)?资金绩效目标(申报)?表(\\([^()]{0,8}\\))?$/': 'labels.ts titleKind: titles (isTitleText: at most 200 characters), loose titles (looseTitleKind: 80) and sheet names (31)',
  '/(?:[(（[【]\\s*[+-]?[\\d０-９]+(?:[.．][\\d０-９]+)?\\s*分?\\s*[)）\\]】]|[\\d０-９]+(?:[.．][\\d０-９]+)?分)$/':
    'taxonomy.ts weightSuffix: the last 64 characters of a level name (the whole name before this round: see the test below)',
};

const CPU = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

/**
 * The patterns of `found` whose work grows faster than the text on 3,276 → 32,767 characters of
 * their own alphabet, leaving out those in `bounded`.
 */
function superlinear(found: readonly Found[], bounded: Record<string, string>): string[] {
  const small = 3_276;
  const large = 32_767;
  const quadratic: string[] = [];
  for (const { where, re } of found) {
    // Known and bounded where used: not measured (each long run costs it about half a second).
    if (bounded[String(re)] !== undefined) continue;
    for (const unit of units(re)) {
      for (const fail of [false, true]) {
        const a = text(unit, small, fail);
        const b = text(unit, large, fail);
        // First pass: each input once. Linear work stays far below the mark.
        const t0 = CPU();
        use(re, a);
        const t1 = CPU();
        use(re, b);
        const t2 = CPU();
        if (t2 - t1 < 10_000 || (t2 - t1) / Math.max(t1 - t0, 200) < 25) continue;
        const ratio = growthRatio((n) => use(re, n === small ? a : b), small, 3);
        if (ratio < LINEAR_BOUND) continue;
        quadratic.push(`${where} ${String(re)} on ${JSON.stringify(unit)}${fail ? ' + a failing end' : ''}: ${ratio.toFixed(0)}× for 10× the text`);
      }
      if (quadratic.some((q) => q.startsWith(`${where} `))) break;
    }
  }
  return quadratic;
}

test('every regular expression of the engine is linear on long texts of its own characters', () => {
  const found = literals();
  expect(found.length).toBeGreaterThan(300);
  expect(superlinear(found, BOUNDED)).toEqual([]);
  // The list holds only patterns that are still in the engine.
  const all = new Set(found.map((f) => String(f.re)));
  expect(Object.keys(BOUNDED).filter((k) => !all.has(k))).toEqual([]);
}, 600_000);

/**
 * Outside the engine (src/hosts, src/cli, src/preview, src/taskpane), the same: quadratic on long
 * runs of their own characters but given only short texts, with the reason.
 */
const BOUNDED_HOSTS: Record<string, string> = {
  '/0+$/': 'numfmt.ts formatGeneral and scientific: a number toFixed to at most 10 places below 1e11, or toExponential to a format code’s decimals (codes over 255 characters are shown as General)',
  '/\\B(?=(\\d{3})+(?!\\d))/g': 'numfmt.ts renderFixed: the integer digits of a finite number (at most 309), padded to a format code’s zeros (at most 255)',
};

test('every regular expression of the readers, the command line, the preview and the pane is linear on long texts of its own characters (round 15)', () => {
  // The patterns built with new RegExp that see workbook text: conditional-format formulas read
  // back (host.ts COERCIBLE is given its text with white space collapsed: the test below).
  const built: Found[] = [{ where: 'hosts/excel/marks.ts TAG_RE', re: TAG_RE }];
  const found = [...literals(HOSTS), ...built];
  expect(found.length).toBeGreaterThan(100);
  expect(superlinear(found, BOUNDED_HOSTS)).toEqual([]);
  const all = new Set(found.map((f) => String(f.re)));
  expect(Object.keys(BOUNDED_HOSTS).filter((k) => !all.has(k))).toEqual([]);
}, 1_200_000);

test('the weight suffix of a 32,767-character level name is found in time linear in the name', async () => {
  // Before: the pattern ran over the whole name, 0.55 s for one cell of full-width digits (92× the
  // time for 10× the text); unknown-level1 asks it for the name it corrects.
  const { weightSuffix } = await import('../../src/core/engine/taxonomy');
  const name = (n: number): string => `产出指示${'０'.repeat(n - 5)}x`;
  const a = name(3_276);
  const b = name(32_767);
  expect(growthRatio((n) => weightSuffix(n === 3_276 ? a : b), 3_276)).toBeLessThan(LINEAR_BOUND);
  expect(weightSuffix('产出指示（50分）')).toBe('（50分）');
  expect(weightSuffix(`产出指示${'　'.repeat(10)}(  30.5 分 )`)).toBe('(  30.5 分 )');
});

test('a value written back (a fix, undo’s original) of 32,767 characters is encoded in time linear in it (round 15)', () => {
  // Before: COERCIBLE's adjacent \s* shared out a run of spaces in every way: 2,000 spaces and a
  // letter took 22 s, 4,000 two minutes (cubic), when undo wrote back such a cell.
  for (const make of [
    (n: number) => `${' '.repeat(n - 1)}x`,
    (n: number) => `+${' '.repeat(n - 2)}x`,
    (n: number) => `1${' \t'.repeat((n - 2) / 2)}x`,
    (n: number) => `${'1 '.repeat((n - 1) / 2)}x`,
    (n: number) => `¥${'\u3000'.repeat(n - 3)}1%`,
  ]) {
    const a = make(3_276);
    const b = make(32_767);
    expect(growthRatio((n) => encodeForWrite(n === 3_276 ? a : b, 'General'), 3_276, 3)).toBeLessThan(LINEAR_BOUND);
  }
  expect(encodeForWrite(`  1${' '.repeat(40)}/ 2  `, 'General')).toBe(`'  1${' '.repeat(40)}/ 2  `);
  expect(encodeForWrite(`¥${'\u3000'.repeat(10)}1%`, 'General')).toBe(`'¥${'\u3000'.repeat(10)}1%`);
  expect(encodeForWrite(`${' '.repeat(100)}x`, 'General')).toBe(`${' '.repeat(100)}x`);
});
