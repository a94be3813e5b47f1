/**
 * More hostile files (issue 13, "files we have never seen"), generated at test time: XML entity
 * declarations, Strict OOXML, namespace prefixes, phonetic runs, cells and rows without addresses,
 * East Asian built-in date formats, zip oddities (ZIP64, data descriptors, stored parts, bad CRCs,
 * path-traversal names), other formats under an .xlsx or .xls name (HTML, XML Spreadsheet 2003,
 * CSV, .ods, .xlsb, WPS .et, OLE) and odd sheets. Zips are written by hand so every field can lie.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { spacesBomb } from './hostile';

const enc = new TextEncoder();

export interface Part {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Raw deflate stream given as data, inflating to `inflatedSize` bytes (a bomb). */
  raw?: { inflatedSize: number };
  /** The CRC written (default: the right one). */
  crc?: number;
  /** General-purpose flags added (1: encrypted). */
  flags?: number;
  /** Sizes and CRC after the data (flag 3), zero in the local header. */
  dataDescriptor?: boolean;
}

export interface ZipOptions {
  /** Write ZIP64 end records and ZIP64 extra fields (sizes and offsets as 0xFFFFFFFF). */
  zip64?: boolean;
  /** Drop this many bytes from the end of the central directory (the end record kept). */
  truncateDirectory?: number;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function u64(n: number): number[] {
  return [...u32(n >>> 0), ...u32(Math.floor(n / 0x100000000))];
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A zip of the parts with every field under the caller's control. */
export function zipOf(parts: Part[], options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const plain = typeof p.data === 'string' ? enc.encode(p.data) : p.data;
    const method = p.method ?? 8;
    const body = p.raw ? plain : method === 8 ? deflateRawSync(plain) : plain;
    const size = p.raw ? p.raw.inflatedSize : plain.length;
    const crc = p.crc ?? (p.raw ? 0 : crc32(plain));
    const name = enc.encode(p.name);
    const flags = (p.flags ?? 0) | 0x800 | (p.dataDescriptor ? 8 : 0);
    const z64 = options.zip64 === true;
    const localExtra = z64 ? [...u16(1), ...u16(16), ...u64(size), ...u64(body.length)] : [];
    const local = [
      ...u32(0x04034b50), ...u16(z64 ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0),
      ...u32(p.dataDescriptor ? 0 : crc), ...u32(p.dataDescriptor ? 0 : z64 ? 0xffffffff : body.length),
      ...u32(p.dataDescriptor ? 0 : z64 ? 0xffffffff : size >>> 0), ...u16(name.length), ...u16(localExtra.length),
    ];
    chunks.push(new Uint8Array(local), name, new Uint8Array(localExtra), body);
    let written = local.length + name.length + localExtra.length + body.length;
    if (p.dataDescriptor) {
      const dd = new Uint8Array([...u32(0x08074b50), ...u32(crc), ...u32(body.length), ...u32(size >>> 0)]);
      chunks.push(dd);
      written += dd.length;
    }
    const cdExtra = z64 ? [...u16(1), ...u16(24), ...u64(size), ...u64(body.length), ...u64(offset)] : [];
    central.push(
      new Uint8Array([
        ...u32(0x02014b50), ...u16(z64 ? 45 : 20), ...u16(z64 ? 45 : 20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0),
        ...u32(crc), ...u32(z64 ? 0xffffffff : body.length), ...u32(z64 ? 0xffffffff : size >>> 0), ...u16(name.length),
        ...u16(cdExtra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(z64 ? 0xffffffff : offset), ...name, ...cdExtra,
      ]),
    );
    offset += written;
  }
  const cdStart = offset;
  let cd = concat(central);
  if (options.truncateDirectory) cd = cd.subarray(0, Math.max(0, cd.length - options.truncateDirectory));
  chunks.push(cd);
  const count = parts.length;
  if (options.zip64) {
    const z64Start = cdStart + cd.length;
    chunks.push(
      new Uint8Array([
        ...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(count), ...u64(count), ...u64(cd.length), ...u64(cdStart),
      ]),
      new Uint8Array([...u32(0x07064b50), ...u32(0), ...u64(z64Start), ...u32(1)]),
      new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(0)]),
    );
  } else {
    chunks.push(new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(cd.length), ...u32(cdStart), ...u16(0)]));
  }
  return concat(chunks);
}

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface BookSpec {
  /** Sheets: name, the worksheet's inner XML (sheetData etc.), optional state and part name. */
  sheets: { name: string; body: string; state?: string; target?: string; type?: string; root?: string }[];
  sharedStrings?: string;
  styles?: string;
  /** Inner XML added to <workbook> before <sheets> (workbookPr). */
  workbookPr?: string;
  /** Namespaces: transitional (default) or strict. */
  strict?: boolean;
  /** Text put before the root of every part (a DOCTYPE). */
  prolog?: Partial<Record<'workbook' | 'sheet' | 'sharedStrings' | 'styles', string>>;
  /** Extra parts (media, docProps…). */
  extra?: Part[];
  /** Options for every part. */
  part?: Omit<Part, 'name' | 'data'>;
  zip?: ZipOptions;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A workbook as Excel lays it out, with the parts given. */
export function book(spec: BookSpec): Uint8Array {
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const rel = spec.strict ? STRICT_REL : REL;
  const relType = spec.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sheetsXml = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const workbook = `${XML_DECL}${spec.prolog?.workbook ?? ''}<workbook xmlns="${main}" xmlns:r="${rel}"${spec.strict ? ' conformance="strict"' : ''}>${spec.workbookPr ?? ''}<sheets>${sheetsXml}</sheets></workbook>`;
  const rels = `${XML_DECL}<Relationships xmlns="${PKG_REL}">${spec.sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${relType}/${s.type ?? 'worksheet'}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`)
    .join('')}<Relationship Id="rIdS" Type="${relType}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${relType}/styles" Target="styles.xml"/></Relationships>`;
  const rootRels = `${XML_DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const types = `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${spec.sheets
    .map((s, i) => `<Override PartName="/xl/${s.target ?? `worksheets/sheet${i + 1}.xml`}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('')}</Types>`;
  const po = spec.part ?? {};
  const parts: Part[] = [
    { name: '[Content_Types].xml', data: types, ...po },
    { name: '_rels/.rels', data: rootRels, ...po },
    { name: 'xl/workbook.xml', data: workbook, ...po },
    { name: 'xl/_rels/workbook.xml.rels', data: rels, ...po },
  ];
  spec.sheets.forEach((s, i) => {
    const root = s.root ?? `<worksheet xmlns="${main}" xmlns:r="${rel}">${s.body}</worksheet>`;
    // The entry is the part the target names (`../xl/worksheets/./a.xml` is xl/worksheets/a.xml).
    const entry = `xl/${s.target ?? `worksheets/sheet${i + 1}.xml`}`.split('/').reduce<string[]>((out, seg) => (seg === '..' ? out.slice(0, -1) : seg === '.' ? out : [...out, seg]), []).join('/');
    parts.push({ name: entry, data: `${XML_DECL}${spec.prolog?.sheet ?? ''}${root}`, ...po });
  });
  if (spec.sharedStrings !== undefined) {
    parts.push({ name: 'xl/sharedStrings.xml', data: `${XML_DECL}${spec.prolog?.sharedStrings ?? ''}<sst xmlns="${main}">${spec.sharedStrings}</sst>`, ...po });
  }
  if (spec.styles !== undefined) {
    parts.push({ name: 'xl/styles.xml', data: `${XML_DECL}${spec.prolog?.styles ?? ''}<styleSheet xmlns="${main}">${spec.styles}</styleSheet>`, ...po });
  }
  return zipOf([...parts, ...(spec.extra ?? [])], spec.zip);
}

