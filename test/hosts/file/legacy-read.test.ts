/**
 * Legacy .xls (BIFF8), web pages saved as .xls and CSV give the grid the .xlsx reader gives for the
 * same table. Fixtures: test/fixtures/legacy/, made by LibreOffice from our .xlsx fixtures and from tune
 * files of the real corpus (scripts/make-legacy-fixtures.ts); hand-made pages as systems write
 * them; BIFF8 records built in the test (test/helpers/xls-build.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { CellValue, GridInit } from '../../../src/core/engine/grid';
import { allFindings, checkSheet } from '../../../src/core/engine';
import { readWorkbookDetailed } from '../../../src/hosts/file/read';
import { OWN, tuneIds } from '../../../scripts/make-legacy-fixtures';
import { cells, compoundFile, EOF, record, sstRecords, u16, u32, xlsFile, xlString } from '../../helpers/xls-build';
import { readFailure } from '../../helpers/read-failure';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const LEGACY = join(FIXTURES, 'legacy');

function read(bytes: Uint8Array, file: string): GridInit[] {
  return readWorkbookDetailed(bytes, file).grids;
}
function readPath(path: string): GridInit[] {
  return read(new Uint8Array(readFileSync(path)), path);
}
const failure = readFailure;

/** The cells of a grid by address (relative to its origin when `relative`), with their shown text. */
function cellMap(g: GridInit, relative: boolean, normalise: (s: string) => string = (s) => s): Map<string, [CellValue, string]> {
  const out = new Map<string, [CellValue, string]>();
  const r0 = relative ? 0 : (g.origin?.row ?? 0);
  const c0 = relative ? 0 : (g.origin?.col ?? 0);
  g.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const text = g.text?.[r]?.[c] ?? String(v);
      out.set(`${r + r0},${c + c0}`, [typeof v === 'string' ? normalise(v) : v, normalise(text)]);
    }),
  );
  return out;
}
function mergeList(g: GridInit, relative: boolean): string[] {
  const r0 = relative ? (g.origin?.row ?? 0) : 0;
  const c0 = relative ? (g.origin?.col ?? 0) : 0;
  return (g.merges ?? []).map((m) => `${m.top - r0},${m.left - c0}:${m.bottom - r0},${m.right - c0}`).sort();
}
function differences(a: Map<string, [CellValue, string]>, b: Map<string, [CellValue, string]>, numbersClose = false): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    const same =
      x !== undefined &&
      y !== undefined &&
      x[1] === y[1] &&
      (x[0] === y[0] || (numbersClose && typeof x[0] === 'number' && typeof y[0] === 'number' && Math.abs(x[0] - y[0]) <= 1e-9 * Math.max(1, Math.abs(x[0]))));
    if (!same) out.push(`${key}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  }
  return out.sort();
}

/**
 * What LibreOffice changes in converting values.xlsx (not the readers): it recalculates `=B3`
 * (cached as 文本 in the fixture, 0 when computed) and `=NOW()` (no cached value in the fixture),
 * and writes format 14 as its own `m/d/yyyy`.
 */
const LIBREOFFICE_CHANGES: Record<string, string[]> = {
  values: ['3,3', '3,7', '4,4'],
};

describe('BIFF8 .xls converted by LibreOffice: the same grids as the .xlsx', () => {
  const ids = [...OWN.map((id) => ({ base: id, xlsx: join(FIXTURES, `${id}.xlsx`) })), ...tuneIds().map((id) => ({ base: `real-${id}`, xlsx: join(FIXTURES, 'real', 'xlsx', `${id}.xlsx`) }))];
  test.each(ids)('$base.xls', ({ base, xlsx }) => {
    const a = readPath(xlsx);
    const b = readPath(join(LEGACY, `${base}.xls`));
    expect(b.map((g) => g.name)).toEqual(a.map((g) => g.name));
    a.forEach((g, i) => {
      const diff = differences(cellMap(g, false), cellMap(b[i], false)).filter((d) => i > 0 || !(LIBREOFFICE_CHANGES[base] ?? []).includes(d.split(':')[0]));
      expect(diff).toEqual([]);
      expect(mergeList(b[i], false)).toEqual(mergeList(g, false));
      expect(b[i].origin).toEqual(g.origin);
    });
  });

  test.each(tuneIds())('tune file %s: the same findings from its .xls and its web page as from its .xlsx', (id) => {
    const findings = (grids: GridInit[]): string[] =>
      grids.flatMap((g) =>
        allFindings(checkSheet(g, {})).map((f) => JSON.stringify({ ...f, sheet: undefined, message: undefined }, (k, v: unknown) => (k === 'sheet' ? undefined : v))),
      );
    const xlsx = findings(readPath(join(FIXTURES, 'real', 'xlsx', `${id}.xlsx`)));
    expect(findings(readPath(join(LEGACY, `real-${id}.xls`)))).toEqual(xlsx);
  });
});

/** LibreOffice's web page writes a line break or a run of spaces as they are, which a browser (and Excel opening the page) shows as one space. */
const collapse = (s: string): string => s.replace(/\s+/g, ' ');

describe('web pages converted by LibreOffice: the same grids as the .xlsx', () => {
  const single = ['l1', 'l4-merged', 'stacked', 'side-by-side', ...tuneIds().map((id) => `real-${id}`)];
  test.each(single)('%s.html', (base) => {
    const xlsx = base.startsWith('real-') ? join(FIXTURES, 'real', 'xlsx', `${base.slice(5)}.xlsx`) : join(FIXTURES, `${base}.xlsx`);
    const [a] = readPath(xlsx);
    const b = readPath(join(LEGACY, `${base}.html`));
    expect(b).toHaveLength(1);
    // The page starts at its first used cell: compared from the grids' origins.
    expect(differences(cellMap(a, true, collapse), cellMap(b[0], true, collapse), true)).toEqual([]);
    expect(mergeList(b[0], true)).toEqual(mergeList(a, true));
  });

  test('a page of several sheets: their tables one under the other, a blank row between', () => {
    const [g] = readPath(join(LEGACY, 'values.html'));
    const texts = g.values.map((row) => row.find((v) => v !== null && v !== undefined) ?? null);
    expect(texts[0]).toBe('文本');
    // LibreOffice writes values.xlsx's first sheet as 12 rows (its last ones empty); a blank row, then the second sheet's table.
    expect(texts.indexOf('第二个工作表')).toBe(13);
    expect(g.values[12]).toEqual([]);
  });

  test('the tune files\' pages give the same findings as their .xlsx', () => {
    for (const id of tuneIds()) {
      const strip = (grids: GridInit[]): string[] => grids.flatMap((g) => allFindings(checkSheet(g, {})).map((f) => `${f.rule} ${f.severity} ${f.row - (g.origin?.row ?? 0)},${f.col - (g.origin?.col ?? 0)}`));
      const a = strip(readPath(join(FIXTURES, 'real', 'xlsx', `${id}.xlsx`)));
      const b = strip(readPath(join(LEGACY, `real-${id}.html`)));
      expect(b.sort()).toEqual(a.sort());
    }
  });
});

describe('CSV written by LibreOffice (UTF-8, cells as shown): the text and the findings of the .xlsx', () => {
  const single = ['l1', 'l4-merged', 'stacked', 'side-by-side', ...tuneIds().map((id) => `real-${id}`)];
  /** Shown text by absolute address: a CSV holds no formats and no merged areas, only what the sheet shows. */
  const shown = (g: GridInit): Map<string, string> => {
    const out = new Map<string, string>();
    g.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && out.set(`${r + (g.origin?.row ?? 0)},${c + (g.origin?.col ?? 0)}`, g.text?.[r]?.[c] ?? String(v))));
    return out;
  };
  test.each(single)('%s.csv', (base) => {
    const xlsx = base.startsWith('real-') ? join(FIXTURES, 'real', 'xlsx', `${base.slice(5)}.xlsx`) : join(FIXTURES, `${base}.xlsx`);
    const [a] = readPath(xlsx);
    const b = readPath(join(LEGACY, `${base}.csv`));
    expect(b).toHaveLength(1);
    expect([...shown(b[0])].sort()).toEqual([...shown(a)].sort());
    // The locator reads the tables from the text alone: the same findings at the same cells.
    const findings = (g: GridInit): string[] => allFindings(checkSheet(g, {})).map((f) => `${f.rule} ${f.severity} ${f.row},${f.col} ${f.suggestion ?? ''}`).sort();
    expect(findings(b[0])).toEqual(findings(a));
  });
});

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** GBK bytes of the few Chinese texts these pages hold (as Python's codec gives them), ASCII as it is. */
const GBK: Record<string, string> = { 绩效指标: 'bca8d0a7d6b8b1ea', '≥': 'a1dd', 产出指标: 'b2fab3f6d6b8b1ea' };
function gbk(s: string): Uint8Array {
  const out: number[] = [];
  const keys = Object.keys(GBK);
  for (let i = 0; i < s.length; ) {
    const key = keys.find((k) => s.startsWith(k, i));
    if (key) {
      out.push(...(GBK[key].match(/../g) ?? []).map((h) => parseInt(h, 16)));
      i += key.length;
    } else {
      if (s.charCodeAt(i) > 0x7f) throw new Error(`no GBK bytes for ${s[i]}`);
      out.push(s.charCodeAt(i++));
    }
  }
  return new Uint8Array(out);
}

describe('web pages as budget systems write them', () => {
  test('no <tbody>, uppercase tags, unclosed <td> and <tr>, rowspan and colspan, <br>, entities', () => {
    const page = `<HTML><HEAD><TITLE>导出</TITLE></HEAD><BODY>
<TABLE BORDER=1>
<TR><TD COLSPAN=4>项目支出绩效目标表</TD>
<TR><TD ROWSPAN=2>项目名称<TD COLSPAN=3>办公楼维修&nbsp;改造
<TR><TD>资金&amp;来源<BR>财政拨款<TD x:num="120000">120,000<TD>&lt;=100%&gt;
<TR><TD>一级<TD>二级&#x4E09;<TD>&#20108;<td>x
</TABLE></BODY></HTML>`;
    const [g] = read(utf8(page), '某单位.xls');
    expect(g.name).toBe('某单位');
    expect(g.values).toEqual([
      ['项目支出绩效目标表', null, null, null],
      ['项目名称', '办公楼维修 改造', null, null],
      [null, '资金&来源\n财政拨款', 120000, '<=100%>'],
      ['一级', '二级三', '二', 'x'],
    ]);
    expect(g.text?.[2][2]).toBe('120,000');
    expect(mergeList(g, false)).toEqual(['0,0:0,3', '1,0:2,0', '1,1:1,3']);
  });

  test('GBK bytes, charset from <meta content="text/html; charset=gb2312">', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table><tr><td>绩效指标</td><td>≥95%</td></tr></table></body></html>';
    const [g] = read(gbk(page), 'a.xls');
    expect(g.values[0]).toEqual(['绩效指标', '≥95%']);
  });

  test('GBK bytes with no charset, UTF-8 with a BOM, a charset name that is none', () => {
    const table = '<table><tr><td>产出指标</td></tr></table>';
    expect(read(gbk(`<html><body>${table}</body></html>`), 'a.xls')[0].values[0][0]).toBe('产出指标');
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<html>${table}</html>`)]), 'a.xls')[0].values[0][0]).toBe('产出指标');
    expect(read(utf8(`<html><head><meta charset="no-such-charset-x"></head>${table}</html>`), 'a.xls')[0].values[0][0]).toBe('产出指标');
    expect(read(gbk(`<html><head><meta charset="utf-8-nonsense"></head>${table}</html>`), 'a.xls')[0].values[0][0]).toBe('产出指标');
  });

  test("Excel's own export: x:num, x:str, mso-number-format from a class and inline", () => {
    const page = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><style>
.xl65 {mso-number-format:"0\\.00%";}
.xl66 {mso-number-format:"\\@";}
</style></head><body><table>
<tr><td class=xl65 x:num="0.955">95.50%</td><td x:str>001</td><td class=xl66>2024</td><td x:num>2024</td><td style='mso-number-format:"\\#\\,\\#\\#0\\.00"' x:num="1234.5">1,234.50</td></tr>
</table></body></html>`;
    const [g] = read(utf8(page), 'a.xls');
    expect(g.values[0]).toEqual([0.955, '001', '2024', 2024, 1234.5]);
    expect(g.text?.[0]).toEqual(['95.50%', '001', '2024', '2024', '1,234.50']);
  });

  test('a single-file page (MHT), quoted-printable and base64', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><table><tr><td>满意度</td><td>≥90%</td></tr></table></body></html>';
    const qp = [...utf8(html)].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
    const mht = (enc: string, body: string): Uint8Array =>
      utf8(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: ${enc}\r\n\r\n${body}\r\n------=_NextPart_01--\r\n`);
    const qpWrapped = qp.replace(/(.{70})/g, '$1=\r\n');
    expect(read(mht('quoted-printable', qpWrapped), 'a.mht')[0].values[0]).toEqual(['满意度', '≥90%']);
    const b64 = Buffer.from(html, 'utf8').toString('base64').replace(/(.{76})/g, '$1\r\n');
    expect(read(mht('base64', b64), 'a.xls')[0].values[0]).toEqual(['满意度', '≥90%']);
  });

  test('several tables: one sheet, one under the other with a blank row; a table in a cell is its text', () => {
    const page = '<html><body><table><tr><td>标题</td></tr></table><p>说明</p><table><tr><td>A</td><td><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table></td></tr></table></body></html>';
    const [g] = read(utf8(page), 'a.xls');
    expect(g.values).toEqual([['标题'], [], ['A', 'x y\nz']]);
  });

  test('a page without a table, and tables nested without end, are refused naming the file', () => {
    expect(failure(utf8('<html><body><p>没有表格</p></body></html>'), '某单位.xls').message).toBe('无法读取“某单位.xls”：这是网页（HTML）文件，但其中没有表格，无法检查。');
    const deep = failure(utf8(`<html>${'<table><tr><td>'.repeat(100_000)}</html>`), '某单位.xls');
    expect(deep.code).toBe('corrupt');
    expect(deep.message).toContain('嵌套超过 64 层');
  });
});

