/**
 * The fast way to load the stand-in's workbook model from .xlsx bytes, for the browser preview:
 * the zip directory read without a library (src/hosts/file/zip-directory.ts), parts inflated with
 * the platform's DecompressionStream ('deflate-raw') under the file host's byte budget and inflate
 * ratio, and read by the command line's own parser (src/hosts/file/xlsx-parse.ts: its XML scanner,
 * and its byte-level <sheetData> read in `detail`); what is the preview's own here is the model:
 * styles, column widths, merged areas, protection, page setup, and what to decline. ExcelJS
 * (./xlsx.ts) builds a DOM-like object per cell and takes seconds on 2,000 tables; this reads the
 * same workbook in a fraction of it.
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
import { containsText } from '../hosts/file/sniff';
import {
  attr,
  bindsReadPrefix,
  hasBadEntity,
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  partName,
  isTrueAttr,
  readSheetBytes,
  scanXml,
  SheetDetail,
  sheetName,
  type ScanCounter,
  type SheetRef,
} from '../hosts/file/xlsx-parse';
import { checkInflated, crc32Table, decodeXml, entryData, inflateCap, readZipDirectory, type ZipEntry } from '../hosts/file/zip-directory';
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

  /** The part's bytes; undefined when absent. Past the budget, damaged or odd: Unsupported. */
  async bytesOf(name: string): Promise<Uint8Array | undefined> {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const data = entryData(this.bytes, e);
    const remaining = READ_LIMITS.maxInflatedBytes - this.inflated;
    let out: Uint8Array | undefined;
    if (e.method === 0) out = data.length <= remaining ? data : undefined;
    else if (e.method === 8) out = await this.inflate(data, inflateCap(e, remaining, READ_LIMITS)).catch(() => undefined);
    if (!out) unsupported();
    checkInflated(e, out, crc32Table); // else ExcelJS decides (and preflight says why not)
    this.inflated += out.length;
    return out;
  }

  /** The part's text; undefined when absent. */
  async text(name: string): Promise<string | undefined> {
    const out = await this.bytesOf(name);
    return out === undefined ? undefined : checked(cdataAsText(decodeXml(out)));
  }
}

/**
 * CDATA sections as the text they hold, escaped (`<v><![CDATA[12]]></v>` is `<v>12</v>`): Excel
 * and the command line read a cell's CDATA (a value, a shared string's `<t>`) as its text, ExcelJS
 * as blank. This reader reads such cells as the command line checks them, and shows them; before,
 * it declined such a file, and the preview then refused it (preview.error.cdata). A part that
 * also holds a comment (where `<![CDATA[` may be no section) or a section never closed is still
 * declined: the fallback, ExcelJS behind preflight, refuses it with that line, so nothing is
 * shown blank. Work: the part, once.
 */
function cdataAsText(xml: string): string {
  if (!xml.includes('<![CDATA[')) return xml;
  if (xml.includes('<!--')) unsupported();
  let out = '';
  let from = 0;
  for (let at = xml.indexOf('<![CDATA['); at >= 0; at = xml.indexOf('<![CDATA[', from)) {
    const end = xml.indexOf(']]>', at + 9);
    if (end < 0) unsupported();
    out += xml.slice(from, at) + xml.slice(at + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    from = end + 3;
  }
  return out + xml.slice(from);
}

/** A worksheet part with its CDATA sections as text (cdataAsText), as UTF-8 bytes; the part itself when it has none. */
function cdataPartAsText(part: Uint8Array): Uint8Array {
  if (!containsText(part, '<![CDATA[')) return part;
  // A part in UTF-16 would be re-encoded under a declaration naming UTF-16: left to the fallback.
  if ((part[0] === 0xff && part[1] === 0xfe) || (part[0] === 0xfe && part[1] === 0xff)) unsupported();
  return new TextEncoder().encode(cdataAsText(decodeXml(part)));
}

/** XML the file host refuses or ExcelJS may read otherwise: entity declarations and CDATA. */
function checked(xml: string): string {
  // Entity declarations are refused by the file host; ExcelJS decides about them here.
  if (xml.includes('<!DOCTYPE') || xml.includes('<!ENTITY') || xml.includes('<![CDATA[')) unsupported();
  return xml;
}

// ---------------------------------------------------------------------------------------------
// XML

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every attribute of a tag's raw attribute text, decoded. */
function attrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) out[m[1]] = attr(raw, m[1]) ?? '';
  return out;
}

interface Tag {
  /** A closing tag. */
  close: boolean;
  name: string;
  attrs: string;
  /** An empty-element tag (`<x/>`): no closing tag follows. */
  empty: boolean;
  /** Index just past the tag. */
  end: number;
}

const counter: ScanCounter = { tags: 0, uncached: 0, badNumbers: 0 };

/**
 * Calls `each` for every element tag in order, over the file host's scanner (comments and
 * processing instructions skipped), held to what an XML parser holds a part to: every end tag
 * closes the innermost element and all are closed at the end, entities are XML's own, and no
 * prefix is bound to SpreadsheetML (which the scanner would read as the plain names and ExcelJS
 * does not). An `each` that returns a number has read the element itself: scanning goes on there.
 */
