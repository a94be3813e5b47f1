/** @jest-environment jsdom */
import './review-polyfills';
import { screen, waitFor, within } from '@testing-library/react';
import { stateXml } from '../../src/hosts/excel/state';
import { checkSheet, dialogClosed, listed, openDialog, renderPane, rowButton, SHEET, workbook, WAIT } from './review-helpers';

function summaryCount(label: '错误' | '警告' | '提示'): number {
  const summary = screen.getByRole('group', { name: '问题统计' });
  const badge = within(summary).getByText(label).parentElement?.querySelector('[data-severity]');
  // The count beside the label.
  return Number(badge?.textContent);
}

async function ignoreCell(user: ReturnType<typeof renderPane>['user'], cell: string, reason: string) {
  const dialog = await openDialog(rowButton(cell, '忽略…', 'value/missing-sign'), '标记为已确认/忽略');
  if (reason) await user.type(within(dialog).getByRole('textbox', { name: '原因（可选）' }), reason);
  await user.click(within(dialog).getByRole('button', { name: '确认忽略' }));
  await dialogClosed();
}

test('忽略… with a reason: the finding leaves the list and the counts, and is listed apart with its reason', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  const before = listed();
  const warnings = summaryCount('警告');
  const dialogText = '经与预算单位核实，按原值公开';
  const f8 = before.find((l) => /F8：.*比较符号/.test(l));
  await ignoreCell(user, 'F8', dialogText);

  await waitFor(() => expect(listed()).toHaveLength(before.length - 1), WAIT);
  expect(listed()).not.toContain(f8);
  expect(summaryCount('警告')).toBe(warnings - 1);
  const header = await screen.findByRole('button', { name: '已忽略的问题（1）' }, WAIT);
  await user.click(header);
  const list = screen.getByRole('list', { name: '已忽略的问题' });
  expect(within(list).getByText('绩效表!F8 · 指标值缺少比较符号')).toBeInTheDocument();
  expect(within(list).getByText(/原因：经与预算单位核实，按原值公开/)).toBeInTheDocument();
  expect(within(list).getByText(/忽略于 \d{4}-\d{2}-\d{2}/)).toBeInTheDocument();
  // Kept in the workbook.
  expect(model.customXmlParts?.[0].xml).toContain(dialogText);
});

test('恢复 brings a finding back into the list; 全部恢复 brings back every one', async () => {
  const { user } = renderPane(workbook(3));
  await checkSheet(user);
  const total = listed().length;
  await ignoreCell(user, 'F8', '');
  await waitFor(() => expect(listed()).toHaveLength(total - 1), WAIT);
  await ignoreCell(user, 'F22', '');
  await waitFor(() => expect(listed()).toHaveLength(total - 2), WAIT);
  await ignoreCell(user, 'F36', '');
  await waitFor(() => expect(listed()).toHaveLength(total - 3), WAIT);

  await user.click(screen.getByRole('button', { name: '已忽略的问题（3）' }));
  const list = screen.getByRole('list', { name: '已忽略的问题' });
  expect(within(list).getAllByText(/未填写原因/)).toHaveLength(3);
  const restore = within(list).getAllByRole('button', { name: /^恢复 绩效表!F\d+ 的“/ });
  await user.click(restore[0]);
  await waitFor(() => expect(listed()).toHaveLength(total - 2), WAIT);
  expect(await screen.findByText('已恢复 1 个问题。', {}, WAIT)).toBeInTheDocument();

  await user.click(await screen.findByRole('button', { name: '全部恢复' }, WAIT));
  await waitFor(() => expect(listed()).toHaveLength(total), WAIT);
  expect(screen.queryByRole('button', { name: /已忽略的问题/ })).not.toBeInTheDocument();
});

test('取消 in the dialog ignores nothing', async () => {
  const { user } = renderPane(workbook(1));
  await checkSheet(user);
  const total = listed().length;
  const dialog = await openDialog(rowButton('F8', '忽略…', 'value/missing-sign'), '标记为已确认/忽略');
  expect(within(dialog).getByText(/^绩效表!F8：/)).toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: '取消' }));
  await dialogClosed();
  expect(listed()).toHaveLength(total);
});

test('a list saved in the workbook applies when the pane opens; entries without a finding are mentioned', async () => {
  const model = workbook(2);
  const entry = (cell: string) => ({ sheet: SHEET, cell, rule: 'value/missing-sign', reason: '旧记录', at: '2025-02-01T00:00:00.000Z' });
  model.customXmlParts = [{ id: '{1}', xml: stateXml('ignore', JSON.stringify({ version: 1, entries: [entry('F22'), entry('Z99')] })) }];
  const { user } = renderPane(model);
  await checkSheet(user);
  await user.click(await screen.findByRole('button', { name: '已忽略的问题（1）' }, WAIT));
  expect(screen.getByText('另有 1 条忽略记录当前没有对应的问题（问题已改正，或所在工作表未校验），仍保留在工作簿中。')).toBeInTheDocument();
  expect(listed().filter((l) => /F22.*比较符号/.test(l))).toEqual([]);
});
