/**
 * What the pane shows, computed from results without React: filtering, grouping by sheet and
 * table, and turning failures into a title and a message the user can act on.
 */
import { t } from '../core/i18n/base';
import '../core/i18n/pane';
import '../core/i18n/views';
import type { Category, Finding, Locale, Severity, SheetResult } from '../core/model';
import { HostError } from '../hosts/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const CATEGORIES: readonly Category[] = ['value', 'budget', 'structure', 'content'];

/**
 * The filter chips: a pressed chip narrows the list to its kind. Nothing pressed in a row of chips
 * (the start) means that row does not narrow; severities and categories combine with "and".
 */
export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  categories: ReadonlySet<Category>;
}

/** No chip pressed: every finding listed. */
export function noFilter(): FindingFilter {
  return { severities: new Set(), categories: new Set() };
}

export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function matchesFilter(f: Pick<Finding, 'severity' | 'category'>, filter: FindingFilter): boolean {
  return (filter.severities.size === 0 || filter.severities.has(f.severity)) && (filter.categories.size === 0 || filter.categories.has(f.category));
}

/** One row of the findings list: a finding with where it is. */
export interface ListItem {
  sheet: string;
  /** Project name of its table, or the untitled / outside label. */
  table: string;
  finding: Finding;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Every finding as one flat list: errors first, then warnings, then notes; within a severity in
 * sheet order (as checked), then table order, then the engine's order (cell order in the table),
 * findings outside any table after a sheet's tables. A counting sort: linear in the findings.
 */
export function listItems(results: readonly SheetResult[], locale: Locale): ListItem[] {
  const buckets: Record<Severity, ListItem[]> = { error: [], warning: [], info: [] };
  const untitled = t('pane.table.untitled', locale);
  const outside = t('pane.outside', locale);
  for (const result of results) {
    for (const tr of result.tables) {
      const title = tr.table.projectName?.text.trim() || tr.table.titleProject || untitled;
      for (const finding of tr.findings) buckets[finding.severity].push({ sheet: result.name, table: title, finding });
    }
    for (const finding of result.findings) buckets[finding.severity].push({ sheet: result.name, table: outside, finding });
  }
  return [...buckets.error, ...buckets.warning, ...buckets.info];
}

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** How many findings of each kind a chip would show (over every finding, whatever is pressed). */
export function chipCounts(items: readonly ListItem[]): { severities: Record<Severity, number>; categories: Record<Category, number> } {
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const categories: Record<Category, number> = { value: 0, budget: 0, structure: 0, content: 0 };
  for (const { finding } of items) {
    severities[finding.severity] += 1;
    categories[finding.category] += 1;
  }
  return { severities, categories };
}

export function filterItems(items: readonly ListItem[], filter: FindingFilter): ListItem[] {
  if (filter.severities.size === 0 && filter.categories.size === 0) return items as ListItem[];
  return items.filter((it) => matchesFilter(it.finding, filter));
}

export interface ErrorText {
  title: string;
  message: string;
  /** True when part of the pane's code could not be downloaded: trying again may help (a 重试 button). */
  retryable?: boolean;
}

/**
 * A chunk of the pane's code that could not be loaded (the engine, a dialog, a page): the network
 * dropped, or the add-in was redeployed while the pane was open. Webpack names its own such error
 * `ChunkLoadError`; the pane's loaders wrap whatever the import rejected with in this.
 */
export class PartLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message || cause.name : String(cause));
    this.name = 'PartLoadError';
  }
}

/** Whether a failure is a chunk of the pane's code that could not be loaded. */
export function isPartLoadError(error: unknown): boolean {
  return error instanceof PartLoadError || (error instanceof Error && error.name === 'ChunkLoadError');
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
  } else if (isPartLoadError(error)) {
    // Not "unexpected": nothing the user did, and 重试 usually mends it.
    return { title: t('pane.error.load', locale), message: t('pane.error.loadDetail', locale), retryable: true };
  } else {
    title = t('pane.error.unknown', locale);
    const detail = error instanceof Error ? error.message || error.name : String(error);
    message = t('pane.error.unexpected', locale, { detail });
  }
  if (context.marksOnly) message = t('pane.error.marksFailed', locale, { message });
  if (context.sheet !== undefined) title = t('pane.error.onSheet', locale, { sheet: context.sheet, title });
  return { title, message };
}
