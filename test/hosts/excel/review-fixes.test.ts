/** Fixes and 撤销修复 on the Excel stand-in: exactly the cells shown change, and undo puts them back. */
import { planFixes } from '../../../src/core/review/fixes';
import type { Finding } from '../../../src/core/model';
import { sheetFindings } from '../../../src/taskpane/session';
import { getCell, getSheet, userEdit } from '../../../src/standin';
import { roundTrip } from '../../../src/standin/xlsx';
import { cells, changed, reviewSetup, SHEET, workbook } from './review-fixtures';

function findingAt(results: { name: string; tables: { findings: Finding[] }[]; findings: Finding[] }[], cell: string, rule: string): Finding {
  const f = results.flatMap((r) => sheetFindings(r as never)).find((x) => x.cell === cell && x.rule === rule);
  if (!f) throw new Error(`no ${rule} at ${cell}`);
  return f;
}

async function checked(count = 2) {
  const s = reviewSetup(workbook(count));
  await s.controller.session.checkSheet(SHEET);
  await s.controller.watching();
  return s;
}

describe('one fix', () => {
  test('changes exactly one cell, and 撤销修复 restores it exactly', async () => {
    const { controller, model } = await checked();
    const sheet = getSheet(model, SHEET);
    const before = cells(sheet);
    const finding = findingAt(controller.session.results, 'F8', 'value/missing-sign');
    const plan = controller.planOne(SHEET, finding);
    expect(plan.changes.map((c) => [c.cell, c.before, c.after])).toEqual([['F8', '100%', '＝100%']]);

    await expect(controller.apply(plan, finding.rule)).resolves.toEqual({ fixed: 1, changedSince: [] });
    const afterFix = cells(sheet);
    expect(changed(before, afterFix)).toEqual(['F8']);
    expect(getCell(sheet, 7, 5)?.value).toBe('＝100%');
    // The table was re-checked: the fixed finding is gone.
    expect(controller.session.results[0].tables[0].findings.some((f) => f.rule === 'value/missing-sign')).toBe(false);
    expect(controller.getState().journal.batches).toHaveLength(1);

    await expect(controller.undo()).resolves.toEqual({ restored: 1, changedSince: [] });
    expect(changed(before, cells(sheet))).toEqual([]);
    expect(controller.session.results[0].tables[0].findings.some((f) => f.rule === 'value/missing-sign')).toBe(true);
    expect(controller.getState().journal.batches).toHaveLength(0);
    expect(controller.getState().notice?.text).toBe('已撤销修复，恢复了 1 个单元格。');
  });

  test('a number cell gets a number: the suggestion 26.50 for 25.5 in a 0.00 cell', async () => {
    const { controller, model } = await checked(1);
    const sheet = getSheet(model, SHEET);
    const fake: Finding = {
      rule: 'budget/fake', category: 'budget', severity: 'error', cell: 'C4', row: 3, col: 2, table: 0,
      messageId: 'm', data: {}, message: '', suggestion: '26.50',
    };
    getCell(sheet, 3, 2)!.value = 25.5;
    const plan = planFixes([{ sheet: SHEET, finding: fake }], (s, r, c) => ({ ...controller.cellAt(s, r, c), value: 25.5 }));
    await controller.apply(plan, fake.rule);
    expect(getCell(sheet, 3, 2)).toMatchObject({ value: 26.5, numberFormat: '0.00' });
    await controller.undo();
    expect(getCell(sheet, 3, 2)).toMatchObject({ value: 25.5, numberFormat: '0.00' });
  });

  test('a cell changed after the preview is left alone and reported', async () => {
    const { controller, model } = await checked(1);
    const finding = findingAt(controller.session.results, 'F8', 'value/missing-sign');
    const plan = controller.planOne(SHEET, finding);
    userEdit(model, SHEET, 'F8', '≥95%');
    const outcome = await controller.apply(plan, finding.rule);
    expect(outcome).toEqual({ fixed: 0, changedSince: ['绩效表!F8'] });
    expect(getCell(getSheet(model, SHEET), 7, 5)?.value).toBe('≥95%');
    expect(controller.getState().journal.batches).toHaveLength(0);
    expect(controller.getState().notice).toMatchObject({ intent: 'warning' });
    expect(controller.getState().notice?.text).toContain('1 个单元格已被修改，未覆盖：绩效表!F8');
  });

  test('undo leaves a cell the user changed after the fix, and restores the others', async () => {
    const { controller, model } = await checked(2);
    await controller.apply(controller.planRule('value/missing-sign'), 'value/missing-sign');
    userEdit(model, SHEET, 'F22', '＝99%');
    const outcome = await controller.undo();
    expect(outcome).toEqual({ restored: 1, changedSince: ['绩效表!F22'] });
    const sheet = getSheet(model, SHEET);
    expect(getCell(sheet, 7, 5)?.value).toBe('100%');
    expect(getCell(sheet, 21, 5)?.value).toBe('＝99%');
  });
});

