/**
 * Start-up (issue 14.3): `perf-target --help` and a one-file check load only what they use.
 * The compiled command line runs with a `--require` hook that records every module each thread
 * loads and who asked for it; no timing is involved.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BIN, ensureCliCompiled, ROOT } from '../helpers/cli-build';
import { tempDir } from '../helpers/temp-dir';

const DIST = join(ROOT, 'dist');
const tmp = tempDir('startup');
const HOOK = join(tmp, 'hook.js');


beforeAll(() => {
  ensureCliCompiled(join(ROOT, 'src', 'cli'));
  // As `npm run build:cli` leaves it: the check and the worker bundled (rewritten each run: cheap).
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.js')], { cwd: ROOT });
  writeFileSync(
    HOOK,
    `const Module = require('module');
const { threadId } = require('worker_threads');
const fs = require('fs');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  let file = request;
  try { file = Module._resolveFilename(request, parent, isMain); } catch {}
  fs.appendFileSync(process.env.MODULE_LOG, JSON.stringify({ thread: threadId, request, file, parent: parent && parent.filename }) + '\\n');
  return load.apply(this, arguments);
};
`,
  );
}, 180_000);

interface Load {
  thread: number;
  request: string;
  file: string;
  parent?: string;
}

function loads(args: string[], env: Record<string, string> = {}): Load[] {
  const log = join(tmp, `log-${Math.random().toString(36).slice(2)}.jsonl`);
  const r = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MODULE_LOG: log, ...env } });
  expect(r.status === 0 || r.status === 1 || (args.length === 0 && r.status === 2)).toBe(true);
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Load);
}

const ours = (l: Load[]) => [...new Set(l.filter((x) => x.file.startsWith(DIST)).map((x) => relative(DIST, x.file)))];
const packages = (l: Load[]) => [...new Set(l.filter((x) => x.file.includes('node_modules')).map((x) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(x.file)?.[1]))];

test('--help loads the argument parser and the usage texts, nothing else of ours (not the catalogue) and no package', () => {
  for (const args of [['--help'], ['help', 'check'], ['--lang', 'en', '-h'], []]) {
    const l = loads(args);
    expect(packages(l)).toEqual([]);
    expect(ours(l).sort()).toEqual(['cli/args.js', 'cli/main.js', 'cli/usage.js']);
    expect(new Set(l.map((x) => x.thread))).toEqual(new Set([0])); // no worker thread
  }
  // usage.js is the command line's section of the catalogue alone, not the catalogue's index.
  const usage = readFileSync(join(DIST, 'cli', 'usage.js'), 'utf8');
  expect(usage).not.toMatch(/require\("[^"]*i18n/);
  expect(usage).not.toContain('rules-value');
});

test('--help prints the same usage text as the catalogue gives', async () => {
  await import('../../src/core/i18n/cli');
  const { t } = await import('../../src/core/i18n');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' }).stdout;
  expect(run(['--help'])).toBe(t('cli.usage', 'zh-CN') + '\n');
  expect(run(['help', 'check', '--lang', 'en'])).toBe(t('cli.usage.check', 'en-US') + '\n');
  expect(run(['rules', '--help'])).toBe(t('cli.usage.rules', 'zh-CN') + '\n');
});

test('a one-file check loads no ExcelJS of its own, no React, no pool, annotate or template', () => {
  const l = loads(['check', join('examples', 'sample.xlsx')]);
  const files = ours(l);
  for (const f of ['cli/pool.js', 'cli/annotate.js', 'cli/template.js', 'hosts/file/annotate.js', 'hosts/file/template.js', 'core/template.js']) expect(files).not.toContain(f);
  // Packages our code asks for: ExcelJS at most (below); no React or Fluent anywhere.
  expect(packages(l.filter((x) => x.parent?.startsWith(DIST))).filter((p) => p !== 'exceljs')).toEqual([]);
  expect(packages(l).filter((p) => /^(react|react-dom|@fluentui\/.*)$/.test(p ?? ''))).toEqual([]);
  // ExcelJS only as the reader's own import (until the lean reader replaces it): nothing in the
  // command line asks for it, and once the reader does not import it, a check does not load it.
  const askers = [...new Set(l.filter((x) => x.request === 'exceljs').map((x) => relative(DIST, x.parent ?? '')))];
  const reader = readFileSync(join(DIST, 'hosts', 'file', 'read.js'), 'utf8');
  const readerImportsExcelJs = /require\("exceljs"\)/.test(reader) || /require\("\.\/exceljs-patch"\)/.test(reader);
  if (readerImportsExcelJs) {
    expect(askers.every((a) => a.startsWith('hosts/file/read.js') || a.startsWith('hosts/file/exceljs-patch.js'))).toBe(true);
  } else {
    expect(askers).toEqual([]);
  }
  expect(new Set(l.map((x) => x.thread))).toEqual(new Set([0])); // one file: no worker thread
  // Nor anything of the many-files path or of the writers: no worker_threads, no safe-write.
  const asked = l.filter((x) => x.parent?.startsWith(DIST)).map((x) => x.request.replace(/^node:/, ''));
  expect(asked).not.toContain('worker_threads');
  expect(files).not.toContain('cli/safe-write.js');
  // Nor node:fs/promises (it loads Node's readline, directory and watcher modules): a web page's
  // bytes, --config and the writers ask for it, a file's check does not.
  expect(asked).not.toContain('fs/promises');
});

test('a one-file check loads the check as one file: the reader, the engine and the report are inside it', () => {
  const files = ours(loads(['check', join('examples', 'sample.xlsx')]));
  // main and its argument parser, the tiering flag and the code cache's loader, safe-text, the
  // catalogue, and the check's bundle; no usage texts.
  expect(files.filter((f) => !f.startsWith('core/i18n/')).sort()).toEqual(['cli/args.js', 'cli/check.js', 'cli/code-cache.js', 'cli/main.js', 'cli/safe-text.js', 'cli/tier-up.js']);
});

test('two files: each worker loads the same check bundle as a one-file check, after the flag and the code cache', () => {
  const copy = join(tmp, 'second.xlsx');
  writeFileSync(copy, readFileSync(join(ROOT, 'examples', 'sample.xlsx')));
  const l = loads(['check', join('examples', 'sample.xlsx'), copy, '--jobs', '2'], { PERF_TARGET_PARALLEL_BYTES: '0' });
  const inWorkers = l.filter((x) => x.thread !== 0 && x.file.startsWith(DIST)).map((x) => relative(DIST, x.file));
  expect(new Set(inWorkers.filter((f) => f.startsWith('cli/')))).toEqual(new Set(['cli/worker.js', 'cli/tier-up.js', 'cli/code-cache.js', 'cli/check.js', 'cli/args.js', 'cli/safe-text.js']));
  expect(inWorkers.indexOf('cli/code-cache.js')).toBeLessThan(inWorkers.indexOf('cli/check.js'));
});

test('node:tty (with node:net under it) only for a check of several files, whose progress bar asks whether stderr is a terminal', () => {
  const askedTty = (l: Load[]) => l.filter((x) => x.parent?.startsWith(DIST) && /^(node:)?tty$/.test(x.request)).length > 0;
  expect(askedTty(loads(['--help']))).toBe(false);
  expect(askedTty(loads(['check', join('examples', 'sample.xlsx')]))).toBe(false);
  const copy = join(tmp, 'tty-second.xlsx');
  writeFileSync(copy, readFileSync(join(ROOT, 'examples', 'sample.xlsx')));
  expect(askedTty(loads(['check', join('examples', 'sample.xlsx'), copy]))).toBe(true);
});

test('--annotate is what loads ExcelJS for writing', () => {
  const out = join(tmp, 'annotated');
  const l = loads(['check', join('examples', 'sample.xlsx'), '--annotate', out]);
  expect(ours(l)).toContain('cli/annotate.js');
  expect(l.some((x) => x.request === 'exceljs' && relative(DIST, x.parent ?? '') === 'cli/annotate.js')).toBe(true);
});
