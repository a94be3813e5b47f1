/** @jest-environment jsdom */
/**
 * The task pane's first script holds no engine and no dialogs: they come in chunks of their own
 * after the first paint (src/taskpane/engine.ts, lazy.tsx). A chunk that cannot be loaded (the
 * network dropped, the add-in was redeployed while the pane was open) is said in Chinese with a
 * 重试 button, never a blank pane, and nothing stored in the workbook is written over unread.
 */
import './setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StateKey, WorkbookHost } from '../../src/hosts/types';
import type { GridInit } from '../../src/core/engine/grid';
import { App } from '../../src/taskpane/App';
import { engineForTests, loadEngine, type Engine } from '../../src/taskpane/engine';
import { lazyPart } from '../../src/taskpane/lazy';
import { ReviewController } from '../../src/taskpane/review';
import { defaultSettings, serializeSettings } from '../../src/core/review/settings';
import { FakeHost, finding, sheet, table } from './fakes';

/** The import of a chunk that the network did not deliver (webpack's own error's name). */
function failedImport(): Promise<Engine> {
  const error = new Error('Loading chunk engine failed. (error: https://localhost:3000/engine.1234abcd.chunk.js)');
  error.name = 'ChunkLoadError';
  return Promise.reject(error);
}

afterEach(() => engineForTests.setImport());

test('a check whose engine cannot be loaded says so in Chinese with 重试, and 重试 checks once the engine loads', async () => {
  engineForTests.setImport(failedImport);
  const host = new FakeHost(['绩效表']);
  const user = userEvent.setup();
  render(<App host={host} locale="zh-CN" />);
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));

  expect(await screen.findByText('加载项的一部分未能加载')).toBeInTheDocument();
  expect(screen.getByText(/这部分程序没有下载成功/)).toBeInTheDocument();
  // Nothing was read or marked without the engine, and the pane is still there to try again.
  expect(host.readSheet).not.toHaveBeenCalled();
  expect(host.mark).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: '校验当前工作表' })).toBeEnabled();

  engineForTests.setImport(); // the network is back
  await user.click(screen.getByRole('button', { name: '重试' }));
  await waitFor(() => expect(host.readSheet).toHaveBeenCalledWith('绩效表'));
  await waitFor(() => expect(screen.queryByText('加载项的一部分未能加载')).not.toBeInTheDocument());
  // The check runs on once the sheet is read: its marks come after, whenever the engine is done.
  await waitFor(() => expect(host.mark).toHaveBeenCalled());
});

test('in English the same failure is said in English, with Retry', async () => {
  engineForTests.setImport(failedImport);
  const user = userEvent.setup();
  render(<App host={new FakeHost(['Sheet1'])} locale="en-US" />);
  await user.click(screen.getByRole('button', { name: 'Check this sheet' }));
  expect(await screen.findByText('Part of the add-in could not be loaded')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
});

test('a part whose chunk is rejected shows a Chinese message with 重试 in its place; 重试 draws it', async () => {
  let fail = true;
  const Part = lazyPart(async () => {
    if (fail) throw new Error('Loading chunk 593 failed.');
    return ({ locale }: { locale: 'zh-CN' | 'en-US' }) => <p>{`部件已加载 ${locale}`}</p>;
  });
  const user = userEvent.setup();
  render(<Part locale="zh-CN" />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('加载项的一部分未能加载');
  expect(alert).toHaveTextContent('请点击“重试”');
  fail = false;
  await user.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('部件已加载 zh-CN')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a closed dialog whose chunk failed shows nothing until it is opened, then the message', async () => {
  const Dialog = lazyPart(
    () => Promise.reject(new Error('Loading chunk settings failed.')),
    (p: { locale: 'zh-CN'; open: boolean }) => p.open,
  );
  const view = render(<Dialog locale="zh-CN" open={false} />);
  await Dialog.preload().catch(() => undefined);
  expect(view.container).toBeEmptyDOMElement();
  view.rerender(<Dialog locale="zh-CN" open />);
  expect(await screen.findByRole('alert')).toHaveTextContent('加载项的一部分未能加载');
});

/** A workbook that keeps the review's data (ignore list, settings, journal), as Excel's custom XML parts do. */
class KeepingHost extends FakeHost implements WorkbookHost {
  readonly stored = new Map<StateKey, string>();
  reviewSupport = () => ({ liveRecheck: false, workbookState: true, notes: [] });
  loadState = jest.fn(async (key: StateKey) => this.stored.get(key) ?? null);
  saveState = jest.fn(async (key: StateKey, text: string | null) => {
    if (text === null) this.stored.delete(key);
    else this.stored.set(key, text);
  });
}

test('stored settings wait for the engine; while it cannot load, nothing stored is written over', async () => {
  const host = new KeepingHost(['绩效表']);
  const off = defaultSettings();
  off.rules['value/missing-sign'] = 'off';
  host.stored.set('settings', serializeSettings(off));
  host.stored.set('ignore', JSON.stringify({ version: 1, entries: [{ sheet: '绩效表', cell: 'B2', rule: 'value/empty', reason: '核实', at: '2025-01-01T00:00:00.000Z' }] }));
  const storedIgnores = host.stored.get('ignore');
  const f = finding('F9', 'warning', 'value', { rule: 'value/placeholder', messageId: 'placeholder' });
  const review = new ReviewController(host, { locale: 'zh-CN', check: (grid: GridInit) => sheet(grid.name, [table(0, '项目', 0, 10, [f])]), yieldToUi: async () => undefined });

  engineForTests.setImport(failedImport);
  await expect(review.load()).rejects.toMatchObject({ name: 'PartLoadError' });
  // An ignore now would replace the file's list with one entry: refused, with the same failure.
  await expect(review.ignore('绩效表', f, '')).rejects.toMatchObject({ name: 'PartLoadError' });
  expect(host.saveState).not.toHaveBeenCalled();
  expect(host.stored.get('ignore')).toBe(storedIgnores);

  engineForTests.setImport();
  await review.retryLoad();
  expect(review.getState().stateProblems).toEqual([]);
  expect(review.getState().settings.rules['value/missing-sign']).toBe('off');
  expect(review.getState().ignores.entries).toHaveLength(1);
  await review.ignore('绩效表', f, '');
  expect(review.getState().ignores.entries).toHaveLength(2);
});

test('the pane draws its first screen before the engine has loaded, and starts loading it right after', async () => {
  let asked = 0;
  let release: (engine: Engine) => void = () => undefined;
  const real = await import('../../src/taskpane/engine-part');
  engineForTests.setImport(() => {
    asked += 1;
    return new Promise<Engine>((resolve) => (release = resolve));
  });
  render(<App host={new FakeHost(['Sheet1'])} locale="zh-CN" />);
  expect(screen.getByRole('heading', { name: '开始校验' })).toBeInTheDocument();
  await waitFor(() => expect(asked).toBe(1));
  release(real);
  await loadEngine('zh-CN');
});
