/**
 * The stand-in must behave like Excel where the host depends on it; otherwise the host's tests
 * prove nothing. These tests pin down those semantics.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStandIn, createWorkbook, getSheet, mergeCells, setCell, cellSnapshot, type WorkbookModel } from '../../../src/standin';
import { openXlsxFile, saveXlsxFile } from '../../../src/standin/files';
import { roundTrip } from '../../../src/standin/xlsx';
import { displayText } from '../../../src/standin/numfmt';
import { typeInto } from '../../../src/standin/objects';
import { toHostError } from '../../../src/hosts/excel';
// The host's English texts come with the pane's section (or the ribbon's loader): imported here as a part showing English does.
import '../../../src/core/i18n/base-en';

function sample(): WorkbookModel {
  const model = createWorkbook(['表一', 'Second']);
  const s = getSheet(model, '表一');
  setCell(s, 'A1', { value: '标题', style: { fill: { color: '#185ABD' }, font: { name: '宋体', size: 14, bold: true, color: '#FFFFFF' } } });
  setCell(s, 'B2', { value: 26.5, numberFormat: '0.00', style: { borders: { top: { style: 'thin', color: '#000000' }, left: { style: 'double', color: 'theme:1' } } } });
  setCell(s, 'C3', { value: 3, formula: '=1+2' });
  setCell(s, 'D4', { value: '#N/A' });
  setCell(s, 'E5', { value: true, style: { font: { italic: true, color: 'theme:4:-0.25' } } });
  setCell(s, 'D7', { value: null, style: { borders: { bottom: { style: 'medium', color: '#FF0000' } } } });
  setCell(s, 'C6', { value: '合并' });
  mergeCells(s, 'C6:D7');
  s.conditionalFormats.push({ id: '{X}', type: 'Custom', areas: [{ top: 0, left: 0, bottom: 3, right: 0 }, { top: 5, left: 5, bottom: 5, right: 5 }], formula: '=A1>0', fillColor: '#00FF00', fontColor: '#FF0000', stopIfTrue: false });
  getSheet(model, 'Second').protection.protected = true;
  model.activeSheet = 1;
  return model;
}

describe('the stand-in workbook file round trip (ExcelJS)', () => {
  test('values, formulas, number formats, fills, fonts, borders, merges, formats, protection survive', async () => {
    const model = sample();
    const back = await roundTrip(model);
    const s = getSheet(model, '表一');
    const b = getSheet(back, '表一');
    expect([...b.cells.keys()].sort()).toEqual([...s.cells.keys()].sort());
    for (const [key, cell] of s.cells) expect(cellSnapshot(b.cells.get(key))).toBe(cellSnapshot(cell));
    expect(b.merges).toEqual(s.merges);
    expect(b.conditionalFormats.map((cf) => ({ ...cf, id: '' }))).toEqual(s.conditionalFormats.map((cf) => ({ ...cf, id: '' })));
    expect(getSheet(back, 'Second').protection.protected).toBe(true);
    expect(back.activeSheet).toBe(1);
  });

  test('save to disk and open again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standin-'));
    try {
      await saveXlsxFile(sample(), join(dir, 'a.xlsx'));
      const back = await openXlsxFile(join(dir, 'a.xlsx'));
      expect(getSheet(back, '表一').cells.get(1 * 16384 + 1)?.value).toBe(26.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Office semantics', () => {
  test('a loaded property is readable only after sync; an unloaded one throws PropertyNotLoaded', async () => {
    const standIn = createStandIn(sample());
    await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('A1:B2');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', name: 'RichApi.Error' }));
      await context.sync();
      expect(range.values).toEqual([
        ['标题', ''],
        ['', 26.5],
      ]);
      expect(() => range.text).toThrow(/The property 'text' is not available/);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(standIn.stats.syncCount).toBe(1);
  });

  test('isNullObject is known only after a sync', async () => {
    const standIn = createStandIn(createWorkbook(['S']));
    await standIn.run(async (context) => {
      const used = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
      const missing = context.workbook.worksheets.getItemOrNullObject('nope');
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test('writes wait for sync, and a failed sync keeps the writes before the failure', async () => {
    const model = createWorkbook(['S']);
    const standIn = createStandIn(model);
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').values = [['first']];
      expect(model.sheets[0].cells.size).toBe(0);
      context.workbook.worksheets.getItem('missing').getRange('A1').values = [['x']];
      sheet.getRange('A2').values = [['never']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(getSheet(model, 'S').cells.get(0)?.value).toBe('first');
    expect(getSheet(model, 'S').cells.get(16384)).toBeUndefined();
  });

  test('a write to a protected sheet fails at sync with AccessDenied, which the host maps to protected', async () => {
    const model = createWorkbook(['S']);
    getSheet(model, 'S').protection.protected = true;
    const standIn = createStandIn(model);
    const err = await standIn
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#FF0000';
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'AccessDenied', debugInfo: { code: 'AccessDenied' } });
    expect(getSheet(model, 'S').cells.size).toBe(0);
    expect(toHostError(err, { locale: 'en-US', sheet: 'S' })).toMatchObject({ code: 'protected', message: expect.stringContaining('Unprotect Sheet') });
  });

  test('APIs newer than the simulated Excel fail with ApiNotFound', async () => {
    const standIn = createStandIn(createWorkbook(['S']), { excelApi: '1.8' });
    await expect(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRanges('A1, B2').load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(standIn.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(standIn.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });

  test('more than 512 merged areas in one query fail, as in Excel', async () => {
    const model = createWorkbook(['S']);
    for (let c = 0; c < 1030; c += 2) mergeCells(getSheet(model, 'S'), { top: 0, left: c, bottom: 0, right: c + 1 });
    const standIn = createStandIn(model);
    await expect(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:AMP1').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  test('a batch that queues work and never syncs it is reported', async () => {
    const standIn = createStandIn(createWorkbook(['S']));
    await expect(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
      }),
    ).rejects.toThrow(/never synced/);
  });

  test('on the web, a response over 5 MB fails with ResponsePayloadSizeLimitExceeded', async () => {
    const model = createWorkbook(['S']);
    for (let r = 0; r < 600; r++) setCell(getSheet(model, 'S'), { row: r, col: 0 }, { value: 'x'.repeat(10_000) });
    const standIn = createStandIn(model, { platform: 'OfficeOnline' });
    await expect(
      standIn.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A600').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('typing into cells and displayed text', () => {
  test.each<[unknown, string | undefined, unknown, string | undefined]>([
    ['26.50', undefined, 26.5, undefined],
    ["'26.50", undefined, '26.50', undefined],
    ['26.50', '@', '26.50', '@'],
    ['50%', undefined, 0.5, '0%'],
    ['1,030,700.00', undefined, 1030700, undefined],
    ['TRUE', undefined, true, undefined],
    ['≥90%', undefined, '≥90%', undefined],
    ['', undefined, null, undefined],
    [7, undefined, 7, undefined],
  ])('typing %j (format %s) stores %j', (input, format, value, newFormat) => {
    const patch = typeInto(format ? { value: null, numberFormat: format } : undefined, input);
    expect(patch.value).toEqual(value);
    expect(patch.numberFormat ?? format).toBe(newFormat);
  });

  test.each<[string | number | boolean | null, string, string]>([
    [26.5, '0.00', '26.50'],
    [1030700, '#,##0.00', '1,030,700.00'],
    [0.985, '0.0%', '98.5%'],
    [0.985, 'General', '0.985'],
    [45658, 'yyyy-mm-dd', '2025-01-01'],
    [45658, 'yyyy"年"m"月"d"日"', '2025年1月1日'],
    [true, 'General', 'TRUE'],
    ['≥90%', '@', '≥90%'],
    [null, '0.00', ''],
    [-3.5, '0.00', '-3.50'],
  ])('displayText(%j, %s) = %s', (value, format, text) => expect(displayText(value, format)).toBe(text));
});
