/**
 * The optional parts of the stand-in's model in .xlsx files (ExcelJS), for ./xlsx.ts: data
 * validations, defined names, sheet visibility, page setup, column widths and row heights.
 *
 * Office and the file spell some things differently: Office's formulas start with `=` and a
 * typed-out list is `a,b,c`, the file's formulas have no `=` and such a list is `"a,b,c"`;
 * Office's `ignoreBlanks` is the file's `allowBlank`; widths are points in Office and characters
 * in the file. ExcelJS does not read the file's `showDropDown`, so every list has its dropdown.
 */
import type ExcelJS from 'exceljs';
import { parseA1, rectToA1 } from '../core/engine/grid';
import { splitAreas } from '../hosts/excel/address';
import { cellKey, keyToCell, type NamedItemModel, type PageLayoutModel, type SheetModel, type ValidationModel, type WorkbookModel } from './model';

/** ExcelJS's shape of one cell's validation (its typings leave most of it out). */
interface FileValidation {
  type: string;
  formulae?: (string | number | Date)[];
  operator?: string;
  allowBlank?: boolean;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
}

const TYPE_TO_FILE: Record<string, string> = {
  List: 'list',
  Custom: 'custom',
  WholeNumber: 'whole',
  Decimal: 'decimal',
  TextLength: 'textLength',
  Date: 'date',
  Time: 'time',
  None: 'any',
};
const TYPE_FROM_FILE: Record<string, string> = Object.fromEntries(Object.entries(TYPE_TO_FILE).map(([k, v]) => [v, k]));

const PAPER_CODES: Record<string, number> = {
  Letter: 1,
  Tabloid: 3,
  Ledger: 4,
  Legal: 5,
  Statement: 6,
  Executive: 7,
  A3: 8,
  A4: 9,
  A5: 11,
  B4: 12,
  B5: 13,
  Folio: 14,
  Quatro: 15,
  Note: 18,
};

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Office's list source or formula from the file's formula. */
function officeFormula(type: string, f: string | number | Date | undefined): string | undefined {
  if (f === undefined) return undefined;
  const text = f instanceof Date ? f.toISOString() : String(f);
  if (type === 'List' && /^".*"$/.test(text)) return text.slice(1, -1);
  if (type === 'List' || type === 'Custom') return `=${text}`;
  return text;
}

function fileFormula(type: string, f: string | undefined): string | undefined {
  if (f === undefined) return undefined;
  if (type === 'List' && !f.startsWith('=')) return `"${f}"`;
  return f.replace(/^=/, '');
}

export function validationFromFile(v: FileValidation): ValidationModel {
  const type = TYPE_FROM_FILE[v.type] ?? 'Custom';
  const out: ValidationModel = { type, ignoreBlanks: v.allowBlank !== false };
  const [f1, f2] = v.formulae ?? [];
  const formula1 = officeFormula(type, f1);
  const formula2 = officeFormula(type, f2);
  if (formula1 !== undefined) out.formula1 = formula1;
  if (formula2 !== undefined) out.formula2 = formula2;
  if (v.operator && type !== 'List' && type !== 'Custom') out.operator = upperFirst(v.operator);
  if (type === 'List') out.inCellDropDown = true;
  if (v.showInputMessage || v.promptTitle || v.prompt) {
    out.prompt = { showPrompt: v.showInputMessage === true, title: v.promptTitle ?? '', message: v.prompt ?? '' };
  }
  if (v.showErrorMessage !== undefined || v.errorTitle || v.error) {
    out.errorAlert = { showAlert: v.showErrorMessage === true, style: upperFirst(v.errorStyle ?? 'stop'), title: v.errorTitle ?? '', message: v.error ?? '' };
  }
  return out;
}

export function validationToFile(v: ValidationModel): FileValidation {
  const type = TYPE_TO_FILE[v.type] ?? 'custom';
  const out: FileValidation = { type, allowBlank: v.ignoreBlanks };
  const formulae = [fileFormula(v.type, v.formula1), fileFormula(v.type, v.formula2)].filter((f): f is string => f !== undefined);
  if (formulae.length > 0) out.formulae = formulae;
  if (v.operator) out.operator = lowerFirst(v.operator);
  if (v.prompt) Object.assign(out, { showInputMessage: v.prompt.showPrompt, promptTitle: v.prompt.title, prompt: v.prompt.message });
  if (v.errorAlert) {
    Object.assign(out, { showErrorMessage: v.errorAlert.showAlert, errorStyle: lowerFirst(v.errorAlert.style), errorTitle: v.errorAlert.title, error: v.errorAlert.message });
  }
  return out;
}

interface SheetWithValidations {
  dataValidations: { model: Record<string, FileValidation | undefined>; add(address: string, v: FileValidation): void };
}