/** A small project table (L2) as rows of cells: text as shared strings, numbers as numbers. */
export const TABLE: (string | number | null)[][] = [
  ['项目名称', '2025年检察业务装备购置项目'],
  ['预算数', 12, '其中：财政资金', 11],
  ['其他资金', null],
  ['资金用途', '用于购买堡垒机'],
  ['绩效目标', '完成设备国产化替代工作。'],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '数量指标', '设备数量', '设备数量', '≥1台'],
  [null, '质量指标', '设备合格率', '设备合格率', '100%'],
  [null, '时效指标', '完成时间', '完成时间', '≤12月'],
  [null, '成本指标', '设备总价', '设备总价', '≤12万元'],
  ['效益指标', '社会效益指标', '网络安全性', '网络安全性', '提高安全性'],
  ['满意度指标', '服务对象满意度指标', '使用人满意度', '使用人满意度', '≥99%'],
];

export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The table as sheetData and a shared-string table; `p` is an element prefix (`x:`) for both,
 * `addresses` false leaves out every r attribute (rows and cells follow on).
 */
export function tableXml(rows = TABLE, options: { p?: string; addresses?: boolean } = {}): { sheetData: string; sst: string; strings: string[] } {
  const p = options.p ?? '';
  const addresses = options.addresses ?? true;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const rowXml = rows.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = addresses ? ` r="${colName(c)}${r + 1}"` : '';
      if (v === null) return addresses ? '' : `<${p}c${ref}/>`;
      if (typeof v === 'number') return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
      let k = index.get(v);
      if (k === undefined) {
        k = strings.length;
        strings.push(v);
        index.set(v, k);
      }
      return `<${p}c${ref} t="s"><${p}v>${k}</${p}v></${p}c>`;
    });
    return `<${p}row${addresses ? ` r="${r + 1}"` : ''}>${cells.join('')}</${p}row>`;
  });
  return {
    sheetData: `<${p}sheetData>${rowXml.join('')}</${p}sheetData>`,
    sst: strings.map((s) => `<${p}si><${p}t>${esc(s)}</${p}t></${p}si>`).join(''),
    strings,
  };
}

