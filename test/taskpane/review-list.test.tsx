/** @jest-environment jsdom */
import { setFindingListHeight } from './review-polyfills';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Finding } from '../../src/core/model';
import { FindingList, OVERSCAN } from '../../src/taskpane/components/FindingList';
import { estimateRowHeight, FALLBACK_WIDTH } from '../../src/taskpane/components/finding-rows';
import { walkKey } from '../../src/taskpane/keys';
import type { ListItem } from '../../src/taskpane/view';
import { getSheet, userSelect } from '../../src/standin';
import { checkSheet, dialogClosed, listed, openDialog, renderPane, row, rowButton, SHEET, value, workbook, WAIT } from './review-helpers';
import { stubResizeObserver } from './resize-observer-stub';

afterEach(() => setFindingListHeight(20000));

function selection(model: ReturnType<typeof workbook>): string {
  const s = getSheet(model, SHEET).selection;
  return `${s.top},${s.left}`;
}

/** The cell of the row that has the focus. */
function focusedCell(): string | undefined {
  const label = document.activeElement?.closest('li')?.querySelector('button[data-main]')?.getAttribute('aria-label') ?? '';
  return /单元格 ([A-Z]+\d+)/.exec(label)?.[1];
}

test('F8 / Shift+F8 and Alt+↓ / Alt+↑ walk through the list and select each cell', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  const cells = listed().map((l) => /单元格 ([A-Z]+\d+)/.exec(l)?.[1]);
  await user.keyboard('{F8}');
  expect(focusedCell()).toBe(cells[0]);
  await user.keyboard('{F8}');
  expect(focusedCell()).toBe(cells[1]);
  await user.keyboard('{Shift>}{F8}{/Shift}');
  expect(focusedCell()).toBe(cells[0]);
  await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
  expect(focusedCell()).toBe(cells[2]);
  await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
  expect(focusedCell()).toBe(cells[1]);
  await waitFor(() => expect(selection(model)).not.toBe('0,0'), WAIT);
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

test('应用建议 on a row writes that cell; the selection and the focus move to the next finding', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  const before = listed();
  const index = before.findIndex((l) => /单元格 F8：.*比较符号/.test(l));
  const next = /单元格 ([A-Z]+\d+)/.exec(before[index + 1])?.[1];
  expect(within(row('F8', 'value/missing-sign')).getByText('建议：＝100%')).toBeInTheDocument();
  await user.click(rowButton('F8', '应用建议', 'value/missing-sign'));
  await waitFor(() => expect(value(model, 7, 5)).toBe('＝100%'), WAIT);
  await waitFor(() => expect(listed()).toHaveLength(before.length - 1), WAIT);
  expect(await screen.findByText('已修复 1 个单元格。', {}, WAIT)).toBeInTheDocument();
  expect(value(model, 21, 5)).toBe('100%');
  // The row that took the fixed one's place is current, focused, and its cell selected.
  await waitFor(() => expect(focusedCell()).toBe(next), WAIT);
  expect(document.activeElement).toHaveAttribute('aria-current', 'true');
  expect(screen.getByRole('status')).toHaveTextContent(`已转到下一个问题：${next}。`);
  const [r, c] = selection(model).split(',').map(Number);
  expect(String.fromCharCode(65 + c) + (r + 1)).toBe(next);
});

test('忽略… on a row: after the dialog the focus is on the next finding; 取消 goes back to the row', async () => {
  const { user } = renderPane(workbook(2));
  await checkSheet(user);
  const before = listed();
  const index = before.findIndex((l) => /单元格 F8：.*比较符号/.test(l));
  const next = /单元格 ([A-Z]+\d+)/.exec(before[index + 1])?.[1];

  let dialog = await openDialog(rowButton('F8', '忽略…', 'value/missing-sign'), '标记为已确认/忽略');
  await user.click(within(dialog).getByRole('button', { name: '取消' }));
  await dialogClosed();
  expect(listed()).toHaveLength(before.length);

  dialog = await openDialog(rowButton('F8', '忽略…', 'value/missing-sign'), '标记为已确认/忽略');
  await user.click(within(dialog).getByRole('button', { name: '确认忽略' }));
  await dialogClosed();
  await waitFor(() => expect(listed()).toHaveLength(before.length - 1), WAIT);
  await waitFor(() => expect(focusedCell()).toBe(next), WAIT);
});

