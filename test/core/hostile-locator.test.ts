/**
 * The locator attacked through the grid, sixth round (issue 11/14): sheets shaped against what it
 * does after reading the rows — headers printed again over page breaks, column groups, lists of
 * projects, lone `绩效指标 | 指标值` headers. Each case either stopped the check (a stack overflow)
 * or did work growing with the square of the sheet before its fix. No clock: the work of the
 * Array built-ins is counted at 10× sizes (test/helpers/array-work.ts), and the answers checked.
 */
import { arrayWorkRatio, LINEAR_WORK } from '../helpers/array-work';
import { checkSheet } from '../../src/core/engine';
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';

const HEAD = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'];
const GROUPS = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];
const LIST = ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'];

const grid = (values: CellValue[][]) => new Grid({ name: 'S', values });

describe('a sheet of 150,000 rows read into one table or list does not stop the check', () => {
  // Each pushed its rows with push(...rows): past about 120,000 arguments the stack overflows
  // ("Maximum call stack size exceeded"), and the file was reported as an internal error.
  const N = 150_000;
  test('a header printed again, then 150,000 indicator rows (rows joined to the table above)', () => {
    const tables = locateTables(grid([['项目名称', 'x'], HEAD, ['产出指标', '数量指标', 'a', 'a', '≥1台'], [], [...HEAD], ...Array.from({ length: N }, (_, i) => [null, null, `a${i}`, null, '≥1台'])]));
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators).toHaveLength(N + 1);
    expect(tables[0].indicators[N].level3.text).toBe(`a${N - 1}`);
  }, 120_000);

  test('中长期 and 年度 groups side by side over 150,000 rows (the long-term rows added)', () => {
    const tables = locateTables(grid([['项目名称', 'x'], GROUPS, [null, '中长期目标', null, null, '年度目标'], ...Array.from({ length: N }, (_, i) => [null, null, `a${i}`, '≥1台', null, `b${i}`, '≥2台'])]));
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators).toHaveLength(2 * N);
    expect(tables[0].indicators.filter((i) => i.period === 'longTerm')).toHaveLength(N);
  }, 120_000);

  test('a list of 150,000 projects (one table each)', () => {
    const tables = locateTables(grid([LIST, ...Array.from({ length: N }, (_, i) => [`项目${i}`, '产出指标', '数量指标', 'a', '≥1台'])]));
    expect(tables).toHaveLength(N);
    expect(tables[N - 1].projectName?.text).toBe(`项目${N - 1}`);
  }, 120_000);

  test('a list whose header is printed again, then 150,000 rows of its last project', () => {
    const tables = locateTables(grid([LIST, ['p', '产出指标', '数量指标', 'a', '≥1台'], [], [...LIST], ...Array.from({ length: N }, (_, i) => [null, null, null, `a${i}`, '≥1台'])]));
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators).toHaveLength(N + 1);
  }, 120_000);
});

