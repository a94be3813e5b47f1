/**
 * The .xlsx parsing both lean readers share: the command line's (./xlsx-read.ts: grids for the
 * engine, parts inflated with node:zlib) and the browser preview's (src/standin/xlsx-lean.ts: the
 * stand-in's workbook model, parts inflated with DecompressionStream). Pure: no Node API, no DOM;
 * each host hands it the inflated bytes of a part and keeps its own limits, messages and policy.
 *
 * Here: the XML scanner (one pass, tag by tag, no DOM), entity decoding and attributes, the
 * workbook and its relationships, shared strings, a cell's value as ExcelJS gives it, and the
 * byte-level read of a plain <sheetData> and <mergeCells> (most of a large workbook), which the
 * preview asks for in `detail` (every cell with its style index, formulas' text, row heights, and
 * `odd` for anything ExcelJS's model might give differently).
 *
 * Work is bounded by the limits given: no loop runs over a merged area or a bounding box, only
 * over the bytes of the XML and the cells it holds.
 */
import type { CellValue, Rect, Span } from '../../core/engine/grid';

/** The brand an XlsxError carries, the same in every copy of this module (Symbol.for). */
const XLSX_ERROR: unique symbol = Symbol.for('perf-target.XlsxError');

/** A reason the lean reader cannot read a workbook; read.ts turns it into a FileReadError. */
export class XlsxError extends Error {
  /**
   * `instanceof` by brand, not by prototype: the built command line's check is one bundle holding
   * its own copy of this class, and the legacy readers (loaded only for an .xls or a web page,
   * scripts/bundle-cli.js) throw theirs. By prototype, read.ts saw a stranger, and every limit
   * those readers hit (a cell over 32,767 characters, a cell past XFD) said 读取这个文件时出现意外错误.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [XLSX_ERROR]?: unknown })[XLSX_ERROR] === true;
  }

  readonly [XLSX_ERROR] = true;

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
      | 'workbook-too-large'
      | 'doctype',
    readonly detail: Record<string, string> = {},
  ) {
    super(reason);
    this.name = 'XlsxError';
  }
}


export interface LeanLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  maxCellsPerSheet: number;
  maxTextCharsPerSheet: number;
  maxMergedRows: number;
  maxCellsPerWorkbook: number;
  maxTextCharsPerWorkbook: number;
  maxGridRowsPerWorkbook: number;
  maxGridSlotsPerWorkbook: number;
  maxMergedRowsPerWorkbook: number;
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
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean, after: number): number | void;
  close(name: string): void;
  text(raw: string): void;
}

export interface ScanCounter {
  tags: number;
  /** Formula cells without a cached result (a file not saved by Excel): they read as empty. */
  uncached: number;
  /**
   * Number cells whose `<v>` is not a number (`0x1F`, `12abc`, `NaN`, `1e400`): read as empty, as
   * Excel keeps no such value; counted so that the command line can say so.
   */
  badNumbers: number;
}

/**
 * The number a `<v>` of a number cell holds, or NaN when its text is not one Excel can hold.
 * Office's reading of the cell value (MS-OI29500 2.1.660, on ISO/IEC 29500-1 §18.3.1.96): "If the
 * cell contains a number, the value shall be a textual representation of a double-precision
 * floating point number", i.e. XML Schema's `xsd:double` lexical form with its white space
 * collapsed: `[+-]?(digits[.digits?] | .digits)([eE][+-]?digits)?` between XML white space
 * (` 12`, `12 `, `+5`, `.5`, `5.`, `-0` are numbers). `INF`, `-INF` and `NaN` are lexical doubles
 * too but no value a cell holds, and neither is a finite form past the largest double (`1e400`):
 * NaN. Before, every reader took parseFloat's numeric start: `0x1F` was 0, `12abc` 12, `1e5x`
 * 100000 — a false 预算数 0 — where Excel says the file is damaged. One pass, no pattern.
 */
