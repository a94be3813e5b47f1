/**
 * The readers of files that are not .xlsx but hold a workbook all the same: a legacy .xls (BIFF8
 * in an OLE compound file, ./xls-read.ts), a web page saved as .xls (./html-read.ts), an Excel
 * 2003 XML Spreadsheet (./xml2003-read.ts) and a CSV or tab-separated text (./csv-read.ts). read.ts
 * loads this module only when a file needs it, so that an .xlsx check (and `--help`) never loads
 * these readers. What they throw is turned into a LegacyReadError carrying the catalogue key; the
 * limits' XlsxErrors pass through for read.ts to explain as it explains an .xlsx's.
 */
import type { GridInit } from '../../core/engine/grid';
import type { TextKey } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { CfbError } from './cfb';
import { HtmlError, MAX_TABLE_DEPTH, readHtml, type HtmlWork } from './html-read';
import { readDelimited, type CsvWork } from './csv-read';
import { readXls, XlsError } from './xls-read';
import { readXml2003, Xml2003Error, type Xml2003Work } from './xml2003-read';
import { XlsxError, type LeanLimits } from './xlsx-parse';
import type { LeanWorkbook } from './xlsx-read';

/** A failure of the legacy readers, with the code and message read.ts gives it. */
export class LegacyReadError extends Error {
  readonly legacy = true;
  constructor(
    readonly code: 'corrupt' | 'encrypted' | 'not-xlsx' | 'empty',
    readonly key: TextKey,
    readonly data: Record<string, string>,
    override readonly cause?: unknown,
  ) {
    super(key);
    this.name = 'LegacyReadError';
  }
}

/** Why a compound file or its BIFF records could not be read, in the reader's language. */
const REASONS: Record<string, { 'zh-CN': string; 'en-US': string }> = {
  'short header': { 'zh-CN': '文件头不完整', 'en-US': 'the header is cut short' },
  'sector size': { 'zh-CN': '扇区大小无效', 'en-US': 'invalid sector size' },
  'mini sector size': { 'zh-CN': '小扇区大小无效', 'en-US': 'invalid mini sector size' },
  'FAT larger than the file': { 'zh-CN': '分配表（FAT）声称的扇区数超过文件本身', 'en-US': 'the FAT claims more sectors than the file has' },
  'DIFAT chain outside the file': { 'zh-CN': 'DIFAT 扇区链指向文件之外', 'en-US': 'the DIFAT chain points outside the file' },
  'DIFAT chain loops': { 'zh-CN': 'DIFAT 扇区链循环', 'en-US': 'the DIFAT chain loops' },
  'FAT sector outside the file': { 'zh-CN': '分配表扇区在文件之外', 'en-US': 'a FAT sector lies outside the file' },
  'no root entry': { 'zh-CN': '没有根目录项', 'en-US': 'no root directory entry' },
  'directory tree has a cycle': { 'zh-CN': '目录树有环', 'en-US': 'the directory tree has a cycle' },
  'stream longer than the file': { 'zh-CN': '数据流声称的长度超过文件本身', 'en-US': 'a stream claims to be longer than the file' },
  'sector chain points outside the file': { 'zh-CN': '扇区链指向文件之外', 'en-US': 'a sector chain points outside the file' },
  'sector chain loops': { 'zh-CN': '扇区链循环', 'en-US': 'a sector chain loops' },
  'stream shorter than its size': { 'zh-CN': '数据流比声称的短', 'en-US': 'a stream is shorter than its size' },
  'stream longer than the mini stream': { 'zh-CN': '小数据流不完整', 'en-US': 'a stream is longer than the mini stream' },
  'mini sector chain points outside the mini stream': { 'zh-CN': '小扇区链指向数据之外', 'en-US': 'a mini sector chain points outside the mini stream' },
  'mini sector chain loops': { 'zh-CN': '小扇区链循环', 'en-US': 'a mini sector chain loops' },
  'no BOF': { 'zh-CN': '工作簿数据流不以 BOF 记录开头', 'en-US': 'the workbook stream does not start with a BOF record' },
  'record past the stream': { 'zh-CN': '记录超出数据流末尾', 'en-US': 'a record runs past the end of the stream' },
  'sheet without BOF': { 'zh-CN': '工作表的位置无效', 'en-US': 'a sheet\'s position is invalid' },
  'sheets share their data': { 'zh-CN': '两个工作表指向同一段数据', 'en-US': 'two sheets point at the same data' },
  'shared string index': { 'zh-CN': '共享字符串编号超出范围', 'en-US': 'a shared string index is out of range' },
  'SST past its records': { 'zh-CN': '共享字符串表不完整', 'en-US': 'the shared string table is cut short' },
  'SST character split': { 'zh-CN': '共享字符串表中的字符被截断', 'en-US': 'a character of the shared string table is split' },
};

/** A reason not in the table is said generally, never in the reader's own English. */
const OTHER_REASON = { 'zh-CN': '文件结构无效', 'en-US': 'its structure is invalid' };

function reason(r: string, locale: Locale): string {
  const known = Object.prototype.hasOwnProperty.call(REASONS, r) ? REASONS[r] : OTHER_REASON;
  return locale === 'en-US' ? known['en-US'] : known['zh-CN'];
}

