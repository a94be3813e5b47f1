/**
 * What the pane shows, computed from results without React: filtering, grouping by sheet and
 * table, and turning failures into a title and a message the user can act on.
 */
import { rectToA1 } from '../core/grid';
import { t } from '../core/i18n';
import type { Category, Finding, Locale, Severity, SheetResult } from '../core/model';
import { HostError } from '../hosts/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const CATEGORIES: readonly Category[] = ['value', 'budget', 'structure', 'content'];

/** The severities and categories shown; a finding is listed when both of its own are in. */
export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  categories: ReadonlySet<Category>;
}

export function showAll(): FindingFilter {
  return { severities: new Set(SEVERITIES), categories: new Set(CATEGORIES) };
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function matchesFilter(f: Finding, filter: FindingFilter): boolean {
  return filter.severities.has(f.severity) && filter.categories.has(f.category);
}

export interface FindingGroup {
  /** Stable within a sheet: `t0`, `t1` … for tables, `outside` for findings outside tables. */
  key: string;
  /** Project name, or the untitled / outside label. */
  title: string;
  /** A1 range of the table; absent for the outside group. */
  range?: string;
  /** Findings that pass the filter. */
  findings: Finding[];
  /** Findings before filtering. */
  total: number;
}

export interface SheetGroup {
  sheet: string;
  groups: FindingGroup[];
}

/**
 * Every table of every sheet (so the user sees which tables were found, even clean ones), then a
 * group for findings outside tables when there are any.
 */
export function groupResults(results: readonly SheetResult[], filter: FindingFilter, locale: Locale): SheetGroup[] {
  return results.map((result) => {
    const groups: FindingGroup[] = result.tables.map((tr) => ({
      key: `t${tr.table.index}`,
      title: tr.table.projectName?.text.trim() || t('pane.table.untitled', locale),
      range: rectToA1(tr.table.range),
      findings: tr.findings.filter((f) => matchesFilter(f, filter)),
      total: tr.findings.length,
    }));
    if (result.findings.length > 0) {
      groups.push({
        key: 'outside',
        title: t('pane.outside', locale),
        findings: result.findings.filter((f) => matchesFilter(f, filter)),
        total: result.findings.length,
      });
    }
    return { sheet: result.name, groups };
  });
}

export interface ErrorText {
  title: string;
  message: string;
}

export interface ErrorContext {
  /** The sheet the failure concerns, when there is one. */
  sheet?: string;
  /** True when the sheet was checked and only writing the marks failed. */
  marksOnly?: boolean;
}

/**
 * A HostError carries a localised message that says what to do; its code picks the title. Any
 * other failure is a bug or an Office failure we did not foresee: say so, with its own text.
 */
export function describeError(error: unknown, locale: Locale, context: ErrorContext = {}): ErrorText {
  let title: string;
  let message: string;
  if (error instanceof HostError) {
    title = t(`pane.error.${error.code}`, locale);
    message = error.message;
  } else {
    title = t('pane.error.unknown', locale);
    const detail = error instanceof Error ? error.message || error.name : String(error);
    message = t('pane.error.unexpected', locale, { detail });
  }
  if (context.marksOnly) message = t('pane.error.marksFailed', locale, { message });
  if (context.sheet !== undefined) title = t('pane.error.onSheet', locale, { sheet: context.sheet, title });
  return { title, message };
}
