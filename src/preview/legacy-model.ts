/**
 * A legacy .xls (BIFF8), a web page saved as .xls (HTML or a single-file .mht page), an Excel 2003
 * XML Spreadsheet or a CSV/TSV text in the preview: read by the command line's own readers
 * (src/hosts/file/legacy-read.ts: cfb.ts + xls-read.ts, html-read.ts, xml2003-read.ts, csv-read.ts,
 * under READ_LIMITS), so the preview checks the grid, merged areas and
 * shown numbers the command line checks, and turned into the stand-in's workbook model the way
 * the fast .xlsx loader fills it (src/standin/xlsx-lean.ts): a cell per value with its number
 * format, the merged areas, the sheets' visibility. What the readers refuse (encrypted, BIFF5, a
 * damaged compound file, a page without a table, a sheet past a limit) becomes an OpenError with
 * the command line's line naming the file, in the user's language: never a library's English.
 *
 * Browser-safe: the readers import no Node API (the webpack config keeps `node:zlib`, which only
 * the .xlsx zip reader behind xlsx-read.ts uses, out of the browser bundles: test/preview/legacy-open.test.ts).
 * Nothing here formats a number: the stand-in shows a number under its format as for an .xlsx.
 */
import { ERROR_VALUES, type GridInit } from '../core/engine/grid';
import { t, type TextKey } from '../core/i18n';
import '../core/i18n/file-host';
import '../core/i18n/preview';
import type { Locale } from '../core/model';
import { LegacyReadError, readLegacy, type LegacyBook, type LegacyKind } from '../hosts/file/legacy-read';
import { READ_LIMITS } from '../hosts/file/limits';
import { XlsxError, type LeanLimits } from '../hosts/file/xlsx-parse';
import { addSheet, cellKey, createWorkbook, type CellModel, type WorkbookModel } from '../standin/model';
import type { LoadOptions } from '../standin/xlsx';
import { OpenError } from './open-error';

export type { LegacyKind } from '../hosts/file/legacy-read';

const count = (n: number | string) => Number(n).toLocaleString('en-US');

/** A reader's refusal as the command line words it (src/hosts/file/read.ts), naming the file. */
function refusal(err: unknown, name: string, locale: Locale, limits: LeanLimits): OpenError | undefined {
  const say = (code: OpenError['code'], key: TextKey, data: Record<string, string> = {}) => new OpenError(code, t(key, locale, { file: name, name, ...data }), err);
  if (err instanceof LegacyReadError) return say(err.code === 'encrypted' || err.code === 'not-xlsx' || err.code === 'empty' ? err.code : 'corrupt', err.key, err.data);
  if (!(err instanceof XlsxError)) return undefined;
  const sheet = err.detail.sheet ?? '';
  switch (err.reason) {
    case 'row-limit':
      return say('corrupt', 'file.rowLimit', { sheet, row: count(err.detail.row ?? 0), limit: count(limits.maxRows) });
    case 'column-limit':
      return say('corrupt', 'file.columnLimit', { sheet, limit: count(limits.maxColumns) });
    case 'cell-chars':
      return say('corrupt', 'file.cellChars', { sheet, length: count(err.detail.length ?? 0), limit: count(limits.maxCellChars) });
    case 'sheet-cells':
      return say('too-large', 'file.sheetCells', { sheet, limit: count(limits.maxCellsPerSheet) });
    case 'sheet-text':
      return say('too-large', 'preview.error.sheetText', { sheet, limit: count(limits.maxTextCharsPerSheet) });
    case 'merged-rows':
      return say('too-large', 'file.sheetMerges', { sheet, limit: count(limits.maxMergedRows) });
    case 'too-many-sheets':
      return say('too-large', 'file.tooManySheets', { limit: count(limits.maxSheets) });
    case 'workbook-too-large': {
      const limit = count(err.detail.limit ?? 0);
      if (err.detail.what === 'cells') return say('too-large', 'preview.error.cells', { limit });
      if (err.detail.what === 'rows') return say('too-large', 'preview.error.rows', { limit });
      if (err.detail.what === 'text') return say('too-large', 'preview.error.workbookText', { limit });
      return say('too-large', 'preview.error.workbookMerges', { limit });
    }
    default:
      return say('corrupt', 'file.corrupt');
  }
}

