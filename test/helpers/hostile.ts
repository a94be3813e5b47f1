/**
 * Hostile .xlsx files, generated at test time (nothing large is committed): zip bombs by ratio
 * and by total, sheets at Excel's limits and past them, broken zips, odd XML. Each is a few
 * kilobytes to a few megabytes on disk. Zips are written by hand so that every field can lie.
 */
import { crc32, deflateRawSync, constants } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Bytes to store, or the raw deflate stream (then `inflatedSize` says how much it inflates to). */
  data: Uint8Array | string;
  deflated?: boolean;
  inflatedSize?: number;
  flags?: number;
}

const enc = new TextEncoder();

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A zip of the parts, deflated unless given as a raw stream; `mangle` may rewrite the directory. */
export function zip(parts: ZipPart[], mangle?: { cdOffsetDelta?: number; localOffsetDelta?: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = typeof p.data === 'string' ? enc.encode(p.data) : p.data;
    const body = p.deflated ? raw : deflateRawSync(raw);
    const usize = p.deflated ? (p.inflatedSize ?? 0) : raw.length;
    const name = enc.encode(p.name);
    const flags = (p.flags ?? 0) | 0x800;
    // The right CRC-32 (a raw stream given as a bomb has none: it is refused before the check).
    const crc = p.deflated ? 0 : crc32(raw);
    const local = [...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(8), ...u16(0), ...u16(0), ...u32(crc), ...u32(body.length), ...u32(usize >>> 0), ...u16(name.length), ...u16(0)];
    chunks.push(new Uint8Array(local), name, body);
    central.push([
      ...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(flags), ...u16(8), ...u16(0), ...u16(0), ...u32(crc),
      ...u32(body.length), ...u32(usize >>> 0), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0),
      ...u32(offset + (mangle?.localOffsetDelta ?? 0)), ...name,
    ]);
    offset += local.length + name.length + body.length;
  }
  const cdStart = offset;
  let cdSize = 0;
  for (const c of central) {
    chunks.push(new Uint8Array(c));
    cdSize += c.length;
  }
  chunks.push(new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(parts.length), ...u16(parts.length), ...u32(cdSize), ...u32(cdStart + (mangle?.cdOffsetDelta ?? 0)), ...u16(0)]));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of spaces, built from one flushed 1 MB
 * block repeated (blocks after a full flush stand alone), so a 4 GB bomb takes 4 MB and no time.
 */
export function spacesBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const out = new Uint8Array(block.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * megabytes); // a final, empty fixed-Huffman block
  return out;
}

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A one-sheet workbook around the given sheetData/mergeCells XML (and optional shared strings). */
export function workbook(sheetBody: string, extra: ZipPart[] = [], sharedStrings?: string[]): Uint8Array {
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    { name: 'xl/worksheets/sheet1.xml', data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetBody}</worksheet>` },
  ];
  if (sharedStrings) {
    parts.push({ name: 'xl/sharedStrings.xml', data: `<sst>${sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>` });
  }
  return zip([...parts, ...extra]);
}

/** The sheet XML of `cells` (A1 addresses → text or number). */
export function sheetData(cells: [string, string | number][]): string {
  const rows = new Map<number, string[]>();
  for (const [a1, v] of cells) {
    const row = Number(/\d+/.exec(a1)![0]);
    const xml = typeof v === 'number' ? `<c r="${a1}"><v>${v}</v></c>` : `<c r="${a1}" t="inlineStr"><is><t>${v}</t></is></c>`;
    rows.set(row, [...(rows.get(row) ?? []), xml]);
  }
  return `<sheetData>${[...rows].sort((a, b) => a[0] - b[0]).map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('')}</sheetData>`;
}

/** Every hostile workbook, by name, as bytes (the file-system cases are made by the test). */
export function hostileWorkbooks(): Record<string, Uint8Array> {
  const bigSheet = (body: string) => workbook(body);
  const sheetPart = (xml: string): ZipPart => ({ name: 'xl/worksheets/sheet1.xml', data: xml });
  const base = workbook(sheetData([['A1', '项目名称']]));
  return {
    'bomb-ratio': zip([
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/_rels/workbook.xml.rels', data: RELS },
      { name: 'xl/worksheets/sheet1.xml', data: spacesBomb(64), deflated: true, inflatedSize: 64 * 1024 * 1024 },
    ]),
    'bomb-total': zip([
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/_rels/workbook.xml.rels', data: RELS },
      { name: 'xl/worksheets/sheet1.xml', data: spacesBomb(4096), deflated: true, inflatedSize: 0xffffffff },
    ]),
    'whole-sheet-merge': bigSheet(`${sheetData([['A1', '项目名称']])}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`),
    'a1-and-xfd1048576': bigSheet(sheetData([['A1', '项目名称'], ['XFD1048576', 1]])),
    'sparse-million-rows': bigSheet(
      `<sheetData>${Array.from({ length: 1_048_576 }, (_, i) => (i % 4096 === 0 ? `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>` : `<row r="${i + 1}"/>`)).join('')}</sheetData>`,
    ),
    'cell-40000-chars': bigSheet(sheetData([['A1', '长'.repeat(40_000)]])),
    'columns-20000': bigSheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="ACOF1"><v>2</v></c></row></sheetData>`),
    'row-past-limit': bigSheet(`<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>`),
    'nested-xml': bigSheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</sheetData>`),
    'huge-attribute': bigSheet(`<sheetData><row r="1"><c r="A1" x="${'A'.repeat(2 * 1024 * 1024)}"><v>1</v></c></row></sheetData>`),
    'shared-string-out-of-range': workbook(`<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>`, [], ['only one']),
    'shared-string-negative': workbook(`<sheetData><row r="1"><c r="A1" t="s"><v>-1</v></c></row></sheetData>`, [], ['only one']),
    'missing-sheet-part': zip([
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    ]),
    'bad-cd-offset': (() => {
      const z = zip([{ name: 'xl/workbook.xml', data: WORKBOOK }], { cdOffsetDelta: 1_000_000 });
      return z;
    })(),
    'bad-local-offset': zip([{ name: 'xl/workbook.xml', data: WORKBOOK }, { name: 'xl/_rels/workbook.xml.rels', data: RELS }, sheetPart('<worksheet/>')], { localOffsetDelta: 7 }),
    'duplicate-entries': zip([
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/_rels/workbook.xml.rels', data: RELS },
      sheetPart(`<worksheet>${sheetData([['A1', '第一份']])}</worksheet>`),
      sheetPart(`<worksheet>${sheetData([['A1', '第二份']])}</worksheet>`),
    ]),
    'zip-encrypted-entry': zip([
      { name: 'xl/workbook.xml', data: WORKBOOK, flags: 1 },
      { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    ]),
    'unterminated-tag': bigSheet(`<sheetData><row r="1"><c r="A1"`),
    'truncated-base': base.subarray(0, base.length - 30),
  };
}
