/** @jest-environment jsdom */
/**
 * 已忽略的问题 is virtualised like the findings list: a workbook with 10,000 ignored findings draws
 * the same few rows as one with 10, the rows in view follow the scroll, and each drawn row still
 * restores its own finding. Each row is as tall as its message and reason (estimated, then
 * measured once drawn): neither is cut.
 */
import './setup';
import './review-polyfills';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Finding } from '../../src/core/model';
import { entryKey, type IgnoredFinding } from '../../src/core/review/ignore';
import { estimateIgnoredRowHeight, IGNORED_OVERSCAN, IGNORED_VIEW_PX, IgnoreList } from '../../src/taskpane/components/IgnoreList';
import { FALLBACK_WIDTH } from '../../src/taskpane/components/finding-rows';
import { loadEngine } from '../../src/taskpane/engine';
import { stubResizeObserver } from './resize-observer-stub';

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

async function renderOpen(n: number, onRestore = jest.fn(), items = ignored(n)) {
  const user = userEvent.setup();
  const view = render(<IgnoreList locale="zh-CN" ignored={items} unmatched={[]} busy={false} onRestore={onRestore} />);
  await user.click(screen.getByRole('button', { name: `已忽略的问题（${n}）` }));
  const list = await screen.findByRole('list', { name: '已忽略的问题' });
  return { ...view, user, list, onRestore };
}

/** A row of a short message and a one-line reason, as the list estimates it before any is measured. */
const ROW = estimateIgnoredRowHeight('第 1 个问题', '未填写原因 · 忽略于 2025-02-01', FALLBACK_WIDTH);
/** The rows a full viewport draws: those it shows, and the overscan below. */
const drawn = Math.floor(IGNORED_VIEW_PX / ROW) + 1 + IGNORED_OVERSCAN;

/** The list's height from its rows' estimates (a reason such as `核实 10000` may wrap to two lines). */
function estimatedHeight(items: IgnoredFinding[]): number {
  let px = 0;
  for (const { finding, entry } of items) {
    px += estimateIgnoredRowHeight(finding.message, `${entry.reason === '' ? '未填写原因' : `原因：${entry.reason}`} · 忽略于 2025-02-01`, FALLBACK_WIDTH);
  }
  return px;
}

test('10,000 ignored findings draw the same few rows as 10, and the list is as tall as all of them', async () => {
  const small = await renderOpen(10);
  expect(within(small.list).getAllByRole('listitem')).toHaveLength(drawn);
  small.unmount();
  const large = await renderOpen(10_000);
  const rows = within(large.list).getAllByRole('listitem');
  expect(rows).toHaveLength(drawn);
  expect(large.list).toHaveStyle({ height: `${estimatedHeight(ignored(10_000))}px` });
  expect(estimatedHeight(ignored(10_000))).toBeGreaterThanOrEqual(10_000 * ROW);
  expect(rows[1]).toHaveStyle({ top: `${ROW}px` });
  expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
  expect(rows[0]).toHaveAttribute('aria-posinset', '1');
  // A short list draws all of its rows in a viewport of its own height.
  large.unmount();
  const three = await renderOpen(3);
  expect(within(three.list).getAllByRole('listitem')).toHaveLength(3);
  expect(screen.getByTestId('ignored-list')).toHaveStyle({ height: `${3 * ROW}px` });
});

test('scrolling draws the rows in view, and a drawn row restores its own finding', async () => {
  const { list, user, onRestore } = await renderOpen(10_000);
  const viewport = screen.getByTestId('ignored-list');
  viewport.scrollTop = 5000 * ROW;
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

test('a short row leaves no gap, and a long message or reason is drawn whole, its row as tall as it needs', async () => {
  expect(ROW).toBeLessThan(88); // the rows' old fixed height, for two clamped lines
  const list = ignored(3);
  const reason = '该单位为乡镇财政所代编，指标值按上级下达的任务数填写，已与县财政局绩效股电话核实，同意保留原表述，待明年预算编制时统一修改。';
  list[1] = { ...list[1], entry: { ...list[1].entry, reason } };
  const { list: ul } = await renderOpen(3, jest.fn(), list);
  const rows = within(ul).getAllByRole('listitem');
  const tall = estimateIgnoredRowHeight('第 2 个问题', `原因：${reason} · 忽略于 2025-02-01`, FALLBACK_WIDTH);
  expect(tall).toBeGreaterThan(ROW + 16);
  expect(rows.map((r) => r.style.top)).toEqual(['0px', `${ROW}px`, `${2 * ROW + (tall - ROW)}px`]);
  expect(ul).toHaveStyle({ height: `${2 * ROW + tall}px` });
  // The user's own reason is all there, in a line that is not cut.
  const line = within(rows[1]).getByText(`原因：${reason} · 忽略于 2025-02-01`);
  expect(line).not.toHaveStyle({ whiteSpace: 'nowrap' });
});

test('rows measured after layout take their true heights, and the rows below them move', async () => {
  const { observers, restore } = stubResizeObserver();
  try {
    const { list } = await renderOpen(50);
    // The viewport's observer first, then the rows'.
    const rowsObserver = observers[observers.length - 1];
    const li = (i: number) => list.querySelector<HTMLElement>(`li[data-index="${i}"]`) as HTMLElement;
    act(() => rowsObserver.callback([{ target: li(0), borderBoxSize: [{ blockSize: ROW + 30 }] }]));
    expect(li(1).style.top).toBe(`${ROW + 30}px`);
    expect(list).toHaveStyle({ height: `${50 * ROW + 30}px` });
    expect(rowsObserver.observed).toEqual([...list.querySelectorAll('li')]);
  } finally {
    restore();
  }
});
