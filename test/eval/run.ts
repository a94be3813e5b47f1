/**
 * The evaluation harness: measures the checker the way the project is judged.
 *
 *   npx tsx test/eval/run.ts [--size full|small] [--seed N] [--dir DIR] [--misses N]
 *
 * Builds held-out-like workbooks (test/eval/build.ts) into a temporary folder (or DIR, kept),
 * runs the real pipeline on each (readWorkbookFile → checkSheet) and prints: tables found vs
 * expected, recall of the planted mistakes at the right cell with the right category (overall,
 * per category, per layout, per planter), false errors and warnings on cells that are fine, and
 * each miss with what was reported instead. The last line is one JSON object with the figures.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { Grid, parseA1, rectToA1, type Rect } from '../../src/core/engine/grid';
import type { Finding, SheetResult } from '../../src/core/model';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { buildEvalSet, type EvalManifest, type EvalSize, type ExpectedFinding, type TableCase } from './build';
import { PLANTERS } from './plant';

// ---------------------------------------------------------------------------------------------
// Results

export interface TableOutcome {
  file: string;
  sheet: string;
  expected: TableCase;
  /** Range and project of the table the checker found there, if any. */
  found?: { range: string; project: string };
}

export interface FindingOutcome {
  file: string;
  sheet: string;
  table: TableCase;
  expected: ExpectedFinding;
  hit: boolean;
  /** The text of the expected cell(s), for the report. */
  cellText: string;
  /** What the checker reported on those cells or that row instead (misses only). */
  instead: Finding[];
  /** The rules whose findings matched (hits only). */
  hitBy: string[];
}

export interface FalseFinding {
  file: string;
  sheet: string;
  finding: Finding;
  cellText: string;
  /** The table the finding belongs to (its options), or '' outside any expected table. */
  table: string;
}

export interface SpuriousTable {
  file: string;
  sheet: string;
  range: string;
  project: string;
}

export interface EvalResult {
  manifest: EvalManifest;
  tables: TableOutcome[];
  spurious: SpuriousTable[];
  findings: FindingOutcome[];
  falseFindings: FalseFinding[];
}

export interface EvalFigures {
  seed: number;
  size: EvalSize;
  workbooks: number;
  tablesExpected: number;
  tablesFound: number;
  rangesExact: number;
  projectsExact: number;
  spuriousTables: number;
  planted: number;
  plantedHit: number;
  recall: number;
  native: number;
  nativeHit: number;
  falseErrors: number;
  falseWarnings: number;
  perPlanter: Record<string, [number, number]>;
}

// ---------------------------------------------------------------------------------------------
// Matching

function overlapArea(a: Rect, b: Rect): number {
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return h > 0 && w > 0 ? h * w : 0;
}

function isRange(cell: string): boolean {
  return cell.includes(':');
}

