/**
 * The ReDoS analyser's view of the sources (test/core/redos.test.ts, scripts/redos-verdicts.ts):
 * every regular expression of the code that reads or shows workbook text, and recheck's verdict
 * on each. recheck (makenowjust-labs) runs here on its pure-JavaScript backend (no Java, no native
 * binary, nothing fetched), with every time limit off: its search stops on counts of characters
 * read (attackLimit, incubationLimit …), its random seed is fixed, so a verdict depends on the
 * pattern alone and is the same on a loaded machine. The analysis is slow (seconds a pattern on the
 * CI machine), so verdicts are kept in test/core/redos-verdicts.json, by pattern, and only patterns
 * not found there are analysed (the script writes the file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regexConstructions, regexLiterals, ROOT, type FoundBuilt } from './regex-literals';
import { CN_POINT_RE } from '../../src/core/engine/money';
import { SPACE_BETWEEN_CJK_RE } from '../../src/core/engine/rules/content/stray-space';
import { SPACE_RE } from '../../src/core/engine/text';
import { CURRENCY_PREFIX_RE } from '../../src/core/engine/vocabulary';
import { COERCIBLE } from '../../src/hosts/excel/host';
import { TAG_RE } from '../../src/hosts/excel/marks';

/** Where workbook text is read, checked or shown. */
export const DIRS = ['core', 'hosts', 'cli', 'preview', 'legacy', 'taskpane'].map((d) => join(ROOT, 'src', d));

/**
 * Each `new RegExp(…)` of DIRS, by file and the call's code: the pattern it builds
 * (module constants, analysed as the literals are), or why it is not analysed.
 */
export const BUILT: Record<string, RegExp | string> = {
  'core/engine/money.ts new RegExp(`^(.+?)${CN_POINT}(.+?)([万萬亿億]?元?)$`)': CN_POINT_RE,
  'core/engine/rules/content/stray-space.ts new RegExp(`([${CJK}]) (?=[${CJK}])`, \'g\')': SPACE_BETWEEN_CJK_RE,
  'core/engine/text.ts new RegExp(`[${INVISIBLE}]+`, \'g\')': SPACE_RE,
  'core/engine/text.ts new RegExp(`[${TRADITIONAL}]`, \'g\')': 'one character of a fixed class (TRADITIONAL, 224 ideographs), no repetition: linear in the text',
  'core/engine/vocabulary.ts new RegExp(`^(?:${CURRENCY_MARK_RE.source})`, \'i\')': CURRENCY_PREFIX_RE,
  'hosts/excel/host.ts new RegExp(`^(?:${COERCIBLE_PARTS.join(\'|\')})$`, \'i\')': COERCIBLE,
  'hosts/excel/marks.ts new RegExp(`"${MARK_TAG}:(error|warning|info)"`)': TAG_RE,
  'hosts/excel/report-sheet.ts new RegExp(`^${escaped}( \\\\(\\\\d+\\\\))?$`)':
    'the report’s own sheet name, escaped, then ` (n)`: a fixed prefix and a digit run, matched against sheet names (at most 31 characters)',
  'hosts/file/html-read.ts new RegExp(`</${tag}`, \'ig\')': 'a closing tag’s name (style, script, title, xml, textarea): a literal string, no repetition',
  'cli/check.ts new RegExp(`^${pattern}$`, \'s\')':
    'a reader’s error message in Chinese, matched against the catalogue’s file.* texts to say it again in English: each text is literal words around a few lazy `(.*?)`, the message is the reader’s: the file’s path (the user’s), a sheet name (cut to 31 characters), numbers, an error’s first line (read.ts detailOf: at most 200 characters), never a cell’s text',
  'cli/expand.ts new RegExp(`^${re}$`, CASE_INSENSITIVE ? \'iu\' : \'u\')':
    'a wildcard segment of a command-line argument (`*.xlsx`) over one file name of a folder (at most 255 characters): written by the user, not read from a workbook',
};

/** The key of a construction site in BUILT. */
export const builtKey = (b: FoundBuilt): string => `${b.file} ${b.code}`;

export interface Pattern {
  /** `String(re)`: the key of verdicts and allow-lists. */
  key: string;
  /** Where it is written (the first place, for a pattern written more than once). */
  where: string;
  re: RegExp;
}

/** Every pattern to analyse, once each: the literals of DIRS and the module constants of BUILT. */
export function patterns(): Pattern[] {
  const out = new Map<string, Pattern>();
  for (const { where, re } of regexLiterals(DIRS)) if (!out.has(String(re))) out.set(String(re), { key: String(re), where, re });
  for (const [where, re] of Object.entries(BUILT)) if (typeof re !== 'string' && !out.has(String(re))) out.set(String(re), { key: String(re), where, re });
  return [...out.values()];
}

/** The construction sites of DIRS: each must have its line in BUILT. */
export const constructions = (): FoundBuilt[] => regexConstructions(DIRS);

/** No time limit anywhere (the analysis stops on its count limits): a verdict never depends on the machine. */
export const PARAMS = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

export type Verdict = 'safe' | 'vulnerable' | 'unknown';

export interface Analysis {
  verdict: Verdict;
  /** For a vulnerable pattern: its growth and an attack string's recipe (`'\t'.repeat(54773)`); for unknown, why. */
  detail?: string;
}

interface Recheck {
  checkSync(
    source: string,
    flags: string,
    params: typeof PARAMS,
  ): { status: Verdict; complexity?: { summary: string }; attack?: { pattern: string }; error?: { kind: string; message?: string } };
}

/** recheck's version (the verdicts file is for one version). */
export function recheckVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
}

/** recheck's verdict on a pattern, on its pure-JavaScript backend. */
export function analyse(re: RegExp): Analysis {
  // The synchronous check's backends: synckit (a worker thread running the same code) or pure
  // (in this thread). Pure needs no worker, so it runs the same under jest and tsx.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const recheck = require('recheck') as Recheck;
  const d = recheck.checkSync(re.source, re.flags, PARAMS);
  if (d.status === 'vulnerable') return { verdict: 'vulnerable', detail: `${d.complexity?.summary ?? ''}: ${d.attack?.pattern ?? ''}` };
  if (d.status === 'unknown') return { verdict: 'unknown', detail: `${d.error?.kind ?? ''} ${d.error?.message ?? ''}`.trim() };
  return { verdict: 'safe' };
}

export const VERDICTS_FILE = join(ROOT, 'test', 'core', 'redos-verdicts.json');

export interface VerdictsFile {
  recheck: string;
  params: typeof PARAMS;
  verdicts: Record<string, Verdict>;
}

/** The kept verdicts, when they were given by this version with these parameters; else none. */
export function keptVerdicts(): Record<string, Verdict> {
  if (!existsSync(VERDICTS_FILE)) return {};
  const kept = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as VerdictsFile;
  return kept.recheck === recheckVersion() && JSON.stringify(kept.params) === JSON.stringify(PARAMS) ? kept.verdicts : {};
}

export function writeVerdicts(verdicts: Record<string, Verdict>): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file: VerdictsFile = { recheck: recheckVersion(), params: PARAMS, verdicts: sorted };
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}
