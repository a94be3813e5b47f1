/**
 * Whether an annotated copy (`--annotate`) can be made from a workbook without losing or changing
 * what the user wrote. The copy goes through ExcelJS, which is less careful than the checker's
 * lean reader: it inflates every part of the zip with no budget, makes an object for each cell of
 * each merged area, refuses sheet names Excel refuses, and reads some valid files otherwise (a
 * namespace prefix, a Strict file's ISO dates, CDATA). So, before ExcelJS sees a file, its lean
 * read and every part are checked against COPY_LIMITS (bounded work); after, the values ExcelJS
 * read are compared with the checker's, cell by cell. A copy that would differ is not made; the
 * check's own results stand.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, GridInit } from '../../core/engine/grid';
import type { Locale } from '../../core/model';
import { workbookToGrids } from './exceljs-read';
import { COPY_LIMITS, READ_LIMITS } from './limits';
import { readWorkbookDetailed, type LeanWorkbook } from './read';
import { readZipDirectory, ZipError, ZipReader } from './zip';
import { decodeXml, exceljsMisread } from './zip-directory';
import { definedNameCells, statedByWorksheet } from './exceljs-stated';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

export type CopyProblem =
  | { reason: 'too-large'; what: 'inflated' | 'cells' | 'merged' | 'rows' | 'columns' | 'validations' | 'slots' | 'names' | 'marks'; count: number; limit: number }
  | { reason: 'sheet-name'; sheet: string }
  | { reason: 'unreadable' }
  /** A legacy .xls or a web page: ExcelJS reads .xlsx only, so no copy is made. */
  | { reason: 'legacy' }
  /** The check listed only part of the findings (LISTED_FINDINGS_LIMIT): a copy would mark only those. */
  | { reason: 'unlisted'; limit: number }
  | { reason: 'differs'; sheet: string; cell: string };

/** An annotated copy that is not made, and why. */
export class CopyError extends Error {
  constructor(readonly problem: CopyProblem) {
    super(problem.reason);
    this.name = 'CopyError';
  }
}

export type CopyLimits = { [K in keyof typeof COPY_LIMITS]: number };

/** Characters Excel refuses in a sheet name. */
const BAD_NAME = /[\\/?*[\]:]/;

/**
 * The lean read of `bytes`, once the copy is known to fit: every part inflates within the budget,
 * the cells and merged cells are within the limits, every sheet name is one Excel accepts.
 * Throws CopyError, or the FileReadError of a file that cannot be read at all.
 */
