/**
 * The zip container, attacked (round 15): overlapping records, sizes that lie, compression methods
 * no Excel writes, encrypted parts the check never needs, a directory JSZip reads on past, a 65,535
 * byte comment full of false end signatures, long and odd names, exactly the inflate budget. The
 * three readers — the command line's lean reader, ExcelJS behind --annotate (checkCopyable first)
 * and the preview (readModel) — read each the same, or refuse it with the same one line.
 */
import { deflateRawSync } from 'node:zlib';
import { FileReadError, readWorkbookBytes } from '../../../src/hosts/file/read';
import { checkCopyable, CopyError } from '../../../src/hosts/file/copy-check';
import { readZipDirectory, ZipReader } from '../../../src/hosts/file/zip';
import { readModel, OpenError } from '../../../src/preview/read-model';
import { book, tableXml, zipOf } from '../../helpers/hostile-unseen';

const x = tableXml();
const table = (extra: Parameters<typeof book>[0]['extra'] = [], part: Parameters<typeof book>[0]['part'] = undefined) =>
  book({ sheets: [{ name: '表', body: x.sheetData }], sharedStrings: x.sst, extra, part });

const put16 = (b: Uint8Array, i: number, v: number) => {
  b[i] = v & 255;
  b[i + 1] = (v >>> 8) & 255;
};
const put32 = (b: Uint8Array, i: number, v: number) => {
  put16(b, i, v & 0xffff);
  put16(b, i + 2, v >>> 16);
};
const get16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const get32 = (b: Uint8Array, i: number) => (get16(b, i) | (get16(b, i + 2) << 16)) >>> 0;

function endRecord(b: Uint8Array): number {
  for (let i = b.length - 22; i >= 0; i--) if (get32(b, i) === 0x06054b50) return i;
  throw new Error('no end record');
}

/** Offsets of the central directory's records, and their names. */
function records(b: Uint8Array): { at: number; name: string }[] {
  const e = endRecord(b);
  const out: { at: number; name: string }[] = [];
  let p = get32(b, e + 16);
  for (let k = 0; k < get16(b, e + 10); k++) {
    const n = get16(b, p + 28);
    out.push({ at: p, name: Buffer.from(b.subarray(p + 46, p + 46 + n)).toString() });
    p += 46 + n + get16(b, p + 30) + get16(b, p + 32);
  }
  return out;
}

/** The bytes with the record of `part` changed in the directory and, with `local`, its local header. */
function edit(b: Uint8Array, part: string, change: (b: Uint8Array, record: number, local: number) => void): Uint8Array {
  const out = b.slice();
  const r = records(out).find((e) => e.name === part);
  if (!r) throw new Error(part);
  change(out, r.at, get32(out, r.at + 42));
  return out;
}

/** The directory's record of `part` repeated `times` more times (each naming the same local header). */
function repeatRecord(b: Uint8Array, part: string, times: number): Uint8Array {
  const e = endRecord(b);
  const r = records(b).find((q) => q.name === part)!;
  const rec = b.slice(r.at, r.at + 46 + get16(b, r.at + 28));
  const out = new Uint8Array(b.length + rec.length * times);
  out.set(b.subarray(0, e));
  for (let i = 0; i < times; i++) out.set(rec, e + i * rec.length);
  const ne = e + times * rec.length;
  out.set(b.subarray(e), ne);
  put16(out, ne + 8, get16(b, e + 8) + times);
  put16(out, ne + 10, get16(b, e + 10) + times);
  put32(out, ne + 12, get32(b, e + 12) + times * rec.length);
  return out;
}

interface Outcome {
  lean: string;
  copy: string;
  preview: string;
}

/** What each reader makes of the bytes: `ok`, or its one line (the copy: its CopyError reason). */
async function readers(bytes: Uint8Array): Promise<Outcome> {
  const lean = await readWorkbookBytes(bytes, 'x.xlsx').then(
    () => 'ok',
    (e: unknown) => (e instanceof FileReadError ? e.message : `crash ${String(e)}`),
  );
  let copy: string;
  try {
    checkCopyable(bytes, 'x.xlsx');
    copy = 'ok';
  } catch (e) {
    copy = e instanceof FileReadError ? e.message : e instanceof CopyError ? `copy ${e.problem.reason}` : `crash ${String(e)}`;
  }
  const preview = await readModel(bytes, 'x.xlsx', 'zh-CN').then(
    () => 'ok',
    (e: unknown) => (e instanceof OpenError ? e.message : `crash ${String(e)}`),
  );
  return { lean, copy, preview };
}

