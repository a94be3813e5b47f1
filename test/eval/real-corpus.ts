/**
 * The real corpus (test/fixtures/real): loading, validating and splitting the transcribed tables.
 * See test/fixtures/real/README.md for the file format and how the labels were made.
 */
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { parseA1, type CellValue, type Rect } from '../../src/core/engine/grid';

export const REAL_DIR = resolve(__dirname, '..', 'fixtures', 'real');
export const REAL_TABLES = join(REAL_DIR, 'tables');
export const REAL_XLSX = join(REAL_DIR, 'xlsx');

export type TableKind = 'project' | 'department' | 'region' | 'transfer' | 'policy' | 'self-eval' | 'monitor' | 'scoring';
export const TABLE_KINDS: readonly TableKind[] = ['project', 'department', 'region', 'transfer', 'policy', 'self-eval', 'monitor', 'scoring'];
export type LabelSeverity = 'error' | 'warning' | 'info';
export type LabelCategory = 'value' | 'budget' | 'structure' | 'content';

export interface DefectLabel {
  cell: string;
  category: LabelCategory;
  severity: LabelSeverity;
  why: string;
}

export interface WarnOkLabel {
  cell: string;
  why: string;
}

export interface RealTable {
  kind: TableKind;
  range: string;
  project?: string;
  defects?: DefectLabel[];
  warnOk?: WarnOkLabel[];
}

export interface RealFile {
  id: string;
  source: string;
  sourceTitle?: string;
  unit: string;
  province: string;
  year: number;
  system?: string;
  transcription?: string;
  sheet?: string;
  rows: (CellValue | undefined)[][];
  merges?: string[];
  numFmts?: Record<string, string>;
  tables: RealTable[];
}

export type Split = 'tune' | 'holdout';

/**
 * The part a file belongs to, from a hash of its unit's name: every table of one unit falls on
 * the same side, and nobody picks. About 40% of units are held out.
 */
export function split(file: Pick<RealFile, 'unit'>): Split {
  const h = createHash('sha256').update(file.unit.trim(), 'utf8').digest();
  return h[0] % 5 < 2 ? 'holdout' : 'tune';
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Checks a transcribed file for the mistakes a transcriber can make; returns the problems found. */
export function validateRealFile(f: RealFile, fileName: string): string[] {
  const problems: string[] = [];
  const say = (s: string): void => {
    problems.push(`${fileName}: ${s}`);
  };
  if (!/^[a-z0-9-]+$/.test(f.id)) say(`id ${JSON.stringify(f.id)} must be lowercase ascii, digits and '-'`);
  if (fileName !== `${f.id}.json`) say(`file name must be ${f.id}.json`);
  if (!/^https?:\/\//.test(f.source ?? '')) say('source must be the page address');
  if (!f.unit) say('unit is missing');
  if (!f.province) say('province is missing');
  if (!(f.year >= 2010 && f.year <= 2030)) say(`year ${f.year} is out of range`);
  if (!Array.isArray(f.rows) || f.rows.length === 0) say('rows are missing');
  const valid = (a: string): Rect | undefined => {
    try {
      return parseA1(a);
    } catch {
      say(`bad address ${JSON.stringify(a)}`);
      return undefined;
    }
  };
  const merges: Rect[] = [];
  for (const m of f.merges ?? []) {
    const r = valid(m);
    if (!r) continue;
    for (const other of merges) if (overlaps(r, other)) say(`merge ${m} overlaps another merge`);
    merges.push(r);
    // Only the top-left cell of a merge may hold a value.
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        const v = f.rows[row]?.[col];
        if (v !== null && v !== undefined && v !== '') say(`merge ${m} hides a value at row ${row + 1} col ${col + 1}`);
      }
    }
  }
  for (const a of Object.keys(f.numFmts ?? {})) valid(a);
  if (!Array.isArray(f.tables) || f.tables.length === 0) say('tables are missing');
  for (const t of f.tables ?? []) {
    if (!TABLE_KINDS.includes(t.kind)) say(`unknown table kind ${JSON.stringify(t.kind)}`);
    const range = valid(t.range);
    if (t.kind !== 'project' && (t.defects?.length || t.warnOk?.length)) say(`${t.range}: only project tables carry defect labels`);
    for (const d of [...(t.defects ?? []), ...(t.warnOk ?? [])]) {
      if (d.cell === 'table') continue;
      const r = valid(d.cell);
      if (r && range && !overlaps(r, range)) say(`label ${d.cell} lies outside its table ${t.range}`);
    }
    for (const d of t.defects ?? []) {
      if (!['value', 'budget', 'structure', 'content'].includes(d.category)) say(`${d.cell}: unknown category ${d.category}`);
      if (!['error', 'warning', 'info'].includes(d.severity)) say(`${d.cell}: unknown severity ${d.severity}`);
    }
  }
  return problems;
}

/** Every transcribed file, sorted by id. Throws on a malformed file. */
export function loadRealCorpus(dir = REAL_TABLES): RealFile[] {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const out: RealFile[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const f = JSON.parse(readFileSync(join(dir, name), 'utf8')) as RealFile;
    problems.push(...validateRealFile(f, name));
    out.push(f);
  }
  if (problems.length) throw new Error(`The real corpus has problems:\n${problems.join('\n')}`);
  return out;
}
