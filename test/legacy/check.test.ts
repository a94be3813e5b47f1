/**
 * The ES5 check in taskpane.html (src/legacy/check.js): it parses as ES5, recognises Internet
 * Explorer 11 and EdgeHTML by what they lack, shows the message the catalogue holds, and stays
 * silent where the pane can run.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { t } from '../../src/core/i18n';
import '../../src/core/i18n/views';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = readFileSync(join(ROOT, 'src', 'legacy', 'check.js'), 'utf8');
const PAGE = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');

interface FakeElement {
  style: { display: string };
  text: string;
  appendChild(node: { text: string }): void;
}

function element(display = ''): FakeElement {
  return { style: { display }, text: '', appendChild(node) { this.text += node.text; } };
}

interface FakeScript {
  src?: string;
  onerror?: () => void;
}

/** Runs the check in a fresh context; `prelude` takes away what an old webview lacks (or adds Office). */
function runCheck(prelude: string, readyState = 'complete', page: 'taskpane' | 'commands' = 'taskpane') {
  const elements: Record<string, FakeElement> = { container: element(), 'legacy-message': element('none'), 'legacy-missing': element() };
  // The task pane page has a place for the legacy pane; the ribbon's function file has none.
  if (page === 'taskpane') elements['legacy-pane'] = element('none');
  const scripts: FakeScript[] = [];
  const listeners: Record<string, () => void> = {};
  const document = {
    readyState,
    getElementById: (id: string) => elements[id] ?? null,
    createTextNode: (text: string) => ({ text }),
    addEventListener: (name: string, f: () => void) => void (listeners[name] = f),
    createElement: (tag: string) => (tag === 'script' ? {} : null),
    head: { appendChild: (s: FakeScript) => void scripts.push(s) },
  };
  const sandbox: Record<string, unknown> = { document, fetch: () => undefined };
  createContext(sandbox);
  runInContext('var window = this;', sandbox);
  runInContext(prelude, sandbox);
  runInContext(SCRIPT, sandbox);
  return { elements, scripts, listeners, sandbox, result: sandbox.perfTargetLegacy as { missing: string[]; unsupported: boolean; pane: string } };
}

const IE11 = 'delete this.Promise; delete this.Proxy; delete this.Symbol; delete this.fetch; delete this.globalThis; delete Object.fromEntries; delete String.prototype.matchAll;';

test('the check parses as ES5 (Internet Explorer 11 can run it)', () => {
  expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  // And the parser would catch ES2015: the test can fail.
  expect(() => parse('let a = () => 1;', { ecmaVersion: 5 })).toThrow();
});

test('Internet Explorer 11 (no Promise, Proxy, Symbol, fetch) without Office.js: the message shows, the pane is hidden', () => {
  const { elements, result } = runCheck(IE11);
  expect(result.unsupported).toBe(true);
  expect(result.missing).toEqual(expect.arrayContaining(['Promise', 'fetch', 'Proxy', 'Symbol']));
  expect(elements['legacy-message'].style.display).toBe('block');
  expect(elements.container.style.display).toBe('none');
  expect(elements['legacy-missing'].text).toContain('Promise');
});

test('EdgeHTML (ES2015 yes, ES2020 built-ins no): the message shows', () => {
  const { result } = runCheck('delete Promise.allSettled; delete Object.fromEntries; delete String.prototype.matchAll; delete this.globalThis;');
  expect(result.missing).toEqual(['Promise.allSettled', 'Object.fromEntries', 'String.prototype.matchAll', 'globalThis']);
});

test('a current webview: nothing shown', () => {
  const { elements, result } = runCheck('');
  expect(result).toEqual({ missing: [], unsupported: false, pane: 'modern' });
  expect(elements['legacy-message'].style.display).toBe('none');
  expect(elements.container.style.display).toBe('');
});

test('Internet Explorer 11 with Office.js: the legacy pane is loaded, no message', () => {
  const { elements, scripts, result } = runCheck(`${IE11} this.Office = {};`);
  expect(result.pane).toBe('legacy');
  expect(scripts.map((s) => s.src)).toEqual(['legacy-pane.js']);
  expect(elements['legacy-message'].style.display).toBe('none');
  expect(elements.container.style.display).toBe('none');
});

test('EdgeHTML with Office.js: decided once the page (and office.js after the check) has loaded', () => {
  const { scripts, listeners, result, sandbox } = runCheck('delete Promise.allSettled; delete Object.fromEntries;', 'loading');
  expect(result.pane).toBe('pending');
  expect(scripts).toEqual([]);
  sandbox.Office = {};
  listeners.DOMContentLoaded();
  expect(result.pane).toBe('legacy');
  expect(scripts.map((s) => s.src)).toEqual(['legacy-pane.js']);
});

test('the ribbon’s function file (no place for a pane) never loads the legacy pane', () => {
  const { scripts, result } = runCheck(`${IE11} this.Office = {};`, 'complete', 'commands');
  expect(scripts).toEqual([]);
  expect(result.pane).toBe('message');
});

test('the legacy pane cannot be loaded: the message shows instead', () => {
  const { elements, scripts, result } = runCheck(`${IE11} this.Office = {};`);
  scripts[0].onerror?.();
  expect(result.pane).toBe('message');
  expect(elements['legacy-message'].style.display).toBe('block');
});

test('a current webview with Office.js: the full pane, no legacy script', () => {
  const { scripts, result } = runCheck('this.Office = {};');
  expect(result.pane).toBe('modern');
  expect(scripts).toEqual([]);
});

test('the page has the element the legacy pane renders into', () => {
  expect(PAGE).toMatch(/<div id="legacy-pane" style="display: none"><\/div>/);
});

test('the page loads the check before anything else and holds the catalogue’s texts', () => {
  const scripts = [...PAGE.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts[0]).toBe('legacy-check.js');
  for (const key of ['legacy.title', 'legacy.needed', 'legacy.instead', 'legacy.missing'] as const) {
    expect(PAGE).toContain(t(key, 'zh-CN'));
    expect(PAGE).toContain(t(key, 'en-US'));
  }
});
