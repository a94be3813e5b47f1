/** @jest-environment jsdom */
import './review-polyfills';
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FixPlan } from '../../src/core/review/fixes';
import type { Finding } from '../../src/core/model';
import { FixPreview } from '../../src/taskpane/components/FixPreview';
import { checkSheet, dialogClosed, findDialog, listed, openDialog, renderPane, rowButton, value, workbook, WAIT } from './review-helpers';

async function openPreview(tables: number) {
  const pane = renderPane(workbook(tables));
  await checkSheet(pane.user);
  // While the modal is open the rest of the pane is hidden from role queries, as from screen readers.
  const before = listed().length;
  // 说明 opens the rule's page, which offers the fix of every finding of the rule.
  await pane.user.click(rowButton('F8', '说明', 'value/missing-sign'));
  const page = await screen.findByTestId('rule-page');
  const dialog = await openDialog(within(page).getByRole('button', { name: `修复全部同类问题（${tables}）` }), '修复预览：指标值缺少比较符号');
  return { ...pane, dialog, before };
}

function previewRows(dialog: HTMLElement): string[][] {
  const table = within(dialog).getByRole('table', { name: '将要进行的修改' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

test('the preview lists every change, and 确认修复 writes exactly those cells', async () => {
  const { dialog, user, model, before } = await openPreview(3);
  expect(within(dialog).getByText('将修改以下 3 个单元格。修复后可用“撤销修复”恢复原值。')).toBeInTheDocument();
  expect(previewRows(dialog)).toEqual([
    ['绩效表', 'F8', '100%', '＝100%'],
    ['绩效表', 'F22', '100%', '＝100%'],
    ['绩效表', 'F36', '100%', '＝100%'],
  ]);
  await user.click(within(dialog).getByRole('button', { name: '确认修复 3 处' }));
  await dialogClosed();
  await waitFor(() => expect([value(model, 7, 5), value(model, 21, 5), value(model, 35, 5)]).toEqual(['＝100%', '＝100%', '＝100%']), WAIT);
  await waitFor(() => expect(listed()).toHaveLength(before - 3), WAIT);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(await screen.findByText('已修复 3 个单元格。', {}, WAIT)).toBeInTheDocument();
});

test('取消 writes nothing', async () => {
  const { dialog, user, model } = await openPreview(2);
  await user.click(within(dialog).getByRole('button', { name: '取消' }));
  await dialogClosed();
  expect([value(model, 7, 5), value(model, 21, 5)]).toEqual(['100%', '100%']);
});

describe('FixPreview on its own', () => {
  const finding = (cell: string, suggestion?: string): Finding => ({
    rule: 'value/missing-sign', category: 'value', severity: 'warning', cell, row: 0, col: 0, table: 0,
    messageId: cell, data: {}, message: '', ...(suggestion === undefined ? {} : { suggestion }),
  });

  test('findings left out are listed with why; an empty cell shows as （空）', async () => {
    const plan: FixPlan = {
      changes: [{ sheet: 'S', cell: 'F8', row: 7, col: 5, rule: 'value/missing-sign', before: null, beforeText: '', after: '≥1台', afterText: '≥1台' }],
      skipped: [
        { sheet: 'S', finding: finding('A1:G14', 'x'), reason: 'range' },
        { sheet: 'S', finding: finding('F9', '＝1'), reason: 'conflict' },
        { sheet: 'S', finding: finding('F10', '＝1'), reason: 'unchanged' },
        { sheet: 'S', finding: finding('F11'), reason: 'no-suggestion' },
      ],
    };
    const onConfirm = jest.fn();
    const user = userEvent.setup();
    render(<FixPreview locale="zh-CN" plan={plan} rule="value/missing-sign" busy={false} onConfirm={onConfirm} onCancel={() => undefined} />);
    const dialog = await findDialog('修复预览：指标值缺少比较符号');
    expect(within(dialog).getByRole('cell', { name: '（空）' })).toBeInTheDocument();
    expect(within(dialog).getByText('以下 4 个问题不会修复：')).toBeInTheDocument();
    for (const text of ['S!A1:G14：涉及整张表，需人工修改', 'S!F9：同一单元格有不同的建议值，需人工选择', 'S!F10：单元格已是建议值', 'S!F11：没有建议值']) {
      expect(within(dialog).getByText(text)).toBeInTheDocument();
    }
    await user.click(within(dialog).getByRole('button', { name: '确认修复 1 处' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  test('nothing to fix: says so, and 确认 is disabled', async () => {
    render(<FixPreview locale="en-US" plan={{ changes: [], skipped: [] }} rule="value/missing-sign" busy={false} onConfirm={() => undefined} onCancel={() => undefined} />);
    const dialog = await findDialog('Fix preview: Value without a sign');
    expect(within(dialog).getByText('There is no cell to fix automatically.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Fix 0 cell(s)' })).toBeDisabled();
  });

  test('closed when there is no plan', () => {
    render(<FixPreview locale="zh-CN" plan={null} rule="x" busy={false} onConfirm={() => undefined} onCancel={() => undefined} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