function scan(xml: string, each: (tag: Tag) => number | void): void {
  const tag: Tag = { close: false, name: '', attrs: '', empty: false, end: 0 };
  const open: string[] = [];
  let emptyOpen = false;
  scanXml(
    xml,
    {
      open(name, raw, selfClosing, after) {
        if (hasBadEntity(raw) || (raw.indexOf('xmlns:') >= 0 && bindsReadPrefix(raw))) unsupported();
        tag.close = false;
        tag.name = name;
        tag.attrs = raw;
        tag.empty = selfClosing;
        tag.end = after;
        const next = each(tag);
        if (typeof next === 'number') return next;
        if (selfClosing) emptyOpen = true;
        else open.push(name);
        return undefined;
      },
      close(name) {
        if (emptyOpen) {
          emptyOpen = false;
          return;
        }
        if (open.pop() !== name) unsupported();
        tag.close = true;
        tag.name = name;
        tag.attrs = '';
        tag.empty = false;
        each(tag);
      },
      text(raw) {
        if (hasBadEntity(raw)) unsupported();
      },
    },
    counter,
    READ_LIMITS.maxTagChars,
  );
  if (open.length > 0) unsupported();
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

// ---------------------------------------------------------------------------------------------
// Workbook, relationships, shared strings, styles

/**
 * The workbook part as the command line reads it (xlsx-parse.ts), held to what ExcelJS's model
 * gives alike: the root in SpreadsheetML's namespace, no defined names, every sheet with its name,
 * a positive id and an `r:id`, in the order of their ids, two names never the same once cut.
 */
function readWorkbook(xml: string): { sheets: SheetRef[]; activeTab: number | undefined; date1904: boolean } {
  let root = false;
  let activeTab: number | undefined;
  let depth = 0;
  scan(xml, (t) => {
    if (t.close) {
      depth--;
      return;
    }
    if (depth === 0) {
      if (t.name !== 'workbook' || attr(t.attrs, 'xmlns') !== MAIN_NS) unsupported();
      root = true;
    } else if (t.name === 'definedName') unsupported();
    else if (t.name === 'workbookView' && activeTab === undefined) {
      const a = attr(t.attrs, 'activeTab');
      if (a !== undefined) activeTab = parseInt(a, 10);
    } else if (t.name === 'sheet' && attr(t.attrs, 'r:id') === undefined) unsupported();
    if (!t.empty) depth++;
  });
  const { sheets, date1904 } = parseWorkbook(xml, counter, READ_LIMITS);
  if (!root || sheets.length === 0) unsupported();
  const names = new Set<string>();
  for (const [i, s] of sheets.entries()) {
    if (s.name === undefined || !Number.isInteger(s.id) || s.id < 1 || s.rId === undefined) unsupported();
    // ExcelJS orders worksheets by sheetId: read here only when that is the file's order.
    if (i > 0 && s.id <= sheets[i - 1].id) unsupported();
    // A name past Excel's 31 characters is cut as the command line cuts it (a 100,000-character
    // name was kept whole, in every row of the findings list; ExcelJS fails on such a file). Two
    // names the same once cut are left to ExcelJS.
    const name = sheetName(s.name);
    if (names.has(name)) unsupported();
    names.add(name);
  }
  return { sheets, activeTab, date1904 };
}

/** Shared strings as the command line reads them, '' for an empty one; anything odd: Unsupported. */
function readSharedStrings(xml: string): string[] {
  const flags = { odd: false };
  const strings = parseSharedStrings(xml, counter, READ_LIMITS, flags) ?? [];
  if (flags.odd) unsupported();
  return strings.map((s) => s ?? '');
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


/**
 * The cells of a worksheet's <sheetData>, read by the command line's byte-level reader in its
 * `detail` (every cell with its style index, formulas, row heights), into the model: values as
 * ExcelJS's model has them (a date-formatted number through a Date and back), each cell's number
 * format and style. Anything the reader calls odd, or a style index without its cell format, is
 * Unsupported.
 */
function addCells(sheet: SheetModel, read: NonNullable<ReturnType<typeof readSheetBytes>>, detail: SheetDetail, xfs: Xf[], date1904: boolean): void {
  if (detail.odd) unsupported();
  const { rows, cols, values } = read.spliced.cells;
  const cells = sheet.cells;
  for (let i = 0; i < values.length; i++) {
    const s = detail.styles[i];
    let xf: Xf | undefined;
    if (s >= 0) {
      xf = xfs[s];
      if (!xf) unsupported();
    }
    let value: CellValue = values[i];
    if (typeof value === 'number' && xf?.isDate) {
      value = viaDate(value, date1904);
      if (!Number.isFinite(value)) unsupported();
    }
    const model: CellModel = { value };
    const formula = detail.formulas.size > 0 ? detail.formulas.get(i) : undefined;
    // A formula's cached result is the value (none cached: empty), as ./xlsx.ts reads cell.result.
    if (formula !== undefined) model.formula = `=${formula}`;
    if (xf?.numFmt) model.numberFormat = xf.numFmt;
    if (xf?.style) model.style = xf.style;
    if (value === null && formula === undefined && !model.numberFormat && !model.style) continue;
    // Rows and columns only grow (the reader holds them to it): each position once, in order.
    cells.set(cellKey(rows[i], cols[i]), model);
  }
  if (detail.heights.size > 0) {
    const heights = (sheet.rowHeights ??= new Map());
    for (const [r, h] of detail.heights) heights.set(r, h);
  }
}

/** The number of the last row a worksheet states (for the progress bar), or 0. */
function lastRowOf(bytes: Uint8Array): number {
  for (let i = bytes.length - 5; i >= 0; i--) {
    if (bytes[i] === 60 && bytes[i + 1] === 114 && bytes[i + 2] === 111 && bytes[i + 3] === 119 && bytes[i + 4] === 32) {
      const m = /\br="(\d+)"/.exec(new TextDecoder().decode(bytes.subarray(i, Math.min(bytes.length, i + 200))));
      return m ? Number(m[1]) : 0;
    }
  }
  return 0;
}

function readWorksheet(
  part: Uint8Array,
  sheet: SheetModel,
  shared: string[] | undefined,
  xfs: Xf[],
  date1904: boolean,
  report?: (row: number, rows: number) => void,
): void {
  part = cdataPartAsText(part);
  const rowsTotal = report ? lastRowOf(part) : 0;
  const detail = new SheetDetail(report && ((row) => report(row, rowsTotal)));
  // The rows by the byte-level reader; the rest of the part (or all of it, when its <sheetData> is
  // empty or not plain) by the scanner below, which must then find no rows.
  const read = readSheetBytes(part, shared, undefined, date1904, counter, READ_LIMITS, detail);
  const xml = checked(read ? read.xml : decodeXml(part));
  if (read) addCells(sheet, read, detail, xfs, date1904);
  for (const r of read?.spliced.cells.hiddenRows ?? []) (sheet.hiddenRows ??= new Set()).add(r);
  let depth = 0;
  let section = '';
  const merges: Rect[] = [];
  const cols: { min: number; max: number; width: number | undefined; hidden: boolean }[] = [];
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
          // Its content was read by readSheetBytes and taken out of the text here.
          if (!read || t.end !== read.spliced.at) unsupported();
          return t.end;
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
      cols.push({ min, max, width: a.width === undefined ? undefined : parseFloat(a.width || '0'), hidden: isTrueAttr(a.hidden) });
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

  // Merged areas, the cells they cover bounded. Two that overlap (a broken or crafted file; Excel
  // repairs them away, ExcelJS refuses the file) are kept as the command line keeps them, each
  // dropping the values it covers, and counted for the notice (sheet.overlappingMerges); the
  // engine indexes them first come first served in both. Before (hostile44's leftover): the
  // preview refused such a file (文件可能已损坏…) that the command line checked.
  const covered = new Set<number>();
  let area = 0;
  let overlapping = 0;
  for (const m of merges) {
    area += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area > 2_000_000) unsupported();
    let overlaps = false;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = cellKey(r, c);
        if (covered.has(key)) overlaps = true;
        else covered.add(key);
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
    if (overlaps) overlapping++;
  }
  sheet.merges = merges;
  if (overlapping > 0) sheet.overlappingMerges = overlapping;
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
      if (c.hidden) (sheet.hiddenColumns ??= new Set()).add(count - 1);
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
  const { sheets, activeTab, date1904 } = readWorkbook(workbookXml);
  scan(relsXml, () => undefined); // held to XML's rules, as every part here
  const rels = parseRels(relsXml, counter, READ_LIMITS);
  const xfs = parseStyles(stylesXml);
  const sstXml = await parts.text('xl/sharedStrings.xml');
  const shared = sstXml === undefined ? undefined : readSharedStrings(sstXml);
  const model = createWorkbook([]);
  const seen = new Set<string>();
  for (const [i, ref] of sheets.entries()) {
    const rel = ref.rId === undefined ? undefined : rels.get(ref.rId);
    // As the command line reads the target (`worksheets\sheet1.xml`, a Windows writer's separator, too).
    const path = rel === undefined ? undefined : partName(rel.target);
    if (path === undefined || !/^xl\/worksheets\/sheet\d+\.xml$/.test(path) || seen.has(path)) return undefined;
    seen.add(path);
    const part = await parts.bytesOf(path);
    if (part === undefined) return undefined;
    // A worksheet with its own relationships (links, drawings, comments, tables): ExcelJS decides.
    if (entries.has(path.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels')) return undefined;
    const sheet = addSheet(model, sheetName(ref.name ?? ''));
    if (ref.state === 'hidden') sheet.visibility = 'Hidden';
    else if (ref.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    else if (ref.state !== undefined && ref.state !== 'visible') return undefined;
    const report = onProgress && ((row: number, rows: number) => onProgress({ phase: 'converting', sheet: i + 1, sheets: sheets.length, row, rows }));
    report?.(0, 0);
    readWorksheet(part, sheet, shared, xfs, date1904, report);
  }
  model.activeSheet = typeof activeTab === 'number' && activeTab < model.sheets.length ? activeTab : 0;
  return model;
}
