/**
 * The byte-level read of a worksheet (readSheetFast in xlsx-read.ts) against the scanner alone:
 * the same grids for every fixture, the benchmark's workbooks and hand-made sheets whose cells sit
 * on the edge of what the byte-level read takes (numbers parseFloat reads its own way, entities,
 * non-ASCII text, formulas, odd merge references). Where it does not take a sheet, the scanner
 * reads it; the work counter says which, so the byte-level read is shown to be used where it should.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { readXlsx, type LeanWorkbook } from '../../../src/hosts/file/xlsx-read';
import { READ_LIMITS } from '../../../src/hosts/file/limits';
import { buildWorkbook, workbookBytes } from '../../../src/hosts/file/write';
import { writeStackedWorkbook } from '../../../bench/generate';
import { loadSeed } from '../../../scripts/seed-layouts';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { xlsxUnder } from '../../helpers/fixtures';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');


type Outcome = { book: LeanWorkbook } | { error: string };

function read(bytes: Uint8Array, byteLevel: boolean): Outcome {
  try {
    return { book: readXlsx(bytes, READ_LIMITS, { byteLevel }) };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message} ${JSON.stringify((err as { detail?: unknown }).detail ?? {})}` };
  }
}

/** Both ways read the same: grids, sheet states, tags counted; returns how many sheets went byte-level. */
function expectSame(bytes: Uint8Array, label: string): number {
  const fast = read(bytes, true);
  const scan = read(bytes, false);
  if ('error' in scan || 'error' in fast) {
    expect({ label, fast: 'error' in fast ? fast.error : 'read' }).toEqual({ label, fast: 'error' in scan ? scan.error : 'read' });
    return 0;
  }
  expect({ label, grids: fast.book.grids, states: fast.book.states }).toEqual({ label, grids: scan.book.grids, states: scan.book.states });
  expect({ label, tags: fast.book.work.tags }).toEqual({ label, tags: scan.book.work.tags });
  return fast.book.work.byteLevelSheets;
}

