/**
 * The goals row under the words other templates use for it (中期目标, 年度目标任务, 实施内容及目标),
 * and the project name under 项目（政策）名称.
 * Before, such a table got a false "no 绩效目标" error. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|养护里程|≥50公里',
  '|成本指标|养护成本|≤100万元',
  '效益指标|社会效益指标|出行条件|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

test.each(['年度目标任务', '目标任务', '实施内容及目标', '项目实施内容及绩效目标'])('%s is the goals row', (label) => {
  const [t] = checkSheet(textGrid(['项目名称|乡村道路养护||', '预算数（万元）|100|财政资金|100', `${label}|完成道路养护50公里||`, ...GRID])).tables;
  expect(t.table.goals?.text).toBe('完成道路养护50公里');
  expect(t.findings).toEqual([]);
});

test('中期目标 beside 年度目标: the annual one is the table’s goals', () => {
  const [t] = checkSheet(textGrid(['项目名称|乡村道路养护||', '预算数（万元）|100|财政资金|100', '中期目标|三年养护150公里||', '年度目标|完成道路养护50公里||', ...GRID])).tables;
  expect(t.table.goals?.text).toBe('完成道路养护50公里');
  expect(t.findings).toEqual([]);
});

test.each(['项目（政策）名称', '政策（项目）名称', '具体项目名称'])('%s names the project', (label) => {
  const [t] = checkSheet(textGrid([`${label}|乡村道路养护||`, '预算数（万元）|100|财政资金|100', '年度目标|完成道路养护50公里||', ...GRID])).tables;
  expect(t.table.projectName?.text).toBe('乡村道路养护');
  expect(t.findings).toEqual([]);
});

describe('the goals merged down a column left of the grid, under their label in the header row', () => {
  const rows = (goal: string) => [
    '项目名称|乡村道路养护||||',
    '预算数（万元）|100|财政资金|100||',
    '年度绩效目标|一级指标|二级指标|三级指标|指标值',
    `${goal}|产出指标|数量指标|养护里程|≥50公里`,
    '|产出指标|成本指标|养护成本|≤100万元',
    '|效益指标|社会效益指标|出行条件|有效改善',
    '|满意度指标|服务对象满意度指标|群众满意度|≥90%',
  ];
  test('read as the goals (before: a false “no 绩效目标” error)', () => {
    const [t] = checkSheet(textGrid(rows('完成道路养护50公里，改善群众出行条件'), ['A4:A7'])).tables;
    expect(t.table.goals?.text).toBe('完成道路养护50公里，改善群众出行条件');
    expect(t.findings).toEqual([]);
  });
  test('a placeholder there is found at its cell', () => {
    const [t] = checkSheet(textGrid(rows('1.目标内容1'), ['A4:A7'])).tables;
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error A4 content/placeholder-goal']);
  });
});
