/**
 * Opening a second workbook from disk in the preview (read in the page, not uploaded): a cover sheet
 * first, then one table whose cells carry the user's own fills. Checking it, clearing the marks
 * brings the user's fills back; a file that is not a workbook is refused without losing the open one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseA1 } from '../../src/core/engine/grid';
import { getCell, getSheet, keyToCell, setCell, type CellStyle, type WorkbookModel } from '../../src/standin';
import { modelFromXlsx, modelToXlsx } from '../../src/standin/xlsx';
import {
  checkSheet,
  clearMarks,
  findingButtons,
  listedCount,
  gridCell,
  gridMarks,
  settledMarks,
  gridSnapshot,
  nameBox,
  openFile,
  openPreview,
  pane,
  summaryCounts,
  type DrawnCell,
  type Preview,
} from './harness';
import { expectedFor, type Expected } from './oracle';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const FILE_NAME = '第二个工作簿.xlsx';
const COVER = '封面';
const TABLES = '绩效目标表';
const ERROR_FILL = 'rgb(255, 199, 206)';
/** The user's own fills: on a cell that gets an error mark, one that gets a warning, one never marked. */
const OWN_FILLS: Record<string, { style: CellStyle; css: string }> = {
  F14: { style: { fill: { color: '#FFFF00' } }, css: 'rgb(255, 255, 0)' },
  C13: { style: { fill: { color: 'theme:9' } }, css: 'rgb(112, 173, 71)' },
  B3: { style: { fill: { color: 'indexed:42' } }, css: 'rgb(204, 255, 204)' },
};

/** The sample's first table only, after a cover sheet, with the user's fills on some cells. */
async function secondWorkbook(): Promise<WorkbookModel> {
  const model = await modelFromXlsx(await readFile(SAMPLE));
  const sheet = model.sheets[0];
  // Keep the first table (rows 1–16): the rest of the sample goes.
  for (const key of [...sheet.cells.keys()]) if (keyToCell(key).row >= 16) sheet.cells.delete(key);
  sheet.merges = sheet.merges.filter((m) => m.top < 16);
  for (const [address, { style }] of Object.entries(OWN_FILLS)) {
    const { top, left } = parseA1(address);
    setCell(sheet, address, { style: { ...getCell(sheet, top, left)?.style, ...style } });
  }
  model.sheets.unshift({ ...sheet, name: COVER, cells: new Map(), merges: [], conditionalFormats: [], selection: { top: 0, left: 0, bottom: 0, right: 0 } });
  setCell(getSheet(model, COVER), 'A1', { value: '2025年项目支出绩效目标表（第二批）' });
  model.activeSheet = 0;
  return model;
}

let dir: string;
let path: string;
let preview: Preview;
let expected: Expected;
let beforeCheck: Record<string, DrawnCell>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perf-target-e2e-'));
  path = join(dir, FILE_NAME);
  writeFileSync(path, await modelToXlsx(await secondWorkbook()));
  [preview, expected] = await Promise.all([openPreview(), expectedFor(path, TABLES)]);
});

afterAll(async () => {
  await preview?.close();
  rmSync(dir, { recursive: true, force: true });
});

function background(address: string): Promise<string> {
  return gridCell(preview.page, address).evaluate((td) => getComputedStyle(td).backgroundColor);
}

test('a workbook from disk opens in the page, on its active sheet', async () => {
  const { page } = preview;
  // The sample is checked first, so that opening the file must reset the pane.
  await checkSheet(page);
  await openFile(page, path);
  await page.getByText(`当前文件：${FILE_NAME}`).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual([COVER, TABLES]);
  expect(await page.getByRole('tab', { name: COVER }).getAttribute('aria-selected')).toBe('true');
  expect(await gridCell(page, 'A1').innerText()).toBe('2025年项目支出绩效目标表（第二批）');
  expect(await gridMarks(page)).toEqual({});
  // A new workbook: the pane starts afresh, as when the add-in opens.
  expect(await findingButtons(page).count()).toBe(0);
  expect(await pane(page).getByRole('heading', { name: '开始校验' }).count()).toBe(1);
});

