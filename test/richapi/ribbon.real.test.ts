/**
 * The ribbon's three buttons, each with its own action, through Microsoft's client: 一键校验 runs a
 * function (ExecuteFunction) that checks and marks the active sheet; 校验助手 and 插入模板 open the
 * same task pane (ShowTaskpane) on different pages, the second on the template form, whose action
 * (insertTemplate) works through the real client.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkActiveSheet } from '../../src/commands/commands';
import { ExcelHost } from '../../src/hosts/excel';
import { viewFromLocation } from '../../src/taskpane/launch';
import { createWorkbook, findSheet, getSheet } from '../../src/standin';
import { associatedFunctions, parseXml, type XmlElement } from '../../scripts/validate-manifest';
import { writeTables } from '../hosts/excel/fixtures';
import { createRealExcel } from './client';

const ROOT = join(__dirname, '..', '..');
const manifest = parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}
const all = [...walk(manifest)];
const child = (el: XmlElement, local: string) => el.children.find((c) => c.local === local);
const urls = new Map(all.filter((e) => e.local === 'Url').map((e) => [e.attrs.get('id'), e.attrs.get('DefaultValue')]));
const labels = new Map(all.filter((e) => e.local === 'String' && e.attrs.get('id')).map((e) => [e.attrs.get('id'), e.attrs.get('DefaultValue')]));
const buttons = all
  .filter((e) => e.local === 'Control')
  .map((c) => {
    const action = child(c, 'Action') as XmlElement;
    return {
      label: labels.get(child(c, 'Label')?.attrs.get('resid') ?? ''),
      type: action.attrs.get('xsi:type'),
      fn: child(action, 'FunctionName')?.text,
      url: urls.get(child(action, 'SourceLocation')?.attrs.get('resid') ?? ''),
    };
  });

function setup() {
  const model = createWorkbook(['说明', '绩效目标表']);
  writeTables(getSheet(model, '绩效目标表'), 2, 0, 0, { firstValue: '100%' });
  model.activeSheet = 1;
  const excel = createRealExcel(model);
  const makeHost = () => new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
  return { model, excel, makeHost };
}

test('three buttons: 一键校验 runs a function, 校验助手 and 插入模板 open the pane on different pages', () => {
  expect(buttons.map((b) => [b.label, b.type])).toEqual([
    ['一键校验', 'ExecuteFunction'],
    ['校验助手', 'ShowTaskpane'],
    ['插入模板', 'ShowTaskpane'],
  ]);
  const [check, pane, template] = buttons;
  expect(associatedFunctions(readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8'))).toContain(check.fn);
  const view = (url: string | undefined) => viewFromLocation(new URL(url ?? 'about:blank'));
  expect(view(pane.url)).toBeNull();
  expect(view(template.url)).toBe('template');
});

test('一键校验 through the real client: checks the active sheet, marks it, completes the event', async () => {
  const { model, makeHost, excel } = setup();
  const completed = jest.fn();
  const outcome = await checkActiveSheet({ completed }, makeHost);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(outcome.ok).toBe(true);
  expect(getSheet(model, '绩效目标表').conditionalFormats.length).toBeGreaterThan(0);
  expect(excel.server.stats.members.get('ConditionalFormatCollection.add')).toBeGreaterThan(0);
});

test('一键校验 on a protected sheet completes the event and says why in Chinese', async () => {
  const { model, makeHost } = setup();
  getSheet(model, '绩效目标表').protection.protected = true;
  const completed = jest.fn();
  const outcome = await checkActiveSheet({ completed }, makeHost);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(outcome.ok).toBe(false);
  expect(outcome.message).toContain('受保护');
});

test('插入模板’s action through the real client: a new sheet with the template', async () => {
  const { model, makeHost } = setup();
  const placed = await makeHost().insertTemplate({ scheme: '2015', unit: '万元', project: '按钮测试' }, 'new-sheet');
  expect(findSheet(model, placed.sheet)).toBeDefined();
});
