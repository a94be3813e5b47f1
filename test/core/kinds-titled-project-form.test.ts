/**
 * A table titled as a project's (`项目支出绩效目标表`) with its own 项目名称, 预算数 and 绩效目标 is a
 * project target table, whatever other row its form holds (`实施区域`, `主要任务`, `人员经费`): only a
 * column or row of results or progress (实际完成值, 全年执行数) makes it a self-evaluation or monitoring
 * table (issue #11: a project table must never be taken for another kind). Forms we wrote:
 * consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

const form = (title: string | null, label: string, value: string) =>
  checkSheet({
    name: 'Sheet1',
    values: textRows([
      ...(title === null ? [] : [`${title}|||`]),
      '项目名称|某某项目||',
      '预算数（万元）|50|其中：财政资金|50',
      `${label}|${value}||`,
      '年度绩效目标|完成年度任务。||',
      '一级指标|二级指标|三级指标|指标值',
      '产出指标|数量指标|培训人数|≥100人',
      '|质量指标|培训合格率|100%',
      '|成本指标|培训成本|≤50万元',
      '效益指标|社会效益指标|服务能力|有所提升',
      '满意度指标|服务对象满意度指标|学员满意度|≥90%',
    ]),
  });

describe('a titled project form with another kind’s row is still a project’s', () => {
  it.each([
    ['实施区域', '某某乡、某某镇'],
    ['补助区域', '某某乡'],
    ['年度主要任务', '完成培训'],
    ['主要任务', '完成培训'],
    ['部门职能', '负责某某工作'],
    ['人员经费', '10'],
    ['评分标准', '完成得满分'],
  ])('%s', (label, value) => {
    for (const title of ['项目支出绩效目标表', '2024年某某项目绩效目标申报表']) {
      const r = form(title, label, value);
      expect(r.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
      expect(r.tables[0].findings.map((f) => `${f.cell} ${f.rule}`)).toContain('D8 value/missing-sign');
    }
  });
  it.each([
    ['全年执行数', '40', 'self-eval'],
    ['实际完成情况', '已完成', 'self-eval'],
    ['1-6月执行数', '20', 'monitor'],
    ['调整原因', '任务变化', 'adjustment'],
  ])('but a row of results or progress (%s) still names the kind', (label, value, kind) => {
    expect(form('项目支出绩效目标表', label, value).tables.map((t) => t.table.kind)).toEqual([kind]);
  });
  it.each([
    ['项目期限', '1-12月'],
    ['实施周期', '1至12月'],
    ['执行期限', '一至十二月'],
  ])('a project’s period over the whole year (%s | %s) is no monitoring period, with or without a title', (label, value) => {
    for (const title of ['项目支出绩效目标表', null]) {
      const r = form(title, label, value);
      expect(r.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
      expect(r.tables[0].findings.map((f) => `${f.cell} ${f.rule}`)).toContain(`D${title === null ? 7 : 8} value/missing-sign`);
    }
  });
  it('without a title the other kind’s row still decides (a transfer’s 补助区域, a department’s 部门职能)', () => {
    expect(form(null, '补助区域', '某某乡').tables.map((t) => t.table.kind)).toEqual(['transfer']);
    expect(form(null, '部门职能', '负责某某工作').tables.map((t) => t.table.kind)).toEqual(['department']);
  });
  it('without a title, a 年度主要任务 under the form’s own 项目名称, budget and goals is the project’s (the 一体化 systems’ forms)', () => {
    expect(form(null, '年度主要任务', '完成培训').tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
  });
});

describe('a department’s name labelled as forms print it, no title and no 项目名称: a department’s table', () => {
  it.each(['部门（单位）名称（公章）', '单位名称（盖章）', '单位名称（公章）', '部门单位名称', '部门/单位名称', '二级预算单位名称'])('%s', (label) => {
    const r = checkSheet({
      name: 'Sheet1',
      values: textRows([`${label}|某某县教育局||`, '年度总体目标|完成年度工作。||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|≥100人', '效益指标|社会效益指标|服务能力|有所提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%']),
    });
    expect(r.tables.map((t) => t.table.kind)).toEqual(['department']);
    expect(r.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('主管部门 or 填报单位 alone stays a project missing its name (a project’s form has them too)', () => {
    for (const label of ['主管部门', '填报单位']) {
      const r = checkSheet({ name: 'Sheet1', values: textRows([`${label}|某某县教育局||`, '年度绩效目标|完成||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|≥100人']) });
      expect(r.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
      expect(r.tables[0].findings.map((f) => f.rule)).toContain('structure/missing-project-name');
    }
  });
});

describe('a department’s goals or work labelled as forms print them, no title and no name: a department’s table', () => {
  it.each(['整体支出绩效目标', '单位整体支出年度绩效目标', '年度部门（单位）整体支出绩效目标', '年度整体绩效目标', '部门整体支出年度绩效目标', '年度部门整体支出绩效目标', '部门整体支出年度目标', '单位概况', '机构设置', '年度重点工作', '年度主要工作'])('%s', (label) => {
    const r = checkSheet({
      name: 'Sheet1',
      values: textRows([`${label}|完成年度工作。||`, '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|≥100人', '效益指标|社会效益指标|服务能力|有所提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%']),
    });
    expect(r.tables.map((t) => t.table.kind)).toEqual(['department']);
    expect(r.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('under a project’s own 项目名称, 整体支出绩效目标 is read as its goals, not as another kind', () => {
    const r = checkSheet({
      name: 'Sheet1',
      values: textRows(['项目名称|某某项目||', '预算数|50||', '整体支出绩效目标|完成年度工作。||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|100%', '|成本指标|培训成本|≤50万元', '效益指标|社会效益指标|服务能力|有所提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%']),
    });
    expect(r.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
    const rules = r.tables[0].findings.map((f) => f.rule);
    expect(rules).toContain('value/missing-sign');
    expect(rules).not.toContain('structure/missing-goals');
  });
});
