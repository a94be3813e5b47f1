/**
 * The legacy readers (BIFF8 .xls in a compound file, web pages and MHT saved as .xls) under
 * mutation fuzzing: fast-check, fixed seeds, a bounded number of runs. Three levels:
 *
 * - bytes of the committed legacy fixtures (test/fixtures/legacy, all tune-side or made up) and of
 *   small files built here: flipped, cut, spliced, duplicated, and the compound file's own fields
 *   (header counts and sector numbers, FAT entries, directory siblings, starts and sizes) set to
 *   0, 1, 0xFFFF, 0xFFFFFFFF, the special sector numbers, themselves or past the file's end;
 * - BIFF8 records, every type the reader handles, with data too short, too long, odd, empty, a
 *   header length that lies, records duplicated or dropped, BOUNDSHEET offsets pointing at
 *   themselves, at another sheet or past the stream;
 * - HTML/MHT tokens: comments, CDATA, <script>/<style>/<title> never closed, attributes of 10⁵
 *   characters, entities out of range or of 10⁵ digits, charsets the page names, MIME boundaries
 *   missing, repeated or empty, parts without headers, quoted-printable and base64 broken.
 *
 * Property, through the command line's entry (readWorkbookDetailed) and the preview's (readModel):
 * a grid, or a refusal that is one of our own lines (Chinese, naming the file, never a raw
 * exception's or a library's English, never the `unknown` code); the work counted (records walked,
 * tags scanned, layout steps) linear in the input; the engine checks every grid without throwing.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { checkSheet } from '../../../src/core/engine';
import { FileReadError, READ_LIMITS, readWorkbookDetailed } from '../../../src/hosts/file/read';
import { readXls } from '../../../src/hosts/file/xls-read';
import { sniffBytes } from '../../../src/hosts/file/sniff';
import { OpenError, readModel } from '../../../src/preview/read-model';
import { cells, compoundFile, record, sstRecords, u16, u32, workbookStream, xlString } from '../../helpers/xls-build';

const LEGACY = join(__dirname, '..', '..', 'fixtures', 'legacy');
const names = readdirSync(LEGACY).sort();
const xlsSources = names.filter((n) => sniffBytes(readFileSync(join(LEGACY, n))) === 'cfb').map((n) => new Uint8Array(readFileSync(join(LEGACY, n))));
const htmlSources = names.filter((n) => n.endsWith('.html')).map((n) => readFileSync(join(LEGACY, n), 'latin1'));

const FILE = '某单位.xls';
/** Runs are these times the committed counts (FUZZ_SCALE=20 to look further; the suite runs 1). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
let read = 0;
let refused = 0;
beforeEach(() => {
  read = 0;
  refused = 0;
});

/** One of our lines: Chinese, one line, naming the file, no English sentence from a library or an exception. */
export function expectOurLine(message: string, file = FILE): void {
  expect(message).not.toContain('\n');
  expect(message).toContain(`“${file}”`);
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  const rest = message.split(`“${file}”`).join('').replace(/perf-target check/g, '');
  // Two English words in a row: an exception's or a library's text (ours has Excel, WPS, .xls, FAT, BOF alone).
  expect(rest).not.toMatch(/[A-Za-z]{2,}[ ,:]+[A-Za-z]{2,}/);
  expect(rest).not.toMatch(/Error|undefined|NaN|\bat\b|\(.*:\d+:\d+\)/);
}

