/** @jest-environment jsdom */
import './setup';
import * as fs from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GridInit } from '../../src/core/engine/grid';
import type { Locale, SheetResult } from '../../src/core/model';
import { HostError } from '../../src/hosts/types';
import { App } from '../../src/taskpane/App';
import type { CheckFn } from '../../src/taskpane/session';
import { deferred, FakeHost, finding, sheet, table } from './fakes';

// The engine is written by others at the same time: the pane is tested against fake results.
// English messages come from localizeFinding, so the fake one marks them recognisably.
jest.mock('../../src/core/engine', () => ({
  checkSheet: jest.fn(),
  localizeFinding: (f: { message: string; messageId: string }, locale: string) =>
    locale === 'en-US' ? `English message ${f.messageId}` : f.message,
}));

function renderPane(options: { host?: FakeHost; results?: Record<string, SheetResult>; locale?: Locale } = {}) {
  const host = options.host ?? new FakeHost(['Sheet1']);
  const results = options.results ?? {};
  const check: CheckFn = jest.fn((grid: GridInit) => results[grid.name] ?? sheet(grid.name, []));
  const user = userEvent.setup();
  render(<App host={host} locale={options.locale ?? 'zh-CN'} check={check} />);
  return { host, user, check };
}

/** Two tables on 绩效表 (one with findings of every kind) and one on 第二张. */
function sampleResults(): Record<string, SheetResult> {
  return {
    绩效表: sheet('绩效表', [
      table(0, '2025年检察业务信息化运维项目-2025中央', 0, 19, [
        finding('F14', 'error', 'value', { message: '指标值缺少符号', messageId: 'noSign', suggestion: '＝100%' }),
        finding('C5', 'warning', 'budget', { message: '成本超过预算', messageId: 'overBudget' }),
        finding('B9', 'info', 'content', { message: '多余空格', messageId: 'space' }),
      ]),
      table(1, undefined, 22, 40, [finding('A30', 'error', 'structure', { message: '缺少满意度指标', messageId: 'noSat' })]),
    ]),
    第二张: sheet('第二张', [table(0, '2024年检察业务购买服务项目-2024中央', 2, 20, [])]),
  };
}

/** Opens 更多操作 and chooses an item. */
async function menu(user: ReturnType<typeof userEvent.setup>, name: string | RegExp, more = '更多操作'): Promise<void> {
  await user.click(screen.getByRole('button', { name: more }));
  await user.click(await screen.findByRole('menuitem', { name }));
}

function findingButtons(): HTMLElement[] {
  return screen.queryAllByRole('button', { name: /单元格|cell/ });
}

test('shows the check button, a menu with the other actions, and a first-run state before any check', async () => {
  const { user } = renderPane();
  expect(screen.getByRole('button', { name: '校验当前工作表' })).toBeEnabled();
  expect(screen.getByRole('group', { name: '操作' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '开始校验' })).toBeInTheDocument();
  expect(screen.queryByText('未发现问题')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '校验所有工作表' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '更多操作' }));
  const items = (await screen.findAllByRole('menuitem')).map((m) => m.textContent);
  expect(items).toEqual(expect.arrayContaining(['校验所有工作表', '清除标记', '撤销修复', '下载 CSV', '设置']));
  // JSON is a developer option, off by default.
  expect(items).not.toContain('下载 JSON');
});

