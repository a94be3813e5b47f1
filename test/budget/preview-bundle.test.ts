/**
 * The browser preview's scripts, counted from a real production build (webpack.preview.config.js):
 * the reading worker starts anew for every file opened, so its own script is compiled on every
 * open. It holds what a plain .xlsx needs; ExcelJS (for an .xlsx the fast loader declines) and the
 * .xls and web-page readers are chunks it loads with importScripts when a file needs them, and the
 * page loads ExcelJS on the first 保存 only. Sizes, not times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { tempDir } from '../helpers/temp-dir';

// 2026-12-06: open-worker.js was 1,185,660 bytes (ExcelJS and the legacy readers inside) before
// they became chunks of their own; 145,950 after. Set with about 15% headroom; raise on purpose only.
const OPEN_WORKER_BYTES = 168 * 1024;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.preview.config.js') as (env: object, argv: object) => webpack.Configuration;

type Stats = webpack.StatsCompilation & { outputPath: string };

async function build(): Promise<Stats> {
  const outputPath = tempDir('preview-bundle');
  const config = makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: outputPath };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) return reject(err ?? new Error(stats?.toString('errors-only')));
      resolve({ ...stats.toJson({ all: false, entrypoints: true, chunkGroups: true, assets: true, chunks: true, chunkModules: true, nestedModules: true, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity }), outputPath });
    });
  });
}

/** The files of a chunk group (an entry or an import()), scripts only. */
function filesOf(group: webpack.StatsChunkGroup | undefined): string[] {
  return (group?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
}

/** The files holding a module whose path matches `path` (inside a concatenated module too). */
function filesWith(stats: Stats, path: RegExp): Set<string> {
  const files = new Set<string>();
  for (const chunk of stats.chunks ?? []) {
    const modules = (chunk.modules ?? []).flatMap((m) => [m, ...(m.modules ?? [])]);
    if (modules.some((m) => path.test(m.name ?? ''))) for (const f of chunk.files ?? []) files.add(f);
  }
  return files;
}

/** The scripts whose text holds `text`. */
function filesWithText(stats: Stats, text: string): Set<string> {
  const files = new Set<string>();
  for (const a of stats.assets ?? []) if (a.name.endsWith('.js') && readFileSync(join(stats.outputPath, a.name), 'utf8').includes(text)) files.add(a.name);
  return files;
}

const EXCELJS = /node_modules[\\/]exceljs[\\/]/;
/** One of the compound-file reader's own texts (src/hosts/file/cfb.ts), kept by the minifier: the legacy readers are where it is. */
const LEGACY_TEXT = 'DIFAT chain loops';

describe('preview bundles (production build)', () => {
  let stats: Stats;
  // A production build of the preview: a minute alone, several on a shared, loaded machine.
  beforeAll(async () => {
    stats = await build();
  }, 900_000);

  it(`the reading worker is one script of at most ${OPEN_WORKER_BYTES / 1024} KB, with neither ExcelJS nor the legacy readers`, () => {
    const worker = filesOf(stats.entrypoints?.['open-worker']);
    expect(worker).toEqual(['open-worker.js']);
    const size = readFileSync(join(stats.outputPath, 'open-worker.js')).length;
    console.log(`open-worker.js: ${size.toLocaleString('en-US')} bytes`);
    expect(size).toBeGreaterThan(50 * 1024); // the fast loader is in it
    expect(size).toBeLessThanOrEqual(OPEN_WORKER_BYTES);
    expect(filesWith(stats, EXCELJS).has('open-worker.js')).toBe(false);
    expect(filesWithText(stats, LEGACY_TEXT).has('open-worker.js')).toBe(false);
  });

  it('ExcelJS and the legacy readers are chunks the worker loads from its own folder, with importScripts', () => {
    const exceljs = filesOf(stats.namedChunkGroups?.['open-exceljs']);
    const legacy = filesOf(stats.namedChunkGroups?.['open-legacy']);
    expect(exceljs.some((f) => filesWith(stats, EXCELJS).has(f))).toBe(true);
    expect(legacy.some((f) => filesWithText(stats, LEGACY_TEXT).has(f))).toBe(true);
    // The two are apart: an .xls does not load ExcelJS.
    expect(legacy.some((f) => filesWith(stats, EXCELJS).has(f))).toBe(false);
    const source = readFileSync(join(stats.outputPath, 'open-worker.js'), 'utf8');
    expect(source).toContain('importScripts');
    // A chunk's URL is relative to the worker's own (webpack's publicPath): nothing from elsewhere.
    expect(source).not.toMatch(/https?:\/\/[^"'\s]*\.js/);
  });

  it('the page loads ExcelJS only to save and the legacy readers only for such a file: none of its first scripts holds them', () => {
    const first = filesOf(stats.entrypoints?.preview);
    expect(first.length).toBeGreaterThan(0);
    const withExcelJs = filesWith(stats, EXCELJS);
    const withLegacy = filesWithText(stats, LEGACY_TEXT);
    for (const f of first) expect([f, withExcelJs.has(f) || withLegacy.has(f)]).toEqual([f, false]);
    expect(filesOf(stats.namedChunkGroups?.['save-xlsx']).some((f) => withExcelJs.has(f))).toBe(true);
  });

  it('the checking worker stays one script', () => {
    expect(filesOf(stats.entrypoints?.['check-worker'])).toEqual(['check-worker.js']);
  });
});
