/**
 * Cell types and values the readers could take differently (sixth round of hostile input): the
 * command line's lean reader, ExcelJS (the reader behind --annotate) and the preview (its loader
 * into the stand-in, read back by the ExcelHost) give the same grid — value and displayed text of
 * every cell — for each case below. The cases where ExcelJS cannot (it keeps no ISO date, no
 * phonetic inline string, no text result in a date-formatted cell) are pinned apart: the command
 * line reads the file as Excel does and refuses the annotated copy rather than change the cell.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { readWorkbookBytes } from '../../../src/hosts/file/read';
import { readWorkbookExcelJs } from '../../../src/hosts/file/exceljs-read';
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn } from '../../../src/standin';
import { modelFromXlsx } from '../../../src/standin/xlsx';
import { leanModelFromXlsx } from '../../../src/standin/xlsx-lean';
import { main } from '../../../src/cli/main';
import { book, tableXml, TABLE } from '../../helpers/hostile-unseen';
import { tempDir } from '../../helpers/temp-dir';

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>';

function workbook(cells: string, workbookPr?: string): Uint8Array {
  return book({ sheets: [{ name: 'S', body: `<sheetData><row r="1">${cells}</row></sheetData>` }], styles: STYLES, workbookPr, sharedStrings: '<si><t>共享</t></si>' });
}

/** Every cell holding a value: `A1 value|text` (-0 written as -0). */
function shown(grids: GridInit[]): string[] {
  const g = new Grid(grids[0]);
  const out: string[] = [];
  for (let r = g.firstRow; r <= g.lastRow; r++) {
    for (let c = g.firstCol; c <= g.lastCol; c++) {
      const v = g.rawValue(r, c);
      if (v === null) continue;
      out.push(`${String.fromCharCode(65 + c)}${r + 1} ${Object.is(v, -0) ? '-0' : JSON.stringify(v)}|${g.rawText(r, c)}`);
    }
  }
  return out;
}

async function preview(bytes: Uint8Array, lean: boolean): Promise<string[] | undefined> {
  const model = lean ? await leanModelFromXlsx(bytes) : await modelFromXlsx(bytes);
  if (!model) return undefined;
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  return shown([await host.readSheet('S')]);
}

/** [case, cells of row 1, what every reader gives]. */
const SAME: [string, string, string[]][] = [
  ['t="e"', '<c r="A1" t="e"><v>#DIV/0!</v></c>', ['A1 "#DIV/0!"|#DIV/0!']],
  ['t="e", an error Excel does not have', '<c r="A1" t="e"><v>#FOO!</v></c>', ['A1 "#FOO!"|#FOO!']],
  ['t="e" from a formula', '<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>', ['A1 "#DIV/0!"|#DIV/0!']],
  ['t="str" formula text', '<c r="A1" t="str"><f>B1</f><v>≥98%</v></c>', ['A1 "≥98%"|≥98%']],
  ['t="str" text of digits stays text', '<c r="A1" t="str"><f>B1</f><v>26.50</v></c>', ['A1 "26.50"|26.50']],
  ['t="str" NaN as text', '<c r="A1" t="str"><v>NaN</v></c>', ['A1 "NaN"|NaN']],
  ['inlineStr rich runs', '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>≥</t></r><r><t xml:space="preserve">98 %</t></r></is></c>', ['A1 "≥98 %"|≥98 %']],
  ['shared formula, cached results', '<c r="A1"><f t="shared" ref="A1:B1" si="0">C1*2</f><v>4</v></c><c r="B1"><f t="shared" si="0"/><v>6</v></c>', ['A1 4|4', 'B1 6|6']],
  ['array formula, cached result', '<c r="A1"><f t="array" ref="A1">SUM(C1:C2)</f><v>10</v></c>', ['A1 10|10']],
  ['-0', '<c r="A1"><v>-0</v></c>', ['A1 -0|0']],
  ['t="b" 1 and 0', '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><f>FALSE()</f><v>0</v></c>', ['A1 true|TRUE', 'B1 false|FALSE']],
  ['t="n" explicit', '<c r="A1" t="n"><v>12.5</v></c>', ['A1 12.5|12.5']],
  ['a date, serial and format yyyy-mm-dd', '<c r="A1" s="1"><v>45717</v></c>', ['A1 45717|2025-03-01']],
  ['a date with a time of day', '<c r="A1" s="1"><v>45717.75</v></c>', ['A1 45717.75|2025-03-01']],
  // Not a number a cell can hold: no cell (before, the preview read NaN or Infinity and showed it).
  ['NaN in <v>', '<c r="A1"><v>NaN</v></c>', []],
  ['Infinity in <v>', '<c r="A1"><v>Infinity</v></c>', []],
  ['1e309 in <v> (past the largest double)', '<c r="A1"><v>1e309</v></c>', []],
  ['t="n" holding text', '<c r="A1" t="n"><v>abc</v></c>', []],
  ['t="d" not a date', '<c r="A1" t="d"><v>not a date</v></c>', []],
];

