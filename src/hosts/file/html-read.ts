/**
 * Tables of a web page saved with a spreadsheet's extension (what budget systems export as .xls,
 * Excel's and LibreOffice's "save as web page", a single-file page .mht), read into one sheet.
 *
 * A small tolerant tokenizer, no DOM (the same code runs in Node and in the preview's worker):
 * tags, text and entities, one pass over the page; `<td>`/`<th>`/`<tr>` left open are closed
 * where the next one starts, as browsers do; `rowspan`/`colspan` become merged areas laid out as
 * the HTML table model does (a cell skips the columns taken by spans from rows above). Every table
 * of the page goes onto the one sheet, one under the other with a blank row between: a system's
 * page often puts the title, the table's header and its body in separate tables, which the locator
 * then sees as the one table they are; several target tables stacked are what it finds on
 * real sheets too. A table inside a cell gives that cell its text (rows on lines of their own).
 *
 * Numbers: Excel's export writes `x:num` (the value; the cell's text is what it shows),
 * LibreOffice's `sdval` and `sdnum` (the format code); `x:str` keeps text as text. Other text that
 * is a plain decimal number becomes one, as Excel's import makes it.
 *
 * Bounded: work is linear in the page (tags are scanned once, nothing recurses); spans are clamped
 * as browsers clamp them (colspan ≤ 1,000, rowspan ≤ 65,534, and never past the table's last row),
 * the columns a table's spans take are counted against the sheet's cell limit, tables nested
 * deeper than MAX_TABLE_DEPTH are refused.
 */
import { ERROR_VALUES, type GridInit } from '../../core/engine/grid';
import { BookBudget, type SheetSink } from './legacy-cells';
import { formatCellText } from './numfmt';
import { XlsxError, type LeanLimits } from './xlsx-parse';

/** Browsers' own clamps (HTML's table model). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
/** Tables inside tables' cells; real pages nest a few. */
export const MAX_TABLE_DEPTH = 64;

export class HtmlError extends Error {
  constructor(
    readonly reason: 'no-table' | 'nesting' | 'charset',
    readonly detail = '',
  ) {
    super(`html: ${reason} ${detail}`);
    this.name = 'HtmlError';
  }
}

export interface HtmlWork {
  /** Tags scanned, column steps of the table layout (spans set, taken columns skipped). */
  tags: number;
  layout: number;
  /**
   * Characters of cell text and style sheets examined by the loops that trim, collapse and split
   * them (each a bounded number of times): a count, so that tests prove it linear in the page.
   */
  text?: number;
}

// ---------------------------------------------------------------------------------------------
// Bytes to text: MHT parts, charset

/** The page's text: an MHT's HTML part decoded (quoted-printable or base64), in its charset. */
export function pageText(bytes: Uint8Array): string {
  const head = latin1(bytes.subarray(0, 4096)).replace(/^\s+/, '');
  if (/^mime-version:/i.test(head) || /^content-type:\s*multipart\//i.test(head)) return mhtText(bytes);
  return decodePage(bytes, undefined);
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192)));
  return s;
}

/** Decodes a page: BOM first, then the charset the page (or its MIME part) names, then UTF-8 or GBK. */
function decodePage(bytes: Uint8Array, declared: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const decoder = decoderFor(declared ?? metaEncoding(metaCharset(latin1(bytes.subarray(0, 8192)))));
  if (decoder) return decoder.decode(bytes);
  // No charset (or one that is not one): UTF-8 when the bytes are valid UTF-8, else GBK (GB18030).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function metaCharset(head: string): string | undefined {
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  return m ? m[1] : undefined;
}

/**
 * What a browser makes of a charset named in the page's own <meta> (HTML's prescan): a page that
 * calls itself UTF-16 is read as UTF-8 (a page in UTF-16 has a byte order mark, and its <meta>
 * could not have been read byte by byte), `x-user-defined` as windows-1252. Before, an ASCII page
 * naming utf-16 was decoded two bytes a character, and its tables were lost ("no table").
 */
function metaEncoding(label: string | undefined): string | undefined {
  const name = label?.trim().toLowerCase();
  if (name === undefined) return undefined;
  if (/^(utf-16|utf-16le|utf-16be|unicode|unicodefffe|ucs-2|csunicode|iso-10646-ucs-2|unicodefeff)$/.test(name)) return 'utf-8';
  if (name === 'x-user-defined') return 'windows-1252';
  return label;
}

