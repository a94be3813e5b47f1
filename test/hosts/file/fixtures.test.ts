/**
 * The committed fixtures and sample: what their sidecars promise is really in them, they are built
 * from the seed as the scripts say, and regenerating them gives the same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { join } from 'path';
import { Grid, parseA1, type GridInit } from '../../../src/core/engine/grid';
import { readWorkbookFile } from '../../../src/hosts/file/read';
import { buildFixtures } from '../../../scripts/make-fixtures';
import { buildSample, SAMPLE_PATH, SAMPLE_SHEET } from '../../../scripts/make-sample';
import { amount, loadSeed, parseSeed, rowWeights, SEED_PATH, splitValue, type ExpectedTable } from '../../../scripts/seed-layouts';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const hasSeed = existsSync(SEED_PATH);
const withSeed = hasSeed ? test : test.skip;

interface Sidecar {
  file: string;
  description: string;
  sheets: { name: string; tables: ExpectedTable[]; header?: string; summaryRow?: string | null }[];
}

const sidecars: Sidecar[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Sidecar);

async function grids(file: string): Promise<Grid[]> {
  return (await readWorkbookFile(join(FIXTURES, file))).map((g: GridInit) => new Grid(g));
}

function cellsOf(grid: Grid, a1: string): { row: number; col: number; text: string; value: unknown }[] {
  const r = parseA1(a1);
  const out = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) out.push({ row, col, text: grid.text(row, col), value: grid.value(row, col) });
  }
  return out;
}

function at(grid: Grid, a1: string): { value: unknown; text: string; format: string } {
  const { top, left } = parseA1(a1);
  return { value: grid.rawValue(top, left), text: grid.rawText(top, left), format: grid.format(top, left) };
}

describe('the seed', () => {
  withSeed('seven tables with their fields, texts kept exactly', () => {
    const seed = loadSeed();
    expect(seed).toHaveLength(7);
    const [t1] = seed;
    expect(t1).toMatchObject({
      number: 1,
      title: '1.2025年检察业务信息化运维项目-2025中央绩效目标表',
      unitName: '263101天津市西青区人民检察院',
      moneyUnit: '单位：万元',
      projectName: '2025年检察业务信息化运维项目-2025中央',
      total: '26.50',
      fiscalLabel: '其中：财政    资金',
      fiscal: '26.50',
      other: '',
      use: '用于信息化运维服务费用',
      goals: '1.保障办公办案正常进行。',
      header: ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    });
    expect(t1.indicators[1]).toEqual({ level1: '', level2: '质量指标', level3: '运维服务质量', description: '运维服务质量', value: '保障软、硬件正常运转。' });
    expect(t1.indicators[6].value).toBe('≥99百分之');
    expect(seed[3].goals).toBe('1.对我院检察工作网进行等保测评评估和商用密码安全性评估。\n2.对我院安全产品进行特征库升级。');
    expect(seed[4].indicators).toHaveLength(8);
    expect(seed.map((t) => t.indicators.length)).toEqual([7, 7, 7, 7, 8, 7, 6]);
  });

  test('a seed that does not have the expected shape is refused', () => {
    expect(() => parseSeed('no tables here')).toThrow('No tables');
    expect(() => parseSeed('[bookmark: _Toc_1]1.标题\n\t单位\n\n\t项目名称\n\t名称\n')).toThrow('Seed table 1: unexpected');
  });

  test.each([
    ['≥200次', { qualitative: false, sign: '≥', number: 200, unit: '次' }],
    ['≤26.5万', { qualitative: false, sign: '≤', number: 26.5, unit: '万' }],
    ['≥99百分之', { qualitative: false, sign: '≥', number: 99, unit: '百分之' }],
    ['100%', { qualitative: false, sign: '', number: 100, unit: '%' }],
    ['=100%', { qualitative: false, sign: '＝', number: 100, unit: '%' }],
    ['促进依法治区', { qualitative: true, sign: '', number: null, unit: '' }],
  ])('splitValue(%p)', (value, expected) => {
    expect(splitValue(value)).toMatchObject(expected);
  });

  test('amounts in 万元 and 元', () => {
    expect(amount('26.50', '元')).toBe(265000);
    expect(amount('13.61', '元')).toBe(136100);
    expect(amount('', '万元')).toBe(0);
  });

  withSeed('weights add up to 100 in every table', () => {
    for (const t of loadSeed()) expect(rowWeights(t).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe.each(sidecars.map((s) => [s.file, s] as const))('%s holds what its sidecar lists', (file, sidecar) => {
  let sheets: Grid[];
  beforeAll(async () => {
    sheets = await grids(file);
  });

  test('sheets and tables', () => {
    expect(sheets.map((g) => g.name)).toEqual(sidecar.sheets.map((s) => s.name));
    for (const [i, s] of sidecar.sheets.entries()) {
      const grid = sheets[i];
      for (const t of s.tables) {
        const range = parseA1(t.range);
        const cells = cellsOf(grid, t.range);
        // The title on the first row, the project name somewhere in the table.
        if (t.title !== null) expect(grid.text(range.top, range.left)).toBe(t.title);
        expect(cells.some((c) => c.text === t.project)).toBe(true);
        // The header row inside the range (or just above it in L4) names the levels.
        const header = cellsOf(grid, t.header).map((c) => c.text);
        expect(header).toEqual(expect.arrayContaining(['一级指标', '二级指标', '三级指标']));
        // One value per indicator, all filled.
        const values = cellsOf(grid, t.values);
        expect(values).toHaveLength(t.indicators);
        expect(values.every((c) => c.text.trim() !== '')).toBe(true);
        expect(parseA1(t.values).bottom).toBe(range.bottom);
        // The budget total is in the table, as a number or as text.
        const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')));
        expect(cells.some((c) => c.value !== null && asNumber(c.value) === t.budget.total)).toBe(true);
        expect(t.budget.total).toBeCloseTo(t.budget.fiscal + t.budget.other, 2);
      }
    }
  });
});

describe('layout details', () => {
  test('L1: text amounts, 一级 merged down, description and value over two merged columns', async () => {
    const [g] = await grids('l1.xlsx');
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect([g.rowCount, g.colCount]).toEqual([14, 7]);
    expect(at(g, 'C4')).toEqual({ value: '26.50', text: '26.50', format: '@' });
    expect(at(g, 'D4').value).toBe('其中：财政    资金');
    expect(at(g, 'G4').value).toBeNull();
    expect(at(g, 'G2').value).toBe('单位：万元');
    for (const m of ['A1:G1', 'A4:A5', 'B5:G5', 'B6:G6', 'D7:E7', 'F7:G7', 'A8:A11', 'D14:E14', 'F14:G14']) {
      expect(g.merges).toContainEqual(parseA1(m));
    }
    expect(g.mergeAt(11, 0)).toBeUndefined(); // the seed writes 效益指标 twice: not merged
    expect(g.text(9, 0)).toBe('产出指标');
    expect(at(g, 'B6').value).toBe('1.保障办公办案正常进行。');
  });

  test('L2: numbers with 0.00, a formula with its cached result, 一级 only on its first row', async () => {
    const [g] = await grids('l2.xlsx');
    expect(at(g, 'B4')).toEqual({ value: 10, text: '10.00', format: '0.00' });
    expect(at(g, 'D4')).toEqual({ value: 10, text: '10.00', format: '0.00' });
    expect(at(g, 'A5').value).toBe('其他资金');
    expect(at(g, 'B5').value).toBeNull();
    expect(at(g, 'A6').value).toBe('资金用途');
    expect(at(g, 'A9').value).toBe('产出指标');
    expect(at(g, 'A10').value).toBeNull();
    expect(g.mergeAt(9, 0)).toBeUndefined();
    expect(g.merges.filter((m) => m.top >= 7)).toEqual([]);
  });

  test.each([
    ['l3-symbols.xlsx', 'D8:G8', ['≥', '200', '次', '正向'], '指标方向'],
    ['l3-words.xlsx', 'D8:G8', ['大于等于', '2', '次', '正向'], '指标方向'],
    ['l3-nature-direction.xlsx', 'D8:G8', ['反向', '1', '台', '小于等于'], '指标方向'],
    ['l3-directionality.xlsx', 'D8:G8', ['≥', '10', '人', '正向指标'], '指标方向性'],
    ['l3-target.xlsx', 'D8:G8', ['≥', '5', '个', '正向'], '指标方向'],
  ])('%s: split value columns', async (file, first, expected, directionHeader) => {
    const [g] = await grids(file);
    expect(cellsOf(g, first).map((c) => c.text)).toEqual(expected);
    expect(at(g, 'G7').value).toBe(directionHeader);
    expect(typeof at(g, 'E8').value).toBe('number');
    const weights = cellsOf(g, `H8:H${g.lastRow + 1}`).map((c) => c.value as number);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    const qualitative = cellsOf(g, `D8:D${g.lastRow + 1}`).filter((c) => c.text === '定性');
    expect(qualitative.length).toBeGreaterThan(0);
  });

  test('L3 target variant is named 目标值 / 计量单位 / 权重', async () => {
    const [g] = await grids('l3-target.xlsx');
    expect(cellsOf(g, 'A7:H7').map((c) => c.text)).toEqual(['一级指标', '二级指标', '三级指标', '指标性质', '目标值', '计量单位', '指标方向', '权重']);
  });

  test('L4 merged: text amounts in 元, a total row, project columns and 一级 merged down', async () => {
    const [g] = await grids('l4-merged.xlsx');
    expect(at(g, 'M1').value).toBe('单位：元');
    expect(at(g, 'A3').value).toBe('合计');
    expect(at(g, 'D3').value).toBe('1,400,000.00');
    expect(at(g, 'D4')).toEqual({ value: '265,000.00', text: '265,000.00', format: '@' });
    expect(at(g, 'F4').value).toBe('产出指标(50分)');
    expect(at(g, 'I4').value).toBe('正向');
    expect(at(g, 'J4').value).toBe('大于等于');
    for (const m of ['A4:A10', 'E4:E10', 'F4:F7', 'A11:A18']) expect(g.merges).toContainEqual(parseA1(m));
  });

  test('L4 first row: numeric amounts with #,##0.00, project cells only on the first row', async () => {
    const [g] = await grids('l4-first-row.xlsx');
    expect(at(g, 'D3')).toEqual({ value: 100000, text: '100,000.00', format: '#,##0.00' });
    expect(at(g, 'A4').value).toBeNull();
    expect(at(g, 'F4').value).toBeNull();
    expect(at(g, 'I3').value).toBe('≥');
    expect(at(g, 'J3').value).toBe('正向');
    expect(g.merges).toEqual([]);
  });

  test('stacked: three tables from A1 with blank rows between', async () => {
    const [g] = await grids('stacked.xlsx');
    expect(g.origin).toEqual({ row: 0, col: 0 });
    for (const row of [14, 15, 16, 31]) expect(g.isRowBlank(row)).toBe(true);
    expect(g.merges).toContainEqual(parseA1('B9:B10')); // 时效指标 twice, merged
  });

  test('offset: tables at C5 and C30, ASCII colons, amounts in 元 as numbers', async () => {
    const [g] = await grids('offset.xlsx');
    expect(g.origin).toEqual({ row: 4, col: 2 });
    expect(at(g, 'I6').value).toBe('单位:元');
    expect(at(g, 'E8')).toEqual({ value: 120000, text: '120,000.00', format: '#,##0.00' });
    expect(at(g, 'F8').value).toBe('其中:财政    资金');
    expect(at(g, 'C30').value).toBe('263101天津市西青区人民检察院');
    expect(at(g, 'C31').value).toBe('项目名称');
  });
});

describe('the sample workbook', () => {
  test('seven L1 tables on one sheet named 绩效目标表, two blank rows between, real formatting', async () => {
    const [g, ...rest] = await readWorkbookFile(SAMPLE_PATH);
    expect(rest).toEqual([]);
    expect(g.name).toBe(SAMPLE_SHEET);
    const grid = new Grid(g);
    const titles: number[] = [];
    for (let r = 0; r <= grid.lastRow; r++) if (/^\d\.\d{4}年.*绩效目标表$/.test(grid.rawText(r, 0))) titles.push(r);
    expect(titles).toHaveLength(7);
    for (const r of titles.slice(1)) {
      expect(grid.isRowBlank(r - 1)).toBe(true);
      expect(grid.isRowBlank(r - 2)).toBe(true);
      expect(grid.isRowBlank(r - 3)).toBe(false);
    }
    expect(grid.rawText(13, 5)).toBe('≥99百分之');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
    expect(ws.getCell('C8').font).toMatchObject({ name: '仿宋', size: 11 });
    expect(ws.getCell('G4').border?.right?.style).toBe('thin');
    expect(ws.getCell('B6').alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(3).width).toBe(24);
  });
});

describe('regenerating', () => {
  withSeed('the fixtures give the committed bytes', async () => {
    const files = await buildFixtures(loadSeed());
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const committed = readFileSync(join(FIXTURES, f.path));
      expect({ path: f.path, same: committed.equals(Buffer.from(f.bytes)) }).toEqual({ path: f.path, same: true });
    }
  }, 30000);

  withSeed('the sample gives the committed bytes', async () => {
    const { bytes, tables } = await buildSample(loadSeed());
    expect(tables.map((t) => t.range)).toEqual(['A1:G14', 'A17:G30', 'A33:G46', 'A49:G62', 'A65:G79', 'A82:G95', 'A98:G110']);
    expect(readFileSync(SAMPLE_PATH).equals(Buffer.from(bytes))).toBe(true);
  });
});
