/**
 * The ignore list: findings a reviewer has confirmed or chosen to ignore, per sheet, cell and rule,
 * with an optional reason. It is stored in the workbook (so it travels with the file) and applied
 * to every result: ignored findings are kept apart, not counted and not marked.
 *
 * An entry names a cell, not a value: a finding that comes back on the same cell under the same rule
 * stays ignored even after the value changed. Sheet names compare case-insensitively, as in Excel;
 * a renamed sheet loses its entries (they stay in the list and are shown as no longer matching).
 */
import { parseA1, rectToA1 } from '../engine/grid';
import { t } from '../i18n/base';
import type { Finding, Locale, SheetResult } from '../model';

export interface IgnoreEntry {
  sheet: string;
  /** A1 address as in the finding (`F14`, or a range for a whole-table finding). */
  cell: string;
  rule: string;
  /** Why it is fine; may be empty. */
  reason: string;
  /** When it was ignored: an ISO 8601 date-time. */
  at: string;
}

export interface IgnoreList {
  version: 1;
  entries: IgnoreEntry[];
}

export interface IgnoredFinding {
  sheet: string;
  finding: Finding;
  entry: IgnoreEntry;
}

export interface AppliedIgnores {
  /** The results without ignored findings (tables and sheets in the same order). */
  active: SheetResult[];
  /** Ignored findings, in the order of the results. */
  ignored: IgnoredFinding[];
  /** Entries that match no finding of the results (the finding is gone, or its sheet was not checked). */
  unmatched: IgnoreEntry[];
}

export const IGNORE_VERSION = 1;

export function emptyIgnoreList(): IgnoreList {
  return { version: IGNORE_VERSION, entries: [] };
}

/** `$f$14` and `F14` are the same cell; anything unparsable is kept as written. */
function normalizeCell(cell: string): string {
  try {
    return rectToA1(parseA1(cell));
  } catch {
    return cell.trim().toUpperCase();
  }
}

/** The identity of an entry or a finding: sheet (any case), cell (normalised) and rule. */
export function ignoreKey(sheet: string, cell: string, rule: string): string {
  return `${sheet.toLowerCase()}\u0000${normalizeCell(cell)}\u0000${rule}`;
}

export function entryKey(e: Pick<IgnoreEntry, 'sheet' | 'cell' | 'rule'>): string {
  return ignoreKey(e.sheet, e.cell, e.rule);
}

/** A new entry for a finding; `at` defaults to now. */
export function ignoreEntry(sheet: string, finding: Pick<Finding, 'cell' | 'rule'>, reason = '', at: Date = new Date()): IgnoreEntry {
  return { sheet, cell: normalizeCell(finding.cell), rule: finding.rule, reason: reason.trim(), at: at.toISOString() };
}

/** The list with the entry added; an entry for the same sheet, cell and rule is replaced. */
export function addIgnore(list: IgnoreList, entry: IgnoreEntry): IgnoreList {
  const key = entryKey(entry);
  return { version: IGNORE_VERSION, entries: [...list.entries.filter((e) => entryKey(e) !== key), entry] };
}

/** The list without the entries of the given keys (see entryKey). */
export function removeIgnores(list: IgnoreList, keys: Iterable<string>): IgnoreList {
  const doomed = new Set(keys);
  return { version: IGNORE_VERSION, entries: list.entries.filter((e) => !doomed.has(entryKey(e))) };
}

export function isIgnored(list: IgnoreList, sheet: string, finding: Pick<Finding, 'cell' | 'rule'>): boolean {
  const key = ignoreKey(sheet, finding.cell, finding.rule);
  return list.entries.some((e) => entryKey(e) === key);
}

/**
 * Splits results into what is still to review and what was ignored. Results are not changed.
 *
 * Linear in the findings, and cheap per finding: a finding is keyed (its cell parsed and written
 * again) only when its sheet and its rule are among the entries', so after a check of 50,000
 * findings with a short list (or none) almost none is keyed and nothing is allocated per finding
 * beyond the filtered arrays. The outcome is the same as keying every finding.
 */
export function applyIgnores(results: readonly SheetResult[], list: IgnoreList): AppliedIgnores {
  const byKey = new Map(list.entries.map((e) => [entryKey(e), e]));
  const rules = new Set(list.entries.map((e) => e.rule));
  const sheets = new Set(list.entries.map((e) => e.sheet.toLowerCase()));
  const matched = new Set<string>();
  const ignored: IgnoredFinding[] = [];
  const filter = (sheet: string, findings: readonly Finding[]): Finding[] => {
    if (!sheets.has(sheet.toLowerCase())) return findings.slice();
    const kept: Finding[] = [];
    for (const f of findings) {
      if (!rules.has(f.rule)) {
        kept.push(f);
        continue;
      }
      const key = ignoreKey(sheet, f.cell, f.rule);
      const entry = byKey.get(key);
      if (!entry) {
        kept.push(f);
        continue;
      }
      matched.add(key);
      ignored.push({ sheet, finding: f, entry });
    }
    return kept;
  };
  const active = results.map((r) => ({
    ...r,
    tables: r.tables.map((tr) => ({ ...tr, findings: filter(r.name, tr.findings) })),
    findings: filter(r.name, r.findings),
  }));
  const unmatched = list.entries.filter((e) => !matched.has(entryKey(e)));
  return { active, ignored, unmatched };
}

export function serializeIgnores(list: IgnoreList): string {
  return JSON.stringify({ version: IGNORE_VERSION, entries: list.entries });
}

export interface ParsedIgnores {
  list: IgnoreList;
  /** Why (parts of) the text could not be read; the valid entries are kept. */
  errors: string[];
}

function readEntry(v: unknown): IgnoreEntry | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const e = v as Record<string, unknown>;
  const text = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
  const sheet = text('sheet');
  const cell = text('cell');
  const rule = text('rule');
  const at = text('at');
  if (!sheet || !cell || !rule || !at || Number.isNaN(Date.parse(at))) return undefined;
  return { sheet, cell: normalizeCell(cell), rule, reason: text('reason') ?? '', at };
}

/** Reads what serializeIgnores wrote. Bad entries are dropped and counted in the errors. */
export function parseIgnores(text: string, locale: Locale = 'zh-CN'): ParsedIgnores {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { list: emptyIgnoreList(), errors: [t('review.state.badJson', locale, { detail: (err as Error).message })] };
  }
  const d = doc as { version?: unknown; entries?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.version !== IGNORE_VERSION || !Array.isArray(d.entries)) {
    return { list: emptyIgnoreList(), errors: [t('review.state.badVersion', locale, { version: String(d?.version) })] };
  }
  // One pass with a map (a later entry for the same cell and rule replaces an earlier one, as
  // addIgnore does): adding entries one by one would compare each with all before it.
  const byKey = new Map<string, IgnoreEntry>();
  let bad = 0;
  for (const raw of d.entries) {
    const entry = readEntry(raw);
    if (!entry) {
      bad++;
      continue;
    }
    const key = entryKey(entry);
    byKey.delete(key);
    byKey.set(key, entry);
  }
  const list: IgnoreList = { version: IGNORE_VERSION, entries: [...byKey.values()] };
  return { list, errors: bad > 0 ? [t('review.state.badEntries', locale, { count: bad })] : [] };
}
