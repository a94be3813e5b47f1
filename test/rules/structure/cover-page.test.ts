/**
 * A 项目申报表 printed with a cover (湖北's budget-system export, fa20 probe): `项目名称：…`, `项目编码：`,
 * `项目单位（盖章）：…` lines, then the form (项目基本信息, its 二级项目名称, the money, goals and
 * grid). The cover's name was read as a table of its own, reported as missing its goals and its
 * grid; it is the form's first page.
 */
import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';

const NAME = '城乡义务教育补助经费-义务教育学校校舍安全保障长效机制省级资金';

function form(coverName: string): CellValue[][] {
  return [
    ['某某中学项目申报表', null, null, null, null],
    [`项目名称：${coverName}`, null, null, null, null],
    ['项目编码：', null, null, null, null],
    ['项目单位（盖章）：某某中学', null, null, null, null],
    ['主管部门：某某市教育局', null, null, null, null],
    ['项目基本信息', null, null, null, null],
    ['二级项目名称', NAME, null, '二级项目代码', null],
    ['项目资金(万元)', '年度资金总额', 30, null, null],
    [null, '其中:财政拨款', 30, null, null],
    ['年度绩效目标', '完成校舍维修改造，消除安全隐患，保障师生安全。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '维修校舍面积', '≥800平方米'],
    [null, null, '成本指标', '项目总成本', '≤30万元'],
    [null, '效益指标', '社会效益指标', '校舍安全隐患消除', '有效消除'],
    [null, '满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
  ];
}

const read = (rows: CellValue[][]) =>
  checkSheet(new Grid({ name: 'Sheet1', values: rows, merges: ['A8:A9', 'B10:E10', 'A11:A15'].map(parseA1) })).tables.map((t) => ({
    project: t.table.projectName?.text,
    errors: t.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
  }));

describe('a cover’s 项目名称 above the same project’s form', () => {
  it('is the form’s first page: one table, no missing goals or grid', () => {
    expect(read(form(NAME))).toEqual([{ project: NAME, errors: [] }]);
  });

  it('a name-only table above another project’s form stays a table of its own', () => {
    const tables = read(form('另一个项目'));
    expect(tables.map((t) => t.project)).toEqual(['另一个项目', NAME]);
    expect(tables[0].errors).toEqual(expect.arrayContaining(['structure/missing-goals', 'structure/no-indicators']));
  });
});