test('说明 opens the rule page (what, why, examples); 返回问题列表 goes back to the row', async () => {
  const { user } = renderPane(workbook(2));
  await checkSheet(user);
  await user.click(rowButton('F8', '说明', 'value/missing-sign'));
  const page = await screen.findByTestId('rule-page');
  const heading = within(page).getByRole('heading', { level: 2, name: '指标值缺少比较符号' });
  expect(document.activeElement).toBe(heading);
  for (const h of ['检查什么', '为什么重要', '示例']) expect(within(page).getByRole('heading', { level: 3, name: h })).toBeInTheDocument();
  expect(within(page).getByText(/自评时无法判断是否完成/)).toBeInTheDocument();
  expect(within(page).getByText('✗ 错误示例：100%')).toBeInTheDocument();
  expect(within(page).getByText('✓ 正确示例：＝100%')).toBeInTheDocument();
  expect(within(page).getByText(`本处问题（${SHEET}!F8）`)).toBeInTheDocument();
  await user.click(within(page).getByRole('button', { name: '返回问题列表' }));
  await waitFor(() => expect(focusedCell()).toBe('F8'), WAIT);
});

test('selecting a marked cell in the sheet brings its findings to the top of the list', async () => {
  const { user, model } = renderPane(workbook(2));
  await checkSheet(user);
  const first = listed()[0];
  expect(first).not.toMatch(/单元格 F22：/);
  // Selection events are registered for the checked sheet.
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  act(() => userSelect(model, SHEET, 'F22'));
  await waitFor(() => expect(listed()[0]).toMatch(/单元格 F22：/), WAIT);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/所选单元格 F22 有 \d+ 个问题，已排在最前。/), WAIT);
  // The pane's own selection (a click in the list) does not reorder it.
  const second = screen.getAllByRole('button', { name: /单元格 F8：/ })[0];
  await user.click(second);
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(listed()[0]).toMatch(/单元格 F22：/);
});

