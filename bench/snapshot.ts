/**
 * A snapshot of everything the engine finds, to prove that a reshaping of the engine changes no
 * finding: every located table (its whole model) and every finding (rule, cell, severity, message
 * id and arguments, message, suggested value) over the sample workbook, every .xlsx under
 * test/fixtures (the real corpus included), the generated evaluation (test/eval, full size) and a
 * generated 200-table workbook; the fixtures and the sample also with each rule switched off in
 * turn and with each scheme forced, since rules ask whether other rules are on.
 *
 *   npx tsx bench/snapshot.ts record [file]   writes the snapshot (default /tmp/perf-target-findings.json)
 *   npx tsx bench/snapshot.ts check [file]    compares against it; prints the first differences, exit 1
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { checkSheet } from '../src/core/engine';
import type { CheckSettings, SheetResult } from '../src/core/model';
import { RULES } from '../src/core/engine/rules';
import { readWorkbookFile } from '../src/hosts/file/read';
import type { GridInit } from '../src/core/engine/grid';
import { buildEvalSet } from '../test/eval/build';
import { loadSeed } from '../scripts/seed-layouts';
import { writeStackedWorkbook } from './generate';
import { ROOT } from './cli';
import { xlsxUnder } from '../test/helpers/fixtures';

const DEFAULT_FILE = join(tmpdir(), 'perf-target-findings.json');


/** One line per sheet result: stable text, so that two snapshots compare line by line. */
function lines(label: string, results: SheetResult[]): string[] {
  return results.map((r, k) => `${label}#${k} ${JSON.stringify(r)}`);
}

const variants = (): { name: string; settings: Partial<CheckSettings> }[] => [
  { name: 'scheme=2015', settings: { scheme: '2015' } },
  { name: 'scheme=2021', settings: { scheme: '2021' } },
  { name: 'minSatisfaction=90', settings: { thresholds: { minSatisfaction: 90 } } },
  ...RULES.map((r) => ({ name: `off=${r.meta.id}`, settings: { rules: { [r.meta.id]: 'off' as const } } })),
  ...RULES.map((r) => ({ name: `info=${r.meta.id}`, settings: { rules: { [r.meta.id]: 'info' as const } } })),
];

async function gridsOf(path: string): Promise<GridInit[] | string> {
  try {
    return await readWorkbookFile(path);
  } catch (e) {
    return `unreadable: ${(e as Error).message.split(ROOT).join('<root>')}`;
  }
}

async function snapshot(): Promise<string[]> {
  const out: string[] = [];
  const small = [join(ROOT, 'examples', 'sample.xlsx'), ...xlsxUnder(join(ROOT, 'test', 'fixtures'))];
  for (const path of small) {
    const name = relative(ROOT, path);
    const grids = await gridsOf(path);
    if (typeof grids === 'string') {
      out.push(`${name} ${grids}`);
      continue;
    }
    out.push(...lines(name, grids.map((g) => checkSheet(g))));
    for (const v of variants()) out.push(...lines(`${name} ${v.name}`, grids.map((g) => checkSheet(g, v.settings))));
  }
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-snapshot-'));
  try {
    const manifest = await buildEvalSet(join(dir, 'eval'), 20250101, 'full');
    for (const wb of manifest.workbooks) {
      const grids = await gridsOf(join(dir, 'eval', wb.file));
      out.push(...(typeof grids === 'string' ? [`eval/${wb.file} ${grids}`] : lines(`eval/${wb.file}`, grids.map((g) => checkSheet(g)))));
    }
    const stacked = await writeStackedWorkbook(join(dir, 'stacked.xlsx'), loadSeed(), 200, 2);
    const grids = await gridsOf(stacked.path);
    out.push(...(typeof grids === 'string' ? [`stacked-200 ${grids}`] : lines('stacked-200', grids.map((g) => checkSheet(g)))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function main(): Promise<void> {
  const [verb, file = DEFAULT_FILE] = process.argv.slice(2);
  if (verb !== 'record' && verb !== 'check') {
    console.error('usage: tsx bench/snapshot.ts record|check [file]');
    process.exit(2);
  }
  const now = await snapshot();
  const findings = now.reduce((s, l) => s + (l.match(/"messageId"/g)?.length ?? 0), 0);
  if (verb === 'record') {
    writeFileSync(file, now.join('\n') + '\n');
    console.log(`recorded ${now.length} sheet results, ${findings} findings, to ${file}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`no snapshot at ${file}: record one first`);
  const before = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  let differences = 0;
  for (let i = 0; i < Math.max(before.length, now.length); i++) {
    if (before[i] === now[i]) continue;
    differences++;
    if (differences <= 5) {
      console.log(`- ${(before[i] ?? '(none)').slice(0, 600)}`);
      console.log(`+ ${(now[i] ?? '(none)').slice(0, 600)}`);
    }
  }
  if (differences > 0) {
    console.log(`${differences} of ${now.length} sheet results differ from ${file}`);
    process.exit(1);
  }
  console.log(`identical: ${now.length} sheet results, ${findings} findings, as in ${file}`);
}

void main();
