/**
 * The reading worker hands the model to the page packed into typed arrays (src/preview/model-
 * transfer.ts). What comes out must be the model that went in: every cell, in the same order, with
 * the same value and everything else the user set, and every other part of the workbook.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { packModel, unpackModel, type PackedModel } from '../../src/preview/model-transfer';
import { cachedUsedRect, cellSnapshot, createWorkbook, getSheet, mergeCells, setCell, usedRect, type WorkbookModel } from '../../src/standin/model';
import { modelFromXlsx } from '../../src/standin/xlsx';
import { xlsxUnder } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');

/** What postMessage does with the packed model: a structured clone, its buffers moved. */
function post(model: WorkbookModel): PackedModel {
  const { packed, transfer } = packModel(model);
  const received = structuredClone(packed, { transfer });
  // Moved, not copied: the sender's buffers are detached.
  for (const buffer of transfer) expect(buffer.byteLength).toBe(0);
  return received;
}

/** The model as plain data, Maps as entry lists in order, each cell in its canonical form. */
function plain(model: WorkbookModel): unknown {
  return {
    ...model,
    sheets: model.sheets.map((s) => ({
      ...s,
      cells: [...s.cells].map(([k, c]) => [k, cellSnapshot(c)]),
      validations: s.validations && [...s.validations],
      columnWidths: s.columnWidths && [...s.columnWidths],
      rowHeights: s.rowHeights && [...s.rowHeights],
    })),
  };
}

/**
 * Each sheet's used range, as unpacking noted it for the first draw, is the one a pass over its
 * cells finds (usedRect itself, not the cache).
 */
function expectUsedRangesNoted(model: WorkbookModel): void {
  for (const sheet of model.sheets) {
    const noted = cachedUsedRect(sheet);
    expect([sheet.name, noted]).toEqual([sheet.name, usedRect(sheet, false)]);
    // Noted, not found again: the same object on every ask until a cell is written.
    expect(cachedUsedRect(sheet)).toBe(noted);
  }
}

test('a sheet with formatted cells only, or none, has the used range a pass finds', async () => {
  const model = createWorkbook(['格式', '空白', '值与格式']);
  // Formatting alone counts (a filled cell far right); a 'General' number format alone does not.
  setCell(getSheet(model, '格式'), 'F9', { value: null, style: { fill: { color: '#FFFF00' } } });
  setCell(getSheet(model, '格式'), 'B2', { value: null, numberFormat: 'General' });
  setCell(getSheet(model, '值与格式'), 'C4', { value: 1 });
  setCell(getSheet(model, '值与格式'), 'A2', { value: null, formula: '=""' });
  setCell(getSheet(model, '值与格式'), 'H1', { value: null, numberFormat: '0.00' });
  const back = await unpackModel(post(model), { slice: 1 });
  expectUsedRangesNoted(back);
  expect(back.sheets.map((s) => cachedUsedRect(s))).toEqual([
    { top: 8, left: 5, bottom: 8, right: 5 },
    undefined,
    { top: 0, left: 0, bottom: 3, right: 7 },
  ]);
});

test('every kind of value and cell property comes through, in order', async () => {
  const model = createWorkbook(['表', '第二张']);
  const s = getSheet(model, '表');
  const shared = { fill: { color: '#E2EFDA' }, borders: { top: { style: 'thin' } } };
  setCell(s, 'C3', { value: 26.5, numberFormat: '0.00', style: shared });
  setCell(s, 'A1', { value: '≥99百分之', style: shared });
  setCell(s, 'A2', { value: true });
  setCell(s, 'B2', { value: false, style: { font: { bold: true } } });
  setCell(s, 'B1', { value: null, style: { fill: { color: 'theme:4' } } });
  setCell(s, 'D1', { value: '#N/A', isError: true });
  setCell(s, 'D2', { value: 3, formula: '=1+2' });
  setCell(s, 'D3', { value: '链接', hyperlink: { address: 'https://example.invalid/', screenTip: '提示' } });
  setCell(s, 'E1', { value: -0.125 });
  setCell(s, 'E2', { value: '' });
  setCell(s, 'E3', { value: '≥99百分之' });
  mergeCells(s, 'A5:C6');
  s.rowHeights = new Map([[4, 30]]);
  s.columnWidths = new Map([[0, 80]]);
  s.selection = { top: 2, left: 2, bottom: 2, right: 2 };
  setCell(getSheet(model, '第二张'), 'A1', { value: 1 });
  model.activeSheet = 1;
  model.names = [{ name: '列表', formula: "='表'!$A$1:$A$2", visible: true, comment: '' }];
  const back = await unpackModel(post(model), { slice: 3 });
  expect(plain(back)).toEqual(plain(model));
  expectUsedRangesNoted(back);
  // Cells of one format share its style, as they did before.
  expect(back.sheets[0].cells.get(0)?.style).toBe(back.sheets[0].cells.get(2 * 16384 + 2)?.style);
});

test('the sample and every fixture come through unchanged', async () => {
  const files = [join(ROOT, 'examples', 'sample.xlsx'), ...xlsxUnder(join(ROOT, 'test', 'fixtures')).filter((f) => !f.includes('/bad/'))];
  for (const file of files) {
    const model = await modelFromXlsx(readFileSync(file));
    const back = await unpackModel(post(model), { slice: 100 });
    expect([file, plain(back)]).toEqual([file, plain(model)]);
    expectUsedRangesNoted(back);
  }
});

test('the page gets control back between slices', async () => {
  const model = createWorkbook(['表']);
  for (let r = 0; r < 1000; r++) setCell(getSheet(model, '表'), { row: r, col: 0 }, { value: r });
  let pauses = 0;
  const back = await unpackModel(post(model), { slice: 100, yieldToPage: async () => void pauses++ });
  expect(pauses).toBe(9);
  expect(back.sheets[0].cells.size).toBe(1000);
});
