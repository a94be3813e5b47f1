/**
 * Hostile files of round 5 that the readers took differently or that put something on the user's
 * terminal: a zip whose local header names another part than its directory (JSZip, under ExcelJS
 * and the preview, goes by the local headers), a 31-character cut through a surrogate pair, the
 * English console lines ExcelJS prints for a long sheet name, and a workbook with macros (never
 * run: the user is told so, and that the copy has none).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { FileReadError, readWorkbookBytes, readWorkbookDetailed } from '../../../src/hosts/file/read';
import { readZipDirectory } from '../../../src/hosts/file/zip';
import { readWorkbookExcelJs } from '../../../src/hosts/file/exceljs-read';
import { gridDifferences } from '../../helpers/grid-parity';
import { main, type Io } from '../../../src/cli/main';
import { book, tableXml } from '../../helpers/hostile-unseen';
import { tempDir } from '../../helpers/temp-dir';

const x = tableXml();
const table = (name = '绩效目标表', extra: Parameters<typeof book>[0]['extra'] = []) => book({ sheets: [{ name, body: x.sheetData }], sharedStrings: x.sst, extra });

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

/** The bytes with the local header's name of `part` changed in its last letter before `.xml`. */
function renameLocal(bytes: Uint8Array, part: string): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  const e = readZipDirectory(out).get(part);
  if (!e) throw new Error(part);
  const n = v.getUint16(e.localOffset + 26, true);
  out[e.localOffset + 30 + n - 5] = 0x39; // sheet1.xml → sheet9.xml
  return out;
}

async function readError(bytes: Uint8Array): Promise<FileReadError> {
  const err = await readWorkbookBytes(bytes, 'x.xlsx').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileReadError);
  return err as FileReadError;
}

test('a local header naming another part than the central directory is damaged (ExcelJS saw no sheet where the checker saw one)', async () => {
  const bytes = renameLocal(table(), 'xl/worksheets/sheet1.xml');
  const err = await readError(bytes);
  expect(err.code).toBe('corrupt');
  expect(err.message).toBe('无法读取“x.xlsx”：文件已损坏或不完整，请重新保存或重新获取该文件。');
  // The same file with the names agreeing reads.
  expect((await readWorkbookBytes(table(), 'x.xlsx'))[0].name).toBe('绩效目标表');
});

test('a sheet name cut at 31 characters keeps a surrogate pair whole', async () => {
  const grids = await readWorkbookBytes(table(`${'a'.repeat(30)}😀尾巴`), 'x.xlsx');
  expect(grids[0].name).toBe('a'.repeat(30));
  expect(grids[0].name).not.toMatch(/[\uD800-\uDFFF]/);
  const plain = await readWorkbookBytes(table(`${'表'.repeat(40)}`), 'x.xlsx');
  expect(plain[0].name).toBe('表'.repeat(31));
});

describe('the command line', () => {
  const dir = tempDir('round5');

  test('ExcelJS’s English console lines about a long sheet name do not reach the terminal', async () => {
    const file = join(dir, 'long-name.xlsx');
    writeFileSync(file, table('绩效目标表'.repeat(8)));
    const warn = jest.spyOn(console, 'warn');
    const io = capture();
    await main(['check', file, '--annotate', join(dir, 'out-long')], io);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(io.err).not.toMatch(/Worksheet name|truncated/);
  });

  test('a workbook with a VBA project: checked as data, a note says no macro ran, and the copy holds none', async () => {
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    const bytes = table('绩效目标表', [{ name: 'xl/vbaProject.bin', data: vba }]);
    expect(readWorkbookDetailed(bytes, 'm.xlsm').macros).toBe(true);
    expect(readWorkbookDetailed(table(), 'm.xlsx').macros).toBe(false);
    const file = join(dir, 'm.xlsm');
    writeFileSync(file, bytes);
    const io = capture();
    expect(await main(['check', file], io)).toBe(1);
    expect(io.err.trim().split('\n')).toEqual([`提示：“${file}”含有宏（VBA 项目或宏表）。检查只读取单元格中保存的内容，宏没有运行，也不会运行。`]);
    expect(io.out).toContain('budget/sum-mismatch');
    const annotated = capture();
    await main(['check', file, '--annotate', join(dir, 'out-m'), '--lang', 'en'], annotated);
    expect(annotated.err).toContain('no macro was or will be run. The annotated copy is an .xlsx and holds none of them.');
    const copy = new Uint8Array(readFileSync(join(dir, 'out-m', 'm.checked.xlsx')));
    const entries = readZipDirectory(copy);
    expect([...entries.keys()].some((n) => /vba|macro/i.test(n))).toBe(false);
    const types = entries.get('[Content_Types].xml');
    expect(types).toBeDefined();
    const typesXml = new TextDecoder().decode(inflateRawSync(copy.subarray(types!.localOffset + 30 + copy[types!.localOffset + 26] + copy[types!.localOffset + 28], types!.localOffset + 30 + copy[types!.localOffset + 26] + copy[types!.localOffset + 28] + types!.compressedSize)));
    expect(typesXml).not.toMatch(/macroEnabled|vbaProject/i);
    const json = capture();
    await main(['check', file, '--format', 'json'], json);
    expect(() => JSON.parse(json.out) as unknown).not.toThrow();
  });
});

