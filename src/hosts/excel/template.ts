/**
 * 插入模板 in Excel: writes the blank template (src/core/review/template.ts, SPEC §7) with Office.js —
 * values, number formats, fonts, alignment, borders, the header fill, merges, widths, heights,
 * dropdown lists and input prompts (data validation), print setup — as the ExcelJS renderer
 * (src/hosts/file/template.ts) does for `perf-target template`.
 *
 * Never overwrites a cell: at the active cell, the area the template needs is checked first (values
 * and formulas, and merged areas that reach into it); if anything is there, a `not-empty`
 * HostError is thrown and nothing is written, so the pane can offer a new sheet instead.
 *
 * Round trips, the same for any number of rows:
 *   1. state: the selection, protection, sheet names, which dropdown names exist;
 *   2. (at the active cell) the check: the target's values and formulas, merged areas, widths;
 *   3. every write, in one batch — so Excel records the insertion as one undo step where it
 *      records add-in changes at all.
 * Newer APIs are detected at run time: dropdowns and prompts need ExcelApi 1.8 (without it the
 * template goes in without them, and a note says so), print setup 1.9, workbook protection 1.7,
 * merged areas 1.13 (without it merges cannot be seen, so only values and formulas are checked).
 */
import { columnName, rectToA1, toA1, type Rect } from '../../core/engine/grid';
import { t } from '../../core/i18n/base';
import '../../core/i18n/template';
import type { Locale } from '../../core/model';
import {
  buildTemplate,
  LIST_SHEET,
  listColumnOffset,
  listColumns,
  listFormula,
  type ListColumn,
  type TemplateOptions,
  type TemplateSpec,
  type TemplateStyle,
  uniqueSheetName,
} from '../../core/review/template';

export { uniqueSheetName };
import { HostError, type TemplateInsertion, type TemplatePlacement } from '../types';
import { parseAreaList, parseReference } from './address';
import { planMergeTiles } from './read';
import type { IsSetSupported } from './types';

export interface InsertEnv {
  locale: Locale;
  isSetSupported: IsSetSupported;
  /** What to write so Excel keeps a text as typed (the host's encodeForWrite). */
  encode: (text: string) => string | number | boolean;
}

/** The API sets the insertion can use. */
export interface TemplateFeatures {
  /** ExcelApi 1.8: dropdown lists and input prompts. */
  validation: boolean;
  /** ExcelApi 1.9: paper size, orientation, fit to width, print area. */
  pageLayout: boolean;
  /** ExcelApi 1.7: whether the workbook structure is protected (no sheet can be added). */
  workbookProtection: boolean;
  /** ExcelApi 1.13: merged areas can be found. */
  mergedAreas: boolean;
}

export function templateFeatures(isSetSupported: IsSetSupported): TemplateFeatures {
  return {
    validation: isSetSupported('ExcelApi', '1.8'),
    pageLayout: isSetSupported('ExcelApi', '1.9'),
    workbookProtection: isSetSupported('ExcelApi', '1.7'),
    mergedAreas: isSetSupported('ExcelApi', '1.13'),
  };
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const BODY_FONT = '宋体';
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;

/** Excel's column width in points for a width in characters (7-pixel digits, 0.75 pt a pixel). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 7) * 0.75;
}

// ---------------------------------------------------------------------------------------------
// Pure planning: which rectangles get which format, validation, name

export interface KeyedCell {
  row: number;
  col: number;
  key: string;
}

/**
 * Covers the cells with as few rectangles as possible for a template: runs of equal keys along a
 * row, then equal runs stacked down. The count depends on the template's shape, not its length.
 */
export function groupRects(cells: readonly KeyedCell[]): { rect: Rect; key: string }[] {
  const byRow = new Map<number, KeyedCell[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const runs: { rect: Rect; key: string }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    for (const c of line) {
      const last = runs[runs.length - 1];
      if (last && last.key === c.key && last.rect.top === row && last.rect.right === c.col - 1) last.rect.right = c.col;
      else runs.push({ rect: { top: row, left: c.col, bottom: row, right: c.col }, key: c.key });
    }
  }
  const out: { rect: Rect; key: string }[] = [];
  for (const run of runs) {
    const above = out.find(
      (o) => o.key === run.key && o.rect.left === run.rect.left && o.rect.right === run.rect.right && o.rect.bottom === run.rect.top - 1,
    );
    if (above) above.rect.bottom = run.rect.bottom;
    else out.push({ rect: { ...run.rect }, key: run.key });
  }
  return out;
}

/** Every cell's style; a merged area takes its top-left cell's, so borders go round it whole. */
export function styleCells(spec: TemplateSpec): KeyedCell[] {
  const styles = new Map<string, string>();
  for (const c of spec.cells) styles.set(`${c.row},${c.col}`, c.style);
  for (const m of spec.merges) {
    const style = styles.get(`${m.top},${m.left}`);
    if (style === undefined) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) styles.set(`${r},${c}`, style);
  }
  return [...styles].map(([at, key]) => {
    const [row, col] = at.split(',').map(Number);
    return { row, col, key };
  });
}

