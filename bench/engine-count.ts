/**
 * The engine's work as a count of machine instructions, steady when others share the cores (the
 * clock is not): run this under valgrind's cachegrind twice, with `--runs 0` and with `--runs N`,
 * and the difference over N is one run of the engine on the workbook's sheets (JIT warm-up
 * included, as in a real check). The sheets are read once and kept as JSON, so the reader's
 * instructions are the same in both counts.
 *
 *   npx tsx bench/engine-count.ts --prepare [--tables N]
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
 *     node --import tsx bench/engine-count.ts --runs N [--tables N] [--phase locate]
 *   npx tsx bench/engine-count.ts --runs N --time     each run's wall and CPU ms, as JSON
 *   --dist: the engine compiled by tsc (dist/, `npm run build:cli`), as the command line runs it
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { GridInit } from '../src/core/engine/grid';
import type * as gridModule from '../src/core/engine/grid';
import type * as engineModule from '../src/core/engine';
import type * as locateModule from '../src/core/engine/locate';

type GridModule = typeof gridModule;
type EngineModule = typeof engineModule;
type LocateModule = typeof locateModule;

/**
 * The engine's entry points: from the sources (as tsx compiles them for the benchmark), or with
 * `dist` from tsc's output in dist/ (`npm run build:cli`), the code the command line runs. tsx's
 * output keeps function names (a helper call per closure made) and reads every imported function
 * through a getter; tsc's and the bundles' do neither, so the two can differ.
 */
export function engineModules(
  dist: boolean,
  from = dist ? join(__dirname, '..', 'dist', 'core', 'engine') : join(__dirname, '..', 'src', 'core', 'engine'),
): { Grid: GridModule['Grid']; checkTable: EngineModule['checkTable']; resolveSettings: EngineModule['resolveSettings']; locateTables: LocateModule['locateTables'] } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const grid = require(join(from, 'grid')) as GridModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(join(from, 'index')) as EngineModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const locate = require(join(from, 'locate')) as LocateModule;
  return { Grid: grid.Grid, checkTable: engine.checkTable, resolveSettings: engine.resolveSettings, locateTables: locate.locateTables };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The benchmark workbook's sheets, read once and kept as JSON beside it (`prepare`: read again). */
export async function loadGrids(tables: number, prepare = false): Promise<GridInit[]> {
  const json = join(tmpdir(), `perf-target-engine-${tables}.grids.json`);
  if (prepare || !existsSync(json)) {
    const { readWorkbookFile } = await import('../src/hosts/file/read');
    const { writeStackedWorkbook } = await import('./generate');
    const { loadSeed } = await import('../scripts/seed-layouts');
    const path = join(tmpdir(), `perf-target-engine-${tables}.xlsx`);
    if (!existsSync(path)) await writeStackedWorkbook(path, loadSeed(), tables, 4);
    writeFileSync(json, JSON.stringify(await readWorkbookFile(path)));
  }
  return JSON.parse(readFileSync(json, 'utf8')) as GridInit[];
}

async function main(): Promise<void> {
  const tables = Number(arg('--tables') ?? 2000);
  if (process.argv.includes('--prepare')) {
    await loadGrids(tables, true);
    return;
  }
  const inits = await loadGrids(tables);
  const { Grid, checkTable, resolveSettings, locateTables } = engineModules(process.argv.includes('--dist'));
  const runs = Number(arg('--runs') ?? 1);
  const locateOnly = arg('--phase') === 'locate';
  const settings = resolveSettings();
  let findings = 0;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const init of inits) {
      const grid = new Grid(init);
      const found = locateTables(grid);
      if (!locateOnly) for (const t of found) findings += checkTable(grid, t, settings).findings.length;
    }
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // With --time: each run's wall and CPU milliseconds (the first is the cold run), for an A/B
  // of two builds taken in turns when the machine is shared (compare the minima).
  if (process.argv.includes('--time')) console.log(JSON.stringify({ wall: wall.map(Math.round), cpu: cpu.map(Math.round) }));
  else console.log(`${runs} runs, ${findings} findings`);
}

if (require.main === module) void main();
