/**
 * The ExcelJS reader: .xlsx into sheet snapshots through ExcelJS's DOM. The checking path reads
 * with the lean reader (xlsx-read.ts, through read.ts); this one is kept as the reference the lean
 * reader is proven against (test/hosts/file/parity.test.ts) and for the benchmark's comparison.
 * Nothing on the checking path imports it.
 *
 * Values are kept as Excel holds them (numbers, text, booleans, cached formula results, error
 * strings, dates as serial numbers); the displayed text is rendered from the number format.
 * Conversion is one pass over the stored cells, so it stays linear in the size of the sheet.
 */
import ExcelJS from 'exceljs';
import { loadQuietly } from './exceljs-patch';
import './exceljs-dates';
import { hiddenWithin, snapshotBox, type CellValue, type GridInit, type Rect, type Span } from '../../core/engine/grid';
import { parseA1 } from '../../core/engine/grid';
import { formatCellText } from './numfmt';

/**
 * Worksheet parts the checker never looks at. Skipping them makes loading faster and keeps
 * ExcelJS away from the parts of real files it is known to choke on (odd validations, drawings).
 */
const IGNORED_NODES = [
  'autoFilter',
  'conditionalFormatting',
  'dataValidations',
  'drawing',
  'extLst',
  'headerFooter',
  'pageMargins',
  'pageSetup',
  'picture',
  'printOptions',
  'rowBreaks',
  'sheetProtection',
  'tableParts',
];

// ---------------------------------------------------------------------------------------------
// Loading

/** Loads a workbook with ExcelJS from a path (Node only) or from bytes. */
export async function loadWorkbook(input: string | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = typeof input === 'string' ? await readFileBytes(input) : input;
  const wb = new ExcelJS.Workbook();
  await loadQuietly(wb, bytes, { ignoreNodes: IGNORED_NODES });
  return wb;
}

/** One snapshot per worksheet, in tab order, through ExcelJS. Throws whatever ExcelJS throws. */
export async function readWorkbookExcelJs(input: string | ArrayBuffer | Uint8Array): Promise<GridInit[]> {
  return workbookToGrids(await loadWorkbook(input));
}

/** Converts a loaded workbook: one snapshot per worksheet, in tab order. */
export function workbookToGrids(wb: ExcelJS.Workbook): GridInit[] {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return wb.worksheets.map((ws) => worksheetToGrid(ws, date1904));
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  // Loaded lazily so the browser preview can bundle this module without Node's fs.
  const fs = await import('fs/promises');
  return fs.readFile(path);
}

// ---------------------------------------------------------------------------------------------
// Conversion

interface Collected {
  rows: number[];
  cols: number[];
  values: CellValue[];
  texts: string[];
  formats: (string | undefined)[];
}

/**
 * Converts one worksheet. The origin is the top-left of the cells that hold something; empty rows
 * and columns around them are not materialised. Merged areas whose top-left cell holds a value
 * widen the snapshot to their full extent (a title merged across A:G keeps G in the snapshot).
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): GridInit {
  const cells = collectCells(ws, date1904);
  const merges = worksheetMerges(ws);
  const n = cells.values.length;
  if (n === 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges };

  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  for (let i = 0; i < n; i++) {
    if (cells.rows[i] < top) top = cells.rows[i];
    if (cells.rows[i] > bottom) bottom = cells.rows[i];
    if (cells.cols[i] < left) left = cells.cols[i];
  }

  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const text: (string | null)[][] = Array.from({ length: height }, () => []);
  const formats: (string | null)[][] = Array.from({ length: height }, () => []);
  for (let i = 0; i < n; i++) {
    const r = cells.rows[i] - top;
    const c = cells.cols[i] - left;
    // Rows are ragged: pad only up to the cells a row really has.
    padTo(values[r], c, null)[c] = cells.values[i];
    padTo(text[r], c, null)[c] = cells.texts[i];
    padTo(formats[r], c, null)[c] = cells.formats[i] ?? null;
  }
  widenToMerges(values, merges, top, left);
  const grid: GridInit = { name: ws.name, origin: { row: top, col: left }, values, text, formats, merges };
  const hidden = hiddenParts(ws, snapshotBox(grid));
  if (hidden) grid.hidden = hidden;
  return grid;
}

/**
 * The rows and columns ExcelJS read as hidden, inside the snapshot's box only: rows it holds
 * (findRow makes none) and the columns it made from `<col>` (ExcelJS's own per-column list).
 */