export interface LegacyBook extends LeanWorkbook {
  /** What the file was: a legacy .xls, a web page, an Excel 2003 XML Spreadsheet or a CSV/TSV text. */
  format: 'xls' | 'html' | 'xml2003' | 'csv';
}

/** What sniff.ts found a file that is no .xlsx to be, for the reader that reads it. */
export type LegacyKind = 'cfb' | 'html' | 'xml2003' | 'text';

/** Reads a legacy .xls (kind 'cfb'), a web page ('html'), an Excel 2003 XML Spreadsheet ('xml2003') or a delimited text ('text'). */
export function readLegacy(bytes: Uint8Array, kind: LegacyKind, file: string, limits: LeanLimits, locale: Locale = 'zh-CN'): LegacyBook {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  try {
    if (kind === 'xml2003') {
      const work: Xml2003Work = { tags: 0 };
      const book = readXml2003(bytes, limits, work);
      if (book.grids.length === 0) throw new LegacyReadError('empty', 'file.empty', {});
      return {
        format: 'xml2003',
        grids: book.grids,
        states: book.states,
        date1904: false,
        work: { inflatedBytes: 0, tags: work.tags, cells: cellsOf(book.grids), byteLevelSheets: 0, mergedCells: mergedCellsOf(book.grids) },
        uncachedFormulas: book.uncachedFormulas,
        badNumbers: 0,
        macros: false,
      };
    }
    if (kind === 'text') {
      const work: CsvWork = { chars: 0 };
      const name = sheetNameFor(base);
      let grids;
      try {
        grids = readDelimited(bytes, name, limits, work);
      } catch (err) {
        if (err instanceof XlsxError && err.detail.sheet === undefined) err.detail.sheet = name;
        throw err;
      }
      // Text with no delimiter in its first lines is a note, not a table: said as before.
      if (!grids) throw new LegacyReadError('not-xlsx', 'file.text', {});
      return {
        format: 'csv',
        grids,
        states: grids.map(() => 'visible'),
        date1904: false,
        work: { inflatedBytes: 0, tags: work.chars, cells: cellsOf(grids), byteLevelSheets: 0, mergedCells: 0 },
        uncachedFormulas: 0,
        badNumbers: 0,
        macros: false,
      };
    }
    if (kind === 'html') {
      const work: HtmlWork = { tags: 0, layout: 0 };
      const name = sheetNameFor(base);
      let grids;
      try {
        grids = readHtml(bytes, name, limits, work);
      } catch (err) {
        // A limit hit while the page is read (a cell of 40,000 characters) names its sheet, as one
        // hit when the sheet is finished does: the line said 工作表“” before.
        if (err instanceof XlsxError && err.detail.sheet === undefined) err.detail.sheet = name;
        throw err;
      }
      return {
        format: 'html',
        grids,
        states: grids.map(() => 'visible'),
        date1904: false,
        work: { inflatedBytes: 0, tags: work.tags, cells: cellsOf(grids), byteLevelSheets: 0, mergedCells: mergedCellsOf(grids) },
        uncachedFormulas: 0,
        badNumbers: 0,
        macros: false,
      };
    }
    const book = readXls(bytes, limits);
    return {
      format: 'xls',
      grids: book.grids,
      states: book.states,
      date1904: book.date1904,
      work: { inflatedBytes: 0, tags: book.work.records, cells: book.cells, byteLevelSheets: 0, mergedCells: book.mergedCells },
      uncachedFormulas: 0,
      badNumbers: 0,
      macros: false,
    };
  } catch (err) {
    if (err instanceof CfbError) throw new LegacyReadError('corrupt', 'file.xlsCorrupt', { reason: reason(err.reason, locale) }, err);
    if (err instanceof XlsError) {
      if (err.reason === 'biff5') throw new LegacyReadError('not-xlsx', 'file.xlsBiff5', {}, err);
      if (err.reason === 'encrypted') throw new LegacyReadError('encrypted', 'file.encrypted', {}, err);
      if (err.reason === 'no-workbook') throw new LegacyReadError('not-xlsx', 'file.xlsNoWorkbook', {}, err);
      throw new LegacyReadError('corrupt', 'file.xlsCorrupt', { reason: reason(err.detail, locale) }, err);
    }
    if (err instanceof Xml2003Error) throw new LegacyReadError('not-xlsx', 'file.notXlsx', {}, err);
    if (err instanceof HtmlError) {
      if (err.reason === 'nesting') throw new LegacyReadError('corrupt', 'file.htmlNesting', { limit: String(MAX_TABLE_DEPTH) }, err);
      throw new LegacyReadError('not-xlsx', 'file.htmlNoTable', {}, err);
    }
    throw err;
  }
}

/** The sheet of a web page is named after its file (as Excel names it when it opens one). */
function sheetNameFor(base: string): string {
  const cleaned = base.replace(/[\\/?*[\]:]/g, '_').trim();
  const name = cleaned === '' ? 'Sheet1' : cleaned;
  return name.length <= 31 ? name : name.slice(0, 31);
}

function cellsOf(grids: GridInit[]): number {
  return grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.filter((v) => v !== null && v !== undefined).length, 0), 0);
}

function mergedCellsOf(grids: { merges?: { top: number; left: number; bottom: number; right: number }[] }[]): number {
  let n = 0;
  for (const g of grids) for (const m of g.merges ?? []) n += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  return n;
}
