/**
 * The lean .xlsx reader of the checking path: the zip directory read by zip.ts, only the parts a
 * check needs inflated (workbook, its relationships, shared strings, styles, the worksheets), and
 * each part's XML scanned once, tag by tag, with no DOM and no XML library.
 *
 * It gives exactly the grids that ExcelJS gives through exceljs-read.ts (test/hosts/file/
 * parity.test.ts compares them cell by cell over every fixture, the benchmark's workbooks and fuzzed
 * files), so the state machines below follow ExcelJS's xforms where a file is odd (a later
 * duplicate row wins, values inside a merged area other than its top-left cell are dropped, a cell
 * without `r` follows the previous one, style 0 has no number format, `str` text is entity-decoded
 * twice). Where ExcelJS is wrong, this reader is deliberately right, and the parity test says so:
 * a formula's text, error or boolean result in a date-formatted cell stays what it is (ExcelJS
 * turns it into NaN or a date); a number that is not a number is no value (ExcelJS: NaN when
 * date-formatted); `t="d"` cells are ISO dates (ExcelJS reads `2024-01-15` as 2024); merged areas
 * are clipped to the snapshot.
 *
 * Work is bounded by READ_LIMITS: no loop runs over a merged area or a bounding box, only over the
 * bytes of the XML and the cells it holds.
 */
import type { CellValue, GridInit, Rect } from '../../core/engine/grid';
import { formatCellText } from './numfmt';
import { READ_LIMITS } from './limits';
import { readZipDirectory, ZipReader } from './zip';

/** A reason the lean reader cannot read a workbook; read.ts turns it into a FileReadError. */
export class XlsxError extends Error {
  constructor(
    readonly reason:
      | 'corrupt'
      | 'no-workbook'
      | 'row-limit'
      | 'column-limit'
      | 'cell-chars'
      | 'sheet-cells'
      | 'merged-rows'
      | 'too-many-sheets',
    readonly detail: Record<string, string> = {},
  ) {
    super(reason);
    this.name = 'XlsxError';
  }
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface LeanWorkbook {
  grids: GridInit[];
  /** Per grid: its state as the workbook says (ExcelJS's `worksheet.state`). */
  states: SheetState[];
  date1904: boolean;
  /** Work done, for tests that prove reading is linear: bytes inflated, tags scanned, cells kept. */
  work: { inflatedBytes: number; tags: number; cells: number };
}

export interface LeanLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  maxCellsPerSheet: number;
  maxMergedRows: number;
  maxSheets: number;
  maxTagChars: number;
  maxInflatedBytes: number;
  maxInflateRatio: number;
  ratioFloorBytes: number;
}

// ---------------------------------------------------------------------------------------------
// XML scanning

/** Called for each tag; `attrs` is the raw text between the name and `>` (decoded on demand). */
interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

interface ScanCounter {
  tags: number;
}

/** Tag names the readers compare, by length: returned as constants instead of fresh slices. */
const KNOWN_NAMES: string[][] = [];
for (const n of ['c', 'v', 'f', 't', 'r', 'is', 'xf', 'si', 'row', 'sst', 'rPr', 'rPh', 'sheet', 'numFmt', 'sheets', 'sheetData', 'mergeCell', 'mergeCells', 'worksheet']) {
  (KNOWN_NAMES[n.length] ??= []).push(n);
}