test('the other sheet shows the user’s own fills', async () => {
  const { page } = preview;
  await page.getByRole('tab', { name: TABLES }).click();
  await page.waitForSelector('td[data-address="F14"]');
  expect(await nameBox(page).innerText()).toBe('A1');
  for (const [address, { css }] of Object.entries(OWN_FILLS)) expect([address, await background(address)]).toEqual([address, css]);
  // Only the first table is in this file.
  expect(await gridCell(page, 'A17').innerText()).toBe('');
  beforeCheck = await gridSnapshot(page);
});

test('checking it finds what the engine finds in the file, marked over the user’s fills', async () => {
  const { page } = preview;
  await checkSheet(page);
  expect(await summaryCounts(page)).toEqual(expected.counts);
  expect(await listedCount(page)).toBe(expected.findings.length);
  expect(await settledMarks(page, expected.marks)).toEqual(expected.marks);
  expect(expected.marks.F14).toBe('error');
  expect(await background('F14')).toBe(ERROR_FILL);
  expect(await background('B3')).toBe(OWN_FILLS.B3.css);
});

test('clearing the marks gives the user’s fills back', async () => {
  const { page } = preview;
  await clearMarks(page);
  expect(await settledMarks(page, {})).toEqual({});
  for (const [address, { css }] of Object.entries(OWN_FILLS)) expect([address, await background(address)]).toEqual([address, css]);
  expect(await gridSnapshot(page)).toEqual(beforeCheck);
});

test('a file that is not a workbook is refused with a message, and the open workbook stays', async () => {
  const { page } = preview;
  const notes = join(dir, '说明.xlsx');
  // A note (no columns): a CSV under that name would be read, as the command line reads it.
  writeFileSync(notes, '这是填报说明，不是表格。\n请按模板填写。\n');
  await openFile(page, notes);
  await page.getByText('无法读取“说明.xlsx”：这是文本文件，不是 Excel 工作簿，也不是以逗号、制表符或分号分列的表格（CSV）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。').waitFor();
  expect(await page.getByText(`当前文件：${FILE_NAME}`).count()).toBe(1);
  expect(await page.getByRole('tab').allInnerTexts()).toEqual([COVER, TABLES]);
  await page.getByRole('button', { name: '关闭' }).click();
  expect(await page.getByText('无法打开文件').count()).toBe(0);
});

test('a workbook the fast loader declines opens through ExcelJS, loaded then as a chunk from the page’s folder', async () => {
  const { page } = preview;
  // A defined name: the fast loader (src/standin/xlsx-lean.ts) leaves such a file to ExcelJS, a
  // chunk of its own that a plain .xlsx never loads (src/preview/read-model.ts).
  const model = await secondWorkbook();
  model.names = [{ name: '指标列表', formula: `='${TABLES}'!$A$2:$A$4`, visible: true, comment: '' }];
  const named = join(dir, '带名称.xlsx');
  writeFileSync(named, await modelToXlsx(model));
  const chunks: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (/\.chunk\.js$/.test(request.url())) chunks.push(new URL(request.url()).pathname);
  };
  preview.context.on('request', onRequest);
  try {
    await openFile(page, named);
    await page.getByText('当前文件：带名称.xlsx').waitFor();
  } finally {
    preview.context.off('request', onRequest);
  }
  expect(await page.getByRole('tab').allInnerTexts()).toEqual([COVER, TABLES]);
  expect(await gridCell(page, 'A1').innerText()).toBe('2025年项目支出绩效目标表（第二批）');
  // ExcelJS's chunk and the one that reads with it, from the page's own folder; no legacy reader.
  expect(chunks.some((c) => /^\/open-exceljs\.[0-9a-f]+\.chunk\.js$/.test(c))).toBe(true);
  expect(chunks.some((c) => /^\/exceljs\.[0-9a-f]+\.chunk\.js$/.test(c))).toBe(true);
  expect(chunks.some((c) => c.includes('open-legacy'))).toBe(false);
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
