/**
 * Junk after a number in `<v>` (the hostile42 round's leftovers): every reader took parseFloat's
 * numeric start, so `<v>0x1F</v>` was 0 (a false 预算数 0 error), `12abc` 12 and `1e5x` 100000.
 * Office reads a number cell's `<v>` as "a textual representation of a double-precision floating
 * point number" (MS-OI29500 2.1.660): XML Schema's xsd:double lexical form, white space collapsed.
 * The forms it allows are read as their value; any other text is no number Excel holds, and the
 * cell is read as empty by the command line (both its byte-level and XML paths, a formula's cached
 * result too) and the preview's fast loader alike, the command line saying so on stderr; the
 * annotated copy is refused (ExcelJS would write parseFloat's 0 back). Data made by us.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { readWorkbookDetailed } from '../../../src/hosts/file/read';
import { xsdDouble } from '../../../src/hosts/file/xlsx-parse';
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn } from '../../../src/standin';
import { leanModelFromXlsx } from '../../../src/standin/xlsx-lean';
import { main } from '../../../src/cli/main';
import { book, MAIN, tableXml, TABLE } from '../../helpers/hostile-unseen';
import { tempDir } from '../../helpers/temp-dir';
import { OpenError, readModel } from '../../../src/preview/read-model';
import { hasBadNumber } from '../../../src/preview/preflight';
import { cellKey } from '../../../src/standin/model';

/** [the text in <v>, the value read (undefined: no cell)]. */
const CASES: [string, number | undefined][] = [
  ['0x1F', undefined],
  ['12abc', undefined],
  ['1e5x', undefined],
  [' 12', 12],
  ['12 ', 12],
  ['\t12\n', 12],
  ['+5', 5],
  ['.5', 0.5],
  ['5.', 5],
  ['-.5E+2', -50],
  ['1E3', 1000],
  ['1e400', undefined],
  ['-1e400', undefined],
  ['-0', -0],
  ['NaN', undefined],
  ['INF', undefined],
  ['-INF', undefined],
  ['Infinity', undefined],
  ['1_000', undefined],
  ['1,5', undefined],
  ['１２', undefined],
  ['.', undefined],
  ['e5', undefined],
  ['1e', undefined],
  ['1 2', undefined],
  ['--1', undefined],
];

const STYLES = '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0"/></cellXfs>';

const BAD = CASES.filter(([, v]) => v === undefined).length;

function plain(v: string): Uint8Array {
  return book({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1"><v>${v}</v></c><c r="B1"><f>A1</f><v>${v}</v></c></row></sheetData>` }] });
}

/** The same cells with every element under a prefix: the reader's XML path, not its byte-level one. */
function prefixed(v: string): Uint8Array {
  return book({ sheets: [{ name: 'S', body: '', root: `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>${v}</x:v></x:c><x:c r="B1"><x:f>A1</x:f><x:v>${v}</x:v></x:c></x:row></x:sheetData></x:worksheet>` }] });
}

function row1(grids: GridInit[]): (number | undefined)[] {
  const g = new Grid(grids[0]);
  return [0, 1].map((c) => {
    const v = g.rawValue(0, c);
    return v === null ? undefined : (v as number);
  });
}

describe('a number cell whose <v> is not an xsd:double is read as empty, the others as their value', () => {
  test.each(CASES)('<v>%s</v>', async (text, expected) => {
    for (const [path, bytes] of [['byte level', plain(text)], ['XML', prefixed(text)]] as const) {
      const book = readWorkbookDetailed(bytes, 'x.xlsx');
      expect(book.work.byteLevelSheets).toBe(path === 'byte level' ? 1 : 0);
      const got = row1(book.grids);
      // Object.is: -0 stays -0, as Excel holds it.
      expect([path, got.map((v) => (v === undefined ? 'none' : Object.is(v, -0) ? '-0' : v))]).toEqual([path, [expected, expected].map((v) => (v === undefined ? 'none' : Object.is(v, -0) ? '-0' : v))]);
      expect(book.badNumbers).toBe(expected === undefined ? 2 : 0);
    }
    // The preview's fast loader: the same value (before, it left such a file to ExcelJS, whose parseFloat read 0x1F as 0).
    const model = await leanModelFromXlsx(plain(text).slice());
    const cells = model ? await (async () => {
      const standIn = createStandIn(model, { platform: 'OfficeOnline' });
      const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
      return row1([await host.readSheet('S')]);
    })() : undefined;
    if (cells !== undefined) expect(cells[0] === undefined ? 'none' : cells[0]).toEqual(expected === undefined ? 'none' : expected);
    // A plain cell (no formula) is the fast loader's: it must take it.
    const only = book({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1"><v>${text}</v></c><c r="B1"><v>1</v></c></row></sheetData>` }], styles: STYLES });
    const fast = await leanModelFromXlsx(only);
    expect(fast).toBeDefined();
    const standIn = createStandIn(fast!, { platform: 'OfficeOnline' });
    const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
    const a1 = row1([await host.readSheet('S')])[0];
    expect(a1 === undefined ? 'none' : a1).toEqual(expected === undefined ? 'none' : expected);
  });

  test('an empty <v></v> is an empty cell and no bad number', () => {
    const b = readWorkbookDetailed(plain(''), 'x.xlsx');
    expect(row1(b.grids)).toEqual([undefined, undefined]);
    expect(b.badNumbers).toBe(0);
  });

  test(`the ${BAD} bad forms are all counted`, () => {
    const cells = CASES.map(([v], i) => `<c r="A${i + 1}"><v>${v}</v></c>`).map((c, i) => `<row r="${i + 1}">${c}</row>`).join('');
    const b = readWorkbookDetailed(book({ sheets: [{ name: 'S', body: `<sheetData>${cells}</sheetData>` }] }), 'x.xlsx');
    expect(b.badNumbers).toBe(BAD);
  });
});

describe('xsdDouble is XML Schema’s lexical form (property)', () => {
  // The xsd:double lexical space (XML Schema 1.1 part 2, 3.3.5), white space collapsed; INF and NaN
  // are lexical doubles but no value of a cell. Checked on short texts only, where the pattern is cheap.
  const LEXICAL = /^[ \t\r\n]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\r\n]*$/;
  test('agrees with the pattern and Number on every text of its alphabet', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789+-.eExX \t\nNaIf_,'.split('')), { maxLength: 12 }).map((a) => a.join('')), (s) => {
        const n = xsdDouble(s);
        if (LEXICAL.test(s) && Number.isFinite(Number(s.trim()))) expect(Object.is(n, Number(s.trim()))).toBe(true);
        else expect(n).toBeNaN();
      }),
      { seed: 4301, numRuns: 5000 },
    );
  });
});

