/**
 * The preview opens what a clerk without Excel is sent: a legacy .xls (BIFF8) and a budget system's
 * web-page export saved as .xls, read in the page's worker by the command line's own readers. Each
 * shows its sheet, and checking it gives the findings and marks the command line gives for the
 * file; the page says that a download is a new .xlsx without the file's own formatting, and the
 * download is that .xlsx, named as --annotate would name it. An encrypted .xls is refused in Chinese.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../src/hosts/file/read';
import { checkSheet, findingButtons, listedCount, openFile, openPreview, settledMarks, summaryCounts, type Preview } from './harness';
import { expectedFor } from './oracle';
import { record, u16, xlsFile } from '../helpers/xls-build';
import { writeFileSync } from 'node:fs';

const LEGACY = join(__dirname, '..', 'fixtures', 'legacy');
const XLS = '某单位.xls';
const PAGE = '系统导出.xls';

let dir: string;
let preview: Preview;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perf-target-e2e-legacy-'));
  copyFileSync(join(LEGACY, 'l4-merged.xls'), join(dir, XLS));
  copyFileSync(join(LEGACY, 'stacked.html'), join(dir, PAGE));
  preview = await openPreview();
});

afterAll(async () => {
  await preview?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sheetsOf(path: string, name: string): Promise<string[]> {
  return (await readWorkbookBytes(new Uint8Array(readFileSync(path)), name)).map((g) => g.name);
}

test.each([
  [XLS, 'a legacy .xls'],
  [PAGE, 'a web page saved as .xls'],
])('%s (%s) opens and checking it finds what the command line finds', async (file) => {
  const { page } = preview;
  const path = join(dir, file);
  const sheets = await sheetsOf(path, file);
  await openFile(page, path);
  await page.getByText(`当前文件：${file}`).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(sheets);
  // What the download will be, said before anyone asks for it.
  await page.getByText(`下载的是新的 .xlsx 文件“${file}.checked.xlsx”`).waitFor();
  expect(await page.getByRole('button', { name: '下载带标记的 .xlsx 副本（不含原格式）' }).count()).toBe(1);
  const expected = await expectedFor(path, sheets[0]);
  expect(expected.findings.length).toBeGreaterThan(0);
  await checkSheet(page);
  expect(await summaryCounts(page)).toEqual(expected.counts);
  expect(await listedCount(page)).toBe(expected.findings.length);
  expect(await settledMarks(page, expected.marks)).toEqual(expected.marks);
  expect(await findingButtons(page).count()).toBeGreaterThan(0);
});

test('the download is an .xlsx named as --annotate names a copy, with the sheet the page showed', async () => {
  const { page } = preview;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载带标记的 .xlsx 副本（不含原格式）' }).click()]);
  expect(download.suggestedFilename()).toBe(`${PAGE}.checked.xlsx`);
  const saved = join(dir, 'copy.xlsx');
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip: an .xlsx
  expect(await sheetsOf(saved, 'copy.xlsx')).toEqual(await sheetsOf(join(dir, PAGE), PAGE));
});

test('an encrypted .xls is refused with the command line’s Chinese line; the open workbook stays', async () => {
  const { page } = preview;
  const locked = join(dir, '加密.xls');
  writeFileSync(locked, xlsFile(record(0x002f, [...u16(1), ...new Array<number>(52).fill(0)]), [{ name: 'A', records: [] }]));
  await openFile(page, locked);
  await page.getByText('无法读取“加密.xls”：文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存一份再检查。').waitFor();
  expect(await page.getByText(`当前文件：${PAGE}`).count()).toBe(1);
});

test('nothing went wrong in the page and nothing was fetched from elsewhere', () => {
  expect(preview.problems).toEqual([]);
});