/** A decoder for a charset label, or undefined for a name that is none (then the bytes decide). */
export function decoderFor(label: string | undefined): { decode(bytes: Uint8Array): string } | undefined {
  if (!label) return undefined;
  let name = label.trim().toLowerCase();
  // GB2312 and GBK pages hold GBK's extensions too; GB18030 decodes them all.
  if (name === 'gb2312' || name === 'gbk' || name === 'x-gbk' || name === 'cp936' || name === 'gb_2312-80' || name === 'euc-cn') name = 'gb18030';
  if (name === 'unicode') name = 'utf-16le';
  try {
    return new TextDecoder(name);
  } catch {
    return undefined;
  }
}

/** The first text/html part of a MIME multipart (a single-file page), decoded. */
function mhtText(bytes: Uint8Array): string {
  const raw = latin1(bytes);
  const boundary = /boundary\s*=\s*"?([^"\r\n;]{1,200})"?/i.exec(raw.slice(0, 8192));
  const parts = boundary ? raw.split(`--${boundary[1]}`) : [raw];
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1].toLowerCase();
    const charset = /charset\s*=\s*"?([A-Za-z0-9_.:-]{1,40})/i.exec(headers)?.[1];
    let data: Uint8Array;
    if (encoding === 'base64') data = base64Bytes(body);
    else if (encoding === 'quoted-printable') data = quotedPrintable(body);
    else data = latin1Bytes(body);
    return decodePage(data, charset && decoderFor(charset) ? charset : undefined);
  }
  throw new HtmlError('no-table');
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function quotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      if (s[i + 1] === '\r' && s[i + 2] === '\n') {
        i += 2;
        continue;
      }
      if (s[i + 1] === '\n') {
        i += 1;
        continue;
      }
      const hex = parseInt(s.slice(i + 1, i + 3), 16);
      if (/^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3)) && Number.isFinite(hex)) {
        out[n++] = hex;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

function base64Bytes(s: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((s.length * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

// ---------------------------------------------------------------------------------------------
// Entities and attributes

const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  yen: '¥',
  times: '×',
  divide: '÷',
  plusmn: '±',
  middot: '·',
  le: '≤',
  ge: '≥',
  ne: '≠',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  permil: '‰',
  deg: '°',
  copy: '©',
  reg: '®',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
};

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,10});?/g, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? all;
  });
}

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    const name = m[1].toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** `mso-number-format` of a style (inline, or a class's rule). */
function msoFormat(style: string | undefined): string | undefined {
  if (!style) return undefined;
  const m = /mso-number-format\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^;"']+))/i.exec(style);
  if (!m) return undefined;
  const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  // CSS escapes: \@ is @, \0022 a quote, \\ a backslash.
  return raw.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : (ch ?? '')));
}

/**
 * Class name → mso-number-format, from the page's <style> rules (Excel's export: `.xl65 {...}`):
 * each `{` with the selector before it (since the last brace, at most 2,000 characters) and the
 * body after it up to its `}` (at most 4,000). One scan, each character looked at twice at most:
 * the pattern this replaces tried 2,000 characters from every position of a style sheet without
 * braces (200 KB of CSS: 1.7 s, quadratic in practice).
 */
