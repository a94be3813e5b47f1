/**
 * A sheet repeats its texts (the same 一级 on every row, the same few values, signs and units), so
 * the questions the locator and the rules ask of every row's text are worked out once per distinct
 * text, not once per row: a page number (`第3页`), a total or note row (`合计`, `备注`), a note's
 * label, a filler (`-`, `/`), an evaluation framework's 一级 (`决策`). Counted here as the runs of
 * each question's pattern while one table of 90 rows is located and checked: a handful (one per
 * distinct text), not one or two per row as before. The answers are the same (the findings and
 * tables are compared with the rest of the suite and the snapshot).
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { checkSheet } from '../../src/core/engine';

const ROWS = 90;

/** Runs of RegExp.prototype.test by patterns whose source holds `marker`, while `fn` runs. */
function patternRuns(marker: string, fn: () => void): number {
  const original = RegExp.prototype.test;
  let runs = 0;
  const spy = jest.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
    if (this.source.includes(marker)) runs++;
    return original.call(this, s);
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return runs;
}

/** A project's form: 90 indicator rows over three values, then 30 template rows left unused. */
function form(tag: string): Grid {
  const values: CellValue[][] = [['项目名称', `测试项目${tag}`], ['预算数', '10'], ['一级指标', '二级指标', '三级指标', '指标值']];
  for (let i = 0; i < ROWS; i++) values.push(['产出指标', '数量指标', `指标${tag}${i}`, `≥${(i % 3) + 1}${tag}次`]);
  for (let i = 0; i < 30; i++) values.push(['产出指标', '数量指标', null, null]);
  return new Grid({ name: 'S', values });
}

/** The same with the sign, number and unit in columns of their own, the unit column a system's `-`. */
function splitForm(tag: string): Grid {
  const values: CellValue[][] = [['项目名称', `测试项目${tag}`], ['预算数', '10'], ['一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位']];
  for (let i = 0; i < ROWS; i++) values.push(['效益指标', '社会效益指标', `指标${tag}${i}`, '≥', `${(i % 3) + 1}`, '-']);
  return new Grid({ name: 'S', values });
}

test('a page number or continuation mark is looked for once per value text, not on every row twice', () => {
  let tables = 0;
  const runs = patternRuns('共\\s*\\d{1,4}\\s*页', () => (tables = locateTables(form('a')).length));
  expect(tables).toBe(1);
  expect(runs).toBeLessThanOrEqual(8);
});

test('a note label and a total or note row are looked for once per first-cell text', () => {
  const grid = form('b');
  expect(patternRuns('填报说明|填表说明', () => locateTables(grid))).toBeLessThanOrEqual(4);
  expect(patternRuns('总分|备注', () => locateTables(grid))).toBeLessThanOrEqual(4);
  // The unused rows are still found as such.
  expect(locateTables(grid)[0].unused).toHaveLength(30);
});

test('an evaluation framework 一级 (决策, 过程) is looked for once per 一级 text', () => {
  const grid = form('c');
  let kind: string | undefined;
  expect(patternRuns('决策|过程', () => (kind = locateTables(grid)[0].kind))).toBeLessThanOrEqual(4);
  expect(kind ?? 'project').toBe('project');
});

test('a filler in a split row\'s sign or unit column is looked for once per text', () => {
  const grid = splitForm('d');
  let findings = 0;
  expect(patternRuns('…_.~～', () => (findings = checkSheet(grid).tables[0].findings.filter((f) => f.rule === 'value/split-contradiction').length))).toBeLessThanOrEqual(6);
  expect(findings).toBe(0);
});
