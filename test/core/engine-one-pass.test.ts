/**
 * The engine's internals made leaner for speed give what they gave before: rows under one merged
 * 一级/二级 share one carried field with the same cell and text as each row's own reading; the
 * row scans kept by row number stay linear on a sheet whose tables stand far apart; memorised
 * answers (years in a text) are the answers worked out afresh.
 */
import { Grid, type CellValue, type Rect } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { checkSheet } from '../../src/core/engine';
import { yearsIn } from '../../src/core/engine/rules/content/project-year-mismatch';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';

const HEADER: CellValue[] = ['一级指标', '二级指标', '三级指标', '指标值'];

/** A table at `top` whose 一级 is merged down its rows and whose 二级 is merged over pairs of rows. */
function table(top: number, rows: number): { values: CellValue[][]; merges: Rect[] } {
  const values: CellValue[][] = [['项目名称', `项目${top}`], ['预算数', '10'], HEADER];
  const first = top + 3;
  for (let i = 0; i < rows; i++) {
    values.push([i === 0 ? '产出指标' : null, i % 2 === 0 ? '数量指标' : null, `指标${i}`, `≥${i + 1}次`]);
  }
  const merges: Rect[] = [{ top: first, bottom: first + rows - 1, left: 0, right: 0 }];
  for (let i = 0; i + 1 < rows; i += 2) merges.push({ top: first + i, bottom: first + i + 1, left: 1, right: 1 });
  return { values, merges };
}

test('rows under one merged 一级 share one carried field, equal to what each row reads', () => {
  const { values, merges } = table(0, 6);
  const [t] = locateTables(new Grid({ name: 'S', values, merges }));
  expect(t.indicators).toHaveLength(6);
  const [head, ...rest] = t.indicators;
  expect(head.level1).toEqual({ at: { row: 3, col: 0 }, text: '产出指标', value: '产出指标', inherited: false });
  for (const ind of rest) expect(ind.level1).toEqual({ at: { row: 3, col: 0 }, text: '产出指标', value: '产出指标', inherited: true });
  // The carried rows share one object (fields are never changed once read).
  expect(new Set(rest.map((r) => r.level1)).size).toBe(1);
  // Each pair of rows shares its 二级's anchor; the lower row of a pair is carried.
  t.indicators.forEach((ind, i) => {
    expect(ind.level2).toEqual({ at: { row: 3 + i - (i % 2), col: 1 }, text: '数量指标', value: '数量指标', inherited: i % 2 === 1 });
  });
});

test('a level carried over a blank cell (no merge) is the row above it, marked carried', () => {
  const values: CellValue[][] = [['项目名称', '项目'], ['预算数', '10'], HEADER, ['产出指标', '数量指标', '甲', '≥1次'], [null, null, '乙', '≥2次'], [null, null, '丙', '≥3次']];
  const [t] = locateTables(new Grid({ name: 'S', values }));
  const [a, b, c] = t.indicators;
  expect(a.level2.inherited).toBe(false);
  expect(b.level2).toEqual({ at: { row: 3, col: 1 }, text: '数量指标', value: '数量指标', inherited: true });
  expect(c.level2).toBe(b.level2);
});

test('tables far apart on a sheet: the work grows linearly with the rows between them', () => {
  /** `n` tables, each followed by 40 blank rows (rows the scan keeps no entry for). */
  const sheet = (n: number): Grid => {
    const values: CellValue[][] = [];
    const merges: Rect[] = [];
    for (let k = 0; k < n; k++) {
      const top = values.length;
      const t = table(top, 4);
      values.push(...t.values);
      merges.push(...t.merges);
      for (let i = 0; i < 40; i++) values.push([]);
    }
    return new Grid({ name: 'S', values, merges });
  };
  expect(locateTables(sheet(30))).toHaveLength(30);
  expect(growthRatio((n) => checkSheet(sheet(n)), 30, 2)).toBeLessThan(LINEAR_BOUND);
});

test('the years in a text, remembered per text, are the years found afresh and cannot be changed', () => {
  const text = '2024年检察业务经费项目-2025中央（2024）';
  const first = yearsIn(text);
  expect(first).toEqual(['2024', '2025']);
  expect(yearsIn(text)).toEqual(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(yearsIn('没有年份')).toEqual([]);
});
