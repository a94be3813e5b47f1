import { ExcelHost, encodeForWrite, toHostError } from '../../../src/hosts/excel';
import { HostError } from '../../../src/hosts/types';
import { createWorkbook, getCell, getSheet, setCell, OfficeError, officeError } from '../../../src/standin';
import { installOfficeGlobals, setup } from './fixtures';
// The host's English texts come with the pane's section (or the ribbon's loader): imported here as a part showing English does.
import '../../../src/core/i18n/base-en';

function twoSheets() {
  const model = createWorkbook(['封面', '绩效目标表']);
  const s = getSheet(model, '绩效目标表');
  setCell(s, 'F14', { value: '100%' });
  setCell(s, 'C4', { value: 26.5, numberFormat: '0.00' });
  setCell(s, 'D4', { value: '26.50', numberFormat: '@' });
  return model;
}

describe('sheets', () => {
  test('activeSheet and listSheets', async () => {
    const { host, model } = setup(twoSheets());
    model.activeSheet = 1;
    await expect(host.activeSheet()).resolves.toEqual({ name: '绩效目标表' });
    await expect(host.listSheets()).resolves.toEqual([{ name: '封面' }, { name: '绩效目标表' }]);
  });
});

describe('select', () => {
  test('activates the sheet and selects the cell', async () => {
    const { host, model } = setup(twoSheets());
    await host.select('绩效目标表', 'F14');
    expect(model.activeSheet).toBe(1);
    expect(getSheet(model, '绩效目标表').selection).toEqual({ top: 13, left: 5, bottom: 13, right: 5 });
  });

  test('selects a whole table range, written any way', async () => {
    const { host, model } = setup(twoSheets());
    await host.select('绩效目标表', '$a$1:$g$14');
    expect(getSheet(model, '绩效目标表').selection).toEqual({ top: 0, left: 0, bottom: 13, right: 6 });
  });

  test('a missing sheet is a no-sheet HostError', async () => {
    const { host } = setup(twoSheets());
    await expect(host.select('不存在', 'A1')).rejects.toMatchObject({ code: 'no-sheet' });
  });
});

describe('writeValue', () => {
  test('returns the previous value and writes the new one', async () => {
    const { host, model, standIn } = setup(twoSheets());
    await expect(host.writeValue('绩效目标表', 'F14', '＝100%')).resolves.toBe('100%');
    expect(getCell(getSheet(model, '绩效目标表'), 13, 5)?.value).toBe('＝100%');
    expect(standIn.stats.syncCount).toBe(2);
  });

  test('putting the previous value back restores the cell exactly, numbers and text alike', async () => {
    const { host, model } = setup(twoSheets());
    const sheet = getSheet(model, '绩效目标表');
    const before = [getCell(sheet, 3, 2), getCell(sheet, 3, 3)].map((c) => structuredClone(c));
    const prevNumber = await host.writeValue('绩效目标表', 'C4', '二十六点五');
    const prevText = await host.writeValue('绩效目标表', 'D4', 30);
    expect(prevNumber).toBe(26.5);
    expect(prevText).toBe('26.50');
    await host.writeValue('绩效目标表', 'C4', prevNumber);
    await host.writeValue('绩效目标表', 'D4', prevText);
    expect([getCell(sheet, 3, 2), getCell(sheet, 3, 3)]).toEqual(before);
  });

  test('text that Excel would read as a number stays text', async () => {
    const { host, model } = setup(twoSheets());
    await host.writeValue('绩效目标表', 'B2', '26.50');
    expect(getCell(getSheet(model, '绩效目标表'), 1, 1)?.value).toBe('26.50');
  });

  test('an empty cell gives null, and null empties the cell', async () => {
    const { host, model } = setup(twoSheets());
    await expect(host.writeValue('绩效目标表', 'A1', '≥90%')).resolves.toBeNull();
    await expect(host.writeValue('绩效目标表', 'A1', null)).resolves.toBe('≥90%');
    expect(getCell(getSheet(model, '绩效目标表'), 0, 0)?.value).toBeNull();
  });

  test.each<[string | number | boolean | null, string, string | number | boolean]>([
    ['≥90%', 'General', '≥90%'],
    ['26.50', 'General', "'26.50"],
    ['26.50', '@', '26.50'],
    ['98%', 'General', "'98%"],
    ['TRUE', 'General', "'TRUE"],
    ['=A1', 'General', "'=A1"],
    ['-5', 'General', "'-5"],
    ["'quoted", 'General', "''quoted"],
    ['2025-01-01', 'General', "'2025-01-01"],
    ['2025年12月', 'General', "'2025年12月"],
    ['2025年1月1日', 'General', "'2025年1月1日"],
    ['2025年12月底前', 'General', '2025年12月底前'],
    ['≥200次', 'General', '≥200次'],
    ['达到预期目标', 'General', '达到预期目标'],
    [26.5, 'General', 26.5],
    [false, 'General', false],
    [null, 'General', ''],
  ])('encodeForWrite(%j, %s) = %j', (value, format, written) => expect(encodeForWrite(value, format)).toEqual(written));
});