// ---------------------------------------------------------------------------------------------
// BIFF8 records

/** A FORMAT and XF list: XF 0–15 style XFs of General, then cell XFs 16 (General), 17 (0.00%), 18 (yyyy-mm-dd), 19 (#,##0.00). */
function formatsAndXfs(): number[] {
  const xf = (fmt: number, style: boolean): number[] => record(0x00e0, [...u16(0), ...u16(fmt), ...u16(style ? 0xfff5 : 0), ...new Array<number>(14).fill(0)]);
  const out: number[] = [...record(0x041e, [...u16(164), ...xlString('yyyy-mm-dd')])];
  for (let i = 0; i < 16; i++) out.push(...xf(0, true));
  out.push(...xf(0, false), ...xf(10, false), ...xf(164, false), ...xf(4, false));
  return out;
}

describe('BIFF8 records', () => {
  test('SST with CONTINUE (a string split, the high-byte flag restated), LABELSST, LABEL, NUMBER, RK, MULRK, FORMULA, BOOLERR, MERGEDCELLS, formats', () => {
    // String 0: 'abc' + '绩效' split across the SST and a CONTINUE: 'ab' compressed in the SST, then 'c绩效' wide in the CONTINUE.
    const sst0 = [...u32(3), ...u32(3), ...u16(5), 0, 0x61, 0x62];
    const cont = [1, 0x63, 0, ...[...'绩效'].flatMap((c) => u16(c.charCodeAt(0))), ...u16(2), 0, 0x78, 0x79, ...u16(1), 1, ...u16('目'.charCodeAt(0))];
    const globals = [...formatsAndXfs(), ...sstRecords([sst0, cont])];
    const file = xlsFile(globals, [
      {
        name: '绩效目标表',
        records: [
          ...cells.labelSst(0, 0, 0),
          ...cells.labelSst(0, 1, 1),
          ...cells.label(1, 0, '项目名称'),
          ...cells.number(1, 1, 0.955, 17),
          ...cells.rk(2, 0, (100 << 2) | 2), // integer 100
          ...cells.rk(2, 1, (12345 << 2) | 3, 19), // 123.45
          ...cells.mulrk(3, 0, [(1 << 2) | 2, (2 << 2) | 2, (3 << 2) | 2]),
          ...cells.formulaNumber(4, 0, 45672, 18),
          ...cells.formulaString(4, 1, '公式文本'),
          ...cells.boolerr(5, 0, 1, false),
          ...cells.boolerr(5, 1, 0x07, true),
          ...cells.labelSst(6, 0, 2),
          ...cells.merged([[0, 0, 1, 3]]),
        ],
      },
    ]);
    const [g] = read(file, 'a.xls');
    expect(g.name).toBe('绩效目标表');
    expect(g.values).toEqual([
      ['abc绩效', 'xy', null, null],
      ['项目名称', 0.955],
      [100, 123.45],
      [1, 2, 3],
      [45672, '公式文本'],
      [true, '#DIV/0!'],
      ['目'],
    ]);
    expect(g.text?.[1][1]).toBe('95.50%');
    expect(g.text?.[2][1]).toBe('123.45');
    expect(g.text?.[4][0]).toBe('2025-01-15');
    expect(g.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 3 }]);
  });

  test('DATEMODE 1904, hidden sheets, a small stream in the mini stream', () => {
    const file = xlsFile([...formatsAndXfs(), ...record(0x0022, u16(1))], [
      { name: 'A', records: cells.number(0, 0, 44210, 18) },
      { name: 'B', records: cells.label(0, 0, 'x'), hidden: true },
    ]);
    expect(file.length).toBeLessThan(4096 + 2048); // the stream is in the mini stream
    const book = readWorkbookDetailed(file, 'a.xls');
    expect(book.grids[0].text?.[0][0]).toBe('2025-01-15');
    expect(book.states).toEqual(['visible', 'hidden']);
  });

  test('an encrypted .xls (FILEPASS), a BIFF5 .xls (Book stream, BOF 0x0500) and an OLE file without a workbook are refused clearly', () => {
    const enc = xlsFile(record(0x002f, [...u16(1), ...new Array<number>(52).fill(0)]), [{ name: 'A', records: [] }]);
    expect(failure(enc, '加密.xls').message).toContain('文件设有打开密码');
    const biff5Book = compoundFile([{ name: 'Book', data: new Uint8Array([...record(0x0809, [...u16(0x0500), ...u16(5), 0, 0, 0, 0]), ...EOF]) }]);
    expect(failure(biff5Book, '旧.xls').message).toContain('Excel 5.0/95 或更早版本');
    const biff5Bof = compoundFile([{ name: 'Workbook', data: new Uint8Array([...record(0x0809, [...u16(0x0500), ...u16(5), 0, 0, 0, 0]), ...EOF]) }]);
    expect(failure(biff5Bof, '旧.xls').message).toContain('Excel 5.0/95 或更早版本');
  });

  test('a chart substream inside a sheet is skipped; chart sheets are left out', () => {
    const chart = [...record(0x0809, [...u16(0x0600), ...u16(0x0020), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), ...cells.label(0, 0, 'chart'), ...EOF];
    const file = xlsFile(formatsAndXfs(), [{ name: 'A', records: [...cells.label(0, 0, 'a'), ...chart, ...cells.label(1, 0, 'b')] }]);
    expect(read(file, 'a.xls')[0].values).toEqual([['a'], ['b']]);
  });
});