function norm(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Every finding of a sheet, with the table index it came from. */
function sheetFindings(result: SheetResult): Finding[] {
  return [...result.tables.flatMap((t) => t.findings), ...result.findings];
}

/**
 * A whole-table finding of an expected table: a range reported by the table the checker found
 * there (an L4 project's is the shared header row, outside the project's own rows).
 */
function isTableLevelFor(f: Finding, located: number | undefined): boolean {
  return isRange(f.cell) && located !== undefined && f.table === located;
}

function matches(f: Finding, e: ExpectedFinding, located: number | undefined): boolean {
  if (!e.categories.includes(f.category)) return false;
  return e.cells.includes(f.cell) || (e.tableLevel && isTableLevelFor(f, located));
}

function textAt(grid: Grid, a1: string): string {
  const r = parseA1(a1);
  const a = grid.anchor(r.top, r.left);
  return grid.text(a.row, a.col);
}

/** Findings on the expected cells, or on the same rows of the same table: what came instead. */
function reportedInstead(all: Finding[], e: ExpectedFinding, table: TableCase, located: number | undefined): Finding[] {
  const rows = new Set(e.cells.map((c) => parseA1(c).top));
  const range = parseA1(table.range);
  return all.filter((f) => {
    if (e.cells.includes(f.cell)) return true;
    if (isRange(f.cell)) return e.tableLevel && isTableLevelFor(f, located);
    return rows.has(f.row) && f.col >= range.left && f.col <= range.right;
  });
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** Pairs each expected table with the located table that overlaps it most (each used once). */
function matchTables(expected: TableCase[], located: Rect[]): (number | undefined)[] {
  const used = new Set<number>();
  return expected.map((t) => {
    const want = parseA1(t.range);
    let best: number | undefined;
    located.forEach((rect, i) => {
      if (used.has(i) || overlapArea(rect, want) === 0) return;
      if (best === undefined || overlapArea(rect, want) > overlapArea(located[best], want)) best = i;
    });
    if (best !== undefined) used.add(best);
    return best;
  });
}

/** The checker under evaluation: the engine's checkSheet, or a stand-in in the harness's own tests. */
export type SheetChecker = (grid: Grid) => SheetResult;

async function evaluateWorkbook(dir: string, wb: EvalManifest['workbooks'][number], out: EvalResult, check: SheetChecker): Promise<void> {
  const grids = await readWorkbookFile(join(dir, wb.file));
  for (const sheetCase of wb.sheets) {
    const init = grids.find((g) => g.name === sheetCase.name);
    if (!init) throw new Error(`${wb.file}: sheet ${sheetCase.name} not read back`);
    const grid = new Grid(init);
    const result = check(grid);
    const all = sheetFindings(result);
    const located = result.tables.map((t) => t.table);
    const pairs = matchTables(
      sheetCase.tables,
      located.map((t) => t.range),
    );

    sheetCase.tables.forEach((table, k) => {
      const li = pairs[k];
      const found = li === undefined ? undefined : located[li];
      out.tables.push({
        file: wb.file,
        sheet: sheetCase.name,
        expected: table,
        ...(found ? { found: { range: rectToA1(found.range), project: found.projectName?.text.trim() ?? '' } } : {}),
      });
      for (const e of table.findings) {
        const hitBy = [...new Set(all.filter((f) => matches(f, e, found?.index)).map((f) => f.rule))];
        const hit = hitBy.length > 0;
        out.findings.push({
          file: wb.file,
          sheet: sheetCase.name,
          table,
          expected: e,
          hit,
          cellText: e.cells.map((c) => `${c}=${JSON.stringify(textAt(grid, c))}`).join(' '),
          instead: hit ? [] : reportedInstead(all, e, table, found?.index),
          hitBy,
        });
      }
    });
    located.forEach((t, i) => {
      if (!pairs.includes(i)) out.spurious.push({ file: wb.file, sheet: sheetCase.name, range: rectToA1(t.range), project: t.projectName?.text.trim() ?? '' });
    });

    // Errors and warnings on cells nothing was planted in (nor the seed got wrong).
    const explained = new Set<string>();
    for (const t of sheetCase.tables) {
      for (const e of t.findings) e.cells.forEach((c) => explained.add(c));
      t.tolerated.forEach((c) => explained.add(c));
    }
    for (const f of all) {
      if (f.severity === 'info' || explained.has(f.cell)) continue;
      const k = f.table === null ? -1 : pairs.indexOf(located.findIndex((t) => t.index === f.table));
      const owner = k >= 0 ? sheetCase.tables[k] : undefined;
      if (owner && isRange(f.cell) && (owner.tolerateTableLevel || owner.findings.some((e) => e.tableLevel))) continue;
      out.falseFindings.push({
        file: wb.file,
        sheet: sheetCase.name,
        finding: f,
        cellText: isRange(f.cell) ? '' : textAt(grid, f.cell),
        table: owner ? `${owner.layout} ${owner.range} seed ${owner.seed} [${owner.options}] plants: ${owner.plants.join(', ') || '—'}` : '(a table not expected)',
      });
    }
  }
}

/** Runs the checker on every workbook of a built set and scores it against the manifest. */
export async function evaluate(dir: string, manifest: EvalManifest, check: SheetChecker = (grid) => checkSheet(grid)): Promise<EvalResult> {
  const out: EvalResult = { manifest, tables: [], spurious: [], findings: [], falseFindings: [] };
  for (const wb of manifest.workbooks) await evaluateWorkbook(dir, wb, out, check);
  return out;
}

export function figures(r: EvalResult): EvalFigures {
  const planted = r.findings.filter((f) => !f.expected.native);
  const native = r.findings.filter((f) => f.expected.native);
  const perPlanter: Record<string, [number, number]> = {};
  for (const f of planted) {
    const entry = (perPlanter[f.expected.planter] ??= [0, 0]);
    if (f.hit) entry[0]++;
    entry[1]++;
  }
  const found = r.tables.filter((t) => t.found);
  return {
    seed: r.manifest.seed,
    size: r.manifest.size,
    workbooks: r.manifest.workbooks.length,
    tablesExpected: r.tables.length,
    tablesFound: found.length,
    rangesExact: found.filter((t) => t.found?.range === t.expected.range).length,
    projectsExact: found.filter((t) => norm(t.found?.project ?? '') === norm(t.expected.project)).length,
    spuriousTables: r.spurious.length,
    planted: planted.length,
    plantedHit: planted.filter((f) => f.hit).length,
    recall: planted.length === 0 ? 1 : Math.round((planted.filter((f) => f.hit).length / planted.length) * 10000) / 10000,
    native: native.length,
    nativeHit: native.filter((f) => f.hit).length,
    falseErrors: r.falseFindings.filter((f) => f.finding.severity === 'error').length,
    falseWarnings: r.falseFindings.filter((f) => f.finding.severity === 'warning').length,
    perPlanter,
  };
}

// ---------------------------------------------------------------------------------------------
// The report

function pct(hit: number, n: number): string {
  return n === 0 ? '  —  ' : `${((hit / n) * 100).toFixed(1).padStart(5)}%`;
}

function describeFinding(f: Finding): string {
  return `${f.severity} ${f.rule} [${f.category}] ${f.cell}: ${f.message}`;
}

function groupRecall(findings: FindingOutcome[], key: (f: FindingOutcome) => string): string[] {
  const groups = new Map<string, [number, number]>();
  for (const f of findings) {
    const g = groups.get(key(f)) ?? [0, 0];
    if (f.hit) g[0]++;
    g[1]++;
    groups.set(key(f), g);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, [hit, n]]) => `  ${k.padEnd(34)} ${String(hit).padStart(4)}/${String(n).padEnd(4)} ${pct(hit, n)}`);
}

