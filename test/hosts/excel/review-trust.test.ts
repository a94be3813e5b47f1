/**
 * A workbook is untrusted input (issue 13.4): what it brings (ignores, settings, fix records) is
 * shown as coming from the file and can be dropped; undo reverts only what this session wrote.
 */
import { stateXml } from '../../../src/hosts/excel/state';
import { addSheet, getCell, getSheet, setCell } from '../../../src/standin';
import { reviewSetup, SHEET, workbook } from './review-fixtures';

/** A file that brings an ignore, a rule turned off and a fix record aimed at a sheet never checked. */
function received() {
  const model = workbook(1);
  const hidden = addSheet(model, '隐藏');
  hidden.visibility = 'VeryHidden';
  setCell(hidden, { row: 0, col: 0 }, { value: '原值' });
  const ignore = { version: 1, entries: [{ sheet: SHEET, cell: 'F8', rule: 'value/missing-sign', reason: '别人的记录', at: '2025-01-01T00:00:00.000Z' }] };
  const settings = { version: 1, settings: { scheme: 'auto', rules: { 'value/missing-sign': 'off', 'value/wan-unit': 'error' }, thresholds: { minSatisfaction: 0 } } };
  const journal = { version: 1, batches: [{ id: 'x', at: '2025-01-01T00:00:00.000Z', rule: 'value/missing-sign', entries: [{ sheet: '隐藏', cell: 'A1', before: '攻击', after: '原值' }, { sheet: SHEET, cell: 'F8', before: '改写', after: '100%' }] }] };
  model.customXmlParts = [
    { id: '{1}', xml: stateXml('ignore', JSON.stringify(ignore)) },
    { id: '{2}', xml: stateXml('settings', JSON.stringify(settings)) },
    { id: '{3}', xml: stateXml('journal', JSON.stringify(journal)) },
  ];
  return model;
}

test('what the file brings is counted and shown as coming from the file', async () => {
  const { controller } = reviewSetup(received());
  await controller.load();
  expect(controller.getState().fromFile).toEqual({ ignores: 1, rulesOff: 1, otherSettings: true, journal: 1 });
  // Nothing it brought can be undone from here.
  expect(controller.getState().undoable).toBe(0);
});

test('a clean file brings nothing to show', async () => {
  const { controller } = reviewSetup(workbook(1));
  await controller.load();
  expect(controller.getState().fromFile).toBeNull();
});

test('undo never replays a fix record read from the file: no sheet of it is written', async () => {
  const { controller, model } = reviewSetup(received());
  await controller.load();
  await controller.session.checkSheet(SHEET);
  const before = getCell(getSheet(model, SHEET), 7, 5)?.value;
  await expect(controller.undo()).resolves.toEqual({ restored: 0, changedSince: [] });
  expect(getCell(getSheet(model, '隐藏'), 0, 0)?.value).toBe('原值');
  expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe(before);
  expect(model.sheets[model.activeSheet].name).toBe(SHEET);
});

test("undo reverts this session's fix, and only where the cell still holds what the fix wrote", async () => {
  const { controller, model } = reviewSetup(workbook(2));
  await controller.load();
  await controller.session.checkSheet(SHEET);
  const [f8, f22] = controller.session.results[0].tables.map((t) => t.findings.find((f) => f.rule === 'value/missing-sign'));
  if (!f8 || !f22) throw new Error('fixture');
  await controller.apply(controller.planRule('value/missing-sign'), 'value/missing-sign');
  expect(controller.getState().undoable).toBe(1);
  // The user edits one of the fixed cells afterwards: undo leaves it alone.
  setCell(getSheet(model, SHEET), { row: 21, col: 5 }, { value: '≥200次' });
  const outcome = await controller.undo();
  expect(outcome.restored).toBe(1);
  expect(outcome.changedSince).toEqual([`${SHEET}!${f22.cell}`]);
  expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe('100%');
  expect(getCell(getSheet(model, SHEET), 21, 5)?.value).toBe('≥200次');
  expect(controller.getState().undoable).toBe(0);
});

test('dropping what the file brought: no ignores, default settings, no records, in the pane and in the file', async () => {
  const { controller, model } = reviewSetup(received());
  await controller.load();
  await controller.session.checkSheet(SHEET);
  await controller.dropFromFile();
  const state = controller.getState();
  expect(state.fromFile).toBeNull();
  expect(state.ignores.entries).toEqual([]);
  expect(state.settings.rules).toEqual({});
  expect(state.journal.batches).toEqual([]);
  expect(model.customXmlParts ?? []).toEqual([]);
  // The rule the file had turned off reports again.
  expect(controller.session.results[0].tables[0].findings.some((f) => f.rule === 'value/missing-sign')).toBe(true);
  expect(state.notice?.text).toMatch(/已放弃文件中的/);
});
