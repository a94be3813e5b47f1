/**
 * Layouts real systems publish, found by the round-18 probes (issue #11), each through the real
 * locator: an untitled 一体化 project form listing its 年度主要任务, a goals sentence that starts
 * with 绩效目标, and indicator rows a PDF's conversion flattened into one cell. Grids we wrote:
 * consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { parseA1 } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const check = (lines: string[], merges: string[] = []) => checkSheet({ name: 'Sheet1', values: textRows(lines), merges: merges.map((m) => parseA1(m)) });
const kinds = (r: ReturnType<typeof checkSheet>) => r.tables.map((t) => t.table.kind ?? 'project');
const notInfo = (r: ReturnType<typeof checkSheet>) => r.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`);
const rowsOf = (r: ReturnType<typeof checkSheet>) => r.tables.flatMap((t) => t.table.indicators.map((i) => `${i.row + 1} ${i.level1.text}/${i.level2.text}/${i.level3.text} = ${i.value.text}`));

const GRID = [
  '一级指标|二级指标|三级指标|指标值|',
  '产出指标|数量指标|养护里程|≥20公里|',
  '|质量指标|验收合格率|＝100%|',
  '|时效指标|完成时间|≤2024年12月|',
  '成本指标|经济成本指标|养护成本|≤100万元|',
  '效益指标|社会效益指标|通行条件|有所改善|',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%|',
];

describe('an untitled 一体化 project form with its 年度主要任务', () => {
  const form = (name: string) => [
    `${name}|乡村道路养护|||`,
    '主管部门|县交通运输局|实施单位|县公路中心|',
    '项目资金（万元）|年度资金总额|100||',
    '|其中：财政拨款|100||',
    '|其他资金|0||',
    '年度主要任务|任务名称|主要内容|预算金额（万元）|',
    '|道路养护|养护县道20公里|80|',
    '|桥梁检查|检查桥梁5座|20|',
    '年度总体目标|完成县道养护，提升通行质量。|||',
    ...GRID,
  ];
  it('is a project’s table under its own 项目名称, budget and goals', () => {
    const r = check(form('项目名称'), ['A3:A5', 'A6:A8', 'B9:E9']);
    expect(kinds(r)).toEqual(['project']);
    expect(notInfo(r)).toEqual([]);
    expect(r.tables[0].table.indicators).toHaveLength(6);
  });
  it('a department’s form with the same task rows stays a department’s', () => {
    const r = check(form('部门（单位）名称'), ['A3:A5', 'A6:A8', 'B9:E9']);
    expect(kinds(r)).toEqual(['department']);
  });
});

describe('a sentence starting with 绩效目标 is the goals, not a title', () => {
  const form = (goals: string) => ['项目名称|乡村道路养护|||', '预算数（万元）|100|||', `${goals}||||`, ...GRID];
  it.each([
    ['绩效目标 通过项目实施，完成县道养护20公里。', '通过项目实施，完成县道养护20公里。'],
    ['绩效目标\n通过项目实施，完成县道养护20公里。', '通过项目实施，完成县道养护20公里。'],
    ['绩效目标为通过项目实施，完成县道养护20公里', '通过项目实施，完成县道养护20公里'],
    ['绩效目标是完成县道养护20公里', '完成县道养护20公里'],
  ])('%j', (cell, goals) => {
    const r = check(form(cell), ['A3:E3']);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].table.title).toBeUndefined();
    expect(r.tables[0].table.goals?.text).toBe(goals);
    expect(notInfo(r)).toEqual([]);
  });
  it('a title starting with 绩效目标 is still a title', () => {
    const r = check(['绩效目标申报表（2024年）||||', ...form('年度绩效目标|完成县道养护20公里。')], ['A1:E1']);
    expect(r.tables[0].table.title?.text).toBe('绩效目标申报表（2024年）');
  });
});

describe('indicator rows a PDF’s conversion flattened into one cell', () => {
  const head = ['项目名称|乡村道路养护|||', '预算数（万元）|100|||', '年度绩效目标|完成县道养护20公里。|||'];
  it('a whole row in its 一级 cell, the others blank or merged into it', () => {
    const r = check([...head, ...GRID.slice(0, 2), '产出指标 数量指标 培训人次 ≥200人次||||', '产出指标 质量指标 培训合格率 ≥95%||||', ...GRID.slice(2)], ['A7:D7']);
    expect(rowsOf(r).slice(0, 3)).toEqual(['5 产出指标/数量指标/养护里程 = ≥20公里', '6 产出指标/数量指标/培训人次 = ≥200人次', '7 产出指标/质量指标/培训合格率 = ≥95%']);
    expect(notInfo(r)).toEqual([]);
  });
  it('a fix of a flattened value writes the cell whole', () => {
    const r = check([...head, ...GRID.slice(0, 2), '产出指标 数量指标 培训人次 200人次||||', ...GRID.slice(2)]);
    const f = r.tables[0].findings.find((x) => x.rule === 'value/missing-sign');
    expect(f?.cell).toBe('A6');
    const value = r.tables[0].table.indicators[1].value;
    expect(value.part).toEqual({ before: '产出指标 数量指标 培训人次 ', after: '' });
  });
  it('the two levels in the 一级 cell over a blank 二级 cell', () => {
    const r = check([
      ...head,
      GRID[0],
      '产出指标 数量指标||养护里程|≥20公里|',
      '|质量指标|验收合格率|＝100%|',
      '|时效指标|完成时间|≤2024年12月|',
      '成本指标/经济成本指标||养护成本|≤100万元|',
      '效益指标/社会效益指标||通行条件|有所改善|',
      '满意度指标/服务对象满意度指标||群众满意度|≥90%|',
    ]);
    expect(rowsOf(r)).toEqual([
      '5 产出指标/数量指标/养护里程 = ≥20公里',
      '6 产出指标/质量指标/验收合格率 = ＝100%',
      '7 产出指标/时效指标/完成时间 = ≤2024年12月',
      '8 成本指标/经济成本指标/养护成本 = ≤100万元',
      '9 效益指标/社会效益指标/通行条件 = 有所改善',
      '10 满意度指标/服务对象满意度指标/群众满意度 = ≥90%',
    ]);
    expect(notInfo(r)).toEqual([]);
  });
  it('the two levels in one cell and the row shifted left under a four-column header', () => {
    const r = check([...head, GRID[0], '产出指标/数量指标|养护里程|≥20公里||', '产出指标/质量指标|验收合格率|＝100%||', '产出指标/时效指标|完成时间|≤2024年12月||', '成本指标/经济成本指标|养护成本|≤100万元||', '效益指标/社会效益指标|通行条件|有所改善||', '满意度指标/服务对象满意度指标|群众满意度|≥90%||']);
    expect(rowsOf(r)[5]).toBe('10 满意度指标/服务对象满意度指标/群众满意度 = ≥90%');
    expect(notInfo(r)).toEqual([]);
  });
  it('the three names in the 一级 cell, the value in its column', () => {
    const r = check([...head, GRID[0], '产出指标 数量指标 养护里程|||≥20公里|', '产出指标 质量指标 验收合格率|||＝100%|', '产出指标 时效指标 完成时间|||≤2024年12月|', '成本指标 经济成本指标 养护成本|||≤100万元|', '效益指标 社会效益指标 通行条件|||有所改善|', '满意度指标 服务对象满意度指标 群众满意度|||≥90%|']);
    expect(rowsOf(r)[0]).toBe('5 产出指标/数量指标/养护里程 = ≥20公里');
    expect(notInfo(r)).toEqual([]);
  });
  it('a qualitative value after spaces is the last word; the 三级 keeps no trailing space', () => {
    const r = check([...head, ...GRID.slice(0, 5), '效益指标 社会效益指标 通行条件   有所改善||||', GRID[6]]);
    expect(rowsOf(r)[4]).toBe('9 效益指标/社会效益指标/通行条件 = 有所改善');
    expect(notInfo(r)).toEqual([]);
  });
  it('a long flattened row is read in one pass (no rescans of its text)', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `产出指标 数量指标 ${'培训'.repeat(80)}${i} 有所提升||||`);
    const r = check([...head, GRID[0], ...rows]);
    expect(r.tables[0].table.indicators).toHaveLength(3000);
  });
  it('a row naming its levels only is a heading over the rows below', () => {
    const r = check([...head, GRID[0], '产出指标 数量指标||||', '||养护里程|≥20公里|', ...GRID.slice(2)]);
    expect(rowsOf(r)[0]).toBe('6 产出指标/数量指标/养护里程 = ≥20公里');
    expect(notInfo(r)).toEqual([]);
  });
});

describe('a review’s question about the goals is no goals', () => {
  it.each(['绩效目标是否明确', '绩效目标 是否与项目内容相关', '绩效目标是否可实现'])('%j', (q) => {
    const r = check(['项目支出绩效目标审核表|||', '项目名称|农村公路养护||', '审核内容|审核要点|审核意见|', `完整性|${q}|是|`]);
    expect(r.tables.every((t) => t.table.goals === undefined)).toBe(true);
  });
});

describe('a 填表说明 beside or under the grid neither splits the table nor starts another', () => {
  const form = ['项目支出绩效目标表||||', '项目名称|乡村道路养护|||', '预算数（万元）|100|||', '年度绩效目标|完成县道养护20公里。|||', ...GRID.map((l) => l.slice(0, -1))];
  it.each([
    ['unnumbered', ['填表说明：', '项目名称：填写全称', '预算数：填写金额', '年度绩效目标：概述项目目标']],
    ['numbered', ['填表说明：', '（1）项目名称：按批复填写', '（2）预算数：根据预算批复填列', '（3）年度绩效目标：是指项目一年内的产出和效果']],
  ])('its items beside the form (%s)', (_, notes) => {
    const r = check(form.map((l, i) => `${l}||${(['', ...notes] as string[])[i] ?? ''}`));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].table.projectName?.text).toBe('乡村道路养护');
    expect(r.tables[0].table.indicators).toHaveLength(6);
    expect(notInfo(r)).toEqual([]);
  });
  it('its items under the grid', () => {
    const r = check([...form, '填表说明：|||', '1.项目名称：填写项目全称。|||', '2.年度绩效目标：简要填写。|||']);
    expect(r.tables).toHaveLength(1);
    expect(notInfo(r)).toEqual([]);
  });
  it('a field written so is still read (项目名称：某项目)', () => {
    const r = check(['项目名称：统计数据填报系统运维|||', '预算数（万元）|100||', '年度绩效目标|完成升级。||', ...GRID.map((l) => l.slice(0, -1))]);
    expect(r.tables[0].table.projectName?.text).toBe('统计数据填报系统运维');
  });
});

describe('a page break that prints the title again over the header', () => {
  it('continues the table above (a sheet’s print titles repeat both)', () => {
    const r = check(
      ['项目支出绩效目标表||||', '项目名称|乡村道路养护|||', '预算数（万元）|100|||', '年度绩效目标|完成县道养护20公里。|||', ...GRID.slice(0, 3), '项目支出绩效目标表||||', GRID[0], '|时效指标|完成时间|≤2024年12月|', ...GRID.slice(4)],
      ['A1:E1', 'A6:A7', 'A8:E8'],
    );
    expect(r.tables).toHaveLength(1);
    expect(rowsOf(r)[2]).toBe('10 产出指标/时效指标/完成时间 = ≤2024年12月');
    expect(notInfo(r)).toEqual([]);
  });
});
