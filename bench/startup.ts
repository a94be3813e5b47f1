/**
 * Start-up of the compiled command line, as a user runs it without npx: `perf-target --help` and
 * a check of examples/sample.xlsx, each beside a bare `node -e 0` (the machine's own start-up
 * cost). Warm-up runs first (file cache), then RUNS measured runs of each command, interleaved so
 * a busy stretch of the machine hits all three alike; wall time and CPU time (user + system, all
 * threads; Linux). Aims (issue 14.3): --help ≤ 150 ms, the sample check ≤ 250 ms.
 * `npm run bench` uses measureStartup; this file alone:
 *
 *     npx tsx bench/startup.ts [RUNS] [--compare]
 *
 * --compare adds the sample check without V8's code cache (PERF_TARGET_CODE_CACHE=0), interleaved
 * with the rest, to show what the cache buys on this machine.
 */
import { spawnSync } from 'child_process';
import { loadavg } from 'os';
import { join } from 'path';
import { buildCli, childrenCpuMs, cliIsStale, ROOT } from './cli';
import { timingOf, type Timing } from './measure';

const BIN = join(ROOT, 'bin', 'perf-target.js');

export interface StartupRow {
  name: string;
  /** The aim in ms, null for the floor. */
  aimMs: number | null;
  wall: Timing;
  /** Null where the system does not tell CPU time. */
  cpu: Timing | null;
}

interface Command {
  name: string;
  args: string[];
  aimMs: number | null;
  env?: Record<string, string>;
}

const COMMANDS: Command[] = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'], aimMs: null },
  { name: 'perf-target --help', args: [BIN, '--help'], aimMs: 150 },
  { name: 'perf-target check examples/sample.xlsx', args: [BIN, 'check', join('examples', 'sample.xlsx')], aimMs: 250 },
];

const WITHOUT_CACHE: Command = { name: '  the same without the code cache', args: [BIN, 'check', join('examples', 'sample.xlsx')], aimMs: null, env: { PERF_TARGET_CODE_CACHE: '0' } };

/** Times the commands: `warmup` unmeasured rounds, then `runs` measured ones (with `compare`, also the check without the code cache). */
export function measureStartup(runs: number, warmup = 1, compare = false): StartupRow[] {
  const commands = compare ? [...COMMANDS, WITHOUT_CACHE] : COMMANDS;
  const wall: number[][] = commands.map(() => []);
  const cpu: number[][] = commands.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach(({ args, env }, k) => {
      const c0 = childrenCpuMs();
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, PERF_TARGET_CODE_CACHE: '', ...env } });
      const t1 = performance.now();
      const c1 = childrenCpuMs();
      // 1 is the sample's own errors found; anything else is a failure.
      if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
      if (i < warmup) return;
      wall[k].push(t1 - t0);
      if (c0 !== undefined && c1 !== undefined) cpu[k].push(c1 - c0);
    });
  }
  return commands.map((c, k) => ({ name: c.name, aimMs: c.aimMs, wall: timingOf(wall[k]), cpu: cpu[k].length > 0 ? timingOf(cpu[k]) : null }));
}

if (require.main === module) {
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10);
  if (cliIsStale()) buildCli();
  const stat = (t: Timing | null): string => (t === null ? 'n/a' : `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`);
  console.log(`start-up, median of ${runs} runs (min, max); node ${process.version}; load average ${loadavg()[0].toFixed(2)}`);
  const rows = measureStartup(runs, 1, process.argv.includes('--compare'));
  for (const r of rows) {
    console.log(`${r.name.padEnd(40)} wall ${stat(r.wall).padEnd(28)} cpu ${stat(r.cpu).padEnd(28)} ${r.aimMs === null ? '' : `aim ≤ ${r.aimMs} ms`}`);
  }
  console.log(JSON.stringify({ startup: rows }));
}
