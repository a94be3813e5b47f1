/**
 * Addresses and values as Excel gives them, through Microsoft's client: text Excel's input parser
 * would turn into a number, time, date, fraction, boolean, error or formula is written so that it
 * stays the text the user sees (fixes, undo, template), whole columns and rows, sheet names with
 * spaces, quotes and CJK, hidden sheets.
 */
import { buildTemplate } from '../../src/core/review/template';
import { ExcelHost } from '../../src/hosts/excel';
import { excelAddress, parseAreaList, parseReference } from '../../src/hosts/excel/address';
import { createWorkbook, getCell, getSheet, setCell, type WorkbookModel } from '../../src/standin';
import { createRealExcel } from './client';

/** Text that Excel would store as something else if written as it is. */
const COERCED = ['26.50', '001', '1e3', '98%', '(5)', '¥1,000', 'TRUE', 'false', '9:30', '9:30 PM', '1 1/2', '1/2', '2025-01-01', '2025年12月', '12月5日', '#N/A', '#DIV/0!', '=A1', '+5', '-5'];
/** Text Excel keeps as it is: written without a `'`. */
const KEPT = ['有效保障', '≥95%', '≤24小时', '2025年12月底前', '≥200次', 'abc 1/2', '100万元'];

const SHEET = "It's 表 1";

function setupReal(model: WorkbookModel = createWorkbook([SHEET])) {
  const excel = createRealExcel(model);
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
  return { excel, host, model };
}

function cellAt(model: WorkbookModel, a1: string) {
  const r = parseReference(a1);
  return getCell(getSheet(model, SHEET), r.top, r.left);
}

describe('Excel’s input parser (the server)', () => {
  test.each(COERCED)('%s written as it is becomes something else', async (text) => {
    const { excel, model } = setupReal();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A1').values = [[text]];
      await context.sync();
    });
    const cell = cellAt(model, 'A1');
    expect(cell?.value !== text || cell?.formula !== undefined || cell?.isError === true).toBe(true);
  });
});

describe('writes round-trip as the text the user sees', () => {
  test.each([...COERCED, ...KEPT])('%s: fix (writeValues), on General and 0.00 cells, then undo', async (text) => {
    const { host, model } = setupReal();
    const sheet = getSheet(model, SHEET);
    setCell(sheet, 'B2', { value: 1.5, numberFormat: '0.00' });
    setCell(sheet, 'C2', { value: 'old' });
    const results = await host.writeValues(SHEET, [
      { cell: 'B2', value: text, expected: 1.5 },
      { cell: 'C2', value: text, expected: 'old' },
    ]);
    expect(results.every((r) => r.written)).toBe(true);
    for (const [a1, format] of [['B2', '0.00'], ['C2', undefined]] as const) {
      const cell = cellAt(model, a1);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.isError).toBeUndefined();
      expect(cell?.numberFormat ?? 'General').toBe(format ?? 'General');
      expect(cell?.style?.quotePrefix).toBeUndefined();
    }
    // Read back through the client, as the pane does after a fix.
    const grid = await host.readRange(SHEET, 'B2:C2');
    expect(grid.values[0]).toEqual([text, text]);
    // Undo: the previous values go back exactly.
    await host.writeValues(SHEET, results.map((r) => ({ cell: r.cell, value: r.previous, expected: text })).reverse());
    expect(cellAt(model, 'B2')).toMatchObject({ value: 1.5, numberFormat: '0.00' });
    expect(cellAt(model, 'C2')?.value).toBe('old');
  });

  test.each([...COERCED, ...KEPT])('%s: writeValue keeps the text (a leading apostrophe only where needed)', async (text) => {
    const { host, model } = setupReal();
    await host.writeValue(SHEET, 'D4', text);
    expect(cellAt(model, 'D4')?.value).toBe(text);
    expect(cellAt(model, 'D4')?.formula).toBeUndefined();
    expect(cellAt(model, 'D4')?.style?.quotePrefix === true).toBe(COERCED.includes(text));
  });

  test('template: every cell holds the text of the template spec', async () => {
    const { host, model } = setupReal();
    const options = { scheme: '2015' as const, unit: '万元' as const, project: '2026年项目 1/2' };
    const placed = await host.insertTemplate(options, 'new-sheet');
    const spec = buildTemplate({ ...options, locale: 'zh-CN' });
    const sheet = getSheet(model, placed.sheet);
    for (const c of spec.cells) {
      if (c.value === null) continue;
      expect([c.row, c.col, getCell(sheet, c.row, c.col)?.value]).toEqual([c.row, c.col, c.value]);
    }
  });
});

describe('addresses as Excel gives them', () => {
  test('whole columns, whole rows, quoted sheet names, area lists', () => {
    expect(parseReference("'It''s 表 1'!C:C")).toEqual({ top: 0, left: 2, bottom: 1048575, right: 2 });
    expect(parseReference('Sheet1!$3:$5')).toEqual({ top: 2, left: 0, bottom: 4, right: 16383 });
    expect(parseAreaList("'a,b!'!A1:B2, 'a,b!'!D:E, 'a,b!'!7:7")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 3, bottom: 1048575, right: 4 },
      { top: 6, left: 0, bottom: 6, right: 16383 },
    ]);
    expect(excelAddress({ top: 0, left: 2, bottom: 1048575, right: 2 })).toBe('C:C');
    expect(excelAddress({ top: 2, left: 0, bottom: 2, right: 16383 })).toBe('3:3');
  });

  test.each([
    ['C:C', { top: 0, left: 2, bottom: 1048575, right: 2 }, 'C1'],
    ['3:3', { top: 2, left: 0, bottom: 2, right: 16383 }, 'A3'],
  ])('template after clicking the %s header goes to its first cell', async (_label, selection, first) => {
    const { host, model } = setupReal();
    getSheet(model, SHEET).selection = selection;
    const placed = await host.insertTemplate({ scheme: '2015', unit: '万元', project: '项目' }, 'active-cell');
    expect(placed.address.split(':')[0]).toBe(first);
  });

  test.each(['Hidden', 'VeryHidden'] as const)('a cell on a %s sheet cannot be selected: said in Chinese', async (visibility) => {
    const model = createWorkbook(['封面', SHEET]);
    getSheet(model, SHEET).visibility = visibility;
    const { host } = setupReal(model);
    const err = await host.select(SHEET, 'A1').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'hidden' });
    expect((err as Error).message).toContain('已隐藏');
    expect(model.activeSheet).toBe(0);
  });
});
