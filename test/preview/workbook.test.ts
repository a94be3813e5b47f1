import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markSeverity } from '../../src/hosts/excel/marks';
import type { ExcelRun } from '../../src/hosts/excel';
import { downloadName, observeRun, openModel, OpenError, readModel, workbookBytes } from '../../src/preview/workbook';
import { containsText as containsAscii, sniffBytes as sniff } from '../../src/hosts/file/sniff';
import { createWorkbook, getSheet, setCell } from '../../src/standin';
import { modelFromXlsx } from '../../src/standin/xlsx';
import { t, type TextKey } from '../../src/core/i18n';
import { otherFormats } from '../helpers/hostile-unseen';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const BAD = join(__dirname, '..', 'fixtures', 'bad');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('sniff', () => {
  test.each<[number[], ReturnType<typeof sniff>]>([
    [[], 'empty'],
    [ZIP, 'zip'],
    [CFB, 'cfb'],
    [[...Buffer.from('项目名称,预算数')], 'other'],
    [[0x50], 'other'],
  ])('%j -> %s', (bytes, kind) => {
    expect(sniff(new Uint8Array(bytes))).toBe(kind);
  });
});

describe('readModel', () => {
  test('reads the sample', async () => {
    const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
    expect(model.sheets.map((s) => s.name)).toEqual(['绩效目标表']);
    expect(model.sheets[0].merges.length).toBeGreaterThan(0);
  });

  test.each<[string, number[], OpenError['code'], string]>([
    ['empty.xlsx', [], 'empty', '“empty.xlsx”是空文件'],
    // Only the compound file's signature, no workbook stream in it: taken for an encrypted file, as the command line takes it.
    ['old.xls', CFB, 'encrypted', '无法读取“old.xls”：文件设有打开密码'],
    ['notes.txt', [...Buffer.from('这是说明，不是表格。\n')], 'not-xlsx', '“notes.txt”：这是文本文件，不是 Excel 工作簿'],
    ['page.html', [...Buffer.from('<html><body><p>项目名称</p></body></html>')], 'not-xlsx', '“page.html”：这是网页（HTML）文件，但其中没有表格'],
    ['photo.xlsx', [0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2], 'not-xlsx', '“photo.xlsx”不是 Excel 工作簿。请选择 .xlsx、.xls 文件'],
    // The command line's line (before: “broken.xlsx”无法读取（End of data reached …）, JSZip's English).
    ['broken.xlsx', [...ZIP, 0, 0, 0, 0], 'corrupt', '无法读取“broken.xlsx”：文件已损坏或不完整'],
  ])('%s is refused with a Chinese message naming it', async (name, bytes, code, text) => {
    const promise = readModel(new Uint8Array(bytes), name, 'zh-CN');
    await expect(promise).rejects.toBeInstanceOf(OpenError);
    await expect(promise).rejects.toMatchObject({ code, message: expect.stringContaining(text) });
  });

  test('a web page saved as .xls opens (the command line\'s reader), its sheet named after the file', async () => {
    const page = Buffer.from('<html><body><table><tr><td>项目名称</td><td>某项目</td></tr></table></body></html>');
    const model = await readModel(new Uint8Array(page), 'export.xls', 'zh-CN');
    expect(model.sheets.map((s) => s.name)).toEqual(['export']);
    expect([...model.sheets[0].cells.values()].map((c) => c.value)).toEqual(['项目名称', '某项目']);
  });

  test('messages follow the locale', async () => {
    await expect(readModel(new Uint8Array(), 'a.xlsx', 'en-US')).rejects.toThrow('"a.xlsx" is empty');
  });

  test.each<[string, OpenError['code']]>([
    ['no-sheets.xlsx', 'no-sheets'],
    // A Word document renamed: a zip, but no workbook in it.
    ['document.xlsx', 'not-xlsx'],
    ['truncated.xlsx', 'corrupt'],
    ['encrypted.xlsx', 'encrypted'],
    // A damaged .xls renamed: read as the .xls it is, and its damage named.
    ['legacy-renamed.xlsx', 'corrupt'],
    ['legacy.xls', 'corrupt'],
    ['text-renamed.xlsx', 'not-xlsx'],
  ])('test/fixtures/bad/%s -> %s', async (file, code) => {
    const bytes = new Uint8Array(await readFile(join(BAD, file)));
    await expect(readModel(bytes, file, 'zh-CN')).rejects.toMatchObject({ code, message: expect.stringContaining(`“${file}”`) });
  });

  test('an empty sheet opens', async () => {
    const model = await readModel(new Uint8Array(await readFile(join(BAD, 'blank-sheet.xlsx'))), 'blank-sheet.xlsx', 'zh-CN');
    expect(model.sheets).toHaveLength(1);
  });
});

describe('containsAscii', () => {
  test.each<[string, string, boolean]>([
    ['PK..xl/workbook.xml', 'xl/workbook', true],
    ['xl/workbook', 'xl/workbook', true],
    ['PK..word/document.xml', 'xl/workbook', false],
    ['xl/workboo', 'xl/workbook', false],
    ['', 'x', false],
  ])('%s contains %s: %s', (haystack, needle, expected) => {
    expect(containsAscii(new Uint8Array(Buffer.from(haystack)), needle)).toBe(expected);
  });
});