/** The tag name xml[start, end): a known name's constant, or a slice. */
function nameAt(xml: string, start: number, end: number): string {
  const known = KNOWN_NAMES[end - start];
  if (known) {
    for (const k of known) if (xml.startsWith(k, start)) return k;
  }
  return xml.slice(start, end);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

/**
 * One pass over an XML document. Comments, processing instructions and the doctype are skipped,
 * CDATA is dropped (ExcelJS ignores it too), entities are left to the handler (see decodeText).
 * Malformed markup that cannot be scanned on (an unterminated tag or comment) is `corrupt`.
 */
function scanXml(xml: string, h: XmlHandler, counter: ScanCounter, maxTagChars: number): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      h.text(xml.slice(i));
      return;
    }
    if (lt > i) h.text(xml.slice(i, lt));
    const c = xml.charCodeAt(lt + 1);
    counter.tags++;
    if (c === 47) {
      // </name>
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XlsxError('corrupt');
      let a = lt + 2;
      let b = gt;
      while (a < b && xml.charCodeAt(a) <= 32) a++;
      while (b > a && xml.charCodeAt(b - 1) <= 32) b--;
      h.close(nameAt(xml, a, b));
      i = gt + 1;
    } else if (c === 63) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw new XlsxError('corrupt');
      i = end + 2;
    } else if (c === 33) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XlsxError('corrupt');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw new XlsxError('corrupt');
        i = end + 3;
      } else {
        // <!DOCTYPE …> with an optional [internal subset]; its entities are never expanded.
        const bracket = xml.indexOf('[', lt);
        const gt = xml.indexOf('>', lt);
        if (gt < 0) throw new XlsxError('corrupt');
        if (bracket >= 0 && bracket < gt) {
          const end = xml.indexOf(']>', bracket);
          if (end < 0) throw new XlsxError('corrupt');
          i = end + 2;
        } else i = gt + 1;
      }
    } else {
      // <name attr="…" …> — a quoted value may hold `>`.
      let j = lt + 1;
      while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
      const name = nameAt(xml, lt + 1, j);
      let quote = 0;
      let k = j;
      for (; k < n; k++) {
        const ch = xml.charCodeAt(k);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (k >= n) throw new XlsxError('corrupt');
      if (k - lt > maxTagChars) throw new XlsxError('corrupt');
      const selfClosing = xml.charCodeAt(k - 1) === 47;
      const attrs = xml.slice(j, selfClosing ? k - 1 : k);
      h.open(name, attrs, selfClosing);
      if (selfClosing) h.close(name);
      i = k + 1;
    }
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** XML text: entities and character references decoded, line ends normalised (as saxes does). */
function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body] ?? m;
  });
}

/** An attribute's value, decoded (white space normalised as the XML spec says), or undefined. */
function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let k = from;
    while (k < attrs.length && attrs.charCodeAt(k) <= 32) k++;
    if (attrs.charCodeAt(k) !== 61) continue; // '='
    k++;
    while (k < attrs.length && attrs.charCodeAt(k) <= 32) k++;
    const q = attrs.charCodeAt(k);
    if (q !== 34 && q !== 39) return undefined;
    const end = attrs.indexOf(q === 34 ? '"' : "'", k + 1);
    if (end < 0) return undefined;
    const raw = attrs.slice(k + 1, end);
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charCodeAt(i);
      if (ch === 38 || ch === 9 || ch === 10 || ch === 13) return decodeText(raw.replace(/\r\n|[\t\n\r]/g, ' '));
    }
    return raw;
  }
}

/** ExcelJS's utils.xmlDecode: named entities decoded a second time (for `str` cells). */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** `_x000D_` escapes of shared and rich text (uppercase hex only, as ExcelJS). */
function decodeXEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// Cell addresses

/** ExcelJS's colCache.decodeAddress, column only: letters A–Z before the first digit. */
function decodeColumn(address: string, maxColumns: number): number | undefined {
  let col = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      hasCol = true;
      col = col * 26 + ch - 64;
      if (col > maxColumns) throw new XlsxError('column-limit', { address: address.slice(0, 20) });
    } else if (ch >= 48 && ch <= 57) hasRow = true;
    else if (hasRow && hasCol && ch !== 36) break;
  }
  return hasCol ? col : undefined;
}

function decodeRow(address: string): number | undefined {
  let row = 0;
  let seen = false;
  let hasCol = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (!seen && ch >= 65 && ch <= 90) hasCol = true;
    else if (ch >= 48 && ch <= 57) {
      seen = true;
      row = row * 10 + ch - 48;
    } else if (seen && hasCol && ch !== 36) break;
  }
  return seen ? row : undefined;
}