describe('virtualised list', () => {
  function items(n: number): ListItem[] {
    return Array.from({ length: n }, (_, i) => {
      const finding: Finding = {
        rule: 'value/missing-sign', category: 'value', severity: 'warning', cell: `F${i + 1}`, row: i, col: 5, table: 0,
        messageId: 'missing', data: {}, message: `第 ${i + 1} 个问题`, suggestion: '＝100%',
      };
      return { sheet: 'S', table: '项目', finding };
    });
  }

  /** Every row's height here: a one-line message with a suggestion, in a list jsdom cannot lay out. */
  const ROW = estimateRowHeight('第 20000 个问题', true, FALLBACK_WIDTH);
  /** Rows drawn for a view `px` high from the top: those it reaches, and OVERSCAN below. */
  const drawnFor = (px: number) => Math.floor(px / ROW) + 1 + OVERSCAN;

  function renderList(n: number) {
    const onAction = jest.fn();
    const view = render(
      <FindingList locale="zh-CN" items={items(n)} showSheet={false} currentKey={null} focusRequest={null} scrollRequest={null} busy={false} onAction={onAction} />,
    );
    return { ...view, onAction };
  }

  test('only the rows in view (and a few around them) are in the document, whatever the length', () => {
    setFindingListHeight(700);
    expect(estimateRowHeight('第 1 个问题', true, FALLBACK_WIDTH)).toBe(ROW);
    const visible = drawnFor(700);
    const small = renderList(2000);
    expect(small.container.querySelectorAll('li')).toHaveLength(visible);
    small.unmount();
    const large = renderList(20000);
    expect(large.container.querySelectorAll('li')).toHaveLength(visible);
    // The list is as tall as all its rows, so the scroll bar tells the length.
    expect(large.container.querySelector('ul')).toHaveStyle({ height: `${20000 * ROW}px` });
    expect(large.container.querySelector('li')).toHaveAttribute('aria-setsize', '20000');
  });

  test('with a ResizeObserver, mounting reads no layout: the height comes from the observer, after layout', () => {
    setFindingListHeight(700);
    const reads: number[] = [];
    const proto = HTMLElement.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
    Object.defineProperty(proto, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        reads.push(1);
        return own?.get?.call(this) as number;
      },
    });
    const { observers, restore } = stubResizeObserver();
    try {
      const { container } = renderList(20000);
      // Mounted with the assumed height, no layout read; the list's viewport is observed.
      expect(reads).toHaveLength(0);
      // Two observers: the viewport's, and the rows' (each row drawn, measured after layout).
      expect(observers).toHaveLength(2);
      expect(observers[0].observed).toEqual([screen.getByTestId('finding-list')]);
      const assumed = container.querySelectorAll('li').length;
      expect(assumed).toBe(drawnFor(700));
      expect(observers[1].observed).toEqual([...container.querySelectorAll('li')]);
      // The browser reports the size after its layout: one read then, and the rows follow it.
      setFindingListHeight(1500);
      act(() => observers[0].callback([]));
      expect(reads).toHaveLength(1);
      expect(container.querySelectorAll('li')).toHaveLength(drawnFor(1500));
    } finally {
      restore();
      if (own) Object.defineProperty(proto, 'clientHeight', own);
    }
  });

  test('scrolling draws the rows now in view, at their place', () => {
    setFindingListHeight(700);
    const { container } = renderList(2000);
    const viewport = screen.getByTestId('finding-list');
    viewport.scrollTop = 1000 * ROW;
    fireEvent.scroll(viewport);
    const rows = [...container.querySelectorAll('li')];
    expect(rows[0]).toHaveAttribute('data-index', String(1000 - OVERSCAN));
    expect(rows[OVERSCAN]).toHaveTextContent('第 1001 个问题');
    expect(rows[OVERSCAN]).toHaveStyle({ top: `${1000 * ROW}px` });
  });

  test('each row is as tall as its message: a long one is drawn whole, a short one leaves no gap', () => {
    setFindingListHeight(700);
    const long = '指标值“通过拨付救助金额改善群众生活”与指标描述相同，没有说明目标；请写明可衡量的目标（如达到的程度、比例或时间）。';
    const list = items(3);
    list[1] = { ...list[1], finding: { ...list[1].finding, message: long, suggestion: undefined } };
    render(<FindingList locale="zh-CN" items={list} showSheet={false} currentKey={null} focusRequest={null} scrollRequest={null} busy={false} onAction={jest.fn()} />);
    const rows = screen.getAllByRole('listitem');
    const longRow = estimateRowHeight(long, false, FALLBACK_WIDTH);
    expect(longRow).toBeGreaterThan(ROW);
    expect(rows.map((r) => r.style.top)).toEqual(['0px', `${ROW}px`, `${ROW + longRow}px`]);
    expect(screen.getByRole('list')).toHaveStyle({ height: `${2 * ROW + longRow}px` });
    // The whole message is in the row: no line clamp cuts it.
    expect(within(rows[1]).getByText(long)).not.toHaveStyle({ WebkitLineClamp: '3' });
  });

  test('rows measured after layout take their true heights; a row above the view keeps the view still', () => {
    setFindingListHeight(700);
    const { observers, restore } = stubResizeObserver();
    try {
      const { container } = renderList(2000);
      const rowsObserver = observers[1];
      const li = (i: number) => container.querySelector<HTMLElement>(`li[data-index="${i}"]`) as HTMLElement;
      const measure = (i: number, px: number) => ({ target: li(i), borderBoxSize: [{ blockSize: px }], contentRect: { height: px } });
      // Row 1 is 40 px taller than estimated: the rows below it move down by as much.
      act(() => rowsObserver.callback([measure(1, ROW + 40)]));
      expect(li(2).style.top).toBe(`${2 * ROW + 40}px`);
      expect(screen.getByRole('list')).toHaveStyle({ height: `${2000 * ROW + 40}px` });
      // Scrolled down to row 10, rows 7…9 are drawn above the view; row 8 measured 20 px shorter.
      const viewport = screen.getByTestId('finding-list');
      viewport.scrollTop = 10 * ROW + 40;
      fireEvent.scroll(viewport);
      const before = viewport.scrollTop;
      act(() => rowsObserver.callback([measure(8, ROW - 20)]));
      // The scroll position follows, so row 10 stays at the top of the view.
      expect(viewport.scrollTop).toBe(before - 20);
      expect(Number.parseFloat(li(10).style.top)).toBe(viewport.scrollTop);
      // Only the rows drawn are observed.
      expect(rowsObserver.observed).toEqual([...container.querySelectorAll('li')]);
      // A measurement equal to the height known changes nothing.
      const tops = [...container.querySelectorAll('li')].map((r) => (r as HTMLElement).style.top);
      act(() => rowsObserver.callback([measure(10, ROW)]));
      expect([...container.querySelectorAll('li')].map((r) => (r as HTMLElement).style.top)).toEqual(tops);
    } finally {
      restore();
    }
  });

  test('↓ on the last drawn row draws and focuses the next one', () => {
    setFindingListHeight(700);
    const { container, onAction } = renderList(2000);
    const drawn = container.querySelectorAll('li').length;
    const last = container.querySelector<HTMLButtonElement>(`li[data-index="${drawn - 1}"] button[data-main]`);
    if (!last) throw new Error('no last row');
    last.focus();
    fireEvent.keyDown(last, { key: 'ArrowDown' });
    expect(onAction).toHaveBeenLastCalledWith('select', expect.objectContaining({ finding: expect.objectContaining({ cell: `F${drawn + 1}` }) }), drawn);
    expect(document.activeElement?.closest('li')).toHaveAttribute('data-index', String(drawn));
  });
});
