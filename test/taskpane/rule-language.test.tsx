/** @jest-environment jsdom */
/**
 * The rules' texts in the pane's language only: the engine's chunk has the Chinese ones (it writes
 * its findings in Chinese); a pane in English loads the English ones as a chunk of their own,
 * before it shows a result, and says so with Retry when that chunk cannot be loaded. A pane in
 * Chinese never asks for them. (Run in this order: the second test loads the English texts.)
 */
import './setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GridInit } from '../../src/core/engine/grid';
import { hasRuleTexts, ruleMessage } from '../../src/core/i18n';
import { ruleTextsForTests } from '../../src/core/i18n/load-rules';
import { App } from '../../src/taskpane/App';
import type { CheckFn } from '../../src/taskpane/session';
import { FakeHost, finding, sheet, table } from './fakes';

const check: CheckFn = (grid: GridInit) =>
  sheet(grid.name, [table(0, '项目', 0, 10, [finding('F9', 'warning', 'value', { rule: 'value/empty', messageId: 'empty', message: ruleMessage('value/empty', 'empty') })])]);

let asked = 0;
const realImport = () => import('../../src/core/i18n/rules-en');
afterEach(() => ruleTextsForTests.setImport());

test('a pane in Chinese shows the Chinese message and never asks for the English texts', async () => {
  ruleTextsForTests.setImport(() => ((asked += 1), realImport()));
  const user = userEvent.setup();
  render(<App host={new FakeHost(['绩效表'])} locale="zh-CN" check={check} />);
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  expect(await screen.findByText(/^指标值为空。请填写目标值/)).toBeInTheDocument();
  expect(asked).toBe(0);
  expect(hasRuleTexts('en-US')).toBe(false);
});

test('a pane in English waits for the English texts; when they cannot load it says so, and Retry shows the English message', async () => {
  ruleTextsForTests.setImport(() => {
    asked += 1;
    const error = new Error('Loading chunk rules-en failed. (error: https://localhost:3000/rules-en.1234abcd.chunk.js)');
    error.name = 'ChunkLoadError';
    return Promise.reject(error);
  });
  const host = new FakeHost(['Sheet1']);
  const user = userEvent.setup();
  render(<App host={host} locale="en-US" check={check} />);
  await user.click(screen.getByRole('button', { name: 'Check this sheet' }));
  expect(await screen.findByText('Part of the add-in could not be loaded')).toBeInTheDocument();
  expect(asked).toBeGreaterThan(0);
  // Nothing was read or marked without the texts to show its findings in.
  expect(host.readSheet).not.toHaveBeenCalled();
  expect(host.mark).not.toHaveBeenCalled();

  ruleTextsForTests.setImport(); // the network is back
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText(/^The indicator value is empty\. Fill in a target/)).toBeInTheDocument();
  expect(screen.queryByText(/^指标值为空/)).not.toBeInTheDocument();
  await waitFor(() => expect(hasRuleTexts('en-US')).toBe(true));
});
