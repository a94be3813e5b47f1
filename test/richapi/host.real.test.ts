/**
 * The Excel host through Microsoft's own Office.js client (test/richapi/client.ts): check, mark,
 * clear, fix, undo, ignore, template, report sheet and change events, Excel's errors, and a proof
 * that every Office.js member the host uses went through the real client at least once.
 */
import { checkSheet } from '../../src/core/engine';
import { ExcelHost } from '../../src/hosts/excel';
import { cellSnapshot, createWorkbook, findSheet, getCell, getSheet, officeError, setCell, userEdit, userSelect, type WorkbookModel } from '../../src/standin';
import { setup, writeTables } from '../hosts/excel/fixtures';
import { createRealExcel, type RealExcel, type RealExcelOptions } from './client';

const SHEET = '绩效 表';
/** Every member the server saw, over all tests of this file. */
const seen = new Set<string>();

function workbook(count = 2): WorkbookModel {
  const model = createWorkbook(['封面', SHEET]);
  writeTables(getSheet(model, SHEET), count, 0, 0, { firstValue: '100%' });
  model.activeSheet = 1;
  return model;
}

function real(model: WorkbookModel, options: RealExcelOptions = {}): { excel: RealExcel; host: ExcelHost } {
  const excel = createRealExcel(model, options);
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN', payloadBudgetBytes: options.payloadLimitBytes });
  return { excel, host };
}

/** Lets macrotasks run until `done` (events come a few tasks after the change), at most 200 turns. */
async function turns(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
}
function collect(excel: RealExcel): void {
  for (const k of excel.server.stats.members.keys()) seen.add(k);
}

