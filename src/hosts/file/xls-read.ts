/**
 * Legacy .xls workbooks (Excel 97–2003, BIFF8, in an OLE compound file), as Excel, WPS and older
 * budget systems save them: the `Workbook` stream's records read into the same snapshots the .xlsx
 * reader gives (./legacy-cells.ts).
 *
 * Records read: BOF/EOF, FILEPASS (refused: encrypted), CODEPAGE, DATEMODE (1904), BOUNDSHEET,
 * FORMAT, XF, SST with its CONTINUE records (a string split across them, its high-byte flag
 * restated at each), LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, BLANK/MULBLANK (no value),
 * FORMULA with its cached result (number, text from the STRING record after it, boolean, error),
 * BOOLERR, MERGEDCELLS. Numbers take their XF's number format through numfmt.ts, as the .xlsx path
 * shows them; a date-formatted number is the same serial as there.
 *
 * Not read: BIFF5 and earlier (a `Book` stream, or a BOF of version < 0x0600) and encrypted files
 * are refused with a message of their own; chart sheets, macro sheets and dialog sheets are left
 * out; shared formulas and array formulas need nothing (every FORMULA record carries its result).
 * In BIFF8 an 8-bit string is UTF-16 with its high bytes left out (Latin-1): CODEPAGE applies only
 * to BIFF5's strings, which are refused.
 *
 * Bounded: records are walked once; the SST never allocates what its count claims (strings are
 * read while bytes remain); a sheet's substream ends at its EOF or the stream's end; every cell
 * goes through the sink's limits.
 */
import type { CellValue, GridInit } from '../../core/engine/grid';
import { isDateFormat } from './builtin-formats';
import { CfbError, CompoundFile } from './cfb';
import { BookBudget, type SheetSink } from './legacy-cells';
import { sheetName, viaDate, XlsxError, type LeanLimits } from './xlsx-parse';
import { BUILTIN_FORMATS, type SheetState } from './xlsx-read';

export class XlsError extends Error {
  constructor(
    readonly reason: 'biff5' | 'encrypted' | 'no-workbook' | 'corrupt',
    readonly detail = '',
  ) {
    super(`xls: ${reason} ${detail}`);
    this.name = 'XlsError';
  }
}

export { CfbError };

export interface XlsBook {
  grids: GridInit[];
  states: SheetState[];
  date1904: boolean;
  cells: number;
  mergedCells: number;
  /** Records walked and sectors read, for tests that prove the work is bounded. */
  work: { records: number; sectors: number };
}

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

/** The workbook stream of a compound file: `Workbook` (BIFF8); `Book` is BIFF5 and refused. */
export function workbookStream(bytes: Uint8Array): { stream: Uint8Array; sectors: number } {
  const cfb = new CompoundFile(bytes);
  const wb = cfb.rootNames.get('workbook');
  if (wb && wb.type === 2) return { stream: cfb.read(wb), sectors: cfb.work };
  if (cfb.rootNames.has('book')) throw new XlsError('biff5');
  if (cfb.rootNames.has('encryptedpackage')) throw new XlsError('encrypted');
  throw new XlsError('no-workbook');
}

