/**
 * The legacy pane's bundle (webpack.legacy.config.js → legacy-pane.js), built as production builds
 * it: it parses as ES5, and it runs inside the context of Microsoft's Office.js client (the
 * `excel-web-16.00` debug build, test/richapi/client.ts) over the RichApi server with the
 * requirement sets of Office 2016 (ExcelApi 1.1 only) and Office 2019 (1.8), in a jsdom page.
 * Through the real client it checks the seed workbook, marks (fills on 1.1, conditional formats on
 * 1.8), clears with the user's own fills back, selects a finding's cell on click and applies a fix;
 * its findings are the modern engine's.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import { JSDOM } from 'jsdom';
import { webpack, type Configuration } from 'webpack';
import { allFindings, checkSheet } from '../../src/core/engine';
import { rectToA1 } from '../../src/core/engine/grid';
import type { Finding } from '../../src/core/model';
import { ExcelHost, MARK_FILL } from '../../src/hosts/excel';
import { FILL_RECORD_KEY, type DocumentSettings } from '../../src/hosts/excel/fill-marks';
import type { LegacyPane, LegacyPaneOptions } from '../../src/legacy/pane';
import { cellKey, cellSnapshot, createStandIn, getCell, setCell, type CellModel, type SheetModel, type WorkbookModel } from '../../src/standin';
import { modelFromXlsx } from '../../src/standin/xlsx';
import { createRealExcel, type RealExcel } from './client';
import { tempDir } from '../helpers/temp-dir';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { legacyConfig } = require('../../webpack.legacy.config.js') as { legacyConfig(mode: string, dir: string): Configuration };

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'sample.xlsx'));
let bundle = '';

beforeAll(async () => {
  const out = tempDir('legacy');
  await new Promise<void>((resolve, reject) => {
    webpack(legacyConfig('production', out), (err, stats) => {
      if (err) reject(err);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString('errors-only') ?? 'no stats'));
      else resolve();
    });
  });
  bundle = readFileSync(join(out, 'legacy-pane.js'), 'utf8');
  console.log(`legacy-pane.js: ${bundle.length} bytes, ${(await import('node:zlib')).gzipSync(bundle).length} gzip`);
}, 600_000);

test('the legacy bundle parses as ES5, with no ES2015+ syntax or regular expression anywhere', () => {
  expect(bundle.length).toBeGreaterThan(10_000);
  expect(() => parse(bundle, { ecmaVersion: 5 })).not.toThrow();
  // acorn at ES5 rejects ES2015 syntax and regular expression flags and syntax (u, y, s, lookbehind):
  for (const es2015 of ['let a = 1;', 'var f = () => 1;', 'var r = /a/u;', 'var r = /(?<=a)b/;', 'var n = 10n;', 'var s = `x`;', 'class A {}']) {
    expect(() => parse(es2015, { ecmaVersion: 5 })).toThrow();
  }
});

/** Document settings as Office keeps them in the file (Office.context.document.settings). */
function fakeSettings(): DocumentSettings & { data: Map<string, unknown>; saves: number } {
  const data = new Map<string, unknown>();
  return {
    data,
    saves: 0,
    get: (name) => (data.has(name) ? data.get(name) : null),
    set: (name, value) => void data.set(name, value),
    remove: (name) => void data.delete(name),
    saveAsync(callback) {
      this.saves++;
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  };
}

interface Loaded {
  pane: LegacyPane;
  dom: JSDOM;
  excel: RealExcel;
}

/** Runs the bundle in the client's own context (as in the webview) and starts the pane. */
function loadPane(excel: RealExcel, settings: DocumentSettings): Loaded {
  const dom = new JSDOM('<!doctype html><html lang="zh-CN"><body><div id="legacy-pane"></div></body></html>');
  const sandbox = excel.client as unknown as Record<string, unknown>;
  sandbox.document = dom.window.document;
  sandbox.perfTargetLegacyPaneManual = true;
  // Office.context (a getter over OSF's app factory): the requirement sets and the document's settings.
  const osf = sandbox.OSF as { _OfficeAppFactory: { getContext(): Record<string, unknown> } };
  const context = osf._OfficeAppFactory.getContext();
  osf._OfficeAppFactory.getContext = () => ({ ...context, document: { settings } });
  runInContext(bundle, sandbox as Context);
  const api = sandbox.perfTargetLegacyPane as { start(options: LegacyPaneOptions): LegacyPane };
  const root = dom.window.document.getElementById('legacy-pane') as HTMLElement;
  const pane = api.start({ root, run: excel.run, isSetSupported: excel.isSetSupported });
  return { pane, dom, excel };
}

/** A cell as the user set it, with the stand-in's empty leftovers (`style: {}`, an empty cell) as nothing. */
function userCell(cell: CellModel | undefined): string {
  if (!cell) return '';
  const copy: CellModel = { ...cell, style: cell.style ? { ...cell.style } : undefined };
  if (copy.style && Object.keys(copy.style).length === 0) delete copy.style;
  if (copy.value === null && Object.keys(copy).every((k) => k === 'value' || (copy as unknown as Record<string, unknown>)[k] === undefined)) return '';
  return cellSnapshot(copy);
}

function sheetSnapshot(sheet: SheetModel): Map<number, string> {
  const out = new Map<number, string>();
  for (const [key, cell] of sheet.cells) {
    const s = userCell(cell);
    if (s !== '') out.set(key, s);
  }
  return out;
}

const plain = (findings: readonly Finding[]) => JSON.parse(JSON.stringify(findings.map((f) => ({ rule: f.rule, cell: f.cell, severity: f.severity, message: f.message, suggestion: f.suggestion })))) as unknown[];

/** Waits for the pane's button actions (each a chain of syncs) to finish: a bounded number of turns. */
async function settle(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
}

async function modernFindings(model: WorkbookModel, sheet: string): Promise<Finding[]> {
  const excel = createRealExcel(model, { excelApi: '1.18' });
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
  return allFindings(checkSheet(await host.readSheet(sheet)));
}

describe.each([
  ['1.1', '2016'],
  ['1.8', '2019'],
])('ExcelApi %s (Office %s)', (api) => {
  test('every sheet of the seed workbook: the same findings as the modern engine, listed in Chinese', async () => {
    const model = await modelFromXlsx(SAMPLE);
    const excel = createRealExcel(model, { excelApi: api });
    const { pane, dom } = loadPane(excel, fakeSettings());
    let total = 0;
    for (let i = 0; i < model.sheets.length; i++) {
      model.activeSheet = i;
      const expected = await modernFindings(await modelFromXlsx(SAMPLE), model.sheets[i].name);
      await pane.check();
      expect(pane.sheet()).toBe(model.sheets[i].name);
      expect(plain(pane.findings())).toEqual(plain(expected));
      const items = dom.window.document.querySelectorAll('#legacy-findings .legacy-finding');
      expect(items.length).toBe(expected.length);
      expected.forEach((f, n) => {
        expect(items[n].getAttribute('aria-label')).toContain(f.message);
        expect(items[n].textContent).toContain(f.cell);
      });
      total += expected.length;
    }
    expect(total).toBeGreaterThan(0);
    expect(dom.window.document.getElementById('legacy-error')?.textContent).toBe('');
    // Nothing above the API set was asked of Excel.
    expect(excel.server.stats.members.has('Range.conditionalFormats')).toBe(api !== '1.1');
    expect(excel.server.stats.members.has('Worksheet.protection')).toBe(api !== '1.1');
  });

  test('check marks the cells, clear puts every cell back as the user had it', async () => {
    const model = await modelFromXlsx(SAMPLE);
    const sheet = model.sheets[model.activeSheet];
    const expected = await modernFindings(await modelFromXlsx(SAMPLE), sheet.name);
    expect(expected.length).toBeGreaterThan(2);
    // The user's own fills on some of the cells to be marked, and one cell filled white.
    const userFills = ['#92D050', '#00B0F0'];
    expected.slice(0, 2).forEach((f, i) => setCell(sheet, { row: f.row, col: f.col }, { style: { ...getCell(sheet, f.row, f.col)?.style, fill: { color: userFills[i] } } }));
    const before = sheetSnapshot(sheet);
    const cfBefore = JSON.stringify(sheet.conditionalFormats);
    const settings = fakeSettings();
    const excel = createRealExcel(model, { excelApi: api });
    const { pane, dom } = loadPane(excel, settings);

    (dom.window.document.getElementById('legacy-check') as HTMLButtonElement).click();
    await settle(() => pane.findings().length > 0 && !(dom.window.document.getElementById('legacy-check') as HTMLButtonElement).disabled);
    expect(dom.window.document.getElementById('legacy-status')?.textContent).toMatch(/^校验完成：错误 \d+ 个/);

    const worst = new Map<string, Finding['severity']>();
    const rank = { info: 0, warning: 1, error: 2 };
    for (const f of expected) if (!f.cell.includes(':') && (!worst.has(f.cell) || rank[f.severity] > rank[worst.get(f.cell) as Finding['severity']])) worst.set(f.cell, f.severity);
    if (api === '1.1') {
      // Fills: each finding's cell shows its worst severity's colour; no conditional format was added.
      for (const f of expected.filter((x) => !x.cell.includes(':'))) {
        expect(getCell(sheet, f.row, f.col)?.style?.fill?.color).toBe(MARK_FILL[worst.get(f.cell) as Finding['severity']]);
      }
      expect(JSON.stringify(sheet.conditionalFormats)).toBe(cfBefore);
      // The user's colours are kept in the workbook's settings (saved with the file).
      const record = JSON.parse(String(settings.data.get(FILL_RECORD_KEY))) as { sheets: Record<string, Record<string, { o: string }>> };
      expect(record.sheets[sheet.name][expected[0].cell].o).toBe(userFills[0]);
    } else {
      // Conditional formats: the user's formatting is not touched at all.
      expect(sheetSnapshot(sheet)).toEqual(before);
      expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
      expect(settings.data.has(FILL_RECORD_KEY)).toBe(false);
    }

    (dom.window.document.getElementById('legacy-clear') as HTMLButtonElement).click();
    await settle(() => pane.findings().length === 0 && !(dom.window.document.getElementById('legacy-clear') as HTMLButtonElement).disabled);
    expect(sheetSnapshot(sheet)).toEqual(before);
    expect(JSON.stringify(sheet.conditionalFormats)).toBe(cfBefore);
    expect(settings.data.has(FILL_RECORD_KEY)).toBe(false);
    expect(dom.window.document.getElementById('legacy-status')?.textContent).toMatch(api === '1.1' ? /^已清除标记：\d+ 个单元格恢复了原来的填充色。$/ : /^已清除所有标记。$/);
  });

  test('a click on a finding selects its cell; 应用修复 writes the suggestion and checks again', async () => {
    const model = await modelFromXlsx(SAMPLE);
    const excel = createRealExcel(model, { excelApi: api });
    const { pane, dom } = loadPane(excel, fakeSettings());
    const doc = dom.window.document;
    await pane.check();
    const sheet = model.sheets[model.activeSheet];
    const items = doc.querySelectorAll<HTMLButtonElement>('#legacy-findings .legacy-finding');
    const last = pane.findings().length - 1;
    const target = pane.findings()[last];
    items[last].focus();
    items[last].click();
    await settle(() => !(doc.getElementById('legacy-check') as HTMLButtonElement).disabled && rectToA1(sheet.selection) === target.cell.split(':')[0]);

    const fixButton = doc.querySelector<HTMLButtonElement>('#legacy-findings .legacy-fix');
    expect(fixButton).not.toBeNull();
    const index = Number(fixButton?.getAttribute('data-index'));
    const fix = pane.findings()[index];
    expect(fixButton?.getAttribute('aria-label')).toBe(`将单元格 ${fix.cell} 改为“${fix.suggestion}”`);
    const count = pane.findings().length;
    fixButton?.click();
    await settle(() => (doc.getElementById('legacy-status')?.textContent ?? '').startsWith(`已将单元格 ${fix.cell}`));
    expect(String(getCell(sheet, fix.row, fix.col)?.value)).toBe(String(fix.suggestion));
    expect(pane.findings().some((f) => f.rule === fix.rule && f.cell === fix.cell)).toBe(false);
    expect(pane.findings().length).toBeLessThan(count);
    expect(doc.activeElement).toBe(doc.querySelector('#legacy-findings .legacy-finding') ?? doc.getElementById('legacy-check'));
  });
});

test('ExcelApi 1.1: marks saved in the file are cleared by a pane opened later; a fill the user changed since is kept', async () => {
  const model = await modelFromXlsx(SAMPLE);
  const sheet = model.sheets[model.activeSheet];
  const before = sheetSnapshot(sheet);
  const settings = fakeSettings();
  const first = loadPane(createRealExcel(model, { excelApi: '1.1' }), settings);
  await first.pane.check();
  const [a, b] = first.pane.findings().filter((f) => !f.cell.includes(':'));
  // The user paints one marked cell after the check.
  setCell(sheet, { row: b.row, col: b.col }, { style: { ...getCell(sheet, b.row, b.col)?.style, fill: { color: '#7030A0' } } });
  // The workbook is reopened: a new client, a new pane, only the settings carry over.
  const second = loadPane(createRealExcel(model, { excelApi: '1.1' }), settings);
  await second.pane.clear();
  const after = sheetSnapshot(sheet);
  expect(getCell(sheet, b.row, b.col)?.style?.fill?.color).toBe('#7030A0');
  after.delete(cellKey(b.row, b.col));
  const expected = new Map(before);
  expected.delete(cellKey(b.row, b.col));
  expect(after).toEqual(expected);
  expect(userCell(getCell(sheet, a.row, a.col))).toBe(before.get(cellKey(a.row, a.col)) ?? '');
  expect(second.dom.window.document.getElementById('legacy-status')?.textContent).toContain('1 个单元格的填充色在标记后被修改过');
});

/**
 * What Internet Explorer 11 lacks of ES2015+ (and more: IE 11 has a partial Map, Set and WeakMap,
 * taken away here too), removed from a fresh context before the bundle runs in it.
 */
const WITHOUT_ES2015 = `(function (g) {
  // Arrays keep their native iterator (invisible to the bundle, whose Symbol is core-js's): the
  // stand-in, Node code in another realm, iterates arrays the pane hands it, as ES5 Office.js never does.
  ['Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'Proxy', 'Reflect', 'BigInt', 'globalThis'].forEach(function (k) { delete g[k]; });
  function del(o, ks) { ks.forEach(function (k) { delete o[k]; }); }
  del(Array, ['from', 'of']);
  del(Array.prototype, ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'fill', 'flat', 'flatMap', 'at', 'entries', 'keys', 'values', 'copyWithin', 'toSorted', 'toReversed', 'with']);
  del(Object, ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors', 'is']);
  del(String.prototype, ['includes', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'matchAll', 'replaceAll', 'at', 'codePointAt', 'normalize']);
  del(String, ['fromCodePoint', 'raw']);
  del(Number, ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'parseFloat', 'parseInt']);
  del(Math, ['trunc', 'sign', 'log10', 'log2', 'cbrt', 'hypot', 'imul', 'clz32', 'fround', 'expm1', 'log1p']);
})(this);`;

test('without the ES2015+ built-ins IE 11 lacks, the polyfills in the bundle carry it: every sheet checked the same', async () => {
  const dom = new JSDOM('<!doctype html><html><body><div id="legacy-pane"></div></body></html>');
  const sandbox: Record<string, unknown> = { document: dom.window.document, setTimeout, clearTimeout, console, perfTargetLegacyPaneManual: true };
  sandbox.window = sandbox;
  createContext(sandbox);
  runInContext(WITHOUT_ES2015, sandbox);
  expect(runInContext('typeof Symbol + typeof Map + typeof Promise + typeof "".includes + typeof Array.from', sandbox)).toBe('undefinedundefinedundefinedundefinedundefined');
  runInContext(bundle, sandbox);
  // The polyfills are the bundle's own (core-js), installed in this context.
  expect(runInContext('typeof Symbol + typeof Map + typeof Promise', sandbox)).toBe('functionfunctionfunction');
  const model = await modelFromXlsx(SAMPLE);
  const standIn = createStandIn(model, { excelApi: '1.1' });
  const api = sandbox.perfTargetLegacyPane as { start(options: LegacyPaneOptions): LegacyPane };
  const pane = api.start({ root: dom.window.document.getElementById('legacy-pane') as HTMLElement, run: standIn.run, isSetSupported: standIn.isSetSupported });
  const before = model.sheets.map(sheetSnapshot);
  for (let i = 0; i < model.sheets.length; i++) {
    model.activeSheet = i;
    const expected = await modernFindings(await modelFromXlsx(SAMPLE), model.sheets[i].name);
    await pane.check();
    expect(dom.window.document.getElementById('legacy-error')?.textContent).toBe('');
    expect(plain(pane.findings())).toEqual(plain(expected));
  }
  await pane.clear();
  expect(dom.window.document.getElementById('legacy-error')?.textContent).toBe('');
  expect(model.sheets.map(sheetSnapshot)).toEqual(before);
});
