/**
 * Excel 2003 XML Spreadsheets (SpreadsheetML), what budget systems built on Java templates export
 * as .xls: read into the grid an .xlsx of the same table gives, through the command line's reader
 * (src/hosts/file/read.ts → legacy-read.ts → xml2003-read.ts). The workbooks here are written by
 * hand as such templates write them (our tables: consistency, not accuracy); the LibreOffice-made
 * ones of our fixtures and tune files are in legacy-read.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { allFindings, checkSheet } from '../../../src/core/engine';
import type { GridInit } from '../../../src/core/engine/grid';
import { readWorkbookDetailed } from '../../../src/hosts/file/read';
import { READ_LIMITS } from '../../../src/hosts/file/limits';
import { dateSerial, readXml2003 } from '../../../src/hosts/file/xml2003-read';
import { loadRealCorpus, REAL_XLSX, split } from '../../eval/real-corpus';
import { spreadsheetMl } from '../../helpers/spreadsheetml';
import { readFailure } from '../../helpers/read-failure';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (bytes: Uint8Array, file = '导出.xls') => readWorkbookDetailed(bytes, file);
const failure = (bytes: Uint8Array, file = '导出.xls') => readFailure(bytes, file);
/** A row without the empty cells its merged areas leave at its end. */
const trim = (row: unknown[] | undefined): unknown[] => {
  const out = [...(row ?? [])];
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
};
const merges = (g: GridInit): string[] => (g.merges ?? []).map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">`;
const STYLES = `<Styles>
 <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/></Style>
 <Style ss:ID="s21"><NumberFormat ss:Format="0.00"/></Style>
 <Style ss:ID="s22"><NumberFormat ss:Format="Percent"/></Style>
 <Style ss:ID="s23" ss:Parent="s21"><Font ss:Bold="1"/></Style>
 <Style ss:ID="s24"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></Style>
 <Style ss:ID="s25"><NumberFormat ss:Format="@"/></Style>
</Styles>`;

/** A project table as a system's template writes it: merges, skipped cells given ss:Index, numbers under formats. */
const TABLE = `${HEAD}
${STYLES}
<Worksheet ss:Name="绩效目标表">
<Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="12" x:FullColumns="1" x:FullRows="1">
 <Column ss:Width="80"/><Column ss:Index="3" ss:Hidden="1" ss:Span="1"/>
 <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">项目支出绩效目标表</Data></Cell></Row>
 <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">（2024年度）</Data></Cell></Row>
 <Row><Cell><Data ss:Type="String">项目名称</Data></Cell><Cell ss:MergeAcross="4"><Data ss:Type="String">办公楼维修改造</Data></Cell></Row>
 <Row><Cell><Data ss:Type="String">预算数</Data></Cell><Cell ss:StyleID="s23"><Data ss:Type="Number">120</Data></Cell><Cell><Data ss:Type="String">其中：财政资金</Data></Cell><Cell ss:StyleID="s21"><Data ss:Type="Number">100</Data></Cell><Cell><Data ss:Type="String">其他资金</Data></Cell><Cell ss:StyleID="s21"><Data ss:Type="Number">10</Data></Cell></Row>
 <Row><Cell><Data ss:Type="String">年度目标</Data></Cell><Cell ss:MergeAcross="4"><Data ss:Type="String">完成办公楼维修改造。&#10;保障办公安全。</Data></Cell></Row>
 <Row><Cell><Data ss:Type="String">一级指标</Data></Cell><Cell><Data ss:Type="String">二级指标</Data></Cell><Cell><Data ss:Type="String">三级指标</Data></Cell><Cell ss:MergeAcross="2"><Data ss:Type="String">指标值</Data></Cell></Row>
 <Row><Cell ss:MergeDown="3"><Data ss:Type="String">产出指标</Data></Cell><Cell><Data ss:Type="String">数量指标</Data></Cell><Cell><Data ss:Type="String">维修面积</Data></Cell><Cell ss:MergeAcross="2"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><Font html:Color="#FF0000">≥</Font><Font>1200平方米</Font></ss:Data></Cell></Row>
 <Row ss:Hidden="1"><Cell ss:Index="2"><Data ss:Type="String">质量指标</Data></Cell><Cell><Data ss:Type="String">验收合格率</Data></Cell><Cell ss:MergeAcross="2" ss:StyleID="s22"><Data ss:Type="Number">1</Data></Cell></Row>
 <Row><Cell ss:Index="2"><Data ss:Type="String">时效指标</Data></Cell><Cell><Data ss:Type="String">完成时间</Data></Cell><Cell ss:MergeAcross="2" ss:StyleID="s24"><Data ss:Type="DateTime">2024-12-31T00:00:00.000</Data></Cell></Row>
 <Row><Cell ss:Index="2"><Data ss:Type="String">成本指标</Data></Cell><Cell><Data ss:Type="String">维修成本</Data><Comment ss:Author="审核"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>请核对</B></ss:Data></Comment></Cell><Cell ss:MergeAcross="2" ss:StyleID="s25"><Data ss:Type="String">≤120万元</Data></Cell></Row>
 <Row ss:Index="12"><Cell><Data ss:Type="String">效益指标</Data></Cell><Cell><Data ss:Type="String">满意度指标</Data></Cell><Cell><Data ss:Type="String">使用人员满意度</Data></Cell><Cell ss:MergeAcross="2"><Data ss:Type="String">≥95%</Data></Cell></Row>
</Table>
<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
</Worksheet>
<Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">填报说明</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Error">#N/A</Data></Cell></Row></Table>
<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
</Worksheet>
</Workbook>`;

