/** Live re-check on the Excel stand-in: an edit re-checks its table only, in a fixed number of syncs. */
import { sheetFindings } from '../../../src/taskpane/session';
import { getSheet, handlerCount, userEdit } from '../../../src/standin';
import { TABLE_STRIDE } from './fixtures';
import { reviewSetup, settle, SHEET, workbook } from './review-fixtures';

async function watched(tables: number, options: { debounceMs?: number } = {}) {
  const s = reviewSetup(workbook(tables), options);
  await s.controller.session.checkSheet(SHEET);
  await s.controller.watching();
  return s;
}

const rulesAt = (s: Awaited<ReturnType<typeof watched>>, cell: string) =>
  sheetFindings(s.controller.session.results[0])
    .filter((f) => f.cell === cell)
    .map((f) => f.rule);

describe('editing a cell of a checked table', () => {
  test('re-checks only that table: its window is read, the sheet is not', async () => {
    const s = await watched(3);
    expect(s.controller.getState().watched).toEqual([SHEET]);
    expect(handlerCount(s.model, SHEET)).toBe(1);
    const before = s.controller.session.results[0].tables;
    const readSheet = jest.spyOn(s.host, 'readSheet');
    const readRange = jest.spyOn(s.host, 'readRange');
    expect(rulesAt(s, 'F22')).toContain('value/missing-sign');

    userEdit(s.model, SHEET, 'F22', '＝100%');
    await settle(s.controller);

    expect(readSheet).not.toHaveBeenCalled();
    // The second table (rows 15–27) with up to five rows around it, stopping at its neighbours.
    expect(readRange.mock.calls).toEqual([[SHEET, 'A14:G28']]);
    expect(rulesAt(s, 'F22')).not.toContain('value/missing-sign');
    const after = s.controller.session.results[0].tables;
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1].table.index).toBe(1);
    // The snapshot for fix previews follows the edit.
    expect(s.controller.cellAt(SHEET, 21, 5).value).toBe('＝100%');
  });

  test('the marks follow: the fixed cell is no longer marked, the others still are', async () => {
    const s = await watched(2);
    const formulasCovering = (row: number) =>
      getSheet(s.model, SHEET).conditionalFormats.filter((cf) => cf.areas.some((a) => a.top <= row && row <= a.bottom && a.left <= 5 && 5 <= a.right)).length;
    expect(formulasCovering(21)).toBeGreaterThan(0);
    userEdit(s.model, SHEET, 'F22', '≥200次');
    await settle(s.controller);
    expect(formulasCovering(21)).toBe(0);
    expect(formulasCovering(7)).toBeGreaterThan(0);
  });

  test.each([2, 40])('the syncs of a re-check do not grow with the sheet (%i tables)', async (tables) => {
    const s = await watched(tables);
    const syncs = s.standIn.stats.syncCount;
    userEdit(s.model, SHEET, 'F22', '＝100%');
    await settle(s.controller);
    // Read the table's window: 1; clear our marks: 3; mark again: 2.
    expect(s.standIn.stats.syncCount - syncs).toBe(6);
  });

  test('edits in quick succession are re-checked once (debounced)', async () => {
    const s = await watched(2, { debounceMs: 30 });
    const readRange = jest.spyOn(s.host, 'readRange');
    userEdit(s.model, SHEET, 'F8', '≥200次');
    userEdit(s.model, SHEET, 'F9', '≥96%');
    userEdit(s.model, SHEET, 'F10', '≤12小时');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readRange).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await s.controller.flush();
    expect(readRange).toHaveBeenCalledTimes(1);
    expect(rulesAt(s, 'F8')).toEqual([]);
  });

  test('a row added under a table is read with it', async () => {
    const s = await watched(1);
    const readRange = jest.spyOn(s.host, 'readRange');
    userEdit(s.model, SHEET, 'A14:G14', [['', '质量指标', '系统可用率', '系统全年可用率', null, '100%', null]]);
    await settle(s.controller);
    expect(readRange.mock.calls).toEqual([[SHEET, 'A1:G18']]);
    expect(s.controller.session.results[0].tables[0].table.range.bottom).toBe(13);
    expect(rulesAt(s, 'F14')).toContain('value/missing-sign');
  });

  test('an edit far from every table changes nothing and reads nothing', async () => {
    const s = await watched(1);
    const readRange = jest.spyOn(s.host, 'readRange');
    const results = s.controller.session.results;
    userEdit(s.model, SHEET, 'Z100', '备注');
    await settle(s.controller);
    expect(readRange).not.toHaveBeenCalled();
    expect(s.controller.session.results).toEqual(results);
  });

  test('when the table can no longer be read on its own, the whole sheet is checked', async () => {
    const s = await watched(2);
    const readSheet = jest.spyOn(s.host, 'readSheet');
    // Clearing the labels of the second table's indicator grid and budget: no table is left there.
    const top = TABLE_STRIDE;
    userEdit(s.model, SHEET, `A${top + 1}:G${top + 13}`, Array.from({ length: 13 }, () => Array<null>(7).fill(null)));
    await settle(s.controller);
    expect(readSheet).toHaveBeenCalledWith(SHEET);
    expect(s.controller.session.results[0].tables).toHaveLength(1);
  });

  test('the pane\'s own fix is re-checked once, not again by its change event', async () => {
    const s = await watched(2);
    const readRange = jest.spyOn(s.host, 'readRange');
    const plan = s.controller.planRule('value/missing-sign');
    await s.controller.apply(plan, 'value/missing-sign');
    await settle(s.controller);
    expect(readRange).toHaveBeenCalledTimes(2);
  });
});

describe('without change events (before ExcelApi 1.7)', () => {
  test('no live re-check: the pane says so, and 重新校验 checks the sheets again', async () => {
    const s = reviewSetup(workbook(1), { excelApi: '1.6' });
    expect(s.controller.getState().support.liveRecheck).toBe(false);
    expect(s.controller.getState().support.notes.join(' ')).toContain('修改单元格后请点“重新校验”');
    await s.controller.session.checkSheet(SHEET);
    await s.controller.watching();
    expect(s.controller.getState().watched).toEqual([]);
    userEdit(s.model, SHEET, 'F8', '＝100%');
    await settle(s.controller);
    expect(sheetFindings(s.controller.session.results[0]).some((f) => f.cell === 'F8' && f.rule === 'value/missing-sign')).toBe(true);
    await s.controller.recheckAll();
    expect(sheetFindings(s.controller.session.results[0]).some((f) => f.cell === 'F8' && f.rule === 'value/missing-sign')).toBe(false);
    expect(s.controller.getState().notice?.text).toBe('已重新校验 1 张表。');
  });

  test('onCellsChanged rejects with a HostError saying what is missing', async () => {
    const s = reviewSetup(workbook(1), { excelApi: '1.6' });
    await expect(s.host.onCellsChanged(SHEET, () => undefined)).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('stopping', () => {
  test('after stop, edits are not re-checked', async () => {
    const s = await watched(1);
    await s.controller.stop();
    const readRange = jest.spyOn(s.host, 'readRange');
    userEdit(s.model, SHEET, 'F8', '＝100%');
    await settle(s.controller);
    expect(readRange).not.toHaveBeenCalled();
    expect(s.controller.getState().watched).toEqual([]);
  });
});
