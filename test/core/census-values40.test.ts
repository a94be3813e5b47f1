/**
 * The values40 census (issue #11): 70 published indicator target values from 16 public pages outside
 * the real corpus (10 provinces, a central ministry's 填写样例 and one page whose province it does not
 * say; 2017–2025), taken from the target column of 自评 tables (年度指标值, 年初目标值, 指标值) and of
 * target tables, each judged by us before the engine ran (test/fixtures/census/values40.tsv), checked
 * in values39's minimal standard table through the real locator. The values and their 二级/三级 are
 * the pages'; the table around them is ours (consistency, not accuracy). When a count moves, look at
 * the value, not at the number.
 */
import { join } from 'path';
import { readCensus, runCensus } from '../fixtures/census/census';

const census = runCensus(readCensus(join(__dirname, '../fixtures/census/values40.tsv')));
const outcome = (o: string) => census.results.filter((r) => r.outcome === o).map((r) => `${r.id} ${r.level2}|${r.level3}|${r.value}`);
const fixesOf = (id: string) => census.results.find((r) => r.id === id)?.findings.map((f) => [f.rule, f.severity, f.suggestion]);

test('the census covers what it says', () => {
  // 12 "provinces": 10 real ones, 中央 (国家林业局's 填写样例) and 不详 (a copy of a county site that names only the 镇).
  expect({ values: census.values, pages: census.pages, provinces: census.provinces }).toEqual({ values: 70, pages: 16, provinces: 12 });
});

test('false alarms: none', () => {
  expect(outcome('false-alarm')).toEqual([]);
});

test('misses: none (was 1: 2000 种次, a count unit the vocabulary lacked)', () => {
  expect(outcome('miss')).toEqual([]);
});

test('ten thousand grains is a count, not 万元 (原州区 2022: 免费发放原原种 550万粒; the fix was ≥550万元)', () => {
  expect(fixesOf('w009')).toEqual([['value/missing-sign', 'warning', '≥550万粒']]);
});

test('a count by species and report keeps its unit (国家林业局 填写样例: 2000 种次)', () => {
  expect(fixesOf('w045')).toEqual([['value/missing-sign', 'warning', '≥2000种次']]);
});
