/**
 * The lean read (src/hosts/excel/read.ts: values in trimmed bands, text only for numbers, merged
 * areas in tiles, no number formats) gives the engine the same grid as a full read (values, text
 * and number format of every cell of the used range, and every merged area), through Microsoft's
 * own client: on the seed workbook, every sheet of the real corpus (test/fixtures/real/xlsx) and
 * the generated 2,000-table sheet. Same value, same displayed text and same merged area at every
 * cell, and the same findings. The engine never reads a format; the one-click fix asks of a number
 * cell whether it is a percentage (its format, or a text ending in `%`): wherever a number's format
 * shows a percent, its text read the lean way ends in `%`, so the fix decides the same.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSheet } from '../../src/core/engine';
import { Grid, rectToA1, type GridInit, type Rect } from '../../src/core/engine/grid';
import { ExcelHost } from '../../src/hosts/excel';
import { parseAreaList, parseReference } from '../../src/hosts/excel/address';
import { planMergeTiles, toCellValue, WEB_PAYLOAD_BUDGET } from '../../src/hosts/excel/read';
import type { WorkbookModel } from '../../src/standin';
import { modelFromXlsx } from '../../src/standin/xlsx';
import { loadSeed } from '../../scripts/seed-layouts';
import { writeStackedWorkbook } from '../../bench/generate';
import { createRealExcel, type RealExcel } from './client';

const ROOT = join(__dirname, '..', '..');
const REAL = join(ROOT, 'test', 'fixtures', 'real', 'xlsx');

/** Everything of the used range in one batch, as simply as it can be asked for (no payload limit). */
async function fullRead(excel: RealExcel, sheetName: string, merges: boolean): Promise<GridInit> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    if (used.isNullObject) return { name: sheetName, values: [] };
    const rect = parseReference(used.address);
    const range = sheet.getRange(rectToA1(rect)).load('values,text,numberFormat');
    const tiles = merges ? planMergeTiles(rect).map((t) => sheet.getRange(rectToA1(t)).getMergedAreasOrNullObject().load('address')) : [];
    await context.sync();
    const found = new Map<string, Rect>();
    for (const t of tiles) if (!t.isNullObject) for (const m of parseAreaList(t.address)) found.set(rectToA1(m), m);
    return {
      name: sheetName,
      origin: { row: rect.top, col: rect.left },
      values: range.values.map((line) => line.map(toCellValue)),
      text: range.text,
      formats: range.numberFormat.map((line) => line.map(String)),
      merges: [...found.values()],
    };
  });
}

/** A format that shows a number as a percentage (src/core/review/fixes.ts: a `%` outside quotes). */
const percentFormat = (format: string): boolean => /%/.test(format.replace(/"[^"]*"/g, ''));

/** The cells where the two grids differ, as `A1: what` (at most 10). */
function differences(full: GridInit, lean: GridInit): string[] {
  const a = new Grid(full);
  const b = new Grid(lean);
  const out: string[] = [];
  const key = (m: Rect | undefined) => (m ? rectToA1(m) : '-');
  const top = Math.min(a.firstRow, b.firstRow);
  const bottom = Math.max(a.lastRow, b.lastRow);
  const left = Math.min(a.firstCol, b.firstCol);
  const right = Math.max(a.lastCol, b.lastCol);
  for (let r = top; r <= bottom && out.length < 10; r++) {
    for (let c = left; c <= right && out.length < 10; c++) {
      const at = rectToA1({ top: r, left: c, bottom: r, right: c });
      if (a.rawValue(r, c) !== b.rawValue(r, c)) out.push(`${at}: value ${JSON.stringify(a.rawValue(r, c))} / ${JSON.stringify(b.rawValue(r, c))}`);
      else if (a.rawText(r, c) !== b.rawText(r, c)) out.push(`${at}: text ${JSON.stringify(a.rawText(r, c))} / ${JSON.stringify(b.rawText(r, c))}`);
      else if (typeof a.rawValue(r, c) === 'number' && percentFormat(a.format(r, c)) && !/%\s*$/.test(b.rawText(r, c))) out.push(`${at}: format ${a.format(r, c)}, text ${b.rawText(r, c)}`);
      else if (key(a.mergeAt(r, c)) !== key(b.mergeAt(r, c))) out.push(`${at}: merge ${key(a.mergeAt(r, c))} / ${key(b.mergeAt(r, c))}`);
    }
  }
  const mergesA = (full.merges ?? []).map(key).sort();
  const mergesB = (lean.merges ?? []).map(key).sort();
  if (JSON.stringify(mergesA) !== JSON.stringify(mergesB)) out.push(`merges: ${mergesA.length} / ${mergesB.length}`);
  return out;
}

/** Reads every sheet both ways (lean as Excel on the web serves it, 5 MB per request) and compares. */
async function parity(model: WorkbookModel, excelApi = '1.18'): Promise<{ sheets: number; cells: number; problems: string[] }> {
  const full = createRealExcel(model, { payloadLimitBytes: Number.POSITIVE_INFINITY });
  const lean = createRealExcel(model, { platform: 'OfficeOnline', excelApi });
  const host = new ExcelHost({ run: lean.run, isSetSupported: lean.isSetSupported, locale: 'zh-CN', payloadBudgetBytes: WEB_PAYLOAD_BUDGET });
  const merges = lean.isSetSupported('ExcelApi', '1.13');
  const problems: string[] = [];
  let cells = 0;
  for (const { name } of model.sheets) {
    const a = await fullRead(full, name, merges);
    const b = await host.readSheet(name);
    cells += a.values.reduce((n, line) => n + line.length, 0);
    for (const d of differences(a, b)) problems.push(`${name}!${d}`);
    const findings = (g: GridInit) => JSON.stringify(checkSheet(g).tables.map((t) => t.findings.map((f) => [f.cell, f.rule, f.severity])));
    if (findings(a) !== findings(b)) problems.push(`${name}: findings differ`);
  }
  return { sheets: model.sheets.length, cells, problems };
}

test.each(['1.18', '1.9', '1.8'])('the seed workbook: the same grid, ExcelApi %s', async (api) => {
  const model = await modelFromXlsx(readFileSync(join(ROOT, 'examples', 'sample.xlsx')));
  const result = await parity(model, api);
  expect(result.cells).toBeGreaterThan(0);
  expect(result.problems).toEqual([]);
});

test.each(['1.18', '1.9', '1.8'])('every sheet of the real corpus: the same grid, ExcelApi %s', async (api) => {
  const files = readdirSync(REAL).filter((f) => f.endsWith('.xlsx'));
  expect(files.length).toBeGreaterThanOrEqual(50);
  const problems: string[] = [];
  let sheets = 0;
  for (const f of files) {
    const result = await parity(await modelFromXlsx(readFileSync(join(REAL, f))), api);
    sheets += result.sheets;
    problems.push(...result.problems.map((p) => `${f}: ${p}`));
  }
  expect(sheets).toBeGreaterThanOrEqual(files.length);
  expect(problems).toEqual([]);
}, 300_000);

test('2,000 stacked tables: the same grid', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-parity-'));
  try {
    const file = await writeStackedWorkbook(join(dir, 'w.xlsx'), loadSeed(), 2000, 1);
    const result = await parity(await modelFromXlsx(readFileSync(file.path)));
    expect(result.cells).toBeGreaterThan(300_000);
    expect(result.problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
