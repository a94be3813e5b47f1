/**
 * One-click fixes on cells a fix must not overwrite (eighth round of hostile input): a value that
 * is a formula's result (`="100%"`, an array formula) is the user's formula, and writing the
 * corrected value would replace it with a constant. The fix leaves such a cell alone and says so
 * (the other cells of the batch are fixed, and undo restores them); a cell changed since the check
 * was already refused (review-fixes.test.ts). Through the stand-in and through Microsoft's Office.js
 * client. Before: the formula was replaced by `＝100%` (undo put back the value, not the formula).
 */
import type { Finding } from '../../../src/core/model';
import { ExcelHost } from '../../../src/hosts/excel';
import { getCell, getSheet, setCell } from '../../../src/standin';
import { sheetFindings } from '../../../src/taskpane/session';
import { createRealExcel } from '../../richapi/client';
import { cells, changed, reviewSetup, SHEET, workbook } from './review-fixtures';

function findingAt(results: Parameters<typeof sheetFindings>[0][], cell: string, rule: string): Finding {
  const f = results.flatMap((r) => sheetFindings(r)).find((x) => x.cell === cell && x.rule === rule);
  if (!f) throw new Error(`no ${rule} at ${cell}`);
  return f;
}

describe.each([
  ['a formula', '="100%"'],
  ['an array formula (as Excel shows its cells)', '{=T("100%")}'],
])('a fix on %s', (_name, formula) => {
  test('leaves the formula, fixes the other cells of the batch, and says which cell it left', async () => {
    const model = workbook(2);
    const sheet = getSheet(model, SHEET);
    // The first table's 100% comes from a formula; the second table's is typed.
    setCell(sheet, { row: 7, col: 5 }, { value: '100%', formula });
    const before = cells(sheet);
    const { controller } = reviewSetup(model);
    await controller.session.checkSheet(SHEET);
    const plan = controller.planRule('value/missing-sign');
    expect(plan.changes.map((c) => c.cell)).toContain('F8');
    const outcome = await controller.apply(plan, 'value/missing-sign');
    expect(outcome.formulas).toEqual([`${SHEET}!F8`]);
    expect(outcome.fixed).toBe(plan.changes.length - 1);
    expect(getCell(sheet, 7, 5)).toEqual(expect.objectContaining({ value: '100%', formula }));
    expect(controller.getState().notice?.text).toContain(`1 个单元格含有公式，未修改（修复会用一个值替换公式）：${SHEET}!F8。`);
    expect(changed(before, cells(sheet))).not.toContain('F8');
    await controller.undo();
    expect(changed(before, cells(sheet))).toEqual([]);
  });
});

test('through Microsoft’s client: writeValues never writes over a formula, even when its value is the expected one', async () => {
  const model = workbook(1);
  setCell(getSheet(model, SHEET), { row: 7, col: 5 }, { value: '100%', formula: '="100%"' });
  const excel = createRealExcel(model);
  const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN' });
  const results = await host.writeValues(SHEET, [
    { cell: 'F8', value: '＝100%', expected: '100%' },
    { cell: 'F9', value: '≥1次', expected: getCell(getSheet(model, SHEET), 8, 5)?.value ?? null },
  ]);
  expect(results.map((r) => [r.cell, r.written, r.formula ?? false])).toEqual([
    ['F8', false, true],
    ['F9', true, false],
  ]);
  expect(getCell(getSheet(model, SHEET), 7, 5)).toEqual(expect.objectContaining({ value: '100%', formula: '="100%"' }));
});

test('a single fix on a formula cell is refused by the one-cell path too', async () => {
  const model = workbook(1);
  setCell(getSheet(model, SHEET), { row: 7, col: 5 }, { value: '100%', formula: '="100%"' });
  const { controller } = reviewSetup(model);
  await controller.session.checkSheet(SHEET);
  const plan = controller.planOne(SHEET, findingAt(controller.session.results, 'F8', 'value/missing-sign'));
  await expect(controller.apply(plan, 'value/missing-sign')).resolves.toEqual({ fixed: 0, changedSince: [], formulas: [`${SHEET}!F8`] });
  expect(getCell(getSheet(model, SHEET), 7, 5)?.formula).toBe('="100%"');
});
