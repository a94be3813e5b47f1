/**
 * The fast way to load the stand-in's workbook model from .xlsx bytes, for the browser preview:
 * the zip directory read without a library (src/hosts/file/zip-directory.ts), parts inflated with
 * the platform's DecompressionStream ('deflate-raw') under the file host's byte budget and inflate
 * ratio, and each XML part scanned once, tag by tag. ExcelJS (./xlsx.ts) builds a DOM-like object
 * per cell and takes seconds on 2,000 tables; this reads the same workbook in a fraction of it.
 *
 * It is deliberately narrow. It gives exactly the model that modelFromXlsx gives through ExcelJS
 * (test/standin/xlsx-lean.test.ts compares them over every fixture and the benchmark's
 * workbooks), and only for what it knows to give identically: shared-string and number cells, the
 * number formats, fonts, solid fills and borders of their cell formats, merged areas, column widths,
 * row heights, sheet visibility and protection, the page setup and the active sheet. Anything else
 * in a file (formulas, other cell types, conditional formats, data validations, links, defined
 * names, custom XML parts, row or column formats, extension lists, prefixed or Strict XML, a
 * DOCTYPE, a part past its budget, a merge that overlaps another, anything odd at all) makes it
 * answer `undefined`, and the caller reads the file with ExcelJS exactly as before: a file that is
 * not plain is never read differently, and a hostile one meets the same refusal as ever.
 */
import { parseA1, type CellValue, type Rect } from '../core/engine/grid';
import { EXCELJS_BUILTIN_FORMATS, isDateFormat } from '../hosts/file/builtin-formats';
import { READ_LIMITS } from '../hosts/file/limits';
import { crc32Table, decodeXml, entryData, readZipDirectory, type ZipEntry } from '../hosts/file/zip-directory';
import { addSheet, cellKey, createWorkbook, type BorderEdge, type CellModel, type CellStyle, type Color, type FontModel, type SheetModel, type WorkbookModel } from './model';
import { charsToPoints, pageLayoutFromSetup } from './xlsx-extras';
import type { LoadOptions } from './xlsx';

/** Inflates raw deflate data; undefined when the output would pass `cap` bytes. */
export type Inflate = (data: Uint8Array, cap: number) => Promise<Uint8Array | undefined>;

export interface LeanLoadOptions extends LoadOptions {
  /** Default: DecompressionStream('deflate-raw'). */
  inflate?: Inflate;
}

/** Not for this reader: the caller reads the file with ExcelJS. */
class Unsupported extends Error {}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function unsupported(): never {
  throw new Unsupported();
}

/** DecompressionStream('deflate-raw'), stopped as soon as the output passes `cap`. */
export const streamInflate: Inflate = async (data, cap) => {
  if (typeof DecompressionStream === 'undefined') return undefined;
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Parts

class Parts {
  private inflated = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly inflate: Inflate,
  ) {}

  /** The part's text; undefined when absent. Past the budget, damaged or odd: Unsupported. */
  async text(name: string): Promise<string | undefined> {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const data = entryData(this.bytes, e);
    const remaining = READ_LIMITS.maxInflatedBytes - this.inflated;
    const cap = Math.min(remaining, Math.max(READ_LIMITS.ratioFloorBytes, e.compressedSize * READ_LIMITS.maxInflateRatio));
    let out: Uint8Array | undefined;
    if (e.method === 0) out = data.length <= remaining ? data : undefined;
    else if (e.method === 8) out = await this.inflate(data, cap).catch(() => undefined);
    if (!out || crc32Table(out) !== e.crc) unsupported();
    this.inflated += out.length;
    const xml = decodeXml(out);
    // Entity declarations are refused by the file host; ExcelJS decides about them here.
    if (xml.includes('<!DOCTYPE') || xml.includes('<!ENTITY') || xml.includes('<![CDATA[')) unsupported();
    return xml;
  }
}

// ---------------------------------------------------------------------------------------------
// XML

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  // XML parsers turn a line break CR LF into LF (and ExcelJS's does): not done here.
  if (s.includes('\r')) unsupported();
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (_, e: string | undefined) => {
    if (e === undefined) unsupported();
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? unsupported();
  });
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) {
    const v = m[2] ?? m[3];
    // Attribute values have their tabs and line breaks made spaces by XML parsers: not done here.
    if (/[\t\n]/.test(v)) unsupported();
    out[m[1]] = decode(v);
  }
  return out;
}

