/**
 * The one-click fix in the preview: follow a finding with a suggested value to its cell, apply the
 * suggestion, and see the cell's value change and the finding go — in the pane and on the grid.
 */
import { join } from 'node:path';
import { allListed, checkSheet, findingFor, gridCell, listedCount, openPreview, screenshotPane, settledMarks, summaryCounts, type Preview } from './harness';
import { expectedFor, type Expected } from './oracle';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const SHEET = '绩效目标表';
/** The malformed unit `≥99百分之` in the sample's first table: an error with a suggested value. */
const CELL = 'F14';
const RULE = 'value/malformed-unit';

let preview: Preview;
let expected: Expected;

beforeAll(async () => {
  [preview, expected] = await Promise.all([openPreview(), expectedFor(SAMPLE, SHEET)]);
});

afterAll(async () => {
  await preview?.close();
});

test('applying the suggestion writes it into the cell, and the finding goes', async () => {
  const { page } = preview;
  const target = expected.findings.find((f) => f.cell === CELL && f.rule === RULE);
  if (!target?.suggestion) throw new Error(`the sample has a ${RULE} finding with a suggestion at ${CELL}`);
  await checkSheet(page);
  // The grid draws the marks in the frame after the check's last change.
  await page.waitForSelector(`td[data-address="${CELL}"][data-severity="error"]`, { timeout: 15_000 });
  expect(await gridCell(page, CELL).getAttribute('data-severity')).toBe('error');

  const row = await findingFor(page, CELL, RULE);
  await row.click();
  await page.waitForSelector(`td[data-address="${CELL}"][data-active="true"]`);
  await row.locator('xpath=..').getByRole('button', { name: '应用建议', exact: true }).click();

  // The value changes in the workbook, and the table is checked again.
  await page.waitForFunction(
    ([cell, value]) => document.querySelector(`td[data-address="${cell}"]`)?.textContent === value,
    [CELL, target.suggestion] as const,
  );
  await page.waitForFunction((cell) => !document.querySelector(`td[data-address="${cell}"][data-severity]`), CELL);
  await page.waitForFunction((n) => Number(document.querySelector('[data-pane] li[aria-setsize]')?.getAttribute('aria-setsize')) === n, expected.findings.length - 1);
  expect((await allListed(page)).some((f) => f.cell === CELL && f.rule === RULE)).toBe(false);
  expect(await listedCount(page)).toBe(expected.findings.length - 1);
  expect(await summaryCounts(page)).toEqual({ ...expected.counts, error: expected.counts.error - 1 });
  // Every other mark is still there.
  const rest = { ...expected.marks };
  delete rest[CELL];
  expect(await settledMarks(page, rest)).toEqual(rest);
  await screenshotPane(page, 'pane-fixed.png');
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
