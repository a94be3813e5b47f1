/** The 校验报告 sheet on the Excel stand-in: every finding, with links that lead to its cell. */
import { rectToA1 } from '../../../src/core/engine/grid';
import { documentReference, uniqueSheetName } from '../../../src/hosts/excel/report-sheet';
import { sheetFindings } from '../../../src/taskpane/session';
import { addSheet, followLink, getCell, getSheet, setCell, type SheetModel } from '../../../src/standin';
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
  /** The report's table starts below the 7 lines of its title block and a blank line. */
  const HEADER = 8;
  const RANK = { error: 0, warning: 1, info: 2 } as const;

  test('the report sheet: a title block, then every finding errors first, with working links', async () => {
    const { controller, model } = await checkedWithIgnore();
    const all = sheetFindings(controller.session.results[0]);
    const isIgnored = (f: (typeof all)[number]) => f.cell === 'F22' && f.rule === 'value/missing-sign';
    // Still to review first, errors before warnings before notes; the ignored one last.
    const findings = [...all].sort((a, b) => Number(isIgnored(a)) - Number(isIgnored(b)) || RANK[a.severity] - RANK[b.severity]);
    await expect(controller.insertReport()).resolves.toBe('校验报告');
    const report = getSheet(model, '校验报告');
    expect(model.sheets[model.activeSheet]).toBe(report);

    const lines = Array.from({ length: HEADER }, (_, r) => getCell(report, r, 0)?.value ?? null);
    expect(lines[0]).toBe('项目支出绩效目标表校验报告');
    expect(getCell(report, 0, 0)?.style).toMatchObject({ font: { bold: true, size: 14 } });
    expect(lines[1]).toContain('perf-target:report');
    expect(lines[2]).toBe('文件：当前工作簿');
    expect(lines[3]).toMatch(/^日期：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[4]).toBe('指标体系：2015 版（财预〔2015〕88号） 2 张（共 2 张表）');
    const count = (s: string) => all.filter((f) => !isIgnored(f) && f.severity === s).length;
    expect(lines[5]).toBe(`错误 ${count('error')} 个 · 警告 ${count('warning')} 个 · 提示 ${count('info')} 个 · 已忽略 1 个`);
    expect(lines[6]).toMatch(/^指标值 \d+ 个 · 预算 \d+ 个 · 结构 \d+ 个 · 内容 \d+ 个$/);
    expect(lines[7]).toBeNull();

    expect(row(report, HEADER)).toEqual(['工作表', '单元格', '表格', '规则', '严重程度', '问题说明', '建议值', '已忽略', '忽略原因']);
    expect(getCell(report, HEADER, 0)?.style).toMatchObject({ font: { bold: true }, fill: { color: '#DDEBF7' } });
    expect(report.frozen).toEqual({ rows: HEADER + 1, columns: 0 });
    expect(report.columnWidths?.get(5)).toBeGreaterThan(report.columnWidths?.get(1) ?? Infinity);

    expect(findings.length).toBeGreaterThan(2);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const r = HEADER + 1 + i;
      expect(row(report, r).slice(0, 2)).toEqual([SHEET, f.cell]);
      expect(getCell(report, r, 6)?.value ?? null).toBe(f.suggestion ?? null);
      expect(row(report, r).slice(7)).toEqual(isIgnored(f) ? ['是', '已核实'] : ['否', null]);
      // The message wraps in its wide column.
      expect(getCell(report, r, 5)?.style?.alignment?.wrapText).toBe(true);
      const link = getCell(report, r, 1)?.hyperlink;
      const target = followLink(model.sheets, link?.documentReference ?? '');
      expect(target?.sheet.name).toBe(SHEET);
      expect(rectToA1(target!.rect)).toBe(f.cell);
    }
    expect(getCell(report, HEADER + 1 + findings.length, 0)).toBeUndefined();
    expect(getCell(report, HEADER + 1, 6)?.numberFormat).toBe('@');
    // Ready to print and file: A4 landscape, one page wide, the whole report as print area.
    expect(report.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(report.pageLayout?.printArea?.map((a) => rectToA1(a))).toEqual([`A1:I${HEADER + 1 + findings.length}`]);
    expect(controller.getState().notice?.text).toBe(`已插入工作表“校验报告”，共 ${findings.length} 条记录。`);
  });

  test("exporting again replaces our report; a user's sheet of the same name is never touched", async () => {
    const { controller, model } = await checkedWithIgnore();
    await controller.insertReport();
    await expect(controller.insertReport()).resolves.toBe('校验报告');
    expect(model.sheets.filter((s) => s.name.startsWith('校验报告')).map((s) => s.name)).toEqual(['校验报告']);

    // A user's own 校验报告 (no tag in its second line) stays as it is; ours goes beside it.
    const s2 = await checkedWithIgnore();
    const mine = addSheet(s2.model, '校验报告');
    setCell(mine, { row: 1, col: 0 }, { value: '本单位自查记录' });
    await expect(s2.controller.insertReport()).resolves.toBe('校验报告 (2)');
    await expect(s2.controller.insertReport()).resolves.toBe('校验报告 (2)');
    expect(getCell(getSheet(s2.model, '校验报告'), 1, 0)?.value).toBe('本单位自查记录');
    expect(s2.model.sheets.map((s) => s.name).filter((n) => n.startsWith('校验报告'))).toEqual(['校验报告', '校验报告 (2)']);
  });

  test('before ExcelApi 1.7: HYPERLINK formulas and no frozen header', async () => {
    const { controller, model } = await checkedWithIgnore({ excelApi: '1.6' });
    await controller.insertReport();
    const report = getSheet(model, '校验报告');
    expect(report.frozen).toBeUndefined();
    const first = getCell(report, HEADER + 1, 1);
    expect(first?.formula).toMatch(/^=HYPERLINK\("#'绩效表'!F\d+","F\d+"\)$/);
    expect(first?.hyperlink).toBeUndefined();
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
    // Names: 1; sheet, header and layout: 1; rows: 3 chunks (no earlier report: no tag to read).
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