/** One attribute of a tag's raw attribute text (the common case: no other attribute parsed). */
function attr(raw: string, name: string): string | undefined {
  const at = raw.indexOf(` ${name}=`);
  if (at < 0) return raw.includes(`${name}=`) ? attrs(raw)[name] : undefined;
  const q = raw.charAt(at + name.length + 2);
  const end = raw.indexOf(q, at + name.length + 3);
  if ((q !== '"' && q !== "'") || end < 0) return attrs(raw)[name];
  return decode(raw.slice(at + name.length + 3, end));
}

interface Tag {
  /** '' for an opening or empty tag, '/' for a closing one. */
  close: boolean;
  name: string;
  attrs: string;
  empty: boolean;
  /** Index just past the tag. */
  end: number;
  /** Index of the tag's '<'. */
  start: number;
}

/** True when the double (or, with none, single) quotes of an attribute text do not pair up. */
function unpaired(raw: string): boolean {
  let n = 0;
  for (let i = raw.indexOf('"'); i >= 0; i = raw.indexOf('"', i + 1)) n++;
  if (n > 0) return n % 2 === 1;
  for (let i = raw.indexOf("'"); i >= 0; i = raw.indexOf("'", i + 1)) n++;
  return n % 2 === 1;
}

const TAG = /<(\/?)([^\s/>!?]+)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!/g;

/** Calls `each` for every element tag in order; comments and processing instructions skipped. */
function scan(xml: string, each: (tag: Tag) => number | void): void {
  TAG.lastIndex = 0;
  const tag: Tag = { close: false, name: '', attrs: '', empty: false, end: 0, start: 0 };
  // Open elements: every end tag must close the innermost one, and all must be closed at the end.
  const open: string[] = [];
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) {
      if (m[0] === '<!') unsupported();
      continue;
    }
    const raw = m[3];
    if (raw.length > READ_LIMITS.maxTagChars) unsupported();
    // A '>' inside a quoted attribute value ends the match early: then the quotes do not pair up.
    if (raw.length > 0 && unpaired(raw)) unsupported();
    tag.close = m[1] === '/';
    tag.name = m[2];
    tag.attrs = m[3];
    tag.empty = m[4] === '/';
    tag.start = m.index;
    tag.end = TAG.lastIndex;
    if (tag.close) {
      if (open.pop() !== tag.name || tag.attrs.trim() !== '') unsupported();
    } else if (!tag.empty) open.push(tag.name);
    const next = each(tag);
    if (typeof next === 'number') TAG.lastIndex = next;
  }
  if (open.length > 0) unsupported();
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

// ---------------------------------------------------------------------------------------------
// Workbook, relationships, shared strings, styles

interface SheetRef {
  name: string;
  id: number;
  rId: string;
  state: string | undefined;
}

function parseWorkbook(xml: string): { sheets: SheetRef[]; activeTab: number | undefined; date1904: boolean } {
  const sheets: SheetRef[] = [];
  let activeTab: number | undefined;
  let date1904 = false;
  let depth = 0;
  let root = false;
  scan(xml, (t) => {
    if (t.close) {
      depth--;
      return;
    }
    if (depth === 0) {
      if (t.name !== 'workbook' || attr(t.attrs, 'xmlns') !== MAIN_NS) unsupported();
      root = true;
    } else if (t.name === 'definedName') unsupported();
    else if (t.name === 'workbookPr') date1904 = attr(t.attrs, 'date1904') === '1';
    else if (t.name === 'workbookView' && activeTab === undefined) {
      const a = attr(t.attrs, 'activeTab');
      if (a !== undefined) activeTab = parseInt(a, 10);
    } else if (t.name === 'sheet') {
      const a = attrs(t.attrs);
      const id = Number(a.sheetId);
      if (a.name === undefined || !Number.isInteger(id) || id < 1 || a['r:id'] === undefined) unsupported();
      // A name past Excel's 31 characters cut as the command line cuts it, never through a surrogate
      // pair (a 100,000-character name was kept whole, in every row of the findings list; ExcelJS
      // fails on such a file). Two names the same once cut are left to ExcelJS.
      const name = a.name.length <= 31 ? a.name : a.name.slice(0, isHighSurrogate(a.name.charCodeAt(30)) ? 30 : 31);
      if (name !== a.name && sheets.some((s) => s.name === name)) unsupported();
      sheets.push({ name, id, rId: a['r:id'], state: a.state });
    }
    if (!t.empty) depth++;
  });
  if (!root || sheets.length === 0 || sheets.length > READ_LIMITS.maxSheets) unsupported();
  // ExcelJS orders worksheets by sheetId: read here only when that is the file's order.
  for (let i = 1; i < sheets.length; i++) if (sheets[i].id <= sheets[i - 1].id) unsupported();
  return { sheets, activeTab, date1904 };
}