export interface ValidationPlan {
  /** Relative to the template's top-left cell. */
  rect: Rect;
  /** List source (`=PT2015_一级指标`, `=INDIRECT(…)`); none: a prompt only. */
  source?: string;
  prompt?: { title: string; message: string };
}

/** The rectangle grown until no merged area sticks out of it (Excel treats a merged cell whole). */
export function coverMerges(rect: Rect, merges: readonly Rect[]): Rect {
  const r = { ...rect };
  for (let grown = true; grown; ) {
    grown = false;
    for (const m of merges) {
      if (!intersects(m, r) || (m.top >= r.top && m.left >= r.left && m.bottom <= r.bottom && m.right <= r.right)) continue;
      [r.top, r.left, r.bottom, r.right] = [Math.min(r.top, m.top), Math.min(r.left, m.left), Math.max(r.bottom, m.bottom), Math.max(r.right, m.right)];
      grown = true;
    }
  }
  return r;
}

/**
 * Data validation by rectangle, for a template placed with its top-left at (row, col). Each
 * rectangle covers whole merged areas: a validated 指标值 cell is the merged F:G pair, not F alone.
 */
export function validationPlan(spec: TemplateSpec, row: number, col: number): ValidationPlan[] {
  const payloads = new Map<string, Omit<ValidationPlan, 'rect'>>();
  const cells: KeyedCell[] = [];
  for (const c of spec.cells) {
    const source = listFormula(spec, c, row, col, toA1);
    if (!source && !c.prompt) continue;
    const payload = { ...(source ? { source } : {}), ...(c.prompt ? { prompt: c.prompt } : {}) };
    const key = JSON.stringify(payload);
    payloads.set(key, payload);
    cells.push({ row: c.row, col: c.col, key });
  }
  return groupRects(cells).map(({ rect, key }) => ({ rect: coverMerges(rect, spec.merges), ...payloads.get(key) }));
}

/** Column of the list sheet for a scheme's i-th list: the same block as the file renderer uses. */
export function listColumn(spec: TemplateSpec, index: number): number {
  return listColumnOffset(spec.options.scheme) + index;
}

/** The reference a list's name points to: its items below the header. */
export function listReference(spec: TemplateSpec, index: number, items: number): string {
  const letters = columnName(listColumn(spec, index));
  const last = items > 1 ? `:$${letters}$${items + 1}` : '';
  return `='${LIST_SHEET}'!$${letters}$2${last}`;
}

