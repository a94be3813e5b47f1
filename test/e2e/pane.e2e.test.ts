/**
 * The task pane at Excel's default size (330×700, `?layout=pane`: the pane alone, as Excel shows
 * it) over the bundled sample: the first finding is in view without scrolling, errors come first,
 * the chips narrow the list, a fix moves the selection and the focus on, 说明 explains the rule,
 * and axe-core finds no accessibility violation in any of these states. With UPDATE_SCREENSHOTS=1
 * it writes the user guide's screenshots (docs/guide).
 */
import { join } from 'node:path';
import {
  allListed,
  axeViolations,
  checkSheet,
  findingFor,
  GUIDE,
  listedCount,
  openPreview,
  PANE_VIEWPORT,
  pane,
  screenshotPage,
  screenshotPane,
  summaryCounts,
  type Preview,
} from './harness';
import { expectedFor, type Expected } from './oracle';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const SHEET = '绩效目标表';
const RANK = { error: 0, warning: 1, info: 2 } as const;

let preview: Preview;
let expected: Expected;

beforeAll(async () => {
  [preview, expected] = await Promise.all([openPreview('?layout=pane', PANE_VIEWPORT), expectedFor(SAMPLE, SHEET)]);
  // The pane alone fills the window.
  await pane(preview.page).getByRole('button', { name: '校验当前工作表' }).waitFor();
});

afterAll(async () => {
  await preview?.close();
});

test('before a check: the check button and the first-run text, axe clean', async () => {
  const { page } = preview;
  const box = await pane(page).boundingBox();
  expect(box?.width).toBe(PANE_VIEWPORT.width);
  expect(await axeViolations(page)).toEqual([]);
  await screenshotPane(page, '01-开始.png', GUIDE);
});

test('after a check the first finding is in view without scrolling, and it is an error', async () => {
  const { page } = preview;
  await checkSheet(page);
  expect(await summaryCounts(page)).toEqual(expected.counts);
  const first = pane(page).locator('li[data-index="0"]');
  const box = await first.boundingBox();
  if (!box) throw new Error('no first row');
  // Whole row inside the window, nothing scrolled.
  expect(box.y).toBeGreaterThan(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PANE_VIEWPORT.height);
  expect(await page.evaluate(() => [window.scrollY, document.querySelector('[data-pane]')?.scrollTop ?? 0])).toEqual([0, 0]);
  expect(await pane(page).locator('[data-testid="finding-list"]').evaluate((el) => el.scrollTop)).toBe(0);
  expect(await first.locator('button[data-main]').getAttribute('data-severity')).toBe('error');
  // Its actions are in view too.
  const fix = await first.getByRole('button', { name: '说明' }).boundingBox();
  expect((fix?.y ?? Infinity) + (fix?.height ?? 0)).toBeLessThanOrEqual(PANE_VIEWPORT.height);
  await screenshotPane(page, '02-问题列表.png', GUIDE);
});

test('errors first, then warnings, then notes; every finding listed', async () => {
  const { page } = preview;
  const listed = await allListed(page);
  expect(listed).toHaveLength(expected.findings.length);
  const ranks = listed.map((f) => RANK[f.severity as keyof typeof RANK]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(listed[0].severity).toBe('error');
});

test('a chip narrows the list to its kind and shows its count; pressed again, everything is back', async () => {
  const { page } = preview;
  const chips = pane(page).getByRole('group', { name: '筛选问题' });
  const warnings = chips.locator('[data-chip="warning"]');
  expect(await warnings.getAttribute('aria-pressed')).toBe('false');
  expect(await warnings.innerText()).toBe(`警告 ${expected.counts.warning}`);
  await warnings.click();
  expect(await warnings.getAttribute('aria-pressed')).toBe('true');
  const narrowed = await allListed(page);
  expect(narrowed).toHaveLength(expected.counts.warning);
  expect(new Set(narrowed.map((f) => f.severity))).toEqual(new Set(['warning']));
  expect(await axeViolations(page)).toEqual([]);
  await screenshotPane(page, '03-筛选.png', GUIDE);
  await warnings.click();
  expect(await listedCount(page)).toBe(expected.findings.length);
});

test('说明 opens the rule page in the pane; 返回问题列表 goes back with the focus on the row', async () => {
  const { page } = preview;
  const first = pane(page).locator('li[data-index="0"]');
  const rule = await first.locator('button[data-main]').getAttribute('data-rule');
  await first.getByRole('button', { name: '说明' }).click();
  const ruleId = pane(page).getByText(rule ?? '', { exact: true });
  await ruleId.waitFor();
  for (const h of ['检查什么', '为什么重要', '示例']) expect(await pane(page).getByRole('heading', { name: h, level: 3 }).count()).toBe(1);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  expect(await axeViolations(page)).toEqual([]);
  await screenshotPane(page, '04-说明.png', GUIDE);
  await pane(page).getByRole('button', { name: '返回问题列表' }).click();
  await page.waitForFunction(() => document.activeElement?.closest('li')?.getAttribute('data-index') === '0');
});

test('the menu holds the other actions, reachable by keyboard', async () => {
  const { page } = preview;
  await pane(page).getByRole('button', { name: '校验当前工作表' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('更多操作');
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: '校验所有工作表' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshotPage(page, '06-菜单.png', GUIDE);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '更多操作');
});

test('应用建议 writes the cell; the selection and the focus move to the next finding', async () => {
  const { page } = preview;
  const before = await allListed(page);
  const index = before.findIndex((f) => f.cell === 'F14' && f.rule === 'value/malformed-unit');
  expect(index).toBeGreaterThanOrEqual(0);
  const next = before[index + 1];
  const row = await findingFor(page, 'F14', 'value/malformed-unit');
  await row.locator('xpath=..').getByRole('button', { name: '应用建议' }).click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-pane] li[aria-setsize]')?.getAttribute('aria-setsize')) === n, before.length - 1);
  // The cell of the finding that took its place is selected in the workbook, and its row has the focus.
  await page.waitForFunction((cell) => document.querySelector('output')?.textContent === cell, next.cell);
  await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, next.label);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true');
  expect(await axeViolations(page)).toEqual([]);
  await screenshotPane(page, '07-修复后.png', GUIDE);
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
