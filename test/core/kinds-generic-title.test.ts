/**
 * A title that names a target table but no project (`某县人民医院2024年度绩效目标表`) is how a unit's
 * own (整体) table may be titled as well as a project's: under it, a 单位名称 and no 项目名称 is the
 * unit's table, named with its kind; a title naming a project keeps the missing 项目名称 an error.
 * Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

const indicators = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|门诊人次|≥20万人次', '|质量指标|院感发生率|100%', '效益指标|社会效益指标|群众就医便利度|明显提高', '满意度指标|满意度指标|患者满意度|≥90%'];

function check(lines: string[]) {
  const result = checkSheet({ name: 'Sheet1', values: textRows(lines) });
  return result.tables.map((t) => ({ kind: t.table.kind ?? 'project', rules: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) }));
}

describe('a title naming no project', () => {
  it.each([['某县人民医院2024年度绩效目标表'], ['2024年度绩效目标表'], ['某县人民医院2024年度预算绩效目标申报表']])('%s over a 单位名称 and no 项目名称: the unit’s own table', (title) => {
    const tables = check([`${title}|||`, '单位名称|某县人民医院||', '年度预算（万元）|3500||', '年度绩效目标|提高医疗服务水平。||', ...indicators]);
    expect(tables).toEqual([{ kind: 'department', rules: ['info A2 structure/table-kind'] }]);
  });

  it('over a 项目名称: a project’s table, checked', () => {
    const tables = check(['2024年度绩效目标表|||', '项目名称|医疗设备购置||', '单位名称|某县人民医院||', '年度预算（万元）|350||', '年度绩效目标|完成设备购置。||', ...indicators]);
    expect(tables[0].kind).toBe('project');
    expect(tables[0].rules).toContain('warning D8 value/missing-sign');
  });

  it('a title naming a project over a 单位名称 and no 项目名称: a project that lost its name (an error)', () => {
    const tables = check(['2024年度项目支出绩效目标表|||', '单位名称|某县人民医院||', '年度预算（万元）|350||', '年度绩效目标|完成设备购置。||', ...indicators]);
    expect(tables[0].kind).toBe('project');
    expect(tables[0].rules).toContain('error A1:D9 structure/missing-project-name');
  });
});
