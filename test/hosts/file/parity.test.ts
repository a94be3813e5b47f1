/**
 * The lean reader (the checking path) gives exactly the grids of the ExcelJS reader: over every
 * .xlsx under test/fixtures (the real corpus in test/fixtures/real included, when it is there),
 * the sample, the benchmark's workbooks, and fuzzed files (random cells, formats and merges
 * written by ExcelJS; XML-level mutations of the fixtures). Where ExcelJS cannot read a file, the
 * lean reader must still either read it or throw a FileReadError.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { GridInit } from '../../../src/core/engine/grid';
import { FileReadError, readWorkbookBytes } from '../../../src/hosts/file/read';
import { readWorkbookExcelJs } from '../../../src/hosts/file/exceljs-read';
import { buildWorkbook, workbookBytes, type CellInput, type SheetSpec } from '../../../src/hosts/file/write';
import { writeLongSheet, writeStackedWorkbook } from '../../../bench/generate';
import { loadSeed, SEED_PATH } from '../../../scripts/seed-layouts';
import { existsSync } from 'fs';
import { gridDifferences } from '../../helpers/grid-parity';
import { xlsxUnder } from '../../helpers/fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');


/** Limits the lean reader enforces and ExcelJS does not: a refusal for these is not a parity failure. */
const LIMIT_CODES = new Set(['excel-limit', 'sheet-too-large', 'inflate-limit']);

type Outcome = { grids: GridInit[] } | { error: unknown };

async function both(bytes: Uint8Array): Promise<{ lean: Outcome; exceljs: Outcome }> {
  let lean: Outcome;
  let exceljs: Outcome;
  try {
    lean = { grids: await readWorkbookBytes(bytes, 'x.xlsx') };
  } catch (error) {
    lean = { error };
  }
  try {
    exceljs = { grids: await readWorkbookExcelJs(bytes) };
  } catch (error) {
    exceljs = { error };
  }
  return { lean, exceljs };
}

/** Empty when the readers agree (as this file's header says); otherwise what differs. */
async function parity(bytes: Uint8Array): Promise<string[]> {
  const { lean, exceljs } = await both(bytes);
  if ('error' in lean && !(lean.error instanceof FileReadError)) return [`lean threw ${String(lean.error)}`];
  if ('error' in exceljs) return [];
  if ('error' in lean) {
    const e = lean.error as FileReadError;
    // ExcelJS read it: the lean reader may refuse it only for a stated limit, or for no sheet at all.
    if (LIMIT_CODES.has(e.code)) return [];
    if (exceljs.grids.length === 0 && (e.code === 'empty' || e.code === 'not-xlsx')) return [];
    return [`lean refused what ExcelJS read: ${e.message}`];
  }
  return gridDifferences(lean.grids, exceljs.grids);
}

describe('every fixture reads the same through both readers', () => {
  const files = [...xlsxUnder(FIXTURES), join(ROOT, 'examples', 'sample.xlsx')];
  test('there are fixtures to compare', () => expect(files.length).toBeGreaterThan(10));
  test.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', async (_name, file) => {
    expect(await parity(readFileSync(file))).toEqual([]);
  });
});

const withSeed = existsSync(SEED_PATH) ? test : test.skip;

describe("the benchmark's workbooks", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'perf-target-parity-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  withSeed.each([200, 2000])('%i tables on four sheets', async (count) => {
    const file = await writeStackedWorkbook(join(dir, `t${count}.xlsx`), loadSeed(), count, 4);
    expect(await parity(readFileSync(file.path))).toEqual([]);
  }, 120000);

  withSeed('a long sheet of tables among unrelated rows (20,000 rows)', async () => {
    const file = await writeLongSheet(join(dir, 'long.xlsx'), loadSeed(), 20000);
    expect(await parity(readFileSync(file.path))).toEqual([]);
  }, 120000);
});

// ---------------------------------------------------------------------------------------------
// Fuzzed workbooks

const FORMATS = [
  undefined,
  'General',
  '0',
  '0.00',
  '#,##0.00',
  '0%',
  '0.00%',
  '@',
  'yyyy-mm-dd',
  'yyyy"年"m"月"d"日"',
  'h:mm',
  '#,##0.00 "元"',
  '0.00_ ;[Red]-0.00 ',
  '¥#,##0;¥-#,##0',
  '[$-804]yyyy"年"m"月"',
  '0.00E+00',
];

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('项目名称', '≥99%', '<100>', 'a & b', '"引号"', "it's", '_x000D_', '  空格  ', '第一行\r\n第二行', '&amp;', '&lt;x&gt;', 'TRUE', '#N/A'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.constantFrom(0, -0, 0.1, 26.5, 1e-10, 45000.5, 1234567.891, 99.99),
);

const cellInput: fc.Arbitrary<CellInput | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: text },
  { weight: 4, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      formula: fc.constantFrom('A1+1', 'SUM(A1:A2)', 'IF(A1>0,"是","否")'),
      result: fc.oneof(number, text, fc.boolean(), fc.constant(undefined)),
    }) as fc.Arbitrary<CellInput>,
  },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) })) },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2060, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: text.map((t) => ({ text: t || 'x', hyperlink: 'https://example.com/' })) },
);