function parseRef(ref: string, maxColumns: number): Rect | undefined {
  const bang = ref.lastIndexOf('!');
  const parts = (bang >= 0 ? ref.slice(bang + 1) : ref).split(':');
  const a = parts[0];
  const b = parts.length > 1 ? parts[1] : parts[0];
  const c1 = decodeColumn(a, maxColumns);
  const c2 = decodeColumn(b, maxColumns);
  const r1 = decodeRow(a);
  const r2 = decodeRow(b);
  if (c1 === undefined || c2 === undefined || r1 === undefined || r2 === undefined) return undefined;
  return { top: Math.min(r1, r2) - 1, left: Math.min(c1, c2) - 1, bottom: Math.max(r1, r2) - 1, right: Math.max(c1, c2) - 1 };
}

// ---------------------------------------------------------------------------------------------
// Workbook, relationships, styles, shared strings

interface SheetRef {
  name: string | undefined;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

function parseWorkbook(xml: string, counter: ScanCounter, limits: LeanLimits): { sheets: SheetRef[]; date1904: boolean } {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  let inSheets = false;
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name === 'sheets') inSheets = true;
        else if (name === 'sheet' && inSheets) {
          const raw = attr(attrs, 'name');
          sheets.push({
            name: raw === undefined ? undefined : xmlDecodeAgain(raw),
            id: parseInt(attr(attrs, 'sheetId') ?? '', 10),
            state: attr(attrs, 'state'),
            rId: attr(attrs, 'r:id'),
          });
          if (sheets.length > limits.maxSheets) throw new XlsxError('too-many-sheets', { limit: String(limits.maxSheets) });
        } else if (name === 'workbookPr') date1904 = attr(attrs, 'date1904') === '1';
      },
      close(name) {
        if (name === 'sheets') inSheets = false;
      },
      text() {},
    },
    counter,
    limits.maxTagChars,
  );
  return { sheets, date1904 };
}

function parseRels(xml: string | undefined, counter: ScanCounter, limits: LeanLimits): Map<string, string> {
  const rels = new Map<string, string>();
  if (xml === undefined) return rels;
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name !== 'Relationship') return;
        const id = attr(attrs, 'Id');
        const target = attr(attrs, 'Target');
        if (id !== undefined && target !== undefined) rels.set(id, target);
      },
      close() {},
      text() {},
    },
    counter,
    limits.maxTagChars,
  );
  return rels;
}

/** ExcelJS's built-in number formats (defaultnumformats.js, the ones without a locale). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** ExcelJS's utils.isDateFmt. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

interface Styles {
  /** Per cellXfs index: its number format, or undefined. */
  formats: (string | undefined)[];
  isDate: boolean[];
}

function parseStyles(xml: string | undefined, counter: ScanCounter, limits: LeanLimits): Styles | undefined {
  if (xml === undefined) return undefined;
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let section = '';
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name === 'numFmts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'dxfs') section = name;
        else if (name === 'numFmt' && section === 'numFmts') {
          const id = parseInt(attr(attrs, 'numFmtId') ?? '', 10);
          const code = attr(attrs, 'formatCode');
          if (code !== undefined) custom.set(id, code.replace(/[\\](.)/g, '$1'));
        } else if (name === 'xf' && section === 'cellXfs') xfIds.push(parseInt(attr(attrs, 'numFmtId') ?? '', 10));
      },
      close(name) {
        if (name === section) section = '';
      },
      text() {},
    },
    counter,
    limits.maxTagChars,
  );
  const formats = xfIds.map((id) => (id ? custom.get(id) || BUILTIN_FORMATS[id] || undefined : undefined));
  return { formats, isDate: formats.map(isDateFormat) };
}

