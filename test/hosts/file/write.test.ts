import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
import ExcelJS from 'exceljs';
import { parseA1, type GridInit } from '../../../src/core/engine/grid';
import '../../../src/hosts/file/exceljs-patch';
import { readWorkbook } from '../../../src/hosts/file/read';
import {
  buildWorkbook,
  displayWidth,
  FIXED_DATE,
  fitRowHeights,
  setZipTimestamps,
  workbookBytes,
  type SheetSpec,
} from '../../../src/hosts/file/write';

/** Every entry's DOS time and date from a zip's central directory. */
function zipStamps(bytes: Uint8Array): [number, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const stamps: [number, number][] = [];
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    stamps.push([view.getUint16(p + 12, true), view.getUint16(p + 14, true)]);
    const local = view.getUint32(p + 42, true);
    stamps.push([view.getUint16(local + 10, true), view.getUint16(local + 12, true)]);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return stamps;
}

const GRID: GridInit = {
  name: '绩效目标表',
  origin: { row: 4, col: 2 },
  values: [
    ['项目名称', '2025年司法救助项目-2025中央', null, null],
    ['预算数', 10, '其中：财政资金', 100000],
    [null, '用于司法救助'],
    ['≥10人', true, '#N/A'],
  ],
  text: [
    ['项目名称', '2025年司法救助项目-2025中央'],
    ['预算数', '10.00', '其中：财政资金', '100,000.00'],
    [null, '用于司法救助'],
    ['≥10人', 'TRUE', '#N/A'],
  ],
  formats: [[], [null, '0.00', null, '#,##0.00'], [], []],
  merges: [parseA1('D5:F5'), parseA1('C6:C7')],
};

describe('writing a GridInit-like spec', () => {
  test('reads back as the same snapshot', async () => {
    const spec: SheetSpec = { ...GRID, values: GRID.values.map((r) => r.map((v) => (v === '#N/A' ? { error: '#N/A' } : v))) };
    const [g] = await readWorkbook(await workbookBytes(buildWorkbook({ sheets: [spec] })));
    expect(g.name).toBe(GRID.name);
    expect(g.origin).toEqual(GRID.origin);
    expect(g.values).toEqual([
      ['项目名称', '2025年司法救助项目-2025中央', null, null], // widened to the end of D5:F5
      ['预算数', 10, '其中：财政资金', 100000],
      [null, '用于司法救助'],
      ['≥10人', true, '#N/A'],
    ]);
    expect(g.text).toEqual(GRID.text);
    expect(g.formats?.[1]).toEqual([null, '0.00', null, '#,##0.00']);
    expect(g.merges).toEqual(expect.arrayContaining(GRID.merges ?? []));
  });

  test('styles, widths, heights, notes and validations reach the file', async () => {
    const spec: SheetSpec = {
      name: 'S',
      values: [['一级指标', null]],
      styles: [
        { area: parseA1('A1:B2'), border: 'thin', font: { name: '仿宋', size: 11 } },
        { area: parseA1('A1'), font: { bold: true }, fill: 'FFDDEBF7', alignment: { wrapText: true } },
      ],
      columnWidths: { 0: 16, 1: 24 },
      rowHeights: { 1: 40 },
      notes: [{ row: 0, col: 0, text: '请选择一级指标' }],
      validations: [{ area: parseA1('A2:A3'), rule: { type: 'list', allowBlank: true, formulae: ['"产出指标,效益指标,满意度指标"'] } }],
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(buildWorkbook({ sheets: [spec] }))) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').font).toMatchObject({ name: '仿宋', size: 11, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ wrapText: true });
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDDEBF7');
    expect(ws.getCell('B2').border?.bottom?.style).toBe('thin'); // an empty cell of the area
    expect(ws.getColumn(2).width).toBe(24);
    expect(ws.getRow(2).height).toBe(40);
    expect(ws.getCell('A1').note).toBe('请选择一级指标');
    expect(ws.getCell('A3').dataValidation).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'] });
  });

  test('overlapping merged areas are refused', () => {
    expect(() => buildWorkbook({ sheets: [{ name: 'S', values: [], merges: [parseA1('A1:B2'), parseA1('B2:C3')] }] })).toThrow(
      'Cannot merge already merged cells',
    );
  });
});

