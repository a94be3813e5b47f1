/** The 校验报告 sheet on the Excel stand-in: every finding, with links that lead to its cell. */
import { rectToA1 } from '../../../src/core/grid';
import { documentReference, uniqueSheetName } from '../../../src/hosts/excel/report-sheet';
import { sheetFindings } from '../../../src/taskpane/session';
import { addSheet, followLink, getCell, getSheet, type SheetModel } from '../../../src/standin';
import { reviewSetup, SHEET, workbook } from './review-fixtures';

function row(sheet: SheetModel, r: number, width = 9): unknown[] {
  return Array.from({ length: width }, (_, c) => getCell(sheet, r, c)?.value ?? null);
}

async function checkedWithIgnore(options: { excelApi?: string } = {}) {
  const s = reviewSetup(workbook(2), options);
  await s.controller.session.checkSheet(SHEET);
  const f = sheetFindings(s.controller.session.results[0]).find((x) => x.cell === 'F22' && x.rule === 'value/missing-sign');
  if (!f) throw new Error('missing finding');
  await s.controller.ignore(SHEET, f, '已核实');
  return s;
}

describe('导出报告', () => {
  test('the report sheet lists every finding, with working links', async () => {
    const { controller, model } = await checkedWithIgnore();
    const findings = sheetFindings(controller.session.results[0]);
    await expect(controller.insertReport()).resolves.toBe('校验报告');
    const report = getSheet(model, '校验报告');
    expect(model.sheets[model.activeSheet]).toBe(report);

    expect(row(report, 0)).toEqual(['工作表', '单元格', '表格', '规则', '严重程度', '问题说明', '建议值', '已忽略', '忽略原因']);
    expect(getCell(report, 0, 0)?.style).toMatchObject({ font: { bold: true }, fill: { color: '#DDEBF7' } });
    expect(report.frozen).toEqual({ rows: 1, columns: 0 });
    expect(report.columnWidths?.get(5)).toBeGreaterThan(report.columnWidths?.get(1) ?? Infinity);

    // One row per finding, ignored ones included and flagged.
    expect(findings.length).toBeGreaterThan(2);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const r = i + 1;
      expect(row(report, r).slice(0, 2)).toEqual([SHEET, f.cell]);
      expect(getCell(report, r, 6)?.value ?? null).toBe(f.suggestion ?? null);
      const ignored = f.cell === 'F22' && f.rule === 'value/missing-sign';
      expect(row(report, r).slice(7)).toEqual(ignored ? ['是', '已核实'] : ['否', null]);
      // The link leads to the finding's cell on its sheet.
      const link = getCell(report, r, 1)?.hyperlink;
      const target = followLink(model.sheets, link?.documentReference ?? '');
      expect(target?.sheet.name).toBe(SHEET);
      expect(rectToA1(target!.rect)).toBe(f.cell);
    }
    expect(getCell(report, findings.length + 1, 0)).toBeUndefined();
    // Text stays text: a suggestion such as ＝100% and every other cell are formatted as text.
    expect(getCell(report, 1, 6)?.numberFormat).toBe('@');
    expect(controller.getState().notice?.text).toBe(`已插入工作表“校验报告”，共 ${findings.length} 条记录。`);
  });

  test('a taken name gets a number', async () => {
    const { controller, model } = await checkedWithIgnore();
    addSheet(model, '校验报告');
    await expect(controller.insertReport()).resolves.toBe('校验报告 (2)');
    await expect(controller.insertReport()).resolves.toBe('校验报告 (3)');
  });

  test('before ExcelApi 1.7: HYPERLINK formulas and no frozen header', async () => {
    const { controller, model } = await checkedWithIgnore({ excelApi: '1.6' });
    await controller.insertReport();
    const report = getSheet(model, '校验报告');
    expect(report.frozen).toBeUndefined();
    expect(getCell(report, 1, 1)?.formula).toBe(`=HYPERLINK("#'绩效表'!F8","F8")`);
    expect(getCell(report, 1, 1)?.hyperlink).toBeUndefined();
  });

  test('a workbook with a protected structure: nothing is added, and the user is told what to do', async () => {
    const { controller, model } = await checkedWithIgnore();
    model.protection = { protected: true };
    const sheets = model.sheets.length;
    await expect(controller.insertReport()).rejects.toMatchObject({ code: 'protected', message: expect.stringContaining('保护工作簿') });
    expect(model.sheets).toHaveLength(sheets);
  });

  test('a large report is written in chunks of rows', async () => {
    const s = reviewSetup(workbook(1));
    const rows = Array.from({ length: 2500 }, (_, i) => [SHEET, `F${i + 1}`, 't', 'r', '警告', 'm', '', '否', '']);
    const syncs = s.standIn.stats.syncCount;
    const name = await s.host.insertReportSheet({
      name: '校验报告',
      header: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
      rows,
      links: { column: 1, targets: rows.map((r) => ({ sheet: SHEET, cell: r[1] })) },
    });
    // Names: 1; sheet, header and layout: 1; rows: 3 chunks.
    expect(s.standIn.stats.syncCount - syncs).toBe(5);
    expect(getCell(getSheet(s.model, name), 2500, 1)?.value).toBe('F2500');
  });
});

describe('report sheet helpers', () => {
  test.each<[string, string[], string]>([
    ['校验报告', [], '校验报告'],
    ['校验报告', ['校验报告'], '校验报告 (2)'],
    ['校验报告', ['校验报告', '校验报告 (2)'], '校验报告 (3)'],
    ['Report', ['report'], 'Report (2)'],
    ['x'.repeat(40), [], 'x'.repeat(31)],
    ['x'.repeat(31), ['x'.repeat(31)], `${'x'.repeat(27)} (2)`],
  ])('uniqueSheetName(%s, %j) = %s', (name, taken, expected) => expect(uniqueSheetName(name, taken)).toBe(expected));

  test.each<[string, string, string]>([
    ['绩效表', 'F14', "'绩效表'!F14"],
    ["O'Brien", 'A1', "'O''Brien'!A1"],
    ['Sheet 1', 'A1:G14', "'Sheet 1'!A1:G14"],
  ])('documentReference(%s, %s) = %s', (sheet, cell, ref) => {
    expect(documentReference(sheet, cell)).toBe(ref);
    const model = [{ name: sheet } as SheetModel];
    expect(followLink(model, ref)?.sheet.name).toBe(sheet);
  });
});
