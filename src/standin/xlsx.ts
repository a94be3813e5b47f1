/**
 * Loads the stand-in's workbook model from .xlsx data and writes it back (ExcelJS), formatting
 * included, so tests can do what a user does: open a file, let the add-in work, save, reopen.
 * Works on bytes only (no file system), so the browser preview can use it too.
 *
 * Kept: values (dates as serial numbers, cached formula results), formulas, number formats, solid
 * fills, fonts (name, size, bold, italic, colour), the four cell borders, merged areas, sheet
 * protection, the active sheet, and conditional formats (custom formula rules in full, other
 * kinds passed through unchanged); data validations, defined names (ranges), sheet visibility,
 * page setup, column widths and row heights (./xlsx-extras.ts); custom XML parts
 * (./customxml-file.ts). Not kept: other fills,
 * alignment, the "prefix character".
 */
import ExcelJS from 'exceljs';
// The file host's fix for ExcelJS's quadratic merge check (2,000 tables: ~46,000 merged areas).
import '../hosts/file/exceljs-patch';
import { parseA1, rectToA1, type CellValue, type Rect } from '../core/engine/grid';
import {
  createWorkbook,
  cellKey,
  keyToCell,
  addSheet,
  type BorderEdge,
  type CellModel,
  type CellStyle,
  type Color,
  type ConditionalFormatModel,
  type FontModel,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { readNames, readSheetExtras, writeNames, writeSheetExtras } from './xlsx-extras';
import { readCustomXmlParts, writeCustomXmlParts } from './customxml-file';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EDGES: BorderEdge[] = ['top', 'bottom', 'left', 'right'];

/** Office's ConditionalFormatType for each of ExcelJS's rule types. */
const CF_TYPES: Record<string, string> = {
  expression: 'Custom',
  cellIs: 'CellValue',
  colorScale: 'ColorScale',
  dataBar: 'DataBar',
  iconSet: 'IconSet',
  top10: 'TopBottom',
  containsText: 'ContainsText',
  aboveAverage: 'PresetCriteria',
  timePeriod: 'PresetCriteria',
};

// ---------------------------------------------------------------------------------------------
// Colours

export function colorFromXlsx(c: Partial<ExcelJS.Color> | undefined): Color | undefined {
  if (!c) return undefined;
  if (typeof c.argb === 'string' && c.argb.length >= 6) return `#${c.argb.slice(-6).toUpperCase()}`;
  const extra = c as { theme?: number; tint?: number; indexed?: number };
  if (typeof extra.theme === 'number') return extra.tint ? `theme:${extra.theme}:${extra.tint}` : `theme:${extra.theme}`;
  if (typeof extra.indexed === 'number') return `indexed:${extra.indexed}`;
  return undefined;
}

export function colorToXlsx(c: Color): Partial<ExcelJS.Color> {
  const [kind, a, b] = c.split(':');
  if (kind === 'theme') return (b ? { theme: Number(a), tint: Number(b) } : { theme: Number(a) }) as Partial<ExcelJS.Color>;
  if (kind === 'indexed') return { indexed: Number(a) } as Partial<ExcelJS.Color>;
  return { argb: `FF${c.replace('#', '').toUpperCase()}` };
}

// ---------------------------------------------------------------------------------------------
// Reading

function valueFromXlsx(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  // `<v>NaN</v>`, `<v>1e309</v>`, a date ExcelJS could not make: no number a cell can hold. The
  // command line's readers leave such a cell out; the pane read NaN and showed `NaN-NaN-aN`.
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) {
    const serial = (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
    return { value: Number.isFinite(serial) ? serial : null };
  }
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
  if ('error' in v) return { value: v.error };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = valueFromXlsx((v as { result?: ExcelJS.CellValue }).result ?? null).value;
    const formula = (v as { formula?: string }).formula;
    return formula ? { value: result, formula: `=${formula}` } : { value: result };
  }
  if ('text' in v) return { value: String((v as { text: unknown }).text) };
  return { value: null };
}

/**
 * ExcelJS's cell.value copies a formula's model and drops falsy results (0, false, ''); the
 * cached result itself is cell.result, as the file host reads it (src/hosts/file/exceljs-read.ts).
 */
function cellValueFromXlsx(cell: ExcelJS.Cell): { value: CellValue; formula?: string } {
  const read = valueFromXlsx(cell.value);
  if (cell.type !== ExcelJS.ValueType.Formula || read.formula === undefined) return read;
  return { value: valueFromXlsx((cell.result ?? null) as ExcelJS.CellValue).value, formula: read.formula };
}

/** The workbook's default font, which ExcelJS writes for every styled cell: not the user's own. */
function isDefaultFont(font: FontModel): boolean {
  const { name, size, color, bold, italic } = font;
  return name === 'Calibri' && size === 11 && (color === undefined || color === 'theme:1') && !bold && !italic;
}