describe('the command line says so, and refuses the annotated copy', () => {
  test('a table with 0x1F as its 预算数: a note on stderr, the copy refused', async () => {
    const x = tableXml(TABLE);
    const bytes = book({ sheets: [{ name: 'S', body: x.sheetData.replace('</row>', '<c r="H1"><v>0x1F</v></c></row>') }], sharedStrings: x.sst });
    const dir = tempDir('numbers');
    writeFileSync(join(dir, 'a.xlsx'), bytes);
    const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
    expect(await main(['check', join(dir, 'a.xlsx'), '--annotate', join(dir, 'out')], io)).toBe(2);
    expect(io.err).toContain('中有 1 个数值单元格保存的不是数字（如“0x1F”“12abc”，Excel 打开时会提示文件有问题），检查时按空白处理。');
    expect(io.err).toContain('生成标注副本的组件读到的内容与检查时不同（工作表“S”的 H1 单元格）');
  });
});

describe('the preview: a file its fast loader leaves to ExcelJS is refused where ExcelJS would read another number', () => {
  const withFormula = (v: string) => book({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1"><v>${v}</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>` }], styles: STYLES });
  test.each(CASES)('<v>%s</v>', async (text, expected) => {
    const bytes = withFormula(text);
    expect(await leanModelFromXlsx(bytes)).toBeUndefined();
    const outcome = await readModel(bytes, '数.xlsx', 'zh-CN').then(
      (m) => m.sheets[0].cells.get(cellKey(0, 0))?.value,
      (e: unknown) => (e instanceof OpenError ? e.message : e),
    );
    // ExcelJS's parseFloat reads a number where the command line reads none: refused, with the reason.
    if (expected === undefined && Number.isFinite(parseFloat(text))) {
      expect(outcome).toBe('“数.xlsx”中有数值单元格保存的不是数字（如“0x1F”“12abc”，Excel 打开时会提示文件有问题），预览使用的读取组件会把它读成别的数（如把 0x1F 读成 0），因此无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中打开、修复并保存后再打开。');
    } else expect(outcome === undefined || outcome === null ? 'none' : Object.is(outcome, -0) ? '-0' : outcome).toEqual(expected === undefined ? 'none' : Object.is(expected, -0) ? '-0' : expected);
  });

  test('hasBadNumber: a shared string, an error, an inline string, an entity are not number cells it doubts', () => {
    expect(hasBadNumber('<c r="A1" t="s"><v>0x1F</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A</f><v>12abc</v></c><c><v>&#48;x1F</v></c>')).toBe(false);
    expect(hasBadNumber('<x:c r="A1"><x:v>12abc</x:v></x:c>')).toBe(true);
    expect(hasBadNumber('<c r="A1" t="n"><f>1</f><v>0x1F</v></c>')).toBe(true);
  });
});
