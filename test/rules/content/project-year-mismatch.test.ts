import { projectYearMismatch, yearsIn } from '../../../src/core/engine/rules/content/project-year-mismatch';
import { checkSheet, resolveSettings, runRules } from '../../../src/core/engine';
import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
import { buildTable, runRule, ruleTester, spec, withRow } from '../../helpers/rule-tester';
import { textGrid } from '../../helpers/text-grid';

ruleTester(projectYearMismatch, {
  valid: [
    spec(),
    spec({ project: '2024年检察业务购买服务项目-2024中央', title: '2.2024年检察业务购买服务项目-2024中央绩效目标表' }),
    { name: 'no year', spec: spec({ project: '检察业务经费项目', title: '2025年绩效目标表' }) },
    { name: 'a deadline in the table’s year', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '完成时间', value: '2024年12月底前' }, { project: '2024年道路养护项目', title: '2024年度绩效目标表' }) },
    { name: 'a deadline early in the next year (payments settled)', spec: withRow({ l2: '时效指标', l3: '资金支付时间', desc: '资金支付时间', value: '2025年3月底前' }, { project: '2024年道路养护项目', title: '2024年度绩效目标表' }) },
    { name: 'no year known: no deadline checked', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '完成时间', value: '2022年12月底前' }, { project: '道路养护项目', title: '项目支出绩效目标表' }) },
    { name: 'a table of funds carried over names other years', spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '完成时间', value: '2023年12月底前' }, { project: '2023年结转道路养护项目', title: '2024年度绩效目标表' }) },
    {
      name: 'a project over several years (its goals name a later year): its completion date is no copied deadline',
      spec: withRow({ l2: '时效指标', l3: '项目完工时间', desc: '项目完工时间', value: '2026年12月底前' }, { project: '2024年农村公路提升项目', title: '2024年度项目支出绩效目标表', goals: '2024年完成路基工程，2026年全线通车。' }),
    },
    { name: 'a year on a benefit is no deadline', spec: withRow({ l2: '社会效益指标', l3: '碳排放', desc: '碳排放', value: '2030年前达峰' }, { project: '2024年节能项目', title: '2024年度绩效目标表' }) },
    { name: 'no title', spec: spec({ title: undefined }) },
    { name: 'a unit code is no year', spec: spec({ project: '263101单位2025年运维项目' }) },
    { name: 'no project name', spec: spec({ project: null }) },
    { name: 'a span of years', spec: spec({ project: '2024-2026年检察业务三年行动项目-2025中央', title: '2025年绩效目标表' }) },
    { name: 'a span needs no title check', spec: spec({ project: '2024至2025年度运维项目', title: '2023年绩效目标表' }) },
    { name: 'a span written with spaces', spec: spec({ project: '2024 年 至 2025年度运维项目', title: '2023年绩效目标表' }) },
    { name: 'funds carried over name their own year', spec: spec({ project: '2024年结转农村道路养护项目', title: '2025年项目支出绩效目标表' }) },
    { name: 'funds paid in advance name the year they are for', spec: spec({ project: '2025年提前下达中央衔接资金项目', title: '2024年项目支出绩效目标表' }) },
    { name: 'a batch of an earlier year, and the next year’s in one name', spec: spec({ project: '2023年第二批及2024年衔接资金项目', title: '2024年项目支出绩效目标表' }) },
  ],
  invalid: [
    {
      name: 'a deadline in a year before the table’s (copied from an old table)',
      spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '完成时间', value: '2022年12月底前' }, { project: '2024年农村道路养护项目', title: '2024年度项目支出绩效目标表' }),
      errors: [{ messageId: 'deadlineBefore', cell: 'E10', severity: 'warning' }],
    },
    {
      name: 'a deadline years after the table’s year',
      spec: withRow({ l2: '时效指标', l3: '完成时间', desc: '完成时间', value: '≤2030.12.31' }, { project: '农村道路养护项目', title: '2024年度项目支出绩效目标表' }),
      errors: [{ messageId: 'deadlineAfter', cell: 'E10', severity: 'warning' }],
    },
    {
      name: 'years disagree in the name',
      spec: spec({ project: '2024年检察业务经费项目-2025中央', title: '3.2024年检察业务经费项目-2025中央绩效目标表' }),
      errors: [{ messageId: 'inName', cell: 'B3', severity: 'warning' }],
    },
    {
      name: 'title against name',
      spec: spec({ title: '1.2024年检察业务信息化运维项目-2024中央绩效目标表' }),
      errors: [{ messageId: 'title', cell: 'A1' }],
    },
  ],
});

