/**
 * The preview's fast loader (src/standin/xlsx-lean.ts) gives exactly the model ExcelJS's loader
 * (src/standin/xlsx.ts) gives, or declines: over every fixture (the real corpus and the bad files
 * included), the sample, the benchmark's stacked workbook, the blank template, and a workbook the
 * add-in marked and saved. Where ExcelJS refuses a file, the fast loader never accepts it. And it
 * does accept the plain workbooks it is for (the sample, the benchmark's), so the fast path is
 * the one the preview takes for them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { inflateRawSync } from 'zlib';
import { leanModelFromXlsx, streamInflate } from '../../src/standin/xlsx-lean';
import { modelFromXlsx, modelToXlsx } from '../../src/standin/xlsx';
import { setCell, cellKey } from '../../src/standin/model';
import type { WorkbookModel } from '../../src/standin/model';
import { writeStackedWorkbook } from '../../bench/generate';
import { loadSeed } from '../../scripts/seed-layouts';
import { templateWorkbookBytes } from '../../src/hosts/file/template';
import { buildTemplate } from '../../src/core/review/template';
import { FIXTURES, xlsxUnder } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'examples', 'sample.xlsx');

type Outcome = { model: WorkbookModel } | { error: string };

async function viaExcelJs(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { model: await modelFromXlsx(bytes) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** 'lean' when the fast loader read it (and gave ExcelJS's model), 'declined' otherwise. */
async function compare(bytes: Uint8Array): Promise<'lean' | 'declined'> {
  const lean = await leanModelFromXlsx(bytes);
  if (!lean) return 'declined';
  const full = await viaExcelJs(bytes);
  // A file ExcelJS refuses is never read by the fast loader.
  expect(full).toHaveProperty('model');
  if ('model' in full) expect(lean).toStrictEqual(full.model);
  return 'lean';
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perf-target-lean-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtures = xlsxUnder(FIXTURES);

test('the fixtures are there', () => {
  expect(fixtures.length).toBeGreaterThan(60);
});

test.each(fixtures.map((f) => [f.slice(FIXTURES.length + 1), f]))('%s: the same model as ExcelJS, or declined', async (_name, file) => {
  await compare(new Uint8Array(readFileSync(file)));
});

test('the sample is read by the fast loader, with the model ExcelJS gives', async () => {
  expect(existsSync(SAMPLE)).toBe(true);
  expect(await compare(new Uint8Array(readFileSync(SAMPLE)))).toBe('lean');
});

test('the benchmark’s stacked workbook (merges, widths, heights, fonts, borders) is read by the fast loader', async () => {
  const { path } = await writeStackedWorkbook(join(dir, 'stacked-60.xlsx'), loadSeed(), 60, 1);
  expect(await compare(new Uint8Array(readFileSync(path)))).toBe('lean');
});

test('the blank template (data validations, defined names) and a marked workbook (conditional formats) are left to ExcelJS', async () => {
  const template = await templateWorkbookBytes(buildTemplate({ scheme: '2015', unit: '万元' }));
  expect(await compare(template)).toBe('declined');
  const model = await modelFromXlsx(new Uint8Array(readFileSync(SAMPLE)));
  model.sheets[0].conditionalFormats.push({ id: '{CF-000001}', type: 'Custom', areas: [{ top: 0, left: 0, bottom: 0, right: 0 }], stopIfTrue: false, formula: '=TRUE' });
  expect(await compare(await modelToXlsx(model))).toBe('declined');
});

test('cells the stand-in writes and saves (text, numbers, dates, fills, fonts, a hidden sheet) read back the same both ways', async () => {
  const model = await modelFromXlsx(new Uint8Array(readFileSync(SAMPLE)));
  const sheet = model.sheets[0];
  setCell(sheet, { row: 0, col: 20 }, { value: 'Bob’s <b> & "x"', style: { fill: { color: '#FFC7CE' }, font: { name: '宋体', size: 12, bold: true, color: '#9C0006' } } });
  setCell(sheet, { row: 1, col: 20 }, { value: 45657.5, numberFormat: 'yyyy"年"m"月"d"日"' });
  setCell(sheet, { row: 2, col: 20 }, { value: 0.125, numberFormat: '0.00%', style: { borders: { top: { style: 'thin', color: '#FF0000' }, left: { style: 'medium' } } } });
  setCell(sheet, { row: 3, col: 20 }, { value: '   spaced   ' });
  expect(sheet.cells.get(cellKey(0, 20))).toBeDefined();
  const bytes = await modelToXlsx(model);
  expect(await compare(bytes)).toBe('lean');
});

test('a part that inflates past its budget is declined, not read', async () => {
  // The inflater is asked for at most the budget, and a result over it means "no".
  const calls: number[] = [];
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const lean = await leanModelFromXlsx(bytes, {
    inflate: (data, cap) => {
      calls.push(cap);
      return Promise.resolve(undefined);
    },
  });
  expect(lean).toBeUndefined();
  expect(calls.length).toBeGreaterThan(0);
  // DecompressionStream stops at the cap: 1 MB of zeros with a 1 KB cap gives nothing.
  const zeros = new Uint8Array(1 << 20);
  const { deflateRawSync } = await import('zlib');
  const packed = new Uint8Array(deflateRawSync(zeros));
  expect(await streamInflate(packed, 1024)).toBeUndefined();
  const whole = await streamInflate(packed, 1 << 21);
  expect(whole?.length).toBe(1 << 20);
  expect(Buffer.from(whole ?? []).equals(inflateRawSync(packed))).toBe(true);
});