export function xsdDouble(text: string): number {
  let from = 0;
  let to = text.length;
  while (from < to && isXmlSpace(text.charCodeAt(from))) from++;
  while (to > from && isXmlSpace(text.charCodeAt(to - 1))) to--;
  let i = from;
  const sign = text.charCodeAt(i);
  if (sign === 43 || sign === 45) i++;
  let digits = 0;
  while (i < to && isDigit(text.charCodeAt(i))) { i++; digits++; }
  if (i < to && text.charCodeAt(i) === 46) {
    i++;
    while (i < to && isDigit(text.charCodeAt(i))) { i++; digits++; }
  }
  if (digits === 0) return NaN;
  if (i < to && (text.charCodeAt(i) | 32) === 101) {
    i++;
    const expSign = text.charCodeAt(i);
    if (expSign === 43 || expSign === 45) i++;
    let expDigits = 0;
    while (i < to && isDigit(text.charCodeAt(i))) { i++; expDigits++; }
    if (expDigits === 0) return NaN;
  }
  if (i !== to) return NaN;
  // Checked above to be a decimal JavaScript's Number reads as XML Schema does (no hex, no
  // `Infinity`, no `_`); `5.` and `.5` included.
  const n = Number(text.slice(from, to));
  return Number.isFinite(n) ? n : NaN;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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

/** True when a tag's attributes bind a prefix to READ_NAMESPACES (ExcelJS reads no such names). */
export function bindsReadPrefix(attrs: string): boolean {
  const found = new Set<string>();
  collectPrefixes(attrs, found);
  return found.size > 0;
}

/** Tag names the readers compare, by length: returned as constants instead of fresh slices. */
const KNOWN_NAMES: string[][] = [];
for (const n of ['c', 'v', 'f', 't', 'r', 'is', 'xf', 'si', 'row', 'sst', 'rPr', 'rPh', 'sheet', 'numFmt', 'sheets', 'sheetData', 'mergeCell', 'mergeCells', 'worksheet']) {
  (KNOWN_NAMES[n.length] ??= []).push(n);
}

/** The tag name xml[start, end): a known name's constant, or a slice. */
export function nameAt(xml: string, start: number, end: number): string {
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

export function isNameEnd(c: number): boolean {
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
export function scanXml(xml: string, h: XmlHandler, counter: ScanCounter, maxTagChars: number): void {
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
export function decodeText(raw: string): string {
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
export function attr(attrs: string, name: string): string | undefined {
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
export function xmlDecodeAgain(text: string): string {
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
export function decodeXEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// Workbook, relationships, styles, shared strings

export interface SheetRef {
  name: string | undefined;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

export function parseWorkbook(xml: string, counter: ScanCounter, limits: LeanLimits): { sheets: SheetRef[]; date1904: boolean } {
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
export function partName(target: string): string {
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
export function parseRels(xml: string | undefined, counter: ScanCounter, limits: LeanLimits): Map<string, { target: string; type: string }> {
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

/** What a worksheet's cells take from the styles part: per cellXfs index, its number format. */
export interface Styles {
  /** Per cellXfs index: its number format, or undefined. */
  formats: (string | undefined)[];
  isDate: boolean[];
}

/**
 * A shared string: its text, '' for none, or null for a string that reads as no value. With
 * `flags` (the preview), `odd` is set for anything but plain text or runs of text: phonetic guides,
 * `_x000D_` escapes, an item without text, a second text, `<t/>`, an element ExcelJS's model may
 * read otherwise, a bad entity or a carriage return.
 */
export function parseSharedStrings(xml: string | undefined, counter: ScanCounter, limits: LeanLimits, flags?: { odd: boolean }): (string | null)[] | undefined {
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
  const odd = (): void => {
    if (flags) flags.odd = true;
  };
  /** A text's characters, decoded (and looked at for the preview). */
  const textOf = (raw: string): string => {
    if (flags && (raw.indexOf('_x') >= 0 || raw.indexOf('\r') >= 0 || hasBadEntity(raw))) flags.odd = true;
    return decodeXEscapes(decodeText(raw));
  };
  scanXml(
    xml,
    {
      open(name, _attrs, selfClosing) {
        if (!inSi) {
          if (name === 'si') {
            inSi = true;
            plain = undefined;
            runs = undefined;
            sub = '';
          } else if (name !== 'sst') odd();
          return;
        }
        if (sub === 'r') {
          if (inRPr) return;
          if (name === 't') {
            inRunT = true;
            buf = '';
            if (selfClosing) odd();
          } else if (name === 'rPr') inRPr = true;
          return;
        }
        if (sub !== '') return;
        if (name === 't') {
          sub = 't';
          buf = '';
          if (selfClosing || plain !== undefined) odd();
        } else if (name === 'r') {
          sub = 'r';
          runText = undefined;
          inRunT = false;
          inRPr = false;
          if (selfClosing) odd();
        } else {
          if (name === 'rPh') sub = 'rPh';
          odd();
        }
      },
      text(raw) {
        if (sub === 't' || (sub === 'r' && inRunT)) buf += raw;
      },
      close(name) {
        if (!inSi) return;
        if (sub === 't') {
          plain = textOf(buf);
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
            runText = textOf(buf);
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
          } else {
            out.push(null);
            odd();
          }
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

/**
 * The cells of one sheet as parallel arrays (0-based), in file order. A cell's number format is
 * its style's (`styles`: the index into cellXfs, 0 for none, whose format is none), looked up when
 * the grid is built: the byte-level read keeps rows, columns and styles in typed arrays sized once
 * (see CellStore), the values alone in an array of values.
 */
export interface SheetCells {
  rows: ArrayLike<number>;
  cols: ArrayLike<number>;
  values: CellValue[];
  styles: ArrayLike<number>;
  merges: Rect[];
  /** 0-based rows marked `hidden` (by the user or a filter), in file order. */
  hiddenRows?: number[];
  /** 0-based column spans marked `hidden` (`<col min max hidden="1">`), as the file states them. */
  hiddenCols?: Span[];
}

/** `1` or `true`: how Excel and ExcelJS write a true attribute (`hidden="1"`). */
export function isTrueAttr(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** ExcelJS's Date(round(ms)) and back, so the number is the same as its path (./exceljs-read.ts dateToSerial). */
export function viaDate(v: number, date1904: boolean): number {
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

/**
 * A cell's value from its type, its raw `<v>` text (entities decoded), its formula and runs, as
 * ExcelJS gives it. Throws for a shared-string index outside the table and a text past the limit.
 */
export function cellValue(
  t: string | undefined,
  raw: string | undefined,
  isFormula: boolean,
  hasValue: boolean,
  runs: string[] | undefined,
  isDate: boolean,
  shared: (string | null)[] | undefined,
  date1904: boolean,
  limits: LeanLimits,
  counter?: ScanCounter,
): CellValue {
  let value: CellValue = null;
  if (isFormula) {
    if (raw) {
      if (t === 'str') value = xmlDecodeAgain(raw);
      else if (t === 'b') value = parseInt(raw, 10) !== 0;
      else if (t === 'e') value = raw;
      else if (t === 'd') value = isoToSerial(raw, date1904); // Strict files: a formula's date result
      else {
        const n = xsdDouble(raw);
        if (Number.isNaN(n) && counter) counter.badNumbers++;
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
      const n = xsdDouble(raw ?? '');
      // An empty `<v></v>` (some writers' empty cell) holds nothing to misread: not counted.
      if (Number.isNaN(n) && counter && !isBlank(raw ?? '')) counter.badNumbers++;
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

// ---------------------------------------------------------------------------------------------
// The byte-level read of a plain <sheetData>

/**
 * Where the attributes of the tag being read by tagEnd start and end (-1: absent): `r`, `s`, `t`
 * and `ht`. Module state instead of an object per tag, so that a large sheet allocates nothing per
 * cell.
 */
let attrR = -1;
let attrREnd = -1;
let attrS = -1;
let attrSEnd = -1;
let attrT = -1;
let attrTEnd = -1;
let attrHt = -1;
let attrHtEnd = -1;
/** A row's `hidden` (hidden by the user or by a filter). */
let attrHidden = -1;
let attrHiddenEnd = -1;
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
  attrR = attrS = attrT = attrHt = attrHidden = -1;
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
    } else if (nameLen === 2 && b[nameStart] === 104 && b[nameStart + 1] === 116 && attrHt < 0) {
      attrHt = valueStart;
      attrHtEnd = e;
    } else if (nameLen === 6 && attrHidden < 0 && bytesAre(b, nameStart, 'hidden')) {
      attrHidden = valueStart;
      attrHiddenEnd = e;
    }
    p = e + 1;
    // attr() finds a name only after white space.
    const next = b[p];
    if (next !== 62 && next !== 47 && !isSpace(next)) return -1;
  }
  if (p - start > maxTagChars) return -1;
  return p + 1;
}

/**
 * tagEnd for the common cell tag, as Excel and ExcelJS write it: `<c r="B12" s="3" t="s">` (the
 * `s` and `t` optional, in that order, `/>` or `>`): address letters and digits, style digits, a
 * type of letters, one space before each. Sets what tagEnd sets and returns what it would, or -2
 * for any other form, which tagEnd then reads. `p` is the index of the `<`.
 */
function cellTagEnd(b: Uint8Array, p: number, maxTagChars: number): number {
  const start = p;
  // <c r="
  if (b[p + 2] !== 32 || b[p + 3] !== 114 || b[p + 4] !== 61 || b[p + 5] !== 34) return -2;
  p += 6;
  const r = p;
  let c = b[p];
  while (c >= 65 && c <= 90) c = b[++p];
  while (c >= 48 && c <= 57) c = b[++p];
  if (c !== 34 || p === r) return -2;
  const rEnd = p;
  c = b[++p];
  let st = -1;
  let stEnd = -1;
  // s="digits"
  if (c === 32 && b[p + 1] === 115 && b[p + 2] === 61 && b[p + 3] === 34) {
    p += 4;
    st = p;
    c = b[p];
    while (c >= 48 && c <= 57) c = b[++p];
    if (c !== 34) return -2;
    stEnd = p;
    c = b[++p];
  }
  let ty = -1;
  let tyEnd = -1;
  // t="letters"
  if (c === 32 && b[p + 1] === 116 && b[p + 2] === 61 && b[p + 3] === 34) {
    p += 4;
    ty = p;
    c = b[p];
    while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) c = b[++p];
    if (c !== 34) return -2;
    tyEnd = p;
    c = b[++p];
  }
  if (c === 62) tagSelfClosing = false;
  else if (c === 47 && b[p + 1] === 62) {
    tagSelfClosing = true;
    p++;
  } else return -2;
  if (p - start > maxTagChars) return -1;
  attrR = r;
  attrREnd = rEnd;
  attrS = st;
  attrSEnd = stEnd;
  attrT = ty;
  attrTEnd = tyEnd;
  attrHt = -1;
  attrHidden = -1;
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

/** The first index at or after `from` where b holds the ASCII text `s`, or -1. */
function indexOfAscii(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  for (let i = from, last = b.length - s.length; i <= last; i++) if (b[i] === first && bytesAre(b, i, s)) return i;
  return -1;
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
export function anyArray<T>(): T[] {
  const a: unknown[] = [null];
  a.pop();
  return a as T[];
}

/**
 * What the preview's reader takes from a <sheetData> besides the values (readSheetBytes with
 * `detail`): every cell with a style, a value or a formula, with its style index; formulas' text; row
 * heights; and whether anything was met that ExcelJS's model might give otherwise (`odd`: the
 * preview then leaves the file to ExcelJS). The command line reads none of this.
 */
export class SheetDetail {
  /** Per cell: its `s`, or -1 when it has none. */
  readonly styles: number[] = [];
  /** Cell index → the text of its formula (`<f>SUM(A1:A2)</f>`). */
  readonly formulas = new Map<number, string>();
  /** 0-based row → its height (`ht`). */
  readonly heights = new Map<number, number>();
  odd = false;
  /** Called with each row number that is a multiple of 2,000, for a progress bar. */
  constructor(readonly report?: (row: number) => void) {}
}

/**
 * What readSheetData gathers from one <sheetData>: the cells kept, as parallel arrays, and the
 * counts. One object per sheet, so that the row reader takes it as one argument.
 */
class SheetScan {
  /** Rows, columns and styles of the cells kept (the first `count` of each; see grow). */
  rows: Int32Array;
  cols: Int32Array;
  styles: Int32Array;
  count = 0;
  readonly values: CellValue[] = anyArray();
  tags = 0;
  parsed = 0;
  textChars = 0;
  /** 0-based rows marked hidden. */
  readonly hiddenRows: number[] = [];
  /** Past `</sheetData>`, once read to there (-1 until then). */
  end = -1;
  constructor(
    readonly shared: (string | null)[] | undefined,
    readonly styleDates: boolean[] | undefined,
    readonly date1904: boolean,
    readonly limits: LeanLimits,
    readonly counter: ScanCounter,
    readonly detail: SheetDetail | undefined,
    capacity: number,
  ) {
    this.rows = new Int32Array(capacity);
    this.cols = new Int32Array(capacity);
    this.styles = new Int32Array(capacity);
  }

  /**
   * Adds a cell. Rows, columns and styles go to typed arrays sized once from the part's length (a
   * page of them is only touched when written): a sheet's three arrays of numbers, grown by push
   * past V8's regular object size, were copied into fresh large-object memory at every growth (9.7
   * of the 27.8 MB the 2,000-table read allocated, and page faults for each copy).
   */
  add(row: number, col: number, value: CellValue, style: number): void {
    let n = this.count;
    if (n === this.rows.length) this.grow();
    this.rows[n] = row;
    this.cols[n] = col;
    // A style index past any cellXfs (up to 15 digits are read) has no format, as style 0.
    this.styles[n] = style <= 0x7fffffff ? style : 0;
    this.values.push(value);
    this.count = ++n;
  }

  /** Twice the room (a part denser in cells than the estimate). */
  private grow(): void {
    const size = Math.max(64, this.rows.length * 2);
    const more = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.rows = more(this.rows);
    this.cols = more(this.cols);
    this.styles = more(this.styles);
  }

  /**
   * The cells kept, as SheetCells (views of the typed arrays: nothing copied), with the sheet's
   * merged areas: given here rather than set afterwards, since a second store to a field V8 had
   * seen stored once threw away the optimised merge reader (--trace-deopt, 2,000 tables: readMergeCell).
   */
  cells(merges: Rect[]): SheetCells {
    const n = this.count;
    return { rows: this.rows.subarray(0, n), cols: this.cols.subarray(0, n), values: this.values, styles: this.styles.subarray(0, n), merges, hiddenRows: this.hiddenRows };
  }
}

/**
 * Objects kept for the life of the process, one of each class a read makes and drops (SheetScan
 * here, GridBuild in ./xlsx-read.ts), built once with empty fields. V8 keeps a hidden class only
 * while some object has it (a class's instances get theirs by transitions from its initial class,
 * which hold them weakly): at a full garbage collection between two reads, the classes of the last
 * read's SheetScan and GridBuild went, and with them the optimised code of every function that
 * checked for them (readRow, readSheetData, SheetScan.add, gridRow, gridRows: "weak objects" in
 * node --trace-deopt). Each read after one (the add-in's and a multi-file run's, the benchmark's,
 * which collects before each) ran those functions unoptimised and compiled them again: about four
 * times the CPU of a 200-table read. One object of each class keeps the classes, hence the code.
 */
const KEPT_SHAPES: object[] = [];

/** Keeps `o` for the life of the process (see KEPT_SHAPES); returns it. */
export function keepShape<T extends object>(o: T): T {
  KEPT_SHAPES.push(o);
  return o;
}

keepShape(new SheetScan(undefined, undefined, false, {} as LeanLimits, { tags: 0, uncached: 0, badNumbers: 0 }, undefined, 0));

/**
 * Room for the cells of a sheetData of `bytes` bytes, first guess: a kept cell takes 22 bytes at
 * the least (`<c r="A1"><v>1</v></c>`), most take 30 to 60; a denser part doubles the room.
 */
function cellCapacity(bytes: number, limits: LeanLimits): number {
  return Math.min((bytes >> 5) + 64, limits.maxCellsPerSheet + 1);
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
 * are the scanner's, less those without a value (which the grid leaves out anyway). With
 * `detail` (the preview), a row or cell without its address follows the one before, as Excel
 * reads it, and every cell with a style comes out too (see SheetDetail).
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
  detail: SheetDetail | undefined,
): SheetScan | undefined {
  const s = new SheetScan(shared, styles?.isDate, date1904, limits, counter, detail, cellCapacity(b.length - p, limits));
  const maxTag = limits.maxTagChars;
  let lastRow = 0;
  for (;;) {
    let c = b[p];
    while (isSpace(c)) c = b[++p];
    if (c !== 60) return undefined;
    s.tags++;
    if (bytesAre(b, p, '</sheetData>')) {
      // The scan itself, not a literal around it: a literal's field typed by the scan's first
      // map threw readSheetData's optimised code away when a later sheet's scan had another
      // (--trace-deopt, 2,000 tables).
      s.end = p + 12;
      return s;
    }
    if (!bytesAre(b, p, '<row') || !isNameEnd(b[p + 4])) return undefined;
    p = tagEnd(b, p, p + 4, maxTag);
    if (p < 0 || (attrR < 0 && detail === undefined)) return undefined;
    const r = attrR < 0 ? lastRow + 1 : digitsAt(b, attrR, attrREnd);
    if (r <= lastRow || r > limits.maxRows) return undefined;
    lastRow = r;
    if (attrHidden >= 0 && isTrueAttr(textAt(b, attrHidden, attrHiddenEnd))) s.hiddenRows.push(r - 1);
    if (detail !== undefined) rowDetail(b, r, detail);
    if (tagSelfClosing) continue;
    p = readRow(b, p, r, s);
    if (p < 0) return undefined;
  }
}

/** A row's height and style, for the preview (a row format is not in its model: odd). */
function rowDetail(b: Uint8Array, r: number, detail: SheetDetail): void {
  if (attrS >= 0) detail.odd = true;
  if (attrHt >= 0) {
    const h = parseFloat(textAt(b, attrHt, attrHtEnd));
    if (Number.isFinite(h)) detail.heights.set(r - 1, h);
    else detail.odd = true;
  }
  if (detail.report && r % 2000 === 0) detail.report(r);
}

/**
 * The cells of row `r` from `p` (just past its start tag) up to and including `</row>`, added to
 * `s`; returns the index past `</row>`, or -1 when the row is not plain (see readSheetData).
 */
function readRow(b: Uint8Array, p: number, r: number, s: SheetScan): number {
  const limits = s.limits;
  const maxTag = limits.maxTagChars;
  const maxColumns = limits.maxColumns;
  const detail = s.detail;
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
    const fast = cellTagEnd(b, p, maxTag);
    p = fast === -2 ? tagEnd(b, p, p + 2, maxTag) : fast;
    if (p < 0) return -1;
    let col = 0;
    if (attrR >= 0) {
      // The address: letters A–Z, then the row's digits (which ExcelJS does not read).
      let k = attrR;
      for (; k < attrREnd; k++) {
        const ch = b[k];
        if (ch < 65 || ch > 90) break;
        col = col * 26 + ch - 64;
        if (col > maxColumns) return -1;
      }
      if (col <= lastCol || k === attrR) return -1;
      const digits = digitsAt(b, k, attrREnd);
      if (digits < 0) return -1;
      if (detail !== undefined && digits !== r) detail.odd = true;
    } else if (detail !== undefined && lastCol < maxColumns) col = lastCol + 1;
    else return -1;
    lastCol = col;
    let styleId = 0;
    if (attrS >= 0 && attrSEnd > attrS) {
      styleId = digitsAt(b, attrS, attrSEnd);
      if (styleId < 0) return -1;
    }
    const detailStyle = attrS < 0 ? -1 : styleId;
    if (detail !== undefined && attrS >= 0 && attrSEnd === attrS) detail.odd = true;
    // t: 's' (a shared string) and none (a number) are the common ones; others are sliced.
    let t: string | undefined;
    let sharedString = false;
    if (attrT >= 0) {
      if (attrTEnd - attrT === 1 && b[attrT] === 115) sharedString = true;
      else {
        t = textAt(b, attrT, attrTEnd);
        if (detail !== undefined && t !== 'n') detail.odd = true;
      }
    }
    let vStart = -1;
    let vEnd = -1;
    let isFormula = false;
    let formula: string | undefined;
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
            if (detail !== undefined) detail.odd = true;
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
          } else if (detail !== undefined) detail.odd = true;
          p = to + 4;
          continue;
        }
        if (c1 === 102 && isNameEnd(b[p + 2])) {
          // <f …>formula</f> or <f …/>: only whether there is one counts (and, for the preview,
          // the text of a plain one: shared and array formulas are odd).
          const cellR = attrR;
          const cellREnd = attrREnd;
          const plainStart = b[p + 2] === 62;
          const at = tagEnd(b, p, p + 2, maxTag);
          if (at < 0) return -1;
          if (attrTEnd > attrT && attrT >= 0) isFormula = true;
          attrR = cellR;
          attrREnd = cellREnd;
          p = at;
          if (tagSelfClosing) {
            if (detail !== undefined) detail.odd = true;
            continue;
          }
          const to = nextLt(b, p);
          if (to < 0 || !bytesAre(b, to, '</f>')) return -1;
          s.tags++;
          if (to > p) isFormula = true;
          if (detail !== undefined) {
            if (!plainStart || to === p || formula !== undefined) detail.odd = true;
            else formula = strictText(b, p, to, detail);
          }
          p = to + 4;
          continue;
        }
        return -1;
      }
    }
    const hasValue = vStart >= 0;
    if (detail !== undefined) {
      // The preview: every cell, as its model has it (ExcelJS's values; no date conversion here).
      if (++s.parsed > limits.maxCellsPerSheet) return -1;
      let value: CellValue = null;
      if (hasValue) {
        const v = detailValue(b, vStart, vEnd, sharedString, formula !== undefined, t, s, detail);
        if (v === undefined) return -1;
        value = v;
      }
      if (isFormula && formula === undefined) detail.odd = true;
      // A cell with nothing (no style, value or formula) is not in the model.
      if (value === null && formula === undefined && detailStyle < 0) continue;
      if (formula !== undefined) detail.formulas.set(s.values.length, formula);
      s.add(r - 1, col - 1, value, styleId);
      detail.styles.push(detailStyle);
      continue;
    }
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
    s.add(r - 1, col - 1, value, styleId);
  }
}

/**
 * A cell's value for the preview: a shared string or a number (`t="n"` or none), as ExcelJS's
 * model has it; anything else, a formula with a shared string or a number that is not one is odd.
 * Undefined for a shared-string index outside the table or a text past the cell limit.
 */
function detailValue(b: Uint8Array, from: number, to: number, sharedString: boolean, isFormula: boolean, t: string | undefined, s: SheetScan, detail: SheetDetail): CellValue | undefined {
  const shared = s.shared;
  if (sharedString) {
    if (isFormula || shared === undefined) {
      detail.odd = true;
      return null;
    }
    const index = digitsAt(b, from, to);
    if (index < 0 || index >= shared.length) return undefined;
    const text = shared[index];
    if (text !== null && text.length > s.limits.maxCellChars) return undefined;
    return text;
  }
  if (t !== undefined && t !== 'n') return null; // odd already
  const n = decimalAt(b, from, to);
  if (!Number.isNaN(n)) return n;
  // Not a number Excel holds (`0x1F`, `NaN`): no value, as the command line reads it (ExcelJS's
  // parseFloat would read 0x1F as 0, so this is no longer left to it).
  const parsed = xsdDouble(textAt(b, from, to));
  return Number.isFinite(parsed) ? parsed : null;
}

/** An entity that is not XML's own (`&nbsp;`), or `&` alone: an XML parser refuses the part. */
const BAD_ENTITY = /&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);)/;

/** True when the text holds a reference an XML parser refuses (see BAD_ENTITY). */
export function hasBadEntity(raw: string): boolean {
  return raw.indexOf('&') >= 0 && BAD_ENTITY.test(raw);
}

/** b[from, to) decoded, for the preview: a bad entity or a carriage return is odd. */
function strictText(b: Uint8Array, from: number, to: number, detail: SheetDetail): string {
  const raw = utf8Text.decode(b.subarray(from, to));
  if (hasBadEntity(raw) || raw.indexOf('\r') >= 0) detail.odd = true;
  return decodeText(raw);
}

/** A value that is not a plain number or shared string, as the scanner reads it; undefined when cellValue throws. */
function otherValue(t: string | undefined, b: Uint8Array, from: number, to: number, isFormula: boolean, isDate: boolean, s: SheetScan): CellValue | undefined {
  try {
    return cellValue(t, textAt(b, from, to), isFormula, true, undefined, isDate, s.shared, s.date1904, s.limits, s.counter);
  } catch {
    return undefined;
  }
}

export interface Spliced {
  at: number;
  cells: SheetCells;
  parsed: number;
  tags: number;
  /** The first <mergeCells> after the sheetData, taken out the same way (its areas are cells.merges). */
  merges: { at: number; tags: number } | undefined;
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
 * The number of a row past `maxRows` in a worksheet part's first <sheetData>, found by looking
 * only at its tags (no cell is read), or -1: none, or the part is not plain enough to be sure (a
 * comment, CDATA or processing instruction after <sheetData>'s start, a prefixed name, a row tag
 * tagEnd does not read, an `r` that is not digits). A row is numbered as the scanner numbers it
 * (without `r`, the one before plus one). The scanner refuses such a row only when it reaches it:
 * a sheet of 1,300,000 rows was read to row 1,048,576 first, by both ways of reading, before the
 * line said so (hostile44's leftover). The part's <dimension> is never asked: a file can state any.
 * Work: one visit per tag, each found by the native indexOf.
 */
export function rowPastLimit(b: Uint8Array, maxRows: number, maxTagChars: number): number {
  const open = indexOfAscii(b, '<sheetData', 0);
  if (open < 0 || !isNameEnd(b[open + 10])) return -1;
  const before = b.indexOf(33, 0); // `!`: a comment or DOCTYPE before the start tag
  if (before >= 0 && before < open) return -1;
  let p = b.indexOf(62, open) + 1;
  if (p <= 0 || b[p - 2] === 47) return -1;
  let last = 0;
  for (;;) {
    const lt = b.indexOf(60, p);
    if (lt < 0) return -1;
    const c = b[lt + 1];
    if (c === 33 || c === 63) return -1; // `<!`, `<?`: the scanner's own reading decides
    if (c === 47) {
      if (bytesAre(b, lt, '</sheetData') && isNameEnd(b[lt + 11])) return -1;
      p = lt + 2;
      continue;
    }
    if (c === 114 && b[lt + 2] === 111 && b[lt + 3] === 119 && isNameEnd(b[lt + 4])) {
      const end = tagEnd(b, lt, lt + 4, maxTagChars);
      if (end < 0) return -1;
      const r = attrR < 0 ? last + 1 : digitsAt(b, attrR, attrREnd);
      if (r < 0) return -1;
      if (r > maxRows) return r;
      last = r;
      p = end;
      continue;
    }
    // Any other tag's name: a prefix (`x:row`) is not followed.
    let q = lt + 1;
    let d = b[q];
    while (q < b.length && !isNameEnd(d)) {
      if (d === 58) return -1;
      d = b[++q];
    }
    p = q;
  }
}

/**
 * A worksheet part read the fast way: its first <sheetData>'s content by readSheetData, straight
 * from the bytes, and (without `detail`) the first <mergeCells> after it by readMergeCells; what
 * remains (a few kilobytes: the elements before, the merged areas after) comes back as text for
 * the host's scanner, with the places where the content was taken out (`spliced`). Undefined when
 * the part is not plain enough for that (the host reads it otherwise, or declines).
 */
export function readSheetBytes(
  part: Uint8Array,
  shared: (string | null)[] | undefined,
  styles: Styles | undefined,
  date1904: boolean,
  counter: ScanCounter,
  limits: LeanLimits,
  detail?: SheetDetail,
): { xml: string; spliced: Spliced } | undefined {
  const open = indexOfAscii(part, '<sheetData', 0);
  if (open < 0 || !isNameEnd(part[open + 10])) return undefined;
  const at = indexOfAscii(part, '>', open) + 1; // just past the start tag's `>`
  if (at <= 0 || part[at - 2] === 47) return undefined;
  const read = readSheetData(part, at, shared, styles, date1904, limits, counter, detail);
  if (!read) return undefined;
  // The text is UTF-8 (a UTF-16 part has no ASCII `<sheetData` and never comes here); a place in
  // it is its length so far, whatever the bytes before it were.
  let xml = utf8Text.decode(part.subarray(0, at));
  const sheetDataAt = xml.length;
  let rest = read.end;
  let mergesTaken: Spliced['merges'];
  let rects: Rect[] = [];
  const mergeOpen = detail ? -1 : indexOfAscii(part, '<mergeCells', rest);
  if (mergeOpen >= 0 && isNameEnd(part[mergeOpen + 11])) {
    const mergeAt = indexOfAscii(part, '>', mergeOpen) + 1;
    const merges = mergeAt > 0 && part[mergeAt - 2] !== 47 ? readMergeCells(part, mergeAt, limits) : undefined;
    if (merges) {
      xml += utf8Text.decode(part.subarray(rest, mergeAt));
      mergesTaken = { at: xml.length, tags: merges.tags };
      rects = merges.rects;
      rest = merges.end;
    }
  }
  xml += utf8Text.decode(part.subarray(rest));
  return { xml, spliced: { at: sheetDataAt, cells: read.cells(rects), parsed: read.parsed, tags: read.tags, merges: mergesTaken } };
}

/**
 * A sheet name cut to Excel's 31 characters, as ExcelJS cuts it, but never between the two halves
 * of a surrogate pair (`…😀` cut there left a lone surrogate, shown as U+FFFD in the report).
 */
export function sheetName(name: string): string {
  if (name.length <= 31) return name;
  const c = name.charCodeAt(30);
  return name.slice(0, c >= 0xd800 && c <= 0xdbff ? 30 : 31);
}
