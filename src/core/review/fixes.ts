/**
 * Fixes: turning findings' suggested values into writes, and the journal that undoes them.
 *
 * A plan is made from findings and a snapshot of the cells (what the user sees in the preview):
 * one change per cell, the value to write, and every finding that cannot be applied with why.
 * The value written keeps the cell's kind: a suggestion `25.50` for a cell holding the number 25.5
 * is written as a number (its `0.00` format shows the decimals), and `98%` for a cell holding 0.97
 * shown as a percentage is written as 0.98; anywhere else the suggestion is written as text.
 *
 * The journal keeps what every applied batch replaced, so 撤销修复 can put it back even where
 * Excel's own undo does not reach (edits made by an add-in, or after the workbook was reopened).
 * Undo writes a value back only where the cell still holds what the fix wrote: a cell changed
 * since is left alone and reported.
 */
import { toHalfWidth } from '../engine/width';
import { t } from '../i18n/base';
import '../i18n/views';
import type { CellValue } from '../engine/grid';
import type { Finding, Locale } from '../model';

/** What the snapshot shows at a cell. */
export interface CellInfo {
  value: CellValue;
  text: string;
  /** Number format (`General`, `0.00`, `0%`, `@` …). */
  format: string;
}

/** The cell at an absolute 0-based position of a sheet (empty cells too). */
export type CellLookup = (sheet: string, row: number, col: number) => CellInfo;

export interface FixTarget {
  sheet: string;
  finding: Finding;
}

export interface FixChange {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
  row: number;
  col: number;
  rule: string;
  /** The cell's value and text now (from the snapshot). */
  before: CellValue;
  beforeText: string;
  /** The value to write. */
  after: CellValue;
  /** The suggestion as the finding gave it (what the preview shows). */
  afterText: string;
}

export type SkipReason =
  /** The finding has no suggested value. */
  | 'no-suggestion'
  /** A whole-table finding: its address is a range, not a cell. */
  | 'range'
  /** Two findings suggest different values for the same cell. */
  | 'conflict'
  /** The cell already holds the suggested value. */
  | 'unchanged';

export interface FixSkip {
  sheet: string;
  finding: Finding;
  reason: SkipReason;
}

export interface FixPlan {
  changes: FixChange[];
  skipped: FixSkip[];
}

/** True when the finding can be applied with one click: it suggests a value for one cell. */
export function isFixable(f: Pick<Finding, 'suggestion' | 'cell'>): boolean {
  return f.suggestion !== undefined && f.suggestion !== '' && !f.cell.includes(':');
}

const PLAIN_NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PERCENT_NUMBER = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)%$/;

