/**
 * The engine alone on the benchmark's 2,000-table workbook: median time with min–max, the locate
 * vs rules split, the process's CPU time (steadier than the clock when others share the cores),
 * and (with --profile) the functions that cost most, under the CPU profiler.
 *
 *   npx tsx bench/engine-profile.ts [--tables N] [--runs N] [--profile out.cpuprofile] [--dist]
 *
 * --dist: the engine as tsc compiles it (dist/, `npm run build:cli`), the command line's code.
 */
import { existsSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { join } from 'path';
import type { GridInit } from '../src/core/engine/grid';
import { engineModules } from './engine-count';
import { readWorkbookFile } from '../src/hosts/file/read';
import { loadSeed } from '../scripts/seed-layouts';
import { writeStackedWorkbook } from './generate';
import { timingOf } from './measure';
import { hotOwnFunctions, profile } from './profile';
import { ROOT } from './cli';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const tables = Number(arg('--tables') ?? 2000);
  const runs = Number(arg('--runs') ?? 7);
  const path = join(tmpdir(), `perf-target-engine-${tables}.xlsx`);
  if (!existsSync(path)) await writeStackedWorkbook(path, loadSeed(), tables, 4);
  const inits: GridInit[] = await readWorkbookFile(path);
  const { Grid, checkTable, resolveSettings, locateTables } = engineModules(process.argv.includes('--dist'));
  const settings = resolveSettings();
  const once = (): { locate: number; rules: number; total: number; cpu: number } => {
    let locate = 0;
    let rules = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const init of inits) {
      const grid = new Grid(init);
      const t1 = performance.now();
      const found = locateTables(grid);
      const t2 = performance.now();
      for (const t of found) checkTable(grid, t, settings);
      const t3 = performance.now();
      locate += t2 - t1;
      rules += t3 - t2;
    }
    const total = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { locate, rules, total, cpu: (c.user + c.system) / 1000 };
  };
  for (let i = 0; i < 2; i++) once();
  const all = Array.from({ length: runs }, once);
  const f = (k: 'locate' | 'rules' | 'total' | 'cpu'): string => {
    const t = timingOf(all.map((r) => r[k]));
    return `${t.median.toFixed(1)} (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;
  };
  console.log(`${tables} tables, ${runs} runs: engine ${f('total')} ms; locate ${f('locate')}; rules ${f('rules')}; CPU time ${f('cpu')} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  const out = arg('--profile');
  if (out) {
    const hot = await profile(() => { for (let i = 0; i < 3; i++) once(); }, ROOT, out);
    for (const h of hot.slice(0, 30)) console.log(`  self ${h.selfMs.toFixed(1).padStart(7)}  ${h.name}`);
    for (const h of hotOwnFunctions(hot, 30)) console.log(`  total ${h.totalMs.toFixed(1).padStart(7)}  ${h.name}`);
  }
}

void main();
