/**
 * What the reviewer sees against what is checked (eighth round of hostile input): number formats
 * that put a sign or a unit only in the display, hide a value, or show an amount as a date or a
 * percentage. Decided per case, and the same in the command line (lean reader), the reader behind
 * --annotate (ExcelJS) and the preview (its loader into the stand-in, read back through the
 * ExcelHost as the add-in reads Excel):
 * - an indicator value that is a number is checked as displayed (`1` shown `100%` is `100%`,
 *   `0.99` under `"≥"0%` is `≥99%`, a number under `;;;` shows nothing and is an empty value);
 * - a text value is checked as stored: a format's text section (`"≥"@`) only decorates it, the
 *   fix writes the stored text, and Excel's add-in reads text cells as their value;
 * - an amount is checked by its number, whatever it shows (a date, a percentage, nothing).
 */
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { checkSheet } from '../../../src/core/engine';
import { readWorkbookBytes } from '../../../src/hosts/file/read';
import { readWorkbookExcelJs } from '../../../src/hosts/file/exceljs-read';
import { formatCellText, formatNumber } from '../../../src/hosts/file/numfmt';
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn } from '../../../src/standin';
import { displayText } from '../../../src/standin/numfmt';
import { modelFromXlsx } from '../../../src/standin/xlsx';
import { leanModelFromXlsx } from '../../../src/standin/xlsx-lean';
import { ZipReader, readZipDirectory } from '../../../src/hosts/file/zip';
import { main } from '../../../src/cli/main';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { book, colName } from '../../helpers/hostile-unseen';

