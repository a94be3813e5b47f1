/** @jest-environment jsdom */
/**
 * 已忽略的问题 is virtualised like the findings list: a workbook with 10,000 ignored findings draws
 * the same few rows as one with 10, the rows in view follow the scroll, and each drawn row still
 * restores its own finding.
 */
import './setup';
import './review-polyfills';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Finding } from '../../src/core/model';
import { entryKey, type IgnoredFinding } from '../../src/core/review/ignore';
import { IGNORED_OVERSCAN, IGNORED_ROW_HEIGHT, IGNORED_VISIBLE_ROWS, IgnoreList } from '../../src/taskpane/components/IgnoreList';
import { loadEngine } from '../../src/taskpane/engine';

// The list names rules with the engine's texts: in the pane it is drawn only beside results, once
// the engine's chunk has loaded.
beforeAll(() => loadEngine('zh-CN'));

function ignored(n: number): IgnoredFinding[] {
  return Array.from({ length: n }, (_, i) => {
    const finding: Finding = {
      rule: 'value/missing-sign', category: 'value', severity: 'warning', cell: `F${i + 1}`, row: i, col: 5, table: 0,
      messageId: 'missing', data: {}, message: `第 ${i + 1} 个问题`, suggestion: '＝100%',
    };
    return { sheet: '绩效表', finding, entry: { sheet: '绩效表', cell: `F${i + 1}`, rule: finding.rule, reason: i % 2 === 0 ? '' : `核实 ${i + 1}`, at: '2025-02-01T00:00:00.000Z' } };
  });
}

async function renderOpen(n: number, onRestore = jest.fn()) {
  const user = userEvent.setup();
  const view = render(<IgnoreList locale="zh-CN" ignored={ignored(n)} unmatched={[]} busy={false} onRestore={onRestore} />);
  await user.click(screen.getByRole('button', { name: `已忽略的问题（${n}）` }));
  const list = await screen.findByRole('list', { name: '已忽略的问题' });
  return { ...view, user, list, onRestore };
}

const drawn = IGNORED_VISIBLE_ROWS + IGNORED_OVERSCAN;

test('10,000 ignored findings draw the same few rows as 10, and the list is as tall as all of them', async () => {
  const small = await renderOpen(10);
  expect(within(small.list).getAllByRole('listitem')).toHaveLength(drawn);
  small.unmount();
  const large = await renderOpen(10_000);
  const rows = within(large.list).getAllByRole('listitem');
  expect(rows).toHaveLength(drawn);
  expect(large.list).toHaveStyle({ height: `${10_000 * IGNORED_ROW_HEIGHT}px` });
  expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
  expect(rows[0]).toHaveAttribute('aria-posinset', '1');
  // A short list draws all of its rows in a viewport of its own height.
  large.unmount();
  const three = await renderOpen(3);
  expect(within(three.list).getAllByRole('listitem')).toHaveLength(3);
  expect(screen.getByTestId('ignored-list')).toHaveStyle({ height: `${3 * IGNORED_ROW_HEIGHT}px` });
});

test('scrolling draws the rows in view, and a drawn row restores its own finding', async () => {
  const { list, user, onRestore } = await renderOpen(10_000);
  const viewport = screen.getByTestId('ignored-list');
  viewport.scrollTop = 5000 * IGNORED_ROW_HEIGHT;
  fireEvent.scroll(viewport);
  const rows = within(list).getAllByRole('listitem');
  expect(rows).toHaveLength(drawn + IGNORED_OVERSCAN);
  expect(rows.map((r) => r.getAttribute('aria-posinset'))).toContain('5001');
  expect(within(list).getByText('绩效表!F5001 · 指标值缺少比较符号')).toBeInTheDocument();
  expect(within(list).queryByText('绩效表!F1 · 指标值缺少比较符号')).not.toBeInTheDocument();
  await user.click(within(list).getByRole('button', { name: /^恢复 绩效表!F5001 的“/ }));
  expect(onRestore).toHaveBeenCalledWith([entryKey({ sheet: '绩效表', cell: 'F5001', rule: 'value/missing-sign' })]);
  // 全部恢复 still restores every one, drawn or not.
  await user.click(screen.getByRole('button', { name: '全部恢复' }));
  expect(onRestore).toHaveBeenLastCalledWith(expect.arrayContaining([entryKey({ sheet: '绩效表', cell: 'F10000', rule: 'value/missing-sign' })]));
  expect(onRestore.mock.lastCall?.[0]).toHaveLength(10_000);
});
