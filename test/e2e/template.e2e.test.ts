/**
 * 插入模板 in the preview: the form inserts the blank template through the add-in's ExcelHost; the
 * selected cell of the sample is not empty, so it goes on a new sheet, which the pane then checks.
 * A fresh template is one table whose only findings are its empty fields (SPEC §7).
 */
import type { Page } from 'playwright-core';
import { findingButtons, gridMarks, openPreview, pane, runPaneAction, screenshotPage, type Preview } from './harness';

/** The findings a fresh template may have: its empty fields, nothing else (as test/core/template.test.ts). */
const EMPTY_FIELD_RULES = new Set([
  'structure/missing-project-name',
  'budget/missing-total',
  'structure/missing-goals',
  'structure/empty-level3',
  'value/empty',
]);
const PROJECT = '2026年检察业务经费项目';

let preview: Preview;

beforeAll(async () => {
  preview = await openPreview();
});

afterAll(async () => {
  await preview?.close();
});

/** Rule and cell of every finding the pane lists. */
function listed(page: Page): Promise<{ rule: string; cell: string }[]> {
  return findingButtons(page).evaluateAll((buttons) =>
    buttons.map((b) => ({ rule: b.getAttribute('data-rule') ?? '', cell: /单元格 ([A-Z]+\d+(?::[A-Z]+\d+)?)：/.exec(b.getAttribute('aria-label') ?? '')?.[1] ?? '' })),
  );
}

test('the template goes in on a new sheet and is checked clean except for its empty fields', async () => {
  const { page } = preview;
  const tabsBefore = await page.getByRole('tab').allInnerTexts();
  await pane(page).getByRole('button', { name: '插入模板', exact: true }).click();
  const form = pane(page).getByRole('region', { name: '插入空白绩效目标表' });
  await form.getByRole('textbox', { name: '项目名称' }).fill(PROJECT);
  await form.getByRole('button', { name: '插入模板', exact: true }).click();

  // A1 of the sample holds its first table: the form says so and offers a new sheet.
  await form.getByText('这里已有内容').waitFor();
  await Promise.all([
    // Once inserted, the pane checks the template's sheet.
    page.waitForFunction(() => /校验完成/.test(document.querySelector('aside [role="status"][aria-live="polite"]')?.textContent ?? '')),
    form.getByRole('button', { name: '在新工作表中插入' }).click(),
  ]);
  await form.getByText('模板已插入').waitFor();

  const tabs = await page.getByRole('tab').allInnerTexts();
  expect(tabs.slice(0, tabsBefore.length)).toEqual(tabsBefore);
  expect(tabs).toHaveLength(tabsBefore.length + 1);
  const newTab = page.getByRole('tab', { name: tabs.at(-1) });
  expect(await newTab.getAttribute('aria-selected')).toBe('true');
  expect(await page.locator(`td:text-is("${PROJECT}")`).count()).toBe(1);

  const findings = await listed(page);
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) expect(EMPTY_FIELD_RULES.has(f.rule)).toBe(true);
  expect(findings.some((f) => f.rule === 'value/empty')).toBe(true);
  expect(findings.some((f) => f.rule === 'structure/missing-project-name')).toBe(false);
  // Every empty field is marked on the grid.
  const marks = await gridMarks(page);
  for (const f of findings.filter((x) => !x.cell.includes(':'))) expect(Object.keys(marks)).toContain(f.cell);
  await screenshotPage(page, 'preview-template.png');
});

test('checking the template sheet again gives the same findings', async () => {
  const { page } = preview;
  const before = await listed(page);
  await runPaneAction(page, '校验当前工作表', /校验完成/);
  expect(await listed(page)).toEqual(before);
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
