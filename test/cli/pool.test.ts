/**
 * The compiled command line (what `npx perf-target` runs) with worker threads: the same JSON
 * document, in the same file order, as one thread. Needs dist/ (built by `npm ci`'s prepare).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-pool-'));
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
