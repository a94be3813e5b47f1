/**
 * The honest score: the checker on real published tables (test/fixtures/real), labelled by hand
 * before the checker ever saw them.
 *
 *   npm run eval:real [-- --details] [-- --json-only]
 *
 * For each part of the corpus (tune, holdout) it prints: tables located, recall (labelled defects
 * found at their cell — for a value split over sign, number and unit columns, any of its cells —
 * with the right category and at least the labelled severity), false alarms
 * (errors or warnings on clean cells, or an error where only a warning is acceptable), and errors
 * or warnings on tables that are not project target tables. The last line is one JSON object.
 * `--details` lists the tune part's misses and false alarms; the holdout part is never listed,
 * so nobody tunes to it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { allFindings, checkSheet } from '../../src/core/engine';
import { Grid, parseA1, type Rect } from '../../src/core/engine/grid';
import type { Finding, Severity, TableResult } from '../../src/core/model';
import { readWorkbook } from '../../src/hosts/file/read';
import { loadRealCorpus, REAL_XLSX, split, type DefectLabel, type RealFile, type RealTable, type Split } from './real-corpus';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export interface PartFigures {
  files: number;
  projectTables: number;
  projectTablesLocated: number;
  otherTables: number;
  /** Non-project tables the checker named as such (not checked as projects). */
  otherTablesNamed: number;
  defects: number;
  defectsFound: number;
  recall: number;
  falseAlarms: number;
  falseAlarmsPer10Tables: number;
  /** Errors and warnings reported on non-project tables. */
  nonProjectFindings: number;
}

export interface Miss {
  file: string;
  label: DefectLabel;
  text: string;
  instead: string[];
}

export interface FalseAlarm {
  file: string;
  finding: Finding;
  text: string;
}

export interface RealEvalResult {
  parts: Record<Split, PartFigures>;
  misses: Record<Split, Miss[]>;
  falseAlarms: Record<Split, FalseAlarm[]>;
}

function overlap(a: Rect, b: Rect): number {
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  return h > 0 && w > 0 ? h * w : 0;
}