/** The command line's property: a grid, or one of our lines; work linear in the bytes. */
function property(bytes: Uint8Array): void {
  let book;
  try {
    book = readWorkbookDetailed(bytes, FILE);
  } catch (err) {
    if (!(err instanceof FileReadError)) throw new Error(`not a FileReadError: ${String(err)}`);
    expect(err.code).not.toBe('unknown');
    expectOurLine(err.message);
    refused++;
    return;
  }
  // Records walked (an .xls) or tags scanned (a page): each at least four bytes of the stream, or
  // one character of the page; a stream is never longer than the file's sectors.
  expect(book.work.tags).toBeLessThanOrEqual(bytes.length + 512);
  if (sniffBytes(bytes) === 'cfb') {
    const xls = readXls(bytes, READ_LIMITS);
    // Sectors: each chain visits a sector once; the FAT, the directory, the mini FAT, the mini
    // stream and the workbook stream are five chains at most.
    expect(xls.work.sectors).toBeLessThanOrEqual(6 * (bytes.length / 512 + 1));
  }
  for (const grid of book.grids) expect(() => checkSheet(grid, {})).not.toThrow();
  read++;
}

/** The preview's property: it refuses these files up front, with its own line. */
async function previewProperty(bytes: Uint8Array): Promise<void> {
  try {
    await readModel(bytes, FILE, 'zh-CN');
  } catch (err) {
    if (!(err instanceof OpenError)) throw new Error(`not an OpenError: ${String(err)}`);
    expectOurLine(err.message);
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes

type Edit =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'splice'; at: number; from: number; len: number }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'field'; field: number; value: number; size: 2 | 4 };

const SPECIAL = [0, 1, 0xffff, 0xffffffff, 0xfffffffe, 0xfffffffd, 0xfffffffc, 0x7fffffff] as const;

/**
 * The places of a compound file's fields that name sectors, counts, sizes and entries: the
 * header's, each FAT entry's, each directory entry's (siblings, child, start, size). `self` is the
 * value that points the field at itself (its own sector, its own entry); `end` one past the last.
 */
function cfbFields(b: Uint8Array): { at: number; self: number; end: number }[] {
  if (b.length < 512) return [];
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const sectors = Math.floor(b.length / 512) - 1;
  const out: { at: number; self: number; end: number }[] = [];
  for (const at of [0x2c, 0x30, 0x38, 0x3c, 0x40, 0x44, 0x48]) out.push({ at, self: 0, end: sectors });
  for (let i = 0; i < 109; i++) {
    const at = 0x4c + i * 4;
    out.push({ at, self: 0, end: sectors });
    const fat = v.getUint32(at, true);
    if (fat < sectors) for (let k = 0; k < 128; k++) out.push({ at: (fat + 1) * 512 + k * 4, self: fat * 128 + k, end: sectors });
  }
  const dir = v.getUint32(0x30, true);
  if (dir < sectors) {
    for (let e = 0; e < 4; e++) {
      const base = (dir + 1) * 512 + e * 128;
      for (const off of [0x44, 0x48, 0x4c]) out.push({ at: base + off, self: e, end: 4 });
      for (const off of [0x74, 0x78]) out.push({ at: base + off, self: 0, end: sectors * 512 });
      out.push({ at: base + 0x40, self: 0, end: 64 });
    }
  }
  return out.filter((f) => f.at + 4 <= b.length);
}

function applyEdits(source: Uint8Array, edits: Edit[]): Uint8Array {
  let b = Uint8Array.from(source);
  for (const e of edits) {
    if (b.length === 0) break;
    if (e.kind === 'flip') b[e.at % b.length] ^= e.value || 1;
    else if (e.kind === 'cut') b = b.subarray(0, e.at % b.length);
    else if (e.kind === 'splice') {
      const from = e.from % b.length;
      const chunk = b.slice(from, from + e.len);
      b.set(chunk.subarray(0, Math.max(0, b.length - (e.at % b.length))), e.at % b.length);
    } else if (e.kind === 'duplicate' || e.kind === 'delete') {
      const at = e.at % b.length;
      const out = new Uint8Array(e.kind === 'duplicate' ? b.length + Math.min(e.len, b.length - at) : Math.max(0, b.length - Math.min(e.len, b.length - at)));
      if (e.kind === 'duplicate') {
        out.set(b.subarray(0, at + Math.min(e.len, b.length - at)));
        out.set(b.subarray(at), at + Math.min(e.len, b.length - at));
      } else {
        out.set(b.subarray(0, at));
        out.set(b.subarray(at + Math.min(e.len, b.length - at)), at);
      }
      b = out;
    } else {
      const fields = cfbFields(b);
      if (fields.length === 0) continue;
      const f = fields[e.field % fields.length];
      const value = e.value === -1 ? f.self : e.value === -2 ? f.end : e.value === -3 ? f.end + 1 : e.value;
      const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
      if (e.size === 2) v.setUint16(f.at, value & 0xffff, true);
      else v.setUint32(f.at, value >>> 0, true);
    }
  }
  return b;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), len: fc.integer({ min: 1, max: 1024 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 2048 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 600 }) }),
  fc.record({
    kind: fc.constant('field' as const),
    field: fc.nat(),
    value: fc.oneof(fc.constantFrom(...SPECIAL, -1, -2, -3), fc.nat(64)),
    size: fc.constantFrom(2 as const, 4 as const),
  }),
);

