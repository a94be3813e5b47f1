/**
 * A project's description written as numbered lines above its form (安徽's 项目支出绩效目标申报表
 * pages, locate21 probe: `(3)实施主体：…`, `(6)年度预算安排：2279.048万元。`, then the title and the
 * form). The table ran up over the lines within a few rows of its 项目名称: the sentence's amount
 * was read as the budget (`2279.048万元。` not a number) and the table started in the prose. Lines
 * with fields above the form's own title are not its rows.
 */
import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';

function sheet(prose: boolean): CellValue[][] {
  const lines: CellValue[][] = [
    ['(3)实施主体：某某县卫生健康委员会。', null, null, null, null],
    ['(4)起止时间：2024年1月1日-2024年12月31日。', null, null, null, null],
    ['(5)项目内容：基本公共卫生服务项目县级配套经费。', null, null, null, null],
    ['(6)年度预算安排：2279.048万元。', null, null, null, null],
    ['(7)绩效目标：提高项目资金的使用效益。', null, null, null, null],
  ];
  return [
    ...(prose ? lines : []),
    ['项目支出绩效目标申报表', null, null, null, null],
    ['（2024年度）', null, null, null, null],
    ['项目名称', '国家基本公共卫生服务项目', null, null, null],
    ['主管部门及代码', '某某县卫健委', '实施单位', '某某县卫健委', null],
    ['项目金额（万元）', '年度资金总额', 2279.048, null, null],
    [null, '其中：财政拨款', 2279.048, null, null],
    ['总体目标', '面向全体居民免费提供最基本的公共卫生服务，促进基本公共卫生服务均等化。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '7岁以下儿童健康管理率', '≥85%'],
    [null, null, '成本指标', '项目总成本', '≤2279.048万元'],
    [null, '效益指标', '社会效益指标', '居民健康水平', '逐步提高'],
    [null, '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
  ];
}

function read(prose: boolean) {
  const at = prose ? 5 : 0;
  const merges = [`A${at + 5}:A${at + 6}`, `B${at + 7}:E${at + 7}`, `A${at + 8}:A${at + 12}`].map(parseA1);
  const res = checkSheet(new Grid({ name: 'Sheet1', values: sheet(prose), merges }));
  return res.tables.map((t) => ({
    top: t.table.range.top - at,
    kind: t.table.kind ?? 'project',
    total: t.table.budget.total?.text,
    budgetFindings: t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => f.rule),
  }));
}

describe('numbered description lines above a project form’s title', () => {
  it('are not the form’s rows: its budget is the form’s own', () => {
    expect(read(true)).toEqual([{ top: 0, kind: 'project', total: '2279.048', budgetFindings: [] }]);
  });

  it('reads the same form the same without them', () => {
    expect(read(false)).toEqual(read(true));
  });
});