function hiddenParts(ws: ExcelJS.Worksheet, box: Rect): GridInit['hidden'] {
  const rows: number[] = [];
  for (let r = box.top; r <= box.bottom; r++) if (ws.findRow(r + 1)?.hidden) rows.push(r);
  const spans: Span[] = [];
  const columns = (ws.columns as ExcelJS.Column[] | null) ?? [];
  const last = Math.min(box.right, columns.length - 1);
  for (let c = box.left; c <= last; c++) if (columns[c]?.hidden) spans.push({ first: c, last: c });
  return rows.length > 0 || spans.length > 0 ? hiddenWithin(box, rows, spans) : undefined;
}

/** Extends the snapshot to the full extent of every merged area whose top-left cell holds a value. */
function widenToMerges(values: CellValue[][], merges: Rect[], top: number, left: number): void {
  for (const m of merges) {
    const row = values[m.top - top];
    const anchor = row?.[m.left - left];
    if (anchor === undefined || anchor === null) continue;
    while (values.length < m.bottom - top + 1) values.push([]);
    padTo(row, m.right - left + 1, null);
  }
}

function padTo<T>(row: T[], index: number, fill: T): T[] {
  while (row.length < index) row.push(fill);
  return row;
}

function collectCells(ws: ExcelJS.Worksheet, date1904: boolean): Collected {
  const out: Collected = { rows: [], cols: [], values: [], texts: [], formats: [] };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // shows its master's value; the grid follows merges
      const value = cellValue(cell, date1904);
      if (value === null) return;
      const format = normaliseFormat(cell.numFmt);
      out.rows.push(rowNumber - 1);
      out.cols.push(colNumber - 1);
      out.values.push(value);
      out.texts.push(typeof value === 'string' ? value : formatCellText(value, format, date1904));
      out.formats.push(format);
    });
  });
  return out;
}

function normaliseFormat(numFmt: string | undefined): string | undefined {
  return numFmt === undefined || numFmt === '' ? undefined : numFmt;
}

/** The value of a cell as Excel holds it. Formulas give their cached result, never their text. */
export function cellValue(cell: ExcelJS.Cell, date1904 = false): CellValue {
  // ExcelJS's cell.value copies a formula's model and drops falsy results (0, false, ''):
  // cell.result is the cached value itself.
  const raw: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return toCellValue(raw, date1904);
}

/** Converts an ExcelJS value (or formula result) to a grid value. */
export function toCellValue(raw: unknown, date1904 = false): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return dateToSerial(raw, date1904);
  if (typeof raw !== 'object') return null;
  const obj = raw as Record<string, unknown>;
  if (typeof obj.error === 'string') return obj.error;
  if (Array.isArray(obj.richText)) return joinRichText(obj.richText) || null;
  if ('text' in obj) return toCellValue(obj.text, date1904); // hyperlink: its text
  if ('formula' in obj || 'sharedFormula' in obj) return toCellValue(obj.result, date1904);
  return null;
}

function joinRichText(runs: unknown[]): string {
  let s = '';
  for (const run of runs) {
    const text = (run as { text?: unknown } | null)?.text;
    if (typeof text === 'string') s += text;
  }
  return s;
}

/** A JavaScript date from ExcelJS (a UTC instant) back to the serial number stored in the file. */
export function dateToSerial(d: Date, date1904 = false): number {
  // Whole milliseconds over one division: a date-formatted amount 12.53 stays 12.53 (25569 + ms /
  // day gave 12.530000000000655, and a budget equal to its parts to the cent was reported unequal).
  return (d.getTime() + (25569 - (date1904 ? 1462 : 0)) * 86400000) / 86400000;
}

/** Merged areas, 0-based. */
export function worksheetMerges(ws: ExcelJS.Worksheet): Rect[] {
  // The private index is read directly: `ws.model` would serialise every row just to list them.
  const index = (ws as unknown as { _merges?: Record<string, { model?: Partial<Rect> } | undefined> })._merges;
  if (index && typeof index === 'object') {
    const out: Rect[] = [];
    for (const range of Object.values(index)) {
      const m = range?.model;
      if (!m || m.top === undefined || m.left === undefined || m.bottom === undefined || m.right === undefined) continue;
      out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
    return out;
  }
  return ws.model.merges.map((a) => parseA1(a));
}
