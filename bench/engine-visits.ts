/**
 * How many times the engine reads each cell: every outermost call of a Grid accessor (rawValue,
 * rawText, value, text, isBlank, mergeAt, anchor, isRowBlank's cells) counts as one visit, and
 * the visits are attributed to the engine function that made them (with --by-caller; slower, as
 * it takes a stack per visit). Divided by the sheets' non-empty cells, this is the "visits per
 * cell" the one-pass engine drives down.
 *
 *   npx tsx bench/engine-visits.ts [--tables N] [--by-caller]
 */
import { Grid } from '../src/core/engine/grid';
import { checkTable, resolveSettings } from '../src/core/engine';
import { locateTables } from '../src/core/engine/locate';
import { loadGrids } from './engine-count';
import { countVisits } from './visits';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const tables = Number(arg('--tables') ?? 2000);
  const byCaller = process.argv.includes('--by-caller');
  const inits = await loadGrids(tables);
  let cells = 0;
  for (const init of inits) for (const row of init.values) if (row) for (const v of row) if (v !== null && v !== undefined && v !== '') cells++;
  const settings = resolveSettings();
  const counts = countVisits(() => {
    for (const init of inits) {
      const grid = new Grid(init);
      const found = locateTables(grid);
      for (const t of found) checkTable(grid, t, settings);
    }
  }, byCaller);
  const per = (n: number): string => (n / cells).toFixed(2);
  console.log(`${tables} tables, ${cells} non-empty cells: ${counts.total} visits, ${per(counts.total)} per cell`);
  const rows = [...counts.byMethod].sort((a, b) => b[1] - a[1]);
  for (const [name, n] of rows) console.log(`  ${name.padEnd(12)} ${String(n).padStart(9)}  ${per(n)} per cell`);
  if (byCaller) {
    const callers = [...counts.byCaller].sort((a, b) => b[1] - a[1]).slice(0, 40);
    for (const [name, n] of callers) console.log(`  ${per(n).padStart(6)}  ${name}`);
  }
}

void main();
