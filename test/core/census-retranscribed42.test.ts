/**
 * The re-transcriptions (test/fixtures/retranscribed, issue #11): ten tune tables of the real corpus
 * transcribed a second time by another hand from the same stored page text, with other habits
 * (levels repeated on every row or written once unmerged, numbers as numbers, money on several rows,
 * a 4-column layout, cut rows left out …), their labels carried over by meaning. Each is scored as
 * `npm run eval:real` scores a file (scripts/retranscribed.ts), beside its first transcription: real
 * tables, transcribed by us twice. A habit the engine does not tolerate shows as a difference here.
 */
import { scoreRetranscribed, type Pair } from '../../scripts/retranscribed';

let pairs: Pair[] = [];
beforeAll(async () => {
  pairs = await scoreRetranscribed();
});

const line = (p: Pair, s: 'original' | 'again'): string => `${p.id}: located ${p[s].located}/${p[s].projectTables}, found ${p[s].found}/${p[s].defects}, false alarms ${p[s].falseAlarms}`;

describe('the re-transcriptions of retrans42', () => {
  test('ten files, every table located, every labelled defect found, no false alarm (before: one false sum-mismatch)', () => {
    expect(pairs).toHaveLength(10);
    const sum = (k: 'located' | 'projectTables' | 'defects' | 'found' | 'falseAlarms') => pairs.reduce((a, p) => a + p.again[k], 0);
    expect([sum('located'), sum('projectTables'), sum('found'), sum('defects'), sum('falseAlarms')]).toEqual([10, 10, 25, 25, 0]);
    expect(pairs.flatMap((p) => p.again.alarms.map((a) => `${p.id} ${a.finding.cell} ${a.finding.rule}`))).toEqual([]);
    expect(pairs.flatMap((p) => p.again.misses.map((m) => `${p.id} ${m.label.cell}`))).toEqual([]);
  });

  test('each scores as its first transcription does', () => {
    expect(pairs.map((p) => line(p, 'again'))).toEqual(pairs.map((p) => line(p, 'original')));
  });
});
