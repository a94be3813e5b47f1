/**
 * A bounded look at .xlsx bytes before ExcelJS reads them in the preview (the fast loader,
 * src/standin/xlsx-lean.ts, answers only for plain files; everything else goes to ExcelJS, which
 * has no limits of its own). ExcelJS inflates every part of the zip and makes an object per cell
 * of each merged area, so a file of a few kilobytes could keep the reading worker busy for minutes
 * and take gigabytes (a whole-sheet merge is 17 billion cells). Here every part is inflated under
 * the command line's budget and ratio (READ_LIMITS), and the merged areas each worksheet states are
 * summed from their references, never walked. Work: the bytes of the parts.
 *
 * A zip the command line would refuse (its directory, an encrypted part, a method other than stored
 * or deflated, a part whose size or CRC-32 is not the stated one) is refused here with the command
 * line's line, in any part: JSZip refuses most of them in English ("Corrupted zip : compression
 * \x09\x00 unknown", "Encrypted zip are not supported") and reads others (a count past 65,535, a
 * CRC it does not check) where the command line saw a damaged file.
 */
import { PREVIEW_EXCELJS_LIMITS, READ_LIMITS } from '../hosts/file/limits';
import { checkInflated, checkMethod, crc32Table, decodeXml, entryData, exceljsMisread, plainEndRecord, readZipDirectory, ZipError, zipMethodName } from '../hosts/file/zip-directory';
import { streamInflate, type Inflate } from '../standin/xlsx-lean';
import { xsdDouble } from '../hosts/file/xlsx-parse';
import { countTags, definedNameCells, eachTag, looseRangeCells, statedCounter, type TagCount } from '../hosts/file/exceljs-stated';

export type PreflightProblem =
  | { kind: 'zip'; reason: 'corrupt' | 'encrypted'; part?: string }
  | { kind: 'zip-method'; method: string; part?: string }
  | { kind: 'cdata' }
  | { kind: 'bad-number' }
  | { kind: 'inflate-total'; limit: number }
  | { kind: 'inflate-ratio'; part: string; ratio: number }
  | { kind: 'merged-cells'; part: string; count: number; limit: number }
  | { kind: 'cells'; count: number; limit: number }
  | { kind: 'rows'; count: number; limit: number }
  | { kind: 'columns'; count: number; limit: number }
  | { kind: 'validation-cells'; count: number; limit: number }
  | { kind: 'name-cells'; count: number; limit: number }
  | { kind: 'row-slots'; count: number; limit: number }
  | { kind: 'number-format'; length: number; limit: number };

/**
 * Cells covered by the `<mergeCell ref>` areas of a worksheet's XML, as the file states them and
 * ExcelJS reads them (a row of nine digits too: `A1:A999999999` went to ExcelJS uncounted).
 */
export function mergedCellsIn(xml: string): number {
  const counter = mergedCellsCounter();
  countTags(xml, [counter]);
  return counter.result();
}

