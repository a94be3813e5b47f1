/** @jest-environment jsdom */
/**
 * Findings on hidden sheets in the pane (eighth round of hostile input): checking every sheet
 * checks the hidden and very hidden ones too (a table there is still the workbook's), and each of
 * their rows says the sheet is hidden, so a reviewer who cannot find the sheet knows why. The pane
 * over the real Excel host and engine on the stand-in (the preview runs the same pane and host).
 * Before: the rows read `乙!E14` like any other sheet's, and selecting one said only then that
 * the sheet is hidden.
 */
import './review-polyfills';
import { screen } from '@testing-library/react';
import { createWorkbook, getSheet } from '../../src/standin';
import { writeTables } from '../hosts/excel/fixtures';
import { listed, renderPane } from './review-helpers';

test('rows of hidden and very hidden sheets say so; the visible sheet’s rows do not', async () => {
  const model = createWorkbook(['甲', '乙', '丙']);
  for (const name of ['甲', '乙', '丙']) writeTables(getSheet(model, name), 1, 0, 0, { firstValue: '100%' });
  getSheet(model, '乙').visibility = 'Hidden';
  getSheet(model, '丙').visibility = 'VeryHidden';
  const { user } = renderPane(model);
  await user.click(screen.getByRole('button', { name: '更多操作' }));
  await user.click(await screen.findByRole('menuitem', { name: '校验所有工作表' }));
  await screen.findByRole('group', { name: '问题统计' });
  const rows = listed();
  const on = (sheet: string) => rows.filter((r) => r.includes(`${sheet}!`) || r.includes(`${sheet}（隐藏的工作表）!`));
  expect(on('甲').length).toBeGreaterThan(0);
  expect(on('甲').every((r) => !r.includes('隐藏的工作表'))).toBe(true);
  // The same findings on each sheet, none lost, each hidden one named as such.
  expect(on('乙').length).toBe(on('甲').length);
  expect(on('丙').length).toBe(on('甲').length);
  expect(on('乙').every((r) => r.includes('乙（隐藏的工作表）!'))).toBe(true);
  expect(on('丙').every((r) => r.includes('丙（隐藏的工作表）!'))).toBe(true);
});