export function formatReport(r: EvalResult, maxMisses = Infinity): string {
  const fig = figures(r);
  const lines: string[] = [];
  const planted = r.findings.filter((f) => !f.expected.native);
  lines.push(`Evaluation: seed ${fig.seed}, size ${fig.size}, ${fig.workbooks} workbooks, ${fig.tablesExpected} tables, ${fig.planted} planted mistakes`);
  lines.push('');
  lines.push(`Tables found: ${fig.tablesFound}/${fig.tablesExpected} (exact range ${fig.rangesExact}, project ${fig.projectsExact}); spurious tables: ${fig.spuriousTables}`);
  for (const t of r.tables) {
    if (!t.found) lines.push(`  NOT FOUND ${t.file} ${t.sheet} ${t.expected.range} “${t.expected.project}” [${t.expected.options}] plants: ${t.expected.plants.join(', ') || '—'}`);
    else if (t.found.range !== t.expected.range || norm(t.found.project) !== norm(t.expected.project)) {
      lines.push(`  differs   ${t.file} ${t.sheet} expected ${t.expected.range} “${t.expected.project}”, found ${t.found.range} “${t.found.project}” [${t.expected.options}] plants: ${t.expected.plants.join(', ') || '—'}`);
    }
  }
  for (const s of r.spurious) lines.push(`  SPURIOUS  ${s.file} ${s.sheet} ${s.range} “${s.project}”`);
  lines.push('');
  lines.push(`Planted mistakes reported at the right cell with the right category: ${fig.plantedHit}/${fig.planted} = ${pct(fig.plantedHit, fig.planted).trim()}`);
  lines.push('By category:');
  lines.push(...groupRecall(planted, (f) => PLANTERS.find((p) => p.id === f.expected.planter)?.category ?? '?'));
  lines.push('By layout:');
  lines.push(...groupRecall(planted, (f) => f.table.layout));
  lines.push('By planter:');
  lines.push(...groupRecall(planted, (f) => f.expected.planter));
  lines.push('Rules that reported each planter\'s mistakes:');
  for (const p of PLANTERS) {
    const counts = new Map<string, number>();
    for (const f of planted) if (f.expected.planter === p.id) for (const rule of f.hitBy) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    if (counts.size > 0) lines.push(`  ${p.id.padEnd(34)} ${[...counts].map(([rule, n]) => `${rule}×${n}`).join(', ')}`);
  }
  const unused = PLANTERS.filter((p) => !planted.some((f) => f.expected.planter === p.id)).map((p) => p.id);
  if (unused.length > 0) lines.push(`  (not planted in this set: ${unused.join(', ')})`);
  lines.push(`The seed's own mistakes: ${fig.nativeHit}/${fig.native} = ${pct(fig.nativeHit, fig.native).trim()}`);
  lines.push('');
  lines.push(`False errors/warnings on cells that are fine: ${fig.falseErrors} errors, ${fig.falseWarnings} warnings`);
  for (const f of r.falseFindings) {
    lines.push(`  ${f.file} ${f.sheet} ${describeFinding(f.finding)}  cell text ${JSON.stringify(f.cellText)}  table ${f.table}`);
  }
  lines.push('');
  const misses = r.findings.filter((f) => !f.hit);
  lines.push(`Misses (${misses.length}):`);
  for (const m of misses.slice(0, maxMisses)) {
    const e = m.expected;
    lines.push(`  ${e.planter} ${m.table.layout} ${m.file} ${m.sheet} [${m.table.options}] seed ${m.table.seed}: expected ${e.categories.join('|')} at ${e.cells.join('|') || '—'}${e.tableLevel ? ' or the table' : ''} — ${e.what}`);
    lines.push(`      cell ${m.cellText || '—'}`);
    if (m.instead.length === 0) lines.push('      reported instead: nothing on those cells or rows');
    for (const f of m.instead) lines.push(`      reported instead: ${describeFinding(f)}`);
  }
  if (misses.length > maxMisses) lines.push(`  … ${misses.length - maxMisses} more`);
  lines.push('');
  lines.push(JSON.stringify(fig));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

interface Args {
  size: EvalSize;
  seed: number;
  dir?: string;
  misses: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { size: 'full', seed: 20250101, misses: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--size':
        if (value !== 'full' && value !== 'small') throw new Error('--size full|small');
        args.size = value;
        i++;
        break;
      case '--seed':
        args.seed = Number(value);
        if (!Number.isInteger(args.seed)) throw new Error('--seed takes an integer');
        i++;
        break;
      case '--dir':
        args.dir = value;
        i++;
        break;
      case '--misses':
        args.misses = Number(value);
        i++;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.dir ?? mkdtempSync(join(tmpdir(), 'perf-target-eval-'));
  try {
    const manifest = await buildEvalSet(dir, args.seed, args.size);
    const result = await evaluate(dir, manifest);
    console.log(formatReport(result, args.misses));
  } finally {
    if (!args.dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(2);
  });
}