describe('observeRun', () => {
  const ok: ExcelRun = (batch) => batch({} as Excel.RequestContext);

  test('tells after a batch that succeeds, with its result', async () => {
    const onChange = jest.fn();
    await expect(observeRun(ok, onChange)(async () => 42)).resolves.toBe(42);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('tells after a batch that fails too (part of it may have run), and rethrows', async () => {
    const onChange = jest.fn();
    const failing = observeRun(ok, onChange)(async () => {
      throw new Error('AccessDenied');
    });
    await expect(failing).rejects.toThrow('AccessDenied');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('openModel', () => {
  const g = globalThis as { Office?: { context: { displayLanguage: string } }; Excel?: { run: unknown } };

  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  test('installs the Office globals, gives a working ExcelHost, and tells after each batch that may have changed the workbook', async () => {
    const model = createWorkbook(['封面', '绩效目标表']);
    setCell(getSheet(model, '绩效目标表'), 'F14', { value: '100%' });
    const onChange = jest.fn();
    const wb = openModel(model, 'a.xlsx', { locale: 'en-US', onChange });
    expect(g.Office?.context.displayLanguage).toBe('en-US');
    expect(g.Excel?.run).toBe(wb.standIn.run);
    await expect(wb.host.listSheets()).resolves.toEqual([{ name: '封面' }, { name: '绩效目标表' }]);
    await wb.host.readSheet('绩效目标表');
    // Reads only: nothing to redraw.
    expect(onChange).toHaveBeenCalledTimes(0);
    await wb.host.mark('绩效目标表', [{ cell: 'F14', severity: 'warning', message: 'x' }]);
    expect(onChange).toHaveBeenCalledTimes(1);
    await wb.host.select('绩效目标表', 'F14');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(model.sheets[1].conditionalFormats.map((cf) => markSeverity(cf.formula))).toEqual(['warning']);
    // Excel on the web: the host reads in chunks under its 5 MB limit.
    expect(wb.standIn.options.platform).toBe('OfficeOnline');
    wb.dispose();
    expect(g.Office).toBeUndefined();
    expect(g.Excel).toBeUndefined();
  });

  test('host errors are in the page language', async () => {
    const model = createWorkbook(['表']);
    model.sheets[0].protection.protected = true;
    const wb = openModel(model, 'a.xlsx', { locale: 'zh-CN', onChange: () => undefined });
    await expect(wb.host.mark('表', [{ cell: 'A1', severity: 'error', message: 'x' }])).rejects.toMatchObject({ code: 'protected' });
    await expect(wb.host.mark('表', [{ cell: 'A1', severity: 'error', message: 'x' }])).rejects.toThrow(/表/);
    wb.dispose();
  });
});

describe('workbookBytes', () => {
  test('the download keeps the values and the marks, which Excel recognises after reopening', async () => {
    const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
    const wb = openModel(model, 'sample.xlsx', { locale: 'zh-CN', onChange: () => undefined });
    await wb.host.mark('绩效目标表', [
      { cell: 'F14', severity: 'error', message: 'x' },
      { cell: 'C13', severity: 'warning', message: 'y' },
    ]);
    const reopened = await modelFromXlsx(await workbookBytes(wb));
    wb.dispose();
    const sheet = reopened.sheets[0];
    expect(sheet.cells.size).toBe(model.sheets[0].cells.size);
    expect(sheet.conditionalFormats.map((cf) => markSeverity(cf.formula))).toEqual(['error', 'warning']);
  });
});

describe('downloadName', () => {
  test.each<[string, 'zh-CN' | 'en-US', string]>([
    ['sample.xlsx', 'zh-CN', 'sample（带标记）.xlsx'],
    ['绩效目标表.XLSX', 'zh-CN', '绩效目标表（带标记）.xlsx'],
    ['report', 'zh-CN', 'report（带标记）.xlsx'],
    ['sample.xlsx', 'en-US', 'sample (marked).xlsx'],
  ])('%s (%s) -> %s', (name, locale, expected) => {
    expect(downloadName(name, locale)).toBe(expected);
  });

  test.each([
    ['某单位.xls', '某单位.xls.checked.xlsx'],
    ['导出.HTML', '导出.HTML.checked.xlsx'],
    ['page.mht', 'page.mht.checked.xlsx'],
  ])('read from an .xls or a web page: %s -> %s, the command line’s name for a marked copy', (name, expected) => {
    expect(downloadName(name, 'zh-CN', true)).toBe(expected);
    expect(downloadName(name, 'en-US', true)).toBe(expected);
  });
});

describe('files of another kind get the command line’s line for them', () => {
  const formats = otherFormats();
  test.each<[string, TextKey]>([
    ['ods-renamed.xlsx', 'file.ods'],
    ['book.xlsb', 'file.xlsb'],
  ])('%s', async (file, key) => {
    await expect(readModel(formats[file], file, 'zh-CN')).rejects.toMatchObject({ code: 'not-xlsx', message: t(key, 'zh-CN', { file }) });
  });

  test.each(['xml2003-as-xls.xls', 'csv-gbk-renamed.xlsx', 'csv-renamed.xlsx', 'tsv-utf16.xls'])('%s: an Excel 2003 XML Spreadsheet or a CSV opens, as the command line reads it', async (file) => {
    const model = await readModel(formats[file], file, 'zh-CN');
    expect(model.sheets).toHaveLength(1);
    expect([...model.sheets[0].cells.values()].map((c) => c.value)).toContain('项目名称');
  });

  test.each(['html-as-xls.xls', 'html-utf16.xls'])('%s: a web page saved as .xls opens, as the command line reads it', async (file) => {
    const model = await readModel(formats[file], file, 'zh-CN');
    expect(model.sheets).toHaveLength(1);
    expect(model.sheets[0].cells.size).toBeGreaterThan(0);
  });
});