describe('through the real client', () => {
  test('listSheets names hidden and very hidden sheets as such (the pane marks their findings)', async () => {
    const model = workbook();
    getSheet(model, '封面').visibility = 'Hidden';
    const extra = createWorkbook(['深']).sheets[0];
    extra.visibility = 'VeryHidden';
    model.sheets.push(extra);
    const { excel, host } = real(model);
    expect(await host.listSheets()).toEqual([{ name: '封面', visibility: 'Hidden' }, { name: SHEET }, { name: '深', visibility: 'VeryHidden' }]);
    collect(excel);
  });

  test('check: the grid read through Office.js gives the same findings as the stand-in', async () => {
    const { excel, host } = real(workbook());
    expect(await host.listSheets()).toEqual([{ name: '封面' }, { name: SHEET }]);
    expect(await host.activeSheet()).toEqual({ name: SHEET });
    const before = { ...excel.server.stats };
    const grid = await host.readSheet(SHEET);
    const standIn = setup(workbook());
    const viaStandIn = await standIn.host.readSheet(SHEET);
    expect(grid).toEqual(viaStandIn);
    // As many round trips as the stand-in counts syncs, and no more: the read untracks its range
    // objects, so Excel.run has no references to release afterwards (a clean-up round trip before).
    expect(excel.server.stats.requests - before.requests).toBe(standIn.standIn.stats.syncCount);
    expect(excel.server.stats.cleanups - before.cleanups).toBe(0);
    const findings = checkSheet(grid).tables.flatMap((t) => t.findings);
    expect(findings.some((f) => f.cell === 'F8' && f.rule === 'value/missing-sign')).toBe(true);
    collect(excel);
  });

  test('hidden rows and columns: none costs no sync (3, as before); mixed ones one more, and the findings on them say so', async () => {
    // Before: nothing was read of them, and a finding on a hidden row listed a cell the user could not see.
    const plain = real(workbook());
    const before = plain.excel.server.stats.requests;
    const shown = await plain.host.readSheet(SHEET);
    expect(plain.excel.server.stats.requests - before).toBe(3);
    expect(shown.hidden).toBeUndefined();

    const model = workbook();
    const sheet = getSheet(model, SHEET);
    // Row 8 (F8: 100% without a sign) hidden by hand or by a filter (Excel's rowHidden says both), column B too.
    sheet.hiddenRows = new Set([7, 5000]);
    sheet.hiddenColumns = new Set([1]);
    const { excel, host } = real(model);
    const start = excel.server.stats.requests;
    const grid = await host.readSheet(SHEET);
    expect(excel.server.stats.requests - start).toBe(4);
    expect(grid.hidden).toEqual({ rows: [7], cols: [1] });
    expect(excel.server.stats.members.get('Range.getRowProperties')).toBe(1);
    expect(excel.server.stats.members.get('Range.getColumnProperties')).toBe(1);
    const findings = checkSheet(grid).tables.flatMap((t) => t.findings);
    expect(findings.find((f) => f.cell === 'F8' && f.rule === 'value/missing-sign')?.hidden).toBe('row');
    expect(findings.filter((f) => f.hidden !== undefined && f.row !== 7).every((f) => f.col === 1)).toBe(true);
    // The same grid as the stand-in's own host reads.
    expect(grid).toEqual(await setup(model).host.readSheet(SHEET));
    collect(excel);
  });

  test('every column hidden: said by columnHidden with the address, no detail asked', async () => {
    const model = workbook();
    const sheet = getSheet(model, SHEET);
    sheet.hiddenColumns = new Set(Array.from({ length: 16384 }, (_, i) => i));
    const { excel, host } = real(model);
    const start = excel.server.stats.requests;
    const grid = await host.readSheet(SHEET);
    expect(excel.server.stats.requests - start).toBe(3);
    const width = Math.max(...grid.values.map((r) => r.length));
    expect(grid.hidden?.cols).toHaveLength(width);
    expect(grid.hidden?.rows).toEqual([]);
    collect(excel);
  });

  test('mark and clear leave every cell as it was', async () => {
    const model = workbook();
    const before = [...getSheet(model, SHEET).cells.entries()].map(([k, c]) => [k, cellSnapshot(c)]);
    const { excel, host } = real(model);
    await host.mark(SHEET, [
      { cell: 'F8', severity: 'error', message: '缺少符号' },
      { cell: 'F9', severity: 'warning', message: 'x' },
    ]);
    expect(getSheet(model, SHEET).conditionalFormats.length).toBeGreaterThan(0);
    await host.clearMarks();
    expect(getSheet(model, SHEET).conditionalFormats).toEqual([]);
    expect([...getSheet(model, SHEET).cells.entries()].map(([k, c]) => [k, cellSnapshot(c)])).toEqual(before);
    collect(excel);
  });

  test('fix and undo: writes round-trip through Excel, a changed cell is left alone', async () => {
    const model = workbook();
    const { excel, host } = real(model);
    const results = await host.writeValues(SHEET, [
      { cell: 'F8', value: '≥100%', expected: '100%' },
      { cell: 'F9', value: '26.50', expected: 'not there' },
    ]);
    expect(results.map((r) => r.written)).toEqual([true, false]);
    expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe('≥100%');
    await host.writeValues(SHEET, [{ cell: 'F8', value: '100%', expected: '≥100%' }]);
    // Text that Excel would take for a number stays text, with the cell's own format.
    expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe('100%');
    expect(await host.writeValue(SHEET, 'F8', '26.50')).toBe('100%');
    expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe('26.50');
    const range = await host.readRange(SHEET, 'A1:G14');
    expect(range.values[7][5]).toBe('26.50');
    collect(excel);
  });

  test('ignore list and settings are kept in the workbook (custom XML parts)', async () => {
    const model = workbook();
    const { excel, host } = real(model);
    expect(await host.loadState('ignore')).toBeNull();
    await host.saveState('ignore', '{"v":1}');
    expect(await host.loadState('ignore')).toBe('{"v":1}');
    await host.saveState('ignore', '{"v":2}');
    expect(await host.loadState('ignore')).toBe('{"v":2}');
    await host.saveState('ignore', null);
    expect(await host.loadState('ignore')).toBeNull();
    collect(excel);
  });

  test('select activates the sheet and selects the cell', async () => {
    const model = workbook();
    model.activeSheet = 0;
    const { excel, host } = real(model);
    await host.select(SHEET, '$F$8');
    expect(model.activeSheet).toBe(1);
    expect(getSheet(model, SHEET).selection).toEqual({ top: 7, left: 5, bottom: 7, right: 5 });
    collect(excel);
  });

  test('template: on a new sheet and at the active cell', async () => {
    const model = workbook();
    const { excel, host } = real(model);
    const placed = await host.insertTemplate({ scheme: '2015', unit: '万元', project: '测试项目' }, 'new-sheet');
    expect(findSheet(model, placed.sheet)).toBeDefined();
    expect(placed.notes).toEqual([]);
    const grid = await host.readSheet(placed.sheet);
    expect(checkSheet(grid).tables).toHaveLength(1);
    getSheet(model, SHEET).selection = { top: 40, left: 0, bottom: 40, right: 0 };
    model.activeSheet = 1;
    const at = await host.insertTemplate({ scheme: '2015', unit: '万元', project: '第二个' }, 'active-cell');
    expect(at.address.startsWith('A41')).toBe(true);
    collect(excel);
  });

  test('report sheet', async () => {
    const model = workbook();
    const { excel, host } = real(model);
    const name = await host.insertReportSheet({
      name: '校验报告',
      header: ['工作表', '单元格', '问题'],
      rows: [[SHEET, 'F8', '缺少符号']],
      links: { column: 1, targets: [{ sheet: SHEET, cell: 'F8' }] },
      widths: [10, 8, 30],
    });
    expect(name).toBe('校验报告');
    expect(getCell(getSheet(model, name), 1, 2)?.value).toBe('缺少符号');
    collect(excel);
  });

  test('change events arrive through the client’s event pipe, with the address', async () => {
    const model = workbook();
    const { excel, host } = real(model);
    const changes: string[] = [];
    await host.onCellsChanged(SHEET, (c) => changes.push(`${c.sheet}!${c.address}`));
    userEdit(model, SHEET, 'F8', '≥90%');
    await turns(() => changes.length >= 1);
    expect(changes).toEqual([`${SHEET}!F8`]);
    // The add-in's own writes raise the event too.
    await host.writeValues(SHEET, [{ cell: 'F9', value: '≥96%' }]);
    await turns(() => changes.length >= 2);
    expect(changes).toEqual([`${SHEET}!F8`, `${SHEET}!F9`]);
    collect(excel);
  });
});