describe('an Excel 2003 XML Spreadsheet as a system template writes it', () => {
  const book = read(utf8(TABLE));

  test('its sheets, names and states', () => {
    expect(book.grids.map((g) => g.name)).toEqual(['绩效目标表', '说明']);
    expect(book.states).toEqual(['visible', 'hidden']);
  });

  test('cells in their places: ss:Index on a row and a cell, the columns a merge takes, a comment not the value', () => {
    const g = book.grids[0];
    expect(g.origin ?? { row: 0, col: 0 }).toEqual({ row: 0, col: 0 });
    expect(g.values[0][0]).toBe('项目支出绩效目标表');
    expect(trim(g.values[2])).toEqual(['项目名称', '办公楼维修改造']);
    expect(trim(g.values[3])).toEqual(['预算数', 120, '其中：财政资金', 100, '其他资金', 10]);
    expect(g.values[4][1]).toBe('完成办公楼维修改造。\n保障办公安全。');
    expect(trim(g.values[6])).toEqual(['产出指标', '数量指标', '维修面积', '≥1200平方米']);
    expect(trim(g.values[7])).toEqual([null, '质量指标', '验收合格率', 1]);
    expect(trim(g.values[9])).toEqual([null, '成本指标', '维修成本', '≤120万元']);
    expect(trim(g.values[10])).toEqual([]);
    expect(trim(g.values[11])).toEqual(['效益指标', '满意度指标', '使用人员满意度', '≥95%']);
    expect(merges(g)).toEqual(['0,0:0,5', '1,0:1,5', '2,1:2,5', '4,1:4,5', '5,3:5,5', '6,0:9,0', '6,3:6,5', '7,3:7,5', '8,3:8,5', '9,3:9,5', '11,3:11,5'].sort());
  });

  test('numbers shown under their styles (a parent style’s format too), a date as its serial under its format', () => {
    const g = book.grids[0];
    expect(g.text?.[3][1]).toBe('120.00');
    expect(g.text?.[3][3]).toBe('100.00');
    expect(g.text?.[7][3]).toBe('100.00%');
    expect(g.values[8][3]).toBe(dateSerial('2024-12-31'));
    expect(g.text?.[8][3]).toBe('2024年12月31日');
  });

  test('hidden rows and columns as the file states them; a boolean, an error value', () => {
    const g = book.grids[0];
    expect(g.hidden?.rows).toEqual([7]);
    expect(g.hidden?.cols).toEqual([2, 3]);
    expect(book.grids[1].values[0]).toEqual(['填报说明', true, '#N/A']);
  });

  test('checked like the same table in an .xlsx: the table found, its defects at their cells', () => {
    const result = checkSheet(book.grids[0], {});
    expect(result.tables).toHaveLength(1);
    const found = allFindings(result).map((f) => `${f.rule}@${f.row},${f.col}`);
    // 财政资金 100 + 其他资金 10 ≠ 预算数 120; 验收合格率 a bare 100% with no sign.
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^budget\/sum-mismatch@3,/), 'value/missing-sign@7,3']));
  });
});

