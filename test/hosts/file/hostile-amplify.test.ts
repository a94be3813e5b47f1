/**
 * A small file that says a lot (issue 11/14, fourth round): one 32,767-character shared string
 * used by thousands of cells costs the file a few bytes per cell, but every cell, every finding
 * about it and every output line is then that long. Before the sheet text limit, a 22 KB
 * workbook (8,000 such cells) ran for a minute and the command line died with "Invalid string
 * length" while writing its JSON. Now the reader counts text per cell and refuses the sheet with
 * one line; under the limit such a file is read and checked.
 */
import { book, colName } from '../../helpers/hostile-unseen';
import { FileReadError, READ_LIMITS, readWorkbookDetailed } from '../../../src/hosts/file/read';
import { readXlsx } from '../../../src/hosts/file/xlsx-read';
import { checkSheet } from '../../../src/core/engine';
import { readXls } from '../../../src/hosts/file/xls-read';
import { cells, xlsFile } from '../../helpers/xls-build';

/** A table whose four grid columns all hold the same long shared string, `rows` rows of it. */
function amplified(rows: number, text: string): Uint8Array {
  const sst = ['项目名称', '预算数', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', text].map((s) => `<si><t>${s}</t></si>`).join('');
  const cell = (c: number, r: number, v: number) => `<c r="${colName(c)}${r}" t="s"><v>${v}</v></c>`;
  const head = [
    `<row r="1">${cell(0, 1, 0)}${cell(1, 1, 7)}</row>`,
    `<row r="2">${cell(0, 2, 1)}${cell(1, 2, 7)}</row>`,
    `<row r="3">${cell(0, 3, 2)}${cell(1, 3, 7)}</row>`,
    `<row r="4">${cell(0, 4, 3)}${cell(1, 4, 4)}${cell(2, 4, 5)}${cell(3, 4, 6)}</row>`,
  ].join('');
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 5}">${[0, 1, 2, 3].map((c) => cell(c, i + 5, 7)).join('')}</row>`).join('');
  return book({ sheets: [{ name: '长文字', body: `<sheetData>${head}${body}</sheetData>` }], sharedStrings: sst });
}

const LONG = '１'.repeat(32_767);

function refusal(bytes: Uint8Array, locale: 'zh-CN' | 'en-US' = 'zh-CN'): FileReadError {
  try {
    readWorkbookDetailed(bytes, 'amp.xlsx', { locale });
  } catch (err) {
    if (err instanceof FileReadError) return err;
    throw err;
  }
  throw new Error('read');
}

test('8,000 cells of one 32,767-character shared string (a 22 KB file) are refused with one line naming the sheet', () => {
  const bytes = amplified(2_000, LONG);
  expect(bytes.length).toBeLessThan(40_000);
  const zh = refusal(bytes);
  expect(zh.code).toBe('sheet-too-large');
  expect(zh.message).toBe(
    '无法读取“amp.xlsx”：工作表“长文字”中的文字太多（各单元格合计超过 32,000,000 个字符），无法检查。请删去不属于绩效目标表的长文字，或把表格拆分到较小的工作表后再检查。',
  );
  const en = refusal(bytes, 'en-US');
  expect(en.message).toBe(
    'Cannot read "amp.xlsx": sheet "长文字" holds too much text (more than 32,000,000 characters over its cells) to check. Remove long texts that are not part of the target tables, or split the tables over smaller sheets, and check again.',
  );
});

test('the byte-level path and the scanner both stop at the limit, counting each use of a shared string', () => {
  const bytes = amplified(20, '很长的文字'.repeat(10));
  // 80 grid cells and 3 above them, 50 characters each; the labels add 26.
  const limits = { ...READ_LIMITS, maxTextCharsPerSheet: 83 * 50 + 26 };
  for (const byteLevel of [true, false]) {
    expect(readXlsx(bytes, limits, { byteLevel }).grids[0].values.length).toBe(24);
    expect(() => readXlsx(bytes, { ...limits, maxTextCharsPerSheet: limits.maxTextCharsPerSheet - 1 }, { byteLevel })).toThrow(
      expect.objectContaining({ reason: 'sheet-text' }),
    );
  }
});

test('under the limit, long shared strings in many cells are read and checked', () => {
  const bytes = amplified(100, LONG);
  const [grid] = readWorkbookDetailed(bytes, 'amp.xlsx').grids;
  const result = checkSheet(grid, {});
  expect(result.tables).toHaveLength(1);
  expect(result.tables[0].findings.length).toBeGreaterThan(0);
});

