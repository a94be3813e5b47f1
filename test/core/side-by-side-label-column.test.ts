/**
 * Two project forms placed right against each other (no spacer column), each with its `绩效指标`
 * label column left of its 一级指标 (locate21 probe shape, two real forms side by side): the cut
 * was looked for only where the second 项目名称 and the second 一级 share a column, so the forms
 * were read as one table (the second's project name, the first's budget, levels mixed).
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../src/core/engine/grid';

function form(name: string, total: number, cost: string): CellValue[][] {
  return [
    ['项目支出绩效目标表', null, null, null, null],
    ['项目名称', name, null, null, null],
    ['主管部门', '某某县民委', '实施单位', '某某县民委', null],
    ['资金情况（万元）', '年度资金总额', total, null, null],
    [null, '其中：财政拨款', total, null, null],
    ['年度目标', `完成${name}建设任务，带动群众增收。`, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '建设内容完成率', '100%'],
    [null, null, '成本指标', '项目总成本', cost],
    [null, '效益指标', '社会效益指标', '受益人口', '≥174人'],
    [null, '满意度指标', '服务对象满意度指标', '受益群众满意度', '≥95%'],
  ];
}

function sheet(gap: boolean): { values: CellValue[][]; merges: string[] } {
  const a = form('养殖场基础设施建设项目', 50, '≤50万元');
  const b = form('村级道路硬化项目', 80, '≤80万元');
  const values = a.map((row, i) => [...row, ...(gap ? [null] : []), ...b[i]]);
  const off = gap ? 6 : 5;
  const col = (c: number) => String.fromCharCode(65 + c);
  const merges = [0, off].flatMap((o) => [`${col(o)}1:${col(o + 4)}1`, `${col(o)}4:${col(o)}5`, `${col(o + 1)}6:${col(o + 4)}6`, `${col(o)}7:${col(o)}11`]);
  return { values, merges };
}

const read = (gap: boolean) => {
  const { values, merges } = sheet(gap);
  return checkSheet(new Grid({ name: 'Sheet1', values, merges: merges.map(parseA1) })).tables.map((t) => ({
    project: t.table.projectName?.text,
    total: t.table.budget.total?.text,
    left: t.table.range.left,
    errors: t.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
  }));
};

describe('project forms side by side with no spacer column', () => {
  it('are two tables, each with its own name, budget and grid', () => {
    expect(read(false)).toEqual([
      { project: '养殖场基础设施建设项目', total: '50', left: 0, errors: [] },
      { project: '村级道路硬化项目', total: '80', left: 5, errors: [] },
    ]);
  });

  it('read as they do with a spacer column between them', () => {
    expect(read(false).map(({ left: _left, ...t }) => t)).toEqual(read(true).map(({ left: _left, ...t }) => t));
  });
});
