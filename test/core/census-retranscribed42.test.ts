/**
 * The re-transcriptions (test/fixtures/retranscribed, issue #11): ten tune tables of the real corpus
 * transcribed a second time by another hand from the same stored page text, with other habits
 * (levels repeated on every row or written once unmerged, numbers as numbers, money on several rows,
 * a 4-column layout, cut rows left out …), their labels carried over by meaning. Each is scored as
 * `npm run eval:real` scores a file (scripts/retranscribed.ts), beside its first transcription: real
 * tables, transcribed by us twice. A habit the engine does not tolerate shows as a difference here.
 */
import { scoreHabits, scoreRetranscribed, type HabitScore, type Pair } from '../../scripts/retranscribed';

let pairs: Pair[] = [];
let habits: HabitScore[] = [];
beforeAll(async () => {
  pairs = await scoreRetranscribed();
  habits = await scoreHabits();
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

  test('each reads as its first transcription does (indicators, budget), but where this hand left a cut row out', () => {
    // 南县疾控 2025: the page's text stops inside the third indicator row; the second hand left it out.
    expect(pairs.filter((p) => p.again.reading.join() !== p.original.reading.join()).map((p) => `${p.id}: ${p.original.reading.join()} -> ${p.again.reading.join()}`)).toEqual([
      'hn-nanxian-jkzx-2025: 3 indicators, budget 70/-/- -> 2 indicators, budget 70/-/-',
    ]);
  });

  // One more habit of yet another hand on each (scripts/retranscribed.ts HABITS): a blank row above the
  // header, the header over two rows, 单位：万元 on a row of its own, the money block in one row.
  test('laid out with another habit, each scores and reads the same (31 variants)', () => {
    const differ = habits.filter((h) => {
      const again = pairs.find((p) => p.id === h.id)?.again;
      return !again || line({ ...pairs[0], id: h.id, again: h.score }, 'again') !== line({ ...pairs[0], id: h.id, again }, 'again') || h.score.reading.join() !== again.reading.join();
    });
    expect(habits).toHaveLength(31);
    expect(differ.map((h) => `${h.habit} — ${h.id}`)).toEqual([]);
  });
});
