/**
 * A plan of projects, one row each, its header naming columns no pattern knows right of 项目名称
 * (`项目名称 | 项目子类型 | 建设内容 | 计划投入资金 | 资金来源 | … | 预期绩效目标`, a 合计 row first; 湖北
 * 大冶's 衔接资金 项目计划安排表, locate21 probe): it was read as one project's form, the next column's
 * heading taken for its name, and reported as having no indicator grid. It is a list of projects.
 * A project's form with labels further right in its name's row (`项目名称 | 某项目 | 项目负责人 | 张三`)
 * stays a form.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../src/core/engine/grid';

const plan: CellValue[][] = [
  ['某市2024年度省级财政衔接推进乡村振兴补助资金项目计划安排表', null, null, null, null, null, null, null, null, null, null],
  ['序号', '乡镇', '项目名称', '项目子类型', '建设内容', '计划投入资金', '资金来源', null, '实施期限', '预期绩效目标', '责任单位'],
  [null, null, null, null, null, null, '中央衔接资金', '省级衔接资金', null, null, null],
  ['合 计', null, null, null, null, 1500, 0, 1500, null, null, null],
  [1, '大箕铺镇', '果蔬特色产业示范项目', '种植业基地', '蔬菜加工厂房建设，冷链设备采购。', 1000, 0, 1000, '2024年6月到12月', '建设180亩果蔬生产基地，带动人口就近就业。', '大箕铺镇政府'],
  [2, '金山店镇', '村级道路硬化项目', '乡村建设', '硬化道路3公里。', 500, 0, 500, '2024年7月到11月', '改善村民出行条件，受益群众1200人。', '金山店镇政府'],
];
const planMerges = ['A1:K1', 'G2:H2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'I2:I3', 'J2:J3', 'K2:K3', 'A4:E4'];

const form: CellValue[][] = [
  ['项目支出绩效目标表', null, null, null],
  ['项目名称', '乡村道路养护', '项目负责人', '张三'],
  ['预算数（万元）', 100, '联系电话', '12345678'],
  ['年度目标', '完成道路养护50公里', null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '养护里程', '≥50公里'],
  [null, '成本指标', '养护成本', '≤100万元'],
  ['效益指标', '社会效益指标', '出行条件', '有效改善'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];

const read = (values: CellValue[][], merges: string[]) =>
  checkSheet(new Grid({ name: 'Sheet1', values, merges: merges.map(parseA1) })).tables.map((t) => ({
    kind: t.table.kind ?? 'project',
    errors: t.findings.filter((f) => f.severity !== 'info').map((f) => f.rule),
  }));

describe('a plan of projects whose header has unknown column words right of 项目名称', () => {
  it('is a list of projects, not a project’s form missing its grid', () => {
    expect(read(plan, planMerges)).toEqual([{ kind: 'summary', errors: [] }]);
  });

  it('a project form with labels further right in its name’s row stays a project', () => {
    expect(read(form, [])).toEqual([{ kind: 'project', errors: [] }]);
  });
});
