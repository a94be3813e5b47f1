/**
 * Tables that came through PDF or Word on the way into Excel (issue #11, stop 40): the marks of
 * that trip (scripts/mutate-corpus.ts' conversion mutations). Every grid here is made by us from
 * the shape of a real tune table, converted; consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { textGrid } from '../helpers/text-grid';

const levels = (lines: string[], merges: string[] = []) =>
  locateTables(textGrid(lines, merges))
    .filter((t) => (t.kind ?? 'project') === 'project')
    .flatMap((t) => t.indicators.map((i) => [i.row, i.level1.text, i.level2.text, i.level3.text, i.value.text]));

describe('a page break inside the grid: a page number, a blank row, the merges cut in two', () => {
  // ah-huaibei-wenlv-2025's grid (绩效指标 merged down its left), broken after its third row as a
  // PDF prints it: `- 2 -` at the page's left edge (the frame's column), a blank row, and the
  // merged 绩效指标 and 产出指标 cut in two, their text on the page before.
  const SHEET = [
    '绩效指标|一级指标|二级指标|三级指标|指标值',
    '|产出指标|数量指标|开展送戏进万村|≥70村',
    '||质量指标|送戏进万村活动完成率|≥95%',
    '||时效指标|项目完成时限|2025年12月',
    '- 2 -||||',
    '||||',
    '||成本指标|项目金额|≤5万元',
    '||成本指标|每场演出成本|≤2000元',
    '|效益指标|社会效益指标|保障群众基本文化权益|明显提升',
    '|满意度指标|服务对象满意度指标|群众满意度|≥90%',
  ];
  const MERGES = ['A1:A4', 'B2:B4', 'A7:A10', 'B7:B8', 'C7:C8'];

  test('the rows after the break are the same grid’s, 产出指标 carried over the break and down the blank merge', () => {
    expect(levels(SHEET, MERGES)).toEqual([
      [1, '产出指标', '数量指标', '开展送戏进万村', '≥70村'],
      [2, '产出指标', '质量指标', '送戏进万村活动完成率', '≥95%'],
      [3, '产出指标', '时效指标', '项目完成时限', '2025年12月'],
      [6, '产出指标', '成本指标', '项目金额', '≤5万元'],
      [7, '产出指标', '成本指标', '每场演出成本', '≤2000元'],
      [8, '效益指标', '社会效益指标', '保障群众基本文化权益', '明显提升'],
      [9, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
  });

  test('no structure finding: no 一级 missing, no cost indicator missing', () => {
    const rules = checkSheet(textGrid(SHEET, MERGES)).tables.flatMap((t) => t.findings.map((f) => f.rule));
    expect(rules.filter((r) => /level|cost/.test(r))).toEqual([]);
  });
});

describe('a PDF converter’s grid: each merged level name left in the middle row of its block', () => {
  // The levels of a training project's grid (the taxonomy of hb-huangshi-dangxiao-2022), every
  // merge undone by the converter and its text left where it was drawn, the block's middle row
  // (the lower middle of an even block), the other rows blank.
  const SHEET = [
    '一级指标|二级指标|三级指标|指标值',
    '|数量指标|培训人次|≥200人次',
    '产出指标|质量指标|培训合格率|≥95%',
    '|经济效益指标|带动增收|≥10万元',
    '||带动就业|≥50人',
    '|社会效益指标|技能提升|明显提升',
    '效益指标|生态效益指标|节约用地|≥5亩',
    '||长效机制|长期有效',
    '|可持续影响指标|机制运行|持续运行',
    '满意度指标|服务对象满意度指标|学员满意度|≥90%',
  ];

  test('a blank level cell belongs to the nearer name, above or below (a tie below); the 二级 names its 一级 when the two disagree', () => {
    expect(levels(SHEET).map(([row, l1, l2]) => [row, l1, l2])).toEqual([
      [1, '产出指标', '数量指标'],
      [2, '产出指标', '质量指标'],
      // Nearer 产出指标, but 经济效益指标 is a 效益指标's.
      [3, '效益指标', '经济效益指标'],
      [4, '效益指标', '社会效益指标'],
      [5, '效益指标', '社会效益指标'],
      [6, '效益指标', '生态效益指标'],
      [7, '效益指标', '可持续影响指标'],
      // Nearer 满意度指标, but 可持续影响指标 is a 效益指标's.
      [8, '效益指标', '可持续影响指标'],
      [9, '满意度指标', '服务对象满意度指标'],
    ]);
  });

  test('no level finding on the converted grid', () => {
    const rules = checkSheet(textGrid(SHEET)).tables.flatMap((t) => t.findings.map((f) => f.rule));
    expect(rules.filter((r) => /level/.test(r))).toEqual([]);
  });

  test('a grid naming its levels on their first rows (the usual way, blank below) still carries them down', () => {
    const TOP = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人次|≥200人次', '||培训天数|≥5天', '|质量指标|培训合格率|≥95%', '效益指标|社会效益指标|带动就业|≥50人', '||技能提升|明显提升'];
    expect(levels(TOP).map(([row, l1, l2]) => [row, l1, l2])).toEqual([
      [1, '产出指标', '数量指标'],
      [2, '产出指标', '数量指标'],
      [3, '产出指标', '质量指标'],
      [4, '效益指标', '社会效益指标'],
      [5, '效益指标', '社会效益指标'],
    ]);
  });
});

describe('a paste from Word: a cell’s paragraphs in rows of their own, the row’s other cells merged down', () => {
  // Values and level names of gd-dongguan-zhanlanguan-2022 and cq-banan-shengdengshan-2022, each
  // cell of two paragraphs pasted from Word into Excel: the second paragraph in a row under it, the
  // row's other cells merged down over both rows.
  const SHEET = [
    '一级指标|二级指标|三级指标|指标值',
    '产出指标|数量指标|物管服务面积|建筑面积2.6万平方米，',
    '|||展示面积1万平方米',
    '|时效指标|完成时间|2025年',
    '|||12月前',
    '效益指标|经济效益|改善农民生产生活条件|明显改善',
    '|指标||',
    '满意度指标|服务对象满意度指标|群众满意度|≥95%',
  ];
  const MERGES = ['A2:A5', 'B2:B3', 'C2:C3', 'C4:C5', 'B4:B5', 'A6:A7', 'C6:C7', 'D6:D7'];

  test('the rest of a value, or of a level name, is joined to the indicator above: one indicator per 三级', () => {
    expect(levels(SHEET, MERGES)).toEqual([
      [1, '产出指标', '数量指标', '物管服务面积', '建筑面积2.6万平方米，展示面积1万平方米'],
      [3, '产出指标', '时效指标', '完成时间', '2025年12月前'],
      [5, '效益指标', '经济效益指标', '改善农民生产生活条件', '明显改善'],
      [7, '满意度指标', '服务对象满意度指标', '群众满意度', '≥95%'],
    ]);
  });

  test('no finding on the continuation rows (no duplicate 三级, no value without a sign)', () => {
    const findings = checkSheet(textGrid(SHEET, MERGES)).tables.flatMap((t) => t.findings);
    expect(findings.filter((f) => [2, 4, 6].includes(f.row)).map((f) => f.rule)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure/duplicate-level3')).toEqual([]);
  });

  test('a 三级 of its own on the row is another indicator, its value merged with the one above (not joined)', () => {
    const shared = ['一级指标|二级指标|三级指标|指标值', '产出指标|质量指标|验收合格率|100%', '||设备完好率|', '效益指标|社会效益指标|服务保障|有效保障', '满意度指标|服务对象满意度指标|群众满意度|≥95%'];
    expect(levels(shared, ['A2:A3', 'B2:B3', 'D2:D3']).map(([row, , , l3, v]) => [row, l3, v])).toEqual([
      [1, '验收合格率', '100%'],
      [2, '设备完好率', '100%'],
      [3, '服务保障', '有效保障'],
      [4, '群众满意度', '≥95%'],
    ]);
  });
});

describe('a merged 三级 over thousands of rows, each with text of its own (a hostile or broken file)', () => {
  // Made by us: no Word paste gives a cell thousands of paragraphs. Joining each row's text to the
  // value above parsed a text growing by a row each time (8,000 rows took 19 s); the joined text
  // now stops at CONTINUED_MAX characters, and the rows past it are read as rows of their own, as
  // before the Word-paste reading.
  const rows = (n: number) => ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|≥100人', ...Array.from({ length: n }, (_, i) => `|||继续说明文字${i}`)];
  const merges = (n: number) => [`A2:A${n + 2}`, `B2:B${n + 2}`, `C2:C${n + 2}`];

  test('the joined value stays short however many rows the merge covers; every row is still read', () => {
    for (const n of [100, 2000]) {
      const [table] = locateTables(textGrid(rows(n), merges(n)));
      expect(table.indicators[0].value.text.length).toBeLessThanOrEqual(400);
      const joined = table.indicators[0].value.text.split('继续说明文字').length - 1;
      // Each row is joined or an indicator of its own: none is lost.
      expect(joined + table.indicators.length - 1).toBe(n);
    }
  });
});

describe('zero-width characters before an outline’s indentation', () => {
  // The top of nx-shizuishan-jkzx-2020's outline (L5; real, a tune table), every text as a
  // converter may leave it: a BOM and a zero-width space before it, and one more after the first
  // character of a short name (scripts/mutate-corpus.ts). Counted as spaces, `    时效指标(必填)`
  // was as deep as the long 三级 above it and was read as one more 三级 under 成本指标. They take no
  // width: each name is as deep as its spaces say.
  const ROWS: unknown[][] = [
    ['石嘴山市疾病预防控制中心2020年项目绩效目标批复表', null, null],
    ['单位:元', null, null],
    ['项目', '指标值', '绩效金额'],
    [' 石嘴山市疾病预防控制中心'],
    ['  狂犬、乙肝、流感等疫苗及美沙酮药物', null, 3000000],
    ['   产出指标'],
    ['    成本指标(必填硬性指标)'],
    ['     按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构', '100%'],
    ['     按照物价部门定价标准采购', '100%'],
    ['    时效指标(必填)'],
    ['     疫苗提供及时率', '100%'],
    ['     对美沙酮维持患者及时给予治疗', '100%'],
    ['    数量指标(必填硬性指标)'],
    ['     疫苗使用率', '100%'],
  ];
  const zw = (v: unknown) => (typeof v === 'string' ? (v.length <= 12 && !/\d/.test(v) ? `\ufeff\u200b${v.slice(0, 1)}\u200b${v.slice(1)}` : `\ufeff\u200b${v}`) : v);
  const read = (values: unknown[][]) =>
    locateTables(new Grid({ name: 'S', values: values as never }))
      .flatMap((t) => t.indicators)
      .map((i) => [i.level2.text, i.level3.text].map((x) => x.replace(/[\s\u200b\ufeff]/g, '')).join('/'));

  test('the levels read as without them', () => {
    const plain = read(ROWS);
    expect(plain).toEqual(['成本指标(必填硬性指标)/按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构', '成本指标(必填硬性指标)/按照物价部门定价标准采购', '时效指标(必填)/疫苗提供及时率', '时效指标(必填)/对美沙酮维持患者及时给予治疗', '数量指标(必填硬性指标)/疫苗使用率']);
    expect(read(ROWS.map((r) => r.map(zw)))).toEqual(plain);
  });
});

describe('a goals label cut short (年度) above a header over two rows', () => {
  // ah-huaibei-wenlv-2025's upper rows (the page shows only 年度 of its vertical 年度目标 label) with
  // the grid's header laid over two rows, 绩效指标 merged over the levels (a habit of another hand,
  // scripts/retranscribed.ts HABITS). Made by us from the real shape: consistency, not accuracy.
  const TOP = ['项目支出绩效目标表||||', '项目名称|农村文化建设配套补助经费|||', '项目资金|年度资金总额:||5|', '年度|文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村。|||'];
  const GRID = ['|一级|二级指标|三级指标|指标值', '|产出指标|数量指标|开展送戏进万村|≥70村', '|满意度指标|满意度指标|项目受益人满意程度|≥90%'];
  const goalsOf = (lines: string[], merges: string[]) => checkSheet(textGrid(lines, merges)).tables.map((t) => [t.table.goals?.text, t.findings.some((f) => f.rule === 'structure/missing-goals')]);
  const GOAL = '文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村。';

  test.each([
    ['no group row', [...TOP, ...GRID], ['B4:E4']],
    ['绩效指标 over the levels', [...TOP, '|绩效指标|||', ...GRID], ['B4:E4', 'B5:E5']],
    ['绩效指标 across the whole row', [...TOP, '绩效指标||||', ...GRID], ['B4:E4', 'A5:E5']],
  ])('%s: the goals are the cut label’s row, no missing-goals error', (_name, lines, merges) => {
    expect(goalsOf(lines, merges)).toEqual([[GOAL, false]]);
  });
});
