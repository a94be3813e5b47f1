/**
 * Sliced syncs (StandInOptions.sliceMs, the browser preview's setting): a sync that has worked
 * that long lets other tasks run before it goes on, between operations and between the areas of a
 * RangeAreas read. The answers are the same as without slices, other tasks do run while a large
 * sheet is read, and syncs of different batches never interleave.
 */
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn, createWorkbook, getSheet, setCell, type WorkbookModel } from '../../../src/standin';
import { writeTables } from './fixtures';
import { sheetRows } from '../../../src/standin/model';

function tables(count: number): WorkbookModel {
  const model = createWorkbook(['Sheet1']);
  writeTables(getSheet(model, 'Sheet1'), count);
  return model;
}

function hostOver(model: WorkbookModel, sliceMs?: number) {
  const standIn = createStandIn(model, { platform: 'OfficeOnline', ...(sliceMs === undefined ? {} : { sliceMs }) });
  return { standIn, host: new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported, locale: 'zh-CN' }) };
}

/** Counts the tasks that ran (a chain of zero-delay timers) while `work` was going on. */
async function tasksDuring<T>(work: () => Promise<T>): Promise<{ result: T; tasks: number }> {
  let tasks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    tasks++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await work();
  running = false;
  return { result, tasks };
}

test('a sliced read gives the same grid, and other tasks run while it works', async () => {
  const model = tables(40);
  const whole = await tasksDuring(() => hostOver(model).host.readSheet('Sheet1'));
  const sliced = await tasksDuring(() => hostOver(model, 0).host.readSheet('Sheet1'));
  expect(sliced.result).toEqual(whole.result);
  // Without slices a read takes its three syncs' microtasks only: no timer gets a turn.
  expect(whole.tasks).toBe(0);
  // With slices of 0 ms the read pauses after every step: many timers ran.
  expect(sliced.tasks).toBeGreaterThan(10);
});

test('syncs of two batches run one after the other, in the order they were asked for', async () => {
  const model = tables(5);
  const { standIn } = hostOver(model, 0);
  const order: string[] = [];
  const reading = standIn.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:M200');
    range.load('values');
    const synced = context.sync();
    order.push('read asked');
    await synced;
    order.push('read done');
    return range.values[0][0] as unknown;
  });
  const writing = standIn.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['改过']];
    const synced = context.sync();
    order.push('write asked');
    await synced;
    order.push('write done');
  });
  const [first] = await Promise.all([reading, writing]);
  // The read was asked first: it answers with the value before the write, though it paused.
  expect(first).not.toBe('改过');
  expect(order).toEqual(['read asked', 'write asked', 'read done', 'write done']);
  expect(getSheet(model, 'Sheet1').cells.get(0)?.value).toBe('改过');
});

test('a failing sync does not stop the next one', async () => {
  const model = createWorkbook(['表']);
  setCell(getSheet(model, '表'), 'A1', { value: 1 });
  const { standIn } = hostOver(model, 0);
  const failing = standIn.run(async (context) => {
    context.workbook.worksheets.getItem('没有').getRange('A1').load('values');
    await context.sync();
  });
  const reading = standIn.run(async (context) => {
    const r = context.workbook.worksheets.getItem('表').getRange('A1');
    r.load('values');
    await context.sync();
    return r.values;
  });
  await expect(failing).rejects.toMatchObject({ code: 'ItemNotFound' });
  await expect(reading).resolves.toEqual([[1]]);
});

describe('what an object names is worked out once per state of the model', () => {
  /** Counts reads of the sheet's cells (one by one, or a row through the row index) while `work` runs. */
  async function cellReads(model: WorkbookModel, work: () => Promise<unknown>): Promise<number> {
    const sheet = getSheet(model, 'Sheet1');
    const cells = sheet.cells;
    const rows = sheetRows(sheet);
    const get = cells.get.bind(cells);
    const getRow = rows.get.bind(rows);
    let reads = 0;
    cells.get = (key: number) => (reads++, get(key));
    rows.get = (row: number) => (reads++, getRow(row));
    try {
      await work();
    } finally {
      cells.get = get;
      rows.get = getRow;
    }
    return reads;
  }

  test('isNullObject after the read does not trim the bands again', async () => {
    const model = tables(10);
    const { standIn } = hostOver(model);
    const bands = ['A1:M8', 'A9:M16', 'A17:M24', 'A25:M32'].join(',');
    let nullAfter: boolean | undefined;
    const withCheck = await cellReads(model, () =>
      standIn.run(async (context) => {
        const used = context.workbook.worksheets.getItem('Sheet1').getRanges(bands).getUsedRangeAreasOrNullObject(true);
        used.load('address');
        used.areas.load('items/values');
        await context.sync();
        nullAfter = used.isNullObject;
      }),
    );
    const readOnly = await cellReads(model, () =>
      standIn.run(async (context) => {
        const used = context.workbook.worksheets.getItem('Sheet1').getRanges(bands).getUsedRangeAreasOrNullObject(true);
        used.load('address');
        used.areas.load('items/values');
        await context.sync();
      }),
    );
    expect(nullAfter).toBe(false);
    expect(readOnly).toBeGreaterThan(0);
    expect(withCheck).toBe(readOnly);
  });

  test('a write in between is seen: the next sync works it out again', async () => {
    const model = createWorkbook(['Sheet1']);
    setCell(getSheet(model, 'Sheet1'), 'B2', { value: 1 });
    const { standIn } = hostOver(model);
    const seen = await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      const before = used.isNullObject ? null : used.address;
      sheet.getRange('B2').values = [['']];
      const again = sheet.getUsedRangeOrNullObject(true);
      again.load('address');
      await context.sync();
      return [before, again.isNullObject];
    });
    expect(seen).toEqual(['Sheet1!B2', true]);
  });
});