test('the preview refuses the same file with one line, and opens one under the limit', async () => {
  const { readModel, OpenError } = await import('../../../src/preview/read-model');
  const err = await readModel(amplified(2_000, LONG), 'amp.xlsx', 'zh-CN').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OpenError);
  expect((err as InstanceType<typeof OpenError>).code).toBe('too-large');
  expect((err as Error).message).toBe('“amp.xlsx”的工作表“长文字”中文字太多（各单元格合计超过 32,000,000 个字符），无法检查。请删去不属于绩效目标表的长文字，或把表格拆分到较小的工作表后再打开。');
  const en = await readModel(amplified(2_000, LONG), 'amp.xlsx', 'en-US').catch((e: unknown) => e);
  expect((en as Error).message).toContain('Sheet "长文字" of "amp.xlsx" holds too much text');
  const model = await readModel(amplified(10, LONG), 'amp.xlsx', 'zh-CN');
  expect(model.sheets).toHaveLength(1);
});

/**
 * Sheets each under the sheet's text limit, past the workbook's together (hostile44 round; data
 * made by us). A table of 25 cells of 32,767 characters costs the engine about 110 ms; 5,000
 * sheet parts of 39 such tables each fit every other limit and would have held the check for
 * hours. Now the text is counted over the workbook too.
 */
function sheetsOfText(sheets: number, cellsPerSheet: number, text: string): Uint8Array {
  const rows = Math.ceil(cellsPerSheet / 4);
  const body = `<sheetData>${Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${[0, 1, 2, 3].map((c) => `<c r="${colName(c)}${r + 1}" t="s"><v>0</v></c>`).join('')}</row>`).join('')}</sheetData>`;
  return book({ sheets: Array.from({ length: sheets }, (_, i) => ({ name: `表${i + 1}`, body })), sharedStrings: `<si><t>${text}</t></si>` });
}

test('sheets each within the sheet text limit, past the workbook text limit together, are refused with one line', () => {
  // 3 sheets of 22,020,224 characters (672 cells of 32,767): each under 32,000,000, together over 64,000,000.
  const bytes = sheetsOfText(3, 672, LONG);
  expect(bytes.length).toBeLessThan(60_000);
  expect(refusal(bytes).message).toBe(
    '无法读取“amp.xlsx”：工作簿中的文字太多（所有工作表合计超过 64,000,000 个字符），无法检查。请删去不属于绩效目标表的长文字，或把工作表分到几个较小的工作簿后再检查。',
  );
  expect(refusal(bytes, 'en-US').message).toBe(
    'Cannot read "amp.xlsx": the workbook holds too much text (more than 64,000,000 characters over all its sheets) to check. Remove long texts that are not part of the target tables, or split its sheets over smaller workbooks, and check again.',
  );
  // Two such sheets fit.
  expect(readWorkbookDetailed(sheetsOfText(2, 672, LONG), 'amp.xlsx').grids).toHaveLength(2);
});

test('the workbook text limit: both .xlsx paths stop at it exactly, counting each use of a shared string', () => {
  const bytes = sheetsOfText(3, 8, '很长的文字'.repeat(10));
  const limits = { ...READ_LIMITS, maxTextCharsPerWorkbook: 3 * 8 * 50 };
  for (const byteLevel of [true, false]) {
    expect(readXlsx(bytes, limits, { byteLevel }).grids).toHaveLength(3);
    expect(() => readXlsx(bytes, { ...limits, maxTextCharsPerWorkbook: limits.maxTextCharsPerWorkbook - 1 }, { byteLevel })).toThrow(
      expect.objectContaining({ reason: 'workbook-too-large', detail: expect.objectContaining({ what: 'text' }) }),
    );
  }
});

test('a legacy .xls: the same workbook text limit, counted over its sheets', () => {
  const records = (): number[] => {
    const out: number[] = [];
    for (let r = 0; r < 8; r++) out.push(...cells.label(r, 0, '很长的文字'.repeat(10)));
    return out;
  };
  const bytes = xlsFile([], [1, 2, 3].map((i) => ({ name: `表${i}`, records: records() })));
  const limits = { ...READ_LIMITS, maxTextCharsPerWorkbook: 3 * 8 * 50 };
  expect(readXls(bytes, limits).grids).toHaveLength(3);
  expect(() => readXls(bytes, { ...limits, maxTextCharsPerWorkbook: limits.maxTextCharsPerWorkbook - 1 })).toThrow(
    expect.objectContaining({ reason: 'workbook-too-large', detail: expect.objectContaining({ what: 'text' }) }),
  );
});
