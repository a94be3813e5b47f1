/**
 * V8's code cache for the compiled command line (src/cli/code-cache.ts): recorded at build time,
 * used when it matches, ignored (and the source compiled as usual) when it does not. Each case
 * runs in a fresh node over the compiled loader and a small "dist" folder of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = join(__dirname, '..', '..');
const LOADER = join(ROOT, 'dist', 'cli', 'code-cache.js');
const BIN = join(ROOT, 'bin', 'perf-target.js');

beforeAll(() => {
  if (!existsSync(LOADER) || statSync(LOADER).mtimeMs < statSync(join(ROOT, 'src', 'cli', 'code-cache.ts')).mtimeMs) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
  }
  // As `npm run build:cli` leaves it: the check bundled and its code cache recorded.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.js')], { cwd: ROOT });
}, 180_000);

/** A dist folder with an entry that requires a helper; `value` ends up in what it prints. */
function makeDist(value: string): string {
  const dist = tempDir('cc');
  mkdirSync(join(dist, 'lib'));
  writeFileSync(join(dist, 'entry.js'), `'use strict';\nconst { twice } = require('./lib/helper');\nexports.run = () => twice(${JSON.stringify(value)}) + ':' + __filename.endsWith('entry.js') + ':' + typeof require.resolve;\n`);
  writeFileSync(join(dist, 'lib', 'helper.js'), `'use strict';\nexports.twice = (s) => s + s;\n`);
  return dist;
}

/** Runs node: records (mode 'record') or uses the cache, requires entry.js, prints its result and what V8 said of the data. */
function run(dist: string, mode: 'record' | 'use' | 'plain', env: Record<string, string> = {}, flags: string[] = []): { out: string; rejected: Record<string, boolean>; used: boolean } {
  const code = `
const vm = require('vm');
const seen = {};
const Script = vm.Script;
vm.Script = function (source, options) {
  const s = new Script(source, options);
  if (options && options.cachedData) seen[require('path').relative(${JSON.stringify(dist)}, options.filename).split(require('path').sep).join('/')] = s.cachedDataRejected;
  return s;
};
const cc = require(${JSON.stringify(LOADER)});
const mode = ${JSON.stringify(mode)};
let write, used = false;
if (mode === 'record') write = cc.recordCodeCache(${JSON.stringify(dist)});
if (mode === 'use') used = cc.useCodeCache(${JSON.stringify(dist)});
const out = require(${JSON.stringify(join(dist, 'entry.js'))}).run();
if (write) write();
process.stdout.write(JSON.stringify({ out, rejected: seen, used }));
`;
  const r = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8', env: { ...process.env, PERF_TARGET_CODE_CACHE: '', PERF_TARGET_V8_DEFAULTS: '', ...env } });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { out: string; rejected: Record<string, boolean>; used: boolean };
}

test('recorded, then used: V8 takes the data for every file, and the modules work as compiled by Node', () => {
  const dist = makeDist('ab');
  expect(run(dist, 'record').out).toBe('abab:true:function');
  const manifest = JSON.parse(readFileSync(join(dist, 'code-cache', 'manifest.json'), 'utf8')) as { v8: string; files: Record<string, unknown> };
  expect(manifest.v8).toBe(process.versions.v8);
  expect(Object.keys(manifest.files).sort()).toEqual(['entry.js', 'lib/helper.js']);
  const used = run(dist, 'use');
  expect(used).toEqual({ out: 'abab:true:function', rejected: { 'entry.js': false, 'lib/helper.js': false }, used: true });
});

test('a source changed after the recording is compiled from its text, never from the old data (same length too)', () => {
  const dist = makeDist('ab');
  run(dist, 'record');
  // Same length, other text, a later time: V8 alone (which compares lengths) would take the old data.
  writeFileSync(join(dist, 'entry.js'), readFileSync(join(dist, 'entry.js'), 'utf8').replace('"ab"', '"cd"'));
  const later = new Date(Date.now() + 5000);
  utimesSync(join(dist, 'entry.js'), later, later);
  const r = run(dist, 'use');
  expect(r.out).toBe('cdcd:true:function');
  expect(r.rejected).toEqual({ 'lib/helper.js': false }); // entry.js not even offered
});

