/**
 * How many regular expressions the engine runs, and on how many distinct texts: every run of
 * RegExp.prototype.exec (test, replace, match, split and search all go through it once exec is
 * replaced) during one warm run of the engine on the benchmark's 2,000-table workbook, split into
 * locate and rules and attributed to the pattern, with the sheets' non-empty cells and distinct
 * texts beside them. A count, steady when others share the cores.
 *
 *   npx tsx bench/engine-regex.ts [--tables N] [--top N] [--dist]
 */
import { engineModules, loadGrids } from './engine-count';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const tables = Number(arg('--tables') ?? 2000);
  const top = Number(arg('--top') ?? 25);
  const inits = await loadGrids(tables);
  const { Grid, checkTable, resolveSettings, locateTables } = engineModules(process.argv.includes('--dist'));
  const settings = resolveSettings();
  let cells = 0;
  const distinct = new Set<string>();
  for (const init of inits)
    for (const row of init.values)
      if (row)
        for (const v of row)
          if (v !== null && v !== undefined && v !== '') {
            cells++;
            distinct.add(String(v));
          }
  const run = (): void => {
    for (const init of inits) {
      const grid = new Grid(init);
      phase = 'locate';
      const found = locateTables(grid);
      phase = 'rules';
      for (const t of found) checkTable(grid, t, settings);
    }
  };
  let phase: 'locate' | 'rules' = 'locate';
  run(); // warm: the memories are filled as in a check after the first
  const counts = { locate: new Map<string, number>(), rules: new Map<string, number>() };
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string): RegExpExecArray | null {
    const m = counts[phase];
    const key = this.source.length > 70 ? `${this.source.slice(0, 70)}…` : this.source;
    m.set(key, (m.get(key) ?? 0) + 1);
    return exec.call(this, s);
  };
  run();
  RegExp.prototype.exec = exec;
  console.log(`${tables} tables: ${cells} non-empty cells, ${distinct.size} distinct texts`);
  for (const p of ['locate', 'rules'] as const) {
    const m = counts[p];
    let total = 0;
    for (const n of m.values()) total += n;
    console.log(`${p}: ${total} regular-expression runs (${(total / cells).toFixed(2)} per non-empty cell), ${m.size} patterns`);
    for (const [k, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(n).padStart(8)}  /${k}/`);
  }
}

void main();
