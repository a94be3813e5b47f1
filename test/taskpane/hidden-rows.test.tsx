/** @jest-environment jsdom */
/**
 * Findings on hidden rows and columns in the pane: the cell is checked like any other, its row in
 * the list carries a short badge (隐藏的行 / 隐藏的列), and selecting it says that the cell, though
 * selected, cannot be seen, and how to show it (选中上下行 › 右键 › 取消隐藏, or clear the filter).
 * The pane over the real Excel host and engine on the stand-in. Before: the row read `F8` like any
 * other, and selecting it selected an invisible cell with nothing said.
 */
import './review-polyfills';
import { screen, waitFor, within } from '@testing-library/react';
import { createWorkbook, getSheet } from '../../src/standin';
import { writeTables } from '../hosts/excel/fixtures';
import { checkSheet, listed, renderPane } from './review-helpers';

function rowOf(cell: string): HTMLElement {
  const list = screen.getByRole('list', { name: '问题列表' });
  const button = within(list)
    .getAllByRole('button', { name: /单元格/ })
    .find((b) => (b.getAttribute('aria-label') ?? '').includes(`单元格 ${cell}`) || (b.getAttribute('aria-label') ?? '').includes(`${cell} `));
  if (!button) throw new Error(`no row for ${cell}`);
  return button;
}

test('a finding on a hidden row has a badge; selecting it says how to show the row; a visible one takes that away', async () => {
  const model = createWorkbook(['表']);
  const sheet = getSheet(model, '表');
  // Two tables: the second's findings show.
  writeTables(sheet, 2, 0, 0, { firstValue: '100%' });
  // Row 8 (F8: 100% without a sign) hidden, by hand or by a filter.
  sheet.hiddenRows = new Set([7]);
  const { user, model: m } = renderPane(model);
  await checkSheet(user);
  const rows = listed();
  const f8 = rows.filter((r) => r.includes('F8'));
  expect(f8.length).toBeGreaterThan(0);
  expect(f8.every((r) => r.includes('F8 隐藏的行'))).toBe(true);
  expect(rows.filter((r) => !r.includes('F8')).every((r) => !r.includes('隐藏的'))).toBe(true);
  const row = rowOf('F8');
  expect(within(row).getByText('隐藏的行')).toBeTruthy();

  await user.click(row);
  const notice = await screen.findByText(/单元格 F8 在隐藏的行中，选中后也看不到/);
  expect(notice.textContent).toContain('选中其上下相邻的行 › 右键 › 取消隐藏');
  expect(notice.textContent).toContain('数据 › 筛选');
  // The cell is selected all the same.
  await waitFor(() => expect(getSheet(m, '表').selection).toEqual({ top: 7, left: 5, bottom: 7, right: 5 }));

  // Another finding, on a visible cell: the notice goes.
  const other = within(screen.getByRole('list', { name: '问题列表' }))
    .getAllByRole('button', { name: /单元格/ })
    .find((b) => !(b.getAttribute('aria-label') ?? '').includes('隐藏的'));
  if (!other) throw new Error('no visible finding');
  await user.click(other);
  await waitFor(() => expect(screen.queryByText(/在隐藏的行中/)).toBeNull());
});

test('a hidden column: its badge and notice name the column', async () => {
  const model = createWorkbook(['表']);
  const sheet = getSheet(model, '表');
  writeTables(sheet, 1, 0, 0, { firstValue: '100%' });
  sheet.hiddenColumns = new Set([5]);
  const { user } = renderPane(model);
  await checkSheet(user);
  const row = rowOf('F8');
  expect(within(row).getByText('隐藏的列')).toBeTruthy();
  await user.click(row);
  expect((await screen.findByText(/单元格 F8 在隐藏的列中/)).textContent).toContain('选中其左右相邻的列 › 右键 › 取消隐藏');
});