/** Reads a BIFF8 .xls. Throws XlsError, CfbError or XlsxError (the limits). */
export function readXls(bytes: Uint8Array, limits: LeanLimits): XlsBook {
  const { stream: s, sectors } = workbookStream(bytes);
  const view = new DataView(s.buffer, s.byteOffset, s.byteLength);
  let records = 0;
  const u16 = (at: number): number => (at + 2 <= s.length ? view.getUint16(at, true) : 0);
  const u32 = (at: number): number => (at + 4 <= s.length ? view.getUint32(at, true) : 0);

  // --- globals
  let pos = 0;
  if (u16(0) !== 0x0809) {
    if (u16(0) === 0x0409 || u16(0) === 0x0209 || u16(0) === 0x0009) throw new XlsError('biff5');
    throw new XlsError('corrupt', 'no BOF');
  }
  if (u16(4) < 0x0600) throw new XlsError('biff5');
  let date1904 = false;
  const sheets: { pos: number; state: SheetState; type: number; name: string }[] = [];
  const formats = new Map<number, string>();
  const xfFormat: number[] = [];
  let sst: string[] = [];
  while (pos + 4 <= s.length) {
    const type = u16(pos);
    const len = u16(pos + 2);
    const at = pos + 4;
    records++;
    if (at + len > s.length) throw new XlsError('corrupt', 'record past the stream');
    pos = at + len;
    if (type === 0x000a) break; // EOF
    switch (type) {
      case 0x002f:
        throw new XlsError('encrypted');
      case 0x0022:
        date1904 = u16(at) === 1;
        break;
      case 0x0085: {
        const state: SheetState = (s[at + 4] & 3) === 1 ? 'hidden' : (s[at + 4] & 3) === 2 ? 'veryHidden' : 'visible';
        const name = shortString(s, at + 6, at + len);
        sheets.push({ pos: u32(at), state, type: s[at + 5], name });
        if (sheets.length > limits.maxSheets) throw new XlsxError('too-many-sheets');
        break;
      }
      case 0x041e: {
        const id = u16(at);
        const str = unicodeString(s, at + 2, at + len, true);
        formats.set(id, str);
        break;
      }
      case 0x00e0:
        xfFormat.push(u16(at + 2));
        break;
      case 0x00fc: {
        // The SST and the CONTINUE records after it, as one buffer with the places they join.
        const parts: Uint8Array[] = [s.subarray(at, at + len)];
        while (pos + 4 <= s.length && u16(pos) === 0x003c) {
          const l = u16(pos + 2);
          if (pos + 4 + l > s.length) throw new XlsError('corrupt', 'record past the stream');
          parts.push(s.subarray(pos + 4, pos + 4 + l));
          pos += 4 + l;
          records++;
        }
        sst = readSst(parts, limits);
        break;
      }
      default:
        break;
    }
  }

  const fmtOf = (xf: number): string | undefined => {
    const id = xfFormat[xf];
    if (!id) return undefined;
    // A built-in format is shown as the reader's Excel shows it, whatever text the writer's
    // locale gave its FORMAT record (LibreOffice writes 14 as M/D/YYYY; a Chinese Excel shows
    // yyyy/m/d, as the .xlsx path does).
    const code = BUILTIN_FORMATS[id] ?? formats.get(id);
    return code || undefined;
  };
  const dateXf = new Map<number, boolean>();
  const isDateXf = (xf: number): boolean => {
    let d = dateXf.get(xf);
    if (d === undefined) dateXf.set(xf, (d = isDateFormat(fmtOf(xf))));
    return d;
  };

  // --- sheets
  // A sheet's substream runs from its BOF to its EOF, and never past where the next sheet's starts:
  // each byte of the stream is walked once, whatever the BOUNDSHEETs say. Before, 200 BOUNDSHEETs
  // naming one substream of 10⁶ records without an EOF walked it 200 times (10⁸ records for a file
  // of 4 MB), and two worksheets at one offset are one substream read twice: refused.
  const starts = [...new Set(sheets.map((sh) => sh.pos))].sort((a, b) => a - b);
  const worksheets = new Set<number>();
  for (const sheet of sheets) {
    if (sheet.type !== 0) continue;
    if (worksheets.has(sheet.pos)) throw new XlsError('corrupt', 'sheets share their data');
    worksheets.add(sheet.pos);
  }
  const endOf = (pos: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : s.length;
  };
  const book = new BookBudget(limits);
  const states: SheetState[] = [];
  for (const sheet of sheets) {
    if (sheet.type !== 0) continue; // chart, macro and dialog sheets
    const name = sheetName(sheet.name) || `Sheet${states.length + 1}`;
    const sink = book.sink();
    try {
      records += readSheet(s, view, sheet.pos, endOf(sheet.pos), sink, sst, fmtOf, isDateXf, date1904, limits);
      book.finish(name, sink, date1904);
    } catch (err) {
      if (err instanceof XlsxError) err.detail.sheet = name;
      throw err;
    }
    states.push(sheet.state);
  }
  return { grids: book.grids, states, date1904, cells: book.cells, mergedCells: book.mergedCells, work: { records, sectors } };
}

