/**
 * The zip directory of an .xlsx and the stored bytes of its entries, without inflating anything:
 * no Node API here, so the browser preview's reading worker uses it too (./zip.ts inflates with
 * node:zlib for the command line). Offsets and sizes are checked against the bytes.
 */
import { READ_LIMITS } from './limits';

/** Why a zip cannot be read; read.ts turns it into a FileReadError with a localised message. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'encrypted' | 'method' | 'inflate-total' | 'inflate-ratio' | 'too-many-entries',
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /**
   * The inflated size the directory states (ZIP64's when it did not fit): untrusted, it sizes no
   * buffer beyond a bound; a part inflating to another size is refused (checkInflated).
   */
  size: number;
  /** The CRC-32 of the inflated bytes, as the directory states it. */
  crc: number;
  localOffset: number;
  /**
   * The name's bytes as the central directory has them: the local header must name the entry the
   * same way (readers that go by the local headers, as JSZip under ExcelJS does, would otherwise
   * read another workbook than the checker).
   */
  rawName?: Uint8Array;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

/**
 * Where a zip's end-of-central-directory record begins, -1 if nowhere: the last one in the last
 * 22 + 65,535 bytes (the record and the longest comment it can have). Every reader and writer of a
 * zip's directory here starts from it.
 */
export function endRecordAt(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD_SIG) return i;
  }
  return -1;
}

/**
 * Where a zip's plain end record lies and the directory it states, for a writer that rewrites the
 * directory in place (the preview's part removal and sheet-id restating): undefined for ZIP64, a
 * 0xffff count, or a directory that does not end where the end record begins.
 */
export function plainEndRecord(bytes: Uint8Array): { eocd: number; count: number; diskCount: number; size: number; offset: number } | undefined {
  const eocd = endRecordAt(bytes);
  if (eocd < 0 || (eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR_SIG)) return undefined;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset + size !== eocd) return undefined;
  return { eocd, count, diskCount: u16(bytes, eocd + 8), size, offset };
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * An XML part's text. The package format allows UTF-8 and UTF-16 (with its byte-order mark), and
 * Excel reads both; UTF-16 read as UTF-8 gave nothing at all (every tag unseen).
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes);
}

/**
 * The entries of a zip, by name (a leading `/` dropped, as ExcelJS does; a later entry of the same
 * name wins, as in JSZip). Directories are left out.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const n = bytes.length;
  if (n < 22) throw new ZipError('corrupt', 'no end of central directory');
  const eocd = endRecordAt(bytes);
  if (eocd < 0) throw new ZipError('corrupt', 'no end of central directory');
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff || size === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR_SIG) {
    const z = u64(bytes, eocd - 12);
    if (z + 56 > n || u32(bytes, z) !== ZIP64_EOCD_SIG) throw new ZipError('corrupt', 'bad zip64 end record');
    count = u64(bytes, z + 32);
    size = u64(bytes, z + 40);
    offset = u64(bytes, z + 48);
  }
  if (count > READ_LIMITS.maxZipEntries) throw new ZipError('too-many-entries', String(count));
  if (offset + size > n) throw new ZipError('corrupt', 'central directory outside the file');
  const entries = new Map<string, ZipEntry>();
  // Where each record's local header and data lie, at the least (its name and stored bytes).
  const spans: number[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || u32(bytes, p) !== CEN_SIG) throw new ZipError('corrupt', 'bad central directory entry');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let inflatedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const nameStart = p + 46;
    if (nameStart + nameLen + extraLen + commentLen > n) throw new ZipError('corrupt', 'entry name outside the file');
    const rawName = bytes.subarray(nameStart, nameStart + nameLen);
    let name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    // zip64 extra field: sizes and offset that did not fit in 32 bits.
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff || inflatedSize === 0xffffffff) {
      let e = nameStart + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (inflatedSize === 0xffffffff && q + 8 <= e + 4 + len) {
            inflatedSize = u64(bytes, q); // uncompressed size comes first
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    const p0 = p;
    p = nameStart + nameLen + extraLen + commentLen;
    spans.push(localOffset, localOffset + 30 + nameLen + compressedSize);
    if (name.startsWith('/')) name = name.slice(1);
    if (name.endsWith('/')) continue;
    entries.set(name, { name, method, flags, compressedSize, size: inflatedSize, crc: u32(bytes, p0 + 16), localOffset, rawName });
  }
  // More entries in the directory than its end record counts (a count past 65,535 wrapped
  // around without ZIP64): the parts after the count were unseen, and a workbook missing its
  // sheets was called "not an Excel workbook". JSZip reads on; the file is damaged either way.
  if (p + 4 <= offset + size && u32(bytes, p) === CEN_SIG) throw new ZipError('corrupt', 'more entries than the end record counts');
  if (overlapping(spans)) throw new ZipError('corrupt', 'entries overlap');
  return entries;
}

/**
 * True when two records' local header and data share a byte (`spans`: start, end, start, end …).
 * No zip writer does that; a "better zip bomb" does: every record's data holds the next one's
 * header and all the data after it, so N records inflate N times the same bytes (within the budget,
 * but many times what the file holds), and one record named by several directory entries is read
 * once per entry by JSZip. Work: sorting the records.
 */
