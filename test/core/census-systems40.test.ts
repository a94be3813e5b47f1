/**
 * The systems40 census (issue #11): probes laid out as budget systems' own forms and exports, from the
 * captions, column orders and lists found in those systems' source code (test/fixtures/census/systems40.tsv;
 * the probes and our judgement of each are test/fixtures/census/systems40.ts). The captions are the
 * systems'; the projects, amounts and values are ours: consistency, not accuracy.
 */
import { PROBES, runProbe } from '../fixtures/census/systems40';

const tallies = PROBES.map(runProbe);
const sum = (k: 'fieldsRead' | 'fieldsWanted' | 'valuesRead' | 'valuesWanted') => tallies.reduce((a, t) => a + t[k], 0);

describe('the systems40 census', () => {
  it('reads every head field and value we judged readable (values 48 of 55 before this round)', () => {
    expect(sum('fieldsWanted')).toBe(44);
    expect(sum('fieldsRead')).toBe(44);
    expect(sum('valuesWanted')).toBe(55);
    expect(sum('valuesRead')).toBe(55);
  });

  it('raises no false alarm', () => {
    expect(tallies.flatMap((t) => t.falseAlarms.map((f) => `${t.id}: ${f}`))).toEqual([]);
  });

  it('misses only 不适用 on a 生态效益 row (the engine notes it as "not applicable" on purpose: a policy question)', () => {
    // 暂不确定 was missed too before this round.
    expect(tallies.flatMap((t) => t.misses.map((m) => `${t.id}: ${m}`))).toEqual(['S11 * captions, 定性 grades, 暂不确定 / 不适用: 绿化覆盖面积 (warning)']);
  });

  it('gives the table kind we judged for 15 of 17 probes', () => {
    // S7: the indicator library's list (no values, no head) is checked as a project table: a policy
    // question. S8: a 绩效评价表 is taken as self-eval where we judged scoring; neither is checked as a project.
    expect(tallies.filter((t) => !t.tableRight).map((t) => t.id.split(' ')[0])).toEqual(['S7', 'S8']);
  });
});