describe('errors from Excel become HostErrors that say what to do', () => {
  test.each<[string, string, string]>([
    ['InvalidOperationInCellEditMode', 'busy', '请先退出单元格编辑状态（按 Enter 或 Esc），再点校验。'],
    ['GeneralException', 'busy', 'Excel 暂时无法响应'],
    ['AccessDenied', 'protected', '审阅 › 撤销工作表保护'],
    ['ItemNotFound', 'no-sheet', '找不到工作表“S”'],
    ['ResponsePayloadSizeLimitExceeded', 'too-large', '5 MB'],
    ['RequestPayloadSizeLimitExceeded', 'too-large', '5 MB'],
    ['ApiNotFound', 'unsupported', '不支持'],
    ['RequestAborted', 'closed', '重新打开工作簿'],
    ['SomethingNew', 'unknown', 'Excel 报告了一个错误'],
  ])('%s -> %s', (code, hostCode, text) => {
    const cause = officeError(code);
    const err = toHostError(cause, { locale: 'zh-CN', sheet: 'S' });
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe(hostCode);
    expect(err.message).toContain(text);
    expect(err.cause).toBe(cause);
  });

  test('in English when the user works in English', () => {
    expect(toHostError(officeError('InvalidOperationInCellEditMode'), { locale: 'en-US' }).message).toBe(
      'Finish editing the cell first (press Enter or Esc), then run the check again.',
    );
  });

  test('unknown errors keep Excel’s text', () => {
    const err = toHostError(new OfficeError('Weird', 'The thing broke.'), { locale: 'zh-CN' });
    expect(err.message).toContain('The thing broke.');
  });

  test('a HostError passes through unchanged', () => {
    const original = new HostError('protected', 'x');
    expect(toHostError(original, { locale: 'zh-CN' })).toBe(original);
  });

  test.each(['activeSheet', 'listSheets'] as const)('%s during cell edit is a busy HostError', async (method) => {
    const { host, standIn } = setup(twoSheets());
    standIn.faults.cellEditMode = true;
    await expect(host[method]()).rejects.toMatchObject({ code: 'busy' });
  });

  test('a one-off failure is reported once and the next call works', async () => {
    const { host, standIn } = setup(twoSheets());
    standIn.faults.nextSyncError = officeError('GeneralException');
    await expect(host.activeSheet()).rejects.toMatchObject({ code: 'busy' });
    await expect(host.activeSheet()).resolves.toEqual({ name: '封面' });
  });
});

describe('defaults from the Office globals', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  test('Excel.run, the requirement sets and the display language come from office.js', async () => {
    const { standIn } = setup(twoSheets(), { excelApi: '1.9', displayLanguage: 'en-US' });
    installOfficeGlobals(standIn);
    const host = new ExcelHost();
    expect(host.locale).toBe('en-US');
    expect(host.capabilities()).toEqual({ conditionalFormats: true, rangeAreas: true, mergedAreas: false, notes: false });
    await expect(host.activeSheet()).resolves.toEqual({ name: '封面' });
    expect(standIn.stats.runCount).toBe(1);
  });

  test('Chinese is the default language', () => {
    const { standIn } = setup(twoSheets());
    installOfficeGlobals(standIn);
    expect(new ExcelHost().locale).toBe('zh-CN');
  });
});
