import { join } from 'path';
import { Grid, parseA1, type GridInit } from '../../../src/core/engine/grid';
import { containsText, FileReadError, readWorkbook, readWorkbookFile, sniffBytes } from '../../../src/hosts/file/read';
import { dateToSerial, toCellValue, workbookToGrids } from '../../../src/hosts/file/exceljs-read';
import { buildWorkbook, workbookBytes, type SheetSpec } from '../../../src/hosts/file/write';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

function sheet(grids: GridInit[], name: string): GridInit {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

describe('values.xlsx: every kind of cell', () => {
  let grids: GridInit[];
  let values: GridInit;
  beforeAll(async () => {
    grids = await readWorkbookFile(join(FIXTURES, 'values.xlsx'));
    values = sheet(grids, 'Values');
  });

  test('one snapshot per worksheet, in tab order, blank sheets included', () => {
    expect(grids.map((g) => g.name)).toEqual(['Values', '第二页', '空白']);
    expect(sheet(grids, '第二页')).toMatchObject({ origin: { row: 0, col: 0 }, values: [['第二个工作表']] });
    expect(sheet(grids, '空白').values).toEqual([]);
  });

  test('origin is the top-left of the used cells; trailing empties and empty merges are trimmed', () => {
    expect(values.origin).toEqual({ row: 2, col: 1 }); // B3
    const grid = new Grid(values);
    expect(grid.rowCount).toBe(7); // rows 3..9: the merge B8:D9 holds a value, so row 9 counts
    expect(grid.colCount).toBe(10); // B..K: I8:K8 holds a value; L10:M11 is empty; N14 only formatted
  });

  test('numbers, text and booleans as Excel holds them, with their displayed text and format', () => {
    expect(values.values[0]).toEqual(['文本', 26.5, 1030700, 0.985, 0.985, 42, true]);
    expect(values.text?.[0]).toEqual(['文本', '26.50', '1,030,700.00', '99%', '98.50%', '42', 'TRUE']);
    expect(values.formats?.[0]).toEqual([null, '0.00', '#,##0.00', '0%', '0.00%', '@', null]);
  });

  test('formulas give their cached results (0 and false included), errors their string, no result nothing', () => {
    expect(values.values[1]).toEqual([53, 0, '文本', '#REF!', '#DIV/0!', false]);
    expect(values.text?.[1]).toEqual(['53.00', '0', '文本', '#REF!', '#DIV/0!', 'FALSE']);
    expect(new Grid(values).rawValue(3, 7)).toBeNull(); // H4 =NOW() without a cached value
  });

  test('dates are serial numbers shown through their format', () => {
    const [d1, d2, dt, d4, n1, n2, n3] = values.values[2] as number[];
    expect([d1, d2, d4, n3]).toEqual([45672, 45672, 45672, 45672]);
    expect(dt).toBeCloseTo(45672 + 13.75 / 24, 9);
    expect([n1, n2]).toEqual([1234567.891, 0.1 + 0.2]);
    expect(values.text?.[2]).toEqual(['2025-01-15', '2025年1月15日', '2025-01-15 13:45', '2025/1/15', '1234567.891', '0.3', '45672']);
  });

  test('rich text joined, hyperlinks as their text, multi-line text kept, negative and literal formats', () => {
    expect(values.values[3]).toEqual(['产出指标', '政府网站', '第一行\n第二行', -1234.5, -5, 1234, 12.5]);
    expect(values.text?.[3]).toEqual(['产出指标', '政府网站', '第一行\n第二行', '-1,234.50', '-5.00', '¥1,234', '12.50 ']);
  });

  test('merged areas are absolute 0-based rectangles clipped to the snapshot; merged cells hold no value of their own', () => {
    // L10:M11 is empty and lies wholly outside the snapshot (B3:K9): the lean reader clips merged
    // areas to the snapshot (READ_LIMITS, issue 13), where ExcelJS's path listed it.
    expect(values.merges).toEqual([parseA1('B8:D9'), parseA1('I8:K8')]);
    const grid = new Grid(values);
    expect(grid.rawValue(7, 2)).toBeNull();
    expect(grid.value(8, 3)).toBe('合并');
  });
});

describe('values converted one by one', () => {
  test.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['文本', '文本'],
    [0, 0],
    [Number.NaN, null],
    [true, true],
    [{ error: '#N/A' }, '#N/A'],
    [{ richText: [{ text: '≥' }, { text: '98%' }] }, '≥98%'],
    [{ richText: [] }, null],
    [{ text: '链接', hyperlink: 'http://x' }, '链接'],
    [{ text: { richText: [{ text: '富' }, { text: '文本' }] }, hyperlink: 'http://x' }, '富文本'],
    [{ formula: 'A1', result: 0 }, 0],
    [{ sharedFormula: 'A1', result: '是' }, '是'],
    [{ formula: 'A1', result: { error: '#VALUE!' } }, '#VALUE!'],
    [{ formula: 'A1' }, null],
    [new Date(Date.UTC(2025, 0, 15, 12)), 45672.5],
    [Symbol.for('x'), null],
  ])('%p -> %p', (raw, expected) => {
    expect(toCellValue(raw)).toEqual(expected);
  });

  test('dates in the 1904 system', () => {
    expect(dateToSerial(new Date(Date.UTC(2025, 0, 15)), true)).toBe(45672 - 1462);
  });
});