describe('work grows with the sheet, not with its square', () => {
  test('a header printed again after every unused template row (the unused rows were copied per page)', () => {
    const sheet = (n: number) => grid([['项目名称', 'x'], ...Array.from({ length: n }, (_, i) => (i % 2 ? ['产出指标', '数量指标', null, null, null] : [...HEAD]))]);
    // The answer: one table, every second row an unused template row.
    const t = locateTables(sheet(400));
    expect(t).toHaveLength(1);
    expect(t[0].unused).toHaveLength(200);
    expect(arrayWorkRatio(sheet, locateTables, 1_000)).toBeLessThan(LINEAR_WORK);
  }, 120_000);

  test('中长期/年度 groups with their header printed every fourth row (the long-term rows were filtered per page)', () => {
    const sheet = (n: number) =>
      grid([['项目名称', 'x'], ...Array.from({ length: n }, (_, i) => (i % 4 === 0 ? [...GROUPS] : i % 4 === 1 ? [null, '中长期目标', null, null, '年度目标'] : ['产出指标', '数量指标', `a${i}`, '≥1台', '数量指标', `b${i}`, '≥2台']))]);
    const t = locateTables(sheet(400));
    expect(t).toHaveLength(1);
    expect(t[0].indicators).toHaveLength(400);
    expect(t[0].indicators.filter((i) => i.period === 'longTerm')).toHaveLength(200);
    expect(arrayWorkRatio(sheet, locateTables, 1_000)).toBeLessThan(LINEAR_WORK);
  }, 120_000);

  test('`绩效指标 | 指标值` right above every header (each was taken out of the list with a splice)', () => {
    const sheet = (n: number) => grid(Array.from({ length: n }, (_, i) => (i % 3 === 0 ? ['项目名称', 'x'] : i % 3 === 1 ? ['绩效指标', '指标值'] : [...HEAD])));
    // The lone header is the full header's group row: a form printed again and again is one table.
    expect(locateTables(sheet(300))).toHaveLength(1);
    expect(arrayWorkRatio(sheet, locateTables, 1_500)).toBeLessThan(LINEAR_WORK);
  }, 120_000);

  test('a header row of 三级指标 then thousands of field labels (each column searched the row’s labels)', () => {
    const sheet = (n: number) => grid([['一级指标', '二级指标', '三级指标', ...Array.from({ length: n }, () => '项目名称')], ['产出指标', '数量指标', 'a', ...Array.from({ length: n }, () => 'x')]]);
    expect(locateTables(sheet(50))).toHaveLength(1);
    expect(arrayWorkRatio(sheet, locateTables, 300)).toBeLessThan(LINEAR_WORK);
  });

  test('a sub-header row of thousands of 指标性质 | 度量单位 | 指标值 | 分值 (the ambiguous columns filtered per label)', () => {
    const sheet = (n: number) =>
      grid([
        ['一级指标', '二级指标', '三级指标', '指标值', ...Array.from({ length: n }, () => '指标值')],
        ['指标性质', '度量单位', ...Array.from({ length: n }, (_, c) => ['指标性质', '度量单位', '指标值', '分值'][c % 4])],
        ['产出指标', '数量指标', 'a', '≥', '1', '台'],
      ]);
    expect(locateTables(sheet(8))).toHaveLength(1);
    expect(arrayWorkRatio(sheet, locateTables, 300)).toBeLessThan(LINEAR_WORK);
  });

  test('a sub-header still gives its columns the same roles (sign or direction read from the data)', () => {
    const t = locateTables(
      grid([
        ['一级指标', '二级指标', '三级指标', '指标值', null, null],
        [null, null, null, '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '设备数量', '≥', '1', '台'],
        [null, '质量指标', '合格率', '＝', '100', '%'],
      ]),
    );
    expect(t).toHaveLength(1);
    expect(t[0].header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, sign: 3, value: 4, unit: 5 });
    expect(t[0].indicators.map((i) => i.value.text)).toEqual(['1', '100']);
  });

  test('the lone header is still dropped only right above a header kept (a chain of two keeps the upper one)', () => {
    // Rows: 项目名称, lone, lone, full header. The lower lone header goes; the upper one is then
    // two rows above the full header and stays, as before the one-pass rewrite.
    const t = checkSheet({
      name: 'S',
      values: [['项目名称', 'x'], ['绩效指标', '指标值'], ['绩效指标', '指标值'], [...HEAD], ['产出指标', '数量指标', 'a', 'a', '≥1台']],
    });
    const whole = (rule: string) => t.tables.map((x) => x.findings.find((f) => f.rule === rule)?.cell);
    expect(whole('structure/missing-goals')).toEqual(['A1:B3', 'A4:E5']);
    // With one lone header, it is dropped: one table from 项目名称 down.
    const one = checkSheet({ name: 'S', values: [['项目名称', 'x'], ['绩效指标', '指标值'], [...HEAD], ['产出指标', '数量指标', 'a', 'a', '≥1台']] });
    expect(one.tables.map((x) => x.findings.find((f) => f.rule === 'structure/missing-goals')?.cell)).toEqual(['A1:E4']);
  });
});

describe('bands of columns side by side, their rows thousands of cells wide (this release’s band joins)', () => {
  // A band of labels joining the band on its right looked, for each of its cells, through the row's
  // labels and all its cells; a header's join across a blank column looked through all the row's
  // cells for each pair of labels: work growing with the square of the row's width.
  const rows = (n: number): CellValue[][] => [
    [...Array.from({ length: n }, () => '预算数'), null, '一级指标', '二级指标', '三级指标', '指标值'],
    [...Array.from({ length: n }, () => '年度绩效目标'), null, '产出指标', '数量指标', 'a', '≥1台'],
  ];
  const labels = (n: number) => grid(rows(n));
  const headers = (n: number) => grid([...rows(n), [...Array.from({ length: n }, () => '三级指标'), null, '一级指标', '二级指标', '三级指标', '指标值']]);
  test('a band of thousands of labels beside a grid: linear work', () => {
    expect(locateTables(labels(20)).length).toBeGreaterThan(0);
    expect(arrayWorkRatio(labels, locateTables, 300)).toBeLessThan(LINEAR_WORK);
  });
  test('a header row of thousands of repeated header cells beside a grid: linear work', () => {
    expect(locateTables(headers(20)).length).toBeGreaterThan(0);
    expect(arrayWorkRatio(headers, locateTables, 300)).toBeLessThan(LINEAR_WORK);
  });
});