function area(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function findingRect(f: Finding): Rect {
  return parseA1(f.cell);
}

function inside(f: Finding, r: Rect): boolean {
  return f.row >= r.top && f.row <= r.bottom && f.col >= r.left && f.col <= r.right;
}

/**
 * A split layout writes one 指标值 over several cells (sign, number, unit): a value finding on any
 * of them is on that value, whichever of its cells the labeller or the rule chose (a missing unit
 * is reported on the empty unit cell, where its fix writes; a reviewer may mark the number).
 */
type ValueCells = Map<string, Rect[]>;

function valueCellsOf(tables: readonly TableResult[]): ValueCells {
  const out: ValueCells = new Map();
  const cell = (row: number, col: number): Rect => ({ top: row, bottom: row, left: col, right: col });
  for (const { table } of tables) {
    for (const ind of table.indicators) {
      if (!ind.sign && !ind.unit) continue;
      const parts = [ind.sign, ind.value, ind.unit].filter((x) => x !== undefined).map((x) => cell(x.at.row, x.at.col));
      for (const p of parts) out.set(`${p.top},${p.left}`, parts);
    }
  }
  return out;
}

/** Whether a finding lands on a label's cell (or, for `table`, anywhere in the table). */
function onCell(f: Finding, cell: string, table: Rect, values: ValueCells): boolean {
  if (cell === 'table') return inside(f, table) || overlap(findingRect(f), table) > 0;
  const label = parseA1(cell);
  if (overlap(findingRect(f), label) > 0) return true;
  const parts = f.category === 'value' && !f.cell.includes(':') ? values.get(`${f.row},${f.col}`) : undefined;
  return parts !== undefined && parts.some((p) => overlap(p, label) > 0);
}

/** A finding on the whole located table (its range), which speaks of the table, not of a cell in it. */
function isTableLevel(f: Finding, match: TableResult | undefined): boolean {
  if (match === undefined) return false;
  const a = findingRect(f);
  const b = match.table.range;
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

/** A part's figures before any file is scored (also scripts/retranscribed.ts, per file). */
export function emptyPart(): PartFigures {
  return {
    files: 0,
    projectTables: 0,
    projectTablesLocated: 0,
    otherTables: 0,
    otherTablesNamed: 0,
    defects: 0,
    defectsFound: 0,
    recall: 0,
    falseAlarms: 0,
    falseAlarmsPer10Tables: 0,
    nonProjectFindings: 0,
  };
}

/** The located table that best covers a labelled one (most of the label's cells). */
function bestMatch(label: Rect, tables: readonly TableResult[]): TableResult | undefined {
  let best: TableResult | undefined;
  let bestShare = 0;
  for (const t of tables) {
    const share = overlap(label, t.table.range) / area(label);
    if (share > bestShare) {
      best = t;
      bestShare = share;
    }
  }
  return bestShare >= 0.5 ? best : undefined;
}

function kindOf(t: TableResult): string {
  return (t.table as { kind?: string }).kind ?? 'project';
}

export async function evaluateFile(f: RealFile, bytes: Uint8Array, part: PartFigures, misses: Miss[], falseAlarms: FalseAlarm[]): Promise<void> {
  const [init] = await readWorkbook(bytes);
  const grid = new Grid(init);
  const result = checkSheet(grid);
  const findings = allFindings(result);
  const values = valueCellsOf(result.tables);
  const textOf = (cell: string): string => {
    if (cell === 'table') return '';
    const r = parseA1(cell);
    const a = grid.anchor(r.top, r.left);
    return grid.text(a.row, a.col);
  };
  part.files++;
  const ranges = f.tables.map((t) => parseA1(t.range));
  const claimed = new Set<Finding>();
  f.tables.forEach((t: RealTable, i) => {
    const range = ranges[i];
    const match = bestMatch(range, result.tables);
    if (t.kind !== 'project') {
      part.otherTables++;
      if (match && kindOf(match) !== 'project') part.otherTablesNamed++;
      for (const x of findings) {
        if (!inside(x, range)) continue;
        claimed.add(x);
        if (x.severity !== 'info') part.nonProjectFindings++;
      }
      return;
    }
    part.projectTables++;
    if (match && kindOf(match) === 'project') part.projectTablesLocated++;
    const defects = t.defects ?? [];
    const warnOk = t.warnOk ?? [];
    for (const d of defects) {
      part.defects++;
      const hit = findings.some((x) => x.category === d.category && RANK[x.severity] >= RANK[d.severity] && (d.cell === 'table' || !isTableLevel(x, match)) && onCell(x, d.cell, range, values));
      if (hit) part.defectsFound++;
      else misses.push({ file: f.id, label: d, text: textOf(d.cell), instead: findings.filter((x) => onCell(x, d.cell, range, values)).map((x) => `${x.severity} ${x.rule} ${x.cell}`) });
    }
    for (const x of findings) {
      if (!inside(x, range) && !(overlap(findingRect(x), range) > 0 && x.cell.includes(':'))) continue;
      if (claimed.has(x)) continue;
      claimed.add(x);
      if (x.severity === 'info') continue;
      // A finding on the whole table (its range is the located table's) speaks of the table, not of
      // a cell in it: only a label on the table excuses it, never a defect labelled on one of its cells.
      const tableLevel = isTableLevel(x, match);
      // A finding on a cell that is labelled as a defect is not a false alarm, whatever its category.
      if (!tableLevel && defects.some((d) => d.cell !== 'table' && onCell(x, d.cell, range, values))) continue;
      if (x.cell.includes(':') && defects.some((d) => d.cell === 'table' && d.category === x.category)) continue;
      if (x.severity === 'warning' && warnOk.some((w) => (w.cell === 'table' ? x.cell.includes(':') : !tableLevel) && onCell(x, w.cell, range, values))) continue;
      part.falseAlarms++;
      falseAlarms.push({ file: f.id, finding: x, text: textOf(x.cell.includes(':') ? x.cell.split(':')[0] : x.cell) });
    }
  });
  // Errors and warnings outside every labelled table: a table found where there is none.
  for (const x of findings) {
    if (claimed.has(x) || x.severity === 'info') continue;
    part.falseAlarms++;
    falseAlarms.push({ file: f.id, finding: x, text: '' });
  }
}

function finish(p: PartFigures): PartFigures {
  p.recall = p.defects ? p.defectsFound / p.defects : 1;
  p.falseAlarmsPer10Tables = p.projectTables ? (10 * p.falseAlarms) / p.projectTables : 0;
  return p;
}

export async function evaluateRealCorpus(corpus: RealFile[] = loadRealCorpus(), load = (f: RealFile) => new Uint8Array(readFileSync(join(REAL_XLSX, `${f.id}.xlsx`)))): Promise<RealEvalResult> {
  const res: RealEvalResult = {
    parts: { tune: emptyPart(), holdout: emptyPart() },
    misses: { tune: [], holdout: [] },
    falseAlarms: { tune: [], holdout: [] },
  };
  for (const f of corpus) {
    const s = split(f);
    await evaluateFile(f, load(f), res.parts[s], res.misses[s], res.falseAlarms[s]);
  }
  finish(res.parts.tune);
  finish(res.parts.holdout);
  return res;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatFigures(res: RealEvalResult): string {
  const rows: [string, (p: PartFigures) => string][] = [
    ['files', (p) => String(p.files)],
    ['project tables located', (p) => `${p.projectTablesLocated}/${p.projectTables}`],
    ['recall (defects found)', (p) => `${pct(p.recall)} (${p.defectsFound}/${p.defects})`],
    ['false alarms (per 10 tables)', (p) => `${p.falseAlarms} (${p.falseAlarmsPer10Tables.toFixed(2)})`],
    ['non-project tables named', (p) => `${p.otherTablesNamed}/${p.otherTables}`],
    ['errors/warnings on non-project tables', (p) => String(p.nonProjectFindings)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  const lines = [`${'real corpus'.padEnd(w)}  ${'tune'.padStart(16)}  ${'holdout'.padStart(16)}`];
  for (const [k, fn] of rows) lines.push(`${k.padEnd(w)}  ${fn(res.parts.tune).padStart(16)}  ${fn(res.parts.holdout).padStart(16)}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const res = await evaluateRealCorpus();
  if (!args.includes('--json-only')) {
    console.log(formatFigures(res));
    if (args.includes('--details')) {
      console.log('\nTune part — misses:');
      for (const m of res.misses.tune) console.log(`  ${m.file} ${m.label.cell} [${m.label.category}/${m.label.severity}] ${JSON.stringify(m.text)} — ${m.label.why}${m.instead.length ? ` — instead: ${m.instead.join('; ')}` : ''}`);
      console.log('\nTune part — false alarms:');
      for (const a of res.falseAlarms.tune) console.log(`  ${a.file} ${a.finding.cell} ${a.finding.severity} ${a.finding.rule} ${JSON.stringify(a.text)} — ${a.finding.message}`);
    }
  }
  console.log(JSON.stringify({ tune: res.parts.tune, holdout: res.parts.holdout }));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
  });
}
