/**
 * Renders the blank template (src/core/review/template.ts) into an ExcelJS workbook: values, styles,
 * merges, widths, number formats, dropdown lists (the 二级 list follows the 一级 through
 * INDIRECT over named lists on a hidden sheet), input prompts and A4 fit-to-width printing.
 */
import ExcelJS from 'exceljs';
import { toA1, columnName } from '../../core/engine/grid';
import { LIST_SHEET, listColumnOffset, listColumns, listFormula, type TemplateSpec, type TemplateStyle } from '../../core/review/template';
import { FIXED_DATE } from './write';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BODY_FONT = '宋体';

function applyStyle(cell: ExcelJS.Cell, style: TemplateStyle): void {
  cell.font = { name: BODY_FONT, size: style.size, bold: style.bold };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
}

/** Adds (or reuses) the hidden list sheet and the workbook names the dropdowns point to. */
export function ensureLists(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = wb.getWorksheet(LIST_SHEET) ?? wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  const columns = listColumns(spec);
  const offset = listColumnOffset(spec.options.scheme);
  columns.forEach((col, i) => {
    const c = offset + i;
    ws.getCell(1, c + 1).value = col.header;
    col.items.forEach((item, j) => (ws.getCell(j + 2, c + 1).value = item));
    const letters = columnName(c);
    wb.definedNames.add(`'${LIST_SHEET}'!$${letters}$2:$${letters}$${col.items.length + 1}`, col.name);
  });
}

/** Writes the template onto a worksheet with its top-left at (originRow, originCol), 0-based. */
export function renderTemplate(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, spec: TemplateSpec, originRow = 0, originCol = 0): void {
  ensureLists(wb, spec);
  for (const tc of spec.cells) {
    const cell = ws.getCell(originRow + tc.row + 1, originCol + tc.col + 1);
    if (tc.value !== null) cell.value = tc.value;
    applyStyle(cell, spec.styles[tc.style]);
    if (tc.numberFormat) cell.numFmt = tc.numberFormat;
    const formula = listFormula(spec, tc, originRow, originCol, toA1);
    if (formula || tc.prompt) {
      cell.dataValidation = {
        type: formula ? 'list' : 'custom',
        allowBlank: true,
        formulae: [formula ? formula.slice(1) : 'TRUE'],
        showErrorMessage: false,
        showInputMessage: !!tc.prompt,
        ...(tc.prompt ? { promptTitle: tc.prompt.title, prompt: tc.prompt.message } : {}),
      };
    }
  }
  for (const m of spec.merges) {
    ws.mergeCells(originRow + m.top + 1, originCol + m.left + 1, originRow + m.bottom + 1, originCol + m.right + 1);
  }
  spec.columnWidths.forEach((w, i) => (ws.getColumn(originCol + i + 1).width = w));
  for (const [r, h] of Object.entries(spec.rowHeights)) ws.getRow(originRow + Number(r) + 1).height = h;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: spec.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `${toA1(originRow, originCol)}:${toA1(originRow + spec.rows - 1, originCol + spec.cols - 1)}`,
  };
}

/** A new workbook holding only the template, on a sheet named after the project. */
export async function templateWorkbookBytes(spec: TemplateSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'perf-target';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ showGridLines: true }] });
  renderTemplate(wb, ws, spec);
  // The list sheet was added after the template sheet: keep the template first and active.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
