/**
 * A read that gives the page turns (ReadOptions.yieldToPage, the browser preview's) reads exactly
 * what a read that runs through reads, in the same syncs, also when the page changes nothing but
 * runs other work (another batch's sync) during a turn.
 */
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn, createWorkbook, getSheet } from '../../../src/standin';
import { writeTables } from './fixtures';

test('the same grid and syncs with and without turns for the page', async () => {
  const model = createWorkbook(['Sheet1']);
  writeTables(getSheet(model, 'Sheet1'), 120);
  const plain = createStandIn(model, { platform: 'OfficeOnline' });
  const expected = await new ExcelHost({ run: plain.run, isSetSupported: plain.isSetSupported }).readSheet('Sheet1');

  const paced = createStandIn(model, { platform: 'OfficeOnline', sliceMs: 1 });
  let turns = 0;
  // Each turn runs another batch's read in the meantime, as a page answering input might.
  const yieldToPage = async () => {
    turns++;
    await paced.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      await context.sync();
    });
  };
  const before = paced.stats.syncCount;
  const grid = await new ExcelHost({ run: paced.run, isSetSupported: paced.isSetSupported, yieldToPage }).readSheet('Sheet1');
  expect(grid).toEqual(expected);
  expect(paced.stats.syncCount - before - turns).toBe(plain.stats.syncCount);
});