describe('a 1904 workbook read back', () => {
  test('serial numbers in the workbook system, text through the format', async () => {
    const spec: SheetSpec = { name: 'S', values: [[new Date(Date.UTC(2025, 0, 15))]], formats: [['yyyy-mm-dd']] };
    const bytes = await workbookBytes(buildWorkbook({ sheets: [spec], date1904: true }));
    const [g] = await readWorkbook(bytes);
    expect(g.values).toEqual([[45672 - 1462]]);
    expect(g.text).toEqual([['2025-01-15']]);
  });
});

describe('inputs', () => {
  test('a path, a Uint8Array and an ArrayBuffer give the same snapshots', async () => {
    const path = join(FIXTURES, 'l2.xlsx');
    const fromPath = await readWorkbook(path);
    const bytes = new Uint8Array(await import('fs/promises').then((fs) => fs.readFile(path)));
    const fromBytes = await readWorkbook(bytes);
    const fromBuffer = await readWorkbook(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(fromBytes).toEqual(fromPath);
    expect(fromBuffer).toEqual(fromPath);
  });

  test('sniffBytes and containsText', () => {
    expect(sniffBytes(new Uint8Array())).toBe('empty');
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('zip');
    expect(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('cfb');
    expect(sniffBytes(new TextEncoder().encode('PK is not enough'))).toBe('other');
    const utf16 = new Uint8Array([0, 0x57, 0, 0x6f, 0, 0x72, 0, 0x6b, 0]);
    expect(containsText(utf16.subarray(1), 'Work', true)).toBe(true);
    expect(containsText(new TextEncoder().encode('Work'), 'Work', true)).toBe(false);
    expect(containsText(new TextEncoder().encode('xl/workbook.xml'), 'xl/workbook')).toBe(true);
  });
});

describe('a 1 MB cell', () => {
  test("is past Excel's 32,767 characters per cell: one clear line, not a slow read", async () => {
    // The ExcelJS path read it whole; Excel itself cannot hold it, so the lean reader refuses it.
    const err = await readWorkbookFile(join(FIXTURES, 'bad', 'big-cell.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect((err as FileReadError).code).toBe('excel-limit');
    expect((err as FileReadError).message).toMatch(/^无法读取“.*big-cell\.xlsx”：工作表“Sheet1”中有一个单元格有 [\d,]+ 个字符，超过 Excel 每个单元格 32,767 个字符的上限/);
  });
});

describe('speed', () => {
  /** ~4,000 tables / ~63,000 rows: the sample's table sheet repeated down one sheet. */
  async function bigWorkbook(): Promise<{ bytes: Uint8Array; rows: number; merges: number }> {
    const [sample] = await readWorkbookFile(join(__dirname, '..', '..', '..', 'examples', 'sample.xlsx'));
    const copies = 572;
    const height = sample.values.length + 2;
    const values: SheetSpec['values'] = [];
    const formats: SheetSpec['formats'] = [];
    const merges: NonNullable<SheetSpec['merges']> = [];
    for (let k = 0; k < copies; k++) {
      for (let r = 0; r < height; r++) {
        values.push(sample.values[r] ?? []);
        formats.push(sample.formats?.[r] ?? []);
      }
      for (const m of sample.merges ?? []) merges.push({ top: m.top + k * height, left: m.left, bottom: m.bottom + k * height, right: m.right });
    }
    const bytes = await workbookBytes(buildWorkbook({ sheets: [{ name: 'S', values, formats, merges }] }));
    return { bytes, rows: values.length, merges: merges.length };
  }

  test('converting a 60,000-row, 4,000-table sheet keeps every row and merge', async () => {
    const { bytes, rows, merges } = await bigWorkbook();
    expect(rows).toBeGreaterThan(60000);
    const { loadWorkbook } = await import('../../../src/hosts/file/exceljs-read');
    const wb = await loadWorkbook(bytes);
    const [g] = workbookToGrids(wb);
    expect(g.values.length).toBe(rows - 2);
    expect(g.merges).toHaveLength(merges);
  }, 120000);
});
