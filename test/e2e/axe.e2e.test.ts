/** The whole preview page (workbook and pane) after a check: axe-core finds no violation. */
import { axeViolations, checkSheet, openPreview, type Preview } from './harness';

let preview: Preview;

beforeAll(async () => {
  preview = await openPreview();
});

afterAll(async () => {
  await preview?.close();
});

test('the page before and after a check has no accessibility violation', async () => {
  const { page } = preview;
  expect(await axeViolations(page)).toEqual([]);
  await checkSheet(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
