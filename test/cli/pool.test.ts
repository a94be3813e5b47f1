/**
 * The compiled command line (what `npx perf-target` runs) with worker threads: the same JSON
 * document, in the same file order, as one thread. Needs dist/ (built by `npm ci`'s prepare).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'perf-target.js');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'worker.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT });
}, 120_000);

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('--jobs 2 gives the same report as --jobs 1, files in the order given', () => {
  const dir = tempDir('pool');
  const files = ['l1', 'l2', 'l3-words', 'l4-merged', 'stacked', 'offset'].map((name, i) => {
    const to = join(dir, `${i}-${name}.xlsx`);
    copyFileSync(join(ROOT, 'test', 'fixtures', `${name}.xlsx`), to);
    return to;
  });
  const missing = join(dir, 'missing.xlsx');
  const args = ['check', ...files.slice(0, 3), missing, ...files.slice(3), '--format', 'json'];
  const one = run([...args, '--jobs', '1']);
  // Force the worker path for these small files.
  const two = run([...args, '--jobs', '2'], { PERF_TARGET_PARALLEL_BYTES: '0' });
  expect(one.code).toBe(2);
  expect(two.code).toBe(2);
  expect(two.out).toBe(one.out);
  expect(two.err).toBe(one.err);
  const doc = JSON.parse(two.out) as { files: { file: string; error?: string }[] };
  expect(doc.files.map((f) => f.file)).toEqual([...files.slice(0, 3), missing, ...files.slice(3)]);
  expect(doc.files[3].error).toContain('missing.xlsx');
}, 120_000);

test('npx perf-target prints its usage and exits 2 without a command', () => {
  const r = run([]);
  expect(r.code).toBe(2);
  expect(r.out).toContain('perf-target check');
});

test('a folder and a pattern on worker threads: sorted files, one line for the bad one, every other file reported', () => {
  const dir = tempDir('many');
  mkdirSync(join(dir, 'b-sub'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'l1.xlsx'), join(dir, 'z.xlsx'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'l2.xlsx'), join(dir, 'a.xlsx'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'stacked.xlsx'), join(dir, 'b-sub', 'c.xlsx'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'offset.xlsx'), join(dir, '~$a.xlsx')); // Excel's lock file: skipped
  writeFileSync(join(dir, 'm-broken.xlsx'), '这不是表格');
  const expected = ['a.xlsx', join('b-sub', 'c.xlsx'), 'm-broken.xlsx', 'z.xlsx'].map((f) => join(dir, f));
  for (const arg of [dir, join(dir, '**', '*.xlsx')]) {
    const r = run(['check', arg, '--format', 'json', '--jobs', '2'], { PERF_TARGET_PARALLEL_BYTES: '0' });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out) as { files: { file: string; error?: string; sheets: unknown[] }[] };
    expect(doc.files.map((f) => f.file)).toEqual(expected);
    expect(doc.files.map((f) => !!f.error)).toEqual([false, false, true, false]);
    expect(doc.files.filter((f) => !f.error).every((f) => f.sheets.length > 0)).toBe(true);
    expect(r.err.trim().split('\n')).toEqual([expect.stringContaining('m-broken.xlsx')]); // no progress on a pipe
  }
}, 120_000);

test('the tiering flag (src/cli/tier-up.ts) changes when code is compiled, never a report: the same JSON with and without it, one thread and two', () => {
  const files = ['l1', 'l4-merged', 'stacked'].map((name) => join(ROOT, 'test', 'fixtures', `${name}.xlsx`));
  const args = ['check', ...files, join(ROOT, 'examples', 'sample.xlsx'), '--format', 'json'];
  const tuned = run([...args, '--jobs', '1']);
  const plain = run([...args, '--jobs', '1'], { PERF_TARGET_V8_DEFAULTS: '1' });
  const workers = run([...args, '--jobs', '2'], { PERF_TARGET_PARALLEL_BYTES: '0' });
  expect(tuned.code).toBe(plain.code);
  expect(tuned.err).toBe('');
  expect(JSON.parse(tuned.out)).toEqual(JSON.parse(plain.out));
  expect(workers.out).toBe(tuned.out);
  expect((JSON.parse(tuned.out) as { files: unknown[] }).files).toHaveLength(4);
}, 120_000);