describe('content/project-year-mismatch', () => {
  it('lists the years', () => {
    const [f] = runRule(projectYearMismatch, spec({ project: '2024年检察业务经费项目-2025中央' }));
    expect(f.data).toEqual({ years: '2024、2025' });
  });
  it.each([
    ['2025年检察业务信息化运维项目-2025中央', ['2025']],
    ['1.2024年…-2025中央', ['2024', '2025']],
    ['263101天津市', []],
    ['20251231', []],
  ])('years in %s', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });

  it('a project name padded between its years is read in time linear in it (a hostile cell)', () => {
    // Before: the span's pattern (`\s*年?\s*` after the first year) shared a run of spaces between
    // its two \s* in every way: 16,000 spaces took 100× the time of 1,600 (ReDoS analyser: recheck).
    const name = (n: number): string => `2024${' '.repeat(n)}x2025年道路养护项目`;
    const tables = new Map([1_600, 16_000].map((n) => [n, buildTable(spec({ project: name(n) }))]));
    const settings = resolveSettings(undefined);
    const run = (n: number) => runRules([projectYearMismatch], tables.get(n)!.grid, tables.get(n)!.table, '2015', settings);
    expect(run(1_600).map((f) => f.messageId)).toEqual(['inName']);
    expect(growthRatio(run, 1_600)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('deadlines of a project over several years, through the locator', () => {
  const form = (value: string, longTerm: boolean): string[] => [
    '2024年度项目支出绩效目标表||||',
    '项目名称|2024年农村公路提升项目|||',
    longTerm ? '项目资金（万元）||中期资金总额|年度资金总额|' : '项目资金（万元）||年度资金总额||',
    longTerm ? '|资金总额|300|100|' : '|资金总额|100||',
    longTerm ? '|其中：财政拨款|300|100|' : '|其中：财政拨款|100||',
    longTerm ? '|其他资金|0|0|' : '|其他资金|0||',
    '年度目标|完成路面提升20公里|||',
    '一级指标|二级指标|三级指标|指标值|',
    '产出指标|数量指标|路面提升里程|≥20公里|',
    '|时效指标|项目完工时间|' + value + '|',
    '|成本指标|工程成本|≤100万元|',
    '效益指标|社会效益指标|出行条件|有效改善|',
    '满意度指标|服务对象满意度指标|群众满意度|≥90%|',
  ];
  const deadlines = (lines: string[]): string[] =>
    checkSheet(textGrid(lines)).tables.flatMap((t) => t.findings.filter((f) => f.rule === 'content/project-year-mismatch').map((f) => `${f.cell} ${f.messageId}`));

  test('a one-year table: a deadline two years on is found', () => {
    expect(deadlines(form('2026年12月底前', false))).toEqual(['D10 deadlineAfter']);
  });

  test('a 中期 total beside the year’s: the project runs several years, its completion date is no copied deadline', () => {
    expect(deadlines(form('2026年12月底前', true))).toEqual([]);
  });

  test('stacked 中长期 and 年度 grids: the 中长期 grid’s completion date is the project’s, the annual one’s is checked', () => {
    const grid = (deadline: string): string[] => [
      '一级指标|二级指标|三级指标|指标值',
      '产出指标|数量指标|路面提升里程|≥20公里',
      '|时效指标|项目完工时间|' + deadline,
      '|成本指标|工程成本|≤100万元',
      '效益指标|社会效益指标|出行条件|有效改善',
      '满意度指标|服务对象满意度指标|群众满意度|≥90%',
    ];
    const top = ['2024年度项目支出绩效目标表|||', '项目名称|2024年农村公路提升项目||', '预算数（万元）|100|财政资金|100', '中长期目标|完成||', '年度目标|完成||'];
    expect(deadlines([...top, '中长期绩效指标|||', ...grid('2026年12月底前'), '年度绩效指标|||', ...grid('2024年12月底前')])).toEqual([]);
    expect(deadlines([...top, '中长期绩效指标|||', ...grid('2026年12月底前'), '年度绩效指标|||', ...grid('2027年12月底前')])).toEqual(['D16 deadlineAfter']);
  });

  test.each(['（2024年度）', '2024年度', '填报年度：2024年', '(2024)'])('a title without its year, %s on the line under it: that is the table’s year', (line) => {
    const lines = ['项目支出绩效目标表||||', `${line}||||`, ...form('2022年12月底前', false).slice(1).map((l) => l.replace('2024年农村公路提升项目', '农村公路提升项目'))];
    expect(deadlines(lines)).toEqual(['D11 deadlineBefore']);
    expect(deadlines(lines.map((l) => l.replace('2022年12月底前', '2024年12月底前')))).toEqual([]);
  });

  test('a double-spaced sheet (an empty row after every row): the year line is the second under the title', () => {
    // The same form, each row followed by an empty one (a converter's habit; the layout41 mutation).
    const lines = ['项目支出绩效目标表||||', '（2024年度）||||', ...form('2022年12月底前', false).slice(1).map((l) => l.replace('2024年农村公路提升项目', '农村公路提升项目'))];
    const spaced = lines.flatMap((l) => [l, '||||']);
    expect(deadlines(spaced)).toEqual(['D21 deadlineBefore']);
    expect(deadlines(spaced.map((l) => l.replace('2022年12月底前', '2024年12月底前')))).toEqual([]);
  });

  test('a line under the title that says more than its year names no year', () => {
    const lines = ['项目支出绩效目标表||||', '（2024年度，单位：万元）||||', ...form('2022年12月底前', false).slice(1).map((l) => l.replace('2024年农村公路提升项目', '农村公路提升项目'))];
    expect(deadlines(lines)).toEqual([]);
  });

  test('a line under the title padded past the year line’s length is not read (a hostile cell: no time spent on it)', () => {
    const padded = `年度${' '.repeat(20_000)}2024`;
    const lines = ['项目支出绩效目标表||||', `${padded}||||`, ...form('2022年12月底前', false).slice(1).map((l) => l.replace('2024年农村公路提升项目', '农村公路提升项目'))];
    expect(deadlines(lines)).toEqual([]);
  });

  test('a 中期 total beside the year’s: a deadline before the table’s year is still found', () => {
    expect(deadlines(form('2022年12月底前', true))).toEqual(['D10 deadlineBefore']);
  });
});