test('findings are listed errors first, then warnings, then notes, each row naming its cell and table', async () => {
  const { user, host } = renderPane({ host: new FakeHost(['绩效表', '第二张']), results: sampleResults() });
  await menu(user, '校验所有工作表');

  await screen.findByRole('group', { name: '问题统计' });
  expect(host.calls).toEqual([
    'listSheets',
    'readSheet:绩效表', 'clearMarks:绩效表', 'mark:绩效表',
    'readSheet:第二张', 'clearMarks:第二张', 'mark:第二张',
  ]);

  const summary = screen.getByRole('group', { name: '问题统计' });
  expect(summary).toHaveTextContent(/错误\s*2\s*·\s*警告\s*1\s*·\s*提示\s*1/);
  expect(summary).toHaveTextContent('共 3 张表');

  // Several sheets: each row names its sheet.
  expect(findingButtons().map((b) => b.getAttribute('aria-label')?.replace(/：.*/, ''))).toEqual([
    '错误，单元格 绩效表!F14',
    '错误，单元格 绩效表!A30',
    '警告，单元格 绩效表!C5',
    '提示，单元格 绩效表!B9',
  ]);
  const list = screen.getByRole('list', { name: '问题列表' });
  const rows = within(list).getAllByRole('listitem');
  expect(rows[0]).toHaveTextContent('2025年检察业务信息化运维项目-2025中央');
  expect(rows[1]).toHaveTextContent('（未填写项目名称）');
  expect(rows[0]).toHaveAttribute('aria-posinset', '1');
  expect(rows[0]).toHaveAttribute('aria-setsize', '4');

  // Each row: severity, cell, message and suggestion, and its own actions.
  const row = screen.getByRole('button', { name: '错误，单元格 绩效表!F14：指标值缺少符号 建议：＝100%' });
  expect(row).toHaveTextContent('F14');
  expect(row).toHaveTextContent('指标值缺少符号');
  expect(row).toHaveTextContent('建议：＝100%');
  expect(within(rows[0]).getByRole('button', { name: '应用建议' })).toBeInTheDocument();
  expect(within(rows[0]).getByRole('button', { name: '忽略…' })).toBeInTheDocument();
  expect(within(rows[0]).getByRole('button', { name: '说明' })).toBeInTheDocument();
  // No suggestion, no 应用建议.
  expect(within(rows[1]).queryByRole('button', { name: '应用建议' })).not.toBeInTheDocument();
});

test('findings outside any table say so on their row', async () => {
  const results = { Sheet1: sheet('Sheet1', [], [finding('K2', 'warning', 'structure', { message: '表外内容' })]) };
  const { user } = renderPane({ results });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  const list = await screen.findByRole('list', { name: '问题列表' });
  expect(within(list).getByRole('listitem')).toHaveTextContent(/K2\s*表外内容\s*表格之外/);
});

