/**
 * A grid with no header row and no 项目名称 of its own: alone on the sheet, or under a title that
 * names the project. It is found when its rows read 一级 | 二级 | 三级 | 值 and the rows below it
 * confirm the 二级 column; a lone row of level names is not a table.
 */
import { rectToA1 } from '../../src/core/engine/grid';
import { textGrid } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';

const GRID = [
  '产出指标|数量指标|养护里程|≥50公里',
  '|质量指标|验收合格率|＝100%',
  '|时效指标|完成时间|2024年12月底前',
  '|成本指标|养护成本|≤100万元',
  '效益指标|社会效益指标|群众出行条件|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

const grid = textGrid;

test('under a title naming the project, with its budget and goals: one table, named by the title', () => {
  const lines = ['2024年农村道路养护项目绩效目标表|||', '预算数（万元）|100|财政资金|100', '年度目标|完成道路养护50公里||', ...GRID];
  const [t] = checkSheet(grid(lines)).tables;
  expect(rectToA1(t.table.range)).toBe('A1:D9');
  expect(t.table.titleProject).toBe('农村道路养护项目');
  expect(t.table.budget.total?.text).toBe('100');
  expect(t.table.indicators).toHaveLength(6);
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('alone on the sheet from A1: a table whose missing fields are said, on cells that exist', () => {
  const [t] = checkSheet(grid(GRID)).tables;
  expect(rectToA1(t.table.range)).toBe('A1:D6');
  expect(t.table.indicators).toHaveLength(6);
  // No money row of any kind: the budget is not checked, said in an info.
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error A1:D6 structure/missing-goals', 'error A1:D6 structure/missing-project-name', 'info A1:D6 budget/missing-total']);
});

test('one row of level names with nothing like it below is not a table', () => {
  expect(locateTables(grid(['产出指标|数量指标|养护里程|≥50公里', '备注|见附件||', '说明|无||']))).toEqual([]);
});

test('lists of level names side by side (a template’s dropdown sheet) are not a grid', () => {
  const lists = ['一级指标|产出指标|效益指标|满意度指标', '产出指标|数量指标|经济效益指标|服务对象满意度指标', '效益指标|质量指标|社会效益指标|', '满意度指标|时效指标|生态效益指标|', '|成本指标|可持续影响指标|'];
  expect(locateTables(grid(lists))).toEqual([]);
});

describe('no 一级 column either: 二级 name | 三级 | value under a 项目名称', () => {
  const TOP = ['项目名称|农村道路养护|', '预算数（万元）|100|', '年度目标|完成道路养护50公里|'];
  const NO_LEVEL1 = GRID.map((l) => l.split('|').slice(1).join('|'));

  test('one table; each row’s 一级 is its 二级’s', () => {
    const [t] = checkSheet(grid([...TOP, ...NO_LEVEL1])).tables;
    expect(t.table.header?.columns).toEqual({ level2: 0, level3: 1, value: 2 });
    expect(t.table.indicators.map((i) => i.level1.text)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(t.findings).toEqual([]);
  });

  test('its mistakes are found: words on a 数量 row', () => {
    const lines = [...TOP, ...NO_LEVEL1.map((l) => l.replace('≥50公里', '有所增加'))];
    expect(checkSheet(grid(lines)).tables[0].findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['warning C4 value/qualitative-not-allowed']);
  });

  test('without its own 项目名称, or with one 二级 row alone, it is no grid', () => {
    expect(locateTables(grid(NO_LEVEL1))).toEqual([]);
    const [t] = locateTables(grid([...TOP, NO_LEVEL1[0], '备注|见附件|', '说明|无|']));
    expect(t.indicators).toEqual([]);
  });
});
