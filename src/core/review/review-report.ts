/**
 * The review report of the add-in: every finding of the checked sheets, ignored ones included and
 * flagged, as rows (for the 校验报告 worksheet and the CSV download) and as the command line's JSON
 * document (SPEC §6, src/core/report.ts) for the JSON download.
 *
 * The JSON keeps the command line's contract exactly for `version`, `files` and `summary`, over the
 * findings still to review (as the command line would report them with the same ignore list), and
 * adds one key, `ignored`, listing the ignored findings with their reasons; readers of the contract
 * that do not know the key skip it.
 */
import { rectToA1 } from '../engine/grid';
import { localizeFinding } from '../engine';
import { clipText, ruleName, t } from '../i18n';
import '../i18n/views';
import { applyIgnores, ignoreKey, type IgnoreList } from './ignore';
import type { Category, Finding, Locale, Severity, SheetResult, TableResult } from '../model';
import { buildReport, sheetReport, type ReportDoc } from './report';
import { toCsv } from './csv';

export interface ReviewRow {
  sheet: string;
  /** A1 address of the finding (a range for a whole-table finding). */
  cell: string;
  /** The table: project name and range, or 表格之外. */
  table: string;
  rule: string;
  ruleName: string;
  severity: Severity;
  message: string;
  suggestion: string;
  ignored: boolean;
  reason: string;
}

/** Columns of the report, in order; the cell column holds the link. */
export const REVIEW_COLUMNS = ['sheet', 'cell', 'table', 'rule', 'severity', 'message', 'suggestion', 'ignored', 'reason'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
export const LINK_COLUMN = REVIEW_COLUMNS.indexOf('cell');

export function reviewHeader(locale: Locale = 'zh-CN'): string[] {
  return REVIEW_COLUMNS.map((c) => t(`review.report.column.${c}`, locale));
}

function tableLabel(tr: TableResult, locale: Locale): string {
  const project = tr.table.projectName?.text.trim() || tr.table.titleProject || t('pane.table.untitled', locale);
  // Clipped as a message's quotes are: a project name of 32,767 characters and its range made a
  // cell past Excel's limit, and the report sheet could not be written.
  return t('review.report.table', locale, { project: clipText(project), range: rectToA1(tr.table.range) });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Every finding of the results, errors first, then warnings, then notes; within a severity in
 * sheet, table and finding order; ignored findings after the ones still to review.
 */
export function reviewRows(results: readonly SheetResult[], ignores: IgnoreList, locale: Locale = 'zh-CN'): ReviewRow[] {
  const rows = reviewRowsInOrder(results, ignores, locale);
  // A stable sort: the sheet order within each group stays.
  return rows.sort((a, b) => Number(a.ignored) - Number(b.ignored) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function reviewRowsInOrder(results: readonly SheetResult[], ignores: IgnoreList, locale: Locale): ReviewRow[] {
  const reasons = new Map(ignores.entries.map((e) => [ignoreKey(e.sheet, e.cell, e.rule), e.reason]));
  const rows: ReviewRow[] = [];
  const add = (sheet: string, table: string, f: Finding) => {
    const key = ignoreKey(sheet, f.cell, f.rule);
    const ignored = reasons.has(key);
    rows.push({
      sheet,
      cell: f.cell,
      table,
      rule: f.rule,
      ruleName: ruleName(f.rule, locale) ?? f.rule,
      severity: f.severity,
      message: localizeFinding(f, locale),
      suggestion: f.suggestion ?? '',
      ignored,
      reason: reasons.get(key) ?? '',
    });
  };
  for (const result of results) {
    for (const tr of result.tables) {
      const label = tableLabel(tr, locale);
      for (const f of tr.findings) add(result.name, label, f);
    }
    const outside = t('pane.outside', locale);
    for (const f of result.findings) add(result.name, outside, f);
  }
  return rows;
}

/** One row as the texts of the report's columns. */
export function reviewCells(row: ReviewRow, locale: Locale = 'zh-CN'): string[] {
  return REVIEW_COLUMNS.map((c) => {
    switch (c) {
      case 'rule':
        return `${row.ruleName}（${row.rule}）`;
      case 'severity':
        return t(`pane.severityOne.${row.severity}`, locale);
      case 'ignored':
        return t(row.ignored ? 'review.report.yes' : 'review.report.no', locale);
      default:
        return row[c];
    }
  });
}

/** The CSV download: header and one line per finding. */
export function reviewCsv(results: readonly SheetResult[], ignores: IgnoreList, locale: Locale = 'zh-CN'): string {
  const rows = reviewRows(results, ignores, locale).map((r) => reviewCells(r, locale));
  return toCsv([reviewHeader(locale), ...rows]);
}

export interface IgnoredReport {
  sheet: string;
  cell: string;
  rule: string;
  severity: Severity;
  message: string;
  reason: string;
  at: string;
}

export interface ReviewJson extends ReportDoc {
  ignored: IgnoredReport[];
}

/** The JSON download: the command line's document for one workbook, plus the ignored findings. */
export function reviewJson(results: readonly SheetResult[], ignores: IgnoreList, file: string): ReviewJson {
  const { active, ignored } = applyIgnores(results, ignores);
  const doc = buildReport([{ file, sheets: active.map(sheetReport) }]);
  return {
    ...doc,
    ignored: ignored.map(({ sheet, finding, entry }) => ({
      sheet,
      cell: finding.cell,
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      reason: entry.reason,
      at: entry.at,
    })),
  };
}

export interface ReportFacts {
  /** The workbook's file name, where the host knows it. */
  file?: string;
  /** When the report was made. */
  date: Date;
}

/** The tag in the report's second line that marks a sheet as our report (replaced by the next export). */
export const REPORT_TAG = 'perf-target:report';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The lines above the report's table: title, provenance (with the tag), file, date, scheme(s),
 * counts by severity and by category (over the findings still to review) and the ignored count.
 */
export function reviewPreamble(results: readonly SheetResult[], ignores: IgnoreList, facts: ReportFacts, locale: Locale = 'zh-CN'): string[] {
  const { active, ignored } = applyIgnores(results, ignores);
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const categories: Record<Category, number> = { value: 0, budget: 0, structure: 0, content: 0 };
  const schemes = new Map<string, number>();
  let tables = 0;
  for (const r of active) {
    for (const tr of r.tables) {
      tables += 1;
      const scheme = tr.scheme;
      schemes.set(scheme, (schemes.get(scheme) ?? 0) + 1);
      for (const f of tr.findings) {
        severities[f.severity] += 1;
        categories[f.category] += 1;
      }
    }
    for (const f of r.findings) {
      severities[f.severity] += 1;
      categories[f.category] += 1;
    }
  }
  const d = facts.date;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const scheme = [...schemes.entries()].map(([id, n]) => t('review.report.schemeCount', locale, { scheme: t(`review.report.scheme.${id === '2021' ? '2021' : '2015'}`, locale), count: n })).join('；');
  return [
    t('review.report.title', locale),
    t('review.report.provenance', locale, { tag: REPORT_TAG }),
    t('review.report.file', locale, { file: facts.file ?? t('review.report.workbook', locale) }),
    t('review.report.date', locale, { date }),
    t('review.report.schemes', locale, { schemes: scheme || '—', tables }),
    t('review.report.bySeverity', locale, { errors: severities.error, warnings: severities.warning, infos: severities.info, ignored: ignored.length }),
    t('review.report.byCategory', locale, categories),
  ];
}
