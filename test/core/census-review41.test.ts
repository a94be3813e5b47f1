/**
 * The review41 census (issue #11): what finance bureaus and their advisers publish as the mistakes
 * they send back. 59 examples from 7 public pages outside the real corpus (none names its province;
 * test/fixtures/census/review41.tsv), judged by us before the engine ran: the pages' own wrong and
 * right goals (a SMART training article, a consultancy's list), vague qualitative values, a
 * satisfaction in place of a benefit, a unit's money-block instructions, missing levels a 办法 asks
 * for, and a published library of indicator names with their units (correct examples; the numbers
 * in those are ours). Each sits in census.ts's minimal standard table, checked through the real
 * locator (consistency, not accuracy). When a count moves, look at the example, not at the number.
 */
import { join } from 'path';
import { readCensus, runCensus } from '../fixtures/census/census';

const census = runCensus(readCensus(join(__dirname, '../fixtures/census/review41.tsv')));
const outcome = (o: string) => census.results.filter((r) => r.outcome === o).map((r) => `${r.id} ${r.level2}|${r.level3}|${r.value}`);
const rulesOf = (id: string) => census.results.find((r) => r.id === id)?.findings.map((f) => [f.rule, f.severity, f.suggestion]);

test('the census covers what it says', () => {
  expect({ values: census.values, pages: census.pages, provinces: census.provinces, outside: census.outside }).toEqual({ values: 59, pages: 7, provinces: 1, outside: 3 });
});

test('false alarms: none (the library’s rates under 成本指标 are warned, which we judged fair)', () => {
  expect(outcome('false-alarm')).toEqual([]);
  expect(rulesOf('r027')).toEqual([['value/unit-mismatch', 'warning', undefined]]);
});

test('misses: one, a policy question (was 5 before vague-goal and satisfaction-under-benefit)', () => {
  // A 办法 asks for 数量、质量、成本和时效; SPEC checks a missing 成本 but not a missing 时效, and
  // not every bureau asks for one. Left to the lead.
  expect(outcome('miss')).toEqual(['r059 时效指标||']);
});

test('goals that only name a direction are noted (seridoat.com 错误示例; zczrbj.com 2025)', () => {
  for (const id of ['r001', 'r003', 'r012']) expect(rulesOf(id)).toEqual([['content/vague-goal', 'info', undefined]]);
  for (const id of ['r002', 'r004', 'r006', 'r008']) expect(rulesOf(id)).toEqual([]);
});

test('a satisfaction in place of a benefit is noted on its 三级 (m.shutu.cn: 将满意度指标代替效益指标)', () => {
  expect(rulesOf('r017')).toEqual([['structure/satisfaction-under-benefit', 'info', undefined]]);
});

test('a total that is not its only source is an error, with the source as the fix (1wenmi: 年度资金总额 与 财政拨款 一致)', () => {
  expect(rulesOf('r019')).toEqual([['budget/sum-mismatch', 'error', '10.0000']]);
});