const sheetSpec: fc.Arbitrary<SheetSpec> = fc
  .record({
    origin: fc.record({ row: fc.nat(30), col: fc.nat(10) }),
    values: fc.array(fc.array(cellInput, { maxLength: 8 }), { maxLength: 12 }),
    formats: fc.array(fc.array(fc.constantFrom(...FORMATS), { maxLength: 8 }), { maxLength: 12 }),
    merges: fc.array(fc.record({ row: fc.nat(12), col: fc.nat(8), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 6 }),
  })
  .map(({ origin, values, formats, merges }) => {
    // Non-overlapping merged areas (ExcelJS refuses overlapping ones), some beyond the cells.
    const taken = new Set<string>();
    const rects = [];
    for (const m of merges) {
      if (m.h === 0 && m.w === 0) continue;
      const r = { top: origin.row + m.row, left: origin.col + m.col, bottom: origin.row + m.row + m.h, right: origin.col + m.col + m.w };
      const keys: string[] = [];
      for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) keys.push(`${y},${x}`);
      if (keys.some((k) => taken.has(k))) continue;
      keys.forEach((k) => taken.add(k));
      rects.push(r);
    }
    return { name: 'S', origin, values, formats: formats.map((row) => row.map((f) => f ?? null)), merges: rects };
  });

describe('fuzzed workbooks (fixed seed)', () => {
  test('random cells, formats and merged areas', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetSpec, { minLength: 1, maxLength: 2 }), fc.boolean(), async (sheets, date1904) => {
        const spec = { sheets: sheets.map((s, i) => ({ ...s, name: `表${i + 1}` })), date1904 };
        const bytes = await workbookBytes(buildWorkbook(spec));
        expect(await parity(bytes)).toEqual([]);
      }),
      { seed: 20261204, numRuns: 150 },
    );
  }, 120000);

  /** XML-level changes a real file may carry: what other writers do differently from ExcelJS. */
  const MUTATIONS: { name: string; apply: (xml: string, pick: number) => string }[] = [
    { name: 'no r on cells', apply: (x) => x.replace(/<c r="[A-Z]+\d+"/g, '<c') },
    { name: 'prefix-free namespaces and a comment', apply: (x) => x.replace('<sheetData>', '<!-- 注释 --><sheetData>') },
    { name: 'a processing instruction', apply: (x) => x.replace('<sheetData>', '<?pi x?><sheetData>') },
    { name: 'numeric character references', apply: (x) => x.replace(/<t([^>]*)>([^<])/g, (_m, a: string, ch: string) => `<t${a}>&#${ch.codePointAt(0)};`) },
    { name: 'hex character references', apply: (x) => x.replace(/<v>(\d)/g, (_m, d: string) => `<v>&#x${(48 + Number(d)).toString(16)};`) },
    { name: 'CRLF in text', apply: (x) => x.replace(/<t([^>]*)>/g, '<t$1>\r\n') },
    { name: 'single-quoted attributes', apply: (x) => x.replace(/ r="([A-Z]+\d+)"/g, " r='$1'") },
    { name: 'rows in reverse order', apply: (x) => reverseRows(x) },
    { name: 'a duplicated row', apply: (x, p) => duplicateRow(x, p) },
    { name: 'styles dropped from cells', apply: (x) => x.replace(/ s="\d+"/g, '') },
    { name: 'an inline string', apply: (x) => x.replace(/<c r="([A-Z]+\d+)"([^>]*) t="s"([^>]*)><v>(\d+)<\/v><\/c>/, '<c r="$1"$2 t="inlineStr"$3><is><t xml:space="preserve"> 内联 $4 </t></is></c>') },
    { name: 'a str cell with entities', apply: (x) => x.replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="$1"$2 t="str"><v>&amp;lt;$3&amp;gt;</v></c>') },
    { name: 'a boolean and an error', apply: (x) => x.replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="$1"$2 t="b"><v>1</v></c>').replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="$1"$2 t="e"><v>#REF!</v></c>') },
    { name: 'a cached shared formula', apply: (x) => x.replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/, '<c r="$1"$2><f t="shared" si="0" ref="A1:A2">1+1</f><v>$3</v></c>') },
    { name: 'an empty merge list and extra whitespace', apply: (x) => x.replace(/<row /g, '\n  <row  ').replace('</sheetData>', '</sheetData><mergeCells count="0"></mergeCells>') },
  ];

  function reverseRows(xml: string): string {
    const rows = xml.match(/<row [^>]*>.*?<\/row>/gs);
    if (!rows) return xml;
    let i = rows.length;
    return xml.replace(/<row [^>]*>.*?<\/row>/gs, () => rows[--i]);
  }

  function duplicateRow(xml: string, pick: number): string {
    const rows = xml.match(/<row [^>]*>.*?<\/row>/gs);
    if (!rows) return xml;
    const row = rows[pick % rows.length];
    return xml.replace(row, row + row);
  }

  const sources = xlsxUnder(FIXTURES).filter((f) => !f.includes(`${join('fixtures', 'bad')}`));

  test.each(MUTATIONS.map((m) => [m.name, m]))('%s', async (_name, m) => {
    for (const [i, file] of sources.entries()) {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sheetNames = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      for (const n of sheetNames) zip.file(n, m.apply(await zip.file(n)!.async('string'), i * 7 + 3));
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const diffs = await parity(bytes);
      expect({ file, diffs }).toEqual({ file, diffs: [] });
    }
  }, 120000);
});