function mergedCellsCounter(): TagCount<number> {
  let total = 0;
  return {
    visit(name, attrs) {
      if (name !== 'mergeCell') return;
      const m = /\sref\s*=\s*(["'])([^"']*)\1/.exec(attrs);
      if (m) total += looseRangeCells(m[2]);
    },
    result: () => total,
  };
}

/**
 * The cells a worksheet's XML states (`<c>` elements, prefixed or not) and its last row: the
 * largest row a `<row r>` or a cell's `r` names, a row without `r` following the one before.
 * ExcelJS makes an object per cell and per row up to the last. A row number has as many digits
 * as it has (ExcelJS's parseInt): `r="999999999"` went to ExcelJS uncounted. Work: the bytes of the XML.
 */
export function cellsAndRowsIn(xml: string): { cells: number; lastRow: number } {
  const counter = cellsAndRowsCounter();
  countTags(xml, [counter]);
  return counter.result();
}

function cellsAndRowsCounter(): TagCount<{ cells: number; lastRow: number }> {
  let cells = 0;
  let row = 0;
  let lastRow = 0;
  return {
    visit(name, attrs) {
      if (name !== 'row' && name !== 'c') return;
      const r = /\sr\s*=\s*["']\s*\$?[A-Za-z]{0,4}\$?(\d+)/.exec(attrs);
      if (name === 'row') row = r ? Number(r[1]) : row + 1;
      else {
        cells++;
        if (r) row = Math.max(row, Number(r[1]));
      }
      if (row > lastRow) lastRow = row;
    },
    result: () => ({ cells, lastRow }),
  };
}

/**
 * The longest number format code of a styles part (characters, an entity counted as one). Excel
 * takes at most 255; ExcelJS's date test, asked for every numeric cell, is quadratic in a code of
 * `[` with no `]` (the browser's ExcelJS cannot be given ours, as the command line's is).
 */
export function longestNumberFormat(xml: string): number {
  let longest = 0;
  eachTag(xml, (name, attrs) => {
    if (name !== 'numFmt') return;
    const m = /\sformatCode\s*=\s*(["'])([^"']*)\1/.exec(attrs);
    if (!m) return;
    const length = m[2].replace(/&[#\w]+;/g, '_').length;
    if (length > longest) longest = length;
  });
  return longest;
}

const CELL_TYPE = /\st\s*=\s*["']([^"']*)["']/;

/**
 * True when a number cell of the worksheet (no `t`, or `t="n"`; a formula's cached result too)
 * holds in `<v>` a text that is no xsd:double (`0x1F`, `12abc`): the command line and the fast
 * loader read it as empty (src/hosts/file/xlsx-parse.ts xsdDouble), ExcelJS's parseFloat as its
 * numeric start (0x1F as 0) — the texts where they differ; `NaN` is empty to both. A `<v>` with an entity is not looked at (no reader in doubt over
 * one that is plain). Work: one pass over the XML, no pattern over the text.
 */
export function hasBadNumber(xml: string): boolean {
  let numberCell = false;
  let lt = xml.indexOf('<');
  while (lt >= 0) {
    let j = lt + 1;
    while (j < xml.length) {
      const ch = xml.charCodeAt(j);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
      j++;
    }
    const full = xml.slice(lt + 1, j);
    const name = full.slice(full.lastIndexOf(':') + 1);
    const next = xml.indexOf('<', j);
    if (name === 'c') {
      const gt = xml.indexOf('>', j);
      const attrs = xml.slice(j, gt < 0 || (next >= 0 && next < gt) ? (next < 0 ? xml.length : next) : gt);
      const t = CELL_TYPE.exec(attrs)?.[1];
      numberCell = t === undefined || t === 'n';
    } else if (name === 'v' && numberCell) {
      const gt = xml.indexOf('>', j);
      if (gt >= 0 && (next < 0 || gt < next) && xml.charCodeAt(gt - 1) !== 47) {
        const text = xml.slice(gt + 1, next < 0 ? xml.length : next);
        // Only where the two differ: `NaN`, `1e400` are no number to ExcelJS either (empty in both).
        if (text.indexOf('&') < 0 && Number.isNaN(xsdDouble(text)) && Number.isFinite(parseFloat(text))) return true;
      }
    }
    lt = next;
  }
  return false;
}

/** The command line's reading of a zip failure (of one part, when `part` is given). */
function zipProblem(err: unknown, part?: string): PreflightProblem {
  const at = part === undefined ? {} : { part };
  if (err instanceof ZipError && err.reason === 'encrypted') return { kind: 'zip', reason: 'encrypted', ...at };
  if (err instanceof ZipError && err.reason === 'method') return { kind: 'zip-method', method: zipMethodName(err.message), ...at };
  return { kind: 'zip', reason: 'corrupt', ...at };
}

/**
 * Parts the sheets need, as the command line reads them: the package's types and relationships,
 * the workbook, its relationships, styles and shared strings, the worksheets and theirs. A part
 * outside these (document properties, custom XML, media, printer settings, a theme) the command
 * line never opens: one of them encrypted, oddly compressed or damaged keeps no sheet from being read.
 */
export function neededForSheets(part: string): boolean {
  return /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/(_rels\/)?[^/]+)$/i.test(part);
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * The first reason ExcelJS must not be given these bytes, or undefined. Without a platform
 * inflater (no DecompressionStream) nothing is checked.
 */
export type PreflightLimits = { [K in keyof typeof READ_LIMITS | keyof typeof PREVIEW_EXCELJS_LIMITS]: number };

export async function preflight(
  bytes: Uint8Array,
  inflate: Inflate = streamInflate,
  limits: PreflightLimits = { ...READ_LIMITS, ...PREVIEW_EXCELJS_LIMITS },
  /**
   * Given: a part the sheets do not need (neededForSheets) that cannot be read (encrypted, an odd
   * method, damaged) is listed here and passed over, instead of being the answer.
   */
  unreadable?: string[],
): Promise<PreflightProblem | undefined> {
  if (inflate === streamInflate && typeof DecompressionStream === 'undefined') return undefined;
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (err) {
    return zipProblem(err);
  }
  // An entry ExcelJS would read as another part (its patterns are not anchored): another sheet shown.
  if (exceljsMisread(entries.keys()) !== undefined) return { kind: 'zip', reason: 'corrupt' };
  const passOver = (part: string): boolean => {
    if (unreadable === undefined || neededForSheets(part)) return false;
    unreadable.push(part);
    return true;
  };
  let inflated = 0;
  let cells = 0;
  let rows = 0;
  let columns = 0;
  let validationCells = 0;
  let rowSlots = 0;
  for (const e of entries.values()) {
    let data: Uint8Array;
    try {
      checkMethod(e);
      data = entryData(bytes, e);
    } catch (err) {
      if (passOver(e.name)) continue;
      return zipProblem(err, e.name);
    }
    const remaining = limits.maxInflatedBytes - inflated;
    let out: Uint8Array | undefined;
    if (e.method === 0) {
      if (data.length > remaining) return { kind: 'inflate-total', limit: limits.maxInflatedBytes };
      out = data;
    } else if (e.method === 8) {
      const byRatio = Math.max(limits.ratioFloorBytes, e.compressedSize * limits.maxInflateRatio);
      const cap = Math.min(remaining, byRatio);
      try {
        out = await inflate(data, cap);
      } catch {
        if (passOver(e.name)) continue;
        return { kind: 'zip', reason: 'corrupt', part: e.name };
      }
      if (out === undefined) {
        return cap === remaining ? { kind: 'inflate-total', limit: limits.maxInflatedBytes } : { kind: 'inflate-ratio', part: e.name, ratio: limits.maxInflateRatio };
      }
    } else continue;
    try {
      checkInflated(e, out, crc32Table);
    } catch (err) {
      if (passOver(e.name)) continue;
      return zipProblem(err, e.name);
    }
    inflated += out.length;
    if (e.name === 'xl/styles.xml') {
      const length = longestNumberFormat(decodeXml(out));
      if (length > limits.maxFormatChars) return { kind: 'number-format', length, limit: limits.maxFormatChars };
    }
    // The workbook's defined names, which ExcelJS keeps cell by cell (it reads this part by this name).
    if (e.name === 'xl/workbook.xml') {
      const count = definedNameCells(decodeXml(out));
      if (count > limits.maxDefinedNameCells) return { kind: 'name-cells', count, limit: limits.maxDefinedNameCells };
    }
    // ExcelJS reads a cell's CDATA (`<v><![CDATA[12]]></v>`, a shared string's `<t>`) as blank; the
    // command line and Excel read the text.
    const sheet = WORKSHEET.test(e.name);
    const xml = sheet || e.name === 'xl/sharedStrings.xml' ? decodeXml(out) : undefined;
    if (xml?.includes('<![CDATA[')) return { kind: 'cdata' };
    if (sheet && xml !== undefined && hasBadNumber(xml)) return { kind: 'bad-number' };
    if (sheet && xml !== undefined) {
      // The sheet's tags read once for every count (three passes before).
      const counters = [mergedCellsCounter(), cellsAndRowsCounter(), statedCounter()] as const;
      countTags(xml, counters);
      const count = counters[0].result();
      if (count > limits.maxMergedCells) return { kind: 'merged-cells', part: e.name, count, limit: limits.maxMergedCells };
      const stated = counters[1].result();
      cells += stated.cells;
      rows += stated.lastRow;
      if (cells > limits.maxCells) return { kind: 'cells', count: cells, limit: limits.maxCells };
      if (rows > limits.maxLastRows) return { kind: 'rows', count: rows, limit: limits.maxLastRows };
      const more = counters[2].result();
      columns += more.columns;
      validationCells += more.validationCells;
      rowSlots += more.rowSlots;
      if (rowSlots > limits.maxRowSlots) return { kind: 'row-slots', count: rowSlots, limit: limits.maxRowSlots };
      if (columns > limits.maxStatedColumns) return { kind: 'columns', count: columns, limit: limits.maxStatedColumns };
      if (validationCells > limits.maxValidationCells) return { kind: 'validation-cells', count: validationCells, limit: limits.maxValidationCells };
    }
  }
  return undefined;
}

/**
 * The zip without the directory records of `parts` (their bytes stay, unreferenced): what JSZip,
 * under ExcelJS, then reads is the rest. JSZip refuses a whole zip for one encrypted part, and
 * inflates every part. Undefined for a zip this does not rewrite (ZIP64, a directory not where the
 * end record says); the caller then says which part it could not read. Work: the directory, once.
 */
export function withoutParts(bytes: Uint8Array, parts: ReadonlySet<string>): Uint8Array | undefined {
  const n = bytes.length;
  const u16 = (i: number): number => bytes[i] | (bytes[i + 1] << 8);
  const u32 = (i: number): number => (u16(i) | (u16(i + 2) << 16)) >>> 0;
  const end = plainEndRecord(bytes);
  if (!end || end.diskCount !== end.count) return undefined;
  const { eocd, count, offset } = end;
  const kept: Uint8Array[] = [];
  let keptCount = 0;
  let keptSize = 0;
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder('utf-8');
  for (let p = offset, k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(p) !== 0x02014b50) return undefined;
    const length = 46 + u16(p + 28) + u16(p + 30) + u16(p + 32);
    if (p + length > eocd) return undefined;
    let name = (u16(p + 8) & 0x800 ? utf8 : latin1).decode(bytes.subarray(p + 46, p + 46 + u16(p + 28)));
    if (name.startsWith('/')) name = name.slice(1);
    if (!parts.has(name)) {
      kept.push(bytes.subarray(p, p + length));
      keptCount++;
      keptSize += length;
    }
    p += length;
  }
  const out = new Uint8Array(offset + keptSize + (n - eocd));
  out.set(bytes.subarray(0, offset));
  let at = offset;
  for (const r of kept) {
    out.set(r, at);
    at += r.length;
  }
  out.set(bytes.subarray(eocd), at);
  const v = new DataView(out.buffer);
  v.setUint16(at + 8, keptCount, true);
  v.setUint16(at + 10, keptCount, true);
  v.setUint32(at + 12, keptSize, true);
  return out;
}