function parseRels(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  scan(xml, (t) => {
    if (t.close || t.name !== 'Relationship') return;
    const a = attrs(t.attrs);
    if (a.Id !== undefined && a.Target !== undefined) out.set(a.Id, a.Target);
  });
  return out;
}

function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let inR = false;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let textStart = 0;
  scan(xml, (t) => {
    if (t.name === 'si') {
      if (!t.close) {
        inSi = true;
        plain = undefined;
        runs = undefined;
        if (t.empty) unsupported();
      } else {
        inSi = false;
        if (plain !== undefined && runs === undefined) out.push(plain);
        else if (runs !== undefined && plain === undefined) out.push(runs.join(''));
        else unsupported();
      }
    } else if (!inSi) {
      if (t.name !== 'sst' && !t.close) unsupported();
    } else if (t.name === 't') {
      if (!t.close && t.empty) unsupported();
      if (!t.close) {
        inT = true;
        textStart = t.end;
      } else {
        if (!inT) unsupported();
        inT = false;
        const text = decode(xml.slice(textStart, t.start));
        if (text.includes('_x')) unsupported();
        if (inR) (runs ??= []).push(text);
        else if (plain === undefined) plain = text;
        else unsupported();
      }
    } else if (t.name === 'r') {
      if (!t.empty) inR = !t.close;
    } else if (t.name === 'rPr' || (inR && !inT)) {
      // Run properties (font, size, colour): ExcelJS keeps them in rich text, the model does not.
    } else unsupported();
  });
  return out;
}

/** What a cell format (cellXfs entry) gives a cell. */
interface Xf {
  numFmt: string | undefined;
  isDate: boolean;
  style: CellStyle | undefined;
}

/** ExcelJS's ColorXform, then ./xlsx.ts's colorFromXlsx. */
function colorOf(raw: string): Color | undefined {
  const a = attrs(raw);
  if (a.rgb !== undefined) return a.rgb.length >= 6 ? `#${a.rgb.slice(-6).toUpperCase()}` : undefined;
  if (a.theme !== undefined) {
    const theme = parseInt(a.theme, 10);
    const tint = a.tint !== undefined ? parseFloat(a.tint) : undefined;
    if (Number.isNaN(theme)) unsupported();
    return tint ? `theme:${theme}:${tint}` : `theme:${theme}`;
  }
  if (a.indexed !== undefined) {
    const indexed = parseInt(a.indexed, 10);
    if (Number.isNaN(indexed)) unsupported();
    return `indexed:${indexed}`;
  }
  return undefined;
}

const EDGES: readonly BorderEdge[] = ['top', 'bottom', 'left', 'right'];

function isDefaultFont(font: FontModel): boolean {
  const { name, size, color, bold, italic } = font;
  return name === 'Calibri' && size === 11 && (color === undefined || color === 'theme:1') && !bold && !italic;
}

