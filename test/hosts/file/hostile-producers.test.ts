/**
 * Files from other producers (seventh round of hostile input: WPS, budget-system exports,
 * LibreOffice, hand-rolled writers) through the three readers — the command line's lean reader,
 * ExcelJS (behind --annotate) and the preview (readModel: its fast loader, else ExcelJS, read back
 * through the ExcelHost) — each case read the same by all three, or, where one cannot, refused
 * with one line saying what to do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { readWorkbookBytes } from '../../../src/hosts/file/read';
import { readWorkbookExcelJs } from '../../../src/hosts/file/exceljs-read';
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn } from '../../../src/standin';
import { readModel } from '../../../src/preview/read-model';
import { main, type Io } from '../../../src/cli/main';
import { book, tableXml, zipOf, MAIN, REL, TABLE, type Part } from '../../helpers/hostile-unseen';
import { tempDir } from '../../helpers/temp-dir';

const STYLES =
  '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0"/></cellXfs>';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Every cell holding a value: `A1 value`. */
function shown(g: GridInit): string[] {
  const grid = new Grid(g);
  const out: string[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const v = grid.rawValue(r, c);
      if (v !== null) out.push(`${String.fromCharCode(65 + c)}${r + 1} ${JSON.stringify(v)}`);
    }
  }
  return out;
}

const EXPECTED = shown({ name: 'S', values: TABLE });

async function lean(bytes: Uint8Array): Promise<string[]> {
  return shown((await readWorkbookBytes(bytes, 'x.xlsx'))[0]);
}
async function exceljs(bytes: Uint8Array): Promise<string[] | string> {
  const grids = await readWorkbookExcelJs(bytes).catch((e: Error) => e.message);
  return typeof grids === 'string' ? grids : grids.length === 0 ? 'no sheets' : shown(grids[0]);
}
async function preview(bytes: Uint8Array): Promise<string[] | string> {
  const model = await readModel(bytes, 'x.xlsx', 'zh-CN').catch((e: Error) => e.message);
  if (typeof model === 'string') return model;
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  return shown(await host.readSheet(model.sheets[0].name));
}

/** A one-sheet workbook whose relationship target and part names are given as a producer wrote them. */
function named(target: string, entry: (name: string) => string = (n) => n, sheetEntries?: Part[]): Uint8Array {
  const x = tableXml();
  const parts: Part[] = [
    {
      name: '[Content_Types].xml',
      data: `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    { name: entry('_rels/.rels'), data: `${XML_DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: entry('xl/workbook.xml'), data: `${XML_DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: entry('xl/_rels/workbook.xml.rels'),
      data: `${XML_DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/><Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    ...(sheetEntries ?? [{ name: entry('xl/worksheets/sheet1.xml'), data: `${XML_DECL}<worksheet xmlns="${MAIN}">${x.sheetData}</worksheet>` }]),
    { name: entry('xl/sharedStrings.xml'), data: `${XML_DECL}<sst xmlns="${MAIN}">${x.sst}</sst>` },
    { name: entry('xl/styles.xml'), data: `${XML_DECL}<styleSheet xmlns="${MAIN}">${STYLES}</styleSheet>` },
  ];
  return zipOf(parts);
}

function table(options: { addresses?: boolean } = {}, bookOptions: Partial<Parameters<typeof book>[0]> = {}): Uint8Array {
  const x = tableXml(TABLE, options);
  return book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, styles: STYLES, ...bookOptions });
}

describe('read the same by the command line, ExcelJS and the preview', () => {
  const cases: [string, () => Uint8Array][] = [
    ['Strict Open XML (purl.oclc.org namespaces)', () => table({}, { strict: true })],
    ['a relationship target that is absolute (/xl/worksheets/sheet1.xml)', () => named('/xl/worksheets/sheet1.xml')],
    ['ZIP64 end records and extra fields', () => table({}, { zip: { zip64: true } })],
    ['data descriptors with zero sizes and CRC in the local headers', () => table({}, { part: { dataDescriptor: true } })],
    ['stored (not deflated) parts', () => table({}, { part: { method: 0 } })],
  ];
  test.each(cases)('%s', async (_what, make) => {
    const bytes = make();
    expect(await lean(bytes)).toEqual(EXPECTED);
    expect(await exceljs(bytes)).toEqual(EXPECTED);
    expect(await preview(bytes)).toEqual(EXPECTED);
  });

  test('shared strings with rich runs and phonetic runs: the runs joined, the reading left out', async () => {
    const sst = '<si><r><rPr><b/></rPr><t>项目</t></r><r><t>名称</t></r><rPh sb="0" eb="2"><t>xiangmu</t></rPh><phoneticPr fontId="1"/></si><si><t>≥98%</t><rPh sb="0" eb="1"><t>da</t></rPh></si>';
    const bytes = book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>' }], sharedStrings: sst, styles: STYLES });
    const want = ['A1 "项目名称"', 'B1 "≥98%"'];
    expect(await lean(bytes)).toEqual(want);
    expect(await exceljs(bytes)).toEqual(want);
    expect(await preview(bytes)).toEqual(want);
  });

  test("WPS's pictures in cells (DISPIMG, xl/cellimages.xml): the formula's saved text, in every reader", async () => {
    const body = '<sheetData><row r="1"><c r="A1" t="str"><f>_xlfn.DISPIMG("ID_3F2A",1)</f><v>=DISPIMG("ID_3F2A",1)</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData>';
    const bytes = book({
      sheets: [{ name: 'S', body }],
      sharedStrings: '<si><t>项目名称</t></si>',
      styles: STYLES,
      extra: [{ name: 'xl/cellimages.xml', data: '<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>' }],
    });
    const want = ['A1 "=DISPIMG(\\"ID_3F2A\\",1)"', 'B1 "项目名称"'];
    expect(await lean(bytes)).toEqual(want);
    expect(await exceljs(bytes)).toEqual(want);
    expect(await preview(bytes)).toEqual(want);
  });

  test('two zip entries with one name: every reader takes the later one', async () => {
    const other = `${XML_DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>后一个</t></is></c></row></sheetData></worksheet>`;
    const x = tableXml();
    const bytes = named('worksheets/sheet1.xml', undefined, [
      { name: 'xl/worksheets/sheet1.xml', data: `${XML_DECL}<worksheet xmlns="${MAIN}">${x.sheetData}</worksheet>` },
      { name: 'xl/worksheets/sheet1.xml', data: other },
    ]);
    const want = ['A1 "后一个"'];
    expect(await lean(bytes)).toEqual(want);
    expect(await exceljs(bytes)).toEqual(want);
    expect(await preview(bytes)).toEqual(want);
  });
});

describe('rows and cells without r (streaming writers)', () => {
  test('the command line and the preview read them as Excel does; ExcelJS cannot, and --annotate says so', async () => {
    const bytes = table({ addresses: false });
    expect(await lean(bytes)).toEqual(EXPECTED);
    // Before: the preview said “x.xlsx”无法读取（Invalid row number in model）… — ExcelJS's English.
    expect(await preview(bytes)).toEqual(EXPECTED);
    expect(await exceljs(bytes)).toMatch(/Invalid row number/);
    const dir = tempDir('producers');
    const file = join(dir, 'no-r.xlsx');
    writeFileSync(file, bytes);
    const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) } as Io & { out: string; err: string };
    expect(await main(['check', file, '--annotate', join(dir, 'out')], io)).toBe(2);
    expect(io.out).toContain('E8');
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain('未写出');
    expect(io.err).not.toMatch(/Invalid|Error|at /);
  }, 60_000);

  test('a mix: a cell without r after one with r follows it', async () => {
    const bytes = book({
      sheets: [{ name: 'S', body: '<sheetData><row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>' }],
      styles: STYLES,
    });
    const want = ['C2 1', 'D2 2', 'A3 3'];
    expect(await lean(bytes)).toEqual(want);
    expect(await preview(bytes)).toEqual(want);
  });
});