describe('encodings and prefixes', () => {
  const body = (cells: string) => `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><ss:Worksheet ss:Name="S"><ss:Table><ss:Row>${cells}</ss:Row></ss:Table></ss:Worksheet></Workbook>`;

  test('GBK bytes as the declaration says (encoding="GBK"), and with no declaration', () => {
    // 项目名称 / 预算数 in GBK.
    const name = [0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6];
    const xml = (decl: string) => {
      const [a, b] = body('<ss:Cell><ss:Data ss:Type="String">@</ss:Data></ss:Cell>').split('@');
      return new Uint8Array([...utf8(`${decl}<?mso-application progid="Excel.Sheet"?>${a}`), ...name, ...utf8(b)]);
    };
    expect(read(xml('<?xml version="1.0" encoding="GBK"?>')).grids[0].values[0][0]).toBe('项目名称');
    expect(read(xml('<?xml version="1.0" encoding="gb2312"?>')).grids[0].values[0][0]).toBe('项目名称');
    expect(read(xml('<?xml version="1.0"?>')).grids[0].values[0][0]).toBe('项目名称');
  });

  test('UTF-16 with its byte order mark; elements with the ss: prefix; an unprefixed attribute', () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?>${body('<ss:Cell Index="2"><ss:Data ss:Type="Number">7</ss:Data></ss:Cell>')}`;
    const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    const [g] = read(bytes).grids;
    expect(g.values[0]).toEqual([7]);
    expect(g.origin).toEqual({ row: 0, col: 1 });
  });

  test('a DOCTYPE’s entities are never expanded; XML’s own and numeric ones are', () => {
    const laughs = `<!DOCTYPE Workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
    const g = read(utf8(`<?xml version="1.0"?>${laughs}${body('<ss:Cell><ss:Data ss:Type="String">&b;|&lt;=&#8805;&#x2265;&amp;</ss:Data></ss:Cell>')}`)).grids[0];
    expect(g.values[0][0]).toBe('&b;|<=≥≥&');
  });
});

describe('refused with one line, never a library’s English', () => {
  test('no worksheet at all: the workbook is said to have none', () => {
    const err = failure(utf8(`${HEAD}${STYLES}</Workbook>`));
    expect(err.code).toBe('empty');
    expect(err.message).toBe('无法读取“导出.xls”：工作簿中没有工作表。');
  });

  test('an XML file that is no workbook', () => {
    const err = failure(utf8('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Other/>'));
    expect(err.code).toBe('not-xlsx');
  });

  test('a merge or a row past Excel’s grid, a cell past its columns: the limits’ own lines', () => {
    const sheet = (row: string) => utf8(`${HEAD}<Worksheet ss:Name="S"><Table>${row}</Table></Worksheet></Workbook>`);
    expect(failure(sheet('<Row><Cell ss:MergeDown="2000000"><Data ss:Type="String">x</Data></Cell></Row>')).code).toBe('excel-limit');
    expect(failure(sheet('<Row ss:Index="1048577"><Cell><Data ss:Type="String">x</Data></Cell></Row>')).code).toBe('excel-limit');
    expect(failure(sheet('<Row><Cell ss:Index="16385"><Data ss:Type="String">x</Data></Cell></Row>')).code).toBe('excel-limit');
    expect(failure(sheet(`<Row><Cell><Data ss:Type="String">${'长'.repeat(READ_LIMITS.maxCellChars + 1)}</Data></Cell></Row>`)).message).toContain('工作表“S”');
  });
});

