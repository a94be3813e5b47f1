/**
 * Where the command line's time goes on one big file: the steps of `perf-target check FILE
 * --format json`, each timed inside a fresh process over the compiled modules (cold, as a user
 * runs it): node's own start, loading the modules, reading the bytes, the lean reader, the
 * engine, the report, the JSON text, writing it, and the exit. Median (min–max) of the runs, with
 * the process's wall and CPU time (CPU above wall is V8's background compiler and collector).
 *
 * The child sets the command line's tiering flag (src/cli/tier-up.ts) as `check` does; with
 * --compare each run is also made without it.
 *
 * The child ends as the launcher does (src/cli/main.ts exitWhenWritten): at once when the output
 * has gone out; --natural-exit lets it end by itself, as before, to show what that costs.
 *
 *   npx tsx bench/cli-phases.ts [--tables N] [--runs N] [--compare] [--natural-exit]
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { join } from 'path';
import { loadSeed } from '../scripts/seed-layouts';
import { buildCli, cliIsStale, ROOT } from './cli';
import { writeStackedWorkbook } from './generate';
import { timingOf } from './measure';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The child: the steps of src/cli/check.ts and check-file.ts for one file, each marked. */
const CHILD = `
const started = performance.now();
const marks = { start: started };
let last = started;
const mark = (name) => { const now = performance.now(); marks[name] = now - last; last = now; };
const dist = process.argv[1];
if (process.argv[3] !== 'v8-defaults') require(dist + '/cli/tier-up.js').tuneTierUp();
const { readFileBounded, readWorkbookDetailed, READ_LIMITS } = require(dist + '/hosts/file/read.js');
const engine = require(dist + '/core/engine/index.js');
const report = require(dist + '/core/review/report.js');
const { safeJson } = require(dist + '/cli/safe-text.js');
const { exitWhenWritten } = require(dist + '/cli/main.js');
mark('modules');
(async () => {
  const file = process.argv[2];
  const bytes = await readFileBounded(file, READ_LIMITS.maxFileBytes); mark('bytes');
  const book = readWorkbookDetailed(bytes, file); mark('reader');
  const sheets = book.grids.map((g) => engine.checkSheet(g, {})); mark('engine');
  const outcome = { report: { file, sheets: sheets.map(report.sheetReport) }, findings: sheets.map((s) => [s.name, engine.allFindings(s)]) };
  const doc = report.buildReport([outcome.report]); mark('report');
  const text = safeJson(doc) + '\\n'; mark('json');
  process.stdout.write(text, () => {
    mark('write');
    const cpu = process.cpuUsage();
    // Synchronous: the launcher's exit does not wait for stderr it did not write through main.
    process.on('exit', () => require('fs').writeSync(2, JSON.stringify({ ...marks, cpuInProcess: (cpu.user + cpu.system) / 1000, end: performance.now() }) + '\\n'));
    // As the launcher ends a check (bin/perf-target.js), or left to end by itself (--natural-exit).
    if (process.argv[4] !== 'natural-exit') exitWhenWritten(0);
  });
})();
`;

const PHASES = ['start', 'modules', 'bytes', 'reader', 'engine', 'report', 'json', 'write'] as const;

async function main(): Promise<void> {
  const tables = Number(arg('--tables') ?? 2000);
  const runs = Number(arg('--runs') ?? 7);
  const path = join(tmpdir(), `perf-target-engine-${tables}.xlsx`);
  if (!existsSync(path)) await writeStackedWorkbook(path, loadSeed(), tables, 4);
  if (cliIsStale()) buildCli();
  const dist = join(ROOT, 'dist');
  // --compare: each run also once with V8's own tiering (no tuneTierUp), interleaved, so that
  // both see the same load.
  const modes = process.argv.includes('--compare') ? ['tuned', 'v8-defaults'] : ['tuned'];
  // --natural-exit: the process ends by itself after the write, as the launcher let it before.
  const naturalExit = process.argv.includes('--natural-exit');
  const samples: Record<string, Record<string, number[]>> = {};
  const add = (mode: string, k: string, v: number) => ((samples[mode] ??= {})[k] ??= []).push(v);
  for (let i = 0; i < runs + 1; i++) {
    for (const mode of modes) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['-e', CHILD, dist, path, mode, naturalExit ? 'natural-exit' : 'exit'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const wall = performance.now() - t0;
      if (r.status !== 0) throw new Error(`the child failed (${r.status}): ${r.stderr}`);
      const m = JSON.parse(r.stderr.trim().split('\n').pop() as string) as Record<string, number>;
      if (i === 0) continue; // warm-up: the file and node in the page cache
      for (const p of PHASES) add(mode, p, m[p]);
      add(mode, 'exit', wall - m.end);
      add(mode, 'wall', wall);
      add(mode, 'cpu', m.cpuInProcess);
    }
  }
  console.log(`perf-target check, ${tables} tables (${runs} runs, a fresh process each; ms, median (min–max); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}):`);
  for (const mode of modes) {
    const f = (k: string): string => {
      const t = timingOf(samples[mode][k]);
      return `${t.median.toFixed(0)} (${t.min.toFixed(0)}–${t.max.toFixed(0)})`;
    };
    if (modes.length > 1) console.log(` ${mode}:`);
    console.log(`  node start ${f('start')}, modules ${f('modules')}, bytes ${f('bytes')}, reader ${f('reader')}, engine ${f('engine')}, report ${f('report')}, JSON ${f('json')}, write ${f('write')}, exit ${f('exit')}`);
    console.log(`  wall ${f('wall')}; CPU of the process up to the write ${f('cpu')}`);
  }
}

void main();