describe('the three readers agree', () => {
  test.each(SAME)('%s', async (_name, cells, expected) => {
    const bytes = workbook(cells);
    expect(shown(await readWorkbookBytes(bytes, 'x.xlsx'))).toEqual(expected);
    expect(shown(await readWorkbookExcelJs(bytes))).toEqual(expected);
    expect(await preview(bytes, false)).toEqual(expected);
    // The preview's fast loader takes the plain files; the rest it leaves to the one above.
    const fast = await preview(bytes, true);
    if (fast !== undefined) expect(fast).toEqual(expected);
  });
});

describe('1e308 and the 1904 date system: the values agree', () => {
  test('1e308 is read as 1e308 everywhere', async () => {
    const bytes = workbook('<c r="A1"><v>1e308</v></c>');
    for (const g of [await readWorkbookBytes(bytes, 'x.xlsx'), await readWorkbookExcelJs(bytes)]) expect(g[0].values[0][0]).toBe(1e308);
    expect((await preview(bytes, false))?.[0]).toMatch(/^A1 1e\+308\|/);
  });

  test('a 1904 workbook: the command line keeps the serial as Excel holds it, shown as the same day', async () => {
    const bytes = workbook('<c r="A1" s="1"><v>44255</v></c>', '<workbookPr date1904="1"/>');
    expect(shown(await readWorkbookBytes(bytes, 'x.xlsx'))).toEqual(['A1 44255|2025-03-01']);
    expect(shown(await readWorkbookExcelJs(bytes))).toEqual(['A1 44255|2025-03-01']);
    // The preview's stand-in keeps dates in the 1900 system (its model has no 1904 flag): the
    // serial moves by 1,462 days, the day shown is the same.
    expect(await preview(bytes, false)).toEqual(['A1 45717|2025-03-01']);
  });
});

describe('what ExcelJS cannot read as Excel does: the check reads it, the annotated copy is refused', () => {
  const cases: [string, string, string[]][] = [
    ['an ISO date cell (t="d")', '<c r="H1" t="d"><v>2025-03-01T00:00:00Z</v></c>', ['H1 45717|45717']],
    ['an inline string with a phonetic run', '<c r="H1" t="inlineStr"><is><t>项目</t><rPh sb="0" eb="2"><t>xiangmu</t></rPh></is></c>', ['H1 "项目"|项目']],
    ['a formula’s text result in a date-formatted cell', '<c r="H1" t="str" s="3"><f>B1</f><v>2025年</v></c>', ['H1 "2025年"|2025年']],
  ];
  test.each(cases)('%s', async (_name, cell, expected) => {
    const x = tableXml(TABLE);
    const bytes = book({ sheets: [{ name: 'S', body: x.sheetData.replace('</row>', `${cell}</row>`) }], sharedStrings: x.sst, styles: STYLES });
    const lean = shown(await readWorkbookBytes(bytes, 'x.xlsx')).filter((s) => s.startsWith('H1 '));
    expect(lean).toEqual(expected);
    expect(shown(await readWorkbookExcelJs(bytes)).filter((s) => s.startsWith('H1 '))).not.toEqual(expected);
    const dir = tempDir('celltypes');
    writeFileSync(join(dir, 'a.xlsx'), bytes);
    const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
    expect(await main(['check', join(dir, 'a.xlsx'), '--annotate', join(dir, 'out')], io)).toBe(2);
    expect(io.err).toContain('生成标注副本的组件读到的内容与检查时不同（工作表“S”的 H1 单元格）');
  }, 30_000);
});