/** Small .xls files built here: a few sheets, an SST split by CONTINUE, formats, merges. */
function builtXls(): Uint8Array[] {
  const sst = sstRecords([
    [...u32(3), ...u32(3), ...xlString('项目名称'), ...xlString('预算数'), ...u16(3), 0, 0x61],
    [0, 0x62, 0x63, ...xlString('x')],
  ]);
  const fmt = record(0x041e, [...u16(164), ...xlString('0.00%')]);
  const xfs = [0, 164, 14].flatMap((f) => record(0x00e0, [...u16(0), ...u16(f), ...new Array(16).fill(0)]));
  const a = [...cells.labelSst(0, 0, 0), ...cells.labelSst(0, 1, 1), ...cells.number(1, 1, 0.95, 1), ...cells.rk(2, 0, (45000 << 2) | 2, 2), ...cells.merged([[3, 4, 0, 2]])];
  const b = [...cells.label(0, 0, '绩效目标'), ...cells.mulrk(1, 0, [6, 10, 14]), ...cells.formulaString(2, 0, '合计'), ...cells.formulaNumber(3, 0, 12.5), ...cells.boolerr(4, 0, 7, true)];
  return [compoundFile([{ name: 'Workbook', data: workbookStream([...sst, ...fmt, ...xfs], [{ name: '表1', records: a }, { name: '表2', records: b }]) }])];
}

const xlsAll = [...xlsSources, ...builtXls()];

describe('byte mutations', () => {
  test('.xls fixtures and built files: flipped, cut, spliced, duplicated, deleted, fields set to 0/1/0xFFFF/0xFFFFFFFF/themselves/past the end', () => {
    fc.assert(
      fc.property(fc.nat(xlsAll.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => property(applyEdits(xlsAll[i], edits))),
      { seed: 1601, numRuns: 600 * SCALE },
    );
    // The fuzzing reaches both ends: files read and files refused.
    expect(read).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  }, 120000);

  test('web page fixtures: bytes flipped, cut, spliced, duplicated, deleted', () => {
    const pages = htmlSources.map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)));
    fc.assert(
      fc.property(fc.nat(pages.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => property(applyEdits(pages[i], edits))),
      { seed: 1602, numRuns: 300 * SCALE },
    );
    expect(read).toBeGreaterThan(100);
  }, 120000);

  test('the preview refuses every mutated legacy file with its own line', async () => {
    const all = [...xlsAll, ...htmlSources.map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)))];
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), async (i, edits) => previewProperty(applyEdits(all[i], edits))),
      { seed: 1603, numRuns: 100 * SCALE },
    );
  }, 120000);
});

// ---------------------------------------------------------------------------------------------
// BIFF8 records

