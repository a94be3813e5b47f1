/**
 * The re-transcriptions (test/fixtures/retranscribed, issue #11): thirty tune tables of the real corpus
 * transcribed a second time by another hand from the same stored page text, with other habits
 * (levels repeated on every row or written once unmerged, numbers as numbers, money on several rows,
 * a 4-column layout, cut rows left out …), their labels carried over by meaning. Ten project forms by
 * retrans42; eight by retrans42b: five non-project tables (两张部门整体, a 区域 table, a 自评表, a scoring
 * sheet) and three list/outline layouts, with the title only in the sheet's name, 绩效指标 as a group
 * row over the header, 单位 in the title, line breaks in cells, 0% numbers, an outline's indentation
 * lost, a number and its unit split or run together; twelve by retrans43: two sheets of two tables (a list
 * export in 元, project columns filled down; two system forms stacked), 中期/年度 column groups, 2015
 * schemes, a 部门整体, a 自评表 with score columns, a transfer with one column per county, a form of four
 * columns, every label filled down with no merge. Each is scored as
 * `npm run eval:real` scores a file (scripts/retranscribed.ts), beside its first transcription: real
 * tables, transcribed by us twice. A habit the engine does not tolerate shows as a difference here.
 */
import { habitsOnTune, scoreHabits, scoreRetranscribed, type HabitScore, type Pair } from '../../scripts/retranscribed';

let pairs: Pair[] = [];
let habits: HabitScore[] = [];
beforeAll(async () => {
  pairs = await scoreRetranscribed();
  habits = await scoreHabits();
});

const line = (p: Pair, s: 'original' | 'again'): string =>
  `${p.id}: located ${p[s].located}/${p[s].projectTables}, found ${p[s].found}/${p[s].defects}, false alarms ${p[s].falseAlarms}, other named ${p[s].otherNamed}/${p[s].otherTables} with ${p[s].otherFindings} errors/warnings`;

describe('the re-transcriptions of retrans42, retrans42b and retrans43', () => {
  test('thirty files, every table located or named, every labelled defect found, no false alarm (before: one false sum-mismatch)', () => {
    expect(pairs).toHaveLength(30);
    const sum = (k: 'located' | 'projectTables' | 'defects' | 'found' | 'falseAlarms' | 'otherTables' | 'otherNamed' | 'otherFindings') => pairs.reduce((a, p) => a + p.again[k], 0);
    expect([sum('located'), sum('projectTables'), sum('found'), sum('defects'), sum('falseAlarms')]).toEqual([24, 24, 105, 105, 0]);
    // 部门整体 ×3, 区域, 自评表 ×2, scoring, 专项转移支付: each named with its kind, no error or warning.
    expect([sum('otherNamed'), sum('otherTables'), sum('otherFindings')]).toEqual([8, 8, 0]);
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

  test('each gets the same findings (severity and rule) as its first transcription', () => {
    // 湘西州特校 2023: the page's 17元/人.每天 split by this hand into 17 | 元/人.每天 read as an unknown
    // unit (a unit-mismatch warning) where the first read the whole as text (a 定量-but-text error); 每
    // before the period is now read (src/core/engine/units.ts), and both read 17 元/人/天.
    expect(pairs.filter((p) => p.again.findings.join() !== p.original.findings.join()).map((p) => p.id)).toEqual([]);
    expect(pairs.reduce((a, p) => a + p.again.findings.length, 0)).toBe(219);
  });

  // One more habit of yet another hand on each (scripts/retranscribed.ts HABITS): a blank row above the
  // header, the header over two rows, the title only in the sheet's name, 单位：万元 on a row of its own,
  // the money block in one row; retrans43's: the notice pasted above, its merges lost.
  test('laid out with another habit, each scores, reads and is found fault with the same (143 variants)', () => {
    const differ = habits.filter((h) => {
      const again = pairs.find((p) => p.id === h.id)?.again;
      return !again || line({ ...pairs[0], id: h.id, again: h.score }, 'again') !== line({ ...pairs[0], id: h.id, again }, 'again') || h.score.reading.join() !== again.reading.join() || h.score.findings.join() !== again.findings.join();
    });
    expect(habits).toHaveLength(143);
    expect(differ.map((h) => `${h.habit} — ${h.id}`)).toEqual([]);
  });

  // The same habits on every tune file of the real corpus (our first transcriptions): 淮北 文旅 2025,
  // its goals label cut to 年度, lost its goals under a header laid over two rows (a false
  // missing-goals error) before the cut label was read above a 绩效指标 group row (locate.ts cutGoals);
  // 宁晋 助学金 2019's scoring sheet, a notice pasted above it, was named by the notice's attachment line
  // (`附件：绩效目标表`: a project's table, 2 false errors) before the row right above a field-less grid
  // was read as its title (locate.ts, retrans43).
  test('every tune file laid out with each habit scores and is found fault with the same', async () => {
    const { variants, differ } = await habitsOnTune();
    // One difference is the score's, not the engine's: 莆田 转移支付 2022 (a tune table cut before its grid)
    // spans A2:G8 through its merges; with them lost its written cells span A2:C8, which eval:real's
    // matching (a located table must cover half the labelled range's cells) does not count as the
    // table, though it is named a 转移支付 table with no other finding in both layouts.
    expect(differ.map((d) => `${d.habit} — ${d.id}`)).toEqual(['no merges (the text in the first cell of each) — fj-putian-wenlv-2022']);
    // 336 on the 64 tune files with retrans43's habits (a notice pasted above, every merge lost); corpus43's
    // three tune sheets (棠溪镇 村级补助 自评表, 朝天区 全民健身中心 自评表, 莆田 转移支付 目标表) joined the corpus
    // since (350); corpus44's three tune sheets (黄冈 档案馆 自评表, 青山区 科经局 目标申报表, 六安 文旅 自评表)
    // make 358, none differing. A pin on the corpus's size and the habits, not on the engine.
    expect(variants).toBe(358);
  });
});
