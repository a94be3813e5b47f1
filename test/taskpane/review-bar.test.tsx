/** @jest-environment jsdom */
import './review-polyfills';
import { act, screen, waitFor, within } from '@testing-library/react';
import { stateXml } from '../../src/hosts/excel/state';
import { userEdit } from '../../src/standin';
import { checkSheet, listed, menuItem, renderPane, rowButton, SHEET, value, workbook, WAIT } from './review-helpers';

async function openMenu(user: ReturnType<typeof renderPane>['user']): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: '更多操作' }));
  return screen.findByRole('menu');
}

test('the menu: 撤销修复, 设置, 导出报告, 下载 CSV; no 重新校验 where Excel re-checks by itself', async () => {
  const { user } = renderPane(workbook(1));
  // The data kept in the workbook is read when the pane opens.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const menu = await openMenu(user);
  for (const name of ['撤销修复', '设置', '导出报告', '下载 CSV']) expect(within(menu).getByRole('menuitem', { name })).toBeInTheDocument();
  expect(within(menu).queryByRole('menuitem', { name: '重新校验' })).not.toBeInTheDocument();
  expect(within(menu).getByRole('menuitem', { name: '撤销修复' })).toHaveAttribute('aria-disabled', 'true');
  expect(within(menu).getByRole('menuitem', { name: '设置' })).not.toHaveAttribute('aria-disabled', 'true');
});

test('撤销修复 puts back what a fix replaced, and is then disabled again', async () => {
  const { user, model } = renderPane(workbook(1));
  await checkSheet(user);
  await user.click(rowButton('F8', '应用建议'));
  await waitFor(() => expect(value(model, 7, 5)).toBe('＝100%'), WAIT);
  await waitFor(async () => {
    const menu = await openMenu(user);
    expect(within(menu).getByRole('menuitem', { name: '撤销修复' })).not.toHaveAttribute('aria-disabled', 'true');
  }, WAIT);
  await user.click(screen.getByRole('menuitem', { name: '撤销修复' }));
  await waitFor(() => expect(value(model, 7, 5)).toBe('100%'), WAIT);
  expect(await screen.findByText('已撤销修复，恢复了 1 个单元格。', {}, WAIT)).toBeInTheDocument();
  const menu = await openMenu(user);
  await waitFor(() => expect(within(menu).getByRole('menuitem', { name: '撤销修复' })).toHaveAttribute('aria-disabled', 'true'), WAIT);
  await user.keyboard('{Escape}');
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
  expect(within(await openMenu(user)).getByRole('menuitem', { name: '重新校验' })).toHaveAttribute('aria-disabled', 'true');
  await user.keyboard('{Escape}');
  await checkSheet(user);
  userEdit(model, SHEET, 'F8', '≥200次');
  expect(listed().some((l) => /F8.*比较符号/.test(l))).toBe(true);
  await menuItem(user, '重新校验');
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
  await user.click(rowButton('F8', '应用建议'));
  expect(await screen.findByText(/撤销工作表保护/, {}, WAIT)).toBeInTheDocument();
  expect(value(model, 7, 5)).toBe('100%');
});