/** The table's grid values as the reader should give them (merges none). */
export function tableGrid(rows = TABLE): (string | number | null)[][] {
  return rows.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
}

/** The table workbook, optionally strict, with `p` prefixes. */
export function tableBook(
  options: { strict?: boolean; p?: string; addresses?: boolean; extra?: Part[]; zip?: ZipOptions; part?: Omit<Part, 'name' | 'data'>; rows?: (string | number | null)[][] } = {},
): Uint8Array {
  const p = options.p ?? '';
  const x = tableXml(options.rows ?? TABLE, options);
  const main = options.strict ? STRICT_MAIN : MAIN;
  const rel = options.strict ? STRICT_REL : REL;
  const ns = p ? `xmlns:${p.slice(0, -1)}="${main}"` : `xmlns="${main}"`;
  const sheets = [{ name: '绩效目标表', body: '', root: `<${p}worksheet ${ns} xmlns:r="${rel}">${x.sheetData}</${p}worksheet>` }];
  if (!p) {
    return book({ strict: options.strict, sheets: [{ name: '绩效目标表', body: x.sheetData }], sharedStrings: x.sst, extra: options.extra, zip: options.zip, part: options.part });
  }
  // Prefixed: every part's elements carry the prefix (as System.IO.Packaging writers do).
  const parts: Part[] = [
    { name: '[Content_Types].xml', data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: '_rels/.rels', data: `<pr:Relationships xmlns:pr="${PKG_REL}"><pr:Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></pr:Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<${p}workbook ${ns} xmlns:rel="${rel}"><${p}sheets><${p}sheet name="绩效目标表" sheetId="1" rel:id="R1"/></${p}sheets></${p}workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<pr:Relationships xmlns:pr="${PKG_REL}"><pr:Relationship Id="R1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/></pr:Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheets[0].root },
    { name: 'xl/sharedStrings.xml', data: `<${p}sst ${ns}>${x.sst}</${p}sst>` },
  ].map((part) => ({ ...part, ...options.part }));
  return zipOf([...parts, ...(options.extra ?? [])], options.zip);
}

/** Billion laughs: ten levels of ten references, and a use of the last one. */
export const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
export const EXTERNAL = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % remote SYSTEM "http://example.invalid/x.dtd">%remote;]>`;

/** Other kinds of file under a spreadsheet's name. */
export function otherFormats(): Record<string, Uint8Array> {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table><tr><td>项目名称</td><td>某项目</td></tr></table></body></html>`;
  const xml2003 = `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">项目名称</Data></Cell></Row></Table></Worksheet></Workbook>`;
  const mht = `MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D"\r\n\r\n------=_NextPart_01D\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html><body><table><tr><td>项目名称</td></tr></table></body></html>\r\n`;
  const gbk = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xfd, 0x0d, 0x0a, 0x41, 0x2c, 0x31, 0x32, 0x0d, 0x0a]); // 项目名称,预算数 / A,12 in GBK
  const cfb = (stream: string) => {
    const b = new Uint8Array(4096);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = [...stream].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
    b.set(name, 1024);
    return b;
  };
  return {
    'html-as-xls.xls': enc.encode(html),
    'html-bom-as-xlsx.xlsx': new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`<!DOCTYPE html>\n${html}`)]),
    'html-utf16.xls': new Uint8Array([0xff, 0xfe, ...[...html].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]),
    'table-only.xls': enc.encode(`\r\n<table border="1"><tr><td>项目名称</td></tr></table>`),
    'mht-as-xls.xls': enc.encode(mht),
    'xml2003-as-xls.xls': enc.encode(xml2003),
    'csv-renamed.xlsx': enc.encode('项目名称,预算数\r\n某项目,12\r\n'),
    'csv-gbk-renamed.xlsx': gbk,
    'tsv-utf16.xls': new Uint8Array([0xff, 0xfe, ...[...'项目名称\t预算数\r\n'].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]),
    'ods-renamed.xlsx': zipOf([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]),
    'book.xlsb': zipOf([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.bin', data: new Uint8Array([0x83, 0x01, 0x00]) },
      { name: 'xl/worksheets/sheet1.bin', data: new Uint8Array([0x81, 0x01, 0x00]) },
    ]),
    'wps.et': cfb('Workbook'),
    'legacy-biff.xls': cfb('Workbook'),
    'encrypted-ole.xlsx': cfb('EncryptedPackage'),
    'pdf-renamed.xlsx': enc.encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
    'docx-renamed.xlsx': zipOf([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]),
    'rar-renamed.xlsx': new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0, 0, 0, 0]),
    'zip-only-media.xlsx': zipOf([{ name: 'xl/media/image1.png', data: new Uint8Array(100) }]),
    'bomb-in-media.xlsx': tableBook({ extra: [{ name: 'xl/media/image1.png', data: spacesBomb(64), raw: { inflatedSize: 64 * 1024 * 1024 } }] }),
  };
}