function classFormats(css: string, into: Map<string, string>, work: HtmlWork): void {
  const n = css.length;
  let lastBrace = -1;
  let i = 0;
  while (i < n) {
    const c = css.charCodeAt(i);
    work.text = (work.text ?? 0) + 1;
    if (c === 125 /* } */) lastBrace = i;
    if (c !== 123 /* { */) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && css.charCodeAt(e) !== 123 && css.charCodeAt(e) !== 125) e++;
    work.text += e - i;
    const from = Math.max(lastBrace + 1, i - 2000);
    if (from < i && e < n && css.charCodeAt(e) === 125 && e - i - 1 <= 4000) {
      const fmt = msoFormat(css.slice(i + 1, e));
      if (fmt !== undefined) {
        for (const sel of css.slice(from, i).split(',')) {
          const cls = /\.([A-Za-z0-9_-]+)\s*$/.exec(sel.trim());
          if (cls) into.set(cls[1], fmt);
        }
      }
      lastBrace = e;
      i = e + 1;
      continue;
    }
    lastBrace = i;
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

interface OpenCell {
  row: number;
  col: number;
  text: string;
  /** Whether `text` holds anything but white space yet (kept as text comes, never re-scanned). */
  filled: boolean;
  attrs: Map<string, string>;
  /** Text of tables nested in this cell. */
  nested: string[];
}

interface TableState {
  /** Rows laid out so far (the table's own row index). */
  row: number;
  inRow: boolean;
  col: number;
  /** Per column: the table row up to which (exclusive) a span from above takes it. */
  takenUntil: number[];
  cell: OpenCell | undefined;
  /** Cells (absolute sheet rows) and their spans, written when the table ends (spans clipped to its rows). */
  cells: { row: number; col: number; text: string; attrs: Map<string, string>; rowspan: number; colspan: number }[];
  /** For a nested table: its text, rows as lines. */
  lines: string[] | undefined;
  line: string[];
}

const DECIMAL = /^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** Reads a page's tables into one sheet. Throws HtmlError or XlsxError. */
export function readHtml(bytes: Uint8Array, name: string, limits: LeanLimits, work: HtmlWork = { tags: 0, layout: 0 }): GridInit[] {
  const text = pageText(bytes);
  const book = new BookBudget(limits);
  const sink = book.sink();
  const formatsByClass = new Map<string, string>();
  const tables: TableState[] = [];
  let top = 0; // the sheet row where the next top-level table starts
  let sawTable = false;
  const layoutBudget = limits.maxCellsPerSheet * 4;

  const current = (): TableState | undefined => tables[tables.length - 1];

  const startRow = (t: TableState): void => {
    if (t.inRow) endRow(t);
    t.inRow = true;
    t.col = 0;
  };
  const endRow = (t: TableState): void => {
    if (t.cell) endCell(t);
    if (!t.inRow) return;
    t.inRow = false;
    if (t.lines) {
      t.lines.push(t.line.join(' '));
      t.line = [];
    }
    t.row++;
  };
  const startCell = (t: TableState, attrs: Map<string, string>): void => {
    if (t.cell) endCell(t);
    if (!t.inRow) startRow(t);
    // Skip the columns spans from rows above take.
    while (t.col < t.takenUntil.length && t.takenUntil[t.col] > t.row) {
      t.col++;
      if (++work.layout > layoutBudget) throw new XlsxError('sheet-cells', { limit: String(limits.maxCellsPerSheet) });
    }
    t.cell = { row: t.row, col: t.col, text: '', filled: false, attrs, nested: [] };
  };
  const endCell = (t: TableState): void => {
    const c = t.cell;
    if (!c) return;
    t.cell = undefined;
    let colspan = parseInt(c.attrs.get('colspan') ?? '1', 10);
    if (!(colspan >= 1)) colspan = 1;
    if (colspan > MAX_COLSPAN) colspan = MAX_COLSPAN;
    const rs = parseInt(c.attrs.get('rowspan') ?? '1', 10);
    // rowspan="0": to the end of the table.
    const rowspan = rs === 0 ? MAX_ROWSPAN : !(rs >= 1) ? 1 : Math.min(rs, MAX_ROWSPAN);
    if (c.col + colspan > limits.maxColumns) throw new XlsxError('column-limit', { address: String(c.col + colspan) });
    let value = cellText(c.text, work);
    if (c.nested.length) value = [value, ...c.nested].filter((s) => s !== '').join('\n');
    if (t.lines) t.line.push(value);
    else t.cells.push({ row: c.row, col: c.col, text: value, attrs: c.attrs, rowspan, colspan });
    for (let k = 0; k < colspan; k++) {
      if (++work.layout > layoutBudget) throw new XlsxError('sheet-cells', { limit: String(limits.maxCellsPerSheet) });
      const col = c.col + k;
      while (t.takenUntil.length <= col) t.takenUntil.push(0);
      if (rowspan > 1) t.takenUntil[col] = Math.max(t.takenUntil[col], c.row + rowspan);
    }
    t.col = c.col + colspan;
  };
  const endTable = (): void => {
    const t = tables.pop();
    if (!t) return;
    endRow(t);
    if (t.lines) {
      const outer = current();
      const textOf = t.lines.filter((l) => l.trim() !== '').join('\n');
      if (outer?.cell) outer.cell.nested.push(textOf);
      else if (outer?.lines) outer.line.push(textOf);
      return;
    }
    // Rows the table has: its rows, and rows spans reach into past its last <tr>, as far as a
    // browser extends them (never: a rowspan past the end is clipped to the last row).
    const rows = t.row;
    for (const c of t.cells) {
      const bottom = Math.min(c.row + c.rowspan - 1, Math.max(rows - 1, c.row));
      const r = top + c.row;
      putCell(sink, r, c.col, c.text, c.attrs, formatsByClass, marked);
      if (bottom > c.row || c.colspan > 1) sink.merge({ top: r, left: c.col, bottom: top + bottom, right: c.col + c.colspan - 1 });
    }
    top += rows + 1;
  };
  const openTable = (): void => {
    sawTable = true;
    if (tables.length >= MAX_TABLE_DEPTH) throw new HtmlError('nesting', String(MAX_TABLE_DEPTH));
    const outer = current();
    const nested = outer !== undefined;
    // A table in a cell (or in a table but outside its cells) is that cell's text.
    if (outer && !outer.cell && !outer.lines) startCell(outer, new Map());
    tables.push({ row: 0, inRow: false, col: 0, takenUntil: [], cell: undefined, cells: [], lines: nested ? [] : undefined, line: [] });
  };

  const appendText = (s: string): void => {
    const t = current();
    if (!t?.cell) return;
    t.cell.text += s;
    if (!t.cell.filled) t.cell.filled = /\S/.test(s);
  };
  // A spreadsheet's own export marks its numbers (x:num, sdval): its other cells are text as written.
  const marked = /\s(x:num|sdval)\b/i.test(text);

  // One pass over the page: text, tags, comments, and the content of <style>, <script> skipped.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) appendText(text.slice(i, end));
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (text.startsWith('<![', i) || text[i + 1] === '!' || text[i + 1] === '?') {
      const close = text.indexOf('>', i + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9:_-]*)/.exec(text.slice(i, i + 64));
    if (!m) {
      appendText('<');
      i++;
      continue;
    }
    // The tag's end: the first '>' outside quotes.
    let j = i + m[0].length;
    let quote = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) {
        // A quote opens a value only after '='.
        let k = j - 1;
        while (k > i && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) k--;
        if (text.charCodeAt(k) === 61) quote = c;
      } else if (c === 62) break;
    }
    if (j >= n && quote) {
      // An unclosed quote: end the tag at the first '>' instead, as browsers recover.
      const gt = text.indexOf('>', i);
      j = gt < 0 ? n : gt;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    const attrText = text.slice(i + m[0].length, Math.min(j, n));
    i = j + 1;
    work.tags++;
    if (!closing && (tag === 'style' || tag === 'script' || tag === 'title' || tag === 'xml' || tag === 'textarea')) {
      const closer = new RegExp(`</${tag}`, 'ig');
      closer.lastIndex = i;
      const close = closer.exec(text)?.index ?? -1;
      const content = text.slice(i, close < 0 ? n : close);
      if (tag === 'style') classFormats(content, formatsByClass, work);
      i = close < 0 ? n : close;
      continue;
    }
    const t = current();
    switch (tag) {
      case 'table':
        if (closing) endTable();
        else openTable();
        break;
      case 'tr':
        if (!t) break;
        if (closing) endRow(t);
        else startRow(t);
        break;
      case 'td':
      case 'th':
        if (!t) break;
        if (closing) endCell(t);
        else startCell(t, attributes(attrText));
        break;
      case 'br':
        appendText(LINE_BREAK);
        break;
      case 'p':
      case 'div':
      case 'li':
        // A paragraph inside a cell starts a line (not before the cell's first text). Asked of a
        // flag: trimming the cell's text at each tag was quadratic (`x` then 200,000 <div>: 2 minutes).
        if (t?.cell?.filled) appendText(LINE_BREAK);
        break;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        if (t) endRow(t);
        break;
      default:
        break;
    }
  }
  while (tables.length) endTable();
  if (!sawTable) throw new HtmlError('no-table');
  book.finish(name, sink, false);
  return book.grids;
}

