/**
 * An Excel 2003 XML Spreadsheet (SpreadsheetML: `<?mso-application progid="Excel.Sheet"?>`,
 * `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`), what many budget systems
 * built on Java templates export under an .xls name, read into the same snapshots as an .xlsx.
 *
 * A small tolerant scanner, no DOM (the same code runs in Node and in the preview's worker): one
 * pass over the text, tags by their local name (`ss:Row` and `Row` alike), attributes likewise.
 * What the format says and Excel does:
 * - a `<Row>` without `ss:Index` follows the row before it (or the rows its `ss:Span` repeats);
 *   a `<Cell>` without `ss:Index` follows the cell before it and the columns its `ss:MergeAcross`
 *   takes; cells a merge from a row above covers are left out by the writer, which gives the next
 *   cell its `ss:Index` (not skipped here as a web page's table would);
 * - `ss:MergeAcross`/`ss:MergeDown` make a merged area from the cell;
 * - `<Data ss:Type="Number|String|DateTime|Boolean|Error">`: a date becomes its serial number in
 *   the 1900 system, shown under the cell's style's `<NumberFormat>` (Excel's named formats —
 *   Fixed, Percent, Short Date … — as their codes); a `<Data>` holding rich text (`<Font>` runs)
 *   gives its text; a cell's `<Comment>` is not its value;
 * - `ss:Hidden` rows and columns, `<Visible>SheetHidden</Visible>` in a sheet's options.
 * Entities are the five of XML and numeric ones; a DOCTYPE's own entities are never expanded.
 *
 * Bounded: every tag is scanned once and nothing recurses; the cells, text, rows, columns and
 * merged areas go through the readers' shared budgets (./legacy-cells.ts, READ_LIMITS).
 */
import type { CellValue, GridInit } from '../../core/engine/grid';
import { decodeEntities, decoderFor } from './html-read';
import { BookBudget, type SheetSink } from './legacy-cells';
import { XlsxError, type LeanLimits } from './xlsx-parse';
import type { SheetState } from './xlsx-read';

export class Xml2003Error extends Error {
  constructor(readonly reason: 'no-workbook') {
    super(`xml2003: ${reason}`);
    this.name = 'Xml2003Error';
  }
}

export interface Xml2003Work {
  /** Tags scanned: a count, so that tests prove reading linear in the file. */
  tags: number;
  /** Rows noted hidden (a row spanning others notes each). */
  hiddenRows?: number;
}

export interface Xml2003Book {
  grids: GridInit[];
  states: SheetState[];
  /** Cells with a formula and no value written (Excel would calculate them; the grid has them empty). */
  uncachedFormulas: number;
}

/** The text of the file: byte order mark, then the XML declaration's encoding, then UTF-8 or GBK. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]);
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']/.exec(head)?.[1];
  // A declaration of UTF-16 in bytes read one a character is no UTF-16 (a BOM would have said so).
  const decoder = declared && !/^utf-16/i.test(declared) ? decoderFor(declared) : undefined;
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Excel's named number formats as SpreadsheetML writes them (`ss:Format="Percent"`), as the codes
 * the snapshot's text is shown under; a code written out (`0.00_ `, `yyyy"年"m"月"d"日"`) is itself.
 */
const NAMED_FORMATS: Record<string, string | undefined> = {
  general: undefined,
  'general number': undefined,
  fixed: '0.00',
  standard: '#,##0.00',
  percent: '0.00%',
  scientific: '0.00E+00',
  currency: '#,##0.00',
  'euro currency': '#,##0.00',
  'general date': 'yyyy/m/d h:mm',
  'long date': 'yyyy"年"m"月"d"日"',
  'medium date': 'dd-mmm-yy',
  'short date': 'yyyy/m/d',
  'long time': 'h:mm:ss',
  'medium time': 'h:mm AM/PM',
  'short time': 'h:mm',
};

function formatCode(raw: string): string | undefined {
  const key = raw.trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(NAMED_FORMATS, key)) return NAMED_FORMATS[key];
  return raw === '' ? undefined : raw;
}

// The value is optional so that every match succeeds where it starts: with `=` required, a run of
// name characters and no quoted value after it (`<Cell aaaa…=x>`) was tried again from each of its
// characters (40,000 of them: 1.3 s, quadratic).
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']*)))?/g;

/** A tag's attributes by local name, lower-cased (`ss:Index` and `Index` are `index`). */
function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  if (s.indexOf('=') < 0) return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    if (m[2] === undefined && m[3] === undefined) continue; // a name with no quoted value: not one SpreadsheetML writes
    const colon = m[1].lastIndexOf(':');
    const prefix = colon < 0 ? '' : m[1].slice(0, colon).toLowerCase();
    if (prefix === 'xmlns') continue;
    const name = (colon < 0 ? m[1] : m[1].slice(colon + 1)).toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** A positive whole number attribute (1-based index, span, merge), or undefined when absent or not one. */