describe('reproducible output', () => {
  test('the same spec gives the same bytes, every zip entry stamped with the fixed date', async () => {
    const spec = { sheets: [{ name: 'S', values: [['a', 1]] }] };
    const a = await workbookBytes(buildWorkbook(spec));
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second resolution
    const b = await workbookBytes(buildWorkbook(spec));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const dosTime = 0; // 00:00:00
    const dosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
    expect(new Set(zipStamps(a).map(([t, d]) => `${t}/${d}`))).toEqual(new Set([`${dosTime}/${dosDate}`]));
    expect(FIXED_DATE.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  }, 10000);

  test('setZipTimestamps rewrites an archive in place and refuses other bytes', async () => {
    const bytes = await workbookBytes(buildWorkbook({ sheets: [{ name: 'S', values: [['a']] }] }));
    setZipTimestamps(bytes, new Date(Date.UTC(2030, 5, 15, 10, 30, 20)));
    const stamps = zipStamps(bytes);
    expect(stamps[0]).toEqual([(10 << 11) | (30 << 5) | 10, ((2030 - 1980) << 9) | (6 << 5) | 15]);
    const [g] = await readWorkbook(bytes);
    expect(g.values).toEqual([['a']]);
    expect(() => setZipTimestamps(new TextEncoder().encode('not a zip at all, not at all'), FIXED_DATE)).toThrow('Not a zip archive');
  });
});

describe('row heights for wrapped text', () => {
  test.each([
    ['ASCII', 'abc', 3],
    ['CJK counts two', '绩效目标', 8],
    ['full-width colon', '单位：万元', 10],
  ])('displayWidth: %s', (_what, s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  test('a long merged text gets room for its lines; short texts keep the default height', () => {
    const goals = '1.对我院检察工作网进行等保测评评估和商用密码安全性评估。\n2.对我院安全产品进行特征库升级。';
    const heights = fitRowHeights({
      name: 'S',
      values: [['绩效目标', goals], ['项目名称', '短']],
      merges: [parseA1('B1:G1')],
      columnWidths: { 0: 14, 1: 14, 2: 22, 3: 20, 4: 14, 5: 12, 6: 14 },
    });
    // 96 columns of room: the first goal (55 wide) and the second (32 wide) take one line each.
    expect(heights).toEqual({ 0: 34 });
    const narrow = fitRowHeights({ name: 'S', values: [['绩效目标', goals]], columnWidths: { 1: 10 } });
    expect(narrow[0]).toBeGreaterThan(100);
    expect(narrow[1]).toBeUndefined();
  });
});

describe('merging many areas stays linear (ExcelJS patch)', () => {
  test('20,000 merges stay linear, and overlaps still refused', () => {
    const merge = (n: number): ExcelJS.Worksheet => {
      const sheet = new ExcelJS.Workbook().addWorksheet('S');
      for (let i = 0; i < n; i++) sheet.mergeCells(i + 1, 1, i + 1, 3);
      return sheet;
    };
    // 2,000 and 20,000 merges: 10× the merges, not 100× the time (unpatched ExcelJS is quadratic).
    expect(growthRatio(merge, 2000, 2)).toBeLessThan(LINEAR_BOUND);
    const ws = merge(20000);
    expect(() => ws.mergeCells(5, 2, 6, 4)).toThrow('Cannot merge already merged cells');
    expect(() => ws.mergeCells(20001, 3, 20002, 4)).not.toThrow(); // just below the last one
    expect(ws.getCell('B5').isMerged).toBe(true);
    ws.unMergeCells('A1:C1');
    expect(() => ws.mergeCells('A1:B1')).not.toThrow();
  });
});
