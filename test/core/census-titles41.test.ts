/**
 * The titles census titles41 (test/fixtures/census/titles41.tsv): 21 titles judged before the run — 12
 * indicator libraries (two from stored pages: clix4bitcoin.com's 表1 通用共性指標庫示例, lsrwf.cn's copy of
 * 财预〔2021〕101号 附件2, and that title in simplified characters; four from budget systems' public code;
 * five from the brief's list), three evaluation or review indicator systems, five titles in traditional
 * characters and two ambiguous 补助资金 titles — each put by the harness (test/fixtures/census/titles.ts)
 * over a neutral project form of ours, as a sheet's name, and over its kind's own body. The titles are
 * real where a page or code is named; the forms are ours: consistency, not accuracy.
 */
import { outcomeOf, probeTitle, readTitles, TITLES41_TSV } from '../fixtures/census/titles';

const rows = readTitles(TITLES41_TSV);
const outcomes = rows.map((r) => {
  const places = probeTitle(r);
  return { row: r, places, outcome: outcomeOf(places) };
});
const count = (kind: (k: string) => boolean, outcome: string, of: 'before' | 'outcome' = 'outcome') => rows.filter((r, i) => kind(r.kind) && (of === 'before' ? r.before : outcomes[i].outcome) === outcome).length;
const library = (k: string) => k === 'library';
const other = (k: string) => k !== 'library';

describe('the census of titles41.tsv', () => {
  it('every library is named a library and gets that info only (12 of 12; none before)', () => {
    expect(rows).toHaveLength(21);
    expect([count(library, 'read'), rows.filter((r) => r.kind === 'library').length]).toEqual([12, 12]);
    expect(count(library, 'read', 'before')).toBe(0);
  });

  it('the other titles: 9 read of 9 (5 before: three traditional titles of other kinds and a review’s indicator system were not)', () => {
    expect([count(other, 'read'), rows.filter((r) => r.kind !== 'library').length]).toEqual([9, 9]);
    expect(count(other, 'read', 'before')).toBe(5);
  });

  it('the file is up to date with the engine (re-run the harness with --file titles41.tsv --write)', () => {
    expect(outcomes.filter((o) => o.row.outcome !== o.outcome).map((o) => `${o.row.id}: ${JSON.stringify(o.places)}`)).toEqual([]);
  });
});
