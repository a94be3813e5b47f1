/**
 * The report worksheet (校验报告): a new sheet with a bold, filled and frozen header row, every
 * cell formatted as text (so `26.50` or `≥98%` stay as written), a link per row to the finding's
 * cell, and column widths. Sync 1 reads the sheet names (and the structure protection); the sheet
 * is then written in chunks of rows, one sync each, to stay under Excel on the web's 5 MB per
 * request; a report of a few hundred findings is one chunk.
 *
 * Links: Range.hyperlink with a document reference (`'绩效表'!F14`) where ExcelApi 1.7 exists; before
 * that a HYPERLINK formula (`=HYPERLINK("#'绩效表'!F14","F14")`), which every Excel follows.
 */
import { columnName, rectToA1 } from '../../core/engine/grid';
import { t } from '../../core/i18n/base';
import '../../core/i18n/views';
import type { Locale } from '../../core/model';
import { uniqueSheetName } from '../../core/review/sheet-names';
import { HostError, type ReportSheet } from '../types';
import type { ReviewCapabilities } from './review-support';

/** Rows per write: about 1,000 rows of nine columns of Chinese text stay far below 5 MB. */
export const REPORT_CHUNK_ROWS = 1000;
export const HEADER_FILL = '#DDEBF7';
export { uniqueSheetName };

/** A reference to a place in the workbook, with the sheet name always quoted. */
export function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function hyperlinkFormula(sheet: string, cell: string): string {
  return `=HYPERLINK("#${documentReference(sheet, cell).replace(/"/g, '""')}","${cell}")`;
}

/** Column width in points for a width in characters (about 7 points per Latin character). */
function points(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** Sheets named like the report (校验报告, 校验报告 (2) …): the only candidates for replacement. */
function reportNamed(name: string, base: string): boolean {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}( \\(\\d+\\))?$`).test(name);
}

export async function insertReport(
  context: Excel.RequestContext,
  report: ReportSheet,
  caps: ReviewCapabilities,
  locale: Locale,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const protection = caps.workbookProtection ? context.workbook.protection.load('protected') : undefined;
  await context.sync();
  if (protection?.protected) throw new HostError('protected', t('review.excel.sheetsLocked', locale));
  // Our earlier report: a sheet named like it whose tag line holds the tag. Only it is replaced.
  const candidates = report.tag === undefined ? [] : sheets.items.filter((s) => reportNamed(s.name, report.name));
  const tagCells = candidates.map((ws) => ({ ws, cell: ws.getRange('A2').load('values') }));
  if (tagCells.length > 0) await context.sync();
  const ours = tagCells.filter(({ cell }) => String(cell.values[0]?.[0] ?? '').includes(report.tag ?? '\u0000')).map(({ ws }) => ws);
  for (const ws of ours) ws.delete();
  const left = sheets.items.filter((s) => !ours.includes(s)).map((s) => s.name);
  const name = uniqueSheetName(report.name, left);
  const ws = sheets.add(name);
  const width = report.header.length;
  const lastCol = columnName(width - 1);
  const preamble = report.preamble ?? [];
  // One blank line between the preamble and the table.
  const headerRow = preamble.length === 0 ? 1 : preamble.length + 2;
  if (preamble.length > 0) {
    const lines = ws.getRange(`A1:A${preamble.length}`);
    lines.numberFormat = preamble.map(() => ['@']);
    lines.values = preamble.map((line) => [line]);
    const title = ws.getRange('A1');
    title.format.font.bold = true;
    title.format.font.size = 14;
    if (preamble.length > 1) ws.getRange('A2').format.font.color = '#666666';
  }
  const header = ws.getRange(`A${headerRow}:${lastCol}${headerRow}`);
  header.numberFormat = [report.header.map(() => '@')];
  header.values = [report.header];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  if (caps.freezePanes) ws.freezePanes.freezeRows(headerRow);
  report.widths?.forEach((w, i) => {
    // A column width set through any one cell applies to the whole column.
    ws.getRange(`${columnName(i)}1`).format.columnWidth = points(w);
  });
  const lastRow = headerRow + report.rows.length;
  for (const c of report.wrap ?? []) {
    if (report.rows.length === 0) break;
    const column = ws.getRange(rectToA1({ top: headerRow, left: c, bottom: lastRow - 1, right: c }));
    column.format.wrapText = true;
    column.format.verticalAlignment = 'Top';
  }
  if (caps.pageLayout) {
    // Ready to file: A4 landscape, one page wide, the header repeated on every page.
    const layout = ws.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = 'Landscape';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(`A1:${lastCol}${lastRow}`);
  }
  ws.activate();
  await context.sync();
  for (let start = 0; start < report.rows.length; start += REPORT_CHUNK_ROWS) {
    queueRows(ws, report, start, Math.min(report.rows.length, start + REPORT_CHUNK_ROWS), caps, locale, headerRow);
    // One sync per chunk of rows keeps each request under the 5 MB limit of Excel on the web.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return name;
}

function queueRows(ws: Excel.Worksheet, report: ReportSheet, from: number, to: number, caps: ReviewCapabilities, locale: Locale, headerRow: number): void {
  const width = report.header.length;
  // headerRow is 1-based and the first data row follows it: 0-based, that is headerRow itself.
  const top = from + headerRow;
  const rows = report.rows.slice(from, to);
  const range = ws.getRange(rectToA1({ top, left: 0, bottom: top + rows.length - 1, right: width - 1 }));
  const { column, targets } = report.links;
  // Text format everywhere, except the link column when links are formulas.
  range.numberFormat = rows.map((_, i) => rows[i].map((__, c) => (c === column && !caps.hyperlinks && targets[from + i] ? 'General' : '@')));
  range.values = rows.map((row, i) => {
    const target = targets[from + i];
    if (!target || caps.hyperlinks) return row;
    return row.map((v, c) => (c === column ? hyperlinkFormula(target.sheet, target.cell) : v));
  });
  if (!caps.hyperlinks) return;
  rows.forEach((row, i) => {
    const target = targets[from + i];
    if (!target) return;
    ws.getRange(rectToA1({ top: top + i, left: column, bottom: top + i, right: column })).hyperlink = {
      documentReference: documentReference(target.sheet, target.cell),
      textToDisplay: row[column],
      screenTip: t('review.excel.hyperlinkTip', locale, { sheet: target.sheet, cell: target.cell }),
    };
  });
}