function offset(r: Rect, row: number, col: number): Rect {
  return { top: r.top + row, left: r.left + col, bottom: r.bottom + row, right: r.right + col };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function listText(items: readonly string[], locale: Locale): string {
  const shown = items.slice(0, 3).join(locale === 'zh-CN' ? '、' : ', ');
  if (items.length <= 3) return shown;
  return locale === 'zh-CN' ? `${shown} 等 ${items.length} 处` : `${shown} and ${items.length - 3} more`;
}

// ---------------------------------------------------------------------------------------------
// Round trip 1: the state of the workbook

interface State {
  sheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  selection?: Excel.Range;
  used?: Excel.Range;
  listSheet?: Excel.Worksheet;
  names: { column: ListColumn; index: number; item: Excel.NamedItem }[];
  workbookProtection?: Excel.WorkbookProtection;
}

function queueState(context: Excel.RequestContext, spec: TemplateSpec, where: TemplatePlacement, features: TemplateFeatures): State {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  const state: State = { sheets, active, names: [] };
  if (where === 'active-cell') {
    active.protection.load('protected');
    state.selection = wb.getSelectedRange().load('address');
    state.used = active.getUsedRangeOrNullObject(true).load('address');
  }
  if (features.validation) {
    state.listSheet = sheets.getItemOrNullObject(LIST_SHEET).load('name');
    state.listSheet.protection.load('protected');
    state.names = listColumns(spec).map((column, index) => ({ column, index, item: wb.names.getItemOrNullObject(column.name).load('name') }));
  }
  if (features.workbookProtection) state.workbookProtection = wb.protection.load('protected');
  return state;
}

interface Plan {
  sheet: string;
  origin: { row: number; col: number };
  isNew: boolean;
  /** The lists whose names are missing (written to the list sheet with their names). */
  missing: { column: ListColumn; index: number }[];
  createListSheet: boolean;
}

/** Decides where the template goes, or throws what stops it (protection, no room). */
function planFromState(state: State, spec: TemplateSpec, where: TemplatePlacement, locale: Locale): Plan {
  const missing = state.names.filter((n) => n.item.isNullObject).map(({ column, index }) => ({ column, index }));
  const listSheet = state.listSheet;
  const createListSheet = missing.length > 0 && listSheet !== undefined && listSheet.isNullObject;
  const addsSheet = where === 'new-sheet' || createListSheet;
  if (addsSheet && state.workbookProtection?.protected) throw new HostError('protected', t('template.insert.workbookProtected', locale));
  if (missing.length > 0 && listSheet && !listSheet.isNullObject && listSheet.protection.protected) {
    throw new HostError('protected', t('excel.protected', locale, { sheet: LIST_SHEET }));
  }
  if (where === 'new-sheet') {
    const name = uniqueSheetName(spec.sheetName, state.sheets.items.map((s) => s.name));
    return { sheet: name, origin: { row: 0, col: 0 }, isNew: true, missing, createListSheet };
  }
  const sheet = state.active.name;
  if (state.active.protection.protected) throw new HostError('protected', t('excel.protected', locale, { sheet }));
  const anchor = parseReference((state.selection as Excel.Range).address);
  if (anchor.top + spec.rows > MAX_ROWS || anchor.left + spec.cols > MAX_COLS) {
    const cell = rectToA1({ top: anchor.top, left: anchor.left, bottom: anchor.top, right: anchor.left });
    throw new HostError('not-empty', t('template.insert.noRoom', locale, { cell, rows: spec.rows, cols: spec.cols }));
  }
  return { sheet, origin: { row: anchor.top, col: anchor.left }, isNew: false, missing, createListSheet };
}

// ---------------------------------------------------------------------------------------------
// Round trip 2 (at the active cell): is the target empty?

interface Check {
  target: Excel.Range;
  tiles: Excel.RangeAreas[];
  columns: Excel.Range[];
  rows: { row: number; range: Excel.Range }[];
}

function queueCheck(sheet: Excel.Worksheet, spec: TemplateSpec, rect: Rect, features: TemplateFeatures): Check {
  const target = sheet.getRange(rectToA1(rect)).load('values,formulas');
  // A merged area that reaches into the target starts above or left of its bottom-right corner.
  const tiles = features.mergedAreas
    ? planMergeTiles({ top: 0, left: 0, bottom: rect.bottom, right: rect.right }).map((tile) =>
        sheet.getRange(rectToA1(tile)).getMergedAreasOrNullObject().load('address'),
      )
    : [];
  const columns = spec.columnWidths.map((_, i) => sheet.getRange(rectToA1({ ...rect, left: rect.left + i, right: rect.left + i, bottom: rect.top })).load('format/columnWidth'));
  const rows = Object.keys(spec.rowHeights).map((r) => {
    const row = rect.top + Number(r);
    return { row: Number(r), range: sheet.getRange(rectToA1({ top: row, left: rect.left, bottom: row, right: rect.left })).load('format/rowHeight') };
  });
  return { target, tiles, columns, rows };
}

/** Throws `not-empty` (with which cells and merged areas are in the way) unless the target is empty. */
function assertEmpty(check: Check, rect: Rect, sheet: string, locale: Locale): void {
  const filled: string[] = [];
  check.target.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const formula = check.target.formulas[r][c];
      if (v !== '' || (formula !== '' && formula !== null)) filled.push(rectToA1({ top: rect.top + r, left: rect.left + c, bottom: rect.top + r, right: rect.left + c }));
    }),
  );
  const merged = new Set<string>();
  for (const tile of check.tiles) {
    if (tile.isNullObject) continue;
    for (const area of parseAreaList(tile.address)) if (intersects(area, rect)) merged.add(rectToA1(area));
  }
  if (filled.length === 0 && merged.size === 0) return;
  const details: string[] = [];
  if (filled.length > 0) details.push(t('template.insert.cells', locale, { cells: listText(filled, locale) }));
  if (merged.size > 0) details.push(t('template.insert.merged', locale, { areas: listText([...merged], locale) }));
  const detail = details.join(locale === 'zh-CN' ? '；' : '; ');
  throw new HostError('not-empty', t('template.insert.notEmpty', locale, { sheet, range: rectToA1(rect), detail }));
}