const DAMAGED = '无法读取“x.xlsx”：文件已损坏或不完整，请重新保存或重新获取该文件。';
const ENCRYPTED = '无法读取“x.xlsx”：文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存一份再检查。';
const all = (line: string): Outcome => ({ lean: line, copy: line, preview: line });

test('a plain table reads in all three (the cases below change one thing in it)', async () => {
  expect(await readers(table())).toEqual(all('ok'));
});

test('records overlapping one local header or each other’s data: damaged in all three (before: read, JSZip inflating it once per record)', async () => {
  // 50 more directory records naming the sheet's one local header.
  expect(await readers(repeatRecord(table(), 'xl/worksheets/sheet1.xml', 50))).toEqual(all(DAMAGED));
  // A stored part whose data runs over the next part's local header ("better zip bomb").
  const over = edit(table([{ name: 'docProps/a.xml', data: 'a'.repeat(64), method: 0 }, { name: 'docProps/b.xml', data: 'b'.repeat(64), method: 0 }]), 'docProps/a.xml', (b, r, l) => {
    put32(b, r + 20, 64 + 30 + 14 + 64);
    put32(b, l + 18, 64 + 30 + 14 + 64);
  });
  expect(() => readZipDirectory(over)).toThrow('entries overlap');
  expect(await readers(over)).toEqual(all(DAMAGED));
});

test('a part whose inflated size is not the one its record states: damaged in all three (before: the checker read it, ExcelJS and the preview said “Bug : uncompressed data size mismatch”)', async () => {
  const lie = (b: Uint8Array) => edit(b, 'xl/worksheets/sheet1.xml', (o, r) => put32(o, r + 24, 5));
  expect(await readers(lie(table()))).toEqual(all(DAMAGED));
  expect(await readers(lie(table([], { method: 0 })))).toEqual(all(DAMAGED));
  // ZIP64 states the size in its extra field: read there, and held to it.
  expect(await readers(book({ sheets: [{ name: '表', body: x.sheetData }], sharedStrings: x.sst, zip: { zip64: true } }))).toEqual(all('ok'));
});

test('compression methods no Excel writes: one line naming the method in all three; AES as encrypted (before: “damaged”, and the preview showed JSZip’s English)', async () => {
  const method = (m: number) => edit(table(), 'xl/worksheets/sheet1.xml', (o, r, l) => {
    put16(o, r + 10, m);
    put16(o, l + 8, m);
  });
  for (const [m, name] of [[9, 'Deflate64'], [12, 'BZIP2'], [14, 'LZMA']] as const) {
    expect(await readers(method(m))).toEqual(
      all(`无法读取“x.xlsx”：文件内部用了 Excel 保存的工作簿不会用的压缩方式（${name}），可能是被压缩软件重新打包过。请用原来的系统重新导出，或在能打开它的表格软件中另存为“Excel 工作簿（.xlsx）”后再检查。`),
    );
  }
  expect(await readers(method(99))).toEqual(all(ENCRYPTED));
});

test('an encrypted or oddly compressed part the check never reads: checked, and shown in the preview too; the copy is not made (before: the preview said the workbook was password-protected, or named the method)', async () => {
  const encrypted = table([{ name: 'docProps/app.xml', data: '<x/>', flags: 1 }]);
  expect(await readers(encrypted)).toEqual({ lean: 'ok', copy: 'copy unreadable', preview: 'ok' });
  const deflate64 = edit(table([{ name: 'docProps/app.xml', data: '<x/>' }]), 'docProps/app.xml', (o, r, l) => {
    put16(o, r + 10, 9);
    put16(o, l + 8, 9);
  });
  expect(await readers(deflate64)).toEqual({ lean: 'ok', copy: 'copy unreadable', preview: 'ok' });
  // The preview shows the sheet's cells as the command line reads them.
  const model = await readModel(encrypted, 'x.xlsx', 'zh-CN');
  const grids = await readWorkbookBytes(encrypted, 'x.xlsx');
  expect(model.sheets.map((s) => s.name)).toEqual(grids.map((g) => g.name));
  expect(model.sheets[0].cells.size).toBe(grids[0].values.flat().filter((v) => v !== null && v !== undefined).length);
  // A part the sheets need, encrypted: the workbook is, as before.
  const sheet = edit(table(), 'xl/worksheets/sheet1.xml', (o, r, l) => {
    put16(o, r + 8, get16(o, r + 8) | 1);
    put16(o, l + 6, get16(o, l + 6) | 1);
  });
  expect(await readers(sheet)).toEqual(all(ENCRYPTED));
});