test('filter chips start off; a pressed chip narrows the list to its kind and shows its count', async () => {
  const { user } = renderPane({ host: new FakeHost(['绩效表']), results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('group', { name: '问题统计' });
  const cells = () => findingButtons().map((b) => /单元格 ([A-Z]+\d+)/.exec(b.getAttribute('aria-label') ?? '')?.[1]);
  expect(cells()).toEqual(['F14', 'A30', 'C5', 'B9']);

  const chips = screen.getByRole('group', { name: '筛选问题' });
  const errors = within(chips).getByRole('button', { name: '错误 2' });
  expect(errors).toHaveAttribute('aria-pressed', 'false');
  for (const name of ['警告 1', '提示 1', '值 1', '预算 1', '结构 1', '内容 1']) expect(within(chips).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');

  await user.click(errors);
  expect(errors).toHaveAttribute('aria-pressed', 'true');
  expect(cells()).toEqual(['F14', 'A30']);

  await user.click(within(chips).getByRole('button', { name: '结构 1' }));
  expect(cells()).toEqual(['A30']);

  await user.click(within(chips).getByRole('button', { name: '预算 1' }));
  expect(cells()).toEqual(['A30']);
  await user.click(within(chips).getByRole('button', { name: '结构 1' }));
  expect(cells()).toEqual([]);
  expect(screen.getByText('没有符合筛选条件的问题。请在上方打开更多类别。')).toBeInTheDocument();

  await user.click(errors);
  expect(cells()).toEqual(['C5']);
  await user.click(within(chips).getByRole('button', { name: '预算 1' }));
  expect(cells()).toEqual(['F14', 'A30', 'C5', 'B9']);

  // The summary counts every finding, whatever the filters.
  expect(screen.getByRole('group', { name: '问题统计' })).toHaveTextContent(/错误\s*2\s*·\s*警告\s*1\s*·\s*提示\s*1/);
});

test('clicking a finding, Enter or Space on it, or ↑/↓ between rows, selects its cell on its sheet', async () => {
  const { user, host } = renderPane({ host: new FakeHost(['绩效表', '第二张']), results: sampleResults() });
  await menu(user, '校验所有工作表');
  await screen.findByRole('group', { name: '问题统计' });

  await user.click(screen.getByRole('button', { name: /单元格 绩效表!C5/ }));
  expect(host.select).toHaveBeenLastCalledWith('绩效表', 'C5');
  // The current row is the one in the tab order.
  expect(screen.getByRole('button', { name: /单元格 绩效表!C5/ })).toHaveAttribute('tabindex', '0');
  expect(screen.getByRole('button', { name: /单元格 绩效表!F14/ })).toHaveAttribute('tabindex', '-1');

  screen.getByRole('button', { name: /单元格 绩效表!A30/ }).focus();
  await user.keyboard('{Enter}');
  expect(host.select).toHaveBeenLastCalledWith('绩效表', 'A30');

  screen.getByRole('button', { name: /单元格 绩效表!F14/ }).focus();
  await user.keyboard(' ');
  expect(host.select).toHaveBeenLastCalledWith('绩效表', 'F14');
  await user.keyboard('{ArrowDown}');
  expect(host.select).toHaveBeenLastCalledWith('绩效表', 'A30');
  expect(document.activeElement).toBe(screen.getByRole('button', { name: /单元格 绩效表!A30/ }));
  await user.keyboard('{End}');
  expect(host.select).toHaveBeenLastCalledWith('绩效表', 'B9');
  await user.keyboard('{ArrowUp}');
  expect(host.select).toHaveBeenLastCalledWith('绩效表', 'C5');
  expect(host.select).toHaveBeenCalledTimes(6);
});

test('a failed select is shown, not swallowed', async () => {
  const host = new FakeHost(['绩效表']);
  host.select.mockRejectedValueOnce(new HostError('no-sheet', '找不到工作表“绩效表”，它可能已被删除或改名。请重新校验。'));
  const { user } = renderPane({ host, results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await user.click(await screen.findByRole('button', { name: /单元格 C5/ }));
  expect(await screen.findByText('找不到工作表“绩效表”，它可能已被删除或改名。请重新校验。')).toBeInTheDocument();
  expect(screen.getByText('工作表“绩效表”：找不到工作表')).toBeInTheDocument();
});

test('a check without findings shows 未发现问题 and announces it', async () => {
  const results = { Sheet1: sheet('Sheet1', [table(0, '项目', 0, 19, [])]) };
  const { user } = renderPane({ results });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByRole('heading', { name: '未发现问题' })).toBeInTheDocument();
  expect(screen.getByText('已校验 1 张绩效目标表，未发现需要修改的地方。')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: '开始校验' })).not.toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('校验完成，未发现问题。');
});

test('a sheet without any table says so instead of 未发现问题', async () => {
  const { user } = renderPane();
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByRole('heading', { name: '未找到绩效目标表' })).toBeInTheDocument();
  expect(screen.queryByText('未发现问题')).not.toBeInTheDocument();
});

test('the live region announces the counts after a check', async () => {
  const { user } = renderPane({ host: new FakeHost(['绩效表']), results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('group', { name: '问题统计' });
  expect(screen.getByRole('status')).toHaveTextContent('校验完成：错误 2 个，警告 1 个，提示 1 个。');
});

test('progress is shown and the buttons are disabled while a check runs', async () => {
  const host = new FakeHost(['Sheet1']);
  const read = deferred<GridInit>();
  const marked = deferred<void>();
  host.readSheet.mockReturnValueOnce(read.promise);
  host.mark.mockReturnValueOnce(marked.promise);
  const { user } = renderPane({ host, results: { Sheet1: sheet('Sheet1', [table(0, 'P', 0, 9, [finding('A1', 'error', 'value')])]) } });

  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByText('正在读取工作表…')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '校验当前工作表' })).toBeDisabled();

  await act(async () => read.resolve({ name: 'Sheet1', values: [] }));
  expect(await screen.findByText('正在标记单元格…')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '校验当前工作表' })).toBeDisabled();

  await act(async () => marked.resolve());
  expect(await screen.findByRole('button', { name: /单元格 A1/ })).toBeInTheDocument();
  expect(screen.queryByText(/正在/)).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: '校验当前工作表' })).toBeEnabled();
});

