/**
 * The forms44 census (issue #11): official blank forms of finance bureaus and budget systems
 * (test/fixtures/census/forms44.tsv), each filled with one project of ours and a few known defects,
 * written to .xlsx, read back by the file host and checked by the engine (the forms and our judgement
 * of each: test/fixtures/census/forms44.ts). The layouts and labels are the forms'; the content is
 * ours: consistency, not accuracy.
 */
import { runForms, type FormTally } from '../fixtures/census/forms44';

let tallies: FormTally[] = [];
beforeAll(async () => {
  tallies = await runForms();
});
const sum = (k: 'fieldsRead' | 'fieldsWanted' | 'valuesRead' | 'valuesWanted') => tallies.reduce((a, t) => a + t[k], 0);

describe('the forms44 census', () => {
  it('locates every form as one project table (f04, a 中期 block over a 年度 block, was two tables before this round)', () => {
    expect(tallies.filter((t) => !t.located || !t.tableRight).map((t) => t.id.split(' ')[0])).toEqual([]);
  });

  it('reads every head field (36 of 39 before this round: f04\'s year money, f05\'s 非财政拨款数)', () => {
    expect(sum('fieldsWanted')).toBe(39);
    expect(sum('fieldsRead')).toBe(39);
  });

  it('reads every value; the one difference is the unit\'s `·` written `/` (`元/公里·年` read as 元/公里/年)', () => {
    expect(sum('valuesWanted')).toBe(55);
    expect(tallies.flatMap((t) => t.notes)).toEqual(['日常养护补助标准: read ≤2600元/公里/年 (want ≤2600元/公里·年)']);
  });

  it('finds every defect written in and raises no false alarm (f04\'s missing 项目名称 error before this round)', () => {
    expect(tallies.flatMap((t) => t.misses.map((m) => `${t.id}: ${m}`))).toEqual([]);
    expect(tallies.flatMap((t) => t.falseAlarms.map((f) => `${t.id}: ${f}`))).toEqual([]);
  });
});