/** A workbook whose first sheet's <sheetData> (and what follows it) is `body`. */
async function withSheetXml(body: string, after = ''): Promise<Uint8Array> {
  const base = await workbookBytes(buildWorkbook({ sheets: [{ name: 'S', values: [['x', 1]] }] }));
  const zip = await JSZip.loadAsync(base);
  const name = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(name)!.async('string');
  const start = xml.indexOf('<sheetData');
  const end = xml.indexOf('</worksheet>');
  zip.file(name, `${xml.slice(0, start)}<sheetData>${body}</sheetData>${after}${xml.slice(end)}`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the byte-level read gives the scanner’s grids', () => {
  test('every fixture', () => {
    let byteLevel = 0;
    for (const file of xlsxUnder(FIXTURES)) byteLevel += expectSame(readFileSync(file), file);
    expect(byteLevel).toBeGreaterThan(10);
  });

  test("the benchmark's stacked workbook: every sheet byte-level", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byte-level-'));
    try {
      const file = await writeStackedWorkbook(join(dir, 'w.xlsx'), loadSeed(), 60, 3);
      expect(expectSame(readFileSync(file.path), 'stacked')).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);

  const numbers = ['0', '-0', '1', '26.5', '-3.25', '.5', '1.', '007', '1e5', '1E-3', ' 12', '12 ', '123456789012345', '1234567890123456', '0.1234567890123', 'NaN', 'Infinity', '-', '', '1.2.3', '&#49;', '4&amp;'];
  test.each(numbers)('the number %j', async (n) => {
    const cells = [`<c r="A1"><v>${n}</v></c>`, `<c r="B1" s="0"><v>${n}</v></c>`, `<c r="C1"><f>1+1</f><v>${n}</v></c>`, `<c r="D1" t="n"><v>${n}</v></c>`].join('');
    expect(expectSame(await withSheetXml(`<row r="1">${cells}</row>`), n)).toBeLessThanOrEqual(1);
  });

  const cases: [string, string, string?][] = [
    ['shared strings and styles', '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="C1" s="1" t="s"><v>0</v></c></row>'],
    ['a str, a boolean, an error', '<row r="2"><c r="A2" t="str"><v>&amp;lt;字&amp;gt;</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c></row>'],
    ['non-ASCII and CRLF in a str', '<row r="1"><c r="A1" t="str"><v>预算\r\n数 </v></c></row>'],
    ['a shared formula without text', '<row r="1"><c r="A1"><f t="shared" si="0"/><v>3</v></c><c r="B1"><f t=""/><v>4</v></c></row>'],
    ['a formula without a value', '<row r="1"><c r="A1"><f>SUM(B1)</f></c><c r="B1"><f>1</f><v></v></c></row>'],
    ['a date', '<row r="1"><c r="A1" t="d"><v>2024-01-15</v></c></row>'],
    ['rows out of order', '<row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>'],
    ['a duplicate column', '<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>'],
    ['a cell without r', '<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>'],
    ['an inline string', '<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c></row>'],
    ['a shared-string index out of range', '<row r="1"><c r="A1" t="s"><v>99</v></c></row>'],
    ['an attribute value holding r=', '<row r="1"><c foo="x r=\'B1\'" r="A1"><v>1</v></c></row>'],
    ['white space around =', '<row r = "1"><c r="A1"><v>1</v></c></row>'],
    ['a comment inside', '<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>'],
    ['row 0 and a row past Excel', '<row r="0"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1"><v>1</v></c></row>'],
    ['a column past XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
    ['merges', '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>', '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B2:A1"/></mergeCells>'],
    ['odd merge references', '<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1"/><mergeCell ref="$A$1:$B$2"/><mergeCell ref="A1:B2:C3"/><mergeCell ref="A0:B1"/></mergeCells>'],
    ['a merge past the last row', '<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:A1048577"/></mergeCells>'],
    ['two mergeCells elements', '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>', '<mergeCells><mergeCell ref="A1:B1"/></mergeCells><mergeCells><mergeCell ref="A2:B2"/></mergeCells>'],
    ['a second sheetData', '<row r="1"><c r="A1"><v>1</v></c></row>', '<sheetData><row r="1"><c r="B1"><v>2</v></c></row></sheetData>'],
    // The common cell tag's own path (cellTagEnd) and the forms it leaves to tagEnd.
    ['cell tags as Excel writes them', '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><v>3.5</v></c><c r="C1" t="s"><v>0</v></c><c r="D1"/><c r="E1" s="0"/><c r="F1" t="n"><v>7</v></c><c r="G1" t="str"><v>x</v></c><c r="H1" t="inlineStr"/></row>'],
    ['cell tags with empty s and t', '<row r="1"><c r="A1" s="" t="s"><v>0</v></c><c r="B1" t=""><v>2</v></c></row>'],
    ['cell tags with t before s, single quotes, tabs, an extra attribute', '<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r=\'B1\' s=\'1\'><v>2</v></c><c\tr="C1"><v>3</v></c><c r="D1" s="1" t="s" cm="1"><v>0</v></c><c r="E1"  s="1"><v>5</v></c></row>'],
    ['cell tags run together or malformed', '<row r="1"><c r="A1"s="1"><v>1</v></c></row>'],
    ['a cell address in lower case', '<row r="1"><c r="a1"><v>1</v></c></row>'],
    ['a cell style with a letter', '<row r="1"><c r="A1" s="1x"><v>1</v></c></row>'],
    ['a cell type with a digit', '<row r="1"><c r="A1" t="s1"><v>0</v></c></row>'],
    ['a self-closing cell with a space before /', '<row r="1"><c r="A1" s="1" /><c r="B1"><v>2</v></c></row>'],
    ['a cell address of digits only, or letters only', '<row r="1"><c r="1"><v>1</v></c></row><row r="2"><c r="B"><v>1</v></c></row>'],
  ];
  // One argument: with a callback of more parameters than a row has, jest would wait for `done`.
  test.each(cases.map((c) => ({ name: c[0], body: c[1], after: c[2] })))('$name', async ({ name, body, after }) => {
    expectSame(await withSheetXml(body, after), name);
  });

  test('a common cell tag past the tag limit is judged as any other tag', async () => {
    const bytes = await withSheetXml('<row r="1"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>');
    for (const maxTagChars of [8, 12, 20, 21, 22, 1024]) {
      const limits = { ...READ_LIMITS, maxTagChars };
      const outcome = (byteLevel: boolean) => {
        try {
          const book = readXlsx(bytes, limits, { byteLevel });
          return { grids: book.grids, tags: book.work.tags };
        } catch (err) {
          return { error: (err as Error).message };
        }
      };
      expect({ maxTagChars, ...outcome(true) }).toEqual({ maxTagChars, ...outcome(false) });
    }
  });

  test('the plain forms are read byte-level', async () => {
    expect(expectSame(await withSheetXml(cases[0][1]), 'plain')).toBe(1);
    expect(expectSame(await withSheetXml(cases[16][1], cases[16][2]), 'merges')).toBe(1);
    expect(expectSame(await withSheetXml(cases[9][1]), 'inline')).toBe(0);
  });
});

describe('the byte-level read keeps its cells in arrays sized once (issue #14)', () => {
  /** `rows` rows of 10 cells: text, numbers with a style, empty styled cells; the smallest cell tags. */
  const dense = (rows: number): string => {
    const out: string[] = [];
    for (let r = 1; r <= rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < 10; c++) {
        const ref = `${String.fromCharCode(65 + c)}${r}`;
        // `<c r="A1"><v>1</v></c>`: denser than the first guess at the room the cells need.
        cells.push(c % 3 === 0 ? `<c r="${ref}" t="s"><v>0</v></c>` : c % 3 === 1 ? `<c r="${ref}"><v>${r + c}</v></c>` : `<c r="${ref}" s="1"><v>${r}.5</v></c>`);
      }
      out.push(`<row r="${r}">${cells.join('')}</row>`);
    }
    return out.join('');
  };

  /** Calls of an Array method while `run` runs. */
  function callsDuring(method: 'push' | 'splice' | 'filter', run: () => void): number {
    const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = proto[method];
    let calls = 0;
    proto[method] = function (this: unknown[], ...args: unknown[]): unknown {
      calls++;
      return original.apply(this, args);
    };
    try {
      run();
    } finally {
      proto[method] = original;
    }
    return calls;
  }
  const pushesDuring = (run: () => void): number => callsDuring('push', run);

  test('30,000 cells: one push per cell kept (its value), none for its row, column or format', async () => {
    const bytes = await withSheetXml(dense(3000));
    expect(expectSame(bytes, 'dense')).toBe(1);
    const book = readXlsx(bytes);
    expect(book.work.cells).toBe(30000);
    // Before: rows, columns, values and formats each pushed per cell (4 × 30,000), arrays grown past
    // V8's regular object size by copying at every growth.
    expect(pushesDuring(() => readXlsx(bytes))).toBeLessThan(30000 * 1.2);
  });

  test('a style index past 32 bits has no format, as the scanner reads it', async () => {
    const body = '<row r="1"><c r="A1" s="4294967297"><v>1.5</v></c><c r="B1" s="99999999999999"><v>2</v></c><c r="C1" s="1"><v>3</v></c></row>';
    expect(expectSame(await withSheetXml(body), 'style past 32 bits')).toBe(1);
  });

  test('5,000 merged areas: no array made or cut per area while values inside them are dropped', async () => {
    // Rows of a title merged over A:D and a value merged over two rows: every area spans the rows
    // the sweep passes, entering and leaving its list of areas.
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= 5000; r += 2) {
      rows.push(`<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}"><v>1</v></c><c r="E${r}"><v>${r}</v></c></row>`);
      rows.push(`<row r="${r + 1}"><c r="A${r + 1}"><v>2</v></c><c r="E${r + 1}"><v>3</v></c></row>`);
      merges.push(`<mergeCell ref="A${r}:D${r}"/>`, `<mergeCell ref="E${r}:E${r + 1}"/>`);
    }
    const bytes = await withSheetXml(rows.join(''), `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`);
    expect(expectSame(bytes, 'merges')).toBe(1);
    const book = readXlsx(bytes);
    expect(book.grids[0].merges).toHaveLength(5000);
    expect(book.grids[0].values[0]).toEqual(['x', null, null, null, 1]);
    // Before: one splice per area (an array of the removed each time) and a filtered copy of the
    // list at each row where an area ended.
    expect(callsDuring('splice', () => readXlsx(bytes)) + callsDuring('filter', () => readXlsx(bytes))).toBeLessThan(10);
  });
});
