/**
 * Hostile files we had not seen (issue 13's "files we have never seen"), built by
 * test/helpers/hostile-unseen.ts: each is either read exactly as Excel shows it or refused with
 * one line that names the file and says what to do. Work is bounded by counting it (tags scanned,
 * merge index entries), never by a clock.
 */
import fc from 'fast-check';
import { checkSheet } from '../../../src/core/engine';
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { FileReadError, readWorkbookDetailed, type LeanWorkbook } from '../../../src/hosts/file/read';
import {
  book,
  colName,
  EXTERNAL,
  LAUGHS,
  otherFormats,
  tableBook,
  tableGrid,
  tableXml,
  zipOf,
} from '../../helpers/hostile-unseen';

function read(bytes: Uint8Array, file = 'x.xlsx'): LeanWorkbook {
  return readWorkbookDetailed(bytes, file);
}

function refusal(bytes: Uint8Array, file = 'x.xlsx', locale: 'zh-CN' | 'en-US' = 'zh-CN'): FileReadError {
  try {
    readWorkbookDetailed(bytes, file, { locale });
  } catch (err) {
    if (err instanceof FileReadError) {
      expect(err.message).not.toContain('\n');
      expect(err.message.startsWith(locale === 'zh-CN' ? `无法读取“${file}”：` : `Cannot read "${file}": `)).toBe(true);
      return err;
    }
    throw err;
  }
  throw new Error('read');
}

const x = tableXml();

describe('XML document type declarations are refused, never expanded or fetched', () => {
  const cases: [string, Uint8Array][] = [
    ['billion laughs in a sheet', book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="str"><v>&lol9;</v></c></row></sheetData>' }], prolog: { sheet: LAUGHS } })],
    ['billion laughs in shared strings', book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst.replace('项目名称', '&lol9;'), prolog: { sharedStrings: LAUGHS } })],
    ['billion laughs in styles', book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, styles: '<cellXfs><xf numFmtId="0"/></cellXfs>', prolog: { styles: LAUGHS } })],
    ['billion laughs in workbook.xml', book({ sheets: [{ name: '&lol9;', body: x.sheetData }], sharedStrings: x.sst, prolog: { workbook: LAUGHS } })],
    ['external entities in shared strings', book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst.replace('项目名称', '&xxe;'), prolog: { sharedStrings: EXTERNAL } })],
    ['a doctype without a subset in a sheet', book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, prolog: { sheet: '<!DOCTYPE worksheet SYSTEM "http://example.invalid/a.dtd">' } })],
  ];
  test.each(cases)('%s', (_what, bytes) => {
    const err = refusal(bytes);
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('无法读取“x.xlsx”：文件中含有 XML 文档类型声明（DOCTYPE），Excel 保存的工作簿不会有，可能是被改动过或恶意构造的文件，已停止读取。请在 Excel 中打开后另存一份再检查。');
  });
  test('in English', () => {
    expect(refusal(cases[0][1], 'x.xlsx', 'en-US').message).toMatch(/^Cannot read "x\.xlsx": it contains an XML document type declaration \(DOCTYPE\)/);
  });
});

