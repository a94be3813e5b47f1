/**
 * Round 11: the reader's limits held each sheet, but a workbook repeats sheets at no cost. A 99 KB
 * file of 200 sheets, each holding A1 and XFD1048576 (every row of the snapshot a slot in three
 * arrays, about 27 MB a sheet), took the command line to 4.3 GB and V8's out-of-memory crash: a
 * stack dump, exit 134, no other file reported. 60 sheet parts of 4 MB of tiny cells each (under
 * the inflate ratio's 4 MB floor, 960 KB on disk) made 15,000,000 cells: 1.8 GB and minutes.
 * READ_LIMITS now counts cells, snapshot rows and merged rows over the whole workbook too.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReadError, READ_LIMITS, readWorkbookDetailed } from '../../../src/hosts/file/read';
import { book, colName } from '../../helpers/hostile-unseen';
import { BIN, ensureCliCompiled } from '../../helpers/cli-build';

/** One sheet: a label in A1 and a number in the last row (and column), as many times as asked. */
function tallSheets(count: number, lastCell = 'XFD1048576', merges = ''): Uint8Array {
  const body = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row><row r="${lastCell.replace(/^[A-Z]+/, '')}"><c r="${lastCell}"><v>1</v></c></row></sheetData>${merges}`;
  return book({ sheets: Array.from({ length: count }, (_, i) => ({ name: `表${i + 1}`, body })) });
}

/** `count` sheets of `rows` rows of ten numbers each. */
function cellSheets(count: number, rows: number): Uint8Array {
  const xml: string[] = [];
  for (let r = 1; r <= rows; r++) xml.push(`<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c r="${colName(c)}${r}"><v>${c}</v></c>`).join('')}</row>`);
  const body = `<sheetData>${xml.join('')}</sheetData>`;
  return book({ sheets: Array.from({ length: count }, (_, i) => ({ name: `S${i + 1}`, body })) });
}

