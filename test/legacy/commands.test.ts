/**
 * 一键校验 in a webview that cannot run the commands bundle (IE11, EdgeHTML): commands.html loads
 * the ES5 check and src/legacy/commands.js before the bundle; the latter answers the button by
 * opening the task pane page in an Office dialog, where the check shows the catalogue's Chinese
 * message, and completes the command when the dialog closes. In a current webview it stays out of
 * the way and the bundle registers the real command.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { t } from '../../src/core/i18n';
import '../../src/core/i18n/views';
import { CHECK_ACTIVE_SHEET, registerCommands } from '../../src/commands/commands';

const ROOT = join(__dirname, '..', '..');
const CHECK = readFileSync(join(ROOT, 'src', 'legacy', 'check.js'), 'utf8');
const COMMANDS = readFileSync(join(ROOT, 'src', 'legacy', 'commands.js'), 'utf8');
const COMMANDS_PAGE = readFileSync(join(ROOT, 'src', 'commands', 'commands.html'), 'utf8');
const PANE_PAGE = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
const IE11 = 'delete this.Promise; delete this.Proxy; delete this.Symbol; delete this.fetch; delete this.globalThis; delete Object.fromEntries; delete String.prototype.matchAll;';

interface Dialog {
  url: string;
  options: unknown;
  handlers: Map<string, () => void>;
}

/** The function file's page in a fresh context: office.js (fake: the Dialog API only), then the two ES5 scripts. */
function functionFile(prelude: string, dialogApi: 'ok' | 'fails' | 'missing' = 'ok') {
  const dialogs: Dialog[] = [];
  const ui = {
    displayDialogAsync(url: string, options: unknown, callback: (r: { status: string; value?: unknown; error?: unknown }) => void) {
      if (dialogApi === 'fails') {
        callback({ status: 'failed', error: { code: 12007 } });
        return;
      }
      const dialog: Dialog = { url, options, handlers: new Map() };
      dialogs.push(dialog);
      callback({ status: 'succeeded', value: { addEventHandler: (type: string, h: () => void) => dialog.handlers.set(type, h) } });
    },
  };
  const Office = { context: dialogApi === 'missing' ? {} : { ui }, EventType: { DialogEventReceived: 'dialogEventReceived' } };
  const document = { readyState: 'complete', getElementById: () => null, createTextNode: (text: string) => ({ text }), addEventListener: () => undefined };
  const location = { href: 'https://addins.example.gov.cn/perf-target/commands.html?_host_Info=Excel' };
  const sandbox: Record<string, unknown> = { document, location, fetch: () => undefined, Office };
  createContext(sandbox);
  runInContext('var window = this;', sandbox);
  runInContext(prelude, sandbox);
  runInContext(CHECK, sandbox);
  runInContext(COMMANDS, sandbox);
  return { sandbox, dialogs, Office: Office as Record<string, unknown> };
}

test('the fallback parses as ES5 (Internet Explorer 11 can run it)', () => {
  expect(() => parse(COMMANDS, { ecmaVersion: 5 })).not.toThrow();
});

test('IE11: 一键校验 opens the pane page in a dialog, and completes the command when the dialog closes', () => {
  const { sandbox, dialogs, Office } = functionFile(IE11);
  const fn = sandbox[CHECK_ACTIVE_SHEET] as (event: { completed(): void }) => void;
  expect(typeof fn).toBe('function');
  expect(typeof Office.initialize).toBe('function');
  const completed = jest.fn();
  fn({ completed });
  expect(dialogs.map((d) => d.url)).toEqual(['https://addins.example.gov.cn/perf-target/taskpane.html']);
  expect(completed).not.toHaveBeenCalled();
  dialogs[0].handlers.get('dialogEventReceived')?.();
  expect(completed).toHaveBeenCalledTimes(1);
});

test('EdgeHTML (no ES2020 built-ins): the same answer', () => {
  const { sandbox, dialogs } = functionFile('delete Promise.allSettled; delete Object.fromEntries; delete String.prototype.matchAll; delete this.globalThis;');
  (sandbox[CHECK_ACTIVE_SHEET] as (event: { completed(): void }) => void)({ completed: () => undefined });
  expect(dialogs).toHaveLength(1);
});

test.each(['fails', 'missing'] as const)('no dialog (Dialog API %s): the command is still completed at once', (api) => {
  const { sandbox } = functionFile(IE11, api);
  const completed = jest.fn();
  (sandbox[CHECK_ACTIVE_SHEET] as (event: { completed(): void }) => void)({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});

test('a current webview: the fallback defines nothing, the bundle registers the real command', () => {
  const { sandbox, Office } = functionFile('');
  expect(sandbox[CHECK_ACTIVE_SHEET]).toBeUndefined();
  expect(Office.initialize).toBeUndefined();
});

test('the bundle, if it ran in a legacy webview, would leave the fallback’s answer in place', () => {
  const g = globalThis as Record<string, unknown>;
  const associate = jest.fn();
  g.Office = { actions: { associate } };
  try {
    g.window = { perfTargetLegacy: { unsupported: true } };
    registerCommands();
    expect(associate).not.toHaveBeenCalled();
    g.window = { perfTargetLegacy: { unsupported: false } };
    registerCommands();
    expect(associate).toHaveBeenCalledWith(CHECK_ACTIVE_SHEET, expect.any(Function));
  } finally {
    delete g.Office;
    delete g.window;
  }
});

test('commands.html loads the check and the fallback (copied by the build) before the bundle; the dialog’s page holds the Chinese message', async () => {
  const scripts = [...COMMANDS_PAGE.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts.slice(1)).toEqual(['legacy-check.js', 'legacy-commands.js']);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const factory = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: { patterns?: { from: string; to: string }[] }[] }>;
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const config = await factory({}, { mode: 'production' });
  const copied = config.plugins.flatMap((p) => p.patterns ?? []);
  expect(copied).toEqual(expect.arrayContaining([{ from: 'src/legacy/check.js', to: 'legacy-check.js' }, { from: 'src/legacy/commands.js', to: 'legacy-commands.js' }]));
  expect([...PANE_PAGE.matchAll(/<script src="([^"]+)"/g)][0][1]).toBe('legacy-check.js');
  expect(PANE_PAGE).toContain(t('legacy.title', 'zh-CN'));
  expect(PANE_PAGE).toContain(t('legacy.instead', 'zh-CN'));
});
