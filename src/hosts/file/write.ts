/**
 * Writes .xlsx workbooks from a plain description (ExcelJS): values laid out like a GridInit, plus
 * merges, number formats, area styles (borders, fonts, alignment, fills), column widths, row
 * heights, notes and data validations. Used by the fixture and sample scripts, the template
 * command and the benchmark. Output is reproducible: the document dates and the zip entries'
 * timestamps are fixed, so the same description always gives the same bytes.
 */
import ExcelJS from 'exceljs';
import './exceljs-patch';
import type { CellAddress, CellValue, Rect } from '../../core/engine/grid';
import { endRecordAt } from './zip-directory';

/** A value to write: a grid value, a date, a formula with its cached result, an error, rich text. */
export type CellInput =
  | CellValue
  | Date
  | { formula: string; result?: CellValue | Date | { error: string } }
  | { error: string }
  | { richText: { text: string; font?: Partial<ExcelJS.Font> }[] }
  | { text: string; hyperlink: string };

export interface StyleSpec {
  font?: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
  /** `'thin'`: a thin black line on all four sides. */
  border?: 'thin' | Partial<ExcelJS.Borders>;
  /** An ARGB colour for a solid fill, or a full ExcelJS fill. */
  fill?: string | ExcelJS.Fill;
  numFmt?: string;
  protection?: Partial<ExcelJS.Protection>;
}

export interface AreaStyle extends StyleSpec {
  /** 0-based absolute, inclusive. Every cell of the area gets the style, empty or not. */
  area: Rect;
}

export interface SheetSpec {
  name: string;
  /** Absolute position of values[0][0] (default A1). */
  origin?: CellAddress;
  /** Row-major values; null or undefined leaves the cell empty. */
  values: (CellInput | undefined)[][];
  /** Number formats, laid out like values. */
  formats?: (string | null | undefined)[][];
  /** Merged areas, 0-based absolute. Must not overlap. */
  merges?: Rect[];
  /** Applied in order; a later area wins property by property (font, alignment, border …). */
  styles?: AreaStyle[];
  /** Font of every written cell, before area styles. */
  font?: Partial<ExcelJS.Font>;
  /** Column widths in characters, by 0-based absolute column. */
  columnWidths?: Record<number, number>;
  /** Row heights in points, by 0-based absolute row. */
  rowHeights?: Record<number, number>;
  /** Rows and columns hidden (0-based absolute), as a user hides them (选中 › 右键 › 隐藏). */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Notes (comments), by 0-based absolute cell. */
  notes?: { row: number; col: number; text: string }[];
  /** Data validations (dropdown lists, input prompts) on every cell of an area. */
  validations?: { area: Rect; rule: ExcelJS.DataValidation }[];
  views?: Partial<ExcelJS.WorksheetView>[];
  state?: ExcelJS.WorksheetState;
  pageSetup?: Partial<ExcelJS.PageSetup>;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Creation and modification date written into the file (default FIXED_DATE). */
  date?: Date;
  creator?: string;
  date1904?: boolean;
}

/** The date written into generated files unless told otherwise, so output never depends on the clock. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Builds an ExcelJS workbook from a description. */
export function buildWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const date = spec.date ?? FIXED_DATE;
  wb.creator = spec.creator ?? 'perf-target';
  wb.lastModifiedBy = wb.creator;
  wb.created = date;
  wb.modified = date;
  if (spec.date1904) (wb.properties as { date1904?: boolean }).date1904 = true;
  for (const sheet of spec.sheets) addSheet(wb, sheet);
  return wb;
}

