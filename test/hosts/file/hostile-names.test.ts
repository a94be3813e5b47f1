/**
 * The workbook's defined names, which ExcelJS keeps cell by cell (hostile42 round; files made by
 * us). ExcelJS's DefinedNames makes a CellMatrix entry for every cell of every absolute range a
 * `<definedName>` holds, and walks them again to write: one name over `$A$1:$XFD$1048576` (a
 * 2.5 KB file) held `--annotate` past 60 s and 3.8 GB, and would hold the preview's ExcelJS path
 * (a file with a formula) the same. The check never read names. Now both ExcelJS paths count the
 * cells from workbook.xml first (src/hosts/file/exceljs-stated.ts definedNameCells) and refuse past
 * COPY_LIMITS / PREVIEW_EXCELJS_LIMITS with one line; nothing here measures time.
 */
import { checkCopyable, CopyError } from '../../../src/hosts/file/copy-check';
import { definedNameCells } from '../../../src/hosts/file/exceljs-stated';
import { OpenError, readModel } from '../../../src/preview/read-model';
import { main } from '../../../src/cli/main';
import { book, tableXml } from '../../helpers/hostile-unseen';
import { tempDir } from '../../helpers/temp-dir';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const x = tableXml();
/** The table with the names given, and a formula (the preview's fast loader leaves formulas to ExcelJS). */
function named(names: string): Uint8Array {
  const data = x.sheetData.replace('</sheetData>', '<row r="20"><c r="A20"><f>1+1</f><v>2</v></c></row></sheetData>');
  return book({ sheets: [{ name: '绩效目标表', body: data }], sharedStrings: x.sst, workbookPr: `<definedNames>${names}</definedNames>` });
}
const WHOLE = '<definedName name="全表">绩效目标表!$A$1:$XFD$1048576</definedName>';

function copyProblem(bytes: Uint8Array): CopyError['problem'] | 'ok' {
  try {
    checkCopyable(bytes, 'x.xlsx');
    return 'ok';
  } catch (err) {
    if (err instanceof CopyError) return err.problem;
    throw err;
  }
}

test('what is counted: every absolute range of a name but the print area and titles, however the XML spells it', () => {
  expect(definedNameCells(WHOLE)).toBe(16384 * 1048576);
  expect(definedNameCells('<definedName name="a">S!$A$1:$B$2,S!$C$3</definedName><definedName name="b">\'S,T\'!$A$1:$A$10</definedName>')).toBe(4 + 1 + 10);
  // ExcelJS keeps only ranges with an absolute cell: relative ones, whole columns and formulas cost nothing.
  expect(definedNameCells('<definedName name="a">S!A1:XFD1048576</definedName><definedName name="b">S!$A:$XFD</definedName><definedName name="c">SUM(1,2)</definedName>')).toBe(0);
  // The print area and titles go to the sheet's page setup.
  expect(definedNameCells('<definedName name="_xlnm.Print_Area" localSheetId="0">S!$A$1:$XFD$1048576</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">S!$1:$3</definedName>')).toBe(0);
  // What a parser reads as the same text: character references, a comment inside, a prefix, the other quote.
  expect(definedNameCells("<x:definedName name='n'>S!&#36;A&#x24;1<!-- a comment -->:$XFD$1048576</x:definedName>")).toBe(16384 * 1048576);
  expect(definedNameCells('<definedName name="_xlnm.Print&#95;Area">S!$A$1:$A$5</definedName>')).toBe(0); // the name decoded, as ExcelJS reads it
  // A row past what a number holds: past every limit, not NaN.
  expect(definedNameCells(`<definedName name="n">S!$A$1:$B$${'9'.repeat(400)}</definedName>`)).toBe(Infinity);
  // Broken parts: a start tag never closed, a name never ended (read to the part's end), nothing.
  expect(definedNameCells('<definedName name="n" S!$A$1:$A$9')).toBe(0);
  expect(definedNameCells('<definedName name="n">S!$A$1:$A$9')).toBe(9);
  expect(definedNameCells('<definedName '.repeat(10_000))).toBe(0);
});

test('--annotate: a name over the whole sheet is refused before ExcelJS sees it; two whole columns fit, a print area over the whole sheet fits', () => {
  expect(copyProblem(named(WHOLE))).toEqual({ reason: 'too-large', what: 'names', count: 16384 * 1048576, limit: 2_100_000 });
  // Two names down whole columns fit; a third does not (the names' cells are added up).
  const column = (c: string) => `<definedName name="${c}">绩效目标表!$${c}$1:$${c}$1048576</definedName>`;
  expect(copyProblem(named(column('A') + column('B')))).toBe('ok');
  expect(copyProblem(named(column('A') + column('B') + column('C')))).toEqual({ reason: 'too-large', what: 'names', count: 3 * 1048576, limit: 2_100_000 });
  expect(copyProblem(named('<definedName name="_xlnm.Print_Area" localSheetId="0">绩效目标表!$A$1:$XFD$1048576</definedName>'))).toBe('ok');
});

test('the command line: one line for the copy not made, the check as usual', async () => {
  const dir = tempDir('names');
  const file = join(dir, '名称.xlsx');
  writeFileSync(file, named(WHOLE));
  let out = '';
  let err = '';
  const code = await main(['check', file, '--annotate', join(dir, 'out')], { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s), isTTY: false });
  expect(code).toBe(2);
  expect(out).toContain('2025年检察业务装备购置项目');
  expect(err).toContain('（定义的名称共覆盖 17,179,869,184 个单元格，上限 2,100,000）');
  expect(existsSync(join(dir, 'out', '名称.checked.xlsx'))).toBe(false);
});

test('the preview: a file it leaves to ExcelJS with such a name is refused in one line', async () => {
  const message = await readModel(named(WHOLE), '名称.xlsx', 'zh-CN').then(
    () => 'ok',
    (e: unknown) => (e instanceof OpenError ? e.message : `crash ${String(e)}`),
  );
  expect(message).toBe('“名称.xlsx”中定义的名称范围太大（共覆盖 17,179,869,184 个单元格，超过预览的 2,100,000 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 的“公式 › 名称管理器”中缩小或删除这些名称后另存再打开。');
});
