/**
 * Shapes a locator can miss (#11, this round): forms built the way units publish them, each
 * checked through the real locator as one table with the right fields and indicator rows.
 */
import { rectToA1 } from '../../src/core/engine/grid';
import { textGrid } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';

const grid = textGrid;
const summary = (lines: string[], merges: string[] = []) =>
  checkSheet(grid(lines, merges)).tables.map((t) => ({
    range: rectToA1(t.table.range),
    project: t.table.projectName?.text ?? t.table.titleProject,
    rows: t.table.indicators.map((i) => i.row + 1),
    findings: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell} ${f.rule}`),
  }));

describe('every cell merged over two rows (a form printed with tall rows)', () => {
  const pairs = [
    '项目名称|某某培训项目||', '预算数|50|其中：财政资金|50', '绩效目标|完成培训500人次||', '一级指标|二级指标|三级指标|指标值',
    '产出指标|数量指标|培训人次|≥500人次', '|质量指标|培训合格率|≥95%', '|时效指标|完成时间|2025年12月底前', '|成本指标|培训成本|≤50万元',
    '效益指标|社会效益指标|业务能力|明显提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%',
  ];
  const lines = pairs.flatMap((l) => [l, '|||']);
  const merges: string[] = [];
  pairs.forEach((_, i) => {
    const top = 2 * i + 1;
    for (const c of ['B', 'C', 'D']) merges.push(`${c}${top}:${c}${top + 1}`);
    // The 产出 label spans its four indicators' eight rows.
    if (i < 4 || i > 7) merges.push(`A${top}:A${top + 1}`);
  });
  merges.push('A9:A16');

  test('one table, one indicator per merged pair of rows, no duplicate and no doubled cost', () => {
    expect(summary(lines, merges)).toEqual([{ range: 'A1:D20', project: '某某培训项目', rows: [9, 11, 13, 15, 17, 19], findings: [] }]);
  });

  test('its mistakes are still found once, on the merge’s cell', () => {
    const bad = lines.map((l) => l.replace('≥95%', '95%'));
    expect(summary(bad, merges)[0].findings).toEqual(['warning D11 value/missing-sign']);
  });
});

describe('a department page: each project named only by a numbered heading over its grid', () => {
  const grid1 = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人次|≥500人次', '|质量指标|培训合格率|≥95%', '|时效指标|完成时间|2025年12月底前', '|成本指标|培训成本|≤50万元', '效益指标|社会效益指标|业务能力|明显提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%'];
  const grid2 = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|维修面积|≥500平方米', '|质量指标|验收合格率|＝100%', '|时效指标|完成时间|2025年12月底前', '|成本指标|维修成本|≤80万元', '效益指标|社会效益指标|办公条件|明显改善', '满意度指标|服务对象满意度指标|职工满意度|≥90%'];
  const named = (tables: ReturnType<typeof summary>) => tables.map((t) => `${t.range} ${t.project} ${t.rows.length}`);

  test.each([
    ['一、某某培训项目', '二、某某维修项目'],
    ['（一）某某培训项目', '（二）某某维修项目'],
    ['1.某某培训项目', '2.某某维修项目'],
  ])('%s … %s: two tables, each named by its heading, no duplicate across them', (h1, h2) => {
    const tables = summary([`${h1}|||`, ...grid1, `${h2}|||`, ...grid2]);
    expect(named(tables)).toEqual(['A1:D8 某某培训项目 6', 'A9:D16 某某维修项目 6']);
    // The form has no goals row (said), and nothing else: no 项目名称 error, no duplicate 完成时间.
    for (const t of tables) expect(t.findings).toEqual([`error ${t.range} structure/missing-goals`]);
  });

  test('the heading merged across the grid, a blank row before it', () => {
    const lines = ['一、某某培训项目|||', ...grid1, '|||', '二、某某维修项目|||', ...grid2];
    expect(named(summary(lines, ['A1:D1', 'A10:D10']))).toEqual(['A1:D8 某某培训项目 6', 'A10:D17 某某维修项目 6']);
  });

  // A 申报书's numbered sections are no project: `一、项目基本情况` over a grid names nothing (the
  // missing 项目名称 stays an error), and `二、绩效指标说明` under it ends the grid (it was an unused row).
  test('a document’s numbered sections around a grid: no project named, no unused row', () => {
    const tables = summary(['一、项目基本情况|||', ...grid1, '二、绩效指标说明|||']);
    expect(tables.map((t) => `${t.range} ${t.project ?? '-'} ${t.rows.length}`)).toEqual(['A2:D8 - 6']);
    expect(tables[0].findings).toEqual(['error A2:D8 structure/missing-goals', 'error A2:D8 structure/missing-project-name']);
    const infos = checkSheet(grid(['一、项目基本情况|||', ...grid1, '二、绩效指标说明|||'])).tables[0].findings.map((f) => f.rule);
    expect(infos).not.toContain('structure/unused-rows');
  });

  test('a numbered level name over the rows (`一、产出指标`) is no heading: the grid goes on', () => {
    const lines = ['项目名称|某某培训项目||', '预算数|50|财政资金|50', '绩效目标|完成培训||', '一级指标|二级指标|三级指标|指标值', '一、产出指标|||', '|数量指标|培训人次|≥500人次', '|成本指标|培训成本|≤50万元', '二、效益指标|||', '|社会效益指标|业务能力|明显提升', '三、满意度指标|||', '|服务对象满意度指标|学员满意度|≥90%'];
    expect(named(summary(lines))).toEqual(['A1:D11 某某培训项目 4']);
  });
});

describe('no level header row, more columns right of the 三级 than the value', () => {
  const top = ['项目名称|某某培训项目|||', '预算数|50|其中：财政资金|50|', '绩效目标|1.完成培训500人次。|||'];
  const rows = [
    '产出指标|数量指标|培训人次|全年培训人次|≥500人次', '|质量指标|培训合格率|考核合格的比例|≥95%', '|时效指标|完成时间|全年完成|2025年12月底前',
    '|成本指标|培训成本|培训总支出|≤50万元', '效益指标|社会效益指标|业务能力|提升能力|明显提升', '满意度指标|服务对象满意度指标|学员满意度|满意度|≥90%',
  ];
  const columns = (lines: string[], merges: string[] = []) => checkSheet(grid(lines, merges)).tables.map((t) => ({ columns: t.table.header?.columns, n: t.table.indicators.length, findings: t.findings.filter((f) => f.severity !== 'info').length }));

  test('a description before the value: the value column is the one holding targets', () => {
    expect(columns([...top, ...rows])).toEqual([{ columns: { level1: 0, level2: 1, level3: 2, description: 3, value: 4 }, n: 6, findings: 0 }]);
  });

  test('under `指标 | 指标解释 | 目标值` (指标 merged over the level columns)', () => {
    expect(columns([...top, '指标|||指标解释|目标值', ...rows], ['A4:C4'])).toEqual([{ columns: { level1: 0, level2: 1, level3: 2, description: 3, value: 4 }, n: 6, findings: 0 }]);
  });

  test('several columns between (计算方法 | 数据来源), and a remarks column after the value', () => {
    const wide = rows.map((l) => { const c = l.split('|'); return [...c.slice(0, 4), '按记录计算', '台账', c[4], ''].join('|'); });
    expect(columns([...top, ...wide])[0]).toEqual({ columns: { level1: 0, level2: 1, level3: 2, description: 3, value: 6 }, n: 6, findings: 0 });
  });

  test('a weight column of bare numbers after the value is no value column (bare numbers say nothing)', () => {
    const weighted = ['产出指标|数量指标|培训人次|500|20', '|质量指标|培训合格率|95|20', '|成本指标|培训成本|50|20', '效益指标|社会效益指标|业务能力|明显提升|20', '满意度指标|服务对象满意度指标|学员满意度|90|20'];
    expect(columns([...top, ...weighted])[0].columns).toEqual({ level1: 0, level2: 1, level3: 2, value: 3 });
  });

  test('qualitative values only: the column right of the 三级 stays the value', () => {
    const words = ['产出指标|数量指标|培训覆盖|全部覆盖|备注', '|质量指标|培训质量|明显提升|', '效益指标|社会效益指标|业务能力|有效提升|', '满意度指标|服务对象满意度指标|学员满意度|≥90%|'];
    expect(columns([...top, ...words])[0].columns).toEqual({ level1: 0, level2: 1, level3: 2, value: 3 });
  });
});

describe('from a PDF: labels and values sharing a cell', () => {
  const gridRows = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人次|≥500人次', '|质量指标|培训合格率|≥95%', '|成本指标|培训成本|≤50万元', '效益指标|社会效益指标|业务能力|明显提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%'];

  test.each(['绩效目标：完成培训500人次', '绩效目标: 完成培训500人次', '年度绩效目标：完成培训500人次'])('`%s` is the goals, not a title', (goals) => {
    const [t] = checkSheet(grid(['项目名称：某某培训项目|||', '预算数：50万元|其中：财政资金：50万元||', `${goals}|||`, ...gridRows])).tables;
    expect(t.table.goals?.text.trim()).toBe('完成培训500人次');
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });
});

test('each 二级 on a row of its own above its indicators: a heading, no unused template row', () => {
  const lines = [
    '项目名称|某某培训项目||', '预算数|50|其中：财政资金|50', '绩效目标|完成培训500人次||', '一级指标|二级指标|三级指标|指标值',
    '产出指标|数量指标||', '||培训人次|≥500人次', '|成本指标||', '||培训成本|≤50万元', '效益指标|社会效益指标||', '||业务能力|明显提升',
    '满意度指标|服务对象满意度指标||', '||学员满意度|≥90%',
  ];
  const [t] = checkSheet(grid(lines)).tables;
  expect(t.table.indicators.map((i) => `${i.row + 1} ${i.level1.text}/${i.level2.text}/${i.level3.text}`)).toEqual(['6 产出指标/数量指标/培训人次', '8 产出指标/成本指标/培训成本', '10 效益指标/社会效益指标/业务能力', '12 满意度指标/服务对象满意度指标/学员满意度']);
  expect(t.findings.map((f) => f.rule)).toEqual([]);
  // A 二级 with nothing under it is still an unused row.
  const [u] = checkSheet(grid([...lines.slice(0, 6), '|质量指标||', ...lines.slice(6)])).tables;
  expect(u.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['C7 structure/unused-rows']);
});