function whole(attrs: Map<string, string>, name: string): number | undefined {
  const raw = attrs.get(name);
  if (raw === undefined || !/^\s*\d{1,9}\s*$/.test(raw)) return undefined;
  return Number(raw);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** `2024-06-30T00:00:00.000` as Excel's serial day number (1900 system), or undefined. */
export function dateSerial(text: string): number | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0));
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const serial = (t - EPOCH_1900) / DAY_MS;
  // Excel counts a 29 February 1900 that never was: serials before March 1900 are one less.
  return serial < 61 ? serial - 1 : serial;
}

/** The cell's value as its `<Data ss:Type>` says; undefined for a Data that holds nothing. */
function valueOf(type: string, text: string): CellValue | undefined {
  switch (type) {
    case 'number': {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n) ? n : text === '' ? undefined : text;
    }
    case 'boolean':
      return text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'datetime': {
      const serial = dateSerial(text);
      return serial ?? (text === '' ? undefined : text);
    }
    default:
      return text === '' ? undefined : text;
  }
}

interface SheetState2003 {
  name: string;
  sink: SheetSink;
  state: SheetState;
  row: number; // 0-based row of the current (or last) <Row>
  nextRow: number;
  nextCol: number;
  nextColumn: number; // for <Column> elements
  hiddenSteps: number;
}