function styleFromXlsx(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: CellStyle = {};
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = colorFromXlsx(fill.fgColor);
    if (color) style.fill = { color };
  }
  const f = cell.font as Partial<ExcelJS.Font> | undefined;
  if (f) {
    const font: FontModel = {};
    if (f.name !== undefined) font.name = f.name;
    if (f.size !== undefined) font.size = f.size;
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.italic !== undefined) font.italic = f.italic;
    const color = colorFromXlsx(f.color);
    if (color) font.color = color;
    if (Object.keys(font).length > 0 && !isDefaultFont(font)) style.font = font;
  }
  const border = cell.border as Partial<ExcelJS.Borders> | undefined;
  if (border) {
    for (const edge of EDGES) {
      const b = border[edge];
      if (!b?.style) continue;
      const color = colorFromXlsx(b.color);
      style.borders = { ...style.borders, [edge]: color ? { style: b.style, color } : { style: b.style } };
    }
  }
  return Object.keys(style).length > 0 ? style : undefined;
}

/** How far loading has come: ExcelJS's parse first (no rows yet), then each sheet's rows converted. */
export interface LoadProgress {
  phase: 'parsing' | 'converting';
  /** 1-based sheet being converted, of `sheets`. */
  sheet: number;
  sheets: number;
  /** Rows of that sheet converted so far, of `rows`. */
  row: number;
  rows: number;
}

export interface LoadOptions {
  /** Called as loading goes on (at most once per PROGRESS_ROWS rows). */
  onProgress?: (progress: LoadProgress) => void;
}

/** Rows converted between two progress reports. */
const PROGRESS_ROWS = 2000;

function readSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, report?: (row: number, rows: number) => void): void {
  // ExcelJS gives every cell of one cell format the same style object: convert each once, and let
  // those cells share the result (the stand-in never changes a style in place).
  const styles = new Map<object, CellStyle | undefined>();
  const styleOf = (cell: ExcelJS.Cell): CellStyle | undefined => {
    const own = cell.style as object | undefined;
    if (!own) return styleFromXlsx(cell);
    if (!styles.has(own)) styles.set(own, styleFromXlsx(cell));
    return styles.get(own);
  };
  for (let r = 1; r <= ws.rowCount; r++) {
    if (report && r % PROGRESS_ROWS === 0) report(r, ws.rowCount);
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // ExcelJS shows a merged area's value in every cell of it; Excel keeps it in the top-left only.
      const isSlave = cell.isMerged && cell.master.address !== cell.address;
      const { value, formula } = isSlave ? { value: null, formula: undefined } : cellValueFromXlsx(cell);
      const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
      const style = styleOf(cell);
      if (value === null && formula === undefined && !numFmt && !style) continue;
      const model: CellModel = { value };
      if (formula) model.formula = formula;
      if (numFmt) model.numberFormat = numFmt;
      if (style) model.style = style;
      // Each position once (rows and cells in order): a new cell, as setCell would make it.
      sheet.cells.set(cellKey(r - 1, c - 1), model);
    }
  }
  sheet.merges = (ws.model.merges ?? []).map((m) => parseA1(m));
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  sheet.protection.protected = protection?.sheet === true;
  sheet.conditionalFormats = readConditionalFormats(ws);
  readSheetExtras(ws, sheet);
}

