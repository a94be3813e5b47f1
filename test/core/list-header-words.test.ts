/**
 * A list export (one row per indicator, the project's columns repeated on each row) may head its
 * project columns with words too short to be labels anywhere else: `项目` for the project's name,
 * `金额` / `合计` for its total. Beside another project column they are read, so the list splits by
 * project and each project's cost caps are checked against its own total.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, type CellValue } from '../../src/core/engine/grid';

function list(name: string, money: string): CellValue[][] {
  const rows: CellValue[][] = [
    ['2025年项目支出绩效目标表', null, null, null, null, null, null, null],
    ['单位名称', name, money, '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
  ];
  const project = (p: string, total: number, goal: string, cap: string): void => {
    rows.push(
      ['某县交通局', p, total, goal, '产出指标', '数量指标', '养护里程', '≥500公里'],
      ['某县交通局', p, total, goal, '产出指标', '成本指标', '项目成本', cap],
      ['某县交通局', p, total, goal, '效益指标', '社会效益指标', '出行条件', '有所改善'],
      ['某县交通局', p, total, goal, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    );
  };
  project('农村公路养护', 300, '完成养护500公里', '≤350万元');
  project('乡村学校维修', 100, '维修校舍10所', '≤100万元');
  return rows;
}

function read(name: string, money: string): { projects: string[]; budget: string[] } {
  const r = checkSheet(new Grid({ name: 'Sheet1', values: list(name, money), merges: [] }));
  return {
    projects: r.tables.map((t) => `${t.table.projectName?.text ?? '-'} ${String(t.table.budget.total?.value ?? '-')}`),
    budget: r.tables.flatMap((t) => t.findings).filter((f) => f.rule.startsWith('budget/') || f.rule === 'structure/missing-project-name').map((f) => `${f.rule} ${f.cell}`),
  };
}

describe('a list export headed 项目 / 金额 / 合计', () => {
  it.each([
    ['项目', '预算数'],
    ['项目名称', '金额'],
    ['项目名称', '合计'],
    ['项目', '金额（万元）'],
  ])('%s | %s: two projects, each with its total; the cap above 300 is found', (name, money) => {
    expect(read(name, money)).toEqual({ projects: ['农村公路养护 300', '乡村学校维修 100'], budget: ['budget/cost-exceeds H4'] });
  });

  it('金额 in a form, over the amounts beside their labels, stays the column heading (the total is its label’s)', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表', null, null, null],
      ['项目名称', '农村公路养护', null, null],
      ['资金来源', null, '金额', null],
      ['年度资金总额', null, 300, null],
      ['其中：财政拨款', null, 300, null],
      ['年度绩效目标', '完成养护500公里', null, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '养护里程', '≥500公里'],
      [null, '成本指标', '项目成本', '≤300万元'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ];
    const [t] = checkSheet(new Grid({ name: 'Sheet1', values: rows, merges: [] })).tables;
    expect(t.table.budget.total?.value).toBe(300);
    expect(t.table.budget.total?.at).toEqual({ row: 3, col: 2 });
  });
});