// ---------------------------------------------------------------------------------------------
// Round trip 3: every write

function queueStyle(range: Excel.Range, style: TemplateStyle, rect: Rect): void {
  const f = range.format;
  f.font.name = BODY_FONT;
  f.font.size = style.size;
  f.font.bold = style.bold;
  f.horizontalAlignment = HORIZONTAL[style.horizontal];
  f.verticalAlignment = VERTICAL[style.vertical];
  f.wrapText = style.wrap;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (!style.border) return;
  // Office's enum values as strings: the Excel namespace's enums exist only where office.js is loaded.
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rect.bottom > rect.top) edges.push('InsideHorizontal');
  if (rect.right > rect.left) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = f.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = '#000000';
  }
}

function queueValidation(range: Excel.Range, plan: ValidationPlan, locale: Locale): void {
  const dv = range.dataValidation;
  dv.clear();
  // A prompt needs a rule to hang on; `=TRUE` accepts anything (as the file renderer does).
  dv.rule = plan.source ? { list: { inCellDropDown: true, source: plan.source } } : { custom: { formula: '=TRUE' } };
  if (plan.prompt) dv.prompt = { showPrompt: true, title: plan.prompt.title, message: plan.prompt.message };
  if (plan.source) {
    // A warning, not a stop: names with a weight (产出指标(50分)) and other accepted spellings must stay possible.
    dv.errorAlert = { showAlert: true, style: 'Warning', title: t('template.alert.title', locale), message: t('template.alert.message', locale) };
  }
}

function queueLists(context: Excel.RequestContext, spec: TemplateSpec, plan: Plan, encode: InsertEnv['encode']): void {
  if (plan.missing.length === 0) return;
  const sheets = context.workbook.worksheets;
  const listSheet = plan.createListSheet ? sheets.add(LIST_SHEET) : sheets.getItem(LIST_SHEET);
  if (plan.createListSheet) listSheet.visibility = 'Hidden';
  for (const { column, index } of plan.missing) {
    const c = listColumn(spec, index);
    const values = [column.header, ...column.items].map((v) => [encode(v)]);
    listSheet.getRange(rectToA1({ top: 0, left: c, bottom: values.length - 1, right: c })).values = values;
    context.workbook.names.add(column.name, listReference(spec, index, column.items.length));
  }
}

interface Sizes {
  /** Current widths (points) of the template's columns and heights of its taller rows; absent on a new sheet. */
  columns?: (number | null)[];
  rows?: Map<number, number | null>;
}

/** Widths and heights: set on a new sheet; on the user's sheet only made larger, never smaller. */
function queueSizes(sheet: Excel.Worksheet, spec: TemplateSpec, rect: Rect, sizes: Sizes): void {
  spec.columnWidths.forEach((chars, i) => {
    const points = charsToPoints(chars);
    const now = sizes.columns?.[i];
    if (sizes.columns && now !== null && now !== undefined && now >= points) return;
    sheet.getRange(rectToA1({ top: rect.top, left: rect.left + i, bottom: rect.top, right: rect.left + i })).format.columnWidth = points;
  });
  for (const [r, points] of Object.entries(spec.rowHeights)) {
    const now = sizes.rows?.get(Number(r));
    if (sizes.rows && now !== null && now !== undefined && now >= points) continue;
    const row = rect.top + Number(r);
    sheet.getRange(rectToA1({ top: row, left: rect.left, bottom: row, right: rect.left })).format.rowHeight = points;
  }
}