function parseStyles(xml: string): Xf[] {
  const custom = new Map<number, string>();
  const fonts: (FontModel | undefined)[] = [];
  const fills: (Color | undefined)[] = [];
  const borders: CellStyle['borders'][] = [];
  const xfs: { numFmtId: number; fontId: number; fillId: number; borderId: number }[] = [];
  let section = '';
  let font: FontModel | undefined;
  let fill: { solid: boolean; color?: Color } | undefined;
  let border: NonNullable<CellStyle['borders']> | undefined;
  let edge: { name: string; style?: string; color?: Color } | undefined;
  let patternDepth = false;
  let depth = 0;
  const int = (raw: string, name: string): number => {
    const v = attr(raw, name);
    const n = v === undefined ? NaN : parseInt(v, 10);
    return n;
  };
  scan(xml, (t) => {
    if (t.close) {
      depth--;
      if (t.name === section && depth === 1) section = '';
      else if (t.name === 'font' && font) {
        fonts.push(font);
        font = undefined;
      } else if (t.name === 'fill' && section === 'fills') {
        fills.push(fill?.solid ? fill.color : undefined);
        fill = undefined;
      } else if (t.name === 'patternFill') patternDepth = false;
      else if (t.name === 'border' && border) {
        borders.push(border);
        border = undefined;
      } else if (edge && t.name === edge.name) edge = undefined;
      return;
    }
    if (depth === 0) {
      if (t.name !== 'styleSheet' || attr(t.attrs, 'xmlns') !== MAIN_NS) unsupported();
    } else if (depth === 1) section = t.name;
    else if (section === 'numFmts' && t.name === 'numFmt') {
      const id = int(t.attrs, 'numFmtId');
      const code = attr(t.attrs, 'formatCode');
      if (code !== undefined) custom.set(id, code.replace(/[\\](.)/g, '$1'));
    } else if (section === 'fonts') {
      if (t.name === 'font' && depth === 2) {
        font = {};
        if (t.empty) {
          fonts.push(font);
          font = undefined;
        }
      } else if (font && depth === 3) {
        if (t.name === 'b') font.bold = true;
        else if (t.name === 'i') font.italic = true;
        else if (t.name === 'sz') font.size = parseInt(attr(t.attrs, 'val') ?? '', 10);
        else if (t.name === 'name') font.name = attr(t.attrs, 'val');
        else if (t.name === 'color') {
          const c = colorOf(t.attrs);
          if (c) font.color = c;
        } else if (t.name.includes(':')) unsupported();
      }
    } else if (section === 'fills') {
      if (t.name === 'fill' && depth === 2) {
        fill = { solid: false };
        if (t.empty) {
          fills.push(undefined);
          fill = undefined;
        }
      } else if (fill && t.name === 'patternFill' && depth === 3) {
        fill.solid = attr(t.attrs, 'patternType') === 'solid';
        patternDepth = !t.empty;
      } else if (fill && patternDepth && t.name === 'fgColor') fill.color = colorOf(t.attrs);
      else if (fill && t.name !== 'bgColor' && t.name !== 'gradientFill' && t.name !== 'stop' && t.name !== 'color') unsupported();
    } else if (section === 'borders') {
      if (t.name === 'border' && depth === 2) {
        border = {};
        if (t.empty) {
          borders.push(border);
          border = undefined;
        }
      } else if (border && depth === 3) {
        if (t.name === 'start' || t.name === 'end') unsupported();
        const style = attr(t.attrs, 'style');
        const name = t.name;
        if ((EDGES as readonly string[]).includes(name) && style) {
          const target = border;
          edge = { name, style };
          if (t.empty) {
            target[name as BorderEdge] = { style };
            edge = undefined;
          } else target[name as BorderEdge] = { style };
        } else if (!t.empty) edge = { name };
      } else if (border && edge && depth === 4 && t.name === 'color') {
        const c = colorOf(t.attrs);
        if (c && edge.style && (EDGES as readonly string[]).includes(edge.name)) border[edge.name as BorderEdge] = { style: edge.style, color: c };
      }
    } else if (section === 'cellXfs' && t.name === 'xf' && depth === 2) {
      xfs.push({ numFmtId: int(t.attrs, 'numFmtId'), fontId: int(t.attrs, 'fontId'), fillId: int(t.attrs, 'fillId'), borderId: int(t.attrs, 'borderId') });
    } else if (section === 'cellXfs' && depth === 2) unsupported();
    if (!t.empty) depth++;
  });
  return xfs.map((x): Xf => {
    let numFmt: string | undefined;
    if (x.numFmtId) {
      numFmt = custom.get(x.numFmtId) ?? EXCELJS_BUILTIN_FORMATS[x.numFmtId];
      // An id ExcelJS knows per locale only, or not at all: ExcelJS decides.
      if (numFmt === undefined && !Number.isNaN(x.numFmtId)) unsupported();
    }
    const style: CellStyle = {};
    const color = fills[x.fillId];
    if (color) style.fill = { color };
    const f = fonts[x.fontId];
    if (f) {
      const own: FontModel = {};
      if (f.name !== undefined) own.name = f.name;
      if (f.size !== undefined) {
        if (Number.isNaN(f.size)) unsupported();
        own.size = f.size;
      }
      if (f.bold !== undefined) own.bold = f.bold;
      if (f.italic !== undefined) own.italic = f.italic;
      if (f.color) own.color = f.color;
      if (Object.keys(own).length > 0 && !isDefaultFont(own)) style.font = own;
    }
    const b = borders[x.borderId];
    if (b) for (const e of EDGES) if (b[e]) style.borders = { ...style.borders, [e]: b[e] };
    return { numFmt: numFmt === 'General' ? undefined : numFmt, isDate: isDateFormat(numFmt), style: Object.keys(style).length > 0 ? style : undefined };
  });
}

