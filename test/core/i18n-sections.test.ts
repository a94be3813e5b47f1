/**
 * The catalogue's sections that add themselves (registerTexts) are loaded only where a module
 * imports them: that is how the ribbon command leaves out the texts it never shows. A module that
 * names a key of such a section without importing it would show the key itself wherever nothing
 * else happened to load the section (the ribbon, the command line, a test). Checked on the
 * sources: every module that names a section's key (a string, or a template's fixed start such as
 * `review.fix.skip.${reason}`) and shows it with `t` imports that section itself. A module that
 * only hands a key to its caller (a TextKey returned) leaves the loading to the module that shows
 * it; the command line's `t` (src/cli/args.ts) loads the command line's section on first use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const I18N = join(ROOT, 'src', 'core', 'i18n');

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourcesUnder(p));
    else if (/\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The sections that register themselves, with their keys. */
function sections(): { name: string; keys: Set<string> }[] {
  const out: { name: string; keys: Set<string> }[] = [];
  for (const file of readdirSync(I18N)) {
    const text = readFileSync(join(I18N, file), 'utf8');
    if (!/^registerTexts\(/m.test(text)) continue;
    const keys = new Set([...text.matchAll(/^ {2}'([\w.-]+)': \{/gm)].map((m) => m[1]));
    out.push({ name: file.replace(/\.ts$/, ''), keys });
  }
  return out;
}

/** Keys a module names: whole strings, and the keys a template's fixed start can become. */
function namedKeys(text: string, keys: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(['"`])([\w-]+\.[\w.-]*)(\$\{|\1)/g)) {
    const [, , literal, end] = m;
    if (end === '${') {
      for (const k of keys) if (k.startsWith(literal)) out.add(k);
    } else if (keys.has(literal)) out.add(literal);
  }
  return [...out];
}

function importsSection(text: string, name: string): boolean {
  const path = `'(?:\\.{1,2}/)+(?:[\\w-]+/)*i18n/${name}'`;
  return new RegExp(`^import\\s+(?:[^;]*?\\bfrom\\s+)?${path};`, 'm').test(text) || new RegExp(`\\brequire\\(${path}\\)`).test(text);
}

/** The module shows texts itself: it calls the catalogue's `t`. */
function callsT(text: string): boolean {
  return /(?<![\w.])t\(/.test(text);
}

/** The module's `t` is the command line's, which loads the command line's section (src/cli/args.ts). */
function cliT(text: string): boolean {
  return /^import \{[^}]*\bt\b[^}]*\} from '\.\/args';/m.test(text);
}

const ALL = sections();

test('the sections that add themselves are found, the views section among them', () => {
  const views = ALL.find((s) => s.name === 'views');
  expect(views?.keys.has('pane.severityOne.error')).toBe(true);
  expect(views?.keys.has('review.fix.skip.no-suggestion')).toBe(true);
  expect(ALL.map((s) => s.name)).toEqual(expect.arrayContaining(['cli', 'preview', 'pane', 'views']));
});

test('a template start names the keys it can become, a whole string only its own', () => {
  const keys = new Set(['review.fix.skip.range', 'review.fix.skip.conflict', 'review.report.none']);
  expect(namedKeys('t(`review.fix.skip.${reason}`, locale)', keys).sort()).toEqual(['review.fix.skip.conflict', 'review.fix.skip.range']);
  expect(namedKeys("t('review.report.none')", keys)).toEqual(['review.report.none']);
  expect(namedKeys("t('review.report')", keys)).toEqual([]);
});

test('the import check reads relative imports of a section, bare or named', () => {
  expect(importsSection("import '../core/i18n/views';", 'views')).toBe(true);
  expect(importsSection("import { VIEW_TEXTS } from '../../core/i18n/views';", 'views')).toBe(true);
  expect(importsSection("import '../core/i18n/views-x';", 'views')).toBe(false);
  expect(importsSection("import { t } from '../core/i18n';", 'views')).toBe(false);
  expect(importsSection("  require('../core/i18n/cli');", 'cli')).toBe(true);
});

describe.each(ALL)('the $name section', ({ name, keys }) => {
  const users = sourcesUnder(join(ROOT, 'src'))
    .filter((f) => !f.startsWith(I18N))
    .map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }))
    .filter(({ text }) => namedKeys(text, keys).length > 0 && callsT(text) && !(name === 'cli' && cliT(text)));

  test('is shown by some module', () => {
    expect(users.length).toBeGreaterThan(0);
  });

  test.each(users.map((u) => [u.file, u.text]))('%s imports it', (_file, text) => {
    expect(importsSection(text, name)).toBe(true);
  });
});