/** Office's column width (points) from the file's (characters of the default font's digit, 7 px). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 7) * 0.75;
}

export function pointsToChars(points: number): number {
  return Math.round((points / 0.75 / 7) * 100) / 100;
}

export function readSheetExtras(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  if (ws.state === 'hidden') sheet.visibility = 'Hidden';
  if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
  const model = (ws as unknown as SheetWithValidations).dataValidations.model;
  // ExcelJS gives each cell of an area the same object; keep that sharing in the model.
  const shared = new Map<FileValidation, ValidationModel>();
  for (const [address, v] of Object.entries(model)) {
    if (!v) continue;
    const r = parseA1(address);
    let converted = shared.get(v);
    if (!converted) shared.set(v, (converted = validationFromFile(v)));
    (sheet.validations ??= new Map()).set(cellKey(r.top, r.left), converted);
  }
  ws.columns?.forEach((col, i) => {
    if (col.width !== undefined) (sheet.columnWidths ??= new Map()).set(i, charsToPoints(col.width));
  });
  ws.columns?.forEach((col, i) => {
    if (col.hidden) (sheet.hiddenColumns ??= new Set()).add(i);
  });
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined) (sheet.rowHeights ??= new Map()).set(n - 1, row.height);
    if (row.hidden) (sheet.hiddenRows ??= new Set()).add(n - 1);
  });
  const layout = pageLayoutFromSetup(ws.pageSetup);
  if (layout) sheet.pageLayout = layout;
}

/** The parts of ExcelJS's page setup the model keeps; undefined for a sheet with none. */
export interface FilePageSetup {
  paperSize?: number;
  orientation?: string;
  scale?: number;
  fitToPage?: boolean;
  fitToWidth?: number;
  fitToHeight?: number;
  printArea?: string;
}

/** A sheet's page layout from its page setup as ExcelJS reads it (also ./xlsx-lean.ts's reader). */
export function pageLayoutFromSetup(setup: FilePageSetup): PageLayoutModel | undefined {
  const layout: PageLayoutModel = {};
  const paper = Object.entries(PAPER_CODES).find(([, code]) => code === setup.paperSize)?.[0];
  if (paper) layout.paperSize = paper;
  if (setup.fitToPage) layout.zoom = { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 };
  else if (setup.scale !== undefined && setup.scale !== 100) layout.zoom = { scale: setup.scale };
  if (setup.printArea) layout.printArea = setup.printArea.split(/[,\s]+/).filter(Boolean).map((a) => parseA1(a));
  // ExcelJS reports portrait for every sheet: keep the orientation only for a sheet with a page setup.
  if (setup.orientation === 'landscape' || Object.keys(layout).length > 0) layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  return Object.keys(layout).length > 0 ? layout : undefined;
}

export function writeSheetExtras(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  if (sheet.visibility === 'Hidden') ws.state = 'hidden';
  if (sheet.visibility === 'VeryHidden') ws.state = 'veryHidden';
  const shared = new Map<ValidationModel, FileValidation>();
  for (const [key, v] of sheet.validations ?? []) {
    const { row, col } = keyToCell(key);
    let converted = shared.get(v);
    if (!converted) shared.set(v, (converted = validationToFile(v)));
    (ws as unknown as SheetWithValidations).dataValidations.add(rectToA1({ top: row, left: col, bottom: row, right: col }), converted);
  }
  for (const [col, points] of sheet.columnWidths ?? []) ws.getColumn(col + 1).width = pointsToChars(points);
  for (const [row, points] of sheet.rowHeights ?? []) ws.getRow(row + 1).height = points;
  for (const row of sheet.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
  const p = sheet.pageLayout;
  if (!p) return;
  const setup: Partial<ExcelJS.PageSetup> = {};
  if (p.paperSize && PAPER_CODES[p.paperSize]) setup.paperSize = PAPER_CODES[p.paperSize] as ExcelJS.PageSetup['paperSize'];
  if (p.orientation) setup.orientation = p.orientation === 'Landscape' ? 'landscape' : 'portrait';
  if (p.zoom?.scale !== undefined) setup.scale = p.zoom.scale;
  if (p.zoom && (p.zoom.horizontalFitToPages !== undefined || p.zoom.verticalFitToPages !== undefined)) {
    Object.assign(setup, { fitToPage: true, fitToWidth: p.zoom.horizontalFitToPages ?? 0, fitToHeight: p.zoom.verticalFitToPages ?? 0 });
  }
  if (p.printArea) setup.printArea = p.printArea.map((r) => rectToA1(r)).join(',');
  ws.pageSetup = { ...ws.pageSetup, ...setup };
}

/** A sheet-qualified cell or range reference (`'指标列表'!$A$2:$A$4`): the only kind ExcelJS keeps. */
const RANGE_REF = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

/** Defined names the file holds as cell ranges (ExcelJS keeps no other kind). */
export function readNames(wb: ExcelJS.Workbook, model: WorkbookModel): void {
  const names: NamedItemModel[] = wb.definedNames.model.map((d) => ({ name: d.name, formula: `=${d.ranges.join(',')}`, visible: true, comment: '' }));
  if (names.length > 0) model.names = names;
}

/** Writes the names that refer to ranges; others (constants, formulas) ExcelJS cannot write. */
export function writeNames(wb: ExcelJS.Workbook, model: WorkbookModel): void {
  for (const n of model.names ?? []) {
    const refs = splitAreas(n.formula.replace(/^=/, ''));
    if (refs.length === 0 || !refs.every((r) => RANGE_REF.test(r))) continue;
    for (const ref of refs) wb.definedNames.add(ref, n.name);
  }
}