// ---------------------------------------------------------------------------------------------
// Worksheets

/** Elements of a worksheet that hold nothing the model keeps (or nothing ExcelJS keeps either). */
const IGNORED = new Set(['dimension', 'sheetViews', 'sheetFormatPr', 'sheetCalcPr', 'phoneticPr', 'pageMargins', 'printOptions', 'headerFooter', 'ignoredErrors', 'rowBreaks', 'colBreaks']);

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS's excelToDate, then ./xlsx.ts's serial number from the Date. */
function viaDate(v: number, date1904: boolean): number {
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}


/** What readSheetData needs of the sheet being read. */
interface SheetDataContext {
  sheet: SheetModel;
  shared: string[] | undefined;
  xfs: Xf[];
  date1904: boolean;
  rowsTotal: number;
  report?: (row: number, rows: number) => void;
}

const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const DQ = 34;
const SQ = 39;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The rows and cells of a <sheetData>, from just past its start tag to its end tag (returned):
 * one pass over the characters, no regular expression and no string per tag, as most of a large
 * workbook is here. Only <row>, <c>, <v> and <f> are expected; anything else is Unsupported.
 */
function readSheetData(xml: string, from: number, ctx: SheetDataContext): number {
  const { sheet, shared, xfs, date1904 } = ctx;
  const cells = sheet.cells;
  let p = from;
  let rowNumber = 0;
  let lastCol = 0;
  let count = 0;
  let inRow = false;
  // Attributes of the tag being read: set by readAttrs.
  let aR = -1;
  let aREnd = -1;
  let aS = -1;
  let aSEnd = -1;
  let aT = -1;
  let aTEnd = -1;
  let aHt = -1;
  let aHtEnd = -1;
  /** Reads a tag's attributes from q; returns the index of its '>' or of the '/' of '/>'. */
  const readAttrs = (q: number): number => {
    aR = aS = aT = aHt = -1;
    const n = xml.length;
    for (;;) {
      let c = xml.charCodeAt(q);
      while (isSpaceCode(c)) c = xml.charCodeAt(++q);
      if (c === GT || c === SLASH) return q;
      const nameStart = q;
      while (q < n && c !== EQ && !isSpaceCode(c) && c !== GT) c = xml.charCodeAt(++q);
      const nameEnd = q;
      while (isSpaceCode(c)) c = xml.charCodeAt(++q);
      if (c !== EQ) unsupported();
      c = xml.charCodeAt(++q);
      while (isSpaceCode(c)) c = xml.charCodeAt(++q);
      if (c !== DQ && c !== SQ) unsupported();
      const valueStart = q + 1;
      const valueEnd = xml.indexOf(c === DQ ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd - nameStart > READ_LIMITS.maxTagChars) unsupported();
      q = valueEnd + 1;
      const len = nameEnd - nameStart;
      const c0 = xml.charCodeAt(nameStart);
      if (len === 1 && c0 === 114 /* r */) {
        aR = valueStart;
        aREnd = valueEnd;
      } else if (len === 1 && c0 === 115 /* s */) {
        aS = valueStart;
        aSEnd = valueEnd;
      } else if (len === 1 && c0 === 116 /* t */) {
        aT = valueStart;
        aTEnd = valueEnd;
      } else if (len === 2 && c0 === 104 /* h */ && xml.charCodeAt(nameStart + 1) === 116 /* t */) {
        aHt = valueStart;
        aHtEnd = valueEnd;
      }
    }
  };
  const digits = (from: number, to: number): number => {
    if (to <= from || to - from > 9) return NaN;
    let v = 0;
    for (let i = from; i < to; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      v = v * 10 + d;
    }
    return v;
  };
  /** The text of an element whose start tag ends at `q` (just past '>'), up to its end tag `close`. */
  const textUntil = (q: number, close: string): { text: string; end: number } => {
    const end = xml.indexOf(close, q);
    if (end < 0) unsupported();
    const raw = xml.slice(q, end);
    if (raw.includes('<')) unsupported();
    return { text: decode(raw), end: end + close.length };
  };

  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) unsupported();
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === SLASH) {
      if (xml.startsWith('</row>', lt) && inRow) {
        inRow = false;
        p = lt + 6;
        continue;
      }
      if (xml.startsWith('</sheetData>', lt) && !inRow) return lt;
      unsupported();
    }
    if (xml.startsWith('<row', lt) && (isSpaceCode(xml.charCodeAt(lt + 4)) || xml.charCodeAt(lt + 4) === GT || xml.charCodeAt(lt + 4) === SLASH)) {
      if (inRow) unsupported();
      const q = readAttrs(lt + 4);
      const empty = xml.charCodeAt(q) === SLASH;
      if (empty && xml.charCodeAt(q + 1) !== GT) unsupported();
      inRow = !empty;
      // A row without r follows the one before, as Excel reads it (ExcelJS refuses such a file).
      const r = aR < 0 ? rowNumber + 1 : digits(aR, aREnd);
      if (!(r > rowNumber && r <= READ_LIMITS.maxRows) || aS >= 0) unsupported();
      rowNumber = r;
      lastCol = 0;
      if (aHt >= 0) {
        const h = parseFloat(decode(xml.slice(aHt, aHtEnd)));
        if (!Number.isFinite(h)) unsupported();
        (sheet.rowHeights ??= new Map()).set(r - 1, h);
      }
      if (ctx.report && r % 2000 === 0) ctx.report(r, ctx.rowsTotal);
      p = q + (empty ? 2 : 1);
      continue;
    }
    if (c1 !== 99 /* c */ || !(isSpaceCode(xml.charCodeAt(lt + 2)) || xml.charCodeAt(lt + 2) === GT || xml.charCodeAt(lt + 2) === SLASH) || !inRow) unsupported();
    // <c r="B12" s="4" t="s">
    let q = readAttrs(lt + 2);
    const empty = xml.charCodeAt(q) === SLASH;
    if (empty && xml.charCodeAt(q + 1) !== GT) unsupported();
    let col = 0;
    if (aR < 0) {
      // A cell without r follows the one before (the first one is in column A), as Excel reads it.
      col = lastCol + 1;
      if (col > READ_LIMITS.maxColumns) unsupported();
    } else {
      let split = aR;
      while (split < aREnd) {
        const c = xml.charCodeAt(split);
        if (c < 65 || c > 90) break;
        col = col * 26 + (c - 64);
        split++;
      }
      if (split === aR || digits(split, aREnd) !== rowNumber || col <= lastCol || col > READ_LIMITS.maxColumns) unsupported();
    }
    lastCol = col;
    if (++count > READ_LIMITS.maxCellsPerSheet) unsupported();
    let isShared = false;
    if (aT >= 0) {
      const len = aTEnd - aT;
      const t0 = xml.charCodeAt(aT);
      if (len === 1 && t0 === 115 /* s */) isShared = true;
      else if (!(len === 1 && t0 === 110) /* n */) unsupported();
    }
    let xf: Xf | undefined;
    if (aS >= 0) {
      xf = xfs[digits(aS, aSEnd)];
      if (!xf) unsupported();
    }
    let raw: string | undefined;
    let formula: string | undefined;
    q += empty ? 2 : 1;
    if (!empty) {
      for (;;) {
        const lt2 = xml.indexOf('<', q);
        if (lt2 < 0) unsupported();
        if (xml.startsWith('</c>', lt2)) {
          q = lt2 + 4;
          break;
        }
        if (xml.startsWith('<v>', lt2) && raw === undefined) {
          const v = textUntil(lt2 + 3, '</v>');
          raw = v.text;
          q = v.end;
        } else if (xml.startsWith('<v/>', lt2) && raw === undefined) {
          raw = '';
          q = lt2 + 4;
        } else if (xml.startsWith('<f>', lt2) && formula === undefined) {
          // Only a plain formula of its own: shared and array formulas are left to ExcelJS.
          const f = textUntil(lt2 + 3, '</f>');
          if (f.text === '') unsupported();
          formula = f.text;
          q = f.end;
        } else unsupported();
      }
    }
    p = q;
    let value: CellValue = null;
    if (isShared) {
      if (raw === undefined || shared === undefined || formula !== undefined) unsupported();
      const i = Number(raw);
      if (!Number.isInteger(i) || i < 0 || i >= shared.length || raw.trim() !== raw || raw === '') unsupported();
      value = shared[i];
      if (value.length > READ_LIMITS.maxCellChars) unsupported();
    } else if (raw !== undefined) {
      const n = parseFloat(raw);
      value = xf?.isDate ? viaDate(n, date1904) : n;
      if (!Number.isFinite(value)) unsupported();
    }
    const model: CellModel = { value };
    // A formula's cached result is the value (none cached: empty), as ./xlsx.ts reads cell.result.
    if (formula !== undefined) model.formula = `=${formula}`;
    if (xf?.numFmt) model.numberFormat = xf.numFmt;
    if (xf?.style) model.style = xf.style;
    if (value === null && formula === undefined && !model.numberFormat && !model.style) continue;
    // Rows and columns only grow (checked as read): each position once, in order.
    cells.set(cellKey(rowNumber - 1, col - 1), model);
  }
}

