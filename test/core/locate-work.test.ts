/**
 * Work the locator does not do: counted, not timed. Each test pins one thing the locator used to
 * do per row or per table that the tables never needed, so that it does not come back unnoticed
 * (a slower benchmark nobody runs).
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { countVisits } from '../../bench/visits';

/** One table of `n` indicator rows, every row written in the same columns. */
function oneLayout(n: number): Grid {
  const values: CellValue[][] = [['项目名称', '测试项目'], ['预算数', '10'], ['一级指标', '二级指标', '三级指标', '指标值']];
  for (let i = 0; i < n; i++) values.push(['产出指标', '数量指标', `指标${i}`, `≥${i}次`]);
  return new Grid({ name: 'S', values });
}

/** Calls of Array.prototype.slice while `run` runs. */
function slices(run: () => void): number {
  const proto = Array.prototype as unknown as { slice: (...a: unknown[]) => unknown[] };
  const original = proto.slice;
  let calls = 0;
  proto.slice = function (this: unknown[], ...a: unknown[]) {
    calls++;
    return original.apply(this, a);
  };
  try {
    run();
  } finally {
    proto.slice = original;
  }
  return calls;
}

test("rows written in the same columns share one list of them: no copy per row of the sheet's scan", () => {
  const grid = oneLayout(2000);
  let rows = 0;
  const calls = slices(() => {
    rows = locateTables(grid)[0].indicators.length;
  });
  expect(rows).toBe(2000);
  // Before: one copy per row scanned (2,003). Now one per distinct layout and per labelled row.
  expect(calls).toBeLessThan(50);
});

test('a wide header cell over a written column is not read down the grid to count what it holds', () => {
  // `绩效指标描述` over D:E and `指标值` over F:G, written in D and F (their first columns): each
  // role stays where it is, seen from the first written cell, not from a count of every row.
  const values: CellValue[][] = [
    ['项目名称', '测试项目', null, null, null, null, null],
    ['预算数', '10', null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', null, '指标值', null],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 6 },
  ];
  for (let i = 0; i < 60; i++) {
    const r = values.length;
    values.push(['产出指标', '数量指标', `指标${i}`, `描述${i}`, null, `≥${i}次`, null]);
    merges.push({ top: r, left: 3, bottom: r, right: 4 }, { top: r, left: 5, bottom: r, right: 6 });
  }
  const grid = new Grid({ name: 'S', values, merges });
  let table: ReturnType<typeof locateTables>[number] | undefined;
  const visits = countVisits(() => {
    table = locateTables(grid)[0];
  }, true);
  expect(table?.indicators).toHaveLength(60);
  expect(table?.header?.columns).toMatchObject({ description: 3, value: 5 });
  // What the split value's columns hold is still counted (is 指标值's first column a sign column,
  // the one right of it a unit column?): two visits a row in each of those two columns, 240 here.
  // Before, the two wide cells' columns were counted whole once more to see they were written:
  // 480.
  const counted = [...visits.byCaller].filter(([caller]) => caller.startsWith('columnHolds ')).reduce((n, [, v]) => n + v, 0);
  expect(counted).toBeLessThanOrEqual(2 * 2 * 60);
  const looked = [...visits.byCaller].filter(([caller]) => caller.startsWith('columnFilled ')).reduce((n, [, v]) => n + v, 0);
  expect(looked).toBeLessThanOrEqual(2);
});
