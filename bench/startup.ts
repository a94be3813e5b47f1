/**
 * Start-up of the compiled command line, as a user runs it without npx: `perf-target --help` and
 * a check of examples/sample.xlsx, each beside a bare `node -e 0`. One warm-up run, then the
 * median of RUNS runs with min and max, wall time and CPU time (user + system, all threads; Linux).
 * Aims (issue 14.3): --help ≤ 150 ms, the sample check ≤ 250 ms.
 *
 *     npx tsx bench/startup.ts [RUNS]
 */
import { spawnSync } from 'child_process';
import { loadavg } from 'os';
import { join } from 'path';
import { buildCli, childrenCpuMs, cliIsStale, ROOT } from './cli';

const RUNS = Number(process.argv[2] ?? 10);
const BIN = join(ROOT, 'bin', 'perf-target.js');

function measure(args: string[]): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const c0 = childrenCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    const t1 = performance.now();
    const c1 = childrenCpuMs();
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
    if (i === 0) continue; // warm-up: file cache
    wall.push(t1 - t0);
    if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
  }
  return { wall, cpu };
}

function stat(xs: number[]): string {
  if (xs.length === 0) return 'n/a';
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `${mid.toFixed(0)} ms (min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)})`;
}

if (cliIsStale()) buildCli();
const load = loadavg()[0].toFixed(2);
console.log(`start-up, median of ${RUNS} runs (min, max); node ${process.version}; load average ${load}`);
const rows: [string, string[], string][] = [
  ['node -e 0 (floor)', ['-e', '0'], ''],
  ['perf-target --help', [BIN, '--help'], 'aim ≤ 150 ms'],
  ['perf-target check examples/sample.xlsx', [BIN, 'check', join('examples', 'sample.xlsx')], 'aim ≤ 250 ms'],
];
const json: Record<string, { wallMs: number[]; cpuMs: number[] }> = {};
for (const [name, args, aim] of rows) {
  const m = measure(args);
  console.log(`${name.padEnd(40)} wall ${stat(m.wall).padEnd(28)} cpu ${stat(m.cpu).padEnd(28)} ${aim}`);
  json[name] = { wallMs: m.wall, cpuMs: m.cpu };
}
console.log(JSON.stringify({ startup: json }));