describe('backslashes as path separators (Windows export tools)', () => {
  const bs = (n: string) => n.replace(/\//g, '\\');
  const LINE = /文件内部的路径用了反斜杠（\\），不是标准的 \.xlsx.*另存为“Excel 工作簿（\.xlsx）”后再检查。$/;

  test.each<[string, () => Uint8Array]>([
    ['every zip entry named with backslashes', () => named('worksheets/sheet1.xml', bs)],
    ['the sheet entries named with backslashes', () => named('worksheets/sheet1.xml', (n) => (n.includes('worksheets') ? bs(n) : n))],
  ])('%s: one line saying so, from the command line and the preview', async (_what, make) => {
    const bytes = make();
    // Before: 这不是 Excel 工作簿（.xlsx）文件 / 工作簿中没有工作表 — a workbook that lists its sheets.
    await expect(readWorkbookBytes(bytes, 'x.xlsx')).rejects.toThrow(LINE);
    expect(await preview(bytes)).toMatch(LINE);
    const en = await readWorkbookBytes(bytes, 'x.xlsx', { locale: 'en-US' }).catch((e: Error) => e.message);
    expect(en).toMatch(/^Cannot read "x\.xlsx": the paths inside the file use backslashes/);
  });

  test('a relationship target with backslashes (worksheets\\sheet1.xml): the command line and the preview read the sheet; --annotate refuses the copy (ExcelJS sees no sheet)', async () => {
    const bytes = named('worksheets\\sheet1.xml');
    expect(await lean(bytes)).toEqual(EXPECTED);
    // Before: the preview said “x.xlsx”中没有工作表。
    expect(await preview(bytes)).toEqual(EXPECTED);
    expect(await exceljs(bytes)).toBe('no sheets');
  });
});

test('a sheet name of 100,000 characters (Excel allows 31): the command line and the preview cut it alike, never through a surrogate pair', async () => {
  const x = tableXml();
  for (const long of ['表'.repeat(100_000), `${'a'.repeat(30)}😀${'b'.repeat(20)}`]) {
    const bytes = book({ sheets: [{ name: long, body: x.sheetData }], sharedStrings: x.sst, styles: STYLES });
    const cli = (await readWorkbookBytes(bytes, 'x.xlsx'))[0].name;
    expect(cli.length).toBeLessThanOrEqual(31);
    // Before: the preview kept all 100,000 characters (in every row of the findings list).
    const model = await readModel(bytes, 'x.xlsx', 'zh-CN');
    expect(model.sheets.map((s) => s.name)).toEqual([cli]);
    expect(await preview(bytes)).toEqual(EXPECTED);
  }
});
