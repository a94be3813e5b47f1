/**
 * The human format of `perf-target check`: a Chinese table grouped by file, sheet and table,
 * aligned by display width (a Chinese character takes two columns in a terminal).
 */
import '../core/i18n/cli';
import { LISTED_FINDINGS_LIMIT, RUN_LISTED_FINDINGS_LIMIT, type FindingReport, type ReportDoc, type SheetReport, type TableReport } from '../core/review/report';
import type { Locale } from '../core/model';
import { clipText, t } from '../core/i18n';
import { visible } from './safe-text';

/** Terminal columns taken by a string: wide (CJK, full-width) characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      w++; // printable ASCII, the common case: no code point to take apart
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export interface TextOptions {
  color: boolean;
  /** Language of the labels. Default zh-CN. */
  locale?: Locale;
}

function findingLines(findings: FindingReport[], opts: TextOptions, indent: string, emit: (line: string) => void): void {
  if (findings.length === 0) return;
  const locale = opts.locale ?? 'zh-CN';
  // Everything from the workbook is shown escaped: a control character in a cell cannot act on
  // the terminal, and one finding stays on one line (easy to grep).
  // A cell in a hidden row or column says so after its address (E14（隐藏的行）).
  const cells = findings.map((f) => (f.hidden === undefined ? visible(f.cell) : visible(f.cell) + t(`cli.cellHidden.${f.hidden}`, locale)));
  const rules = findings.map((f) => visible(f.rule));
  // Widths once per string (a 2,000-table report has tens of thousands of lines); no spread of
  // a long array into Math.max's arguments.
  const cellWidths = cells.map(displayWidth);
  const ruleWidths = rules.map(displayWidth);
  let cellW = 0;
  let ruleW = 0;
  for (let i = 0; i < findings.length; i++) {
    if (cellWidths[i] > cellW) cellW = cellWidths[i];
    if (ruleWidths[i] > ruleW) ruleW = ruleWidths[i];
  }
  const severities = ['error', 'warning', 'info'] as const;
  const sevText = Object.fromEntries(severities.map((s) => [s, t(`cli.severity.${s}`, locale)])) as Record<(typeof severities)[number], string>;
  const sevW = Math.max(...severities.map((s) => displayWidth(sevText[s])));
  const sevPadded = Object.fromEntries(severities.map((s) => [s, opts.color ? COLORS[s] + padEnd(sevText[s], sevW) + RESET : padEnd(sevText[s], sevW)])) as Record<(typeof severities)[number], string>;
  const fill = (s: string, w: number, width: number): string => (w >= width ? s : s + ' '.repeat(width - w));
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const sev = sevPadded[f.severity];
    const rule = opts.color ? DIM + fill(rules[i], ruleWidths[i], ruleW) + RESET : fill(rules[i], ruleWidths[i], ruleW);
    // A suggestion is whole in JSON (a fix writes it); here a long one is clipped like the quotes.
    const suggestion = f.suggestion !== undefined ? `  ${t('cli.suggest', locale, { value: visible(clipText(f.suggestion)) })}` : '';
    emit(`${indent}${fill(cells[i], cellWidths[i], cellW)}  ${sev}  ${rule}  ${visible(f.message)}${suggestion}`);
  }
}

function tableHeader(tr: TableReport, n: number, locale: Locale): string {
  // Another kind of table has no 项目名称 to miss: its kind is named on the next line.
  const project = tr.project ? visible(clipText(tr.project)) : tr.kind !== 'project' ? '' : t('cli.noProject', locale);
  const head = t('cli.table', locale, { n, range: tr.range, project }).trimEnd();
  if (tr.kind !== 'project') return `${head}\n      ${t(`cli.kind.${tr.kind}`, locale)}`;
  const total = tr.budget.total === null ? '—' : `${tr.budget.total} ${tr.budget.unit}`;
  return `${head}\n      ${t('cli.tableMeta', locale, { layout: tr.layout, scheme: tr.scheme, total })}`;
}

/** True when some finding of the sheet is on a cell in a hidden row or column. */
function hasHiddenCell(sheet: SheetReport): boolean {
  for (const f of sheet.findings) if (f.hidden !== undefined) return true;
  for (const tr of sheet.tables) for (const f of tr.findings) if (f.hidden !== undefined) return true;
  return false;
}

export function formatText(doc: ReportDoc, opts: TextOptions): string {
  const out: string[] = [];
  writeText(doc, opts, (line) => out.push(line));
  return out.join('\n') + '\n';
}

/**
 * The text report line by line (without line ends), for a writer that sends them on as they come:
 * a report of 2,000,000 findings (one small file can hold that many bad cells) was one string of
 * 339 MB beside its lines, and the whole of it held until the end.
 */
export function writeText(doc: ReportDoc, opts: TextOptions, emit: (line: string) => void): void {
  const locale = opts.locale ?? 'zh-CN';
  for (const file of doc.files) {
    emit(visible(file.file));
    if (file.error) {
      // The reason is on stderr, once (SPEC §6); here only where it belongs in the list.
      emit(`  ${t('cli.fileFailed', locale)}`);
      emit('');
      continue;
    }
    for (const sheet of file.sheets) {
      const hidden = sheet.hidden === undefined ? '' : ` ${t(sheet.hidden === 'veryHidden' ? 'cli.sheetVeryHidden' : 'cli.sheetHidden', locale)}`;
      emit(`  ${t('cli.sheet', locale, { name: visible(sheet.name) })}${hidden}`);
      if (sheet.tables.length === 0 && sheet.findings.length === 0) emit(`    ${t('cli.noTables', locale)}`);
      sheet.tables.forEach((tr, i) => {
        emit(`    ${tableHeader(tr, i + 1, locale)}`);
        if (tr.findings.length === 0) emit(`      ${t('cli.noFindings', locale)}`);
        findingLines(tr.findings, opts, '      ', emit);
      });
      if (sheet.findings.length > 0) {
        emit(`    ${t('cli.outside', locale)}`);
        findingLines(sheet.findings, opts, '      ', emit);
      }
      if (sheet.unlisted) {
        const u = sheet.unlisted;
        const counts = { count: (u.errors + u.warnings + u.infos).toLocaleString('en-US'), errors: u.errors.toLocaleString('en-US'), warnings: u.warnings.toLocaleString('en-US'), infos: u.infos.toLocaleString('en-US') };
        // The file's own limit, or the smaller share the run's limit left it (pool.ts ListingShares).
        const note =
          file.listLimit === undefined
            ? t('cli.unlistedNote', locale, { ...counts, limit: LISTED_FINDINGS_LIMIT.toLocaleString('en-US') })
            : t('cli.unlistedNoteRun', locale, { ...counts, limit: file.listLimit.toLocaleString('en-US'), runLimit: RUN_LISTED_FINDINGS_LIMIT.toLocaleString('en-US') });
        emit(`    ${note}`);
      }
      if (hasHiddenCell(sheet)) emit(`    ${t('cli.hiddenCellsNote', locale)}`);
    }
    emit('');
  }
  // Files that could not be read were not checked: "错误 0" alone would read as a clean batch.
  let unread = 0;
  for (const f of doc.files) if (f.error !== undefined) unread++;
  emit(t('cli.summary', locale, { ...doc.summary }) + (unread > 0 ? t('cli.summaryUnread', locale, { count: unread }) : ''));
}
