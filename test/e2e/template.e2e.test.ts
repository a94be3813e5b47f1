/**
 * 插入模板 in the preview: the form inserts the blank template through the add-in's ExcelHost on a
 * new sheet (the default), which the pane then checks. A fresh template is one table whose only
 * findings are its empty fields, listed as 待填写 notes, never as errors (SPEC §7, issue 15.4).
 */
import { allListed, GUIDE, gridMarks, openPreview, pane, runPaneAction, screenshotPage, summaryCounts, type Preview } from './harness';

const PROJECT = '2026年检察业务经费项目';

let preview: Preview;

beforeAll(async () => {
  preview = await openPreview();
});

afterAll(async () => {
  await preview?.close();
});

test('the template goes on a new sheet by default and its check has no errors, only fields to fill in', async () => {
  const { page } = preview;
  const tabsBefore = await page.getByRole('tab').allInnerTexts();
  await pane(page).getByRole('button', { name: '更多操作' }).click();
  await page.getByRole('menuitem', { name: '插入模板' }).click();
  const form = pane(page).getByRole('region', { name: '插入空白绩效目标表' });
  expect(await form.getByRole('radio', { name: '新工作表（以项目名称命名）' }).isChecked()).toBe(true);
  await form.getByRole('textbox', { name: '项目名称' }).fill(PROJECT);
  await Promise.all([
    // Once inserted, the pane checks the template's sheet.
    page.waitForFunction(() => /校验完成/.test(document.querySelector('[data-pane] [role="status"][aria-live="polite"]')?.textContent ?? '')),
    form.getByRole('button', { name: '插入模板', exact: true }).click(),
  ]);
  await form.getByText('模板已插入').waitFor();

  const tabs = await page.getByRole('tab').allInnerTexts();
  expect(tabs.slice(0, tabsBefore.length)).toEqual(tabsBefore);
  expect(tabs).toHaveLength(tabsBefore.length + 1);
  const newTab = page.getByRole('tab', { name: tabs.at(-1) });
  expect(await newTab.getAttribute('aria-selected')).toBe('true');
  expect(await page.locator(`td:text-is("${PROJECT}")`).count()).toBe(1);

  const findings = await allListed(page);
  expect(findings.length).toBeGreaterThan(0);
  // A blank template is not wrong, only unfinished: no errors, no warnings.
  expect((await summaryCounts(page)).error).toBe(0);
  expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(findings.some((f) => f.rule === 'structure/missing-project-name')).toBe(false);
  // Every empty field is marked on the grid.
  const cells = findings.filter((x) => !x.cell.includes(':')).map((f) => f.cell);
  // The grid draws the marks in the frame after the workbook's last change.
  await page
    .waitForFunction((want) => want.every((c) => document.querySelector(`td[data-address="${c}"][data-severity]`)), cells, { timeout: 15_000 })
    .catch(() => undefined);
  const marks = await gridMarks(page);
  for (const cell of cells) expect(Object.keys(marks)).toContain(cell);
  await screenshotPage(page, 'preview-template.png');
  await screenshotPage(page, '05-模板.png', GUIDE);
});

test('checking the template sheet again gives the same findings', async () => {
  const { page } = preview;
  const before = await allListed(page);
  await runPaneAction(page, '校验当前工作表', /校验完成/);
  expect(await allListed(page)).toEqual(before);
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