type Cell = string | number | null | { v: number | string; f: string };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-sheet workbook; a cell `{ v, f }` holds v under the number format f. */
function workbook(rows: Cell[][]): Uint8Array {
  const formats: string[] = [];
  const strings: string[] = [];
  const xml = rows
    .map((row, r) => {
      const cells = row.map((cell, c) => {
        if (cell === null) return '';
        const ref = `${colName(c)}${r + 1}`;
        let style = '';
        let v: number | string = cell as number | string;
        if (typeof cell === 'object') {
          if (!formats.includes(cell.f)) formats.push(cell.f);
          style = ` s="${formats.indexOf(cell.f) + 1}"`;
          v = cell.v;
        }
        if (typeof v === 'number') return `<c r="${ref}"${style}><v>${v}</v></c>`;
        if (!strings.includes(v)) strings.push(v);
        return `<c r="${ref}"${style} t="s"><v>${strings.indexOf(v)}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
  const numFmts = formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('');
  const xfs = formats.map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`).join('');
  const styles = `<numFmts count="${formats.length}">${numFmts}</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="${formats.length + 1}"><xf numFmtId="0"/>${xfs}</cellXfs>`;
  return book({ sheets: [{ name: 'S', body: `<sheetData>${xml}</sheetData>` }], styles, sharedStrings: strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('') });
}

async function throughPreview(bytes: Uint8Array, lean: boolean): Promise<GridInit | undefined> {
  const model = lean ? await leanModelFromXlsx(bytes) : await modelFromXlsx(bytes);
  if (!model) return undefined;
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  return host.readSheet('S');
}

/** Every grid the three readers give (the preview's fast loader when it takes the file). */
async function grids(bytes: Uint8Array): Promise<[string, GridInit][]> {
  const out: [string, GridInit][] = [
    ['command line', (await readWorkbookBytes(bytes, 'x.xlsx'))[0]],
    ['ExcelJS', (await readWorkbookExcelJs(bytes))[0]],
    ['preview', (await throughPreview(bytes, false)) as GridInit],
  ];
  const fast = await throughPreview(bytes, true);
  if (fast) out.push(['preview (fast loader)', fast]);
  return out;
}

/** `cell rule` of every finding, sorted. */
function findings(g: GridInit): string[] {
  const out: string[] = [];
  for (const t of checkSheet(new Grid(g)).tables) for (const f of t.findings) out.push(`${f.cell} ${f.rule}${f.suggestion === undefined ? '' : ` ${f.suggestion}`}`);
  return out.sort();
}

/** The shown text of a cell in each reader's grid. */
function shownAt(g: GridInit, row: number, col: number): string {
  return new Grid(g).text(row, col);
}

const TABLE = (over: Record<string, Cell> = {}): Cell[][] => {
  const rows: Cell[][] = [
    ['项目名称', '2025年检察业务装备购置项目'],
    ['预算数', 12, '其中：财政资金', 11],
    ['其他资金', 1],
    ['资金用途', '用于购买堡垒机'],
    ['绩效目标', '完成设备国产化替代工作。'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', '设备数量', '采购设备台数', '≥1台'],
    [null, '质量指标', '设备合格率', '验收合格的设备比例', '＝100%'],
    [null, '时效指标', '完成时间', '设备到货安装时间', '≤12月'],
    [null, '成本指标', '设备总价', '设备采购总价', '≤12万元'],
    ['效益指标', '社会效益指标', '网络安全性', '网络安全防护能力', '有效提升'],
    ['满意度指标', '服务对象满意度指标', '使用人满意度', '使用人员满意程度', '≥99%'],
  ];
  for (const [a1, cell] of Object.entries(over)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    rows[row][col] = cell;
  }
  return rows;
};

describe('the clean table has no finding in any reader (the baseline of the cases below)', () => {
  test('baseline', async () => {
    for (const [, g] of await grids(workbook(TABLE()))) expect(findings(g)).toEqual([]);
  });
});

/** [case, cells to replace, the cell to look at, what it shows, the findings]. */
const CASES: [string, Record<string, Cell>, string, string, string[]][] = [
  ['1 under 0% shows 100%: the sign is missing, as for the text 100%', { E8: { v: 1, f: '0%' } }, 'E8', '100%', ['E8 value/missing-sign ＝100%']],
  ['0.99 under "≥"0% shows ≥99%: no finding', { E12: { v: 0.99, f: '"≥"0%' } }, 'E12', '≥99%', []],
  ['12 under "≤"0"万元" shows ≤12万元: no finding', { E10: { v: 12, f: '"≤"0"万元"' } }, 'E10', '≤12万元', []],
  ['1 under "≥"0"台" shows ≥1台', { E7: { v: 1, f: '"≥"0"台"' } }, 'E7', '≥1台', []],
  ['1 under ＝General (G/通用格式 and a literal) shows ＝1台', { E7: { v: 1, f: '"≥"General"台"' } }, 'E7', '≥1台', []],
  ['0.99 under ;;; shows nothing: an empty value', { E12: { v: 0.99, f: ';;;' } }, 'E12', '', ['E12 value/empty']],
  ['the text 99% under "≥"@ shows ≥99% but holds 99%: checked as stored', { E12: { v: '99%', f: '"≥"@' } }, 'E12', '99%', ['E12 value/missing-sign ≥99%']],
  ['the text ≥99% under ;;; is hidden but checked as stored', { E12: { v: '≥99%', f: ';;;' } }, 'E12', '≥99%', []],
  ['0.99 under @ shows 0.99', { E12: { v: 0.99, f: '@' } }, 'E12', '0.99', ['E12 value/missing-sign ≥99%', 'E12 value/missing-unit ≥99%']],
  ['99 under 0"%" (a literal %, not a percentage) shows 99%', { E12: { v: 99, f: '0"%"' } }, 'E12', '99%', ['E12 value/missing-sign ≥99%']],
  ['0 under # shows nothing: an empty value', { E12: { v: 0, f: '#' } }, 'E12', '', ['E12 value/empty']],
  ['-0.99 under "≥"0% shows -≥99%', { E12: { v: -0.99, f: '"≥"0%' } }, 'E12', '-≥99%', ['E12 value/qualitative-not-allowed ≥99%']],
  ['0 under a date format shows 1900-01-00, a date the satisfaction cannot be', { E12: { v: 0, f: 'yyyy-mm-dd' } }, 'E12', '1900-01-00', ['E12 value/qualitative-not-allowed']],
  // Before: the command line read 12.530000000000655 (ExcelJS's way through a JavaScript date, which
  // the lean reader copied for parity) and reported 预算数 ≠ 财政资金 + 其他资金; the preview did not.
  ['the amount 12.53 under yyyy-mm-dd is 11.53 + 1 to the cent', { B2: { v: 12.53, f: 'yyyy-mm-dd' }, D2: 11.53 }, 'B2', '1900-01-12', []],
  ['the amount 12 under yyyy-mm-dd is checked as 12', { B2: { v: 12, f: 'yyyy-mm-dd' } }, 'B2', '1900-01-12', []],
  ['the amount 12 under 0% is checked as 12', { B2: { v: 12, f: '0%' } }, 'B2', '1200%', []],
  ['the amount 12 under ;;; is checked as 12', { B2: { v: 12, f: ';;;' } }, 'B2', '', []],
  ['the amount 11 under 0"万元" is checked as 11', { D2: { v: 11, f: '0"万元"' } }, 'D2', '11万元', []],
];

describe('shown against checked: the same in the three readers', () => {
  test.each(CASES)('%s', async (_name, over, at, shows, expected) => {
    const col = at.charCodeAt(0) - 65;
    const row = Number(at.slice(1)) - 1;
    const all = await grids(workbook(TABLE(over)));
    const got = all.map(([who, g]) => `${who}: ${JSON.stringify(shownAt(g, row, col))} ${findings(g).join(', ')}`);
    const want = all.map(([who]) => `${who}: ${JSON.stringify(shows)} ${expected.join(', ')}`);
    expect(got).toEqual(want);
  });
});

describe('the formatter all readers share (Excel’s display)', () => {
  test.each<[number | string, string, string]>([
    [0.95, '"＝"General', '＝0.95'],
    [26.5, 'G/通用格式"万元"', '26.5万元'],
    [0.95, 'General;General;General;"≥"@', '0.95'],
    ['95%', 'General;General;General;"≥"@', '≥95%'],
    ['95%', '"≥"@', '≥95%'],
    [0.95, '"≥"@', '0.95'],
    ['95%', ';;;', ''],
    ['95%', '0%;;;', ''],
    ['95%', '0%', '95%'],
    [-3, '0%;;;', ''],
    [0, '#', ''],
    [0.95, '0"%"', '1%'],
    [26.5, '0.0,,"百万"', '0.0百万'],
    [-3, '0.00_);(0.00)', '(3.00)'],
  ])('%j under %s shows %j', (v, f, shown) => {
    expect(formatCellText(v, f)).toBe(shown);
    // The stand-in (the preview, the host tests) shows what the file host shows.
    expect(displayText(v, f)).toBe(shown);
    if (typeof v === 'number') expect(formatNumber(v, f)).toBe(shown);
  });
});

describe('the annotated copy keeps the numbers of date-formatted cells', () => {
  // Before: ExcelJS wrote them back through a JavaScript date, 12.53 as 12.529999999998836 and 0.1
  // as 0.09999999999854481 (a value the user made, changed in the copy).
  test('12.53 and 0.1 under yyyy-mm-dd are written as 12.53 and 0.1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-target-shown-'));
    try {
      writeFileSync(join(dir, 'a.xlsx'), workbook(TABLE({ B2: { v: 12.53, f: 'yyyy-mm-dd' }, D2: 11.53, H1: { v: 0.1, f: 'yyyy"年"m"月"d"日"' } })));
      const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
      expect(await main(['check', join(dir, 'a.xlsx'), '--annotate', join(dir, 'out')], io)).toBe(0);
      const copy = new Uint8Array(readFileSync(join(dir, 'out', 'a.checked.xlsx')));
      const sheet = new TextDecoder().decode(new ZipReader(copy, readZipDirectory(copy)).read('xl/worksheets/sheet1.xml'));
      expect(/<c r="B2"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1]).toBe('12.53');
      expect(/<c r="H1"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1]).toBe('0.1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

test('the add-in’s re-check of one table reads a text cell as the sheet read does (its value)', async () => {
  const bytes = workbook(TABLE({ E12: { v: '99%', f: '"≥"@' }, E8: { v: 1, f: '0%' } }));
  const model = await modelFromXlsx(bytes);
  if (!model) throw new Error('not loaded');
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  const whole = new Grid(await host.readSheet('S'));
  const part = new Grid(await host.readRange('S', 'A1:E12'));
  // Excel (and the stand-in) show ≥99% in the cell; both reads check the 99% it holds.
  expect([whole.text(11, 4), part.text(11, 4)]).toEqual(['99%', '99%']);
  expect([whole.text(7, 4), part.text(7, 4)]).toEqual(['100%', '100%']);
  expect(displayText('99%', '"≥"@')).toBe('≥99%');
});
