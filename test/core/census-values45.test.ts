/**
 * The values45 census (issue #11): 145 target values (年度指标值 / 指标值 / 目标值 / 年初目标值 / 区域目标值 columns; never
 * 实际完成值) from the real corpus's TUNE files whose table is not a project table (自评表, 转移支付/区域/部门整体 目标表, a
 * 评价指标表): 23 files, 12 provinces, 2019–2025. Holdout files were never opened (the list was made by split() on the
 * unit's name). The engine names those tables' kind and checks nothing in them, so no rule had run on these values.
 * Each was judged by us, for a target table, before the engine ran (test/fixtures/census/values45.tsv, committed
 * first), and is checked in values39's minimal standard table through the real locator; a value whose sheet gives its
 * sign or unit in a column of its own keeps its unit in a 计量单位 column and its sign (in symbols) before the number.
 * The values are real; the tables are ours (consistency, not accuracy). When a count moves, look at the value.
 */
import { join } from 'path';
import { readCensus, runCensus } from '../fixtures/census/census';

const values = readCensus(join(__dirname, '../fixtures/census/values45.tsv'));
const census = runCensus(values);
const outcome = (o: string) => census.results.filter((r) => r.outcome === o).map((r) => `${r.id} ${r.level2}|${r.level3}|${r.value}`);
const fixesOf = (id: string) => census.results.find((r) => r.id === id)?.findings.map((f) => [f.rule, f.severity, f.suggestion]);

test('the census covers what it says', () => {
  expect({ values: census.values, pages: census.pages, provinces: census.provinces }).toEqual({ values: 145, pages: 23, provinces: 12 });
  expect(census.results.filter((r) => r.verdict === 'ok').length).toBe(53);
  expect(census.results.filter((r) => r.verdict === 'warn-ok').length).toBe(13);
  expect(census.results.filter((r) => r.verdict === 'defect').length).toBe(79);
});

test('false alarms: none (before values45: 修缮级别 | 市级保护单位, 18—54周岁)', () => {
  expect(outcome('false-alarm')).toEqual([]);
});

test('misses: none (before values45: 知识更新率 and three 已完成)', () => {
  expect(outcome('miss')).toEqual([]);
});

test('an age range is a condition, not ≥18周 (吕梁 护工培训 2021: 18—54周岁)', () => {
  expect(fixesOf('t135')).toEqual([]);
});

test('a range in a 时效 text is no target (吕梁 2021: 1-6期培训结束后及时考核; the fix was ≥1期)', () => {
  expect(fixesOf('t139')).toEqual([['value/qualitative-not-allowed', 'warning', undefined]]);
});

test('three targets bounded in words are not cut to the first (祁东 疾控 2024; the fix was ≥1000人次)', () => {
  expect(fixesOf('t104')).toEqual([['value/qualitative-not-allowed', 'warning', undefined]]);
});

test('a bare 1 on a pass rate gets no fix (罗湖 南湖街道 2022: 工程竣工验收合格率 1; the fix was ≥1%)', () => {
  expect(fixesOf('t088')).toEqual([
    ['value/missing-sign', 'warning', undefined],
    ['value/missing-unit', 'warning', undefined],
  ]);
});

test('a pass rate under 成本指标 is not capped (宁晋 助学金 2019: 资助标准达标率 100%; the fix was ≤100%)', () => {
  expect(fixesOf('t103')).toEqual([
    ['value/missing-sign', 'warning', undefined],
    ['value/unit-mismatch', 'warning', undefined],
  ]);
});

test('a loss to disaster is a ceiling (巴南 一品街道 2022: 森林受灾率 1 | %; the fix was ≥1)', () => {
  expect(fixesOf('t065')).toEqual([['value/missing-sign', 'warning', '≤1']]);
});
