/**
 * The preview's reader against hostile files (round 5). Its fast loader takes plain files only;
 * everything else went straight to ExcelJS, which has no limits: a 2.5 KB file with one merged
 * column of 1,000,000 rows took 88 s and 2.7 GB, a whole-sheet merge never finished, and a zip bomb
 * was ExcelJS's English error or all of memory. Now preflight (src/preview/preflight.ts) looks at
 * the bytes first, in work proportional to them, and the page gets one line in the user's language.
 */
import { readModel, OpenError } from '../../src/preview/read-model';
import { cellsAndRowsIn, mergedCellsIn, preflight } from '../../src/preview/preflight';
import { PREVIEW_EXCELJS_LIMITS, READ_LIMITS } from '../../src/hosts/file/limits';
import { leanModelFromXlsx } from '../../src/standin/xlsx-lean';
import { book, tableXml } from '../helpers/hostile-unseen';
import { readWorkbookBytes } from '../../src/hosts/file/read';
import { cellKey } from '../../src/standin/model';
import { hostileWorkbooks } from '../helpers/hostile';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';

const x = tableXml();
/** The table with merged areas and a formula (the fast loader leaves formulas to ExcelJS). */
function withMerges(merges: string[]): Uint8Array {
  const sheetData = x.sheetData.replace('</sheetData>', '<row r="20"><c r="A20"><f>1+1</f><v>2</v></c></row></sheetData>');
  return book({
    sheets: [{ name: '绩效目标表', body: `${sheetData}<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` }],
    sharedStrings: x.sst,
  });
}

async function refusal(bytes: Uint8Array, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<OpenError> {
  const err = await readModel(bytes, '坏.xlsx', locale).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OpenError);
  return err as OpenError;
}

test('mergedCellsIn sums the stated areas without walking them, reversed and absolute references too', () => {
  expect(mergedCellsIn('<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="$C$3:$A$1"/><x:mergeCell ref="A1:XFD1048576"/></mergeCells>')).toBe(4 + 9 + 16384 * 1048576);
  expect(mergedCellsIn('<mergeCell ref="A1"/><mergeCell ref="bad"/>')).toBe(1);
});

test('one merged column of 1,000,000 rows: refused before ExcelJS, naming the count and the limit', async () => {
  const err = await refusal(withMerges(['F1:F1000000']));
  expect(err.code).toBe('too-large');
  expect(err.message).toBe('“坏.xlsx”中的合并单元格太大（合并区域共覆盖 1,000,000 个单元格，超过预览的 250,000 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中取消多余的合并后另存再打开。');
  expect((await refusal(withMerges(['F1:F1000000']), 'en-US')).message).toContain('1,000,000 cells covered, past its limit of 250,000');
});

test('a whole-sheet merge (17 billion cells) and many tall merges: refused, not read for minutes', async () => {
  expect((await refusal(withMerges(['A1:XFD1048576']))).message).toContain('17,179,869,184');
  expect((await refusal(hostileWorkbooks()['whole-sheet-merge'])).code).toBe('too-large');
  const tall = Array.from({ length: 16 }, (_, i) => `${String.fromCharCode(71 + i)}1:${String.fromCharCode(71 + i)}20000`);
  expect((await refusal(withMerges(tall))).message).toContain('320,000');
});

test('merges under the limit still open through ExcelJS, with their values', async () => {
  const model = await readModel(withMerges(['A7:A10', 'F1:F1000']), 'ok.xlsx', 'zh-CN');
  expect(model.sheets[0].merges).toHaveLength(2);
  expect([...model.sheets[0].cells.values()].some((c) => c.value === '项目名称')).toBe(true);
});

test('zip bombs: the command line’s lines, not ExcelJS’s English or all of memory', async () => {
  const ratio = await refusal(hostileWorkbooks()['bomb-ratio']);
  expect(ratio.message).toContain('解压后比压缩时大 200 倍以上');
  expect(ratio.message.startsWith('无法读取“坏.xlsx”：其中的“xl/worksheets/sheet1.xml”')).toBe(true);
  const problem = await preflight(hostileWorkbooks()['bomb-total']);
  expect(problem?.kind).toBe('inflate-total');
});

test('files preflight cannot read are refused with the command line’s line (round 15; before: left for ExcelJS, which said so in English)', async () => {
  const w = hostileWorkbooks();
  expect(await preflight(w['truncated-base'])).toEqual({ kind: 'zip', reason: 'corrupt' });
  const err = await refusal(w['truncated-base']);
  expect(err.code).toBe('corrupt');
  expect(err.message).toBe('无法读取“坏.xlsx”：文件已损坏或不完整，请重新保存或重新获取该文件。');
});