describe('fix all of one rule', () => {
  test('changes exactly the previewed cells, in one batch of writing', async () => {
    const { controller, model, standIn } = await checked(3);
    const sheet = getSheet(model, SHEET);
    const before = cells(sheet);
    const plan = controller.planRule('value/missing-sign');
    const previewed = plan.changes.map((c) => c.cell).sort();
    expect(previewed).toEqual(['F22', 'F36', 'F8']);
    expect(controller.fixableCount('value/missing-sign')).toBe(3);

    const syncs = standIn.stats.syncCount;
    const write = jest.spyOn(controller.host, 'writeValues');
    await controller.apply(plan, 'value/missing-sign');
    expect(changed(before, cells(sheet))).toEqual(previewed);
    expect(write).toHaveBeenCalledTimes(1);
    // Writing: 2 syncs; journal saved: 2; three tables read again: 1 each; the sheet marked again: 3 + 2.
    expect(standIn.stats.syncCount - syncs).toBe(2 + 2 + 3 + 5);

    await controller.undo();
    expect(changed(before, cells(sheet))).toEqual([]);
  });

  test('ignored findings are not fixed', async () => {
    const { controller } = await checked(2);
    const f = findingAt(controller.session.results, 'F22', 'value/missing-sign');
    await controller.ignore(SHEET, f, '');
    expect(controller.planRule('value/missing-sign').changes.map((c) => c.cell)).toEqual(['F8']);
  });

  test('on a protected sheet nothing is written and the user is told what to do', async () => {
    const { controller, model } = await checked(1);
    const sheet = getSheet(model, SHEET);
    sheet.protection.protected = true;
    const before = cells(sheet);
    await expect(controller.apply(controller.planRule('value/missing-sign'), 'value/missing-sign')).rejects.toMatchObject({ code: 'protected' });
    expect(changed(before, cells(sheet))).toEqual([]);
    expect(controller.getState().busy).toBeNull();
  });
});

describe('the journal is kept in the workbook', () => {
  test("the journal survives saving and reopening, shown as the file's; only this session's fixes are undone (issue 13.4)", async () => {
    const original = workbook(2);
    const first = reviewSetup(original);
    await first.controller.session.checkSheet(SHEET);
    await first.controller.apply(first.controller.planRule('value/missing-sign'), 'value/missing-sign');
    expect(getCell(getSheet(first.model, SHEET), 7, 5)?.value).toBe('＝100%');

    const reopened = await roundTrip(first.model);
    const second = reviewSetup(reopened);
    await second.controller.load();
    expect(second.controller.getState().journal.batches).toHaveLength(1);
    expect(second.controller.getState().fromFile).toMatchObject({ journal: 1 });
    // A fix record read from a file is never replayed: whoever wrote the file chose its cells.
    await second.controller.session.checkSheet(SHEET);
    await expect(second.controller.undo()).resolves.toEqual({ restored: 0, changedSince: [] });
    const sheet = getSheet(reopened, SHEET);
    expect([getCell(sheet, 7, 5)?.value, getCell(sheet, 21, 5)?.value]).toEqual(['＝100%', '＝100%']);
  });
});