describe('bounded: the work grows with the file, not faster', () => {
  const rows = (n: number) => `${HEAD}<Worksheet ss:Name="S"><Table>${Array.from({ length: n }, (_, i) => `<Row ss:Index="1" ss:Span="1000000" ss:Hidden="1"><Cell><Data ss:Type="String"><Font>${i}</Font></Data></Cell></Row>`).join('')}</Table></Worksheet></Workbook>`;

  test('every <Row> hiding a million rows again: the rows noted hidden stop at a sheet’s worth', () => {
    const work = { tags: 0, hiddenRows: 0 };
    const book = readXml2003(utf8(rows(50)), READ_LIMITS, work);
    // Fifty rows each hiding 1,000,001 rows would note 50 million.
    expect(work.hiddenRows).toBe(READ_LIMITS.maxRows);
    expect(book.grids[0].hidden?.rows).toEqual([0]);
  });

  test('a tag with a million characters of attribute name and no quoted value reads (each is tried once)', () => {
    // With the value required, the pattern tried the run again from each of its characters: 40,000 took 1.3 s, a million would take minutes.
    const xml = `${HEAD}<Worksheet ss:Name="S"><Table><Row><Cell ${'a'.repeat(1_000_000)}=x ss:Index="2"><Data ss:Type="String">项目名称</Data></Cell></Row></Table></Worksheet></Workbook>`;
    const [g] = readXml2003(utf8(xml), READ_LIMITS).grids;
    expect(g.values[0]).toEqual(['项目名称']);
    expect(g.origin).toEqual({ row: 0, col: 1 });
  });

  test('tags scanned are linear in the rows', () => {
    const tagsOf = (n: number) => {
      const work = { tags: 0 };
      readXml2003(utf8(`${HEAD}<Worksheet ss:Name="S"><Table>${'<Row><Cell ss:MergeAcross="1"><Data ss:Type="String"><B>x</B><I>y</I></Data></Cell><Cell ss:Index="4"><Data ss:Type="Number">1</Data></Cell></Row>'.repeat(n)}</Table></Worksheet></Workbook>`), READ_LIMITS, work);
      return work.tags;
    };
    const small = tagsOf(1_000);
    const large = tagsOf(10_000);
    expect(large).toBeLessThanOrEqual(small * 10 + 20);
  });
});

test('dateSerial: Excel’s 1900 system, its 29 February 1900 included', () => {
  expect(dateSerial('1900-01-01T00:00:00')).toBe(1);
  expect(dateSerial('1900-03-01')).toBe(61);
  expect(dateSerial('2024-12-31T12:00:00.000')).toBe(45657.5);
  expect(dateSerial('2024-13-01')).toBeUndefined();
  expect(dateSerial('明年')).toBeUndefined();
});

describe('every layout fixture and every tune file of the real corpus, written as SpreadsheetML, reads as its .xlsx', () => {
  /** The cells by absolute address with their shown text, and the merged areas. */
  const cellsOf = (g: GridInit): string[] => {
    const out: string[] = [];
    const r0 = g.origin?.row ?? 0;
    const c0 = g.origin?.col ?? 0;
    g.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && out.push(`${r + r0},${c + c0} ${JSON.stringify(v)} ${g.text?.[r]?.[c] ?? String(v)}`)));
    return out.sort();
  };
  const findingsOf = (grids: GridInit[]): string[] => grids.flatMap((g) => allFindings(checkSheet(g, {})).map((f) => `${g.name} ${f.rule} ${f.severity} ${f.row},${f.col} ${f.suggestion ?? ''}`));
  const files = [
    ...readdirSync(FIXTURES)
      .filter((n) => n.endsWith('.xlsx'))
      .map((n) => join(FIXTURES, n)),
    ...loadRealCorpus()
      .filter((f) => split(f) === 'tune')
      .map((f) => join(REAL_XLSX, `${f.id}.xlsx`)),
  ];

  test.each(files.map((f) => [basename(f), f]))('%s', (_name, path) => {
    const a = readWorkbookDetailed(new Uint8Array(readFileSync(path)), path);
    const b = read(utf8(spreadsheetMl(a.grids)), basename(path).replace(/\.xlsx$/, '.xls'));
    expect(b.grids.map((g) => g.name)).toEqual(a.grids.map((g) => g.name));
    a.grids.forEach((g, i) => {
      expect(cellsOf(b.grids[i])).toEqual(cellsOf(g));
      expect(merges(b.grids[i])).toEqual(merges(g));
    });
    expect(findingsOf(b.grids)).toEqual(findingsOf(a.grids));
  });
});
