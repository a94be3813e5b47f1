/**
 * Two builds of the engine in one process, taken in turns: this tree's sources and another
 * tree's (a checkout of the commit to compare with), each run on the benchmark's 2,000-table
 * workbook, alternating A B A B … so that both see the same load when others share the cores.
 * Prints each side's CPU and wall milliseconds (median, min–max) and the ratio of the medians
 * and of the minima. The first runs of each side are the cold ones; with --warm N they are left out.
 *
 * The side loaded second runs slower in one process (two copies of base: 1.1–1.2×; base and a
 * change, either way round: 1.4–1.5×), so run it twice with the trees swapped (--this names the
 * other tree) and take the geometric mean of the two ratios, which cancels the order.
 *
 *   git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 *   npx tsx bench/engine-ab.ts --base /tmp/base [--this other-tree] [--runs 15] [--warm 3] [--tables N]
 */
import { join } from 'path';
import type { GridInit } from '../src/core/engine/grid';
import { engineModules, loadGrids } from './engine-count';
import { timingOf } from './measure';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

type Engine = ReturnType<typeof engineModules>;

function runOnce(e: Engine, inits: GridInit[]): { wall: number; cpu: number; findings: number } {
  const settings = e.resolveSettings();
  let findings = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const init of inits) {
    const grid = new e.Grid(init);
    for (const t of e.locateTables(grid)) findings += e.checkTable(grid, t, settings).findings.length;
  }
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, findings };
}

async function main(): Promise<void> {
  const base = arg('--base');
  if (!base) throw new Error('--base <tree> is required');
  const inits = await loadGrids(Number(arg('--tables') ?? 2000));
  const runs = Number(arg('--runs') ?? 15);
  const warm = Number(arg('--warm') ?? 3);
  const sides: [string, Engine][] = [
    ['base', engineModules(false, join(base, 'src', 'core', 'engine'))],
    ['this', arg('--this') ? engineModules(false, join(arg('--this') as string, 'src', 'core', 'engine')) : engineModules(false)],
  ];
  const times = sides.map(() => ({ wall: [] as number[], cpu: [] as number[], findings: new Set<number>() }));
  for (let i = 0; i < warm + runs; i++) {
    // Turns alternate which side goes first, so neither always follows the other's garbage.
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const r = runOnce(sides[k][1], inits);
      times[k].findings.add(r.findings);
      if (i >= warm) {
        times[k].wall.push(r.wall);
        times[k].cpu.push(r.cpu);
      }
    }
  }
  const fmt = (xs: number[]): string => {
    const t = timingOf(xs);
    return `${t.median.toFixed(1)} (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;
  };
  sides.forEach(([name], k) => console.log(`${name}: CPU ${fmt(times[k].cpu)} ms, wall ${fmt(times[k].wall)} ms; findings ${[...times[k].findings].join('/')}`));
  const [a, b] = times.map((t) => timingOf(t.cpu));
  console.log(`this/base CPU: median ${(b.median / a.median).toFixed(3)}, min ${(b.min / a.min).toFixed(3)} (${runs} runs each after ${warm} warm-up)`);
}

void main();
