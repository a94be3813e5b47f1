/**
 * Ranges a worksheet states that ExcelJS expands one object at a time (fuzz round 37, found by a
 * structure-aware campaign of generated workbooks): `<col min max>` (a column object for every
 * number up to the largest), `<dataValidation sqref>` (an entry per cell) and, in the preview,
 * `<mergeCell ref>` and `<row r>` with a row of nine digits, which preflight's patterns did not read.
 * A 2.6 KB file with `<col min="0" max="99999999">` held `--annotate` past 60 s and 3 GB, and the
 * preview for minutes; `A1:XFD1048576` as a validation's range is 17 billion entries. The lean
 * reader (the check) never expanded them. Now both ExcelJS paths count them from the XML first
 * (src/hosts/file/exceljs-stated.ts) and refuse past COPY_LIMITS / PREVIEW_EXCELJS_LIMITS, with
 * one line; nothing here measures time.
 */
import { checkCopyable, CopyError, type CopyLimits } from '../../../src/hosts/file/copy-check';
import { COPY_LIMITS } from '../../../src/hosts/file/limits';
import { looseAddress, looseRangeCells, statedByWorksheet } from '../../../src/hosts/file/exceljs-stated';
import { readWorkbookBytes } from '../../../src/hosts/file/read';
import { cellsAndRowsIn, mergedCellsIn } from '../../../src/preview/preflight';
import { OpenError, readModel } from '../../../src/preview/read-model';
import { book, tableXml } from '../../helpers/hostile-unseen';

const x = tableXml();
/** The table with `before` ahead of its sheetData and `after` behind it, and a formula (the preview's fast loader leaves formulas to ExcelJS). */
function sheet(before: string, after = '', sheets = 1): Uint8Array {
  const data = x.sheetData.replace('</sheetData>', '<row r="20"><c r="A20"><f>1+1</f><v>2</v></c></row></sheetData>');
  return book({ sheets: Array.from({ length: sheets }, (_, i) => ({ name: `表${i + 1}`, body: `${before}${data}${after}` })), sharedStrings: x.sst });
}
const validation = (sqref: string): string => `<dataValidations count="1"><dataValidation type="list" sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`;

function copyProblem(bytes: Uint8Array, limits: CopyLimits = COPY_LIMITS): CopyError['problem'] | 'ok' {
  try {
    checkCopyable(bytes, 'x.xlsx', limits);
    return 'ok';
  } catch (err) {
    if (err instanceof CopyError) return err.problem;
    throw err;
  }
}