function readWorksheet(
  xml: string,
  sheet: SheetModel,
  shared: string[] | undefined,
  xfs: Xf[],
  date1904: boolean,
  report?: (row: number, rows: number) => void,
): void {
  const rowsTotal = (() => {
    const last = xml.lastIndexOf('<row ');
    const m = last >= 0 ? /\br="(\d+)"/.exec(xml.slice(last, last + 200)) : null;
    return m ? Number(m[1]) : 0;
  })();
  let depth = 0;
  let section = '';
  const merges: Rect[] = [];
  const cols: { min: number; max: number; width: number | undefined }[] = [];
  let sawSheetData = false;
  let protection = false;
  let setup: Record<string, string> | undefined;
  let fitToPage = false;

  scan(xml, (t) => {
    if (t.close) {
      depth--;
      if (depth === 1) section = '';
      return;
    }
    if (t.name.includes(':')) unsupported();
    if (depth === 0) {
      if (t.name !== 'worksheet' || attr(t.attrs, 'xmlns') !== MAIN_NS) unsupported();
    } else if (depth === 1) {
      section = t.name;
      if (t.name === 'sheetData') {
        if (sawSheetData) unsupported();
        sawSheetData = true;
        if (!t.empty) {
          // The rows, read by their own scanner; scanning goes on at </sheetData>.
          depth++;
          return readSheetData(xml, t.end, { sheet, shared, xfs, date1904, rowsTotal, report });
        }
      } else if (t.name === 'sheetProtection') protection = attr(t.attrs, 'sheet') === '1';
      else if (t.name === 'pageSetup') setup = attrs(t.attrs);
      else if (t.name !== 'sheetPr' && t.name !== 'cols' && t.name !== 'mergeCells' && !IGNORED.has(t.name)) unsupported();
    } else if (section === 'sheetPr' && depth === 2) {
      // Tab colour and outline settings are not in the model; fit to page is in its page layout.
      if (t.name === 'pageSetUpPr') fitToPage = attr(t.attrs, 'fitToPage') === '1';
      else if (t.name !== 'tabColor' && t.name !== 'outlinePr') unsupported();
    } else if (section === 'sheetPr' && depth > 2) {
      // Inside tabColor: nothing the model keeps.
    } else if (section === 'cols' && t.name === 'col' && depth === 2) {
      const a = attrs(t.attrs);
      const min = parseInt(a.min || '0', 10);
      const max = parseInt(a.max || '0', 10);
      if (!(min >= 1 && max >= min && max <= READ_LIMITS.maxColumns) || a.style !== undefined) unsupported();
      cols.push({ min, max, width: a.width === undefined ? undefined : parseFloat(a.width || '0') });
    } else if (section === 'mergeCells' && t.name === 'mergeCell' && depth === 2) {
      const ref = attr(t.attrs, 'ref');
      if (ref === undefined || !/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/.test(ref)) unsupported();
      const r = parseA1(ref);
      if (r.bottom <= r.top && r.right <= r.left) unsupported();
      if (r.bottom >= READ_LIMITS.maxRows || r.right >= READ_LIMITS.maxColumns) unsupported();
      if (ref !== `${ref.split(':')[0]}:${ref.split(':')[1]}` || r.top > r.bottom || r.left > r.right) unsupported();
      merges.push(r);
    } else if (!IGNORED.has(section)) unsupported();
    if (!t.empty) depth++;
    return undefined;
  });
  if (!sawSheetData) unsupported();

  // Merged areas: no two may overlap (ExcelJS refuses such a file); the cells they cover, bounded.
  const covered = new Set<number>();
  let area = 0;
  for (const m of merges) {
    area += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area > 2_000_000) unsupported();
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = cellKey(r, c);
        if (covered.has(key)) unsupported();
        covered.add(key);
        // ExcelJS shows a merged area's value in every cell of it; Excel keeps it in the top-left only.
        if (r === m.top && c === m.left) continue;
        const cell = sheet.cells.get(key);
        if (cell && (cell.value !== null || cell.formula !== undefined)) {
          if (!cell.numberFormat && !cell.style) sheet.cells.delete(key);
          else {
            const { formula: _formula, ...rest } = cell;
            sheet.cells.set(key, { ...rest, value: null });
          }
        }
      }
    }
  }
  sheet.merges = merges;
  sheet.protection.protected = protection;

  // ExcelJS's Column.fromModel: sorted by min, each column once, the first definition winning.
  const sorted = cols.map((c, i) => ({ c, i })).sort((a, b) => a.c.min - b.c.min || a.i - b.i);
  let count = 1;
  for (const { c } of sorted) {
    while (count < c.min) count++;
    while (count <= c.max) {
      if (c.width !== undefined) {
        if (!Number.isFinite(c.width)) unsupported();
        (sheet.columnWidths ??= new Map()).set(count - 1, charsToPoints(c.width));
      }
      count++;
    }
  }
  const layout = pageLayoutFromSetup({
    paperSize: setup?.paperSize !== undefined ? parseInt(setup.paperSize, 10) : undefined,
    orientation: setup?.orientation ?? 'portrait',
    scale: parseInt(setup?.scale ?? '100', 10),
    fitToPage,
    fitToWidth: parseInt(setup?.fitToWidth ?? '1', 10),
    fitToHeight: parseInt(setup?.fitToHeight ?? '1', 10),
  });
  if (layout) sheet.pageLayout = layout;
}