/** A line break (<br>) in a cell's text until the text's white space is collapsed. */
const LINE_BREAK = '\u0001';

/**
 * A cell's text as a browser shows it: runs of white space one space, lines trimmed of spaces
 * (no-break spaces among them), blank lines at the start and end dropped. One pass over the
 * characters: the patterns this replaces (`/^\n+|\n+$/g` over the lines joined) went back over
 * every run of blank lines from each of its characters (`x`, 40,000 <br>, `y`: 3.7 s, quadratic).
 */
function cellText(raw: string, work: HtmlWork): string {
  const decoded = decodeEntities(raw.replace(/[ \t\r\n\f]+/g, ' '));
  const lines: string[] = [];
  let start = 0;
  const n = decoded.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? decoded.charCodeAt(i) : 10;
    if (c !== 10 && c !== 1) continue;
    // The line's spaces (a no-break space is one) at either end left out.
    let a = start;
    let b = i;
    while (a < b && (decoded.charCodeAt(a) === 32 || decoded.charCodeAt(a) === 0xa0)) a++;
    while (b > a && (decoded.charCodeAt(b - 1) === 32 || decoded.charCodeAt(b - 1) === 0xa0)) b--;
    lines.push(a === b ? '' : decoded.slice(a, b).replace(/\u00a0/g, ' '));
    start = i + 1;
  }
  work.text = (work.text ?? 0) + 2 * n + 1;
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first] === '') first++;
  while (last > first && lines[last - 1] === '') last--;
  return lines.slice(first, last).join('\n');
}

