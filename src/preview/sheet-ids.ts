/**
 * ExcelJS keys a workbook's sheets by their `sheetId` (its reconcile puts each worksheet at
 * `worksheets[sheet.id]`): two `<sheet>` elements stating one id keep one sheet, a missing or
 * non-numeric id (NaN) keeps none, and distinct ids out of order reorder the tabs. The command line
 * reads the sheets by their place in the workbook, as LibreOffice and WPS show them (Excel repairs
 * such a file). Before ExcelJS reads a file whose ids are not 1, 2, 3 … in order, the preview gives
 * it the same file with `xl/workbook.xml` stating them so: every sheet reaches it, in the
 * workbook's order. Found by the hostile42 round: the preview showed one of two sheets sharing an
 * id, and said 工作簿中没有工作表 for a workbook without ids. Work: the workbook part's bytes and
 * the zip's directory.
 */
import { crc32Table, entryData, plainEndRecord, readZipDirectory, type ZipEntry } from '../hosts/file/zip-directory';
import type { Inflate } from '../standin/xlsx-lean';

const WORKBOOK = 'xl/workbook.xml';
/** A workbook part is a few kilobytes; one past this is left as it is. */
const MAX_WORKBOOK_BYTES = 16 * 1024 * 1024;

/** Each `<sheet>` tag's (prefixed or not) place in the XML and its sheetId as stated. */
function sheetTags(xml: string): { start: number; nameEnd: number; end: number; id: string | undefined }[] {
  const out: { start: number; nameEnd: number; end: number; id: string | undefined }[] = [];
  let lt = xml.indexOf('<');
  while (lt >= 0) {
    let j = lt + 1;
    while (j < xml.length && /[\w:.-]/.test(xml[j])) j++;
    const name = xml.slice(lt + 1, j);
    const local = name.slice(name.lastIndexOf(':') + 1);
    // The tag's end: its `>` outside quotes (an attribute value may hold one).
    let gt = j;
    while (gt < xml.length && xml[gt] !== '>') {
      if (xml[gt] === '"' || xml[gt] === "'") {
        const close = xml.indexOf(xml[gt], gt + 1);
        gt = close < 0 ? xml.length : close;
      }
      gt++;
    }
    if (gt >= xml.length) break;
    if (local === 'sheet') {
      const attrs = xml.slice(j, gt);
      const m = /\ssheetId\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
      out.push({ start: lt, nameEnd: j, end: gt, id: m ? (m[1] ?? m[2]) : undefined });
    }
    lt = xml.indexOf('<', gt);
  }
  return out;
}

/** The workbook XML with its sheets' ids 1, 2, 3 … in order, or undefined when they already are. */
export function sheetIdsInOrder(xml: string): string | undefined {
  const tags = sheetTags(xml);
  if (tags.every((t, i) => t.id !== undefined && /^\s*\d{1,10}\s*$/.test(t.id) && parseInt(t.id, 10) === i + 1)) return undefined;
  let out = '';
  let at = 0;
  tags.forEach((t, i) => {
    const attrs = xml.slice(t.nameEnd, t.end).replace(/\ssheetId\s*=\s*(?:"[^"]*"|'[^']*')/g, '');
    out += `${xml.slice(at, t.nameEnd)} sheetId="${i + 1}"${attrs}`;
    at = t.end;
  });
  return out + xml.slice(at);
}

/**
 * The file with `xl/workbook.xml` replaced by `data` (stored): a new local entry after the last
 * one, the directory's record for it pointing there. Undefined for a zip this cannot rewrite
 * (ZIP64, a directory not where its end record says); the bytes are then given as they are.
 */
function replacePart(bytes: Uint8Array, entry: ZipEntry, data: Uint8Array): Uint8Array | undefined {
  const n = bytes.length;
  const end = plainEndRecord(bytes);
  if (!end) return undefined;
  const { eocd, count, size, offset } = end;
  const name = entry.rawName ?? new TextEncoder().encode(entry.name);
  const crc = crc32Table(data);
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, 0x800, true); // UTF-8 name
  lv.setUint16(8, 0, true); // stored
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const newOffset = offset;
  const out = new Uint8Array(offset + local.length + data.length + size + (n - eocd));
  out.set(bytes.subarray(0, offset));
  out.set(local, offset);
  out.set(data, offset + local.length);
  const dirAt = offset + local.length + data.length;
  out.set(bytes.subarray(offset, n), dirAt);
  const v = new DataView(out.buffer);
  let found = false;
  for (let p = dirAt, k = 0; k < count; k++) {
    if (p + 46 > out.length || v.getUint32(p, true) !== 0x02014b50) return undefined;
    const nameLen = v.getUint16(p + 28, true);
    const length = 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    if (!found && v.getUint32(p + 42, true) === entry.localOffset) {
      found = true;
      v.setUint16(p + 8, 0x800, true);
      v.setUint16(p + 10, 0, true);
      v.setUint32(p + 16, crc, true);
      v.setUint32(p + 20, data.length, true);
      v.setUint32(p + 24, data.length, true);
      v.setUint32(p + 42, newOffset, true);
    }
    p += length;
  }
  if (!found) return undefined;
  v.setUint32(dirAt + size + 16, dirAt, true);
  return out;
}

/**
 * The bytes to give ExcelJS: these, or the same file with its sheets' ids restated in order (see
 * above). Anything this cannot read or rewrite leaves the bytes as they are.
 */
export async function withSheetIdsInOrder(bytes: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  try {
    const entry = readZipDirectory(bytes).get(WORKBOOK);
    if (!entry || entry.size > MAX_WORKBOOK_BYTES) return bytes;
    const raw = entryData(bytes, entry);
    const inflated = entry.method === 0 ? raw : await inflate(raw, MAX_WORKBOOK_BYTES);
    // A UTF-16 part (its byte order mark) is left as it is: rewritten as UTF-8 it would contradict its declaration.
    if (!inflated || inflated[0] === 0xff || inflated[0] === 0xfe) return bytes;
    const xml = new TextDecoder('utf-8').decode(inflated);
    const fixed = sheetIdsInOrder(xml);
    if (fixed === undefined) return bytes;
    return replacePart(bytes, entry, new TextEncoder().encode(fixed)) ?? bytes;
  } catch {
    return bytes;
  }
}