describe('selection events through the real client', () => {
  test('a selection by the user or by the add-in arrives through the client’s event pipe, for the watched sheet only', async () => {
    const model = workbook();
    const { excel, host } = real(model);
    const selections: string[] = [];
    const unsubscribe = await host.onSelectionChanged(SHEET, (s) => selections.push(`${s.sheet}!${s.address}`));
    expect(excel.server.stats.members.get('Worksheet._RegisterSelectionChangedEvent')).toBe(1);
    userSelect(model, SHEET, 'F8');
    await turns(() => selections.length >= 1);
    expect(selections).toEqual([`${SHEET}!F8`]);
    // The add-in's own Range.select() raises it too; a selection on another sheet does not reach this handler.
    await host.select(SHEET, 'B3:C4');
    await turns(() => selections.length >= 2);
    userSelect(model, '封面', 'A1');
    await turns(() => false);
    expect(selections).toEqual([`${SHEET}!F8`, `${SHEET}!B3:C4`]);
    // A second subscriber shares the one registration; after unsubscribing, nothing more arrives.
    const other: string[] = [];
    await host.onSelectionChanged(SHEET, (s) => other.push(s.address));
    expect(excel.server.stats.members.get('Worksheet._RegisterSelectionChangedEvent')).toBe(1);
    unsubscribe();
    userSelect(model, SHEET, 'G9');
    await turns(() => other.length >= 1);
    expect(other).toEqual(['G9']);
    expect(selections).toHaveLength(2);
    collect(excel);
  });

  test('ExcelApi 1.6: selection events are unavailable, said in Chinese, nothing registered', async () => {
    const { excel, host } = real(workbook(), { excelApi: '1.6' });
    await expect(host.onSelectionChanged(SHEET, () => undefined)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(excel.server.stats.members.has('Worksheet._RegisterSelectionChangedEvent')).toBe(false);
  });
});

describe('Excel’s errors through the real client', () => {
  test('a missing sheet: ItemNotFound, told in Chinese', async () => {
    const { host } = real(workbook());
    await expect(host.readSheet('不存在')).rejects.toMatchObject({ code: 'no-sheet' });
    await expect(host.select('不存在', 'A1')).rejects.toMatchObject({ code: 'no-sheet' });
  });

  test('a protected sheet: the host refuses before writing; Excel itself answers AccessDenied', async () => {
    const model = workbook();
    getSheet(model, SHEET).protection.protected = true;
    const { excel, host } = real(model);
    await expect(host.mark(SHEET, [{ cell: 'F8', severity: 'error', message: 'x' }])).rejects.toMatchObject({ code: 'protected' });
    await expect(host.writeValues(SHEET, [{ cell: 'F8', value: 'x' }])).rejects.toMatchObject({ code: 'protected' });
    const raw = excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('F8').values = [['x']];
      await context.sync();
    });
    await expect(raw).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe('100%');
  });

  test('cell edit mode and a busy Excel: busy, try again', async () => {
    const { excel, host } = real(workbook());
    excel.standIn.faults.cellEditMode = true;
    await expect(host.readSheet(SHEET)).rejects.toMatchObject({ code: 'busy' });
    excel.standIn.faults.cellEditMode = false;
    excel.standIn.faults.nextSyncError = officeError('GeneralException');
    await expect(host.readSheet(SHEET)).rejects.toMatchObject({ code: 'busy' });
    await expect(host.readSheet(SHEET)).resolves.toMatchObject({ name: SHEET });
  });

  test('ApiNotFound from the client (Office.context.requirements) and from Excel (server side)', async () => {
    const low = real(workbook(), { excelApi: '1.4' });
    const merged = low.excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A1:G14').getMergedAreasOrNullObject().load('address');
      await context.sync();
    });
    await expect(merged).rejects.toMatchObject({ code: 'ApiNotFound' });
    // An Excel that says it has 1.18 but answers as 1.4 (the server's own check):
    const liar = real(workbook(), { excelApi: '1.4', clientApiCheck: false });
    const viaServer = liar.excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A1:G14').getMergedAreasOrNullObject().load('address');
      await context.sync();
    });
    await expect(viaServer).rejects.toMatchObject({ code: 'ApiNotFound' });
    // The host on ExcelApi 1.4 reads without merges and says it cannot mark.
    const grid = await low.host.readSheet(SHEET);
    expect(grid.merges).toEqual([]);
    await expect(low.host.mark(SHEET, [{ cell: 'F8', severity: 'error', message: 'x' }])).rejects.toMatchObject({ code: 'unsupported' });
  });

  test('RangeAreas.getUsedRangeAreasOrNullObject: each area trimmed to its used cells, empty areas left out; none used: a null object, or ItemNotFound', async () => {
    const model = createWorkbook([SHEET]);
    const sheet = getSheet(model, SHEET);
    setCell(sheet, 'B2', { value: 'x' });
    setCell(sheet, 'D3', { value: 1 });
    setCell(sheet, 'C9', { value: 'y' });
    // Formatting alone counts only when valuesOnly is false.
    setCell(sheet, 'F20', { numberFormat: '0.00' });
    const { excel } = real(model);
    const used = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET);
      const some = ws.getRanges('A1:H4, A5:H8, A9:H12, A17:H24').getUsedRangeAreasOrNullObject(true);
      some.load('address');
      some.areas.load('items/values');
      const formatted = ws.getRanges('A17:H24').getUsedRangeAreasOrNullObject(false).load('address');
      const none = ws.getRanges('A5:H8, A17:H24').getUsedRangeAreasOrNullObject(true).load('address');
      await context.sync();
      return { address: some.address, values: some.areas.items.map((r) => r.values), formatted: formatted.address, none: none.isNullObject };
    });
    expect(used).toEqual({
      address: `'${SHEET}'!B2:D3, '${SHEET}'!C9`,
      values: [[['x', '', ''], ['', '', 1]], [['y']]],
      formatted: `'${SHEET}'!F20`,
      none: true,
    });
    const missing = excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRanges('A5:H8').getUsedRangeAreas(true).load('address');
      await context.sync();
    });
    await expect(missing).rejects.toMatchObject({ code: 'ItemNotFound' });
    const old = real(model, { excelApi: '1.8', clientApiCheck: false });
    const tooNew = old.excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRanges('A1:H4').getUsedRangeAreasOrNullObject(true).load('address');
      await context.sync();
    });
    await expect(tooNew).rejects.toMatchObject({ code: 'ApiNotFound' });
    collect(excel);
  });

  test('InvalidArgument for a bad address', async () => {
    const { excel } = real(workbook());
    const bad = excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('not an address').load('values');
      await context.sync();
    });
    await expect(bad).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('the 5 MB limit: the host reads in chunks under it', async () => {
    const model = createWorkbook([SHEET]);
    writeTables(getSheet(model, SHEET), 300);
    const limit = 200_000;
    const { excel, host } = real(model, { platform: 'OfficeOnline', payloadLimitBytes: limit });
    const grid = await host.readSheet(SHEET);
    expect(grid.values.length).toBe(300 * 14 - 1);
    expect(excel.server.stats.maxResponseBytes).toBeLessThanOrEqual(limit);
    expect(excel.server.stats.maxRequestBytes).toBeLessThanOrEqual(limit);
  });
});

