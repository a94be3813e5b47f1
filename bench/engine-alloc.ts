/**
 * What the engine allocates, by function: one run on the benchmark's 2,000-table workbook under
 * V8's sampling heap profiler, counting objects the collector has freed too (the young
 * generation's garbage is most of it). Megabytes per function, largest first; a native function
 * (`replace`, `slice`, `set`) is named with the engine function that called it. Steady where
 * the clock is not (the sampling interval is small), so a change's effect on allocation shows
 * even when others share the cores.
 *
 *   npx tsx bench/engine-alloc.ts [--tables N] [--top N]
 */
import { Session } from 'inspector';
import { Grid, type GridInit } from '../src/core/engine/grid';
import { checkTable, resolveSettings } from '../src/core/engine';
import { locateTables } from '../src/core/engine/locate';
import { loadGrids } from './engine-count';

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SampleNode[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T)));
  });
}

function nameOf(n: SampleNode): string {
  const file = n.callFrame.url.replace(/^.*?\/(src|bench)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.columnNumber}`;
}

async function main(): Promise<void> {
  const inits: GridInit[] = await loadGrids(Number(arg('--tables') ?? 2000));
  const settings = resolveSettings();
  const once = (): void => {
    for (const init of inits) {
      const grid = new Grid(init);
      for (const t of locateTables(grid)) checkTable(grid, t, settings);
    }
  };
  // Warm: the allocations of a compiled engine, not of the first run's interpreter.
  once();
  once();
  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.enable');
  await post(session, 'HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  once();
  const { profile } = await post<{ profile: { head: SampleNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();
  const bytes = new Map<string, number>();
  let total = 0;
  const walk = (n: SampleNode, parent: string): void => {
    const name = n.callFrame.url === '' ? `${nameOf(n)} <- ${parent}` : nameOf(n);
    bytes.set(name, (bytes.get(name) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const c of n.children) walk(c, nameOf(n));
  };
  walk(profile.head, '');
  console.log(`allocated in one run: ${(total / 1e6).toFixed(1)} MB`);
  for (const [name, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(arg('--top') ?? 30))) console.log(`${(b / 1e6).toFixed(2).padStart(7)}  ${name}`);
}

void main();
