/**
 * Work the locator does not do: counted, not timed. Each test pins one thing the locator used to
 * do per row or per table that the tables never needed, so that it does not come back unnoticed
 * (a slower benchmark nobody runs).
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';

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