/**
 * The workbook model from .xlsx bytes, exactly as modelFromXlsx would give it, or undefined when
 * this file is not one this reader is sure of (the caller then uses modelFromXlsx).
 */
export async function leanModelFromXlsx(bytes: Uint8Array, options: LeanLoadOptions = {}): Promise<WorkbookModel | undefined> {
  try {
    return await read(bytes, options);
  } catch {
    // Unsupported, or anything else that went wrong (a damaged part): not this reader's file.
    return undefined;
  }
}

async function read(bytes: Uint8Array, options: LeanLoadOptions): Promise<WorkbookModel | undefined> {
  const { onProgress } = options;
  const entries = readZipDirectory(bytes);
  for (const name of entries.keys()) if (name.startsWith('customXml/') || name.startsWith('xl/externalLinks/')) return undefined;
  const parts = new Parts(bytes, entries, options.inflate ?? streamInflate);
  const workbookXml = await parts.text('xl/workbook.xml');
  const relsXml = await parts.text('xl/_rels/workbook.xml.rels');
  const stylesXml = await parts.text('xl/styles.xml');
  if (workbookXml === undefined || relsXml === undefined || stylesXml === undefined) return undefined;
  onProgress?.({ phase: 'parsing', sheet: 0, sheets: 0, row: 0, rows: 0 });
  const { sheets, activeTab, date1904 } = parseWorkbook(workbookXml);
  const rels = parseRels(relsXml);
  const xfs = parseStyles(stylesXml);
  const sstXml = await parts.text('xl/sharedStrings.xml');
  const shared = sstXml === undefined ? undefined : parseSharedStrings(sstXml);
  const model = createWorkbook([]);
  const seen = new Set<string>();
  for (const [i, ref] of sheets.entries()) {
    const target = rels.get(ref.rId);
    // `worksheets\sheet1.xml` (a Windows writer's separator) is the part the command line reads.
    const path = target === undefined ? undefined : `xl/${target.replace(/\\/g, '/').replace(/^(\s|\/xl\/)+/, '')}`;
    if (path === undefined || !/^xl\/worksheets\/sheet\d+\.xml$/.test(path) || seen.has(path)) return undefined;
    seen.add(path);
    const xml = await parts.text(path);
    if (xml === undefined) return undefined;
    // A worksheet with its own relationships (links, drawings, comments, tables): ExcelJS decides.
    if (entries.has(path.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels')) return undefined;
    const sheet = addSheet(model, ref.name);
    if (ref.state === 'hidden') sheet.visibility = 'Hidden';
    else if (ref.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    else if (ref.state !== undefined && ref.state !== 'visible') return undefined;
    const report = onProgress && ((row: number, rows: number) => onProgress({ phase: 'converting', sheet: i + 1, sheets: sheets.length, row, rows }));
    report?.(0, 0);
    readWorksheet(xml, sheet, shared, xfs, date1904, report);
  }
  model.activeSheet = typeof activeTab === 'number' && activeTab < model.sheets.length ? activeTab : 0;
  return model;
}
