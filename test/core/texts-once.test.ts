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

/**
 * Runs of every regular expression whose source holds `marker` (is `marker`, with exact), while `fn`
 * runs: RegExp.prototype.exec replaced, so that test, split and replace (which call exec once it is
 * not the built-in) count too.
 */
function execRuns(marker: string, fn: () => void, exact = false): number {
  const original = RegExp.prototype.exec;
  let runs = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string): RegExpExecArray | null {
    if (exact ? this.source === marker : this.source.includes(marker)) runs++;
    return original.call(this, s);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return runs;
}

/** A form whose goals run over several lines and whose 90 rows repeat three 三级 names and one qualitative value. */
function repeatingForm(tag: string): Grid {
  const goals = [1, 2, 3, 4, 5, 6].map((i) => `${i}.完成${tag}项目第${i}项建设任务，保障群众出行安全`).join('\n');
  const values: CellValue[][] = [['项目名称', `测试项目${tag}`], ['预算数', '10'], ['年度绩效目标', goals], ['一级指标', '二级指标', '三级指标', '指标值']];
  for (let i = 0; i < ROWS; i++) values.push(['效益指标', '社会效益指标', `群众出行条件${tag}${i % 3}`, `有效改善${tag}`]);
  return new Grid({ name: 'S', values });
}

test('a goals text is split into lines and tried against the placeholder patterns once, not on every check', () => {
  const grid = repeatingForm('e');
  let goals: string | undefined;
  const first = execRuns('\\r?\\n', () => (goals = checkSheet(grid).tables[0].table.goals?.text));
  expect(goals).toContain('保障群众出行安全');
  expect(first).toBeGreaterThan(0);
  // The same goals text checked again (the next copy of a form, the next check): remembered.
  expect(execRuns('\\r?\\n', () => checkSheet(grid))).toBe(0);
  expect(execRuns('目标(?:内容)?', () => checkSheet(grid))).toBe(0);
});

test('a 三级 name is tried against the placeholder patterns once per text', () => {
  const grid = repeatingForm('f');
  let tables = 0;
  // 三级 names: three texts over 90 rows (and the goals' six lines, the title, the project name).
  expect(execRuns('请输入|请填写', () => (tables = checkSheet(grid).tables.length))).toBeLessThanOrEqual(16);
  expect(tables).toBe(1);
});

test('a qualitative value is looked at as a list of grades once per text', () => {
  const grid = repeatingForm('g');
  let tables = 0;
  expect(execRuns('、,，;；', () => (tables = checkSheet(grid).tables.length))).toBeLessThanOrEqual(8);
  expect(tables).toBe(1);
});

test('a split row\'s unit cell is asked whether it says "no unit" once per text', () => {
  const values: CellValue[][] = [['项目名称', '测试项目h'], ['预算数', '10'], ['一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位']];
  for (let i = 0; i < ROWS; i++) values.push(['产出指标', '数量指标', `指标h${i}`, '≥', `${(i % 3) + 1}`, '次']);
  const grid = new Grid({ name: 'S', values });
  let tables = 0;
  // `/\s+/` as isNoUnit (and a few other questions of a value's text, each once per text) uses it.
  expect(execRuns('\\s+', () => (tables = checkSheet(grid).tables.length), true)).toBeLessThanOrEqual(10);
  expect(tables).toBe(1);
});
