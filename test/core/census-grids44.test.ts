/**
 * The grids44 census (issue #11): whole indicator grids as published — 25 rows of 3 public pages outside the real
 * corpus and the other censuses (大英经开区 2020 决算, 大英县民政局 2020 决算, 湖北省残联 2017 自评报告's 表1), every
 * cell judged by us before the engine ran (test/fixtures/census/grids44.tsv), each page's grid checked in one
 * standard project table of ours through the real locator; every finding on a grid cell counts. The rows are the
 * pages'; the tables around them are ours (consistency, not accuracy). When a count moves, look at the cell.
 */
import { readGrids, runGrids } from '../fixtures/census/census';

const census = runGrids(readGrids());
const outcome = (o: string) => census.cells.filter((c) => c.outcome === o).map((c) => `${c.row.pageId}#${c.row.row} ${c.cell} ${c.row.cells[c.cell]}`);
const rulesAt = (pageId: string, row: number, cell: string) =>
  census.cells.find((c) => c.row.pageId === pageId && c.row.row === row && c.cell === cell)?.findings.map((f) => [f.rule, f.severity, f.suggestion ?? null]);

test('the census covers what it says', () => {
  expect({ pages: census.pages, rows: census.rows, judged: census.judged }).toEqual({ pages: 3, rows: 25, judged: 72 });
  // Each page's grid is read as one project table.
  expect(census.tables.map((t) => `${t.pageId} ${t.tables} ${t.kind}`)).toEqual(['g01 1 project', 'g02 1 project', 'g03 1 project']);
});

test('false alarms: none', () => {
  expect(outcome('false-alarm')).toEqual([]);
});

test('misses: none (before grids44: the five 三级 that are their own target, 2020年全年。 15万元。 辖区企业满意率达95%以上。 2020年 100万)', () => {
  expect(outcome('miss')).toEqual([]);
});

test('a 三级 that is only a target is named on the 三级, its value on the value (大英经开区 2020: 成本指标 | 15万元。 | 15万元。)', () => {
  expect(rulesAt('g01', 3, 'l3')).toEqual([
    ['content/name-states-value', 'warning', null],
    ['content/trailing-punctuation', 'info', '15万元'],
  ]);
  expect(rulesAt('g01', 3, 'value')?.[0]).toEqual(['value/missing-sign', 'warning', '≤15万元']);
});

test('a 三级 word for word its value with a figure in it (大英经开区 2020: 辖区企业满意率达95%以上。 twice)', () => {
  expect(rulesAt('g01', 6, 'l3')?.[0]).toEqual(['content/name-states-value', 'warning', null]);
  expect(rulesAt('g01', 6, 'value')?.[0]).toEqual(['value/qualitative-not-allowed', 'warning', '≥95%']);
});

test('项目完成指标 and 满意度指标 as clerks spell the levels raise nothing (大英 2020)', () => {
  for (const [p, r] of [['g01', 1], ['g01', 6], ['g02', 3]] as const) {
    expect(rulesAt(p, r, 'l1')).toEqual([]);
    expect(rulesAt(p, r, 'l2')).toEqual([]);
  }
});