async function preview(bytes: Uint8Array, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<string> {
  return readModel(bytes, '坏.xlsx', locale).then(
    () => 'ok',
    (e: unknown) => (e instanceof OpenError ? e.message : `crash ${String(e)}`),
  );
}

test('what is counted: ExcelJS reads addresses loosely (any number of row digits, `$` skipped) and makes columns up to the largest min or max', () => {
  expect(looseAddress('$C$12')).toEqual({ row: 12, col: 3 });
  expect(looseAddress('A999999999')).toEqual({ row: 999999999, col: 1 });
  expect(looseAddress('a1')).toEqual({ row: 1, col: 1 });
  expect(looseAddress('bad')).toBeUndefined();
  expect(looseRangeCells('A1:XFD1048576')).toBe(16384 * 1048576);
  expect(looseRangeCells('E12:C11')).toBe(6);
  expect(looseRangeCells('A1:A999999999')).toBe(999999999);
  expect(statedByWorksheet('<cols><col min="0" max="99999999"/><col min="5" max="2"/></cols>').columns).toBe(99999999);
  expect(statedByWorksheet('<cols><col min="99999999" max="1"/></cols>').columns).toBe(99999998);
  expect(statedByWorksheet('<x:cols><x:col min="8" max="16384" hidden="1"/><col min="x"/></x:cols>').columns).toBe(16384);
  expect(statedByWorksheet(validation('B2 A1:B3  E7:E1048576')).validationCells).toBe(1 + 6 + 1048570);
  expect(mergedCellsIn('<mergeCell ref="A1:A999999999"/>')).toBe(999999999);
  expect(cellsAndRowsIn('<row r="999999999"><c><v>1</v></c></row>').lastRow).toBe(999999999);
  expect(cellsAndRowsIn('<row r=" 1048577"/>').lastRow).toBe(1048577);
});

test('a row or column of 400 digits counts as past every limit, not as NaN (an --annotate of such a validation ran on past 60 s)', () => {
  const huge = '9'.repeat(400);
  // Both corners Infinity: Infinity − Infinity is NaN, and NaN > limit is false.
  expect(looseRangeCells(`A${huge}:B${huge}`)).toBe(Infinity);
  expect(statedByWorksheet(validation(`A${huge}:B${huge}`)).validationCells).toBe(Infinity);
  expect(mergedCellsIn(`<mergeCell ref="A${huge}:B${huge}"/>`)).toBe(Infinity);
  expect(statedByWorksheet(`<cols><col min="1" max="${huge}"/></cols>`).columns).toBe(Infinity);
  expect(statedByWorksheet(`<cols><col min="${huge}" max="${huge}"/></cols>`).columns).toBe(Infinity);
  // Not a number stays 0, as ExcelJS makes no column for it.
  expect(statedByWorksheet('<cols><col min="x" max="y"/></cols>').columns).toBe(0);
  expect(copyProblem(sheet('', validation(`A${huge}:B${huge}`)))).toMatchObject({ reason: 'too-large', what: 'validations' });
  expect(copyProblem(sheet(`<cols><col min="1" max="${huge}"/></cols>`))).toMatchObject({ reason: 'too-large', what: 'columns' });
});

test('`<col max="99999999">` (or min): the check reads the table; the copy and the preview are refused with one line, before ExcelJS', async () => {
  for (const cols of ['<cols><col min="0" max="99999999" hidden="1"/></cols>', '<cols><col min="99999999" max="1"/></cols>']) {
    const bytes = sheet(cols);
    expect((await readWorkbookBytes(bytes, 'x.xlsx'))[0].values[0][0]).toBe('项目名称');
    expect(copyProblem(bytes)).toMatchObject({ reason: 'too-large', what: 'columns', limit: 2_100_000 });
    expect(await preview(bytes)).toMatch(/^“坏\.xlsx”的列定义太多（各工作表的列定义合计 99,999,99\d 列，超过预览的 2,100,000 列上限；Excel 每个工作表最多 16,384 列），预览无法打开。/);
  }
  expect(await preview(sheet('<cols><col min="1" max="99999999"/></cols>'), 'en-US')).toContain('defines too many columns for the preview (99,999,999 over its sheets, past its limit of 2,100,000');
});

test('columns are added up over the sheets: at a limit of three sheets hiding every column to XFD, three fit and four do not (the real limit: 128 such sheets)', () => {
  const hideAll = '<cols><col min="8" max="16384" hidden="1"/></cols>';
  const limits = { ...COPY_LIMITS, maxStatedColumns: 3 * 16384 };
  expect(copyProblem(sheet(hideAll, '', 3), limits)).toBe('ok');
  expect(copyProblem(sheet(hideAll, '', 4), limits)).toEqual({ reason: 'too-large', what: 'columns', count: 4 * 16384, limit: 3 * 16384 });
  expect(COPY_LIMITS.maxStatedColumns).toBeGreaterThanOrEqual(128 * 16384);
});

test('a data validation over A1:XFD1048576: copy and preview refused; one down a whole column (as templates have) is still copied', async () => {
  const huge = sheet('', validation('A1:XFD1048576'));
  expect((await readWorkbookBytes(huge, 'x.xlsx'))[0].values[0][0]).toBe('项目名称');
  expect(copyProblem(huge)).toEqual({ reason: 'too-large', what: 'validations', count: 16384 * 1048576, limit: 2_100_000 });
  expect(await preview(huge)).toBe(
    '“坏.xlsx”的数据验证范围太大（共覆盖 17,179,869,184 个单元格，超过预览的 2,100,000 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中缩小数据验证的范围后另存再打开。',
  );
  const column = sheet('', validation('E7:E1048576'));
  expect(copyProblem(column)).toBe('ok');
  expect(COPY_LIMITS.maxValidationCells).toBeGreaterThanOrEqual(2 * 1048576);
});

test('the preview: a merged area or a row numbered with nine digits is counted (before: uncounted, ExcelJS ran for minutes)', async () => {
  expect(await preview(sheet('', '<mergeCells count="1"><mergeCell ref="A1:A999999999"/></mergeCells>'))).toContain('合并区域共覆盖 999,999,999 个单元格');
  const far = book({ sheets: [{ name: 'S', body: x.sheetData.replace('</sheetData>', '<row r="999999999"><c r="A999999999"><f>1</f><v>1</v></c></row></sheetData>') }], sharedStrings: x.sst });
  expect(await preview(far)).toContain('各工作表到最后一行合计超过预览的 2,100,000 行上限');
});

test('a number in column XFD on many rows: each row’s last column is counted; the copy and the preview are refused past 2,100,000 (before: the preview asked ExcelJS for every cell up to XFD, 1,000 rows took it to V8’s out-of-memory crash)', async () => {
  expect(statedByWorksheet('<row r="1"><c r="A1"/><c r="E1"/></row><row><c/><c/><c r="$C$2"/></row><x:row r="3"><x:c r="XFD3"/></x:row>').rowSlots).toBe(5 + 3 + 16384);
  const far = (rows: number): Uint8Array => {
    const xml: string[] = [];
    for (let r = 30; r < 30 + rows; r++) xml.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
    return book({ sheets: [{ name: 'S', body: x.sheetData.replace('</sheetData>', `${xml.join('')}</sheetData>`) }], sharedStrings: x.sst });
  };
  const bytes = far(200);
  expect((await readWorkbookBytes(bytes, 'x.xlsx'))[0].values[0][0]).toBe('项目名称');
  expect(copyProblem(bytes)).toMatchObject({ reason: 'too-large', what: 'slots', limit: 2_100_000 });
  expect(copyProblem(bytes, { ...COPY_LIMITS, maxRowSlots: 200 * 16384 + 100 })).toBe('ok');
  expect(await preview(bytes)).toMatch(/^“坏\.xlsx”的工作表太宽（各行到最后一个有内容的单元格合计 3,2\d\d,\d\d\d 格，超过预览的 2,100,000 格上限，可能有内容远在表格右侧），预览无法打开。/);
  expect(COPY_LIMITS.maxRowSlots).toBe(2_100_000);
});
