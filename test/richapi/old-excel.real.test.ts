/**
 * Office 2016 and 2019 (volume licence): ExcelApi 1.1 and 1.8. The seed workbook is read and
 * checked through Microsoft's client on each; on 1.1 there are no marks, merges or null objects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../src/core/engine';
import { ExcelHost } from '../../src/hosts/excel';
import { modelFromXlsx } from '../../src/standin/xlsx';
import { createRealExcel } from './client';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'sample.xlsx'));

async function checkAll(excelApi: string) {
  const model = await modelFromXlsx(SAMPLE);
  const excel = createRealExcel(model, { excelApi });
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
  const sheets = await host.listSheets();
  const results = [];
  for (const s of sheets) results.push(checkSheet(await host.readSheet(s.name)));
  return { host, excel, tables: results.flatMap((r) => r.tables) };
}

test.each(['1.1', '1.8'])('ExcelApi %s: the seed workbook is read and checked through the real client', async (api) => {
  const modern = await checkAll('1.18');
  const old = await checkAll(api);
  expect(modern.tables.length).toBeGreaterThan(0);
  expect(old.tables.length).toBe(modern.tables.length);
  expect(old.tables.flatMap((t) => t.findings).length).toBeGreaterThan(0);
  // Nothing above the API set went to Excel.
  expect(old.excel.server.stats.members.has('Worksheet.getUsedRangeOrNullObject')).toBe(api !== '1.1');
  expect(old.excel.server.stats.members.has('Range.getMergedAreasOrNullObject')).toBe(false);
  expect(old.excel.server.stats.members.has('Worksheet.getUsedRange')).toBe(api === '1.1');
  if (api === '1.1') expect(old.host.capabilityNotes().length).toBeGreaterThan(0);
});

test('ExcelApi 1.1: an empty sheet reads as nothing', async () => {
  const { createWorkbook } = await import('../../src/standin');
  const excel = createRealExcel(createWorkbook(['空']), { excelApi: '1.1' });
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
  const grid = await host.readSheet('空');
  expect(checkSheet(grid).tables).toEqual([]);
});

describe('ExcelApi 1.1: fixes without Worksheet.protection (ExcelApi 1.2)', () => {
  async function oldExcel() {
    const { createWorkbook, getSheet } = await import('../../src/standin');
    const { writeTables } = await import('../hosts/excel/fixtures');
    const model = createWorkbook(['表']);
    writeTables(getSheet(model, '表'), 1, 0, 0, { firstValue: '100%' });
    const excel = createRealExcel(model, { excelApi: '1.1' });
    const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
    return { model, excel, host, sheet: getSheet(model, '表') };
  }

  test('a fix and its undo apply, and protection is never asked for', async () => {
    const { excel, host, sheet } = await oldExcel();
    const { getCell } = await import('../../src/standin');
    const results = await host.writeValues('表', [{ cell: 'F8', value: '≥100%', expected: '100%' }]);
    expect(results.map((r) => r.written)).toEqual([true]);
    expect(getCell(sheet, 7, 5)?.value).toBe('≥100%');
    await host.writeValues('表', [{ cell: 'F8', value: '100%', expected: '≥100%' }]);
    expect(getCell(sheet, 7, 5)?.value).toBe('100%');
    expect(await host.writeValue('表', 'F8', '≥99%')).toBe('100%');
    expect(getCell(sheet, 7, 5)?.value).toBe('≥99%');
    expect(excel.server.stats.members.has('Worksheet.protection')).toBe(false);
  });

  test('a protected sheet: Excel refuses the write, the user is told in Chinese, nothing changes', async () => {
    const { host, sheet } = await oldExcel();
    const { getCell } = await import('../../src/standin');
    sheet.protection.protected = true;
    await expect(host.writeValues('表', [{ cell: 'F8', value: '≥100%', expected: '100%' }])).rejects.toMatchObject({ code: 'protected', message: expect.stringContaining('受保护') });
    await expect(host.writeValue('表', 'F8', '≥100%')).rejects.toMatchObject({ code: 'protected' });
    expect(getCell(sheet, 7, 5)?.value).toBe('100%');
  });
});
