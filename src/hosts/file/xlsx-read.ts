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
import { EXCELJS_BUILTIN_FORMATS, isDateFormat } from './builtin-formats';
import { formatCellText } from './numfmt';
import { READ_LIMITS } from './limits';
import { decodeXml, readZipDirectory, ZipReader } from './zip';

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
      | 'sheet-text'
      | 'merged-rows'
      | 'too-many-sheets'
      | 'doctype',
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
  /**
   * Work done, for tests that prove reading is linear: bytes inflated, tags scanned, cells kept,
   * and the sheets whose cells were read at byte level (readSheetFast). `mergedCells`: the cells
   * the merged areas cover as the file states them, before clipping (what a reader that makes an
   * object per merged cell, as ExcelJS does, would make).
   */
  work: { inflatedBytes: number; tags: number; cells: number; byteLevelSheets: number; mergedCells: number };
  /** Formula cells with no cached result: the grid has them empty (Excel would calculate them). */
  uncachedFormulas: number;
  /** The package holds macros (a VBA project or Excel 4 macro sheets); none is ever run or read. */
  macros: boolean;
}

export interface LeanLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  maxCellsPerSheet: number;
  maxTextCharsPerSheet: number;
  maxMergedRows: number;
  maxSheets: number;
  maxTagChars: number;
  maxInflatedBytes: number;
  maxInflateRatio: number;
  ratioFloorBytes: number;
}

// ---------------------------------------------------------------------------------------------
// XML scanning

/**
 * Called for each tag; `attrs` is the raw text between the name and `>` (decoded on demand). An
 * `open` may return where scanning goes on (it read the element's content itself, end tag
 * included); `after` is the index just past the tag.
 */
interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean, after: number): number | void;
  close(name: string): void;
  text(raw: string): void;
}

interface ScanCounter {
  tags: number;
  /** Formula cells without a cached result (a file not saved by Excel): they read as empty. */
  uncached: number;
}

/**
 * Namespaces whose prefixed names (`x:row`, `pr:Relationship`) are read as the plain names: some
 * writers (System.IO.Packaging, the Open XML SDK with a prefix) put every element of a part under
 * a prefix, and Excel reads them. SpreadsheetML's transitional and Strict namespaces, and the
 * package relationships.
 */
const READ_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
]);

/** The prefixes a tag's attributes bind to READ_NAMESPACES (`xmlns:x="…main"`), added to `into`. */
function collectPrefixes(attrs: string, into: Set<string>): void {
  const re = /xmlns:([^\s=:]+)\s*=\s*(["'])(.*?)\2/g;
  for (let m = re.exec(attrs); m; m = re.exec(attrs)) if (READ_NAMESPACES.has(m[3].trim())) into.add(m[1]);
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

/** `x:row` as `row` when `x` is one of `prefixes`; any other name as it is. */
function localName(name: string, prefixes: Set<string>): string {
  const colon = name.indexOf(':');
  if (colon <= 0 || !prefixes.has(name.slice(0, colon))) return name;
  const local = name.slice(colon + 1);
  return nameAt(local, 0, local.length);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

/**
 * One pass over an XML document. Comments and processing instructions are skipped; CDATA is text
 * (escaped, so that the handler's entity decoding gives it back as written); entities are left to
 * the handler (see decodeText). A document type declaration is refused (`doctype`): the package
 * format forbids one (ECMA-376 Part 2, M1.17), Excel never writes one, and it is how entity
 * expansion (billion laughs) and external entities get in; none is ever expanded or fetched.
 * Malformed markup that cannot be scanned on (an unterminated tag or comment) is `corrupt`.
 * Names under a prefix bound to READ_NAMESPACES are given without it.
 */
function scanXml(xml: string, h: XmlHandler, counter: ScanCounter, maxTagChars: number): void {
  const n = xml.length;
  let i = 0;
  const prefixes = new Set<string>();
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
      h.close(prefixes.size > 0 ? localName(nameAt(xml, a, b), prefixes) : nameAt(xml, a, b));
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
        if (end > lt + 9) h.text(xml.slice(lt + 9, end).replace(/&/g, '&amp;'));
        i = end + 3;
      } else {
        // <!DOCTYPE …> (or any other declaration): refused before anything in it is looked at.
        throw new XlsxError('doctype');
      }
    } else {
      // <name attr="…" …> — a quoted value may hold `>`.
      let j = lt + 1;
      while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
      let name = nameAt(xml, lt + 1, j);
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
      if (attrs.indexOf('xmlns:') >= 0) collectPrefixes(attrs, prefixes);
      if (prefixes.size > 0) name = localName(name, prefixes);
      const resume = h.open(name, attrs, selfClosing, k + 1);
      if (typeof resume === 'number') {
        i = resume;
        continue;
      }
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
            rId: attr(attrs, 'r:id') ?? prefixedId(attrs),
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

/**
 * A relationship target of xl/workbook.xml as a part name: relative to xl/ (`worksheets/a.xml`,
 * `../xl/worksheets/a.xml`) or absolute (`/xl/worksheets/a.xml`), `.` and `..` resolved.
 */
function partName(target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const segments = (t.startsWith('/') ? t.slice(1) : `xl/${t}`).split('/');
  const out: string[] = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The value of an `…:id` attribute under another prefix than `r:` (`rel:id="rId1"`), or undefined. */
function prefixedId(attrs: string): string | undefined {
  const m = /(?:^|\s)([^\s=:]+):id\s*=/.exec(attrs);
  return m ? attr(attrs, `${m[1]}:id`) : undefined;
}

/** Relationships by Id: target and type. */
function parseRels(xml: string | undefined, counter: ScanCounter, limits: LeanLimits): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  if (xml === undefined) return rels;
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name !== 'Relationship') return;
        const id = attr(attrs, 'Id');
        const target = attr(attrs, 'Target');
        if (id !== undefined && target !== undefined) rels.set(id, { target, type: attr(attrs, 'Type') ?? '' });
      },
      close() {},
      text() {},
    },
    counter,
    limits.maxTagChars,
  );
  return rels;
}