test('other V8 flags: V8 rejects the data and compiles the source; turned off, or no cache: nothing is offered', () => {
  const dist = makeDist('ab');
  expect(run(dist, 'use').used).toBe(false); // nothing recorded yet
  run(dist, 'record');
  const other = run(dist, 'use', {}, ['--interrupt-budget=100000']);
  expect(other.out).toBe('abab:true:function');
  expect(other.rejected).toEqual({ 'entry.js': true, 'lib/helper.js': true });
  for (const env of [{ PERF_TARGET_CODE_CACHE: '0' }, { PERF_TARGET_V8_DEFAULTS: '1' }] as Record<string, string>[]) {
    const off = run(dist, 'use', env);
    expect(off).toEqual({ out: 'abab:true:function', rejected: {}, used: false });
  }
});

test('a manifest from another V8 or a damaged one: not used', () => {
  const dist = makeDist('ab');
  run(dist, 'record');
  const file = join(dist, 'code-cache', 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { v8: string };
  writeFileSync(file, JSON.stringify({ ...manifest, v8: '1.2.3' }));
  expect(run(dist, 'use')).toEqual({ out: 'abab:true:function', rejected: {}, used: false });
  writeFileSync(file, '{"v8":');
  expect(run(dist, 'use').used).toBe(false);
});

test('the built command line: a check takes the cache, writes nothing at run time, and says the same without it', () => {
  const dist = join(ROOT, 'dist');
  const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
  const before = listing(join(dist, 'code-cache'));
  const stamp = statSync(join(dist, 'code-cache', 'cli', 'check.js.v8')).mtimeMs;
  const folder = tempDir('cc-input');
  writeFileSync(join(folder, 'sample.xlsx'), readFileSync(join(ROOT, 'examples', 'sample.xlsx')));
  const check = (env: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, 'check', join(folder, 'sample.xlsx'), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, PERF_TARGET_CODE_CACHE: '', PERF_TARGET_V8_DEFAULTS: '', ...env } });
  const cached = check({});
  const plain = check({ PERF_TARGET_CODE_CACHE: '0' });
  // V8 took the data for the check's bundle (the hook logs what V8 said of each script offered it).
  const hook = join(folder, '..', `${Date.now()}-cc-hook.js`);
  writeFileSync(
    hook,
    `const vm = require('vm'); const S = vm.Script; const said = {};
vm.Script = function (src, o) { const s = new S(src, o); if (o && o.cachedData) said[require('path').basename(o.filename)] = s.cachedDataRejected; return s; };
process.on('exit', () => require('fs').writeSync(2, JSON.stringify(said)));`,
  );
  const logged = spawnSync(process.execPath, ['--require', hook, BIN, 'check', join(folder, 'sample.xlsx')], { encoding: 'utf8', env: { ...process.env, PERF_TARGET_CODE_CACHE: '', PERF_TARGET_V8_DEFAULTS: '' } });
  const said = JSON.parse(/\{[^{}]*\}$/.exec(logged.stderr)?.[0] ?? '{}') as Record<string, boolean>;
  expect(said['check.js']).toBe(false);
  expect(Object.values(said).every((rejected) => rejected === false)).toBe(true);
  expect(cached.status).toBe(1);
  expect(cached.stdout).toBe(plain.stdout);
  expect(cached.stderr).toBe(plain.stderr);
  expect(listing(folder)).toEqual(['sample.xlsx']);
  expect(listing(join(dist, 'code-cache'))).toEqual(before);
  expect(statSync(join(dist, 'code-cache', 'cli', 'check.js.v8')).mtimeMs).toBe(stamp);
});