describe('read as Excel reads them', () => {
  const expected = tableGrid();
  test('Strict Open XML (purl.oclc.org namespaces), its dates as ISO 8601 text, also from a formula', () => {
    expect(read(tableBook({ strict: true })).grids[0].values).toEqual(expected);
    const dates = book({
      strict: true,
      workbookPr: '<workbookPr dateCompatibility="0"/>',
      sheets: [{ name: '时间', body: '<sheetData><row r="1"><c r="A1" s="1" t="d"><v>2024-12-31T00:00:00</v></c><c r="B1" s="1" t="d"><f>DATE(2024,12,31)</f><v>2024-12-31T00:00:00</v></c><c r="C1" s="2" t="d"><v>2025-01-15T12:00:00</v></c></row></sheetData>' }],
      styles: '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs>',
    });
    const [g] = read(dates).grids;
    expect(g.values).toEqual([[45657, 45657, 45672.5]]);
    expect(g.text).toEqual([['2024/12/31', '2024/12/31', '2025/1/15 12:00']]);
  });

  test('every element under a namespace prefix (x:row, x:c), a relationship id under another prefix', () => {
    const [g] = read(tableBook({ p: 'x:' })).grids;
    expect(g.name).toBe('绩效目标表');
    expect(g.values).toEqual(expected);
    // A prefix bound to another namespace is not SpreadsheetML: its elements are not cells.
    const foreign = book({ sheets: [{ name: 'S', body: '', root: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:o="urn:other"><sheetData><row r="1"><c r="A1"><v>1</v></c><o:c r="B1"><o:v>2</o:v></o:c></row></sheetData></worksheet>` }] });
    expect(read(foreign).grids[0].values).toEqual([[1]]);
  });

  test('rows and cells without r follow the one before (the first row 1, the first cell column A)', () => {
    expect(read(tableBook({ addresses: false })).grids[0].values).toEqual(expected);
    const mixed = book({ sheets: [{ name: 'S', body: '<sheetData><row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row r="5"><c r="B5"><v>5</v></c></row><row><c><v>6</v></c></row></sheetData>' }] });
    expect(read(mixed).grids[0].values).toEqual([[1, null, 3, 4], [], [], [], [null, 5], [6]]);
  });

  test('phonetic runs (rPh) and phonetic properties are not part of a string, inline or shared', () => {
    const inline = book({
      sheets: [{
        name: 'S',
        body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t><rPh sb="0" eb="2"><t>こう</t></rPh><phoneticPr fontId="1"/></is></c><c r="B1" t="inlineStr"><is><r><t>某</t></r><r><rPr><b/></rPr><t>项目</t></r><rPh sb="0" eb="1"><t>ぼう</t></rPh></is></c><c r="C1"><v>3</v></c></row></sheetData>',
      }],
    });
    expect(read(inline).grids[0].values).toEqual([['项目名称', '某项目', 3]]);
    const shared = book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], sharedStrings: '<si><r><t>项目</t></r><r><t>名称</t></r><rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1"/></si>' });
    expect(read(shared).grids[0].values).toEqual([['项目名称']]);
  });

  test('XML parts in UTF-16 (little- or big-endian, with the byte-order mark) read as in UTF-8', () => {
    const utf16 = (text: string, be: boolean): Uint8Array => {
      const le = Buffer.from(`\ufeff${text}`, 'utf16le');
      if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return new Uint8Array(le);
    };
    for (const be of [false, true]) {
      const bytes = zipOf([
        { name: 'xl/workbook.xml', data: utf16('<?xml version="1.0" encoding="UTF-16"?><workbook xmlns:r="r"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>', be) },
        { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>' },
        { name: 'xl/worksheets/sheet1.xml', data: utf16(`<?xml version="1.0" encoding="UTF-16"?><worksheet>${x.sheetData}</worksheet>`, be) },
        { name: 'xl/sharedStrings.xml', data: utf16(`<sst>${x.sst}</sst>`, be) },
      ]);
      const [g] = read(bytes).grids;
      expect(g.name).toBe('表');
      expect(g.values).toEqual(expected);
    }
  });

  test('CDATA is text', () => {
    const bytes = book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[项目名称 & <预算>]]></t></is></c></row></sheetData>' }] });
    expect(read(bytes).grids[0].values).toEqual([['项目名称 & <预算>']]);
  });

  test("a Chinese Excel's built-in date formats (ids 27–36, 50–58, written without a <numFmt>)", () => {
    const ids = [31, 57, 58, 27, 32, 14];
    const bytes = book({
      sheets: [{ name: 'S', body: `<sheetData><row r="1">${ids.map((_, i) => `<c r="${colName(i)}1" s="${i + 1}"><v>45657.5</v></c>`).join('')}</row></sheetData>` }],
      styles: `<cellXfs count="${ids.length + 1}"><xf numFmtId="0"/>${ids.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs>`,
    });
    expect(read(bytes).grids[0].text).toEqual([['2024年12月31日', '2024年12月', '12月31日', '2024年12月', '12时00分', '2024/12/31']]);
  });

  test('General under locale and numeral codes ([DBNum2][$-804]General) shows the number, not a date', () => {
    const bytes = book({
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>1234.5</v></c><c r="B1" s="2"><v>1234.5</v></c></row></sheetData>' }],
      styles: '<numFmts count="2"><numFmt numFmtId="164" formatCode="[DBNum2][$-804]General"/><numFmt numFmtId="165" formatCode="[$-F800]General"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>',
    });
    expect(read(bytes).grids[0].text).toEqual([['1234.5', '1234.5']]);
  });

  test('date1904, and numbers Excel cannot hold (1e309, NaN) are no value; -0 is 0', () => {
    const bytes = book({
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44196</v></c><c r="C1"><v>1e309</v></c><c r="D1"><v>NaN</v></c><c r="E1"><v>-0</v></c></row></sheetData>' }],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    });
    const [g] = read(bytes).grids;
    expect(g.text?.[0].slice(0, 2)).toEqual(['1904/1/1', '2025/1/1']);
    expect(g.values[0].slice(2, 4)).toEqual([null, null]);
    expect(g.values[0][4] === 0).toBe(true);
    expect(g.text?.[0][4]).toBe('0');
  });

  test('zip oddities that are still a good zip: ZIP64, data descriptors, stored parts, path-traversal names, duplicate names', () => {
    expect(read(tableBook({ zip: { zip64: true } })).grids[0].values).toEqual(expected);
    expect(read(book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, part: { dataDescriptor: true } })).grids[0].values).toEqual(expected);
    expect(read(book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, part: { method: 0 } })).grids[0].values).toEqual(expected);
    const traversal = tableBook({ extra: [{ name: '../../../../tmp/pwned.txt', data: 'x' }, { name: '/etc/passwd', data: 'x' }, { name: 'C:\\Windows\\x.txt', data: 'x' }] });
    expect(read(traversal).grids[0].values).toEqual(expected);
  });

  test('worksheet parts named otherwise than sheetN.xml, or reached through ../ targets, are read; a chartsheet is not, whatever its name', () => {
    const bytes = book({
      sheets: [
        { name: '数据', body: x.sheetData, target: 'worksheets/data.xml' },
        { name: '上级', body: x.sheetData, target: '../xl/worksheets/./sheet9.xml' },
        { name: '图表', body: x.sheetData, target: 'worksheets/sheet3.xml', type: 'chartsheet' },
      ],
      sharedStrings: x.sst,
    });
    const wb = read(bytes);
    expect(wb.grids.map((g) => g.name)).toEqual(['数据', '上级']);
    expect(wb.grids[0].values).toEqual(expected);
  });

  test('chartsheets and dialog sheets are left out, worksheets kept; sheet states and odd names as the workbook says', () => {
    const chart = book({ sheets: [{ name: '图表', body: '', target: 'chartsheets/sheet1.xml', type: 'chartsheet', root: '<chartsheet/>' }, { name: '表', body: x.sheetData }, { name: 'Dialog1', body: '', target: 'dialogsheets/sheet1.xml', type: 'dialogsheet', root: '<dialogsheet/>' }], sharedStrings: x.sst });
    expect(read(chart).grids.map((g) => g.name)).toEqual(['表']);
    const names = ['a/b[1]:*?', "它's &amp; &lt;x&gt;", '\u001b[31mred', '深度隐藏'];
    const odd = book({ sheets: names.map((name, i) => ({ name, body: x.sheetData, state: i === 3 ? 'veryHidden' : undefined })), sharedStrings: x.sst });
    const wb = read(odd);
    expect(wb.grids.map((g) => g.name)).toEqual(['a/b[1]:*?', "它's & <x>", '\u001b[31mred', '深度隐藏']);
    expect(wb.states).toEqual(['visible', 'visible', 'visible', 'veryHidden']);
  });
});

describe('read as the tables they are: an Excel 2003 XML Spreadsheet, a CSV or TSV under a spreadsheet’s name', () => {
  const formats = otherFormats();
  test.each<[string, unknown[][]]>([
    ['xml2003-as-xls.xls', [['项目名称']]],
    ['csv-renamed.xlsx', [['项目名称', '预算数'], ['某项目', 12]]],
    ['csv-gbk-renamed.xlsx', [['项目名称', '预算数'], ['A', 12]]],
    ['tsv-utf16.xls', [['项目名称', '预算数']]],
  ])('%s', (name, values) => {
    expect(read(formats[name], name).grids.map((g) => g.values)).toEqual([values]);
  });
});

describe('refused with one line saying what the file is and what to do', () => {
  const formats = otherFormats();
  const cases: [string, string][] = [
    ['ods-renamed.xlsx', '这是 OpenDocument 表格（.ods）'],
    ['book.xlsb', '这是 Excel 二进制工作簿（.xlsb）'],
    ['wps.et', '这是 WPS 表格（.et）文件'],
    ['encrypted-ole.xlsx', '文件设有打开密码'],
    ['pdf-renamed.xlsx', '这不是 Excel 工作簿（.xlsx）文件'],
    ['docx-renamed.xlsx', '这不是 Excel 工作簿（.xlsx）文件'],
    ['rar-renamed.xlsx', '这不是 Excel 工作簿（.xlsx）文件'],
    ['zip-only-media.xlsx', '这不是 Excel 工作簿（.xlsx）文件'],
  ];
  test.each(cases)('%s', (name, words) => {
    const err = refusal(formats[name], name);
    expect(err.message).toContain(words);
    if (!/不是 Excel 工作簿（\.xlsx）文件|打开密码/.test(words)) expect(err.message).toMatch(/另存为/);
  });
  test('English', () => {
    expect(refusal(formats['legacy-biff.xls'], 'a.xls', 'en-US').message).toBe('Cannot read "a.xls": this .xls file is damaged (invalid sector size). Save it again or get a fresh copy.');
  });

  // Web pages saved as .xls and legacy .xls files are read since the legacy readers (html-read.ts,
  // xls-read.ts); before, each was refused with a line asking to save it as .xlsx.
  test.each(['html-as-xls.xls', 'html-bom-as-xlsx.xlsx', 'html-utf16.xls', 'table-only.xls', 'mht-as-xls.xls'])('%s is read', (name) => {
    expect(read(formats[name]).grids[0].values[0][0]).toBe('项目名称');
  });
  test('an OLE file with a Workbook name and nothing else is a damaged .xls', () => {
    const err = refusal(formats['legacy-biff.xls'], 'legacy-biff.xls');
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('无法读取“legacy-biff.xls”：这个 .xls 文件已损坏（扇区大小无效），请重新保存或重新获取该文件。');
  });

  const damaged: [string, Uint8Array, string][] = [
    ['a part whose CRC-32 does not match', book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, part: { crc: 12345 } }), 'corrupt'],
    ['a stored part with a byte changed after its CRC was taken', (() => {
      const b = book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, part: { method: 0 } });
      const at = Buffer.from(b).indexOf('预算数');
      b[at + 3] ^= 1;
      return b;
    })(), 'corrupt'],
    ['a central directory cut short', tableBook({ zip: { truncateDirectory: 30 } }), 'corrupt'],
    ['encrypted zip entries', book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, part: { flags: 1 } }), 'encrypted'],
    ['a shared string with no shared-string table', book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>' }] }), 'corrupt'],
    ['a cell address that is no address (r="-1")', book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="-1"><v>2</v></c></row></sheetData>' }] }), 'corrupt'],
    ['a row number past Excel (r="99999999999999999999")', book({ sheets: [{ name: 'S', body: '<sheetData><row r="99999999999999999999"><c r="A1"><v>1</v></c></row></sheetData>' }] }), 'excel-limit'],
    ['a cell of 32,768 characters', book({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'长'.repeat(32_768)}</t></is></c></row></sheetData>` }] }), 'excel-limit'],
    ['a workbook with only a chartsheet', book({ sheets: [{ name: '图表', body: '', target: 'chartsheets/sheet1.xml', type: 'chartsheet', root: '<chartsheet/>' }] }), 'empty'],
  ];
  test.each(damaged)('%s', (_what, bytes, code) => {
    expect(refusal(bytes).code).toBe(code);
  });
});

test('formula cells without a cached result are counted (read as empty, as before), on the byte-level path and the scanner alike', () => {
  const cells = '<c r="A1"><f>1+1</f></c><c r="B1" t="str"><f>"a"</f><v></v></c><c r="C1"><f>SUM(A1)</f><v>2</v></c><c r="D1" s="0"><f t="shared" si="0"/></c>';
  const fast = read(book({ sheets: [{ name: 'S', body: `<sheetData><row r="1">${cells}</row></sheetData>` }] }));
  expect(fast.work.byteLevelSheets).toBe(1);
  expect(fast.uncachedFormulas).toBe(3);
  expect(fast.grids[0].values).toEqual([[2]]);
  expect(fast.grids[0].origin).toEqual({ row: 0, col: 2 });
  const slow = read(book({ sheets: [{ name: 'S', body: `<sheetData><row r="1">${cells}<c r="E1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>` }] }));
  expect(slow.work.byteLevelSheets).toBe(0);
  expect(slow.uncachedFormulas).toBe(3);
  expect(read(tableBook()).uncachedFormulas).toBe(0);
});

test('a label in the last column (XFD) has its empty value reported on itself, never on a cell past Excel (XFE)', () => {
  const bytes = book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="XFD1" t="inlineStr"><is><t>项目名称</t></is></c></row><row r="2"><c r="XFC2" t="inlineStr"><is><t>预算数</t></is></c><c r="XFD2"><v>5</v></c></row><row r="3"><c r="XFD3" t="inlineStr"><is><t>绩效目标</t></is></c></row></sheetData>' }] });
  const [g] = read(bytes).grids;
  const result = checkSheet(g, {});
  const cells = result.tables.flatMap((t) => t.findings.map((f) => f.col));
  expect(cells.length).toBeGreaterThan(0);
  expect(Math.max(...cells)).toBeLessThanOrEqual(16_383);
  expect(result.tables[0].findings.find((f) => f.rule === 'structure/missing-project-name')?.cell).toBe('XFD1');
});

describe('bounded work, counted', () => {
  test('a cell of exactly 32,767 characters is read and checked', () => {
    const body = x.sheetData.replace('</sheetData>', `<row r="20"><c r="A20" t="inlineStr"><is><t>${'≥'.repeat(32_767)}</t></is></c></row></sheetData>`);
    const [g] = read(book({ sheets: [{ name: 'S', body }], sharedStrings: x.sst })).grids;
    expect((g.values[19][0] as string).length).toBe(32_767);
    expect(checkSheet(g, {}).tables.length).toBe(1);
  });

  /** A sheet of the table and `n` two-row merged areas beside it. */
  function merges(n: number): GridInit {
    const refs = Array.from({ length: n }, (_, i) => `<mergeCell ref="${colName((i % 100) + 10)}${Math.floor(i / 100) * 2 + 20}:${colName((i % 100) + 10)}${Math.floor(i / 100) * 2 + 21}"/>`);
    const fill = Array.from({ length: Math.ceil(n / 100) }, (_, k) => `<row r="${k * 2 + 20}"><c r="K${k * 2 + 20}"><v>1</v></c><c r="DF${k * 2 + 20}"><v>1</v></c></row>`).join('');
    const body = x.sheetData.replace('</sheetData>', `${fill}</sheetData>`) + `<mergeCells count="${n}">${refs.join('')}</mergeCells>`;
    return read(book({ sheets: [{ name: 'S', body }], sharedStrings: x.sst })).grids[0];
  }
  test('10,000 merged areas: the merge index grows with the areas, not their product', () => {
    const small = merges(1_000);
    const large = merges(10_000);
    expect(large.merges?.length).toBe(10_000);
    const work = (g: GridInit) => new Grid(g).indexWork + (g.merges?.length ?? 0);
    expect(work(large) / work(small)).toBeLessThan(15);
    expect(() => checkSheet(large, {})).not.toThrow();
  });

  test('a number format longer than Excel allows (255 characters) is shown as General: text stays the size of the number, not of the format', () => {
    const n = 200;
    const cells = Array.from({ length: n }, (_, i) => `<c r="A${i + 1}" s="1"><v>${i + 0.5}</v></c>`).map((c, i) => `<row r="${i + 1}">${c}</row>`).join('');
    const bytes = book({
      sheets: [{ name: 'S', body: `<sheetData>${cells}</sheetData>` }],
      styles: `<numFmts count="2"><numFmt numFmtId="164" formatCode="0.${'0'.repeat(1_000_000)}"/><numFmt numFmtId="165" formatCode="0.${'0'.repeat(253)}"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>`,
    });
    expect(bytes.length).toBeLessThan(100_000);
    const [g] = read(bytes).grids;
    const total = g.text?.reduce((sum, row) => sum + (row[0]?.length ?? 0), 0) ?? 0;
    expect(total).toBeLessThan(n * 10);
    expect(g.text?.[0][0]).toBe('0.5');
    // At the limit, the format is Excel's and is followed.
    const at = book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="2"><v>0.5</v></c></row></sheetData>' }], styles: `<numFmts count="2"><numFmt numFmtId="165" formatCode="0.${'0'.repeat(253)}"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="165"/></cellXfs>` });
    expect(read(at).grids[0].text?.[0][0]).toBe(`0.5${'0'.repeat(252)}`);
  });

  test('prefixed parts are scanned once: tags counted grow with the table, not faster', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`第${i}行`, i] as (string | number)[]);
    const prefixed = (n: number) => {
      const t = tableXml(rows(n), { p: 'x:' });
      return zipOf([
        { name: 'xl/workbook.xml', data: `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>` },
        { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>' },
        { name: 'xl/worksheets/sheet1.xml', data: `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${t.sheetData}</x:worksheet>` },
        { name: 'xl/sharedStrings.xml', data: `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${t.sst}</x:sst>` },
      ]);
    };
    const a = read(prefixed(2_000));
    const b = read(prefixed(20_000));
    expect(b.grids[0].values.length).toBe(20_000);
    expect(b.work.tags / a.work.tags).toBeGreaterThan(9);
    expect(b.work.tags / a.work.tags).toBeLessThan(11);
  });
});