function overlapping(spans: number[]): boolean {
  const order = Array.from({ length: spans.length / 2 }, (_, i) => i).sort((a, b) => spans[2 * a] - spans[2 * b]);
  for (let k = 1; k < order.length; k++) if (spans[2 * order[k]] < spans[2 * order[k - 1] + 1]) return true;
  return false;
}

/**
 * An entry's inflated bytes held to what its directory record states: the size (JSZip, under
 * ExcelJS and the preview, refuses a part whose size differs — "uncompressed data size mismatch" —
 * where the checker read it) and the CRC-32 (`crc` computes it).
 */
export function checkInflated(e: ZipEntry, out: Uint8Array, crc: (data: Uint8Array) => number): void {
  if (out.length !== e.size) throw new ZipError('corrupt', `${e.name}: ${out.length} bytes, the directory says ${e.size}`);
  if (crc(out) !== e.crc) throw new ZipError('corrupt', `${e.name}: CRC-32 does not match`);
}

/**
 * ExcelJS's patterns for the parts it reads by name (lib/xlsx/xlsx.js), which it does not anchor:
 * `evil/xl/worksheets/sheet1.xml`, `xl/worksheets/sheet1.xml.bak` or the name with a NUL after it
 * were read as sheet 1 — over the real sheet when later in the zip (the preview then showed another
 * sheet than the command line checked), or a crash (`Cannot set properties of undefined`).
 */
const EXCELJS_PARTS = [
  /xl\/worksheets\/sheet(\d+)[.]xml/,
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/theme\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];

/**
 * The first entry ExcelJS would read as a part it is not (a pattern above found inside a longer
 * name), or undefined. Names of 1,000 characters and more are looked at in their first and last
 * 200 (a part's name is short; the patterns are linear, this keeps 10⁵ long names cheap).
 */
export function exceljsMisread(names: Iterable<string>): string | undefined {
  for (const name of names) {
    if (!name.includes('xl/')) continue;
    const text = name.length < 1000 ? name : `${name.slice(0, 200)}\u0000${name.slice(-200)}`;
    for (const re of EXCELJS_PARTS) {
      const m = re.exec(text);
      if (m && (m.index !== 0 || m[0].length !== text.length)) return name;
    }
  }
  return undefined;
}

const METHOD_NAMES: Record<number, string> = { 9: 'Deflate64', 12: 'BZIP2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd' };

/** The compression method a ZipError 'method' names, as archivers call it (`method 6` for others). */
export function zipMethodName(detail: string): string {
  const m = /compression method (\d+)$/.exec(detail);
  const n = m ? Number(m[1]) : NaN;
  return METHOD_NAMES[n] ?? (m ? `method ${m[1]}` : detail);
}

/** Refuses an entry the readers cannot inflate: encrypted, or compressed otherwise than stored or deflated. */
export function checkMethod(e: ZipEntry): void {
  // AES (method 99) is encryption whether or not the flag says so.
  if (e.flags & 1 || e.method === 99) throw new ZipError('encrypted', e.name);
  if (e.method !== 0 && e.method !== 8) throw new ZipError('method', `${e.name}: compression method ${e.method}`);
}

let CRC_TABLES: Uint32Array | undefined;

/** The CRC-32 table and its seven shifted copies (slice-by-8): 8 × 256 entries. */
function crcTables(): Uint32Array {
  if (CRC_TABLES) return CRC_TABLES;
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) {
      const prev = t[(k - 1) * 256 + n];
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff];
    }
  }
  return (CRC_TABLES = t);
}

/**
 * CRC-32 from tables (./zip.ts uses zlib's where Node has it), eight bytes a step ("slice-by-8":
 * eight table reads per eight bytes instead of eight dependent steps). The preview checks every
 * part it inflates, ~20 MB of worksheet for 2,000 tables: byte by byte that was a tenth of the open.
 */
export function crc32Table(data: Uint8Array): number {
  const t = crcTables();
  let c = 0xffffffff;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c =
      t[1792 + (c & 0xff)] ^
      t[1536 + ((c >>> 8) & 0xff)] ^
      t[1280 + ((c >>> 16) & 0xff)] ^
      t[1024 + (c >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The most bytes an entry may inflate to: what is left of the workbook's budget, and its ratio to
 * the entry's compressed size (an entry under the floor is not held to the ratio).
 */
export function inflateCap(e: ZipEntry, remaining: number, limits: { maxInflateRatio: number; ratioFloorBytes: number }): number {
  return Math.min(remaining, Math.max(limits.ratioFloorBytes, e.compressedSize * limits.maxInflateRatio));
}

/** The stored (possibly deflated) bytes of an entry, checked against the file. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array {
  checkMethod(e);
  const lo = e.localOffset;
  if (lo + 30 > b.length || u32(b, lo) !== LOC_SIG) throw new ZipError('corrupt', `bad local header for ${e.name}`);
  const nameLen = u16(b, lo + 26);
  if (e.rawName !== undefined) {
    // The local header names another entry than the directory: two readers would see two files.
    if (nameLen !== e.rawName.length || lo + 30 + nameLen > b.length) throw new ZipError('corrupt', `local header of ${e.name} names another entry`);
    for (let i = 0; i < nameLen; i++) if (b[lo + 30 + i] !== e.rawName[i]) throw new ZipError('corrupt', `local header of ${e.name} names another entry`);
  }
  const start = lo + 30 + nameLen + u16(b, lo + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw new ZipError('corrupt', `${e.name} runs past the end of the file`);
  return b.subarray(start, end);
}
