/** @jest-environment jsdom */
import './review-polyfills';
import { act, screen, waitFor, within } from '@testing-library/react';
import { stateXml } from '../../src/hosts/excel/state';
import { userEdit } from '../../src/standin';
import { checkSheet, listed, renderPane, SHEET, value, workbook, WAIT } from './review-helpers';

function toolbar() {
  return screen.getByRole('toolbar', { name: '审阅' });
}

test('the review toolbar: 撤销修复, 设置, 导出报告, 下载; no 重新校验 where Excel re-checks by itself', async () => {
  renderPane(workbook(1));
  // The data kept in the workbook is read when the pane opens.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const bar = toolbar();
  for (const name of ['撤销修复', '设置', '导出报告', '下载']) expect(within(bar).getByRole('button', { name })).toBeInTheDocument();
  expect(within(bar).queryByRole('button', { name: '重新校验' })).not.toBeInTheDocument();
  expect(within(bar).getByRole('button', { name: '撤销修复' })).toBeDisabled();
  expect(within(bar).getByRole('button', { name: '设置' })).toBeEnabled();
});

test('撤销修复 puts back what a fix replaced, and is then disabled again', async () => {
  const { user, model } = renderPane(workbook(1));
  await checkSheet(user);
  const walker = screen.getByRole('region', { name: '逐条审阅' });
  await user.click(within(walker).getByRole('button', { name: '下一个' }));
  await user.click(within(walker).getByRole('button', { name: '应用建议' }));
  await waitFor(() => expect(value(model, 7, 5)).toBe('＝100%'), WAIT);
  const undo = within(toolbar()).getByRole('button', { name: '撤销修复' });
  await waitFor(() => expect(undo).toBeEnabled(), WAIT);
  await user.click(undo);
  await waitFor(() => expect(value(model, 7, 5)).toBe('100%'), WAIT);
  expect(await screen.findByText('已撤销修复，恢复了 1 个单元格。', {}, WAIT)).toBeInTheDocument();
  await waitFor(() => expect(undo).toBeDisabled(), WAIT);
  expect(listed().some((l) => /F8.*比较符号/.test(l))).toBe(true);
});

test('editing a checked table re-checks it live, and the pane says it does', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  expect(await screen.findByText('修改表格后会自动重新校验该表。', {}, WAIT)).toBeInTheDocument();
  expect(listed().some((l) => /F22.*比较符号/.test(l))).toBe(true);
  userEdit(model, SHEET, 'F22', '≥200次');
  await waitFor(() => expect(listed().some((l) => /F22/.test(l))).toBe(false), WAIT);
  expect(listed().some((l) => /F8.*比较符号/.test(l))).toBe(true);
});

test('an Excel without change events: a note, and 重新校验 checks the sheets again by hand', async () => {
  const { user, model } = renderPane(workbook(1), { excelApi: '1.6' });
  expect(screen.getByText('此版本的 Excel 不支持修改后自动重新校验（需要 ExcelApi 1.7）。修改单元格后请点“重新校验”。')).toBeInTheDocument();
  const recheck = within(toolbar()).getByRole('button', { name: '重新校验' });
  expect(recheck).toBeDisabled();
  await checkSheet(user);
  userEdit(model, SHEET, 'F8', '≥200次');
  expect(listed().some((l) => /F8.*比较符号/.test(l))).toBe(true);
  await user.click(recheck);
  await waitFor(() => expect(listed().some((l) => /F8/.test(l))).toBe(false), WAIT);
  expect(await screen.findByText('已重新校验 1 张表。', {}, WAIT)).toBeInTheDocument();
});

test('an Excel that cannot keep state in the file says so', () => {
  renderPane(workbook(1), { excelApi: '1.4' });
  expect(screen.getByText(/不能在工作簿中保存忽略列表、设置和修复记录（需要 ExcelApi 1.5）/)).toBeInTheDocument();
});

test('damaged data in the workbook is reported, and the pane works with defaults', async () => {
  const model = workbook(1);
  model.customXmlParts = [{ id: '{1}', xml: stateXml('ignore', '{not json') }];
  const { user } = renderPane(model);
  expect(await screen.findByText(/工作簿中保存的审阅数据已损坏/, {}, WAIT)).toBeInTheDocument();
  await checkSheet(user);
  expect(listed().length).toBeGreaterThan(0);
});

test('a failure is shown as an error bar that says what to do', async () => {
  const { user, model } = renderPane(workbook(1));
  await checkSheet(user);
  model.sheets[0].protection.protected = true;
  const walker = screen.getByRole('region', { name: '逐条审阅' });
  await user.click(within(walker).getByRole('button', { name: '下一个' }));
  await user.click(within(walker).getByRole('button', { name: '应用建议' }));
  expect(await screen.findByText(/撤销工作表保护/, {}, WAIT)).toBeInTheDocument();
  expect(value(model, 7, 5)).toBe('100%');
});
