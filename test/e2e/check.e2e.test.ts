/**
 * The bundled sample in the preview: check it, follow a finding to its cell, clear the marks, and
 * download the marked workbook. What the page shows is compared with the engine's result for the
 * same file read by the command line's reader (./oracle.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markSeverity } from '../../src/hosts/excel/marks';
import { modelFromXlsx } from '../../src/standin/xlsx';
import {
  allListed,
  checkSheet,
  clearMarks,
  findingButtons,
  findingFor,
  listedCount,
  gridCell,
  gridMarks,
  settledMarks,
  gridSnapshot,
  nameBox,
  openPreview,
  pane,
  screenshotPage,
  screenshotPane,
  summaryCounts,
  type DrawnCell,
  type Preview,
} from './harness';
import { expectedFor, type Expected } from './oracle';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const SHEET = '绩效目标表';
/** Mark colours as the browser reports them (MARK_FILL of src/hosts/excel/marks.ts). */
const ERROR_FILL = 'rgb(255, 199, 206)';

let preview: Preview;
let expected: Expected;
let original: Record<string, DrawnCell>;

beforeAll(async () => {
  [preview, expected] = await Promise.all([openPreview(), expectedFor(SAMPLE, SHEET)]);
  original = await gridSnapshot(preview.page);
});

afterAll(async () => {
  await preview?.close();
});

test('the sample is drawn with its merged cells and no marks', async () => {
  const { page } = preview;
  expect(await page.getByText('当前文件：sample.xlsx').count()).toBe(1);
  expect(await page.getByRole('tab', { name: SHEET }).getAttribute('aria-selected')).toBe('true');
  expect(await nameBox(page).innerText()).toBe('A1');
  // 指标值 spans two merged columns in this layout; 产出指标 is merged down over its rows.
  expect(await gridCell(page, 'F14').innerText()).toBe('≥99百分之');
  expect(await gridCell(page, 'F14').getAttribute('colspan')).toBe('2');
  expect(await gridCell(page, 'G14').count()).toBe(0);
  expect(Number(await gridCell(page, 'A8').getAttribute('rowspan'))).toBeGreaterThan(1);
  expect(await gridMarks(page)).toEqual({});
  // The sample has real mistakes, among them the malformed unit in F14.
  expect(expected.findings.some((f) => f.cell === 'F14' && f.severity === 'error')).toBe(true);
});

test('checking the sample lists every finding and marks every flagged cell', async () => {
  const { page } = preview;
  await checkSheet(page);
  expect(await summaryCounts(page)).toEqual(expected.counts);
  expect(await listedCount(page)).toBe(expected.findings.length);
  // Every finding is listed, errors first, then warnings, then notes; within each in sheet order.
  const listed = await allListed(page);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const order = [...expected.findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
  expect(listed.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(order.map((f) => `${f.severity} ${f.cell} ${f.rule}`));
  expect(await settledMarks(page, expected.marks)).toEqual(expected.marks);
  expect(await gridCell(page, 'F14').evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(ERROR_FILL);
  // Values and the user's text are untouched by marking.
  const now = await gridSnapshot(page);
  for (const [address, cell] of Object.entries(original)) expect([address, now[address]?.text]).toEqual([address, cell.text]);

  await screenshotPage(page, 'preview-findings.png');
  await screenshotPane(page, 'pane-findings.png');
});

test('clicking a finding selects its cell in the grid', async () => {
  const { page } = preview;
  await (await findingFor(page, 'F14')).click();
  await page.waitForSelector('td[data-address="F14"][data-active="true"]');
  expect(await nameBox(page).innerText()).toBe('F14');
  expect(await page.locator('td[data-active="true"]').count()).toBe(1);

  // A finding far down the sheet: the grid scrolls to it, as Excel does.
  const last = (await allListed(page)).at(-1);
  if (!last) throw new Error('the sample has findings');
  await (await findingFor(page, last.cell, last.rule)).click();
  const cell = gridCell(page, last.cell);
  await page.waitForSelector(`td[data-address="${last.cell}"][data-active="true"]`);
  const visible = await cell.evaluate((td) => {
    const region = td.closest('[role="region"]') as HTMLElement;
    const a = td.getBoundingClientRect();
    const b = region.getBoundingClientRect();
    return a.top >= b.top && a.bottom <= b.bottom;
  });
  expect(visible).toBe(true);
});

test('clearing the marks brings back exactly what was drawn before', async () => {
  const { page } = preview;
  await clearMarks(page);
  expect(await settledMarks(page, {})).toEqual({});
  expect(await gridSnapshot(page)).toEqual(original);
  expect(await findingButtons(page).count()).toBe(0);
  expect(await pane(page).getByRole('heading', { name: '已清除所有标记。' }).count()).toBe(1);
});

test('the marked workbook downloads with its marks, and they survive reopening', async () => {
  const { page } = preview;
  await checkSheet(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带标记的工作簿' }).click()]);
  expect(download.suggestedFilename()).toBe('sample（带标记）.xlsx');
  const model = await modelFromXlsx(await readFile(await download.path()));
  const sheet = model.sheets[0];
  const severities = new Set(sheet.conditionalFormats.map((cf) => markSeverity(cf.formula)));
  expect(severities).toEqual(new Set(Object.values(expected.marks)));
  const original = await modelFromXlsx(await readFile(SAMPLE));
  expect([...sheet.cells.entries()].map(([k, c]) => [k, c.value])).toEqual([...original.sheets[0].cells.entries()].map(([k, c]) => [k, c.value]));
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
