/**
 * Reads .xlsx workbooks into sheet snapshots for the engine (command line, tests, benchmark): the
 * lean reader (xlsx-read.ts over zip.ts), under the limits of limits.ts, every failure turned into
 * a FileReadError with a code and one localised line naming the file. Nothing here loads ExcelJS;
 * writing (annotate, template) and the parity tests use it through their own modules.
 */
import * as fs from 'node:fs';
import { classifyCompoundFile, containsText, sniffBytes, sniffOther } from './sniff';
import type * as LegacyRead from './legacy-read';
import type { LegacyBook, LegacyKind } from './legacy-read';
import { backslashPathsKey, otherKindKey } from './other-kind';
import type { GridInit } from '../../core/engine/grid';
import { t, type TextKey } from '../../core/i18n';
import '../../core/i18n/file-host';
// The workbook limits' lines (file.workbook*) are in the command line's catalogue.
import '../../core/i18n/cli';
import type { Locale } from '../../core/model';
import { READ_LIMITS } from './limits';
import { readXlsx, XlsxError, type LeanLimits, type LeanWorkbook } from './xlsx-read';
import { ZipError } from './zip';
import { zipMethodName } from './zip-directory';

export { READ_LIMITS } from './limits';
export type { SheetState, LeanWorkbook } from './xlsx-read';

export type FileReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'not-regular'
  | 'not-xlsx'
  | 'corrupt'
  | 'encrypted'
  | 'empty'
  | 'too-large'
  | 'inflate-limit'
  | 'excel-limit'
  | 'sheet-too-large'
  | 'unknown';

