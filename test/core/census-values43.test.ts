/**
 * The values43 census (issue #11): 174 published indicator target values from 17 public pages outside the
 * real corpus (11 provinces, a national plan; three pages name no place; 2007–2025): a plan's evaluation indicators with
 * a separate 单位 column (南宁 残疾人事业十二五), a hospital review standard, an environmental model-city
 * assessment (临沂 2007), a district's health plan (闵行 2015), two education plans (浙江 2020, a county's 2025),
 * the national 十三五 生态环境 indicators, 养老/健康/体育 targets in prose, two tables (澧县 2021, 鄂州 2021) and prose targets
 * (同心 2025, two 昌吉 2019 notices, a 海南 2016 report, 东丽 2020, 温泉 2019, 双滦 2021),
 * each judged by us before the engine ran (test/fixtures/census/values43.tsv), checked in values39's
 * minimal standard table through the real locator; a value whose page gives its unit in a column of its
 * own is placed in a table with a 计量单位 column. The values are the pages'; the tables are ours
 * (consistency, not accuracy). When a count moves, look at the value, not at the number.
 */
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { censusTable, readCensus, runCensus } from '../fixtures/census/census';
import { textGrid } from '../helpers/text-grid';

const values = readCensus(join(__dirname, '../fixtures/census/values43.tsv'));
const census = runCensus(values);
const outcome = (o: string) => census.results.filter((r) => r.outcome === o).map((r) => `${r.id} ${r.level2}|${r.level3}|${r.value}`);
const fixesOf = (id: string) => census.results.find((r) => r.id === id)?.findings.map((f) => [f.rule, f.severity, f.suggestion]);

test('the census covers what it says', () => {
  // 13 "provinces": 11 real ones, 中央 (the national plan) and 不详 (three pages that name no place).
  expect({ values: census.values, pages: census.pages, provinces: census.provinces }).toEqual({ values: 174, pages: 17, provinces: 13 });
});

test('false alarms: none', () => {
  expect(outcome('false-alarm')).toEqual([]);
});

test('misses: none', () => {
  expect(outcome('miss')).toEqual([]);
});

test('a condition joined after the rate stays in the fix (临沂 创模 2007: 100%,且市内无劣五类水体; the fix was ＝100%)', () => {
  expect(fixesOf('x085')).toEqual([['value/missing-sign', 'warning', '＝100%,且市内无劣五类水体']]);
});

test('a spacing is at most (闵行 卫生十二五 2015: 平均急救站点间距离 6公里; the fix was ≥6公里)', () => {
  expect(fixesOf('x123')).toEqual([['value/missing-sign', 'warning', '≤6公里']]);
});

test('with the unit in its own column the sign goes into the number cell (浙江 教育十三五: 幼儿在园人数 222 | 万人)', () => {
  expect(fixesOf('x150')).toEqual([['value/missing-sign', 'warning', '≥222']]);
});

test('a cubic metre is a unit (双滦 2021: 水泥路面 22.53m³ → ≥22.53立方米)', () => {
  expect(fixesOf('x095')).toEqual([['value/missing-sign', 'warning', '≥22.53立方米']]);
});

test('a value with its unit in a 计量单位 column is read with that unit (南宁: 城镇残疾人家庭恩格尔系数 ≤42 | %)', () => {
  const v = values.find((x) => x.id === 'x038');
  if (!v) throw new Error('x038 missing');
  const { lines, row } = censusTable(v);
  expect(lines.some((l) => l.endsWith('|指标值|计量单位'))).toBe(true);
  const ind = checkSheet(textGrid(lines)).tables[0].table.indicators.find((i) => i.value.at.row === row);
  expect(ind?.parsed).toMatchObject({ kind: 'quantitative', sign: '≤', number: 42, unit: '%' });
  expect(fixesOf('x038')).toEqual([]);
});