/** Every record type the reader handles, each with well-formed data. */
const GLOBAL_RECORDS: [number, number[]][] = [
  [0x0022, u16(1)],
  [0x041e, [...u16(165), ...xlString('yyyy"年"m"月"d"日"')]],
  [0x00e0, [...u16(0), ...u16(165), ...new Array(16).fill(0)]],
  [0x00fc, [...u32(2), ...u32(2), ...xlString('项目'), ...xlString('abc')]],
  [0x003c, [1, 0x41, 0]],
  [0x002f, [0, 0]],
  [0x0809, [...u16(0x0600), ...u16(0x0005), ...u16(0), ...u16(0), ...u32(0), ...u32(0)]],
  [0x000a, []],
];
const SHEET_RECORDS: [number, number[]][] = [
  [0x00fd, [...u16(0), ...u16(0), ...u16(0), ...u32(1)]],
  [0x0204, [...u16(1), ...u16(0), ...u16(0), ...xlString('预算数')]],
  [0x00d6, [...u16(1), ...u16(1), ...u16(0), ...xlString('富文本'), ...u16(0)]],
  [0x0203, [...u16(2), ...u16(0), ...u16(1), 0, 0, 0, 0, 0, 0x80, 0x56, 0x40]],
  [0x027e, [...u16(2), ...u16(1), ...u16(0), ...u32((100 << 2) | 2)]],
  [0x00bd, [...u16(3), ...u16(0), ...u16(0), ...u32(6), ...u16(0), ...u32(10), ...u16(1)]],
  [0x0006, [...u16(4), ...u16(0), ...u16(0), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]],
  [0x0207, xlString('公式')],
  [0x0205, [...u16(5), ...u16(0), ...u16(0), 0x07, 1]],
  [0x00e5, [...u16(1), ...u16(6), ...u16(7), ...u16(0), ...u16(3)]],
  [0x0809, [...u16(0x0600), ...u16(0x0020), ...u16(0), ...u16(0), ...u32(0), ...u32(0)]],
  [0x000a, []],
];

type RecordEdit = { which: number; how: 'short' | 'long' | 'odd' | 'zero' | 'garbage' | 'lie' | 'dup' | 'drop' | 'max'; n: number; byte: number };

/** A record's bytes after an edit of its data or of its header's length. */
function editedRecord([type, data]: [number, number[]], e: RecordEdit | undefined): number[] {
  if (!e) return record(type, data);
  switch (e.how) {
    case 'short':
      return record(type, data.slice(0, e.n % Math.max(1, data.length)));
    case 'long':
      return record(type, [...data, ...new Array(1 + (e.n % 300)).fill(e.byte)]);
    case 'odd':
      return record(type, data.length % 2 ? data.slice(0, -1) : [...data, e.byte]);
    case 'zero':
      return record(type, []);
    case 'garbage':
      return record(type, data.map((x, k) => (k % 3 === e.n % 3 ? e.byte : x)));
    case 'max':
      return record(type, data.map((x, k) => (k >= 6 && k % 2 === 0 ? 0xff : x)));
    case 'lie': {
      const r = record(type, data);
      const len = [0, 1, 0xffff, data.length + 1, Math.max(0, data.length - 1)][e.n % 5];
      r[2] = len & 0xff;
      r[3] = len >> 8;
      return r;
    }
    case 'dup':
      return [...record(type, data), ...record(type, data)];
    case 'drop':
      return [];
  }
}

const recordEdit: fc.Arbitrary<RecordEdit> = fc.record({
  which: fc.nat(),
  how: fc.constantFrom('short' as const, 'long' as const, 'odd' as const, 'zero' as const, 'garbage' as const, 'lie' as const, 'dup' as const, 'drop' as const, 'max' as const),
  n: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
});

/** BOUNDSHEET offsets of a workbook stream, found by walking its globals. */
function boundsheetOffsets(s: Uint8Array): number[] {
  const out: number[] = [];
  for (let p = 0; p + 4 <= s.length; ) {
    const type = s[p] | (s[p + 1] << 8);
    const len = s[p + 2] | (s[p + 3] << 8);
    if (type === 0x0085) out.push(p + 4);
    if (type === 0x000a) break;
    p += 4 + len;
  }
  return out;
}