test('a directory holding more entries than its end record counts (a count past 65,535 wrapped) is damaged, not "not an Excel workbook"', async () => {
  // The sheet and the shared strings are the last two entries; the end record counts two fewer.
  const bytes = table().slice();
  const v = new DataView(bytes.buffer);
  const eocd = bytes.length - 22;
  expect(v.getUint32(eocd, true)).toBe(0x06054b50);
  const count = v.getUint16(eocd + 10, true);
  v.setUint16(eocd + 8, count - 2, true);
  v.setUint16(eocd + 10, count - 2, true);
  const err = await readError(bytes);
  expect(err.code).toBe('corrupt');
  expect(err.message).toContain('文件已损坏或不完整');
});

describe('attributes that would preallocate, odd addresses and order: both readers give the same grid, in work proportional to the file', () => {
  const rows = x.sheetData;
  const cellAt = (r: string) => `<sheetData><row r="1"><c r="${r}" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>某项目</t></is></c></row></sheetData>`;
  const cases: [string, Uint8Array][] = [
    ['<dimension ref="A1:XFD1048576">', book({ sheets: [{ name: 'S', body: `<dimension ref="A1:XFD1048576"/>${rows}` }], sharedStrings: x.sst })],
    ['sst count and uniqueCount 2^31', book({ sheets: [{ name: 'S', body: rows }], extra: [{ name: 'xl/sharedStrings.xml', data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2147483648" uniqueCount="4294967295">${x.sst}</sst>` }] })],
    ['16,384 <col> widths', book({ sheets: [{ name: 'S', body: `<cols>${Array.from({ length: 16384 }, (_, i) => `<col min="${i + 1}" max="${i + 1}" width="${(i % 50) + 5}" customWidth="1"/>`).join('')}</cols>${rows}` }], sharedStrings: x.sst })],
    ['<row spans="1:16384">', book({ sheets: [{ name: 'S', body: rows.replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:16384" ht="4000" customHeight="1">') }], sharedStrings: x.sst })],
    ['<mergeCells count="2147483647">', book({ sheets: [{ name: 'S', body: `${rows}<mergeCells count="2147483647"><mergeCell ref="A1:A2"/></mergeCells>` }], sharedStrings: x.sst })],
    ['s="99999999" and s="-1"', book({ sheets: [{ name: 'S', body: rows.replace('<c r="B1"', '<c r="B1" s="99999999"').replace('<c r="B2"', '<c r="B2" s="-1"') }], sharedStrings: x.sst })],
    ['rows in reverse order', book({ sheets: [{ name: 'S', body: rows.replace(/<sheetData>(.*)<\/sheetData>/, (_m, inner: string) => `<sheetData>${(inner.match(/<row[^>]*>.*?<\/row>/g) ?? []).reverse().join('')}</sheetData>`) }], sharedStrings: x.sst })],
    ['two cells at one address', book({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="A1" t="inlineStr"><is><t>第二</t></is></c><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>` }] })],
    ['a reversed merge E12:C11', book({ sheets: [{ name: 'S', body: `${rows}<mergeCells><mergeCell ref="E12:C11"/></mergeCells>` }], sharedStrings: x.sst })],
    ...['A0', 'A-1', 'A01', '$A$1', 'A1048577'].map((r): [string, Uint8Array] => [`r="${r}"`, book({ sheets: [{ name: 'S', body: cellAt(r) }] })]),
  ];
  test.each(cases)('%s', async (_name, bytes) => {
    const lean = readWorkbookDetailed(bytes, 'x.xlsx');
    const exceljs = await readWorkbookExcelJs(bytes);
    expect(gridDifferences(lean.grids, exceljs)).toEqual([]);
    // Nothing is made per column, row or count the attributes state: work follows the bytes.
    expect(lean.work.cells).toBeLessThanOrEqual(50);
    expect(lean.work.tags).toBeLessThan(bytes.length);
  });
});