/**
 * The same cells however they are encoded: element prefixes, Strict namespaces, cells and rows
 * without addresses, ZIP64, data descriptors, stored parts. Property (fast-check, fixed seed): the
 * reader gives exactly the cells written, at their places.
 */
test('encodings Excel accepts do not change what is read (fuzzed)', () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
    fc.stringMatching(/^[项目预算&<>"'a-z0-9≥％%]{1,12}$/),
  );
  const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
  const encoding = fc.record({
    p: fc.constantFrom('', 'x:', 'main:'),
    addresses: fc.boolean(),
    strict: fc.boolean(),
    zip: fc.constantFrom({}, { zip64: true }),
    part: fc.constantFrom({}, { method: 0 as const }, { dataDescriptor: true }),
  });
  fc.assert(
    fc.property(grid, encoding, (rows, enc) => {
      const expectedCells = new Map<string, string | number>();
      rows.forEach((row, r) => row.forEach((v, c) => v !== null && expectedCells.set(`${r},${c}`, v)));
      const [g] = read(tableBook({ rows, ...enc })).grids;
      const got = new Map<string, unknown>();
      const o = g.origin ?? { row: 0, col: 0 };
      g.values.forEach((row, r) => Object.keys(row).forEach((k) => row[Number(k)] !== null && got.set(`${r + o.row},${Number(k) + o.col}`, row[Number(k)])));
      expect(got).toEqual(expectedCells);
    }),
    { seed: 1304, numRuns: 150 },
  );
});
