/**
 * The JSON report of SPEC §6: one document for any number of files. Shared by the command line
 * (`--format json`) and the add-in's export, so both speak the same contract.
 */
import { rectToA1, type HiddenPart } from '../engine/grid';
import { amountIn, readAmount } from '../engine/money';
import type { Field, Finding, MoneyUnit, SchemeId, SheetResult, TableResult, TableKind } from '../model';

export interface FindingReport {
  rule: string;
  category: Finding['category'];
  severity: Finding['severity'];
  cell: string;
  message: string;
  suggestion?: string;
  /** The cell is in a hidden row and/or column (checked all the same); absent when it shows. */
  hidden?: HiddenPart;
}

export interface TableReport {
  range: string;
  /** `project`, or the kind of a table that is not a project target table (not checked as one). */
  kind: TableKind;
  project: string;
  layout: string;
  scheme: SchemeId;
  budget: { total: number | null; fiscal: number | null; other: number | null; unit: MoneyUnit };
  findings: FindingReport[];
}

export interface SheetReport {
  name: string;
  /** The sheet is hidden in the workbook (`veryHidden`: only VBA can show it); its findings are listed all the same. */
  hidden?: 'hidden' | 'veryHidden';
  tables: TableReport[];
  findings: FindingReport[];
  /**
   * Findings the check found on this sheet past the command line's LISTED_FINDINGS_LIMIT for the
   * file, counted by severity but not listed (absent when every finding is listed); the summary counts them.
   */
  unlisted?: { errors: number; warnings: number; infos: number };
}

/**
 * Findings the command line lists for one file. A real table has a few dozen, a workbook of 2,000
 * tables tens of thousands; a small file whose every cell is a bad value has millions, whose
 * messages, lines and JSON took a 20 MB file of 5,000,000 such cells past V8's 4 GB heap (a stack
 * dump after six minutes). Past this many, findings are counted and said to be unlisted.
 */
export const LISTED_FINDINGS_LIMIT = 200_000;

/**
 * Findings one run of the command line lists over all its files: each file's limit is its worker's
 * part of what the run has left, up to LISTED_FINDINGS_LIMIT (src/cli/pool.ts ListingShares). The run holds every file's results until its report is
 * written: 20 files of 400,000 bad cells each would exhaust the main thread's heap with the file
 * limit alone (eight took 2.35 GB, hostile44).
 */
export const RUN_LISTED_FINDINGS_LIMIT = 1_000_000;

export interface FileReport {
  file: string;
  error?: string;
  sheets: SheetReport[];
  /**
   * The findings this file could list when the run's limit (RUN_LISTED_FINDINGS_LIMIT) left it
   * fewer than LISTED_FINDINGS_LIMIT and some went unlisted; absent otherwise.
   */
  listLimit?: number;
}

export interface ReportSummary {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ReportDoc {
  version: 1;
  files: FileReport[];
  summary: ReportSummary;
}

/**
 * A budget amount in the table's unit, as the budget rules read it; null when missing or not a
 * number. An empty 其他资金 is 0.
 */
export function amountOf(field: Field | undefined, unit: MoneyUnit, emptyIsZero = false): number | null {
  const amount = readAmount(field);
  if (amount.kind === 'empty') return emptyIsZero ? 0 : null;
  return amountIn(amount, unit)?.toNumber() ?? null;
}

export function findingReport(f: Finding): FindingReport {
  const out: FindingReport = { rule: f.rule, category: f.category, severity: f.severity, cell: f.cell, message: f.message };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.hidden !== undefined) out.hidden = f.hidden;
  return out;
}

export function tableReport(r: TableResult): TableReport {
  const t = r.table;
  return {
    range: rectToA1(t.range),
    kind: t.kind ?? 'project',
    project: t.projectName?.text.trim() ?? t.titleProject ?? '',
    layout: t.layout,
    scheme: r.scheme,
    budget: {
      total: amountOf(t.budget.total, t.moneyUnit),
      fiscal: amountOf(t.budget.fiscal, t.moneyUnit),
      other: amountOf(t.budget.other, t.moneyUnit, true),
      unit: t.moneyUnit,
    },
    findings: r.findings.map(findingReport),
  };
}

export function sheetReport(s: SheetResult): SheetReport {
  const report: SheetReport = { name: s.name, tables: s.tables.map(tableReport), findings: s.findings.map(findingReport) };
  if (s.unlisted) report.unlisted = { errors: s.unlisted.error, warnings: s.unlisted.warning, infos: s.unlisted.info };
  return report;
}

export function summarize(files: FileReport[]): ReportSummary {
  const summary: ReportSummary = { files: files.length, tables: 0, errors: 0, warnings: 0, infos: 0 };
  const count = (f: FindingReport) => {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  };
  for (const file of files) {
    for (const sheet of file.sheets) {
      summary.tables += sheet.tables.length;
      sheet.tables.forEach((t) => t.findings.forEach(count));
      sheet.findings.forEach(count);
      if (sheet.unlisted) {
        summary.errors += sheet.unlisted.errors;
        summary.warnings += sheet.unlisted.warnings;
        summary.infos += sheet.unlisted.infos;
      }
    }
  }
  return summary;
}

export function buildReport(files: FileReport[]): ReportDoc {
  return { version: 1, files, summary: summarize(files) };
}