test('正在校验… is on screen while the engine runs', async () => {
  const host = new FakeHost(['Sheet1']);
  const seen: boolean[] = [];
  const check: CheckFn = (grid) => {
    seen.push(screen.queryByText('正在校验…') !== null);
    return sheet(grid.name, []);
  };
  const user = userEvent.setup();
  render(<App host={host} locale="zh-CN" check={check} />);
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('heading', { name: '未找到绩效目标表' });
  expect(seen).toEqual([true]);
});

test('checking all sheets shows which sheet is being read', async () => {
  const host = new FakeHost(['甲', '乙']);
  const read = deferred<GridInit>();
  host.readSheet.mockImplementation(async (name: string) => (name === '乙' ? read.promise : { name, values: [] }));
  const { user } = renderPane({ host });
  await menu(user, '校验所有工作表');
  expect(await screen.findByText('工作表“乙”（2/2）')).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: '工作表“乙”（2/2）' })).toHaveAttribute('aria-valuenow', '0.5');
  await act(async () => read.resolve({ name: '乙', values: [] }));
  expect(await screen.findByRole('heading', { name: '未找到绩效目标表' })).toBeInTheDocument();
});

test("a HostError's message is shown in a dismissible error bar", async () => {
  const host = new FakeHost(['Sheet1']);
  const message = '工作表“Sheet1”受保护，无法读取。请在“审阅”选项卡中撤销工作表保护后重试。';
  host.readSheet.mockRejectedValueOnce(new HostError('protected', message));
  const { user } = renderPane({ host });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));

  expect(await screen.findByText(message)).toBeInTheDocument();
  expect(screen.getByText('工作表受保护')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('操作失败，请查看错误提示。');
  // Nothing was read, so the pane still invites a first check.
  expect(screen.getByRole('heading', { name: '开始校验' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '关闭' }));
  expect(screen.queryByText(message)).not.toBeInTheDocument();
});

test('a failed re-check shows the failure, not an empty result', async () => {
  const host = new FakeHost(['绩效表']);
  const { user } = renderPane({ host, results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('group', { name: '问题统计' });
  host.readSheet.mockRejectedValueOnce(new HostError('closed', '工作簿已关闭，请重新打开后校验。'));
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByText('工作簿已关闭，请重新打开后校验。')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: '未找到绩效目标表' })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: '未发现问题' })).not.toBeInTheDocument();
  expect(findingButtons()).toHaveLength(0);
});

test('an unexpected error is shown with its own text', async () => {
  const host = new FakeHost(['Sheet1']);
  host.activeSheet.mockRejectedValueOnce(new Error('RichApi.Error'));
  const { user } = renderPane({ host });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByText('操作失败')).toBeInTheDocument();
  expect(screen.getByText(/出现意外错误：RichApi\.Error。请重试/)).toBeInTheDocument();
});

