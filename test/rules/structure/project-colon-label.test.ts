/**
 * A form naming its project as `项目：…` over the grid (the name and the unit line in one row, no
 * 项目名称 cell; locate21 probe shape): the project was not read, and the table was reported as
 * having no 项目名称. `项目` alone stays no label (it heads a scoring sheet's or a list's column).
 */
import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';

function form(nameCell: string): CellValue[][] {
  return [
    ['项目支出绩效目标表', null, null, null, null],
    [nameCell, null, null, null, '单位：万元'],
    ['主管部门及代码', '某某县卫健委', '实施单位', '某某县卫健委', null],
    ['项目金额（万元）', '年度资金总额', 120, null, null],
    [null, '其中：财政拨款', 120, null, null],
    ['总体目标', '面向全体居民免费提供最基本的公共卫生服务，促进基本公共卫生服务均等化。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '7岁以下儿童健康管理率', '≥85%'],
    [null, null, '成本指标', '项目总成本', '≤120万元'],
    [null, '效益指标', '社会效益指标', '居民健康水平', '逐步提高'],
    [null, '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
  ];
}

const read = (nameCell: string) =>
  checkSheet(new Grid({ name: 'Sheet1', values: form(nameCell), merges: ['A4:A5', 'B6:E6', 'A7:A11'].map(parseA1) })).tables.map((t) => ({
    project: t.table.projectName?.text,
    missingName: t.findings.some((f) => f.rule === 'structure/missing-project-name'),
  }));

describe('`项目：…` naming the project', () => {
  it('is the project’s name', () => {
    expect(read('项目：国家基本公共卫生服务项目')).toEqual([{ project: '国家基本公共卫生服务项目', missingName: false }]);
    expect(read('项目:城区道路养护')).toEqual([{ project: '城区道路养护', missingName: false }]);
  });

  it('reads as 项目名称：… does', () => {
    expect(read('项目名称：国家基本公共卫生服务项目')).toEqual(read('项目：国家基本公共卫生服务项目'));
  });
});