/**
 * The stand-in's model of the snapshots the readers give: each value in its cell at the snapshot's
 * origin, with the number format the reader found for it (the stand-in shows the number under it,
 * as the command line's snapshot text does), the merged areas, hidden sheets, rows and columns hidden.
 */
export function modelFromBook(book: LegacyBook, onProgress?: LoadOptions['onProgress']): WorkbookModel {
  const model = createWorkbook([]);
  const sheets = book.grids.length;
  book.grids.forEach((grid: GridInit, i) => {
    const sheet = addSheet(model, grid.name);
    const state = book.states[i];
    if (state === 'hidden') sheet.visibility = 'Hidden';
    else if (state === 'veryHidden') sheet.visibility = 'VeryHidden';
    // Hidden rows and columns (inside the snapshot), so the pane's findings on them say so.
    if (grid.hidden?.rows.length) sheet.hiddenRows = new Set(grid.hidden.rows);
    if (grid.hidden?.cols.length) sheet.hiddenColumns = new Set(grid.hidden.cols);
    const top = grid.origin?.row ?? 0;
    const left = grid.origin?.col ?? 0;
    const rows = grid.values.length;
    onProgress?.({ phase: 'converting', sheet: i + 1, sheets, row: 0, rows });
    for (let r = 0; r < rows; r++) {
      const values = grid.values[r];
      const formats = grid.formats?.[r];
      for (let c = 0; c < values.length; c++) {
        const value = values[c];
        if (value === null || value === undefined || value === '') continue;
        const cell: CellModel = { value };
        const format = formats?.[c];
        if (format && format !== 'General') cell.numberFormat = format;
        // An error the file holds as one (a formula's cached #N/A, an error cell) is an error value in Excel too.
        if (typeof value === 'string' && ERROR_VALUES.has(value) && (book.format === 'xls' || book.format === 'xml2003')) cell.isError = true;
        sheet.cells.set(cellKey(top + r, left + c), cell);
      }
      if (onProgress && (r & 1023) === 1023) onProgress({ phase: 'converting', sheet: i + 1, sheets, row: r + 1, rows });
    }
    onProgress?.({ phase: 'converting', sheet: i + 1, sheets, row: rows, rows });
    sheet.merges = (grid.merges ?? []).map((m) => ({ ...m }));
  });
  // The first sheet on show, as Excel opens a workbook whose first sheet is hidden.
  const shown = model.sheets.findIndex((s) => s.visibility === undefined || s.visibility === 'Visible');
  model.activeSheet = shown >= 0 ? shown : 0;
  return model;
}

/** Reads a legacy .xls or a web page into a model, or throws an OpenError saying why not. */
export function readLegacyModel(bytes: Uint8Array, kind: LegacyKind, name: string, locale: Locale, options: LoadOptions = {}): WorkbookModel {
  const limits: LeanLimits = { ...READ_LIMITS };
  const maxFileBytes = READ_LIMITS.maxFileBytes;
  if (bytes.length > maxFileBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new OpenError('too-large', t('file.tooLarge', locale, { file: name, size: mb(bytes.length), limit: mb(maxFileBytes) }));
  }
  // WPS's own .et is refused as the command line refuses it (not tried as an .xls).
  if (kind === 'cfb' && /\.et$/i.test(name)) throw new OpenError('not-xlsx', t('file.wpsEt', locale, { file: name }));
  options.onProgress?.({ phase: 'parsing', sheet: 0, sheets: 0, row: 0, rows: 0 });
  let book: LegacyBook;
  try {
    book = readLegacy(bytes, kind, name, limits, locale);
  } catch (err) {
    const open = refusal(err, name, locale, limits);
    if (open) throw open;
    // A string past V8's limit, an allocation that failed: past what can be read.
    if (err instanceof RangeError) throw new OpenError('too-large', t('file.tooLarge', locale, { file: name, size: `${bytes.length} B`, limit: `${maxFileBytes} B` }), err);
    throw new OpenError('corrupt', t('file.corrupt', locale, { file: name }), err);
  }
  if (book.grids.length === 0) throw new OpenError('no-sheets', t('preview.error.noSheets', locale, { name }));
  return modelFromBook(book, options.onProgress);
}