test('when only the marks fail, the findings are listed and the failure is shown', async () => {
  const host = new FakeHost(['绩效表']);
  host.mark.mockRejectedValueOnce(new HostError('protected', '请撤销工作表保护后重新校验。'));
  const { user } = renderPane({ host, results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByText('问题已列出，但未能标记单元格。请撤销工作表保护后重新校验。')).toBeInTheDocument();
  expect(screen.getByText('工作表“绩效表”：工作表受保护')).toBeInTheDocument();
  expect(findingButtons()).toHaveLength(4);
});

test('checking all sheets reports a protected sheet and lists the others', async () => {
  const host = new FakeHost(['绩效表', '锁定', '第二张']);
  host.readSheet.mockImplementation(async (name: string) => {
    if (name === '锁定') throw new HostError('protected', '请撤销保护。');
    return { name, values: [] };
  });
  const { user } = renderPane({ host, results: sampleResults() });
  await menu(user, '校验所有工作表');
  expect(await screen.findByText('工作表“锁定”：工作表受保护')).toBeInTheDocument();
  // 绩效表's findings are listed; 第二张 was checked too (its table counts), 锁定 was not.
  expect(findingButtons()).toHaveLength(4);
  expect(screen.getByRole('group', { name: '问题统计' })).toHaveTextContent('共 3 张表');
});

test('清除标记 clears every mark and returns to the start', async () => {
  const { user, host } = renderPane({ host: new FakeHost(['绩效表']), results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('group', { name: '问题统计' });

  await menu(user, '清除标记');
  expect(host.clearMarks).toHaveBeenLastCalledWith(undefined);
  expect(await screen.findByRole('heading', { name: '已清除所有标记。' })).toBeInTheDocument();
  expect(findingButtons()).toHaveLength(0);
  expect(screen.getByRole('status')).toHaveTextContent('已清除所有标记。');
});

test('a failed clear is shown and the findings stay', async () => {
  const host = new FakeHost(['绩效表']);
  const { user } = renderPane({ host, results: sampleResults() });
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('group', { name: '问题统计' });
  host.clearMarks.mockRejectedValueOnce(new HostError('busy', 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。'));
  await menu(user, '清除标记');
  expect(await screen.findByText('Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。')).toBeInTheDocument();
  expect(screen.getByText('Excel 正忙')).toBeInTheDocument();
  expect(findingButtons()).toHaveLength(4);
});

test('English locale shows English texts', async () => {
  const { user, host } = renderPane({ host: new FakeHost(['绩效表']), results: sampleResults(), locale: 'en-US' });
  expect(screen.getByRole('heading', { name: 'Get started' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Check this sheet' }));
  expect(await screen.findByRole('group', { name: 'Summary' })).toBeInTheDocument();
  expect(screen.getByRole('group', { name: 'Summary' })).toHaveTextContent(/Errors\s*2\s*·\s*Warnings\s*1\s*·\s*Notes\s*1/);
  const row = screen.getByRole('button', { name: 'Error, cell F14: English message noSign Suggested: ＝100%' });
  expect(row).toHaveTextContent('Suggested: ＝100%');
  expect(screen.getByRole('button', { name: 'Values 1' })).toHaveAttribute('aria-pressed', 'false');
  expect(screen.getByRole('status')).toHaveTextContent('Check finished: 2 error(s), 1 warning(s), 1 note(s).');
  expect(screen.queryByText(/[错警提]/)).not.toBeInTheDocument();

  await user.click(row);
  expect(host.select).toHaveBeenCalledWith('绩效表', 'F14');
  await user.click(screen.getByRole('button', { name: 'More actions' }));
  expect((await screen.findAllByRole('menuitem')).map((m) => m.textContent)).toEqual(expect.arrayContaining(['Check all sheets', 'Clear marks']));
});

describe('cell text is never inserted as HTML', () => {
  test('a project name, message and suggestion holding markup are shown as literal text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { user } = renderPane({
      results: {
        Sheet1: sheet('Sheet1', [
          table(0, `项目${evil}`, 0, 10, [finding('F8', 'error', 'value', { message: `指标值“${evil}”缺少单位`, messageId: 'x', suggestion: `≥1${evil}` })]),
        ]),
      },
    });
    await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
    expect(await screen.findAllByText((text) => text.includes(evil))).not.toHaveLength(0);
    expect(document.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('the source has no way to insert HTML', () => {
    const root = `${__dirname}/../../src`;
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|html)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const hits = files.filter((f) => /dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML|document\.write/.test(fs.readFileSync(`${root}/${f}`, 'utf8')));
    expect(hits).toEqual([]);
  });
});