function readSheet(
  s: Uint8Array,
  view: DataView,
  start: number,
  /** Where the next sheet's substream starts (or the stream's end): the walk stops there. */
  limit: number,
  sink: SheetSink,
  sst: string[],
  fmtOf: (xf: number) => string | undefined,
  isDateXf: (xf: number) => boolean,
  date1904: boolean,
  limits: LeanLimits,
): number {
  const u16 = (at: number): number => (at + 2 <= s.length ? view.getUint16(at, true) : 0);
  const u32 = (at: number): number => (at + 4 <= s.length ? view.getUint32(at, true) : 0);
  const f64 = (at: number): number => (at + 8 <= s.length ? view.getFloat64(at, true) : NaN);
  if (start + 8 > s.length || u16(start) !== 0x0809) throw new XlsError('corrupt', 'sheet without BOF');
  let records = 0;
  let pos = start + 4 + u16(start + 2);
  /** A FORMULA whose text result is in the STRING record after it. */
  let pending: { row: number; col: number; xf: number } | undefined;
  const number = (row: number, col: number, xf: number, n: number): void => {
    const v = Number.isFinite(n) && isDateXf(xf) ? viaDate(n, date1904) : n;
    sink.add(row, col, v, fmtOf(xf));
  };
  const text = (row: number, col: number, xf: number, v: CellValue): void => {
    sink.add(row, col, v, fmtOf(xf));
  };
  while (pos + 4 <= s.length && pos < limit) {
    const type = u16(pos);
    const len = u16(pos + 2);
    const at = pos + 4;
    const end = at + len;
    records++;
    if (end > s.length) throw new XlsError('corrupt', 'record past the stream');
    pos = end;
    if (type === 0x000a) break;
    if (pending && type !== 0x0207) pending = undefined;
    switch (type) {
      case 0x0809: {
        // A BOF inside a sheet: an embedded chart's substream, skipped to its EOF.
        let depth = 1;
        while (depth > 0 && pos + 4 <= s.length && pos < limit) {
          const t = u16(pos);
          pos += 4 + u16(pos + 2);
          records++;
          if (t === 0x0809) depth++;
          else if (t === 0x000a) depth--;
        }
        break;
      }
      case 0x00fd: {
        const i = u32(at + 6);
        if (i >= sst.length) throw new XlsError('corrupt', 'shared string index');
        text(u16(at), u16(at + 2), u16(at + 4), sst[i]);
        break;
      }
      case 0x0204:
      case 0x00d6:
        text(u16(at), u16(at + 2), u16(at + 4), unicodeString(s, at + 6, end, true));
        break;
      case 0x0203:
        number(u16(at), u16(at + 2), u16(at + 4), f64(at + 6));
        break;
      case 0x027e:
        number(u16(at), u16(at + 2), u16(at + 4), rk(u32(at + 6)));
        break;
      case 0x00bd: {
        const row = u16(at);
        const first = u16(at + 2);
        const count = Math.floor((len - 6) / 6);
        for (let k = 0; k < count; k++) number(row, first + k, u16(at + 4 + k * 6), rk(u32(at + 6 + k * 6)));
        break;
      }
      case 0x0006: {
        const row = u16(at);
        const col = u16(at + 2);
        const xf = u16(at + 4);
        if (u16(at + 12) === 0xffff) {
          const kind = s[at + 6];
          if (kind === 0) pending = { row, col, xf };
          else if (kind === 1) text(row, col, xf, s[at + 8] !== 0);
          else if (kind === 2) text(row, col, xf, ERRORS[s[at + 8]] ?? '#N/A');
          // kind 3: an empty text result.
        } else number(row, col, xf, f64(at + 6));
        break;
      }
      case 0x0207:
        if (pending) text(pending.row, pending.col, pending.xf, unicodeString(s, at, end, true));
        pending = undefined;
        break;
      case 0x0205: {
        const v = s[at + 6];
        text(u16(at), u16(at + 2), u16(at + 4), s[at + 7] ? (ERRORS[v] ?? '#N/A') : v !== 0);
        break;
      }
      case 0x0208:
        // ROW: fDyZero (bit 5 of its flags) is a row hidden by the user or a filter.
        if (len >= 14 && (u16(at + 12) & 0x20) !== 0) sink.hideRow(u16(at));
        break;
      case 0x007d:
        // COLINFO: fHidden (bit 0 of its flags) hides colFirst…colLast.
        if (len >= 10 && (u16(at + 8) & 1) !== 0) sink.hideColumns(u16(at), u16(at + 2));
        break;
      case 0x00e5: {
        const count = Math.min(u16(at), Math.floor((len - 2) / 8));
        for (let k = 0; k < count; k++) {
          const b = at + 2 + k * 8;
          sink.merge({ top: u16(b), bottom: u16(b + 2), left: u16(b + 4), right: u16(b + 6) });
        }
        break;
      }
      default:
        break;
    }
  }
  void limits;
  return records;
}