/** Ids are given by the caller, once every sheet is read. */
function readConditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatModel[] {
  const blocks = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  const found: { priority: number; cf: ConditionalFormatModel }[] = [];
  for (const block of blocks) {
    const areas = block.ref.split(/\s+/).filter(Boolean).map((a) => parseA1(a));
    for (const rule of block.rules) {
      const cf: ConditionalFormatModel = { id: '', type: CF_TYPES[rule.type] ?? 'Custom', areas, stopIfTrue: false };
      if (rule.type === 'expression') {
        const formula = rule.formulae?.[0];
        cf.formula = `=${String(formula ?? '')}`;
        const fill = rule.style?.fill;
        if (fill && fill.type === 'pattern') {
          const color = colorFromXlsx(fill.bgColor ?? fill.fgColor);
          if (color) cf.fillColor = color;
        }
        const fontColor = colorFromXlsx(rule.style?.font?.color);
        if (fontColor) cf.fontColor = fontColor;
      } else {
        cf.passthrough = rule;
      }
      found.push({ priority: rule.priority ?? Number.MAX_SAFE_INTEGER, cf });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.cf);
}

/** Builds a workbook model from .xlsx bytes. */
export async function modelFromXlsx(data: ArrayBuffer | Uint8Array, options: LoadOptions = {}): Promise<WorkbookModel> {
  const { onProgress } = options;
  onProgress?.({ phase: 'parsing', sheet: 0, sheets: 0, row: 0, rows: 0 });
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings ask for a Node Buffer; in the browser it takes an ArrayBuffer, and in Node a
  // Uint8Array works the same.
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const model = createWorkbook([]);
  const sheets = wb.worksheets.length;
  let index = 0;
  wb.eachSheet((ws) => {
    const sheet = ++index;
    const report = onProgress && ((row: number, rows: number) => onProgress({ phase: 'converting', sheet, sheets, row, rows }));
    report?.(0, ws.rowCount);
    readSheet(ws, addSheet(model, ws.name), report);
  });
  readNames(wb, model);
  for (const sheet of model.sheets) {
    for (const cf of sheet.conditionalFormats) cf.id = `{CF-${String(model.nextId++).padStart(6, '0')}}`;
  }
  const active = wb.views?.[0]?.activeTab;
  model.activeSheet = typeof active === 'number' && active < model.sheets.length ? active : 0;
  const parts = await readCustomXmlParts(data);
  if (parts.length > 0) model.customXmlParts = parts;
  return model;
}

// ---------------------------------------------------------------------------------------------
// Writing

function styleToXlsx(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: colorToXlsx(style.fill.color) };
  if (style.font) {
    const { color, ...rest } = style.font;
    cell.font = color ? { ...rest, color: colorToXlsx(color) } : { ...rest };
  }
  if (style.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const edge of EDGES) {
      const b = style.borders[edge];
      if (b) border[edge] = b.color ? { style: b.style as ExcelJS.BorderStyle, color: colorToXlsx(b.color) } : { style: b.style as ExcelJS.BorderStyle };
    }
    cell.border = border as ExcelJS.Borders;
  }
}

function cfToXlsx(cf: ConditionalFormatModel, priority: number): ExcelJS.ConditionalFormattingOptions {
  const ref = cf.areas.map((a) => rectToA1(a)).join(' ');
  if (cf.passthrough) return { ref, rules: [{ ...(cf.passthrough as ExcelJS.ConditionalFormattingRule), priority }] };
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fillColor) style.fill = { type: 'pattern', pattern: 'solid', bgColor: colorToXlsx(cf.fillColor) };
  if (cf.fontColor) style.font = { color: colorToXlsx(cf.fontColor) };
  return { ref, rules: [{ type: 'expression', priority, formulae: [(cf.formula ?? '=FALSE').replace(/^=/, '')], style }] };
}

async function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetModel): Promise<void> {
  for (const [key, c] of sheet.cells) {
    const { row, col } = keyToCell(key);
    const cell = ws.getCell(row + 1, col + 1);
    if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ''), result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
    else if (c.value !== null) cell.value = c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    styleToXlsx(cell, c.style);
  }
  // Areas the file stated overlapping (sheet.overlappingMerges: kept for the check, as the command
  // line keeps them) are written as Excel repairs them: the first of each overlap only. ExcelJS
  // refuses to merge a merged cell again, so the download failed.
  const merges = sheet.overlappingMerges ? withoutOverlaps(sheet.merges) : sheet.merges;
  for (const m of merges) ws.mergeCells(rectToA1(m));
  // Merging gives every cell of the area the top-left cell's style; put back the others' own.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const own = sheet.cells.get(cellKey(r, c));
        const cell = ws.getCell(r + 1, c + 1);
        cell.style = {};
        styleToXlsx(cell, own?.style);
        if (own?.numberFormat) cell.numFmt = own.numberFormat;
      }
    }
  }
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(cfToXlsx(cf, i + 1)));
  writeSheetExtras(ws, sheet);
  if (sheet.protection.protected) await ws.protect('', {});
}

/** Writes the model as .xlsx bytes. */
export async function modelToXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) await writeSheet(wb.addWorksheet(sheet.name), sheet);
  writeNames(wb, model);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: model.activeSheet, visibility: 'visible' }];
  const out = await wb.xlsx.writeBuffer();
  return writeCustomXmlParts(new Uint8Array(out as ArrayBuffer), model.customXmlParts ?? []);
}

/** Save and reopen: the model as it would come back from the file. */
export async function roundTrip(model: WorkbookModel): Promise<WorkbookModel> {
  return modelFromXlsx(await modelToXlsx(model));
}

/** The areas that overlap none kept before them, in order (work: the cells they cover, which the fast loader bounds). */
function withoutOverlaps(merges: readonly Rect[]): Rect[] {
  const covered = new Set<number>();
  const kept: Rect[] = [];
  for (const m of merges) {
    let free = true;
    for (let r = m.top; r <= m.bottom && free; r++) for (let c = m.left; c <= m.right && free; c++) if (covered.has(cellKey(r, c))) free = false;
    if (!free) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(cellKey(r, c));
    kept.push(m);
  }
  return kept;
}
