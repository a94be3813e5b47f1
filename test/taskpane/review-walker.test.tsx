/** @jest-environment jsdom */
import './review-polyfills';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { walkKey } from '../../src/taskpane/components/Walker';
import { getSheet } from '../../src/standin';
import { checkSheet, listed, renderPane, SHEET, value, workbook, WAIT } from './review-helpers';

function region() {
  return screen.getByRole('region', { name: '逐条审阅' });
}

function selection(model: ReturnType<typeof workbook>): string {
  const s = getSheet(model, SHEET).selection;
  return `${s.top},${s.left}`;
}

test('上一个 / 下一个 move through the findings in list order and select each cell', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  const walker = region();
  const next = within(walker).getByRole('button', { name: '下一个' });
  const previous = within(walker).getByRole('button', { name: '上一个' });
  const total = listed().length;
  expect(within(walker).getByText(`共 ${total} 个问题，点“下一个”从第一个开始。`)).toBeInTheDocument();

  await user.click(next);
  await waitFor(() => expect(selection(model)).toBe('7,5'), WAIT);
  expect(within(walker).getByText(`第 1 / ${total} 个问题`)).toBeInTheDocument();
  expect(within(walker).getByText(`${SHEET}!F8`)).toBeInTheDocument();
  expect(previous).toBeDisabled();

  await user.click(next);
  await user.click(next);
  await waitFor(() => expect(within(walker).getByText(`第 3 / ${total} 个问题`)).toBeInTheDocument(), WAIT);
  expect(selection(model)).toBe('21,5');
  await user.click(previous);
  expect(within(walker).getByText(`第 2 / ${total} 个问题`)).toBeInTheDocument();
  expect(screen.getByText(/快捷键.*Alt\+↓ 或 F8 下一个，Alt\+↑ 或 Shift\+F8 上一个/)).toBeInTheDocument();
});

test('keyboard: Alt+↓ / Alt+↑ and F8 / Shift+F8 inside the pane', async () => {
  const { user } = renderPane(workbook(2));
  await checkSheet(user);
  const walker = region();
  const total = listed().length;
  await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
  expect(within(walker).getByText(`第 1 / ${total} 个问题`)).toBeInTheDocument();
  await user.keyboard('{F8}');
  expect(within(walker).getByText(`第 2 / ${total} 个问题`)).toBeInTheDocument();
  await user.keyboard('{Shift>}{F8}{/Shift}');
  expect(within(walker).getByText(`第 1 / ${total} 个问题`)).toBeInTheDocument();
  await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
  await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
  expect(within(walker).getByText(`第 2 / ${total} 个问题`)).toBeInTheDocument();
});

test.each<[string, Partial<KeyboardEvent>, string | undefined]>([
  ['Alt+↓', { key: 'ArrowDown', altKey: true }, 'next'],
  ['Alt+↑', { key: 'ArrowUp', altKey: true }, 'previous'],
  ['F8', { key: 'F8' }, 'next'],
  ['Shift+F8', { key: 'F8', shiftKey: true }, 'previous'],
  ['↓ alone', { key: 'ArrowDown' }, undefined],
  ['Ctrl+Alt+↓', { key: 'ArrowDown', altKey: true, ctrlKey: true }, undefined],
  ['Alt+F8', { key: 'F8', altKey: true }, undefined],
])('walkKey: %s', (_n, e, expected) => {
  const target = document.createElement('div');
  expect(walkKey({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, key: '', target, ...e } as KeyboardEvent)).toBe(expected);
});

test('shortcuts do nothing while typing in a field', () => {
  const input = document.createElement('textarea');
  expect(walkKey({ key: 'F8', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, target: input } as unknown as KeyboardEvent)).toBeUndefined();
});

test('clicking a finding in the list makes it the current one', async () => {
  const { user } = renderPane(workbook(2));
  await checkSheet(user);
  const total = listed().length;
  const f22 = screen.getAllByRole('button', { name: /单元格 F22/ })[0];
  await user.click(f22);
  const walker = region();
  expect(within(walker).getByText(`${SHEET}!F22`)).toBeInTheDocument();
  expect(within(walker).getByText(new RegExp(`/ ${total} 个问题`))).toBeInTheDocument();
});

test('应用建议 writes the one cell, and the walk goes on with the next finding', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  const walker = region();
  await user.click(within(walker).getByRole('button', { name: '下一个' }));
  expect(within(walker).getByText('“100%” → “＝100%”')).toBeInTheDocument();
  const before = listed().length;
  await user.click(within(walker).getByRole('button', { name: '应用建议' }));
  await waitFor(() => expect(value(model, 7, 5)).toBe('＝100%'), WAIT);
  await waitFor(() => expect(listed()).toHaveLength(before - 1), WAIT);
  expect(await screen.findByText('已修复 1 个单元格。', {}, WAIT)).toBeInTheDocument();
  expect(value(model, 21, 5)).toBe('100%');
  // The finding fixed is gone; the one that took its place is shown.
  expect(within(region()).getByText(`第 1 / ${before - 1} 个问题`)).toBeInTheDocument();
});

test('a clean sheet: no walker, and the shortcuts do nothing', async () => {
  const { user, model } = renderPane(workbook(1, {}));
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByRole('heading', { name: '未发现问题' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: '逐条审阅' })).not.toBeInTheDocument();
  fireEvent.keyDown(document, { key: 'F8' });
  await act(async () => undefined);
  expect(getSheet(model, SHEET).selection).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
});