function refusal(bytes: Uint8Array, limits: Parameters<typeof readWorkbookDetailed>[2] = {}): FileReadError {
  try {
    readWorkbookDetailed(bytes, 'w.xlsx', limits);
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  throw new Error('read without a refusal');
}

describe('limits over the whole workbook (the reader)', () => {
  test('sheets reaching row 1,048,576: eight are read, twelve are refused in one line', () => {
    expect(readWorkbookDetailed(tallSheets(8, 'A1048576'), 'w.xlsx').grids).toHaveLength(8);
    const err = refusal(tallSheets(12));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      '无法读取“w.xlsx”：工作簿太大（各工作表从第一行到最后一个有内容的行合计超过 8,500,000 行），无法检查。请删去远离表格的单元格内容，或把工作表分到几个较小的工作簿后再检查。',
    );
  });

  test('cells: each sheet within its limit, the workbook past its own', () => {
    const bytes = cellSheets(3, 40); // 1,200 cells
    expect(readWorkbookDetailed(bytes, 'w.xlsx', { limits: { maxCellsPerWorkbook: 1200 } }).work.cells).toBe(1200);
    const err = refusal(bytes, { limits: { maxCellsPerWorkbook: 1199 } });
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('无法读取“w.xlsx”：工作簿太大（所有工作表合计超过 1,199 个单元格），无法检查。请把工作表分到几个较小的工作簿后再检查。');
    // Also where the byte-level reader takes the sheet (it gives up at the budget left, the scanner says why).
    expect(refusal(bytes, { limits: { maxCellsPerWorkbook: 801 } }).message).toMatch(/合计超过 801 个单元格/);
    expect(refusal(bytes, { locale: 'en-US', limits: { maxCellsPerWorkbook: 801 } }).message).toBe(
      'Cannot read "w.xlsx": the workbook is too large (more than 801 cells over all its sheets) to check. Split its sheets over smaller workbooks and check those.',
    );
  });

  test('a sheet past the cells the workbook has left is refused while it is read, not after', () => {
    // The last sheet alone passes what is left: the refusal names the workbook, not that sheet.
    const err = refusal(cellSheets(2, 40), { limits: { maxCellsPerWorkbook: 500, maxCellsPerSheet: 1000 } });
    expect(err.message).toMatch(/^无法读取“w\.xlsx”：工作簿太大（所有工作表合计超过 500 个单元格）/);
    // The sheet's own limit still says which sheet.
    expect(refusal(cellSheets(2, 40), { limits: { maxCellsPerWorkbook: 5000, maxCellsPerSheet: 100 } }).message).toMatch(/工作表“S1”太大，超过 100 个单元格/);
  });

  test('merged rows over all sheets', () => {
    const merges = `<mergeCells>${Array.from({ length: 5 }, (_, i) => `<mergeCell ref="${colName(i + 1)}1:${colName(i + 1)}1000"/>`).join('')}</mergeCells>`;
    const bytes = tallSheets(4, 'G1000', merges); // 4 sheets × 5 areas × 1,000 rows
    expect(readWorkbookDetailed(bytes, 'w.xlsx', { limits: { maxMergedRowsPerWorkbook: 20_000 } }).grids).toHaveLength(4);
    const err = refusal(bytes, { limits: { maxMergedRowsPerWorkbook: 19_999 } });
    expect(err.message).toBe('无法读取“w.xlsx”：工作簿的合并单元格太多（所有工作表的合并区域共跨越超过 19,999 行），无法检查。请把工作表分到几个较小的工作簿后再检查。');
  });

  test('a value far right on many rows (column XFD): the snapshot’s slots are counted before its rows are made, over all sheets', () => {
    // Found by the fuzz37 campaign: a 200 KB file of 20,000 such rows asked the command line for
    // 8 GB and ended in V8's out-of-memory crash (a stack dump, exit 134); 1,000 rows took 475 MB.
    const farRows = (rows: number, sheets = 1): Uint8Array => {
      const xml: string[] = [];
      for (let r = 1; r <= rows; r++) xml.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}"><v>1</v></c></row>`);
      return book({ sheets: Array.from({ length: sheets }, (_, i) => ({ name: `表${i + 1}`, body: `<sheetData>${xml.join('')}</sheetData>` })) });
    };
    const err = refusal(farRows(20_000));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      '无法读取“w.xlsx”：工作簿太大（各工作表每行从第一列到最后一个有内容的单元格合计超过 20,000,000 格，工作表“表1”有内容远在表格右侧），无法检查。请删去远离表格的单元格内容（如 XFD 列），或把工作表分到几个较小的工作簿后再检查。',
    );
    expect(refusal(farRows(20_000), { locale: 'en-US' }).message).toContain('span more than 20,000,000 cells together; sheet "表1" has something far right');
    const slots = 100 * 16384;
    expect(readWorkbookDetailed(farRows(100), 'w.xlsx', { limits: { maxGridSlotsPerWorkbook: slots } }).grids).toHaveLength(1);
    expect(refusal(farRows(100), { limits: { maxGridSlotsPerWorkbook: slots - 1 } }).code).toBe('too-large');
    expect(refusal(farRows(100, 2), { limits: { maxGridSlotsPerWorkbook: slots + 1 } }).message).toMatch(/工作表“表2”有内容远在表格右侧/);
  });

  test('the limits are documented where the user reads them', () => {
    expect(READ_LIMITS.maxGridSlotsPerWorkbook).toBe(20_000_000);
    expect(READ_LIMITS.maxCellsPerWorkbook).toBe(5_000_000);
    expect(READ_LIMITS.maxGridRowsPerWorkbook).toBe(8_500_000);
    expect(READ_LIMITS.maxMergedRowsPerWorkbook).toBe(16_000_000);
  });
});

describe('the command line', () => {
  let tmp: string;
  beforeAll(() => {
    ensureCliCompiled();
    tmp = mkdtempSync(join(tmpdir(), 'perf-target-hostile-workbook-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('twelve tall sheets: one Chinese line and exit 2, the other file still reported', () => {
    writeFileSync(join(tmp, 'tall.xlsx'), tallSheets(12));
    copyFileSync(join(__dirname, '..', '..', '..', 'examples', 'sample.xlsx'), join(tmp, 'sample.xlsx'));
    for (const extra of [[], ['--jobs', '2']]) {
      const r = spawnSync(process.execPath, [BIN, 'check', 'tall.xlsx', 'sample.xlsx', ...extra], { cwd: tmp, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.status).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('提示'));
      expect(lines).toEqual([expect.stringMatching(/^无法读取“tall\.xlsx”：工作簿太大（各工作表从第一行到最后一个有内容的行合计超过 8,500,000 行）/)]);
      expect(r.stdout).toMatch(/sample\.xlsx[\s\S]*工作表/);
    }
  });

  test('--annotate: three tall sheets are checked, the copy (ExcelJS, ~190 MB a tall sheet) is not made', () => {
    writeFileSync(join(tmp, 'tall3.xlsx'), tallSheets(3));
    const r = spawnSync(process.execPath, [BIN, 'check', 'tall3.xlsx', '--annotate', 'out'], { cwd: tmp, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/工作表「表3」/);
    expect(r.stderr).toMatch(/未写出“.*tall3\.checked\.xlsx”：该工作簿太大，无法生成标注副本（各工作表到最后一行合计 3,145,728 行，上限 2,100,000）/);
    expect(existsSync(join(tmp, 'out', 'tall3.checked.xlsx'))).toBe(false);
  });
});
