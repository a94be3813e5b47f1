/**
 * The locator remembers parsed values across sheets and runs (locate.ts, PARSED): the memory
 * stays bounded however many distinct values pass through it, the work stays linear, and what it
 * gives back is what a fresh parse gives.
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables, parsedKept, PARSED_LIMIT } from '../../src/core/engine/locate';
import { parseIndicatorValue, parseSplitValue } from '../../src/core/engine/value';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';

const HEADER: CellValue[] = ['一级指标', '二级指标', '三级指标', '指标值'];
const SPLIT_HEADER: CellValue[] = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'];

/** One grid of `n` indicator rows, each with a value no other row has. */
function distinctValues(n: number, offset = 0): Grid {
  const values: CellValue[][] = [['项目名称', '测试项目'], ['预算数', '10'], HEADER];
  for (let i = 0; i < n; i++) values.push(['产出指标', '数量指标', `指标${i}`, `≥${offset + i}次`]);
  return new Grid({ name: 'S', values });
}

test('parsed values kept across runs stay under the bound, however many distinct values pass', () => {
  locateTables(distinctValues(PARSED_LIMIT + 500));
  expect(parsedKept()).toBeGreaterThan(0);
  expect(parsedKept()).toBeLessThanOrEqual(PARSED_LIMIT);
  locateTables(distinctValues(3 * PARSED_LIMIT, 100_000));
  expect(parsedKept()).toBeLessThanOrEqual(PARSED_LIMIT);
});

test('a value parsed in an earlier run is the value a fresh parse gives, combined and split', () => {
  const first = locateTables(distinctValues(50))[0].indicators;
  const again = locateTables(distinctValues(50))[0].indicators;
  expect(again.map((r) => r.parsed)).toEqual(first.map((r) => r.parsed));
  for (const r of again) expect(r.parsed).toEqual(parseIndicatorValue(r.value.text));

  const split: CellValue[][] = [['项目名称', '拆分项目'], ['预算数', '10'], SPLIT_HEADER];
  for (let i = 0; i < 20; i++) split.push(['产出指标', '数量指标', `指标${i}`, '≥', String(i % 5), '次']);
  for (let run = 0; run < 2; run++) {
    const rows = locateTables(new Grid({ name: 'S', values: split }))[0].indicators;
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      expect(r.parsed).toEqual(parseSplitValue({ sign: '≥', value: r.value.text, unit: '次', nature: '' }));
      expect(Object.isFrozen(r.parsed)).toBe(true);
    }
  }
});

test('with the memory emptied when full, the work stays linear in the distinct values', () => {
  // Past the bound the memory is cleared, never searched: 10× the rows, about 10× the time.
  let offset = 0;
  const ratio = growthRatio((n) => {
    offset += 10 * n;
    locateTables(distinctValues(n, offset));
  }, 2_000);
  expect(ratio).toBeLessThan(LINEAR_BOUND);
});