/**
 * ExcelJS's built-in number formats, and the East Asian ones as a Chinese (zh-CN) Excel shows them:
 * it writes these ids without a <numFmt> of their own, so without them 2024年12月31日 would read as
 * 45657 (ExcelJS has them only per locale and gives no format).
 */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  ...EXCELJS_BUILTIN_FORMATS,
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

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

/** ExcelJS's Date(round(ms)) and back, so the number is the same as its path (./exceljs-read.ts dateToSerial). */
function viaDate(v: number, date1904: boolean): number {
  const off = date1904 ? 1462 : 0;
  const ms = Math.round((v - 25569 + off) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return NaN;
  // One division of whole milliseconds: 12.53 stays 12.53 (25569 + ms / day was 12.530000000000655).
  return (ms + (25569 - off) * 86400000) / 86400000;
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

/**
 * A cell's value from its type, its raw `<v>` text (entities decoded), its formula and runs, as
 * ExcelJS gives it. Throws for a shared-string index outside the table and a text past the limit.
 */
function cellValue(
  t: string | undefined,
  raw: string | undefined,
  isFormula: boolean,
  hasValue: boolean,
  runs: string[] | undefined,
  isDate: boolean,
  shared: (string | null)[] | undefined,
  date1904: boolean,
  limits: LeanLimits,
): CellValue {
  let value: CellValue = null;
  if (isFormula) {
    if (raw) {
      if (t === 'str') value = xmlDecodeAgain(raw);
      else if (t === 'b') value = parseInt(raw, 10) !== 0;
      else if (t === 'e') value = raw;
      else if (t === 'd') value = isoToSerial(raw, date1904); // Strict files: a formula's date result
      else {
        const n = parseFloat(raw);
        value = Number.isFinite(n) ? (isDate ? viaDate(n, date1904) : n) : null;
      }
    }
  } else if (hasValue) {
    if (t === 's') {
      const index = parseInt(raw ?? '', 10);
      // A shared string with no table to look it up in: its index is not the cell's value.
      if (shared === undefined) throw new XlsxError('corrupt', { what: 'shared string' });
      else {
        if (!(index >= 0 && index < shared.length)) throw new XlsxError('corrupt', { what: 'shared string' });
        value = shared[index];
      }
    } else if (t === 'str') value = xmlDecodeAgain(raw ?? '');
    else if (t === 'inlineStr') value = runs !== undefined ? runs.join('') : (raw ?? '');
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
  return value;
}

/**
 * One worksheet's cells, from its XML. With `spliced`, `xml` is the part with the content of its
 * first <sheetData> taken out at `spliced.at` (just past the start tag), and that content already
 * read by readSheetData; the result is undefined when the scanner does not meet that start tag
 * there, in the state where it would read rows, or meets rows elsewhere (the caller then reads the
 * whole part with the scanner alone).
 */
function parseSheet(
  xml: string,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  counter: ScanCounter,
  limits: LeanLimits,
  spliced?: Spliced,
): SheetCells | undefined {
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
  let textChars = 0;
  let lastRowNumber = 0;
  /** A child of a cell skipped with its content: phonetic runs and properties of inline strings. */
  let cellSkip = '';
  let splice = spliced;
  let mergeSplice = spliced?.merges;
  let spliceFailed = false;

  const finishCell = (c: CellModel): void => {
    const raw: string | undefined = c.value === undefined ? undefined : decodeText(c.value);
    const isFormula = !!c.formula || !!c.shareType;
    const hasValue = raw !== undefined || c.runs !== undefined;
    // ExcelJS's Merge type (no formula, no value, no style): never added to its row; but one
    // without `r` still takes its column, for the next cell without `r` to follow.
    if (!isFormula && !hasValue && !c.styleId && c.col !== undefined) return;
    if (!row) throw new XlsxError('corrupt');
    if (++parsedCells > limits.maxCellsPerSheet) throw new XlsxError('sheet-cells', { limit: String(limits.maxCellsPerSheet) });
    const fmt = c.styleId && styles ? styles.formats[c.styleId] : undefined;
    const isDate = c.styleId && styles ? styles.isDate[c.styleId] === true : false;
    if (isFormula && !raw) counter.uncached++;
    const value = cellValue(c.t, raw, isFormula, hasValue, c.runs, isDate, shared, date1904, limits);
    // Text counted per cell, a shared string as often as it is used (see maxTextCharsPerSheet).
    if (typeof value === 'string' && (textChars += value.length) > limits.maxTextCharsPerSheet) {
      throw new XlsxError('sheet-text', { limit: String(limits.maxTextCharsPerSheet) });
    }
    row.cols.push(c.col);
    row.values.push(value);
    row.formats.push(fmt);
  };

  const endRow = (): void => {
    inRow = false;
    if (!row) return;
    const n = row.number;
    if (Number.isFinite(n)) lastRowNumber = n;
    if (!(n >= 1)) {
      if (Number.isNaN(n)) throw new XlsxError('corrupt'); // ExcelJS: 'Invalid row number'
      return; // rows numbered 0 or less are never seen again
    }
    if (n > limits.maxRows) throw new XlsxError('row-limit', { row: String(n) });
    // A row without cells adds nothing, but still replaces an earlier row of its number.
    if (row.cols.length === 0) rowModels.delete(n);
    else rowModels.set(n, row);
  };

  const openTag = (name: string, attrs: string): void => {
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
      if (cellSkip !== '') return;
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
        case 'rPh':
        case 'phoneticPr':
          // Phonetic guides of an inline string are not its text (Excel shows them above it).
          cellSkip = name;
          return;
        default:
          return;
      }
    }
    if (name === 'row') {
      inRow = true;
      // `r` is optional: a row without it follows the one before (the first is row 1).
      const r = attr(attrs, 'r');
      row = { number: r === undefined ? lastRowNumber + 1 : parseInt(r, 10), cols: [], values: [], formats: [] };
      return;
    }
    if (name === 'c') {
      // ExcelJS: a cell after its row's end still goes into that row.
      inRow = true;
      cell = newCell(attrs, limits);
      node = '';
    }
  };

  scanXml(
    xml,
    {
      open(name, attrs, selfClosing, after) {
        if (splice && after >= splice.at) {
          // The scanner has reached the place where the byte-level read took the sheetData out: it
          // must be that element's start tag, seen where the scanner would read its rows.
          if (after !== splice.at || name !== 'sheetData' || mode !== '' || selfClosing) spliceFailed = true;
          else {
            parsedCells = splice.parsed;
            counter.tags += splice.tags;
          }
          splice = undefined;
          if (spliceFailed) {
            mode = 'done';
            return xml.length;
          }
          return after;
        }
        if (mergeSplice && !splice && after >= mergeSplice.at) {
          // The same for the first <mergeCells> after it, whose references were read already.
          if (after !== mergeSplice.at || name !== 'mergeCells' || mode !== '' || selfClosing || mergeRefs.length > 0) spliceFailed = true;
          else counter.tags += mergeSplice.tags;
          mergeSplice = undefined;
          if (spliceFailed) {
            mode = 'done';
            return xml.length;
          }
          return after;
        }
        openTag(name, attrs);
        return undefined;
      },
      text(raw) {
        if (!cell || cellSkip !== '') return;
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
          if (cellSkip !== '') {
            if (name === cellSkip) cellSkip = '';
            return;
          }
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

  let out: SheetCells;
  if (spliced) {
    // Not reached, or rows from a second sheetData (a broken file) that would mix with the first.
    if (spliceFailed || splice !== undefined || mergeSplice !== undefined || rowModels.size > 0) return undefined;
    out = spliced.cells;
    if (spliced.merges) {
      // Areas from another <mergeCells> would have to come in file order with these: read it all again.
      if (mergeRefs.length > 0) return undefined;
      out.merges = spliced.merges.rects;
    }
  } else out = rowsInOrder(rowModels, limits);
  for (const ref of mergeRefs) {
    const m = parseRef(ref, limits.maxColumns);
    if (!m) continue;
    if (m.bottom >= limits.maxRows) throw new XlsxError('row-limit', { row: String(m.bottom + 1) });
    out.merges.push(m);
  }
  return out;
}

/** Rows in order; in a row, a cell without `r` follows the one before; a later duplicate wins. */
function rowsInOrder(rowModels: Map<number, RowModel>, limits: LeanLimits): SheetCells {
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
  // `r` is optional: a cell without it follows the one before (the first is in column A).
  const col = model.cols[i] ?? (prev === undefined ? 1 : prev + 1);
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
  return out;
}

// ---------------------------------------------------------------------------------------------
// The byte-level read of a plain <sheetData>

/**
 * Where the attributes of the tag being read by tagEnd start and end (-1: absent): `r`, `s`, `t`.
 * Module state instead of an object per tag, so that a large sheet allocates nothing per cell.
 */
let attrR = -1;
let attrREnd = -1;
let attrS = -1;
let attrSEnd = -1;
let attrT = -1;
let attrTEnd = -1;
let tagSelfClosing = false;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Reads the attributes of the tag that starts at `start` and whose name ends at `p`; returns the
 * index just past its `>`, or -1 when the tag is not plain: a value with an entity, a tab or line
 * break (which the scanner would decode) or `=` (where attr() could find a name inside another
 * value), a name without a quoted value, or a tag longer than the limit.
 */
function tagEnd(b: Uint8Array, start: number, p: number, maxTagChars: number): number {
  attrR = attrS = attrT = -1;
  const n = b.length;
  for (;;) {
    let c = b[p];
    while (isSpace(c)) c = b[++p];
    if (c === 62) {
      tagSelfClosing = false;
      break;
    }
    if (c === 47) {
      if (b[p + 1] !== 62) return -1;
      tagSelfClosing = true;
      p++;
      break;
    }
    const nameStart = p;
    while (p < n && c !== 61 && c !== 62 && c !== 47 && !isSpace(c)) c = b[++p];
    if (c !== 61) return -1; // name=value, with no white space around `=`
    const nameLen = p - nameStart;
    const q = b[++p];
    if (q !== 34 && q !== 39) return -1;
    const valueStart = p + 1;
    let e = valueStart;
    for (; e < n; e++) {
      const ch = b[e];
      if (ch === q) break;
      if (ch === 38 || ch === 61 || ch === 9 || ch === 10 || ch === 13) return -1;
    }
    if (e >= n) return -1;
    if (nameLen === 1) {
      const k = b[nameStart];
      if (k === 114 && attrR < 0) {
        attrR = valueStart;
        attrREnd = e;
      } else if (k === 115 && attrS < 0) {
        attrS = valueStart;
        attrSEnd = e;
      } else if (k === 116 && attrT < 0) {
        attrT = valueStart;
        attrTEnd = e;
      }
    }
    p = e + 1;
    // attr() finds a name only after white space.
    const next = b[p];
    if (next !== 62 && next !== 47 && !isSpace(next)) return -1;
  }
  if (p - start > maxTagChars) return -1;
  return p + 1;
}

/** The digits b[from, to) as a number, or -1 when there are none, others, or more than 15. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (from >= to || to - from > 15) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = b[i] - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A plain decimal b[from, to) (`-?digits[.digits]`, at most 15 digits) as parseFloat reads it, or
 * NaN for any other text. Digits and a power of ten both exact in a double, their quotient is the
 * correctly rounded value, which is what parseFloat gives.
 */
function decimalAt(b: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = b[i] === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      m = m * 10 + c - 48;
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || scale === 0) return NaN;
  const v = scale > 0 ? m / POWERS_OF_TEN[scale] : m;
  return negative ? -v : v;
}

/** True when b[at…] starts with the ASCII text `s`. */
function bytesAre(b: Uint8Array, at: number, s: string): boolean {
  if (at + s.length > b.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

const utf8Text = new TextDecoder('utf-8');

/** b[from, to) as the scanner would give it: UTF-8, entities decoded, line ends normalised. */
function textAt(b: Uint8Array, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to && plain; i++) {
    const c = b[i];
    if (c === 38 || c === 13 || c > 126) plain = false;
  }
  if (plain) return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
  return decodeText(utf8Text.decode(b.subarray(from, to)));
}

/**
 * An empty array already of V8's kind for any value (not small integers only, as `[]` starts): the
 * row reader's code, optimised on one sheet's arrays, is then not thrown away at the next sheet's.
 */
function anyArray<T>(): T[] {
  const a: unknown[] = [null];
  a.pop();
  return a as T[];
}

/**
 * What readSheetData gathers from one <sheetData>: the cells kept, as parallel arrays, and the
 * counts. One object per sheet, so that the row reader takes it as one argument.
 */
class SheetScan {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = anyArray();
  readonly formats: (string | undefined)[] = anyArray();
  tags = 0;
  parsed = 0;
  textChars = 0;
  constructor(
    readonly shared: (string | null)[] | undefined,
    readonly styleFormats: (string | undefined)[] | undefined,
    readonly styleDates: boolean[] | undefined,
    readonly date1904: boolean,
    readonly limits: LeanLimits,
    readonly counter: ScanCounter,
  ) {}
}

/** `</x` at b[p…]: a closing tag whose name starts with byte `x` (the caller checks the rest). */
function isClosing(b: Uint8Array, p: number, x: number): boolean {
  return b[p + 1] === 47 && b[p + 2] === x;
}

/** The index of the next `<` at or after `from`, or -1 (a value's text is short: no call into Buffer). */
function nextLt(b: Uint8Array, from: number): number {
  const n = b.length;
  let i = from;
  while (i < n && b[i] !== 60) i++;
  return i < n ? i : -1;
}

/**
 * The content of a <sheetData> that the scanner would read as rows of cells, read straight from
 * the part's bytes from `p`, just past the start tag. Only the plain form is read: rows numbered
 * in increasing order, each cell with its address (columns increasing), its `<v>` and `<f>`;
 * anything else (inline strings, a cell without an address, a duplicate row, a comment, a limit
 * reached) returns undefined, and the part is read by the scanner alone. The cells that come out
 * are the scanner's, less those without a value (which the grid leaves out anyway).
 *
 * Each row's cells are read by readRow, called once per row: a short function called tens of
 * thousands of times is optimised by V8 early and cheaply, where one loop over a whole 2 MB sheet
 * ran its first part in the baseline tier and waited for a large on-stack replacement (a cold read
 * of 2,000 tables spent more instructions compiling and running unoptimised code than reading).
 */
function readSheetData(
  b: Uint8Array,
  p: number,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  limits: LeanLimits,
  counter: ScanCounter,
): { cells: SheetCells; parsed: number; tags: number; end: number } | undefined {
  const s = new SheetScan(shared, styles?.formats, styles?.isDate, date1904, limits, counter);
  const maxTag = limits.maxTagChars;
  let lastRow = 0;
  for (;;) {
    let c = b[p];
    while (isSpace(c)) c = b[++p];
    if (c !== 60) return undefined;
    s.tags++;
    if (bytesAre(b, p, '</sheetData>')) {
      return { cells: { rows: s.rows, cols: s.cols, values: s.values, formats: s.formats, merges: [] }, parsed: s.parsed, tags: s.tags, end: p + 12 };
    }
    if (!bytesAre(b, p, '<row') || !isNameEnd(b[p + 4])) return undefined;
    p = tagEnd(b, p, p + 4, maxTag);
    if (p < 0 || attrR < 0) return undefined;
    const r = digitsAt(b, attrR, attrREnd);
    if (r <= lastRow || r > limits.maxRows) return undefined;
    lastRow = r;
    if (tagSelfClosing) continue;
    p = readRow(b, p, r, s);
    if (p < 0) return undefined;
  }
}

/**
 * The cells of row `r` from `p` (just past its start tag) up to and including `</row>`, added to
 * `s`; returns the index past `</row>`, or -1 when the row is not plain (see readSheetData).
 */
function readRow(b: Uint8Array, p: number, r: number, s: SheetScan): number {
  const limits = s.limits;
  const maxTag = limits.maxTagChars;
  const maxColumns = limits.maxColumns;
  let lastCol = 0;
  for (;;) {
    let c = b[p];
    while (isSpace(c)) c = b[++p];
    if (c !== 60) return -1;
    s.tags++;
    if (isClosing(b, p, 114)) {
      // </row>
      if (b[p + 3] !== 111 || b[p + 4] !== 119 || b[p + 5] !== 62) return -1;
      return p + 6;
    }
    if (b[p + 1] !== 99 || !isNameEnd(b[p + 2])) return -1;
    p = tagEnd(b, p, p + 2, maxTag);
    if (p < 0 || attrR < 0) return -1;
    // The address: letters A–Z, then the row's digits (which ExcelJS does not read).
    let col = 0;
    let k = attrR;
    for (; k < attrREnd; k++) {
      const ch = b[k];
      if (ch < 65 || ch > 90) break;
      col = col * 26 + ch - 64;
      if (col > maxColumns) return -1;
    }
    if (col <= lastCol || k === attrR || digitsAt(b, k, attrREnd) < 0) return -1;
    lastCol = col;
    let styleId = 0;
    if (attrS >= 0 && attrSEnd > attrS) {
      styleId = digitsAt(b, attrS, attrSEnd);
      if (styleId < 0) return -1;
    }
    // t: 's' (a shared string) and none (a number) are the common ones; others are sliced.
    let t: string | undefined;
    let sharedString = false;
    if (attrT >= 0) {
      if (attrTEnd - attrT === 1 && b[attrT] === 115) sharedString = true;
      else t = textAt(b, attrT, attrTEnd);
    }
    let vStart = -1;
    let vEnd = -1;
    let isFormula = false;
    if (!tagSelfClosing) {
      for (;;) {
        c = b[p];
        while (isSpace(c)) c = b[++p];
        if (c !== 60) return -1;
        s.tags++;
        const c1 = b[p + 1];
        if (c1 === 47) {
          // </c>
          if (b[p + 2] !== 99 || b[p + 3] !== 62) return -1;
          p += 4;
          break;
        }
        if (c1 === 118) {
          // <v>text</v> or <v/>
          const c2 = b[p + 2];
          if (c2 === 47 && b[p + 3] === 62) {
            p += 4;
            continue;
          }
          if (c2 !== 62 || vStart >= 0) return -1;
          const from = p + 3;
          const to = nextLt(b, from);
          if (to < 0 || !isClosing(b, to, 118) || b[to + 3] !== 62) return -1;
          s.tags++;
          if (to > from) {
            vStart = from;
            vEnd = to;
          }
          p = to + 4;
          continue;
        }
        if (c1 === 102 && isNameEnd(b[p + 2])) {
          // <f …>formula</f> or <f …/>: only whether there is one counts.
          const cellR = attrR;
          const cellREnd = attrREnd;
          const at = tagEnd(b, p, p + 2, maxTag);
          if (at < 0) return -1;
          if (attrTEnd > attrT && attrT >= 0) isFormula = true;
          attrR = cellR;
          attrREnd = cellREnd;
          p = at;
          if (tagSelfClosing) continue;
          const to = nextLt(b, p);
          if (to < 0 || !bytesAre(b, to, '</f>')) return -1;
          s.tags++;
          if (to > p) isFormula = true;
          p = to + 4;
          continue;
        }
        return -1;
      }
    }
    const hasValue = vStart >= 0;
    // ExcelJS's Merge type (no formula, no value, no style): never added to its row.
    if (!isFormula && !hasValue && !styleId) continue;
    if (++s.parsed > limits.maxCellsPerSheet) return -1;
    if (!hasValue) {
      if (isFormula) s.counter.uncached++;
      continue; // no value: nothing in the grid
    }
    let value: CellValue | undefined;
    const styleDates = s.styleDates;
    const isDate = styleId && styleDates ? styleDates[styleId] === true : false;
    const shared = s.shared;
    if (sharedString && !isFormula && shared !== undefined) {
      const index = digitsAt(b, vStart, vEnd);
      if (index < 0 || index >= shared.length) return -1;
      value = shared[index];
      if (value !== null && value.length > limits.maxCellChars) return -1;
    } else {
      // A number in a cell that is not date-formatted is read as it stands; the rest as text.
      const n = t === undefined && !sharedString && !isDate ? decimalAt(b, vStart, vEnd) : NaN;
      if (!Number.isNaN(n)) value = n;
      else {
        value = otherValue(sharedString ? 's' : t, b, vStart, vEnd, isFormula, isDate, s);
        if (value === undefined) return -1;
      }
    }
    if (value === null) continue;
    // Past the sheet's text limit: the scanner reads the part again and says so.
    if (typeof value === 'string' && (s.textChars += value.length) > limits.maxTextCharsPerSheet) return -1;
    s.rows.push(r - 1);
    s.cols.push(col - 1);
    s.values.push(value);
    const styleFormats = s.styleFormats;
    s.formats.push(styleId && styleFormats ? styleFormats[styleId] : undefined);
  }
}

/** A value that is not a plain number or shared string, as the scanner reads it; undefined when cellValue throws. */
function otherValue(t: string | undefined, b: Uint8Array, from: number, to: number, isFormula: boolean, isDate: boolean, s: SheetScan): CellValue | undefined {
  try {
    return cellValue(t, textAt(b, from, to), isFormula, true, undefined, isDate, s.shared, s.date1904, s.limits);
  } catch {
    return undefined;
  }
}

interface Spliced {
  at: number;
  cells: SheetCells;
  parsed: number;
  tags: number;
  /** The first <mergeCells> after the sheetData, taken out the same way. */
  merges?: { at: number; rects: Rect[]; tags: number };
}

/** The column letters b[from, to) (A–Z only) as a 1-based number, or -1. */
function lettersAt(b: Uint8Array, from: number, to: number, maxColumns: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const ch = b[i];
    if (ch < 65 || ch > 90) return -1;
    col = col * 26 + ch - 64;
    if (col > maxColumns) return -1;
  }
  return from < to ? col : -1;
}

/** Columns per row in refCorner's packed corner (more than Excel's 16,384). */
const CORNER_COLUMNS = 1 << 15;

/**
 * A merge reference's corner b[from, to) (`B12`: letters, then digits) as (row − 1) ×
 * CORNER_COLUMNS + (column − 1), both 0-based; -1 when it is not a plain address within the limits.
 */
function refCorner(b: Uint8Array, from: number, to: number, limits: LeanLimits): number {
  let d = from;
  while (d < to && b[d] >= 65 && b[d] <= 90) d++;
  const col = lettersAt(b, from, d, limits.maxColumns);
  const row = digitsAt(b, d, to);
  if (col < 1 || row < 1 || row > limits.maxRows || col > CORNER_COLUMNS) return -1;
  return (row - 1) * CORNER_COLUMNS + (col - 1);
}

/**
 * The content of a <mergeCells> read straight from the bytes from `p` (just past its start tag):
 * only `<mergeCell ref="A1:B2"/>` elements with plain references inside the sheet's limits, up to
 * `</mergeCells>`; anything else returns undefined (the scanner reads it).
 */
function readMergeCells(b: Uint8Array, p: number, limits: LeanLimits): { rects: Rect[]; tags: number; end: number } | undefined {
  const rects: Rect[] = anyArray();
  let tags = 0;
  for (;;) {
    let c = b[p];
    while (isSpace(c)) c = b[++p];
    if (c !== 60) return undefined;
    tags++;
    if (bytesAre(b, p, '</mergeCells>')) return { rects, tags, end: p + 13 };
    p = readMergeCell(b, p, limits, rects);
    if (p < 0) return undefined;
  }
}

/**
 * One `<mergeCell ref="A1:B2"/>` at `p`, its area added to `rects`; returns the index past it, or
 * -1 when it is not that plain form. Called once per area (see readRow).
 */
function readMergeCell(b: Uint8Array, p: number, limits: LeanLimits, rects: Rect[]): number {
  if (!bytesAre(b, p, '<mergeCell ref="')) return -1;
  const from = p + 16;
  // The closing quote within 40 bytes (a loop: no call into Buffer per area).
  const limit = Math.min(b.length, from + 41);
  let to = from;
  while (to < limit && b[to] !== 34) to++;
  if (to >= limit) return -1;
  p = to + 1;
  let c = b[p];
  while (isSpace(c)) c = b[++p];
  if (c !== 47 || b[p + 1] !== 62) return -1;
  // A1 or A1:B2: letters, then digits, twice (no array per area: a sheet has tens of thousands).
  let colon = from;
  while (colon < to && b[colon] !== 58) colon++;
  const first = refCorner(b, from, colon, limits);
  const second = colon < to ? refCorner(b, colon + 1, to, limits) : first;
  if (first < 0 || second < 0) return -1;
  const r1 = Math.floor(first / CORNER_COLUMNS);
  const c1 = first % CORNER_COLUMNS;
  const r2 = Math.floor(second / CORNER_COLUMNS);
  const c2 = second % CORNER_COLUMNS;
  rects.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
  return p + 2;
}

/**
 * A worksheet part read the fast way: its first <sheetData>'s content by readSheetData, straight
 * from the bytes, and the rest (a few kilobytes: the elements before, the merged areas after) by
 * the scanner, as latin1 text (one char per byte: the markup is ASCII, and nothing but merge
 * references is taken from it). Undefined when the part is not plain enough for that; any error
 * is left for the scanner's own reading to say.
 */
function readSheetFast(
  part: Uint8Array,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  counter: ScanCounter,
  limits: LeanLimits,
): SheetCells | undefined {
  const buf = Buffer.from(part.buffer, part.byteOffset, part.length);
  const open = buf.indexOf('<sheetData');
  if (open < 0 || !isNameEnd(part[open + 10])) return undefined;
  const at = buf.indexOf(62, open) + 1; // just past the start tag's `>`
  if (at <= 0 || part[at - 2] === 47) return undefined;
  const tagsBefore = counter.tags;
  const uncachedBefore = counter.uncached;
  try {
    const read = readSheetData(part, at, shared, styles, date1904, limits, counter);
    if (!read) {
      counter.uncached = uncachedBefore;
      return undefined;
    }
    const spliced: Spliced = { at, cells: read.cells, parsed: read.parsed, tags: read.tags };
    let xml = buf.toString('latin1', 0, at);
    let rest = read.end;
    const mergeOpen = buf.indexOf('<mergeCells', rest);
    if (mergeOpen >= 0 && isNameEnd(part[mergeOpen + 11])) {
      const mergeAt = buf.indexOf(62, mergeOpen) + 1;
      const merges = mergeAt > 0 && part[mergeAt - 2] !== 47 ? readMergeCells(part, mergeAt, limits) : undefined;
      if (merges) {
        xml += buf.toString('latin1', rest, mergeAt);
        spliced.merges = { at: xml.length, rects: merges.rects, tags: merges.tags };
        rest = merges.end;
      }
    }
    xml += buf.toString('latin1', rest, part.length);
    return parseSheet(xml, shared, styles, date1904, counter, limits, spliced);
  } catch {
    counter.tags = tagsBefore;
    counter.uncached = uncachedBefore;
    return undefined;
  }
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
function dropMergedCells(cells: SheetCells): Uint8Array | undefined {
  if (cells.merges.length === 0) return undefined;
  const dropped = new Uint8Array(cells.values.length); // 1: inside a merged area, not its top-left
  const byTop = [...cells.merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Rect[] = []; // spanning the current row, sorted by left
  let activeBottom = Infinity; // the first row past which one of them ends
  let currentRow = -1;
  for (let i = 0; i < cells.values.length; i++) {
    const r = cells.rows[i];
    if (r !== currentRow) {
      currentRow = r;
      if (r > activeBottom) {
        active = active.filter((m) => m.bottom >= r);
        activeBottom = Infinity;
        for (const m of active) if (m.bottom < activeBottom) activeBottom = m.bottom;
      }
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
          if (m.bottom < activeBottom) activeBottom = m.bottom;
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
        dropped[i] = 1;
        break;
      }
    }
  }
  return dropped;
}

/** What gridRow needs for every row of one sheet's snapshot (one argument instead of eight). */
class GridBuild {
  /**
   * The text of each number once per format: a sheet repeats its amounts and weights (zero is
   * left out: the map would not tell -0 from 0).
   */
  readonly texts = new Map<string | undefined, Map<number, string>>();
  constructor(
    readonly cells: SheetCells,
    readonly dropped: Uint8Array | undefined,
    readonly top: number,
    readonly left: number,
    readonly date1904: boolean,
    readonly values: CellValue[][],
    readonly text: (string | null)[][],
    readonly formats: (string | null)[][],
  ) {}
}

/**
 * One sheet row of the snapshot from cells i…end-1 (one row, columns increasing): its arrays are
 * made at their final width. A function of its own, called once per row, so that V8 optimises it
 * after a few hundred rows (one loop over a whole sheet waited for on-stack replacement).
 */
function gridRow(g: GridBuild, i: number, end: number): void {
  const { cells, dropped, left, texts, date1904 } = g;
  const cellValues = cells.values;
  const row = cells.rows[i];
  let last = end - 1;
  while (last >= i && ((dropped && dropped[last]) || cellValues[last] === null)) last--;
  if (last < i) return;
  const width = cells.cols[last] - left + 1;
  const vr: CellValue[] = new Array<CellValue>(width);
  const tr: (string | null)[] = new Array<string | null>(width);
  const fr: (string | null)[] = new Array<string | null>(width);
  let filled = 0;
  for (; i <= last; i++) {
    const v = cellValues[i];
    if ((dropped && dropped[i]) || v === null) continue;
    const c = cells.cols[i] - left;
    // Nulls up to the cell, as the ExcelJS path has them; a wide gap stays a hole (see pad).
    if (c - filled <= 64) {
      for (; filled < c; filled++) {
        vr[filled] = null;
        tr[filled] = null;
        fr[filled] = null;
      }
    }
    const fmt = cells.formats[i];
    vr[c] = v;
    let shown: string;
    if (typeof v === 'number' && v !== 0) {
      let byValue = texts.get(fmt);
      if (byValue === undefined) texts.set(fmt, (byValue = new Map()));
      const known = byValue.get(v);
      if (known === undefined) byValue.set(v, (shown = formatCellText(v, fmt, date1904)));
      else shown = known;
    } else shown = typeof v === 'string' ? v : formatCellText(v, fmt, date1904);
    tr[c] = shown;
    fr[c] = fmt ?? null;
    filled = c + 1;
  }
  const at = row - g.top;
  g.values[at] = vr;
  g.text[at] = tr;
  g.formats[at] = fr;
}

function toGrid(name: string, cells: SheetCells, date1904: boolean, limits: LeanLimits): GridInit {
  const dropped = dropMergedCells(cells);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < cells.values.length; i++) {
    if ((dropped && dropped[i]) || cells.values[i] === null) continue;
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
  const build = new GridBuild(cells, dropped, top, left, date1904, values, text, formats);
  const count = cells.values.length;
  const rows = cells.rows;
  for (let i = 0; i < count; ) {
    // One sheet row: cells i…end-1, columns increasing.
    const row = rows[i];
    let end = i + 1;
    while (end < count && rows[end] === row) end++;
    gridRow(build, i, end);
    i = end;
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
/** A relationship type naming a worksheet (transitional or Strict). */
const WORKSHEET_TYPE = /\/worksheet$/;
/** Parts that hold macros: a VBA project (.xlsm), Excel 4 macro sheets. */
const MACRO_PART = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i;
/** Other sheet types: never read as worksheets, whatever their part is called. */
const OTHER_SHEET_TYPE = /\/(chartsheet|dialogsheet|xlMacrosheet|xlIntlMacrosheet)$/;

/**
 * A sheet name cut to Excel's 31 characters, as ExcelJS cuts it, but never between the two halves
 * of a surrogate pair (`…😀` cut there left a lone surrogate, shown as U+FFFD in the report).
 */
function sheetName(name: string): string {
  if (name.length <= 31) return name;
  const c = name.charCodeAt(30);
  return name.slice(0, c >= 0xd800 && c <= 0xdbff ? 30 : 31);
}

/** Reads an .xlsx from its bytes (a zip). Throws ZipError or XlsxError; read.ts explains them. */
export function readXlsx(bytes: Uint8Array, limits: LeanLimits = READ_LIMITS, options: { byteLevel?: boolean } = {}): LeanWorkbook {
  const byteLevel = options.byteLevel ?? true;
  let byteLevelSheets = 0;
  const entries = readZipDirectory(bytes);
  const zip = new ZipReader(bytes, entries, limits);
  const counter: ScanCounter = { tags: 0, uncached: 0 };
  const workbookXml = zip.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new XlsxError('no-workbook');
  const { sheets, date1904 } = parseWorkbook(workbookXml, counter, limits);
  const rels = parseRels(zip.text('xl/_rels/workbook.xml.rels'), counter, limits);

  // Which worksheet part each <sheet> names; parts are taken in zip order, as ExcelJS does.
  const refByPart = new Map<string, SheetRef>();
  for (const s of sheets) {
    const rel = s.rId === undefined ? undefined : rels.get(s.rId);
    if (rel === undefined) continue;
    // By name (sheetN.xml, as ExcelJS) or by relationship type: a worksheet part named otherwise
    // (worksheets/data.xml) was left out without a word before.
    const { type } = rel;
    const part = partName(rel.target);
    if (!entries.has(part) || OTHER_SHEET_TYPE.test(type)) continue;
    if (WORKSHEET_PART.test(part) || WORKSHEET_TYPE.test(type)) refByPart.set(part, s);
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
  let mergedCells = 0;
  for (const s of ordered) {
    const name = s.ref.name === undefined ? `sheet${s.id}` : sheetName(s.ref.name);
    const part = zip.read(s.part) as Uint8Array;
    const tagsBefore = counter.tags;
    const uncachedBefore = counter.uncached;
    let sheetCells = byteLevel ? readSheetFast(part, shared, styles, date1904, counter, limits) : undefined;
    if (sheetCells !== undefined) byteLevelSheets++;
    else {
      counter.tags = tagsBefore;
      counter.uncached = uncachedBefore;
      try {
        sheetCells = parseSheet(decodeXml(part), shared, styles, date1904, counter, limits) as SheetCells;
      } catch (err) {
        if (err instanceof XlsxError) err.detail.sheet = name;
        throw err;
      }
    }
    cells += sheetCells.values.length;
    for (const m of sheetCells.merges) mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
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
  let macros = false;
  for (const part of entries.keys()) if (MACRO_PART.test(part)) macros = true;
  return { grids, states, date1904, work: { inflatedBytes: zip.inflatedBytes, tags: counter.tags, cells, byteLevelSheets, mergedCells }, uncachedFormulas: counter.uncached, macros };
}