function queueTemplate(context: Excel.RequestContext, spec: TemplateSpec, plan: Plan, rect: Rect, env: InsertEnv, features: TemplateFeatures, sizes: Sizes, printSetup: boolean): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const sheet = plan.isNew ? sheets.add(plan.sheet) : sheets.getItem(plan.sheet);
  if (features.validation) queueLists(context, spec, plan, env.encode);
  const { row, col } = plan.origin;
  const values: (string | number | boolean)[][] = Array.from({ length: spec.rows }, () => Array<string | number | boolean>(spec.cols).fill(''));
  for (const c of spec.cells) if (c.value !== null) values[c.row][c.col] = env.encode(c.value);
  for (const c of spec.cells) if (c.numberFormat) sheet.getRange(rectToA1(offset({ top: c.row, left: c.col, bottom: c.row, right: c.col }, row, col))).numberFormat = [[c.numberFormat]];
  sheet.getRange(rectToA1(rect)).values = values;
  for (const { rect: r, key } of groupRects(styleCells(spec))) {
    const at = offset(r, row, col);
    queueStyle(sheet.getRange(rectToA1(at)), spec.styles[key as keyof TemplateSpec['styles']], at);
  }
  for (const m of spec.merges) sheet.getRange(rectToA1(offset(m, row, col))).merge(false);
  queueSizes(sheet, spec, rect, sizes);
  if (features.validation) {
    for (const v of validationPlan(spec, row, col)) queueValidation(sheet.getRange(rectToA1(offset(v.rect, row, col))), v, spec.options.locale);
  }
  if (printSetup) {
    const layout = sheet.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = 'Portrait';
    // 0 pages tall: as many as needed (the file format's "automatic"), one page wide.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(rectToA1(rect));
  }
  if (plan.isNew) sheet.activate();
  // The 项目名称 input cell: the first thing to fill in.
  sheet.getRange(rectToA1(offset({ top: 2, left: 1, bottom: 2, right: 1 }, row, col))).select();
  return sheet;
}

// ---------------------------------------------------------------------------------------------

/**
 * Inserts the template; see the file comment for the round trips. Errors other than the
 * HostErrors thrown here are Excel's, for the host to convert.
 */
export async function insertTemplate(context: Excel.RequestContext, options: TemplateOptions, where: TemplatePlacement, env: InsertEnv): Promise<TemplateInsertion> {
  const features = templateFeatures(env.isSetSupported);
  const spec = buildTemplate({ ...options, locale: options.locale ?? env.locale });
  const state = queueState(context, spec, where, features);
  await context.sync();
  const plan = planFromState(state, spec, where, env.locale);
  const rect: Rect = { top: plan.origin.row, left: plan.origin.col, bottom: plan.origin.row + spec.rows - 1, right: plan.origin.col + spec.cols - 1 };
  const sizes: Sizes = {};
  if (!plan.isNew) {
    const check = queueCheck(state.active, spec, rect, features);
    await context.sync();
    assertEmpty(check, rect, plan.sheet, env.locale);
    sizes.columns = check.columns.map((c) => c.format.columnWidth);
    sizes.rows = new Map(check.rows.map(({ row, range }) => [row, range.format.rowHeight]));
  }
  // Print settings belong to the whole sheet: set them only where the template is all there is.
  const printSetup = features.pageLayout && (plan.isNew || (state.used as Excel.Range).isNullObject);
  queueTemplate(context, spec, plan, rect, env, features, sizes, printSetup);
  await context.sync();
  const notes: string[] = [];
  if (!features.validation) notes.push(t('template.insert.noValidation', env.locale));
  if (!features.pageLayout) notes.push(t('template.insert.noPageLayout', env.locale));
  return { sheet: plan.sheet, address: rectToA1(rect), notes };
}