test('a plain file (taken by the fast loader) with a merged column of 1,000,000 rows from a cell holding text: refused, not read until memory runs out', async () => {
  const styles = `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`;
  const sheetData = x.sheetData.replace('</row>', '<c r="F1" t="s"><v>0</v></c></row>');
  const bytes = book({ sheets: [{ name: '绩效目标表', body: `${sheetData}<mergeCells count="1"><mergeCell ref="F1:F1000000"/></mergeCells>` }], sharedStrings: x.sst, styles });
  expect(await leanModelFromXlsx(bytes)).toBeDefined();
  const err = await refusal(bytes);
  expect(err.message).toContain('合并区域共覆盖 1,000,000 个单元格');
  // Merges inside the table (as real tables have them, 2,000 tables of them) are not counted.
  const inside = book({ sheets: [{ name: '绩效目标表', body: `${x.sheetData}<mergeCells count="1"><mergeCell ref="A7:A10"/></mergeCells>` }], sharedStrings: x.sst, styles });
  expect((await readModel(inside, 'ok.xlsx', 'zh-CN')).sheets[0].merges).toHaveLength(1);
});

describe('round 11: what ExcelJS is given, over all sheets', () => {
  /** `count` sheets, each a label in A1 and a number in the last row (not plain: ExcelJS reads it). */
  const tall = (count: number, last = 'XFD1048576') =>
    book({
      sheets: Array.from({ length: count }, (_, i) => ({
        name: `表${i + 1}`,
        body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row><row r="${last.replace(/^[A-Z]+/, '')}"><c r="${last}"><v>1</v></c></row></sheetData>`,
      })),
    });

  test('cellsAndRowsIn counts stated cells and the last row, rows without r following on', () => {
    expect(cellsAndRowsIn('<sheetData><row r="3"><c r="A3"/><c r="B3"><v>1</v></c></row><row><c><v>2</v></c></row><x:row r="9"><x:c r="$C$12"/></x:row><col min="1"/><cfRule/></sheetData>')).toEqual({ cells: 4, lastRow: 12 });
    expect(cellsAndRowsIn('<row/><row/><row/>')).toEqual({ cells: 0, lastRow: 3 });
  });

  test('sheets reaching row 1,048,576: two open, three are refused before ExcelJS (each took it ~190 MB and a second)', async () => {
    expect(await preflight(tall(2))).toBeUndefined();
    const err = await refusal(tall(3));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      '“坏.xlsx”的工作表太长（各工作表到最后一行合计超过预览的 2,100,000 行上限，可能有内容远在表格下方），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中删去远离表格的单元格内容后另存再打开。',
    );
    expect((await refusal(tall(3), 'en-US')).message).toContain('their last rows add up to more than its limit of 2,100,000');
  });

  test('cells over all sheets, as the annotated copy counts them for the same component', async () => {
    const limits = { ...READ_LIMITS, ...PREVIEW_EXCELJS_LIMITS };
    const body = x.sheetData.replace('</sheetData>', '<row r="20"><c r="A20"><f>1+1</f><v>2</v></c></row></sheetData>');
    const cellsPerSheet = cellsAndRowsIn(body).cells;
    const twoSheets = book({ sheets: [{ name: 'A', body }, { name: 'B', body }], sharedStrings: x.sst });
    expect(await preflight(twoSheets, undefined, { ...limits, maxCells: 2 * cellsPerSheet })).toBeUndefined();
    expect(await preflight(twoSheets, undefined, { ...limits, maxCells: 2 * cellsPerSheet - 1 })).toEqual({ kind: 'cells', count: 2 * cellsPerSheet, limit: 2 * cellsPerSheet - 1 });
    expect(PREVIEW_EXCELJS_LIMITS.maxCells).toBe(1_000_000);
  });
});

describe('round 14: tags built to make preflight slow', () => {
  test('`<mergeCell ` or `<c ` repeated with no `>` after them (in a comment, or a broken part): work linear in the part', () => {
    // In a comment the part is good XML, which ExcelJS reads; preflight looks before it does.
    expect(growthRatio((n) => mergedCellsIn(`<worksheet><!--${'<mergeCell '.repeat(n)}--></worksheet>`), 4_000)).toBeLessThan(LINEAR_BOUND);
    expect(growthRatio((n) => cellsAndRowsIn(`<worksheet><sheetData>${'<c r="A1" '.repeat(n)}`), 4_000)).toBeLessThan(LINEAR_BOUND);
    expect(growthRatio((n) => mergedCellsIn(`<worksheet>${'<mergeCell ref="A1:B2" '.repeat(n)}`), 4_000)).toBeLessThan(LINEAR_BOUND);
  });

  test('what they count: a tag cut short still counts, a `<` inside a tag starts the next one (before: one tag), prefixes as before', () => {
    expect(mergedCellsIn('<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="A1:A3"')).toBe(4 + 3);
    expect(mergedCellsIn('<mergeCell ref="A1:B2" <mergeCell ref="C1:C2"/>')).toBe(4 + 2);
    expect(mergedCellsIn('<mergeCells count="1"><mergeCellx ref="A1:B2"/></mergeCells>')).toBe(0);
    expect(cellsAndRowsIn('<x:row r="4"><x:c r="B4"/><c r="C7" <c/>')).toEqual({ cells: 3, lastRow: 7 });
  });
});

test('round 14: a number format code past Excel’s 255 characters, in a file left to ExcelJS, is refused before ExcelJS tests it for every numeric cell', async () => {
  const styled = (code: string) => {
    const sheetData = x.sheetData.replace('<c r="B2">', '<c r="B2" s="1">');
    // A sheet with relationships of its own: the fast loader leaves the file to ExcelJS.
    const rels = { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>' };
    const styles = `<numFmts count="1"><numFmt numFmtId="200" formatCode="${code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs>`;
    return book({ sheets: [{ name: '绩效目标表', body: sheetData }], sharedStrings: x.sst, styles, extra: [rels] });
  };
  expect(await leanModelFromXlsx(styled('0'))).toBeUndefined();
  const err = await refusal(styled('['.repeat(20_000)));
  expect(err.code).toBe('too-large');
  expect(err.message).toBe('“坏.xlsx”中有一个数字格式长 20,000 个字符，超过 Excel 的 255 个字符上限（Excel 不会保存这样的文件，可能是被改动过或恶意构造的），预览无法打开。请用命令行 perf-target check 检查该文件。');
  // An entity is one character; 255 is Excel's and opens.
  const model = await readModel(styled(`0&quot;${'x'.repeat(252)}&quot;`), 'ok.xlsx', 'zh-CN');
  expect([...model.sheets[0].cells.values()].some((c) => c.value === 12)).toBe(true);
});

test('cells written as CDATA (`<v><![CDATA[12]]></v>`, a shared string’s `<t>`): refused with one line, not shown blank (round 15; before: ExcelJS read them as blank where the command line read 12 and the text)', async () => {
  const bytes = book({
    sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1"><v><![CDATA[12]]></v></c><c r="B1" t="s"><v>0</v></c></row></sheetData>' }],
    sharedStrings: '<si><t><![CDATA[预算 & <数>]]></t></si>',
  });
  const err = await refusal(bytes);
  expect(err.message).toBe('“坏.xlsx”的单元格内容写在 CDATA 段中（Excel 不会这样保存，一些导出工具会），预览使用的读取组件会把这些单元格读成空白，因此无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中打开后另存再打开。');
});

test('cells written as CDATA in a plain file: the fast loader reads them as the command line does, shown rather than refused (before: declined, then refused)', async () => {
  const styles = `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`;
  const bytes = book({
    sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1"><v><![CDATA[12]]></v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row></sheetData>' }],
    sharedStrings: '<si><t><![CDATA[预算 & <数>]]></t></si><si><t><![CDATA[a]]]]><![CDATA[>b]]></t></si>',
    styles,
  });
  const model = await readModel(bytes, '好.xlsx', 'zh-CN');
  const [grid] = await readWorkbookBytes(bytes, '好.xlsx');
  expect(grid.values[0]).toEqual([12, '预算 & <数>', 'a]]>b']);
  const shown = [0, 1, 2].map((c) => model.sheets[0].cells.get(cellKey(0, c))?.value);
  expect(shown).toEqual(grid.values[0]);
  // A part with a comment as well, or a section never closed: declined, and refused with the line (nothing shown blank).
  for (const body of ['<sheetData><row r="1"><c r="A1"><v><![CDATA[12]]></v></c></row></sheetData><!-- x -->', '<sheetData><row r="1"><c r="A1"><v><![CDATA[12</v></c></row></sheetData>']) {
    const odd = book({ sheets: [{ name: 'S', body }], styles });
    expect(await leanModelFromXlsx(odd)).toBeUndefined();
  }
});

test('a file ExcelJS cannot read: the Chinese line holds no English (round 15; before: “x.xlsx”无法读取（A Cell needs a Row）…)', async () => {
  const bytes = book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="1A"><f>1+1</f><v>2</v></c></row></sheetData>' }] });
  const err = await refusal(bytes);
  expect(err.code).toBe('corrupt');
  expect(err.message).toBe('“坏.xlsx”无法读取：文件可能已损坏、被加密或不是标准的 .xlsx。请在 Excel 中打开并另存为 .xlsx 后重试，或用命令行 perf-target check 检查。');
  // Nor the English one: ExcelJS's text is the error's cause, not the user's (before: "could not be read (A Cell needs a Row)").
  const en = await refusal(bytes, 'en-US');
  expect(en.message).not.toContain('A Cell needs a Row');
  expect(en.message).toBe('"坏.xlsx" could not be read: it may be damaged, encrypted or not a standard .xlsx. Open it in Excel, save it as .xlsx and try again, or check it with the command line (perf-target check).');
  expect(String((en.cause as Error).message)).toContain('A Cell needs a Row');
});