/**
 * The Office.js members the host uses (grep src/hosts/excel), by the class that has them. Each must
 * have reached the server through the real client in the tests above.
 */
const MEMBERS_USED = [
  'Workbook.worksheets', 'Workbook.names', 'Workbook.customXmlParts', 'Workbook.getSelectedRange', 'Workbook.protection',
  'WorkbookProtection.protected',
  'WorksheetCollection.getItem', 'WorksheetCollection.getItemOrNullObject', 'WorksheetCollection.getActiveWorksheet', 'WorksheetCollection.add', 'WorksheetCollection.items',
  'Worksheet.name', 'Worksheet.getRange', 'Worksheet.getRanges', 'Worksheet.getUsedRangeOrNullObject', 'Worksheet.protection', 'Worksheet.activate',
  'Worksheet.visibility', 'Worksheet.pageLayout', 'Worksheet.freezePanes', 'Worksheet._RegisterDataChangedEvent', 'Worksheet._RegisterSelectionChangedEvent',
  'WorksheetProtection.protected',
  'Range.values', 'Range.text', 'Range.numberFormat', 'Range.address', 'Range.formulas', 'Range.getCell', 'Range.getMergedAreasOrNullObject',
  'Range.select', 'Range.merge', 'Range.format', 'Range.conditionalFormats', 'Range.dataValidation', 'Range.hyperlink',
  'RangeAreas.address', 'RangeAreas.conditionalFormats', 'RangeAreas.areas', 'RangeAreas.getUsedRangeAreasOrNullObject', 'RangeCollection.items',
  'RangeFormat.fill', 'RangeFormat.font', 'RangeFormat.borders', 'RangeFormat.columnWidth', 'RangeFormat.rowHeight', 'RangeFormat.wrapText',
  'RangeFormat.horizontalAlignment', 'RangeFormat.verticalAlignment', 'RangeFill.color', 'RangeFont.bold', 'RangeFont.name', 'RangeFont.size',
  'RangeBorderCollection.getItem', 'RangeBorder.style', 'RangeBorder.weight', 'RangeBorder.color',
  'ConditionalFormatCollection.add', 'ConditionalFormatCollection.items', 'ConditionalFormatCollection.getItem',
  'ConditionalFormat.type', 'ConditionalFormat.custom', 'ConditionalFormat.delete', 'CustomConditionalFormat.rule', 'CustomConditionalFormat.format',
  'ConditionalFormatRule.formula', 'ConditionalRangeFormat.fill', 'ConditionalFill.color',
  'DataValidation.clear', 'DataValidation.rule', 'DataValidation.prompt', 'DataValidation.errorAlert',
  'WorksheetPageLayout.paperSize', 'WorksheetPageLayout.orientation', 'WorksheetPageLayout.zoom', 'WorksheetPageLayout.setPrintArea',
  'WorksheetFreezePanes.freezeRows',
  'NamedItemCollection.add', 'NamedItemCollection.getItemOrNullObject',
  'CustomXmlPartCollection.getByNamespace', 'CustomXmlPartCollection.add', 'CustomXmlPartScopedCollection.items',
  'CustomXmlPart.getXml', 'CustomXmlPart.setXml', 'CustomXmlPart.delete',
];

test('every Office.js member the host uses went through the real client', () => {
  const missing = MEMBERS_USED.filter((m) => !seen.has(m));
  expect(missing).toEqual([]);
  console.log([...seen].sort().join('\n'));
});
