/**
 * The tables a clerk's workbook holds beside its project target tables (scripts/kind-shapes.ts:
 * 部门整体, 转移支付/区域, 自评, 监控, 评价指标体系, 事前评估, 政策, 调整表; with and without their
 * title, list exports, several per sheet) run through the real locator: each non-project table is
 * named with its kind and gets nothing but that info; each project, whatever its name holds
 * (`部门整体运转经费项目`, `监控平台建设项目`), is checked as one and keeps its finding. Forms we
 * wrote: consistency, not accuracy.
 */
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { Grid, parseA1 } from '../../src/core/engine/grid';
import { projectOfTitle } from '../../src/core/engine/labels';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { KIND_SHAPES, type KindShape } from '../../scripts/kind-shapes';
import { textRows } from '../helpers/text-grid';

const gridOf = (s: KindShape): Grid => new Grid({ name: s.sheet ?? 'Sheet1', values: textRows(s.lines), merges: (s.merges ?? []).map((m) => parseA1(m)) });

describe.each(KIND_SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
  const result = checkSheet(gridOf(shape));
  it(`${shape.about}: ${shape.kinds.map((k) => k ?? 'project').join(', ')}`, () => {
    // toStrictEqual: toEqual takes a missing table for a trailing `undefined` (a project) in the list.
    expect(result.tables.map((t) => (t.table.kind === 'project' ? undefined : t.table.kind))).toStrictEqual(shape.kinds);
  });
  it('a non-project table gets one info naming its kind and nothing else; a project is checked', () => {
    result.tables.forEach((t, i) => {
      const rules = t.findings.map((f) => `${f.severity} ${f.rule}`);
      if (shape.kinds[i] !== undefined) expect(rules).toEqual(['info structure/table-kind']);
      // Every project here has one mistake: 100% written without its sign.
      else expect(rules).toContain('warning value/missing-sign');
    });
  });
});

describe('a kind’s words in a project’s name', () => {
  it.each([
    ['2024年部门整体运转经费项目绩效目标表', '部门整体运转经费项目'],
    ['某某县财政局2024年自评系统运维项目支出绩效目标表', '自评系统运维项目'],
    ['监控平台建设项目绩效目标表（第二批）', '监控平台建设项目'],
    ['2024年区域医疗中心建设转移支付项目绩效目标申报表', '区域医疗中心建设转移支付项目'],
  ])('%s is a project’s title and names %s', (title, project) => {
    const result = checkSheet({ name: 'Sheet1', values: textRows([`${title}|||`, `项目名称|${project}||`, '预算数|50|财政资金|50', '年度绩效目标|完成||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|人数|100人']) });
    expect(result.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
    expect(result.tables[0].findings.map((f) => f.rule)).toContain('value/missing-sign');
    expect(projectOfTitle(title)).toBe(project);
  });
});

describe('the fixture test/fixtures/kinds.xlsx (every shape as a sheet, amounts as numbers)', () => {
  it('reads back as the same tables, kinds and findings as the shapes', async () => {
    const grids = await readWorkbookFile(join(__dirname, '..', 'fixtures', 'kinds.xlsx'));
    expect(grids.map((g) => g.name)).toEqual(KIND_SHAPES.map((s) => s.sheet ?? s.name));
    grids.forEach((g, i) => {
      const shape = KIND_SHAPES[i];
      const tables = checkSheet(g).tables;
      expect({ sheet: g.name, kinds: tables.map((t) => (t.table.kind === 'project' ? undefined : t.table.kind)) }).toStrictEqual({ sheet: g.name, kinds: shape.kinds });
      const fromText = checkSheet(gridOf(shape)).tables;
      expect({ sheet: g.name, findings: tables.map((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)) }).toEqual({
        sheet: g.name,
        findings: fromText.map((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)),
      });
    });
  });
});

describe('a column written after the year (or during it) beside the target says the kind', () => {
  it.each([
    ['实际达成值', 'self-eval'],
    ['目标完成情况', 'self-eval'],
    ['指标实现情况', 'self-eval'],
    ['全年完成指标值', 'self-eval'],
    ['截至年底完成值', 'self-eval'],
    ['实际完成数值', 'self-eval'],
    ['自评分值', 'self-eval'],
    ['半年执行率', 'monitor'],
  ] as const)('%s: a %s table', (column, kind) => {
    const lines = ['项目名称|某某项目|||', `一级指标|二级指标|三级指标|年度指标值|${column}`, '产出指标|数量指标|运维系统数|≥3个|3', '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|95%'];
    const result = checkSheet({ name: 'Sheet1', values: textRows(lines) });
    expect(result.tables.map((t) => t.table.kind)).toEqual([kind]);
    expect(result.tables[0].findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['info structure/table-kind']);
  });
});

describe('a row only a department’s table has, however the department names itself', () => {
  it.each(['部门（单位）职能', '机构职能', '部门总体目标', '单位（部门）年度主要任务'])('%s', (label) => {
    const lines = ['单位：某某县财政局|||', `${label}|负责全县财政收支管理||`, '年度预算|200||', '年度绩效目标|完成年度预算编制。||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|完成任务数|≥12项', '满意度指标|服务对象满意度指标|预算单位满意度|≥90%'];
    const result = checkSheet({ name: 'Sheet1', values: textRows(lines) });
    expect(result.tables.map((t) => t.table.kind)).toEqual(['department']);
    expect(result.tables[0].findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['info structure/table-kind']);
  });
  it.each(['市县', '区县', '受益地区'])('a list of a transfer’s targets by %s, no 项目名称, is a region’s', (column) => {
    const lines = [`资金名称|${column}|资金用途|年度目标|一级指标|二级指标|三级指标|指标值`, '耕地地力保护补贴|某某县|发放补贴|足额发放|产出指标|数量指标|补贴面积|≥50万亩', '||||满意度指标|服务对象满意度指标|农户满意度|≥90%'];
    const result = checkSheet({ name: 'Sheet1', values: textRows(lines) });
    expect(result.tables.map((t) => t.table.kind)).toEqual(['region']);
  });
});
