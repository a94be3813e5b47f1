/** @jest-environment jsdom */
import './review-polyfills';
import { act, screen, waitFor } from '@testing-library/react';
import { parseCsv } from '../../src/core/review/csv';
import { reportFileName } from '../../src/taskpane/download';
import { getCell, getSheet } from '../../src/standin';
import { checkSheet, menuItem, renderPane, SHEET, workbook, WAIT } from './review-helpers';

interface Saved {
  name: string;
  type: string;
  text: string;
  bytes: Uint8Array;
}

/** jsdom's Blob has no text(); FileReader reads it. */
function read(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Captures what the pane downloads: the Blob's text and the link's file name. */
function captureDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`no blob for ${this.href}`);
    const entry: Saved = { name: this.download, type: blob.type, text: '', bytes: new Uint8Array() };
    saved.push(entry);
    void read(blob).then((buffer) => {
      entry.bytes = new Uint8Array(buffer);
      entry.text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
    });
  });
  return saved;
}

afterEach(() => jest.restoreAllMocks());

test('导出报告 and 下载 CSV wait for a check', async () => {
  const { user } = renderPane(workbook(1));
  // The data kept in the workbook is read when the pane opens.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await user.click(screen.getByRole('button', { name: '更多操作' }));
  expect(await screen.findByRole('menuitem', { name: '导出报告' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByRole('menuitem', { name: '下载 CSV' })).toHaveAttribute('aria-disabled', 'true');
  // JSON is for developers: not in the menu unless the option is on.
  expect(screen.queryByRole('menuitem', { name: '下载 JSON' })).not.toBeInTheDocument();
});

test('导出报告 inserts the 校验报告 sheet with every finding', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  await menuItem(user, '导出报告');
  const notice = await screen.findByText(/^已插入工作表“校验报告”，共 \d+ 条记录。$/, {}, WAIT);
  const count = Number(/共 (\d+) 条/.exec(notice.textContent ?? '')?.[1]);
  const report = getSheet(model, '校验报告');
  expect(count).toBeGreaterThan(0);
  // Below the title block (7 lines, a blank line) the header, then one row per finding.
  const header = 8;
  expect(getCell(report, 0, 0)?.value).toBe('项目支出绩效目标表校验报告');
  expect(getCell(report, header, 0)?.value).toBe('工作表');
  expect(getCell(report, header + count, 0)?.value).toBe(SHEET);
  expect(getCell(report, header + count + 1, 0)).toBeUndefined();
  expect(getCell(report, header + 1, 1)?.hyperlink?.documentReference).toMatch(new RegExp(`^'${SHEET}'!F\\d+$`));
});

test('下载 CSV: Excel-ready CSV (BOM, header, one line per finding), made in the pane', async () => {
  const saved = captureDownloads();
  const { user } = renderPane(workbook(2));
  await checkSheet(user);
  await menuItem(user, '下载 CSV');
  await waitFor(() => expect(saved[0]?.text).not.toBe(''), WAIT);
  expect(saved[0].name).toMatch(/^校验报告-\d{8}-\d{4}\.csv$/);
  expect(saved[0].type).toBe('text/csv;charset=utf-8');
  // UTF-8 with a byte-order mark, so Excel on Windows reads the Chinese right.
  expect([...saved[0].bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(saved[0].text).toContain('\r\n');
  const rows = parseCsv(saved[0].text);
  expect(rows[0]).toEqual(['工作表', '单元格', '表格', '规则', '严重程度', '问题说明', '建议值', '已忽略', '忽略原因']);
  expect(rows.slice(1).every((r) => r[0] === SHEET)).toBe(true);
  expect(await screen.findByText(/^已下载 校验报告-.*\.csv。$/, {}, WAIT)).toBeInTheDocument();
});

test('下载 JSON: the command line\'s report document', async () => {
  const saved = captureDownloads();
  // The developer option (设置) is kept in the browser.
  localStorage.setItem('perf-target.developer', '1');
  const { user } = renderPane(workbook(1));
  await checkSheet(user);
  await menuItem(user, '下载 JSON');
  localStorage.removeItem('perf-target.developer');
  await waitFor(() => expect(saved[0]?.text).not.toBe(''), WAIT);
  const doc = JSON.parse(saved[0].text.replace(/^\uFEFF/, '')) as { version: number; files: { file: string; sheets: { name: string }[] }[]; summary: { tables: number }; ignored: unknown[] };
  expect(doc.version).toBe(1);
  expect(doc.files[0]).toMatchObject({ file: '当前工作簿', sheets: [{ name: SHEET }] });
  expect(doc.summary.tables).toBe(1);
  expect(doc.ignored).toEqual([]);
  expect(saved[0].name).toMatch(/\.json$/);
});

test.each<[Date, string]>([
  [new Date(2025, 2, 1, 8, 5), '校验报告-20250301-0805.csv'],
  [new Date(2025, 11, 31, 23, 59), '校验报告-20251231-2359.csv'],
])('reportFileName(%s)', (date, name) => expect(reportFileName('校验报告', 'csv', date)).toBe(name));