test('a part the sheets do not need, unreadable, in a file ExcelJS then still cannot read: the preview names the part', async () => {
  const bytes = book({
    sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="1A"><f>1+1</f><v>2</v></c></row></sheetData>' }],
    extra: [{ name: 'docProps/app.xml', data: '<x/>', flags: 1 }],
  });
  const err = await readModel(bytes, 'x.xlsx', 'zh-CN').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OpenError);
  expect((err as OpenError).message).toBe('“x.xlsx”中有一个部件（docProps/app.xml）无法读取（已加密、压缩方式特殊或已损坏），预览打不开这个文件。工作表并不需要这个部件：请用命令行 perf-target check 检查，或在 Excel 中另存后再打开。');
});

test('a part whose CRC-32 is wrong or whose deflate stream is broken, in a part the check never reads: the preview reads the sheets without it, as the command line does (before: damaged)', async () => {
  const crc = table([{ name: 'docProps/app.xml', data: '<x/>', crc: 1234 }]);
  expect(await readers(crc)).toEqual({ lean: 'ok', copy: 'copy unreadable', preview: 'ok' });
  // The command line refuses it where it reads the part.
  const sheetCrc = edit(table(), 'xl/worksheets/sheet1.xml', (o, r) => put32(o, r + 16, 1234));
  expect(await readers(sheetCrc)).toEqual(all(DAMAGED));
});

test('more records than the end record counts (a count past 65,535 without ZIP64): damaged in all three (before: the preview read on through JSZip)', async () => {
  const b = table([{ name: 'docProps/app.xml', data: '<x/>' }]);
  const e = endRecord(b);
  const out = b.slice();
  put16(out, e + 8, get16(b, e + 8) - 1);
  put16(out, e + 10, get16(b, e + 10) - 1);
  expect(await readers(out)).toEqual(all(DAMAGED));
});

test('a 65,535-byte comment: read; full of false end signatures: damaged in all three, found in at most 65,557 steps', async () => {
  const b = table();
  const clean = new Uint8Array(b.length + 65535);
  clean.set(b);
  clean.fill(0x20, b.length);
  put16(clean, b.length - 2, 65535);
  expect(await readers(clean)).toEqual(all('ok'));
  const sigs = clean.slice();
  for (let i = b.length; i + 4 <= sigs.length; i += 4) put32(sigs, i, 0x06054b50);
  expect(await readers(sigs)).toEqual(all(DAMAGED));
});

test('names with NUL, `..`, absolute paths and 65,535 bytes are only names: nothing is written, the sheet is read', async () => {
  const odd = table([
    { name: '../../etc/evil', data: 'x' },
    { name: '/tmp/evil', data: 'x' },
    { name: 'C:\\evil', data: 'x' },
    { name: 'a'.repeat(65535), data: 'x' },
  ]);
  expect(await readers(odd)).toEqual(all('ok'));
});

test('an entry ExcelJS would take for a worksheet (its patterns are not anchored): the copy and the preview refuse with one line, never a crash', async () => {
  for (const name of ['xl/worksheets/sheet1.xml\0evil', 'evil/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml.bak']) {
    const outcome = await readers(table([{ name, data: '<worksheet/>' }]));
    expect(outcome.lean).toBe('ok');
    expect(outcome.copy).toBe('copy unreadable');
    expect(outcome.preview).toBe(DAMAGED);
  }
});

test('a part inflating to exactly the budget reads; one byte more is the budget’s line', () => {
  const data = new Uint8Array(1000).fill(0x41);
  for (const method of [0, 8] as const) {
    const b = zipOf([{ name: 'a', data, method }]);
    const limits = { maxInflatedBytes: 1000, maxInflateRatio: 200, ratioFloorBytes: 1 };
    expect(new ZipReader(b, readZipDirectory(b), limits).read('a')).toHaveLength(1000);
    expect(() => new ZipReader(b, readZipDirectory(b), { ...limits, maxInflatedBytes: 999 }).read('a')).toThrow(expect.objectContaining({ reason: 'inflate-total' }));
  }
  expect(deflateRawSync(data).length).toBeLessThan(1000);
});