export function checkCopyable(bytes: Uint8Array, file: string, limits: CopyLimits = COPY_LIMITS, locale: Locale = 'zh-CN'): LeanWorkbook {
  const book = readWorkbookDetailed(bytes, file, { locale });
  const zip = new ZipReader(bytes, readZipDirectory(bytes), {
    maxInflatedBytes: limits.maxInflatedBytes,
    maxInflateRatio: READ_LIMITS.maxInflateRatio,
    ratioFloorBytes: READ_LIMITS.ratioFloorBytes,
  });
  // An entry ExcelJS would take for another part: the copy would hold another sheet, or ExcelJS crash.
  if (exceljsMisread(zip.entries.keys()) !== undefined) throw new CopyError({ reason: 'unreadable' });
  // What the worksheets' column definitions and data validations make ExcelJS allocate; every
  // worksheet part counts (ExcelJS loads them all, named by a sheet or not).
  let columns = 0;
  let validationCells = 0;
  let rowSlots = 0;
  let nameCells = 0;
  for (const name of zip.entries.keys()) {
    try {
      const data = zip.read(name);
      if (WORKSHEET.test(name) && data) {
        const stated = statedByWorksheet(decodeXml(data));
        columns += stated.columns;
        validationCells += stated.validationCells;
        rowSlots += stated.rowSlots;
      }
      // The workbook's defined names, which ExcelJS keeps cell by cell (ExcelJS reads this part by this name).
      if (name === 'xl/workbook.xml' && data) nameCells += definedNameCells(decodeXml(data));
    } catch (err) {
      if (err instanceof ZipError && (err.reason === 'inflate-total' || err.reason === 'inflate-ratio')) {
        throw new CopyError({ reason: 'too-large', what: 'inflated', count: zip.inflatedBytes + 1, limit: limits.maxInflatedBytes });
      }
      throw new CopyError({ reason: 'unreadable' }); // an encrypted or damaged part the check never needed
    }
  }
  if (columns > limits.maxStatedColumns) throw new CopyError({ reason: 'too-large', what: 'columns', count: columns, limit: limits.maxStatedColumns });
  if (validationCells > limits.maxValidationCells) {
    throw new CopyError({ reason: 'too-large', what: 'validations', count: validationCells, limit: limits.maxValidationCells });
  }
  if (nameCells > limits.maxDefinedNameCells) throw new CopyError({ reason: 'too-large', what: 'names', count: nameCells, limit: limits.maxDefinedNameCells });
  if (rowSlots > limits.maxRowSlots) throw new CopyError({ reason: 'too-large', what: 'slots', count: rowSlots, limit: limits.maxRowSlots });
  if (book.work.cells > limits.maxCells) throw new CopyError({ reason: 'too-large', what: 'cells', count: book.work.cells, limit: limits.maxCells });
  // Each sheet's last row (the snapshot's origin is 0-based).
  let rows = 0;
  for (const g of book.grids) rows += g.values.length === 0 ? 0 : (g.origin?.row ?? 0) + g.values.length;
  if (rows > limits.maxLastRows) throw new CopyError({ reason: 'too-large', what: 'rows', count: rows, limit: limits.maxLastRows });
  if (book.work.mergedCells > limits.maxMergedCells) {
    throw new CopyError({ reason: 'too-large', what: 'merged', count: book.work.mergedCells, limit: limits.maxMergedCells });
  }
  const seen = new Set<string>();
  for (const g of book.grids) {
    const key = g.name.toLowerCase();
    if (g.name === '' || g.name.length > 31 || BAD_NAME.test(g.name) || g.name.startsWith("'") || g.name.endsWith("'") || seen.has(key)) {
      throw new CopyError({ reason: 'sheet-name', sheet: g.name });
    }
    seen.add(key);
  }
  return book;
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return false;
}

function a1(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** The first cell of `b` whose value is not `a`'s (absolute coordinates), or undefined. */
function firstDifference(a: GridInit, b: GridInit): string | undefined {
  const origin = (g: GridInit) => g.origin ?? { row: 0, col: 0 };
  const at = (g: GridInit, r: number, c: number): CellValue | undefined => g.values[r - origin(g).row]?.[c - origin(g).col];
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const o = origin(x);
    for (let r = 0; r < x.values.length; r++) {
      const row = x.values[r];
      for (const k of Object.keys(row)) {
        const c = Number(k);
        const v = row[c];
        if (v === null || v === undefined) continue;
        const R = r + o.row;
        const C = c + o.col;
        if (!same(v, at(y, R, C))) return a1(R, C);
      }
    }
  }
  return undefined;
}

/**
 * Throws CopyError when ExcelJS read the workbook otherwise than the checker: a sheet missing or
 * renamed, or a cell whose value differs. Work: the cells of both reads.
 */
export function checkSameAsRead(book: LeanWorkbook, wb: ExcelJS.Workbook): void {
  const theirs = workbookToGrids(wb);
  for (let i = 0; i < book.grids.length; i++) {
    const ours = book.grids[i];
    const other = theirs[i];
    if (!other || other.name !== ours.name) throw new CopyError({ reason: 'differs', sheet: ours.name, cell: '' });
    const cell = firstDifference(ours, other);
    if (cell !== undefined) throw new CopyError({ reason: 'differs', sheet: ours.name, cell });
  }
  if (theirs.length !== book.grids.length) throw new CopyError({ reason: 'differs', sheet: theirs[book.grids.length].name, cell: '' });
}