/** Adds one sheet to a workbook. */
export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, { views: spec.views, state: spec.state, pageSetup: spec.pageSetup });
  const origin = spec.origin ?? { row: 0, col: 0 };
  const styles = collectStyles(spec, origin);

  spec.values.forEach((row, r) => {
    row?.forEach((input, c) => {
      if (input === null || input === undefined) return;
      ws.getCell(origin.row + r + 1, origin.col + c + 1).value = toExcelValue(input);
    });
  });
  styles.forEach((style, key) => {
    ws.getCell(Math.floor(key / COLS) + 1, (key % COLS) + 1).style = style;
  });
  mergeAll(ws, spec.merges ?? []);

  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) ws.getColumn(Number(col) + 1).width = width;
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  for (const row of spec.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  for (const col of spec.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
  for (const note of spec.notes ?? []) ws.getCell(note.row + 1, note.col + 1).note = note.text;
  for (const { area, rule } of spec.validations ?? []) {
    forEachCell(area, (r, c) => {
      ws.getCell(r + 1, c + 1).dataValidation = rule;
    });
  }
  return ws;
}

/** Excel's column limit, used to key cells by row * COLS + col. */
const COLS = 16384;

/** The style of every cell that gets one: written cells (font, number format) and styled areas. */
function collectStyles(spec: SheetSpec, origin: CellAddress): Map<number, Partial<ExcelJS.Style>> {
  const styles = new Map<number, Partial<ExcelJS.Style>>();
  const at = (r: number, c: number): Partial<ExcelJS.Style> => {
    const key = r * COLS + c;
    let s = styles.get(key);
    if (!s) {
      s = spec.font ? { font: { ...spec.font } } : {};
      styles.set(key, s);
    }
    return s;
  };
  spec.values.forEach((row, r) => {
    row?.forEach((input, c) => {
      if (input !== null && input !== undefined && spec.font) at(origin.row + r, origin.col + c);
    });
  });
  spec.formats?.forEach((row, r) => {
    row?.forEach((fmt, c) => {
      if (fmt) at(origin.row + r, origin.col + c).numFmt = fmt;
    });
  });
  for (const area of spec.styles ?? []) {
    forEachCell(area.area, (r, c) => applyStyle(at(r, c), area));
  }
  return styles;
}

function applyStyle(target: Partial<ExcelJS.Style>, spec: StyleSpec): void {
  if (spec.font) target.font = { ...target.font, ...spec.font };
  if (spec.alignment) target.alignment = { ...target.alignment, ...spec.alignment };
  if (spec.border) target.border = { ...target.border, ...(spec.border === 'thin' ? THIN : spec.border) };
  if (spec.fill) target.fill = typeof spec.fill === 'string' ? solidFill(spec.fill) : spec.fill;
  if (spec.numFmt) target.numFmt = spec.numFmt;
  if (spec.protection) target.protection = { ...target.protection, ...spec.protection };
}

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

function forEachCell(area: Rect, fn: (row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c);
}

function toExcelValue(input: CellInput): ExcelJS.CellValue {
  // The union above is a subset of ExcelJS's CellValue, except that ExcelJS types its error and
  // formula-result objects with an enum of error strings; ours are plain strings.
  return input as ExcelJS.CellValue;
}

/** Merges areas (linear in their cells thanks to ./exceljs-patch); overlapping areas throw. */
function mergeAll(ws: ExcelJS.Worksheet, merges: Rect[]): void {
  for (const m of merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

// ---------------------------------------------------------------------------------------------
// Output

/** The workbook as .xlsx bytes with every zip entry stamped `date`, so output is reproducible. */
export async function workbookBytes(wb: ExcelJS.Workbook, date: Date = FIXED_DATE): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as unknown as ArrayBuffer);
  return setZipTimestamps(bytes, date);
}

/**
 * Overwrites the modification time and date of every entry of a zip (local headers and central
 * directory) in place. JSZip stamps entries with the current time; nothing else in the file varies.
 */
export function setZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endRecordAt(bytes);
  if (eocd < 0) throw new Error('Not a zip archive');
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('Bad zip central directory');
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('Bad zip local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Row heights

/** Display width of a text in Excel's character units: CJK and full-width characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Row heights (points) that show all of every wrapped text, estimated from the column widths:
 * Excel fits the height of rows with wrapped text by itself, but never for merged cells, and the
 * tables' goals and use-of-funds cells are merged across the sheet. Only rows that need more
 * than one line are returned.
 */
export function fitRowHeights(spec: SheetSpec, defaultWidth = 9): Record<number, number> {
  const origin = spec.origin ?? { row: 0, col: 0 };
  const widths = spec.columnWidths ?? {};
  const lineHeight = Math.round((spec.font?.size ?? 11) * 1.35 * 4) / 4;
  const mergeAt = new Map<number, Rect>();
  for (const m of spec.merges ?? []) mergeAt.set(m.top * COLS + m.left, m);
  const heights: Record<number, number> = {};
  spec.values.forEach((row, r) => {
    row?.forEach((input, c) => {
      if (typeof input !== 'string') return;
      const top = origin.row + r;
      const left = origin.col + c;
      const m = mergeAt.get(top * COLS + left) ?? { top, left, bottom: top, right: left };
      let chars = 0;
      for (let k = m.left; k <= m.right; k++) chars += widths[k] ?? defaultWidth;
      const usable = Math.max(1, chars - 1);
      const lines = input.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(displayWidth(p) / usable)), 0);
      if (lines <= 1) return;
      const perRow = (lines * lineHeight + 4) / (m.bottom - m.top + 1);
      if (perRow <= lineHeight + 4) return; // fits in the default height
      for (let k = m.top; k <= m.bottom; k++) heights[k] = Math.max(heights[k] ?? 0, Math.ceil(perRow));
    });
  });
  return heights;
}