test('BIFF8 records of every handled type: data too short, too long, odd, empty, garbage, a lying length, duplicated, dropped; BOUNDSHEETs pointing anywhere', () => {
  fc.assert(
    fc.property(
      fc.array(recordEdit, { maxLength: 4 }),
      fc.array(fc.record({ sheet: fc.nat(), to: fc.oneof(fc.constantFrom('self', 'other', 'globals', 'end', 'past', 'max'), fc.nat(400)) }), { maxLength: 2 }),
      (edits, pointers) => {
        // Records of the globals but BOF/EOF/FILEPASS (which end or refuse the file) unless edited in.
        const globals = GLOBAL_RECORDS.filter(([t]) => t !== 0x0809 && t !== 0x000a && t !== 0x002f);
        const all = [...GLOBAL_RECORDS, ...SHEET_RECORDS];
        const editOf = new Map<number, RecordEdit>();
        for (const e of edits) editOf.set(e.which % all.length, e);
        const g: number[] = [];
        globals.forEach((r) => g.push(...editedRecord(r, editOf.get(GLOBAL_RECORDS.indexOf(r)))));
        // An edited BOF, EOF or FILEPASS of the globals goes in too.
        for (const [k, e] of editOf) if (k < GLOBAL_RECORDS.length && !globals.includes(GLOBAL_RECORDS[k])) g.push(...editedRecord(GLOBAL_RECORDS[k], e));
        const sheet: number[] = [];
        SHEET_RECORDS.forEach((r, k) => {
          if (r[0] === 0x0809 || r[0] === 0x000a) {
            // An embedded substream (a chart): BOF … EOF, when edited in.
            if (editOf.has(GLOBAL_RECORDS.length + k)) sheet.push(...editedRecord(r, editOf.get(GLOBAL_RECORDS.length + k)));
            return;
          }
          sheet.push(...editedRecord(r, editOf.get(GLOBAL_RECORDS.length + k)));
        });
        const stream = workbookStream(g, [
          { name: 'A', records: sheet },
          { name: 'B', records: [...cells.label(0, 0, 'b')] },
        ]);
        const view = new DataView(stream.buffer);
        const bounds = boundsheetOffsets(stream);
        for (const p of pointers) {
          if (bounds.length === 0) break;
          const at = bounds[p.sheet % bounds.length];
          if (at + 4 > stream.length) continue;
          const other = view.getUint32(bounds[(p.sheet + 1) % bounds.length], true);
          const to = p.to === 'self' ? at - 4 : p.to === 'other' ? other : p.to === 'globals' ? 0 : p.to === 'end' ? stream.length : p.to === 'past' ? stream.length + 4 : p.to === 'max' ? 0xffffffff : p.to;
          view.setUint32(at, to >>> 0, true);
        }
        property(compoundFile([{ name: 'Workbook', data: stream }]));
      },
    ),
    { seed: 1604, numRuns: 600 * SCALE },
  );
  expect(read).toBeGreaterThan(100);
  expect(refused).toBeGreaterThan(20);
}, 120000);

// ---------------------------------------------------------------------------------------------
// HTML and MHT tokens

