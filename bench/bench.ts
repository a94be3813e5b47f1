/**
 * `npm run bench`: what the engine costs next to reading the file.
 *
 *   1. Workbooks of 200 and 2,000 tables (layouts L1–L4 mixed, stacked on four sheets): ExcelJS's
 *      read (load, then conversion to grids) beside the lean reader's (the checking path; its
 *      grids are checked equal to ExcelJS's), the engine (grid, locate, rules) over every sheet,
 *      tables per second, engine/read, how the time grows from 200 to 2,000, and memory.
 *   2. One sheet of 100,000 rows, tables between unrelated rows and long texts: read, engine, rows/s.
 *   3. The compiled command line checking 100 small files with --jobs 1 and --jobs 2.
 *
 * Prints a table of figures and ends with one JSON line holding all of them.
 *   npm run bench [-- --profile out.cpuprofile] [-- --keep]
 */
import { mkdtempSync, rmSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { Grid, rectToA1, type GridInit } from '../src/core/grid';
import { checkSheet, checkTable, resolveSettings, runRules } from '../src/core/engine';
import { locateTables } from '../src/core/locate';
import { detectScheme } from '../src/core/taxonomy';
import { RULES } from '../src/core/rules';
import type { SheetResult, TableModel } from '../src/core/model';
import { loadWorkbook, workbookToGrids } from '../src/hosts/file/exceljs-read';
import { readWorkbookFile } from '../src/hosts/file/read';
import { gridDifferences } from '../test/helpers/grid-parity';
import { loadSeed } from '../scripts/seed-layouts';
import { writeLongSheet, writeSmallFiles, writeStackedWorkbook, type GeneratedFile } from './generate';
import { measure, median, round, sampleHeap, timingOf, type HeapSample, type Timing } from './measure';
import { measurePayload, type PayloadFigures } from './payload';
import { hotOwnFunctions, profile, type HotFunction } from './profile';
import { buildCli, cliIsStale, reportProblems, ROOT, runCli } from './cli';

/** The aims of the issue: engine ≤ a tenth of the read, 2,000 tables under half a second, linear growth. */
const AIM_RATIO = 0.1;
/** The lean reader's aim: a tenth of ExcelJS's read. */
const AIM_LEAN_READ = 0.1;
const AIM_2000_MS = 500;
/** 10× the tables may cost "about" 10× the time: a tenth more allows for noise. */
const AIM_SCALING = 11;
const SHEETS = 4;
const LONG_ROWS = 100_000;
const CLI_FILES = 100;

interface Breakdown {
  gridMs: number;
  locateMs: number;
  rulesMs: number;
  /** The rules that cost most, over every table (ms). */
  topRules: { rule: string; ms: number }[];
}

interface WorkbookFigures extends Breakdown {
  tables: number;
  located: number;
  /** Tables laid out whose range the engine did not find exactly (cut short, or run on). */
  misplaced: number;
  sheets: number;
  rows: number;
  bytes: number;
  findings: number;
  readMs: number;
  /** Fastest run: less sensitive to a busy machine than the median. */
  readMinMs: number;
  readMaxMs: number;
  /** The lean reader (file to grids), median / min / max of its runs after warm-up. */
  leanReadMs: number;
  leanReadMinMs: number;
  leanReadMaxMs: number;
  leanReadRuns: number;
  /** Lean read over ExcelJS read (medians). */
  leanReadRatio: number;
  /** Cells where the lean reader's grids differ from ExcelJS's (0: identical). */
  leanDifferences: number;
  loadMs: number;
  convertMs: number;
  engineMs: number;
  engineMinMs: number;
  engineRuns: number;
  readRuns: number;
  tablesPerSecond: number;
  engineReadRatio: number;
}

interface RunPlan {
  readWarmup: number;
  readRuns: number;
  engineWarmup: number;
  engineRuns: number;
  /** Stop measuring after this long (ms), once three runs are in. */
  budgetMs: number;
}

const ms = (t: Timing): number => round(t.median, 1);

async function timeRead(path: string, plan: RunPlan): Promise<{ read: Timing; loadMs: number; convertMs: number; grids: GridInit[] }> {
  const loads: number[] = [];
  const converts: number[] = [];
  let grids: GridInit[] = [];
  const read = await measure(
    async () => {
      const t0 = performance.now();
      const wb = await loadWorkbook(path);
      const t1 = performance.now();
      grids = workbookToGrids(wb);
      const t2 = performance.now();
      loads.push(t1 - t0);
      converts.push(t2 - t1);
      return t2 - t0;
    },
    { warmup: plan.readWarmup, runs: plan.readRuns, budgetMs: plan.budgetMs },
  );
  return {
    read,
    loadMs: round(median(loads.slice(plan.readWarmup)), 1),
    convertMs: round(median(converts.slice(plan.readWarmup)), 1),
    grids,
  };
}

async function timeLeanRead(path: string, plan: RunPlan): Promise<{ read: Timing; grids: GridInit[] }> {
  let grids: GridInit[] = [];
  const read = await measure(
    async () => {
      grids = await readWorkbookFile(path);
    },
    { warmup: plan.readWarmup, runs: plan.readRuns, budgetMs: plan.budgetMs },
  );
  return { read, grids };
}

/** The engine in its parts (grid construction, locating, the rules), one pass over every sheet. */
function partsOnce(grids: GridInit[]): { grid: number; locate: number; rules: number; located: { grid: Grid; tables: TableModel[] }[] } {
  const settings = resolveSettings(null);
  const out = { grid: 0, locate: 0, rules: 0, located: [] as { grid: Grid; tables: TableModel[] }[] };
  for (const init of grids) {
    const t0 = performance.now();
    const grid = new Grid(init);
    const t1 = performance.now();
    const tables = locateTables(grid);
    const t2 = performance.now();
    for (const table of tables) checkTable(grid, table, settings);
    const t3 = performance.now();
    out.grid += t1 - t0;
    out.locate += t2 - t1;
    out.rules += t3 - t2;
    out.located.push({ grid, tables });
  }
  return out;
}

/** Medians of the parts over `passes` passes, and the rules that cost most (each run alone). */
function breakdown(grids: GridInit[], passes: number): Breakdown {
  const runs = Array.from({ length: passes }, () => partsOnce(grids));
  const settings = resolveSettings(null);
  const perRule = RULES.map((rule) => {
    const t0 = performance.now();
    for (const { grid, tables } of runs[0].located) for (const table of tables) runRules([rule], grid, table, detectScheme(table), settings);
    return { rule: rule.meta.id, ms: performance.now() - t0 };
  });
  const topRules = perRule
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((r) => ({ rule: r.rule, ms: round(r.ms, 1) }));
  const part = (k: 'grid' | 'locate' | 'rules'): number => round(median(runs.map((r) => r[k])), 1);
  return { gridMs: part('grid'), locateMs: part('locate'), rulesMs: part('rules'), topRules };
}

/**
 * Tables laid out whose range the engine did not find: each expected range is looked up among the
 * ranges found on its sheet; a miss is shown next to the range found at the same top-left cell.
 */
function comparePlacement(expected: string[][], results: SheetResult[]): { misplaced: number; examples: string[] } {
  let misplaced = 0;
  const examples: string[] = [];
  expected.forEach((ranges, s) => {
    const found = (results[s]?.tables ?? []).map((t) => rectToA1(t.table.range));
    const foundSet = new Set(found);
    for (const range of ranges) {
      if (foundSet.has(range)) continue;
      misplaced++;
      const topLeft = range.split(':')[0];
      const near = found.find((f) => f.split(':')[0] === topLeft);
      if (examples.length < 3) examples.push(`${results[s]?.name ?? `sheet ${s + 1}`}!${range} found as ${near ?? 'nothing'}`);
    }
  });
  return { misplaced, examples };
}

async function benchWorkbook(file: GeneratedFile, plan: RunPlan): Promise<WorkbookFigures & { grids: GridInit[]; placementExamples: string[] }> {
  const { read, loadMs, convertMs, grids: excelJsGrids } = await timeRead(file.path, plan);
  const lean = await timeLeanRead(file.path, plan);
  const differences = gridDifferences(lean.grids, excelJsGrids, 1_000_000);
  // The engine checks what the command line checks: the lean reader's grids.
  const grids = lean.grids;
  let results: SheetResult[] = [];
  const engine = await measure(
    () => {
      results = grids.map((g) => checkSheet(g));
    },
    { warmup: plan.engineWarmup, runs: plan.engineRuns, budgetMs: plan.budgetMs },
  );
  const located = results.reduce((s, r) => s + r.tables.length, 0);
  const placement = comparePlacement(file.expected, results);
  const findings = results.reduce((s, r) => s + r.tables.reduce((k, t) => k + t.findings.length, 0) + r.findings.length, 0);
  return {
    tables: file.tables,
    located,
    misplaced: placement.misplaced,
    placementExamples: placement.examples,
    sheets: file.sheets,
    rows: file.rows,
    bytes: file.bytes,
    findings,
    readMs: ms(read),
    readMinMs: round(read.min, 1),
    readMaxMs: round(read.max, 1),
    leanReadMs: ms(lean.read),
    leanReadMinMs: round(lean.read.min, 1),
    leanReadMaxMs: round(lean.read.max, 1),
    leanReadRuns: lean.read.runs,
    leanReadRatio: round(lean.read.median / read.median, 3),
    leanDifferences: differences.length,
    loadMs,
    convertMs,
    engineMs: ms(engine),
    engineMinMs: round(engine.min, 1),
    engineRuns: engine.runs,
    readRuns: read.runs,
    tablesPerSecond: Math.round(located / (engine.median / 1000)),
    engineReadRatio: round(engine.median / read.median, 3),
    ...breakdown(grids, 3),
    grids,
  };
}

/** Heap while one workbook is read and checked, the workbook and results held as a host holds them. */
async function heapOf(path: string): Promise<HeapSample> {
  let _held: { grids: GridInit[]; results: SheetResult[] } | null = null;
  const heap = await sampleHeap(async (sample) => {
    const wb = await loadWorkbook(path);
    sample();
    const grids = workbookToGrids(wb);
    sample();
    // The ExcelJS model is dropped once the grids exist (as readWorkbook does); grids and results stay.
    _held = { grids, results: grids.map((g) => checkSheet(g)) };
    sample();
  });
  _held = null;
  return heap;
}

interface CliFigures {
  files: number;
  tables: number;
  cores: number;
  jobs1Ms: number;
  jobs2Ms: number;
  /** CPU time of the whole command (ms), all threads; null where the system does not tell. */
  jobs1CpuMs: number | null;
  jobs2CpuMs: number | null;
  speedup: number;
  runs: number;
  problems: string[];
}

async function benchCli(dir: string, seedTables: ReturnType<typeof loadSeed>, runs: number): Promise<CliFigures> {
  if (cliIsStale()) {
    console.log('  compiling the command line (npm run build:cli) …');
    buildCli();
  }
  const { paths, tables } = await writeSmallFiles(join(dir, 'cli'), seedTables, CLI_FILES);
  const problems = new Set<string>();
  const timed = async (jobs: number, wall: number[], cpu: number[]): Promise<void> => {
    const r = await runCli(paths, jobs);
    reportProblems(r.doc, paths.length, tables).forEach((p) => problems.add(p));
    wall.push(r.wallMs);
    if (r.cpuMs !== undefined) cpu.push(r.cpuMs);
  };
  await timed(2, [], []); // warm-up: file cache
  const wall1: number[] = [];
  const wall2: number[] = [];
  const cpu1: number[] = [];
  const cpu2: number[] = [];
  // Interleaved, so a busy stretch of the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    await timed(1, wall1, cpu1);
    await timed(2, wall2, cpu2);
  }
  const jobs1Ms = round(median(wall1), 0);
  const jobs2Ms = round(median(wall2), 0);
  return {
    files: paths.length,
    tables,
    cores: cpus().length,
    jobs1Ms,
    jobs2Ms,
    jobs1CpuMs: cpu1.length > 0 ? round(median(cpu1), 0) : null,
    jobs2CpuMs: cpu2.length > 0 ? round(median(cpu2), 0) : null,
    speedup: round(jobs1Ms / jobs2Ms, 2),
    runs,
    problems: [...problems],
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const thousands = (n: number): string => n.toLocaleString('en-US');

function printWorkbooks(rows: { name: string; f: WorkbookFigures }[]): void {
  console.log('\nWorkbooks (median of the runs; read = ExcelJS load + conversion to grids; engine = grid + locate + rules):\n');
  const head = ['case', 'tables', 'found', 'misplaced', 'rows', 'size', 'load ms', 'convert ms', 'read ms', 'engine ms', 'grid', 'locate', 'rules', 'tables/s', 'engine/read', 'min read/engine', 'runs r/e'];
  const body = rows.map(({ name, f }) => [
    name,
    f.tables,
    f.located,
    f.misplaced,
    f.rows,
    kb(f.bytes),
    f.loadMs,
    f.convertMs,
    f.readMs,
    f.engineMs,
    f.gridMs,
    f.locateMs,
    f.rulesMs,
    f.tablesPerSecond,
    f.engineReadRatio,
    `${f.readMinMs}/${f.engineMinMs}`,
    `${f.readRuns}/${f.engineRuns}`,
  ]);
  console.log(table(head, body));
}

function printReads(rows: { name: string; f: WorkbookFigures }[]): void {
  console.log('\nRead, file to grids (warm-up excluded; median, min–max of the runs):\n');
  const head = ['case', 'ExcelJS ms', 'ExcelJS min–max', 'lean ms', 'lean min–max', 'runs E/L', 'lean/ExcelJS', 'grids differ'];
  const body = rows.map(({ name, f }) => [
    name,
    f.readMs,
    `${f.readMinMs}–${f.readMaxMs}`,
    f.leanReadMs,
    `${f.leanReadMinMs}–${f.leanReadMaxMs}`,
    `${f.readRuns}/${f.leanReadRuns}`,
    f.leanReadRatio,
    f.leanDifferences,
  ]);
  console.log(table(head, body));
}

function printHot(hot: HotFunction[]): void {
  console.log('\nWhere the engine spends its time (2,000 tables, one run under the CPU profiler):');
  console.log('  self time:');
  for (const f of hot.slice(0, 10)) console.log(`    ${f.selfMs.toFixed(1).padStart(7)} ms  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  console.log('  total time (self + callees), our functions:');
  for (const f of hotOwnFunctions(hot, 10)) console.log(`    ${f.totalMs.toFixed(1).padStart(7)} ms  ${f.name}`);
}

// ---------------------------------------------------------------------------------------------

const PLAN_200: RunPlan = { readWarmup: 2, readRuns: 7, engineWarmup: 2, engineRuns: 7, budgetMs: 8000 };
const PLAN_2000: RunPlan = { readWarmup: 1, readRuns: 5, engineWarmup: 1, engineRuns: 5, budgetMs: 12000 };
const PLAN_LONG: RunPlan = { readWarmup: 0, readRuns: 3, engineWarmup: 1, engineRuns: 3, budgetMs: 15000 };

function placementProblem(what: string, f: WorkbookFigures & { placementExamples: string[] }): string[] {
  const out: string[] = [];
  if (f.located !== f.tables) out.push(`${what}: the engine found ${f.located} tables, ${f.tables} were laid out`);
  if (f.misplaced > 0) out.push(`${what}: ${f.misplaced} of ${f.tables} tables found with another range, e.g. ${f.placementExamples.join('; ')}`);
  return out;
}

interface PayloadRow {
  tables: number;
  syncs: Timing;
  requestKB: Timing;
  responseKB: Timing;
  maxResponseKB: Timing;
}

/** Syncs and bytes of one sheet check through Microsoft's Office.js client (bench/payload.ts), median of runs. */
async function benchPayload(runs: number): Promise<PayloadRow[]> {
  const rows: PayloadRow[] = [];
  for (const tables of [10, 200, 2000]) {
    const samples: PayloadFigures[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measurePayload(tables));
    const kb = (f: (p: PayloadFigures) => number) => timingOf(samples.map((p) => round(f(p) / 1024, 1)));
    rows.push({ tables, syncs: timingOf(samples.map((p) => p.syncs)), requestKB: kb((p) => p.requestBytes), responseKB: kb((p) => p.responseBytes), maxResponseKB: kb((p) => p.maxResponseBytes) });
  }
  return rows;
}

function printPayload(rows: PayloadRow[]): void {
  const cell = (t: Timing): string => (t.min === t.max ? `${t.median}` : `${t.median} (${t.min}–${t.max})`);
  console.log('\nOffice.js round trips and bytes, one sheet checked through Microsoft\'s client (median of runs, min–max):');
  console.log(
    table(
      ['tables', 'syncs', 'request KB', 'response KB', 'largest response KB'],
      rows.map((r) => [thousands(r.tables), cell(r.syncs), cell(r.requestKB), cell(r.responseKB), cell(r.maxResponseKB)]),
    ),
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const profileIndex = args.indexOf('--profile');
  const profilePath = profileIndex >= 0 ? args[profileIndex + 1] : undefined;
  const keep = args.includes('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-bench-'));
  const started = performance.now();
  const loadBefore = round(loadavg()[0], 2);
  const problems: string[] = [];
  console.log(`perf-target benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore}; files in ${dir}\n`);

  try {
    const seed = loadSeed();
    const figures: WorkbookFigures[] = [];
    let grids2000: GridInit[] = [];
    for (const count of [200, 2000]) {
      const file = await writeStackedWorkbook(join(dir, `tables-${count}.xlsx`), seed, count, SHEETS);
      const { grids, placementExamples, ...f } = await benchWorkbook(file, count <= 200 ? PLAN_200 : PLAN_2000);
      figures.push(f);
      problems.push(...placementProblem(`${count}-table workbook`, { ...f, placementExamples }));
      if (count === 2000) grids2000 = grids;
      console.log(`  ${count} tables: read ${f.readMs} ms (lean ${f.leanReadMs} ms), engine ${f.engineMs} ms`);
    }
    const [small, large] = figures;
    const memory = await heapOf(join(dir, 'tables-2000.xlsx'));
    const hot = await profile(() => grids2000.forEach((g) => checkSheet(g)), ROOT, profilePath);
    grids2000 = [];

    const longFile = await writeLongSheet(join(dir, 'long-sheet.xlsx'), seed, LONG_ROWS);
    const { grids: _longGrids, placementExamples: longExamples, ...long } = await benchWorkbook(longFile, PLAN_LONG);
    problems.push(...placementProblem('100,000-row sheet', { ...long, placementExamples: longExamples }));
    console.log(`  ${thousands(long.rows)} rows: read ${long.readMs} ms (lean ${long.leanReadMs} ms), engine ${long.engineMs} ms`);

    // A command line that cannot run (a broken build, say) is a problem to report, not a reason to lose the other figures.
    const cli = await benchCli(dir, seed, 3).catch((err: unknown) => {
      problems.push(`command line: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    });
    if (cli) {
      problems.push(...cli.problems.map((p) => `command line: ${p}`));
      console.log(`  command line, ${cli.files} files: ${cli.jobs1Ms} ms with 1 job, ${cli.jobs2Ms} ms with 2`);
    }

    const scaling = { tables: large.tables / small.tables, engine: round(large.engineMs / small.engineMs, 2), read: round(large.readMs / small.readMs, 2) };
    const aims = {
      engineTenthOfRead: figures.every((f) => f.engineReadRatio <= AIM_RATIO),
      engine2000UnderHalfSecond: large.engineMs < AIM_2000_MS,
      linearScaling: scaling.engine <= AIM_SCALING,
      leanReadTenthOfExcelJs: [...figures, long].every((f) => f.leanReadRatio <= AIM_LEAN_READ),
      leanGridsIdentical: [...figures, long].every((f) => f.leanDifferences === 0),
    };
    const longRates = { engineRowsPerSecond: Math.round(long.rows / (long.engineMs / 1000)), readRowsPerSecond: Math.round(long.rows / (long.readMs / 1000)) };
    const loadAfter = round(loadavg()[0], 2);

    printWorkbooks([...figures.map((f) => ({ name: `${thousands(f.tables)} tables`, f })), { name: `${thousands(LONG_ROWS)} rows`, f: long }]);
    printReads([...figures.map((f) => ({ name: `${thousands(f.tables)} tables`, f })), { name: `${thousands(LONG_ROWS)} rows`, f: long }]);
    console.log(`\n${thousands(LONG_ROWS)}-row sheet: ${long.tables} tables among ${thousands(long.rows)} rows of other content; engine ${thousands(longRates.engineRowsPerSecond)} rows/s, read ${thousands(longRates.readRowsPerSecond)} rows/s.`);
    console.log(`Scaling 200 → 2,000 tables (×${scaling.tables}): engine ×${scaling.engine}, read ×${scaling.read}.`);
    console.log(`Memory, 2,000 tables read and checked: heap ${memory.baseMB} → peak ${memory.peakMB} MB (+${round(memory.peakMB - memory.baseMB, 1)} MB), RSS peak ${memory.rssPeakMB} MB.`);
    const cpuText = (c: number | null): string => (c === null ? '' : `, CPU ${c} ms`);
    if (cli) {
      console.log(
        `Command line, ${cli.files} files / ${cli.tables} tables (median of ${cli.runs}): --jobs 1 ${cli.jobs1Ms} ms${cpuText(cli.jobs1CpuMs)}; --jobs 2 ${cli.jobs2Ms} ms${cpuText(cli.jobs2CpuMs)}; speed-up ×${cli.speedup} on ${cli.cores} cores.`,
      );
    }
    console.log('\nCostliest rules (ms over all tables, each rule run alone):');
    console.log(`  2,000 tables: ${large.topRules.map((r) => `${r.rule} ${r.ms}`).join(', ')}`);
    console.log(`  long sheet:   ${long.topRules.map((r) => `${r.rule} ${r.ms}`).join(', ')}`);
    printHot(hot);
    const payload = await benchPayload(3);
    printPayload(payload);
    if (profilePath) console.log(`  (profile written to ${profilePath}: open it in Chrome DevTools › Performance)`);

    console.log('\nAims:');
    console.log(`  engine ≤ ${AIM_RATIO} × read:      ${verdict(aims.engineTenthOfRead)} (${figures.map((f) => f.engineReadRatio).join(', ')})`);
    console.log(`  2,000 tables < ${AIM_2000_MS} ms:     ${verdict(aims.engine2000UnderHalfSecond)} (${large.engineMs} ms)`);
    console.log(`  10× tables ≤ ~10× time:    ${verdict(aims.linearScaling)} (×${scaling.engine})`);
    console.log(`  lean read ≤ ${AIM_LEAN_READ} × ExcelJS: ${verdict(aims.leanReadTenthOfExcelJs)} (${[...figures, long].map((f) => f.leanReadRatio).join(', ')})`);
    console.log(`  lean grids = ExcelJS grids: ${verdict(aims.leanGridsIdentical)} (${[...figures, long].map((f) => f.leanDifferences).join(', ')} differences)`);
    for (const p of problems) console.log(`  PROBLEM: ${p}`);
    if (Math.max(loadBefore, loadAfter) > cpus().length * 0.75) {
      console.log(`  (the machine was busy: load average ${loadBefore} before, ${loadAfter} after; figures are noisy)`);
    }
    const totalSeconds = round((performance.now() - started) / 1000, 1);
    console.log(`\nBenchmark took ${totalSeconds} s.`);

    const strip = ({ topRules: _t, ...f }: WorkbookFigures): Omit<WorkbookFigures, 'topRules'> => f;
    console.log(
      JSON.stringify({
        node: process.version,
        cores: cpus().length,
        loadAverage: [loadBefore, loadAfter],
        workbooks: figures.map(strip),
        scaling,
        memory: { tables: large.tables, heapBaseMB: memory.baseMB, heapPeakMB: memory.peakMB, heapDeltaMB: round(memory.peakMB - memory.baseMB, 1), rssPeakMB: memory.rssPeakMB },
        longSheet: { ...strip(long), ...longRates },
        cli: cli ? { ...cli, problems: undefined } : null,
        officeJsPayload: payload,
        aims,
        problems,
        totalSeconds,
      }),
    );
    return problems.length > 0 ? 1 : 0;
  } finally {
    if (keep) console.error(`(files kept in ${dir})`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 2;
  },
);