function putCell(sink: SheetSink, row: number, col: number, text: string, attrs: Map<string, string>, formatsByClass: Map<string, string>, marked: boolean): void {
  let format = msoFormat(attrs.get('style'));
  if (format === undefined) {
    for (const cls of (attrs.get('class') ?? '').split(/\s+/)) {
      const f = formatsByClass.get(cls);
      if (f !== undefined) format = f;
    }
  }
  const sdnum = attrs.get('sdnum');
  if (format === undefined && sdnum) {
    // LibreOffice: "language;language;format code".
    const parts = sdnum.split(';');
    if (parts.length >= 3) format = parts.slice(2).join(';');
  }
  if (format === 'General' || format === '') format = undefined;
  // An error value is shown as itself (LibreOffice writes sdval="0" beside `#REF!`).
  if (ERROR_VALUES.has(text)) {
    sink.add(row, col, text, format);
    return;
  }
  // Excel's export: x:bool="TRUE".
  const bool = attrs.get('x:bool');
  if (bool !== undefined && /^(true|false)$/i.test(bool)) {
    sink.add(row, col, bool.toLowerCase() === 'true', format);
    return;
  }
  const num = attrs.get('x:num') ?? attrs.get('sdval');
  if (num !== undefined && !attrs.has('x:str')) {
    // x:num without a value: the number is the text.
    const source = num === '' ? text.replace(/,/g, '') : num;
    const n = Number(source);
    if (source.trim() !== '' && Number.isFinite(n)) {
      sink.add(row, col, n, format ?? shownFormat(n, text));
      return;
    }
  }
  if (!marked && !attrs.has('x:str') && format !== '@') {
    const plain = plainNumber(text);
    if (plain) {
      sink.add(row, col, plain.value, format ?? plain.format);
      return;
    }
  }
  sink.add(row, col, text, format);
}

/**
 * A text that is a plain decimal number (`12`, `-3.5`, `1,030,700.00`; not `007`, kept as the text
 * it is), as the number Excel's import makes of it, with the format that shows it as written. The
 * web-page and CSV readers share it.
 */
export function plainNumber(text: string): { value: number; format: string | undefined } | undefined {
  if (!DECIMAL.test(text) || /^[-+]?0\d/.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, format: shownFormat(value, text) } : undefined;
}

/**
 * A format that shows `n` as the page shows it (`1,000.50`, `95.0%`), when General would not: the
 * snapshot's text is what the reviewer saw.
 */
function shownFormat(n: number, text: string): string | undefined {
  if (formatCellText(n, undefined) === text) return undefined;
  const m = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.(\d+))?(%?)$/.exec(text);
  if (!m) return undefined;
  const body = (m[2] ? '#,##0' : '0') + (m[4] ? `.${'0'.repeat(Math.min(m[4].length, 30))}` : '') + m[5];
  return formatCellText(n, body) === text ? body : undefined;
}