/** Reads the workbook's worksheets. Throws Xml2003Error or the budgets' XlsxError. */
export function readXml2003(bytes: Uint8Array, limits: LeanLimits, work: Xml2003Work = { tags: 0 }): Xml2003Book {
  const text = xmlText(bytes);
  const book = new BookBudget(limits);
  const states: SheetState[] = [];
  const styleFormats = new Map<string, string | undefined>();
  const styleParents = new Map<string, string>();
  let sawWorkbook = false;
  let uncachedFormulas = 0;

  let sheet: SheetState2003 | undefined;
  let styleId: string | undefined;
  // The cell being read: its place, style, whether a value came, and the depth of a <Comment>.
  let cell: { row: number; col: number; style: string | undefined; formula: boolean; valued: boolean } | undefined;
  let commentDepth = 0;
  let inOptions = false;
  let visibleText: string | undefined;
  const sheetNames = new Set<string>();

  const formatOf = (style: string | undefined): string | undefined => {
    // A style's format, or its parent's (one level at a time, at most as many as there are styles).
    let id = style;
    for (let hops = 0; id !== undefined && hops <= styleParents.size; hops++) {
      if (styleFormats.has(id)) return styleFormats.get(id);
      id = styleParents.get(id);
    }
    return undefined;
  };

  const endSheet = (): void => {
    if (!sheet) return;
    const s = sheet;
    sheet = undefined;
    book.finish(s.name, s.sink, false);
    states.push(s.state);
  };

  try {
    scan();
  } catch (err) {
    // A limit hit while a sheet is read names that sheet, as one hit when it is finished does.
    if (err instanceof XlsxError && err.detail.sheet === undefined && sheet) err.detail.sheet = sheet.name;
    throw err;
  }
  endSheet();
  if (!sawWorkbook) throw new Xml2003Error('no-workbook');
  return { grids: book.grids, states, uncachedFormulas };

  function scan(): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (inOptions && visibleText !== undefined) visibleText += text.slice(i, lt);
    i = lt;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (text[i + 1] === '!' || text[i + 1] === '?') {
      // A declaration, a processing instruction, a DOCTYPE (its internal subset to its `]>`): skipped, never expanded.
      const bracket = text.indexOf('[', i);
      const gt = text.indexOf('>', i + 2);
      if (text.startsWith('<!DOCTYPE', i) && bracket >= 0 && (gt < 0 || bracket < gt)) {
        const close = text.indexOf(']>', bracket);
        i = close < 0 ? n : close + 2;
      } else i = gt < 0 ? n : gt + 1;
      continue;
    }
    const m = /^<(\/?)([A-Za-z_][A-Za-z0-9_.:-]*)/.exec(text.slice(i, i + 80));
    if (!m) {
      i++;
      continue;
    }
    // The tag's end: the first '>' outside quoted attribute values.
    let j = i + m[0].length;
    let quote = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    const closing = m[1] === '/';
    const selfClosing = !closing && text.charCodeAt(j - 1) === 47;
    const colon = m[2].lastIndexOf(':');
    const tag = (colon < 0 ? m[2] : m[2].slice(colon + 1)).toLowerCase();
    const attrText = text.slice(i + m[0].length, Math.min(j, n));
    i = j + 1;
    work.tags++;

    switch (tag) {
      case 'workbook':
        if (!closing) sawWorkbook = true;
        break;
      case 'style':
        if (closing) styleId = undefined;
        else {
          const a = attributes(attrText);
          styleId = a.get('id');
          const parent = a.get('parent');
          if (styleId !== undefined && parent !== undefined) styleParents.set(styleId, parent);
          if (selfClosing) styleId = undefined;
        }
        break;
      case 'numberformat':
        if (!closing && styleId !== undefined) styleFormats.set(styleId, formatCode(attributes(attrText).get('format') ?? ''));
        break;
      case 'worksheet':
        if (closing) endSheet();
        else {
          endSheet();
          const a = attributes(attrText);
          let name = (a.get('name') ?? '').trim();
          if (name === '' || sheetNames.has(name)) name = `Sheet${book.grids.length + 1}`;
          sheetNames.add(name);
          sheet = { name, sink: book.sink(), state: 'visible', row: -1, nextRow: 0, nextCol: 0, nextColumn: 0, hiddenSteps: 0 };
          if (selfClosing) endSheet();
        }
        break;
      case 'column':
        if (sheet && !closing) {
          const a = attributes(attrText);
          const index = whole(a, 'index');
          const first = index !== undefined && index >= 1 ? index - 1 : sheet.nextColumn;
          const last = first + (whole(a, 'span') ?? 0);
          if (a.get('hidden') === '1' || a.get('hidden')?.toLowerCase() === 'true') sheet.sink.hideColumns(first, last);
          sheet.nextColumn = last + 1;
        }
        break;
      case 'row':
        if (sheet && !closing) {
          const a = attributes(attrText);
          const index = whole(a, 'index');
          const row = index !== undefined && index >= 1 ? index - 1 : sheet.nextRow;
          if (row >= limits.maxRows) throw new XlsxError('row-limit', { row: String(row + 1) });
          const span = whole(a, 'span') ?? 0;
          if (row + span >= limits.maxRows) throw new XlsxError('row-limit', { row: String(row + span + 1) });
          const hidden = a.get('hidden') === '1' || a.get('hidden')?.toLowerCase() === 'true';
          // A hidden span is one entry per row. Rows stated again and again (`ss:Index="1"
          // ss:Span="1000000"` on every <Row>) stop being noted once a sheet's rows' worth has been:
          // being hidden only annotates a finding, and the loop stays linear in the file.
          if (hidden) {
            const before = sheet.hiddenSteps;
            for (let r = row; r <= row + span && sheet.hiddenSteps < limits.maxRows; r++, sheet.hiddenSteps++) sheet.sink.hideRow(r);
            work.hiddenRows = (work.hiddenRows ?? 0) + sheet.hiddenSteps - before;
          }
          sheet.row = row;
          sheet.nextRow = row + span + 1;
          sheet.nextCol = 0;
        }
        break;
      case 'cell':
        if (sheet && !closing && sheet.row >= 0) {
          const a = attributes(attrText);
          const index = whole(a, 'index');
          const col = index !== undefined && index >= 1 ? index - 1 : sheet.nextCol;
          if (col >= limits.maxColumns) throw new XlsxError('column-limit', { address: String(col + 1) });
          const across = whole(a, 'mergeacross') ?? 0;
          const down = whole(a, 'mergedown') ?? 0;
          if (across > 0 || down > 0) sheet.sink.merge({ top: sheet.row, left: col, bottom: sheet.row + down, right: col + across });
          sheet.nextCol = col + across + 1;
          cell = { row: sheet.row, col, style: a.get('styleid'), formula: a.has('formula'), valued: false };
          if (selfClosing) {
            if (cell.formula) uncachedFormulas++;
            cell = undefined;
          }
        } else if (closing && cell) {
          if (cell.formula && !cell.valued) uncachedFormulas++;
          cell = undefined;
        }
        break;
      case 'comment':
        if (closing) commentDepth = Math.max(0, commentDepth - 1);
        else if (!selfClosing) commentDepth++;
        break;
      case 'data':
        if (!closing && !selfClosing && sheet) {
          // The text up to this Data's end, rich text's runs (<Font>, <B>, <Sup>…) joined.
          let content = '';
          let k = i;
          for (;;) {
            const next = text.indexOf('<', k);
            if (next < 0) {
              content += text.slice(k);
              k = n;
              break;
            }
            content += text.slice(k, next);
            const gt = text.indexOf('>', next);
            if (gt < 0) {
              k = n;
              break;
            }
            work.tags++;
            const close = /^<\/(?:[A-Za-z_][A-Za-z0-9_.-]*:)?data\s*>$/i.test(text.slice(next, Math.min(gt + 1, next + 80)));
            k = gt + 1;
            if (close) break;
          }
          i = k;
          if (cell && commentDepth === 0) {
            const type = (attributes(attrText).get('type') ?? 'String').toLowerCase();
            const value = valueOf(type, decodeEntities(content));
            if (value !== undefined && value !== null) {
              cell.valued = true;
              // A date with no date format of its own is shown as a date, as Excel shows it.
              const format = formatOf(cell.style) ?? (type === 'datetime' && typeof value === 'number' ? 'yyyy/m/d' : undefined);
              sheet.sink.add(cell.row, cell.col, value, format);
            }
          }
        }
        break;
      case 'worksheetoptions':
        inOptions = !closing && !selfClosing;
        break;
      case 'visible':
        if (!inOptions) break;
        if (!closing) visibleText = '';
        else if (visibleText !== undefined) {
          const v = visibleText.trim().toLowerCase();
          if (sheet && v === 'sheethidden') sheet.state = 'hidden';
          else if (sheet && v === 'sheetveryhidden') sheet.state = 'veryHidden';
          visibleText = undefined;
        }
        break;
      default:
        break;
    }
  }
  }
}