/** A shared string: its text, '' for none, or null for a string that reads as no value. */
function parseSharedStrings(xml: string | undefined, counter: ScanCounter, limits: LeanLimits): (string | null)[] | undefined {
  if (xml === undefined) return undefined;
  const out: (string | null)[] = [];
  // The <si> being read, following ExcelJS's SharedStringXform: the last <t> is the text; runs
  // (<r>) are joined; <rPh> (phonetic guides) is skipped.
  let inSi = false;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let sub: '' | 't' | 'r' | 'rPh' = '';
  let runText: string | undefined;
  let inRunT = false;
  let inRPr = false;
  let buf = '';
  scanXml(
    xml,
    {
      open(name) {
        if (!inSi) {
          if (name === 'si') {
            inSi = true;
            plain = undefined;
            runs = undefined;
            sub = '';
          }
          return;
        }
        if (sub === 'r') {
          if (inRPr) return;
          if (name === 't') {
            inRunT = true;
            buf = '';
          } else if (name === 'rPr') inRPr = true;
          return;
        }
        if (sub !== '') return;
        if (name === 't') {
          sub = 't';
          buf = '';
        } else if (name === 'r') {
          sub = 'r';
          runText = undefined;
          inRunT = false;
          inRPr = false;
        } else if (name === 'rPh') sub = 'rPh';
      },
      text(raw) {
        if (sub === 't' || (sub === 'r' && inRunT)) buf += raw;
      },
      close(name) {
        if (!inSi) return;
        if (sub === 't') {
          plain = decodeXEscapes(decodeText(buf));
          if (runs !== undefined) throw new XlsxError('corrupt');
          sub = '';
          return;
        }
        if (sub === 'r') {
          if (inRPr) {
            if (name === 'rPr') inRPr = false;
            return;
          }
          if (inRunT) {
            runText = decodeXEscapes(decodeText(buf));
            inRunT = false;
            return;
          }
          if (name === 'r') {
            if (plain !== undefined) throw new XlsxError('corrupt'); // ExcelJS fails on text then runs
            (runs ??= []).push(runText ?? '');
            sub = '';
          }
          return;
        }
        if (sub === 'rPh') {
          if (name === 'rPh') sub = '';
          return;
        }
        if (name === 'si') {
          inSi = false;
          if (plain !== undefined) out.push(plain === '' ? null : plain);
          else if (runs !== undefined) {
            const joined = runs.join('');
            out.push(joined === '' ? null : joined);
          } else out.push(null);
        }
      },
    },
    counter,
    limits.maxTagChars,
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Worksheets

/** The cells of one sheet as parallel arrays (0-based), in file order. */
interface SheetCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: (string | undefined)[];
  merges: Rect[];
}

/** ExcelJS: 25569 + Date(round(ms)) / day, back and forth, so the float is the same as its path. */
function viaDate(v: number, date1904: boolean): number {
  const off = date1904 ? 1462 : 0;
  const ms = Math.round((v - 25569 + off) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return NaN;
  return 25569 + ms / 86400000 - off;
}

/** `t="d"`: an ISO 8601 date/time, as a serial number. */
function isoToSerial(s: string, date1904: boolean): number {
  const m = /^\s*(-?\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?(Z|[+-]\d\d:?\d\d)?\s*$/.exec(s);
  const t = /^\s*(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?\s*$/.exec(s);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
    return 25569 + ms / 86400000 - (date1904 ? 1462 : 0);
  }
  if (t) return (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86400;
  return NaN;
}

interface CellModel {
  col: number | undefined;
  styleId: number;
  t: string | undefined;
  value: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  runs: string[] | undefined;
}

interface RowModel {
  number: number;
  /** The cells, as parallel arrays (fewer objects on a large sheet). */
  cols: (number | undefined)[];
  values: CellValue[];
  formats: (string | undefined)[];
}

function parseSheet(
  xml: string,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  counter: ScanCounter,
  limits: LeanLimits,
): SheetCells {
  // Rows by number: a later row of the same number replaces the earlier one (ExcelJS's _rows[n]).
  const rowModels = new Map<number, RowModel>();
  const mergeRefs: string[] = [];

  let mode: '' | 'sheetData' | 'mergeCells' | 'skip' | 'done' = '';
  let skipName = '';
  let skipDepth = 0;
  let inRow = false;
  let row: RowModel | undefined;
  let cell: CellModel | undefined;
  let node: '' | 'f' | 'v' | 't' = '';
  let inRun = false;
  let runT = false;
  let runRPr = false;
  let runBuf = '';
  let runText: string | undefined;
  let parsedCells = 0;

  const finishCell = (c: CellModel): void => {
    const raw: string | undefined = c.value === undefined ? undefined : decodeText(c.value);
    const isFormula = !!c.formula || !!c.shareType;
    const hasValue = raw !== undefined || c.runs !== undefined;
    // ExcelJS's Merge type (no formula, no value, no style): never added to its row.
    if (!isFormula && !hasValue && !c.styleId) return;
    if (!row) throw new XlsxError('corrupt');
    if (++parsedCells > limits.maxCellsPerSheet) throw new XlsxError('sheet-cells', { limit: String(limits.maxCellsPerSheet) });
    const fmt = c.styleId && styles ? styles.formats[c.styleId] : undefined;
    const isDate = c.styleId && styles ? styles.isDate[c.styleId] === true : false;
    let value: CellValue = null;
    const t = c.t;
    if (isFormula) {
      if (raw) {
        if (t === 'str') value = xmlDecodeAgain(raw);
        else if (t === 'b') value = parseInt(raw, 10) !== 0;
        else if (t === 'e') value = raw;
        else {
          const n = parseFloat(raw);
          value = Number.isFinite(n) ? (isDate ? viaDate(n, date1904) : n) : null;
        }
      }
    } else if (hasValue) {
      if (t === 's') {
        const index = parseInt(raw ?? '', 10);
        if (shared === undefined) value = index;
        else {
          if (!(index >= 0 && index < shared.length)) throw new XlsxError('corrupt', { what: 'shared string' });
          value = shared[index];
        }
      } else if (t === 'str') value = xmlDecodeAgain(raw ?? '');
      else if (t === 'inlineStr') value = c.runs !== undefined ? c.runs.join('') : (raw ?? '');
      else if (t === 'b') value = parseInt(raw ?? '', 10) !== 0;
      else if (t === 'e') value = raw ?? null;
      else if (t === 'd') value = isoToSerial(raw ?? '', date1904);
      else {
        const n = parseFloat(raw ?? '');
        value = Number.isFinite(n) && isDate ? viaDate(n, date1904) : n;
      }
    }
    if (typeof value === 'number' && !Number.isFinite(value)) value = null;
    if (value === '') value = null;
    if (typeof value === 'string' && value.length > limits.maxCellChars) {
      throw new XlsxError('cell-chars', { limit: String(limits.maxCellChars), length: String(value.length) });
    }
    row.cols.push(c.col);
    row.values.push(value);
    row.formats.push(fmt);
  };

  const endRow = (): void => {
    inRow = false;
    if (!row) return;
    const n = row.number;
    if (!(n >= 1)) {
      if (Number.isNaN(n)) throw new XlsxError('corrupt'); // ExcelJS: 'Invalid row number'
      return; // rows numbered 0 or less are never seen again
    }
    if (n > limits.maxRows) throw new XlsxError('row-limit', { row: String(n) });
    // A row without cells adds nothing, but still replaces an earlier row of its number.
    if (row.cols.length === 0) rowModels.delete(n);
    else rowModels.set(n, row);
  };

  scanXml(
    xml,
    {
      open(name, attrs) {
        if (mode === '') {
          if (name === 'sheetData') mode = 'sheetData';
          else if (name === 'mergeCells') mode = 'mergeCells';
          else if (SHEET_PARTS.has(name)) {
            mode = 'skip';
            skipName = name;
            skipDepth = 1;
          }
          return;
        }
        if (mode === 'skip') {
          if (name === skipName) skipDepth++;
          return;
        }
        if (mode === 'mergeCells') {
          if (name === 'mergeCell') {
            const ref = attr(attrs, 'ref');
            if (ref !== undefined) mergeRefs.push(ref);
          }
          return;
        }
        if (mode !== 'sheetData') return;
        if (cell) {
          if (inRun) {
            if (runRPr) return;
            if (name === 't') {
              runT = true;
              runBuf = '';
            } else if (name === 'rPr') runRPr = true;
            else if (name === 'r') runText = undefined;
            return;
          }
          switch (name) {
            case 'c':
              cell = newCell(attrs, limits);
              node = '';
              return;
            case 'f':
              node = 'f';
              cell.shareType = attr(attrs, 't');
              return;
            case 'v':
            case 't':
              node = name;
              return;
            case 'r':
              inRun = true;
              runT = false;
              runRPr = false;
              runText = undefined;
              return;
            default:
              return;
          }
        }
        if (name === 'row') {
          inRow = true;
          row = { number: parseInt(attr(attrs, 'r') ?? '', 10), cols: [], values: [], formats: [] };
          return;
        }
        if (name === 'c') {
          // ExcelJS: a cell after its row's end still goes into that row.
          inRow = true;
          cell = newCell(attrs, limits);
          node = '';
        }
      },
      text(raw) {
        if (!cell) return;
        if (inRun) {
          if (runT) runBuf += raw;
          return;
        }
        if (node === 'f') cell.formula = (cell.formula ?? '') + raw;
        else if (node === 'v' || node === 't') cell.value = (cell.value ?? '') + raw;
      },
      close(name) {
        if (mode === '') {
          if (name === 'worksheet') mode = 'done';
          return;
        }
        if (mode === 'skip') {
          if (name === skipName && --skipDepth === 0) mode = '';
          return;
        }
        if (mode === 'mergeCells') {
          if (name !== 'mergeCell') mode = '';
          return;
        }
        if (mode !== 'sheetData') return;
        if (cell) {
          if (inRun) {
            if (runRPr) {
              if (name === 'rPr') runRPr = false;
              return;
            }
            if (runT) {
              runText = decodeXEscapes(decodeText(runBuf));
              runT = false;
              return;
            }
            if (name === 'r') {
              (cell.runs ??= []).push(runText ?? '');
              inRun = false;
              node = '';
            }
            return;
          }
          switch (name) {
            case 'f':
            case 'v':
            case 'is':
            case 't':
              node = '';
              return;
            default: {
              // </c>, or any other closing tag: ExcelJS ends the cell there.
              const c = cell;
              cell = undefined;
              finishCell(c);
              return;
            }
          }
        }
        if (inRow) {
          endRow();
          return;
        }
        // Any other closing tag ends sheetData in ExcelJS's ListXform.
        mode = '';
      },
    },
    counter,
    limits.maxTagChars,
  );

  // Rows in order; in a row, a cell without `r` follows the one before; a later duplicate wins.
  const out: SheetCells = { rows: [], cols: [], values: [], formats: [], merges: [] };
  const numbers = [...rowModels.keys()];
  let sorted = true;
  for (let i = 1; i < numbers.length && sorted; i++) if (numbers[i] <= numbers[i - 1]) sorted = false;
  if (!sorted) numbers.sort((a, b) => a - b);
  for (const r of numbers) {
    const model = rowModels.get(r) as RowModel;
    const n = model.cols.length;
    if (n === 0) continue; // cells added after the row ended, then cleared
    // The common case: every cell has its column, left to right.
    let plain = true;
    for (let i = 0, last = 0; i < n; i++) {
      const col = model.cols[i];
      if (col === undefined || col <= last || col > limits.maxColumns) {
        plain = false;
        break;
      }
      last = col;
    }
    if (plain) {
      for (let i = 0; i < n; i++) {
        out.rows.push(r - 1);
        out.cols.push((model.cols[i] as number) - 1);
        out.values.push(model.values[i]);
        out.formats.push(model.formats[i]);
      }
      continue;
    }
    const byCol = new Map<number, number>();
    let prev: number | undefined;
    for (let i = 0; i < n; i++) {
      const col = model.cols[i] ?? (prev === undefined ? undefined : prev + 1);
      if (col === undefined) throw new XlsxError('corrupt');
      if (col > limits.maxColumns) throw new XlsxError('column-limit', { address: String(col) });
      prev = col;
      byCol.set(col, i);
    }
    const cols = [...byCol.keys()].sort((a, b) => a - b);
    for (const col of cols) {
      const i = byCol.get(col) as number;
      out.rows.push(r - 1);
      out.cols.push(col - 1);
      out.values.push(model.values[i]);
      out.formats.push(model.formats[i]);
    }
  }
  for (const ref of mergeRefs) {
    const m = parseRef(ref, limits.maxColumns);
    if (!m) continue;
    if (m.bottom >= limits.maxRows) throw new XlsxError('row-limit', { row: String(m.bottom + 1) });
    out.merges.push(m);
  }
  return out;
}

/** Worksheet elements ExcelJS parses with their own xform (their children are theirs). */
const SHEET_PARTS = new Set(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'hyperlinks']);

function newCell(attrs: string, limits: LeanLimits): CellModel {
  const r = attr(attrs, 'r');
  const s = attr(attrs, 's');
  return {
    col: r === undefined || r === '' ? undefined : (decodeColumn(r, limits.maxColumns) ?? badAddress()),
    styleId: s ? parseInt(s, 10) || 0 : 0,
    t: attr(attrs, 't'),
    value: undefined,
    formula: undefined,
    shareType: undefined,
    runs: undefined,
  };
}

function badAddress(): never {
  throw new XlsxError('corrupt');
}

// ---------------------------------------------------------------------------------------------
// Cells → snapshot

/**
 * Values inside a merged area other than its top-left cell are dropped (Excel shows the top-left
 * one; ExcelJS makes them merge cells). One sweep down the rows with the merges that span the
 * current row: work is cells × log(merges) plus the merges, never their area.
 */
function dropMergedCells(cells: SheetCells): boolean[] | undefined {
  if (cells.merges.length === 0) return undefined;
  const keep = new Array<boolean>(cells.values.length).fill(true);
  const byTop = [...cells.merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Rect[] = []; // spanning the current row, sorted by left
  let currentRow = -1;
  for (let i = 0; i < cells.values.length; i++) {
    const r = cells.rows[i];
    if (r !== currentRow) {
      currentRow = r;
      active = active.filter((m) => m.bottom >= r);
      while (next < byTop.length && byTop[next].top <= r) {
        const m = byTop[next++];
        if (m.bottom >= r) {
          let lo = 0;
          let hi = active.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (active[mid].left < m.left) lo = mid + 1;
            else hi = mid;
          }
          active.splice(lo, 0, m);
        }
      }
    }
    if (active.length === 0) continue;
    const c = cells.cols[i];
    // The last merge starting at or left of c; overlapping merges (a broken file) are checked too.
    let lo = 0;
    let hi = active.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (active[mid].left <= c) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      const m = active[k];
      if (c <= m.right && !(m.top === r && m.left === c)) {
        keep[i] = false;
        break;
      }
    }
  }
  return keep;
}

function toGrid(name: string, cells: SheetCells, date1904: boolean, limits: LeanLimits): GridInit {
  const keep = dropMergedCells(cells);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < cells.values.length; i++) {
    if ((keep && !keep[i]) || cells.values[i] === null) continue;
    const r = cells.rows[i];
    const c = cells.cols[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom < 0) return { name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };

  const height = bottom - top + 1;
  // Rows without cells share one frozen empty row, so a sparse sheet costs its cells, not its rows.
  const values: CellValue[][] = new Array<CellValue[]>(height).fill(EMPTY_ROW);
  const text: (string | null)[][] = new Array<(string | null)[]>(height).fill(EMPTY_ROW as null[]);
  const formats: (string | null)[][] = new Array<(string | null)[]>(height).fill(EMPTY_ROW as null[]);
  for (let i = 0; i < cells.values.length; i++) {
    const v = cells.values[i];
    if ((keep && !keep[i]) || v === null) continue;
    const r = cells.rows[i] - top;
    const c = cells.cols[i] - left;
    const fmt = cells.formats[i];
    if (values[r] === EMPTY_ROW) {
      values[r] = [];
      text[r] = [];
      formats[r] = [];
    }
    pad(values[r], c)[c] = v;
    pad(text[r], c)[c] = typeof v === 'string' ? v : formatCellText(v, fmt, date1904);
    pad(formats[r], c)[c] = fmt ?? null;
  }
  // A merged area whose top-left cell holds a value widens the snapshot to its extent.
  for (const m of cells.merges) {
    if (m.top < top || m.left < left || m.top > bottom) continue;
    const anchor = values[m.top - top][m.left - left];
    if (anchor === undefined || anchor === null) continue;
    while (values.length < m.bottom - top + 1) {
      values.push(EMPTY_ROW);
      text.push(EMPTY_ROW as null[]);
      formats.push(EMPTY_ROW as null[]);
    }
    pad(values[m.top - top], m.right - left + 1);
  }
  // Merged areas clipped to the snapshot; an area wholly outside it is left out.
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  const lastRow = top + values.length - 1;
  const lastCol = left + width - 1;
  const merges: Rect[] = [];
  let mergedRows = 0;
  for (const m of cells.merges) {
    const clipped = { top: Math.max(m.top, top), left: Math.max(m.left, left), bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) };
    if (clipped.top > clipped.bottom || clipped.left > clipped.right) continue;
    merges.push(clipped);
    mergedRows += clipped.bottom - clipped.top + 1;
    if (mergedRows > limits.maxMergedRows) throw new XlsxError('merged-rows');
  }
  return { name, origin: { row: top, col: left }, values, text, formats, merges };
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * Fills a row with nulls up to `index`, as the ExcelJS path does; a wide gap (a cell in A and the
 * next in XFD) is left as a hole instead, so the row costs its cells, not its width.
 */
function pad<T>(row: (T | null)[], index: number): (T | null)[] {
  if (index - row.length > 64) row.length = index;
  else while (row.length < index) row.push(null);
  return row;
}

// ---------------------------------------------------------------------------------------------
// The workbook

const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** Reads an .xlsx from its bytes (a zip). Throws ZipError or XlsxError; read.ts explains them. */
export function readXlsx(bytes: Uint8Array, limits: LeanLimits = READ_LIMITS): LeanWorkbook {
  const entries = readZipDirectory(bytes);
  const zip = new ZipReader(bytes, entries, limits);
  const counter: ScanCounter = { tags: 0 };
  const workbookXml = zip.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new XlsxError('no-workbook');
  const { sheets, date1904 } = parseWorkbook(workbookXml, counter, limits);
  const rels = parseRels(zip.text('xl/_rels/workbook.xml.rels'), counter, limits);

  // Which worksheet part each <sheet> names; parts are taken in zip order, as ExcelJS does.
  const refByPart = new Map<string, SheetRef>();
  for (const s of sheets) {
    const target = s.rId === undefined ? undefined : rels.get(s.rId);
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (WORKSHEET_PART.test(part) && entries.has(part)) refByPart.set(part, s);
  }
  const byId = new Map<number, { part: string; ref: SheetRef }>();
  for (const part of entries.keys()) {
    const ref = refByPart.get(part);
    if (!ref || !Number.isInteger(ref.id) || ref.id < 1 || ref.id > 0xfffffffe) continue;
    byId.set(ref.id, { part, ref });
  }
  const ordered = [...byId.entries()]
    .map(([id, v]) => ({ id, ...v, order: sheets.findIndex((s) => s.id === id) }))
    .sort((a, b) => a.order - b.order || a.id - b.id);

  const shared = ordered.length ? parseSharedStrings(zip.text('xl/sharedStrings.xml'), counter, limits) : undefined;
  const styles = ordered.length ? parseStyles(zip.text('xl/styles.xml'), counter, limits) : undefined;
  const grids: GridInit[] = [];
  const states: SheetState[] = [];
  let cells = 0;
  for (const s of ordered) {
    const name = s.ref.name === undefined ? `sheet${s.id}` : s.ref.name.length > 31 ? s.ref.name.slice(0, 31) : s.ref.name;
    let sheetCells: SheetCells;
    try {
      sheetCells = parseSheet(zip.text(s.part) as string, shared, styles, date1904, counter, limits);
    } catch (err) {
      if (err instanceof XlsxError) err.detail.sheet = name;
      throw err;
    }
    cells += sheetCells.values.length;
    let grid: GridInit;
    try {
      grid = toGrid(name, sheetCells, date1904, limits);
    } catch (err) {
      if (err instanceof XlsxError) err.detail.sheet = name;
      throw err;
    }
    grids.push(grid);
    const st = s.ref.state;
    states.push(st === 'hidden' || st === 'veryHidden' ? st : 'visible');
  }
  return { grids, states, date1904, work: { inflatedBytes: zip.inflatedBytes, tags: counter.tags, cells } };
}