const big = (s: string, n: number): string => s.repeat(n);
const TOKENS = [
  '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>', '<style>', '</style>', '<title>', '<textarea>', '<xml>', '<!', '<?', '<',
  '>', '"', "'", '=', '&', '&#x110000;', '&#0;', '&#xD800;', '&#xDFFF;', '&#65;', '&#x41', '&nbsp;', '&nbsp', '&NBSP;', '&unknown;',
  `&#${big('9', 100_000)};`, `&#x${big('F', 100_000)};`, `<td class="${big('a', 100_000)}">`, `<td style="${big('mso-number-format:', 10_000)}">`,
  '<td colspan="0">', '<td rowspan="0">', '<td colspan="-1">', '<td rowspan="1e9">', '<td colspan="1000">', '<td x:num="1e400">', '<td x:num>',
  '<td x:bool="TRUE">', '<td sdnum="2052;2052;0.00%" sdval="0.5">', '<td x:str>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>',
  '<th>', '<thead>', '<tbody>', '<br>', '<p>', '<div>', '<li>', '\u0000', '\u0001', '\r\n', '\u00a0', '项目名称', '100%', '1,234.50', '0012',
  '#REF!', `<td>${big('<br>', 20_000)}x</td>`, `<td>x${big('<div>', 20_000)}</td>`, `<style>${big('.x', 20_000)}</style>`,
  `<td>${big('&nbsp;', 20_000)}x</td>`, '<meta charset="utf-16">', '<meta charset="x-user-defined">', '<meta charset="replacement">',
  '<meta charset="unknown-9">', '<meta charset="utf-16be">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
];

test('HTML tokens: unclosed comments, CDATA, script, style; huge attributes and entities; charsets', () => {
  const pages = htmlSources.slice(0, 4);
  fc.assert(
    fc.property(
      fc.nat(pages.length - 1),
      fc.array(fc.record({ at: fc.nat(), token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), del: fc.nat(12) }), { minLength: 1, maxLength: 6 }),
      (i, edits) => {
        let page = pages[i];
        for (const e of edits) {
          const at = e.at % (page.length + 1);
          page = page.slice(0, at) + e.token + page.slice(at + e.del);
        }
        property(new TextEncoder().encode(page));
      },
    ),
    { seed: 1605, numRuns: 300 * SCALE },
  );
  expect(read).toBeGreaterThan(100);
}, 120000);

const MHT_TYPES = ['Content-Type: multipart/related; boundary="b"', 'Content-Type: multipart/related; boundary=""', 'Content-Type: multipart/related', 'Content-Type: multipart/related; boundary=b; boundary=c', ''];
const PART_HEADERS = [
  'Content-Type: text/html; charset="gb2312"', 'Content-Type: text/html; charset="utf-16"', 'Content-Type: text/html; charset="x-user-defined"',
  'Content-Type: text/html; charset="replacement"', 'Content-Type: text/html; charset=unknown-9', 'Content-Type: text/html', 'Content-Type: image/png',
  'Content-Transfer-Encoding: quoted-printable', 'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: 8bit', 'Content-Location: file:///C:/x.htm',
  big('Content-Type: ', 2000),
];
const BODIES = [
  '<table><tr><td>项目名称</td><td>x</td></tr></table>', '<table><tr><td>a=\r\nb</td><td>=E9=A1=B9</td></tr></table>=', '<table><tr><td>=ZZ=3D</td></tr></table>=\n',
  'PHRhYmxlPjx0cj48dGQ+eDwvdGQ+PC90cj48L3RhYmxlPg==', 'PHRh\r\nYmxlPjx0cj48dGQ+eDwvdGQ+PC90cj48L3RhYmxlPg!!@@##', '!!@@##$$====', '', big('--b\r\n', 2000), '--b--',
];

test('MHT: boundaries missing, repeated, empty; parts without headers; quoted-printable and base64 broken', () => {
  const part = fc.record({ boundary: fc.constantFrom('--b', '--b--', '--', '--c', ''), headers: fc.subarray(PART_HEADERS, { maxLength: 3 }), blank: fc.boolean(), body: fc.constantFrom(...BODIES) });
  fc.assert(
    fc.property(fc.constantFrom(...MHT_TYPES), fc.array(part, { minLength: 1, maxLength: 5 }), (type, parts) => {
      const text = ['MIME-Version: 1.0', type, '', ...parts.map((p) => [p.boundary, ...p.headers, ...(p.blank ? [''] : []), p.body].join('\r\n'))].join('\r\n');
      property(new TextEncoder().encode(text));
    }),
    { seed: 1606, numRuns: 400 * SCALE },
  );
  expect(read).toBeGreaterThan(10);
}, 120000);