/** An RK number: 30 bits of an integer or of a double's high bits, maybe divided by 100. */
function rk(v: number): number {
  let n: number;
  if (v & 2) n = v >> 2;
  else {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setUint32(4, v & 0xfffffffc, true);
    n = buf.getFloat64(0, true);
  }
  return v & 1 ? n / 100 : n;
}

/** ShortXLUnicodeString: 8-bit count, flags, characters. */
function shortString(s: Uint8Array, at: number, end: number): string {
  const cch = s[at];
  return chars(s, at + 2, end, cch, (s[at + 1] & 1) === 1);
}

/** XLUnicodeString (16-bit count) within one record; rich runs and phonetic data after it skipped. */
function unicodeString(s: Uint8Array, at: number, end: number, long: boolean): string {
  if (at >= end) return '';
  const cch = long ? s[at] | (s[at + 1] << 8) : s[at];
  const flags = s[at + (long ? 2 : 1)];
  let p = at + (long ? 3 : 2);
  if (flags & 8) p += 2;
  if (flags & 4) p += 4;
  return chars(s, p, end, cch, (flags & 1) === 1);
}

function chars(s: Uint8Array, at: number, end: number, cch: number, wide: boolean): string {
  let out = '';
  const n = Math.min(cch, Math.floor((end - at) / (wide ? 2 : 1)));
  for (let i = 0; i < n; i++) out += String.fromCharCode(wide ? s[at + i * 2] | (s[at + i * 2 + 1] << 8) : s[at + i]);
  return out;
}

/**
 * The shared strings, from the SST record's data and its CONTINUE records'. A string's characters
 * may run on into the next record, which then starts with a new flags byte (high-byte flag);
 * rich-text runs and phonetic blocks after the characters run on without one. Strings are read
 * while bytes remain, never more than the count claims: a count of 10⁹ allocates nothing.
 */
export function readSst(parts: ArrayLike<number>[], limits: LeanLimits): string[] {
  let part = 0;
  let p = 8; // past total and unique counts
  let cur = parts[0];
  const unique = cur.length >= 8 ? (cur[4] | (cur[5] << 8) | (cur[6] << 16)) + cur[7] * 0x1000000 : 0;
  const out: string[] = [];
  const next = (): boolean => {
    while (p >= cur.length) {
      if (++part >= parts.length) return false;
      cur = parts[part];
      p = 0;
    }
    return true;
  };
  const byte = (): number => {
    if (!next()) throw new XlsError('corrupt', 'SST past its records');
    return cur[p++];
  };
  const skip = (n: number): void => {
    while (n > 0) {
      if (!next()) throw new XlsError('corrupt', 'SST past its records');
      const k = Math.min(n, cur.length - p);
      p += k;
      n -= k;
    }
  };
  while (out.length < unique && next()) {
    const cch = byte() | (byte() << 8);
    const flags = byte();
    let wide = (flags & 1) === 1;
    const runs = flags & 8 ? byte() | (byte() << 8) : 0;
    const ext = flags & 4 ? byte() | (byte() << 8) | (byte() << 16) | (byte() * 0x1000000) : 0;
    const codes: number[] = [];
    let str = '';
    for (let i = 0; i < cch; i++) {
      if (p >= cur.length) {
        // The characters run on into a CONTINUE record: its first byte restates the high-byte flag.
        if (++part >= parts.length) throw new XlsError('corrupt', 'SST past its records');
        cur = parts[part];
        p = 0;
        if (cur.length === 0) {
          i--;
          continue;
        }
        wide = (cur[p++] & 1) === 1;
      }
      if (wide) {
        if (p + 1 >= cur.length) throw new XlsError('corrupt', 'SST character split');
        codes.push(cur[p] | (cur[p + 1] << 8));
        p += 2;
      } else codes.push(cur[p++]);
      if (codes.length === 4096) {
        str += String.fromCharCode(...codes);
        codes.length = 0;
      }
    }
    str += String.fromCharCode(...codes);
    if (str.length > limits.maxCellChars) throw new XlsxError('cell-chars', { limit: String(limits.maxCellChars), length: String(str.length) });
    skip(runs * 4 + ext);
    out.push(str);
  }
  return out;
}