/** A number format that shows numbers (not General, not text). */
function isNumericFormat(format: string): boolean {
  return format !== '@' && !/^general$/i.test(format) && /[0#?]/.test(format.replace(/"[^"]*"/g, ''));
}

function isPercentCell(cell: CellInfo): boolean {
  return /%\s*$/.test(cell.text) || /%/.test(cell.format.replace(/"[^"]*"/g, ''));
}

/** Removes float noise from a division (0.98 rather than 0.9800000000000001). */
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * What to write for a suggestion in a cell: a number where the cell holds (or is formatted for)
 * a number and the suggestion is a plain number or, in a percentage cell, a percentage; else the
 * suggestion as text, exactly as given.
 */
export function valueToWrite(suggestion: string, cell: CellInfo): CellValue {
  const numericCell = typeof cell.value === 'number' || (cell.value === null && isNumericFormat(cell.format));
  if (!numericCell) return suggestion;
  const plain = toHalfWidth(suggestion).replace(/\s+/g, '');
  if (PLAIN_NUMBER.test(plain)) return Number(plain.replace(/,/g, ''));
  const percent = PERCENT_NUMBER.exec(plain);
  if (percent && isPercentCell(cell)) return tidy(Number(percent[1].replace(/,/g, '')) / 100);
  return suggestion;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || (a === null && b === '') || (a === '' && b === null);
}

/**
 * One change per cell from the targets, in the order given. Targets on the same cell that agree
 * make one change; targets that disagree are all skipped as a conflict (no guessing which wins).
 */
export function planFixes(targets: readonly FixTarget[], lookup: CellLookup): FixPlan {
  const skipped: FixSkip[] = [];
  const byCell = new Map<string, { change: FixChange; targets: FixTarget[]; conflict: boolean }>();
  for (const target of targets) {
    const { sheet, finding } = target;
    if (finding.suggestion === undefined || finding.suggestion === '') {
      skipped.push({ sheet, finding, reason: 'no-suggestion' });
      continue;
    }
    if (!isFixable(finding)) {
      skipped.push({ sheet, finding, reason: 'range' });
      continue;
    }
    const key = `${sheet.toLowerCase()}!${finding.cell}`;
    const cell = lookup(sheet, finding.row, finding.col);
    const after = valueToWrite(finding.suggestion, cell);
    const existing = byCell.get(key);
    if (existing) {
      existing.targets.push(target);
      if (!sameValue(existing.change.after, after)) existing.conflict = true;
      continue;
    }
    const change: FixChange = {
      sheet,
      cell: finding.cell,
      row: finding.row,
      col: finding.col,
      rule: finding.rule,
      before: cell.value,
      beforeText: cell.text,
      after,
      afterText: finding.suggestion,
    };
    byCell.set(key, { change, targets: [target], conflict: false });
  }
  const changes: FixChange[] = [];
  for (const { change, targets: group, conflict } of byCell.values()) {
    if (conflict) group.forEach(({ sheet, finding }) => skipped.push({ sheet, finding, reason: 'conflict' }));
    else if (sameValue(change.before, change.after)) group.forEach(({ sheet, finding }) => skipped.push({ sheet, finding, reason: 'unchanged' }));
    else changes.push(change);
  }
  return { changes, skipped };
}

/** Why a finding was left out of a plan, for the preview. */
export function skipText(reason: SkipReason, locale: Locale = 'zh-CN'): string {
  return t(`review.fix.skip.${reason}`, locale);
}

// ---------------------------------------------------------------------------------------------
// The undo journal

export interface JournalEntry {
  sheet: string;
  cell: string;
  /** What the cell held before the fix (null: empty). */
  before: CellValue;
  /** What the fix wrote. */
  after: CellValue;
}

export interface FixBatch {
  /** Unique within the journal. */
  id: string;
  /** When it was applied (ISO 8601). */
  at: string;
  /** The rule of a fix-all, or of the one finding fixed. */
  rule: string;
  entries: JournalEntry[];
}

export interface FixJournal {
  version: 1;
  /** Oldest first; undo takes the last. */
  batches: FixBatch[];
}

export const JOURNAL_VERSION = 1;
/** Batches kept: enough to step back through a review session, small enough to store in the file. */
export const JOURNAL_LIMIT = 20;

export function emptyJournal(): FixJournal {
  return { version: JOURNAL_VERSION, batches: [] };
}

/** The journal with a batch added (and the oldest dropped past the limit). Empty batches are not kept. */
export function recordBatch(journal: FixJournal, batch: FixBatch, limit = JOURNAL_LIMIT): FixJournal {
  if (batch.entries.length === 0) return journal;
  const batches = [...journal.batches, batch];
  return { version: JOURNAL_VERSION, batches: batches.slice(Math.max(0, batches.length - limit)) };
}

export function lastBatch(journal: FixJournal): FixBatch | undefined {
  return journal.batches[journal.batches.length - 1];
}

export function dropLastBatch(journal: FixJournal): FixJournal {
  return { version: JOURNAL_VERSION, batches: journal.batches.slice(0, -1) };
}

/** A write that puts a value back only if the cell still holds `expected`. */
export interface GuardedWrite {
  sheet: string;
  cell: string;
  value: CellValue;
  expected: CellValue;
}

/** The writes that undo a batch, last change first (a cell fixed twice ends as it began). */
export function undoWrites(batch: FixBatch): GuardedWrite[] {
  return [...batch.entries].reverse().map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.before, expected: e.after }));
}

export function serializeJournal(journal: FixJournal): string {
  return JSON.stringify({ version: JOURNAL_VERSION, batches: journal.batches });
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function readBatch(v: unknown): FixBatch | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const b = v as Record<string, unknown>;
  if (typeof b.id !== 'string' || typeof b.at !== 'string' || typeof b.rule !== 'string' || !Array.isArray(b.entries)) return undefined;
  const entries: JournalEntry[] = [];
  for (const raw of b.entries as unknown[]) {
    const e = raw as Record<string, unknown> | null;
    if (!e || typeof e.sheet !== 'string' || typeof e.cell !== 'string' || !isCellValue(e.before) || !isCellValue(e.after)) return undefined;
    entries.push({ sheet: e.sheet, cell: e.cell, before: e.before, after: e.after });
  }
  return { id: b.id, at: b.at, rule: b.rule, entries };
}

/** Reads what serializeJournal wrote. A damaged batch is dropped (never half-undone) and reported. */
export function parseJournal(text: string, locale: Locale = 'zh-CN'): { journal: FixJournal; errors: string[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { journal: emptyJournal(), errors: [t('review.state.badJson', locale, { detail: (err as Error).message })] };
  }
  const d = doc as { version?: unknown; batches?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.version !== JOURNAL_VERSION || !Array.isArray(d.batches)) {
    return { journal: emptyJournal(), errors: [t('review.state.badVersion', locale, { version: String(d?.version) })] };
  }
  const batches: FixBatch[] = [];
  let bad = 0;
  for (const raw of d.batches) {
    const batch = readBatch(raw);
    if (batch) batches.push(batch);
    else bad++;
  }
  return { journal: { version: JOURNAL_VERSION, batches }, errors: bad > 0 ? [t('review.state.badEntries', locale, { count: bad })] : [] };
}
