/**
 * Marks are conditional formats tagged as ours (ExcelApi 1.6). A conditional format only paints
 * over the cell: the value and the user's own formatting are never touched, so deleting our
 * formats brings back exactly what the user had. The tag is a string inside the rule's formula,
 * so it is saved in the file and our marks are still recognised after saving and reopening.
 *
 * The formula `=AND(TRUE,"perf-target:error"<>"")` is always true and has no cell references, so it
 * behaves the same wherever Excel moves or copies it. Only the fill is set (no font change).
 * Marks are grouped by severity into a few formats over many areas (RangeAreas, 1.9); error is
 * added last, so it has the top priority where a cell has several marks.
 */
import type { Severity } from '../../core/model';
import type { MarkTarget } from '../types';
import { joinAddresses, normalizeAddress } from './address';

export const MARK_TAG = 'perf-target';

export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** Lowest priority first: each added format goes on top of the ones before. */
const ADD_ORDER: readonly Severity[] = ['info', 'warning', 'error'];

/** Longest area list per conditional format. Excel rejects very long references; this stays far below. */
export const MAX_AREA_LIST_CHARS = 2000;

export function markFormula(severity: Severity): string {
  return `=AND(TRUE,"${MARK_TAG}:${severity}"<>"")`;
}

export const TAG_RE = new RegExp(`"${MARK_TAG}:(error|warning|info)"`);

/** The severity of one of our mark formulas, or undefined for anyone else's formula. */
export function markSeverity(formula: string | null | undefined): Severity | undefined {
  const m = formula ? TAG_RE.exec(formula) : null;
  return m ? (m[1] as Severity) : undefined;
}

export interface MarkGroup {
  severity: Severity;
  fill: string;
  /** Distinct normalised addresses, in the order given. */
  addresses: string[];
}

/** A cell address already in the form normalizeAddress gives (`F14`): most targets are. */
const PLAIN_CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Groups targets by severity, lowest priority first, dropping repeated cells. */
export function groupTargets(targets: readonly MarkTarget[]): MarkGroup[] {
  const bySeverity = new Map<Severity, Set<string>>();
  for (const target of targets) {
    const set = bySeverity.get(target.severity) ?? new Set<string>();
    set.add(PLAIN_CELL.test(target.cell) ? target.cell : normalizeAddress(target.cell));
    bySeverity.set(target.severity, set);
  }
  return ADD_ORDER.filter((s) => bySeverity.has(s)).map((severity) => ({
    severity,
    fill: MARK_FILL[severity],
    addresses: [...(bySeverity.get(severity) as Set<string>)],
  }));
}

function style(cf: Excel.ConditionalFormat, group: MarkGroup): void {
  cf.custom.rule.formula = markFormula(group.severity);
  cf.custom.format.fill.color = group.fill;
}

/** Queues our formats: one per severity and area list with RangeAreas, else one per cell. */
export function queueMarks(sheet: Excel.Worksheet, groups: readonly MarkGroup[], rangeAreas: boolean): number {
  let count = 0;
  for (const group of groups) {
    if (rangeAreas) {
      for (const list of joinAddresses(group.addresses, MAX_AREA_LIST_CHARS)) {
        style(sheet.getRanges(list).conditionalFormats.add('Custom'), group);
        count++;
      }
    } else {
      for (const address of group.addresses) {
        style(sheet.getRange(address).conditionalFormats.add('Custom'), group);
        count++;
      }
    }
  }
  return count;
}