/** A workbook that cannot be read; `message` is one localised line naming the file. */
export class FileReadError extends Error {
  constructor(
    readonly code: FileReadErrorCode,
    message: string,
    readonly file: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export interface ReadOptions {
  /** Larger files are refused with `too-large` before they are read. Default READ_LIMITS.maxFileBytes. */
  maxBytes?: number;
  /** Language of error messages. Default zh-CN. */
  locale?: Locale;
  /** Other limits than READ_LIMITS (tests use small ones). */
  limits?: Partial<LeanLimits>;
}

export const DEFAULT_MAX_BYTES = READ_LIMITS.maxFileBytes;

/** One snapshot per worksheet, in tab order, from a path or bytes. Throws FileReadError. */
export async function readWorkbook(input: string | ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<GridInit[]> {
  if (typeof input === 'string') return readWorkbookFile(input, options);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  return readWorkbookBytes(bytes, 'workbook.xlsx', options);
}

function fail(code: FileReadErrorCode, key: TextKey, file: string, locale: Locale, data: Record<string, string> = {}, cause?: unknown): FileReadError {
  return new FileReadError(code, t(key, locale, { file, ...data }), file, cause);
}

/** The first line of an error's message, for an `unknown` failure (never a stack trace). */
function detailOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split(/\r?\n/)[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function formatCount(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'zh-CN' ? 'en-US' : locale);
}

export { containsText, sniffBytes };

/** The lean reader's own result, with sheet states and the work done; errors as readWorkbookBytes. */
export function readWorkbookDetailed(bytes: Uint8Array, file: string, options: ReadOptions = {}): LeanWorkbook {
  const locale = options.locale ?? 'zh-CN';
  // READ_LIMITS itself when nothing is overridden, not a copy: a copy made per read had a hidden
  // class no object kept between reads, which a full garbage collection dropped, and with it the
  // optimised code of every function that reads a limit (readRow, readSheetData, readMergeCell,
  // refCorner, clipMerges): the next read ran them unoptimised and compiled them again.
  const limits: LeanLimits = options.limits === undefined ? READ_LIMITS : { ...READ_LIMITS, ...options.limits };
  const maxBytes = options.maxBytes ?? READ_LIMITS.maxFileBytes;
  if (bytes.length > maxBytes) {
    throw fail('too-large', 'file.tooLarge', file, locale, { size: formatBytes(bytes.length), limit: formatBytes(maxBytes) });
  }
  const kind = sniffBytes(bytes);
  if (kind === 'empty') throw fail('empty', 'file.zeroBytes', file, locale);
  if (kind === 'cfb') {
    if (classifyCompoundFile(bytes) === 'legacy') {
      // WPS's own .et is refused as before (not tried as an .xls).
      if (/\.et$/i.test(file)) throw fail('not-xlsx', 'file.wpsEt', file, locale);
      return readLegacyBook(bytes, 'cfb', file, locale, limits);
    }
    throw fail('encrypted', 'file.encrypted', file, locale);
  }
  if (kind === 'other') {
    // A web page, an Excel 2003 XML Spreadsheet or a CSV/TSV text under any name (systems export
    // all three as .xls): read; a text that is no table is said to be one by its reader.
    const other = sniffOther(bytes);
    if (other !== 'other') return readLegacyBook(bytes, other, file, locale, limits);
    throw fail('not-xlsx', otherKindKey(bytes, false) ?? 'file.notXlsx', file, locale);
  }

  let book: LeanWorkbook;
  try {
    book = readXlsx(bytes, limits);
  } catch (err) {
    if (err instanceof XlsxError && err.reason === 'no-workbook') throw fail('not-xlsx', otherKindKey(bytes, true) ?? 'file.notXlsx', file, locale, {}, err);
    throw explain(err, file, locale, limits);
  }
  if (book.grids.length === 0) {
    // A zip without a workbook part is another kind of document (a .docx renamed, say).
    if (!containsText(bytes, 'xl/workbook')) throw fail('not-xlsx', otherKindKey(bytes, true) ?? 'file.notXlsx', file, locale);
    if (backslashPathsKey(bytes)) throw fail('not-xlsx', 'file.backslashPaths', file, locale);
    throw fail('empty', 'file.empty', file, locale);
  }
  return book;
}

/**
 * A legacy .xls, a web page, an Excel 2003 XML Spreadsheet or a CSV, read by ./legacy-read.ts,
 * which is loaded here, the first time a file needs it: an .xlsx check never loads those readers.
 */
function readLegacyBook(bytes: Uint8Array, kind: LegacyKind, file: string, locale: Locale, limits: LeanLimits): LegacyBook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand (start-up of an .xlsx check)
  const legacy = require('./legacy-read') as typeof LegacyRead;
  try {
    return legacy.readLegacy(bytes, kind, file, limits, locale);
  } catch (err) {
    if (err instanceof legacy.LegacyReadError) throw fail(err.code, err.key, file, locale, err.data, err);
    throw explain(err, file, locale, limits);
  }
}

/** Turns what the zip and XML readers throw into a FileReadError. */
function explain(err: unknown, file: string, locale: Locale, limits: LeanLimits): FileReadError {
  if (err instanceof ZipError) {
    switch (err.reason) {
      case 'encrypted':
        return fail('encrypted', 'file.encrypted', file, locale, {}, err);
      case 'inflate-total':
        return fail('inflate-limit', 'file.inflateTotal', file, locale, { limit: formatBytes(limits.maxInflatedBytes) }, err);
      case 'inflate-ratio':
        return fail('inflate-limit', 'file.inflateRatio', file, locale, { part: err.message, ratio: formatCount(limits.maxInflateRatio, locale) }, err);
      case 'method':
        return fail('corrupt', 'file.zipMethod', file, locale, { method: zipMethodName(err.message) }, err);
      case 'too-many-entries':
        return fail('corrupt', 'file.corrupt', file, locale, {}, err);
      default:
        return fail('corrupt', 'file.corrupt', file, locale, {}, err);
    }
  }
  if (err instanceof XlsxError) {
    const sheet = err.detail.sheet ?? '';
    switch (err.reason) {
      case 'no-workbook':
        return fail('not-xlsx', 'file.notXlsx', file, locale, {}, err);
      case 'row-limit':
        return fail('excel-limit', 'file.rowLimit', file, locale, { sheet, row: formatCount(Number(err.detail.row), locale), limit: formatCount(limits.maxRows, locale) }, err);
      case 'column-limit':
        return fail('excel-limit', 'file.columnLimit', file, locale, { sheet, limit: formatCount(limits.maxColumns, locale) }, err);
      case 'cell-chars':
        return fail('excel-limit', 'file.cellChars', file, locale, { sheet, length: formatCount(Number(err.detail.length), locale), limit: formatCount(limits.maxCellChars, locale) }, err);
      case 'sheet-cells':
        return fail('sheet-too-large', 'file.sheetCells', file, locale, { sheet, limit: formatCount(limits.maxCellsPerSheet, locale) }, err);
      case 'sheet-text':
        return fail('sheet-too-large', 'file.sheetText', file, locale, { sheet, limit: formatCount(limits.maxTextCharsPerSheet, locale) }, err);
      case 'merged-rows':
        return fail('sheet-too-large', 'file.sheetMerges', file, locale, { sheet, limit: formatCount(limits.maxMergedRows, locale) }, err);
      case 'workbook-too-large': {
        const what = err.detail.what;
        if (what === 'slots') return fail('too-large', 'file.workbookWidth', file, locale, { sheet, limit: formatCount(limits.maxGridSlotsPerWorkbook, locale) }, err);
        if (what === 'text') return fail('too-large', 'file.workbookText', file, locale, { limit: formatCount(limits.maxTextCharsPerWorkbook, locale) }, err);
        const key = what === 'cells' ? 'file.workbookCells' : what === 'rows' ? 'file.workbookRows' : 'file.workbookMerges';
        return fail('too-large', key, file, locale, { limit: formatCount(Number(err.detail.limit), locale) }, err);
      }
      case 'too-many-sheets':
        return fail('sheet-too-large', 'file.tooManySheets', file, locale, { limit: formatCount(limits.maxSheets, locale) }, err);
      case 'doctype':
        return fail('corrupt', 'file.doctype', file, locale, {}, err);
      default:
        return fail('corrupt', 'file.corrupt', file, locale, {}, err);
    }
  }
  // A string past V8's length limit, an allocation that failed: the file is past what can be read.
  if (err instanceof RangeError) return fail('inflate-limit', 'file.inflateTotal', file, locale, { limit: formatBytes(limits.maxInflatedBytes) }, err);
  // Anything else is a reader's own failure: said in the user's language, never the exception's
  // English ("Cannot read properties of undefined"); the exception is the cause.
  return fail('unknown', 'file.readerFailed', file, locale, {}, err);
}

/**
 * Reads a workbook from bytes, turning every failure into a FileReadError named after `file`
 * (the name shown to the user).
 */
export async function readWorkbookBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<GridInit[]> {
  return readWorkbookDetailed(bytes, file, options).grids;
}

/**
 * Reads a file's bytes, never more than `maxBytes`, only from a regular file: a folder, a FIFO, a
 * device (`/dev/zero`) or a socket is refused from its fstat before a byte is read, so nothing
 * blocks or runs on without end. The file is opened non-blocking (a FIFO would otherwise wait
 * for a writer) and read up to the size fstat gave.
 *
 * The calls are synchronous (the promise is kept for the callers): a check has nothing else to do
 * meanwhile, and the asynchronous ones each went through libuv's thread pool, which a one-file
 * check then started only for these five calls.
 */
export async function readFileBounded(path: string, maxBytes: number, locale: Locale = 'zh-CN'): Promise<Uint8Array> {
  let fd: number | undefined;
  try {
    const pre = fs.statSync(path);
    if (pre.isDirectory()) throw fail('is-directory', 'file.isDirectory', path, locale);
    if (!pre.isFile()) throw fail('not-regular', 'file.notRegular', path, locale);
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw fail('is-directory', 'file.isDirectory', path, locale);
    if (!stat.isFile()) throw fail('not-regular', 'file.notRegular', path, locale);
    if (stat.size > maxBytes) {
      throw fail('too-large', 'file.tooLarge', path, locale, { size: formatBytes(stat.size), limit: formatBytes(maxBytes) });
    }
    const buf = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < buf.length) {
      const bytesRead = fs.readSync(fd, buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === buf.length ? buf : buf.subarray(0, filled);
  } catch (err) {
    throw fileSystemError(err, path, locale);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads a workbook file (Node only); every failure becomes a FileReadError with a one-line message. */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<GridInit[]> {
  const locale = options.locale ?? 'zh-CN';
  const bytes = await readFileBounded(path, options.maxBytes ?? READ_LIMITS.maxFileBytes, locale);
  return readWorkbookBytes(bytes, path, options);
}

function fileSystemError(err: unknown, path: string, locale: Locale): FileReadError {
  if (err instanceof FileReadError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('not-found', 'file.notFound', path, locale, {}, err);
    case 'EISDIR':
      return fail('is-directory', 'file.isDirectory', path, locale, {}, err);
    case 'EACCES':
    case 'EPERM':
      return fail('unknown', 'file.noPermission', path, locale, {}, err);
    default:
      return fail('unknown', 'file.unknown', path, locale, { detail: detailOf(err) }, err);
  }
}
