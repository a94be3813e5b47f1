/**
 * A 申报表 with a self-evaluation's column left beside its goal (`总体目标 | 年度目标 |
 * 年度总体目标完成情况` over the goal text; the 南岳区 2018 扶贫 forms, hn-nanyue-*-2018): the goal
 * is the text below 年度目标, not the heading beside it, and the form stays a project's.
 */
import { allFindings, checkSheet } from '../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../src/core/engine/grid';

const GOAL = '为水濂村带来观光游客不少于6万人,村集体收入达6万%。';

function form(heading: string): CellValue[][] {
  return [
    ['绩效目标申报表', null, null, null, null, null],
    ['项目名称', '2018年市级专项扶贫资金基础设施', null, '项目负责人及电话', '郭铁梅', null],
    ['主管部门', '南岳镇政府', null, '实施单位', '润山润水生态农业发展有限公司', null],
    ['资金情况(万元)', '年度资金总额:', 10, null, null, null],
    [null, '其中:财政拨款', 10, null, null, null],
    [null, '其他资金', 0, null, null, null],
    ['总体目标', '年度目标', null, null, heading, null],
    [null, GOAL, null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
    [null, '产出指标', '数量指标', '流转土地', '≥60亩', null],
    [null, null, '质量指标', '建设质量达标率', '≥98%', null],
    [null, null, '时效指标', '按期完成率', '≥95%', null],
    [null, null, '成本指标', '项目建设成本', '≤10万元', null],
    [null, '效益指标', '经济效益指标', '增加贫困村收入', '≥6万元', null],
    [null, '满意度指标', '服务对象满意度指标', '游客满意度', '≥90%', null],
  ];
}
const MERGES = ['A1:F1', 'A4:A6', 'A7:A8', 'B7:D7', 'E7:F7', 'B8:D8', 'E8:F8', 'A9:A15', 'B10:B13'].map(parseA1);
const sheet = (heading: string) => checkSheet(new Grid({ name: 'Sheet1', values: form(heading), merges: MERGES }));
const check = (heading: string) => sheet(heading).tables;

describe('a goal-outcome heading beside 年度目标', () => {
  it.each(['年度总体目标完成情况', '年度总体目标完成情况综述', '总体目标完成情况'])('%s: the goal is read below the label', (heading) => {
    const [t] = check(heading);
    expect(t.table.kind ?? 'project').toBe('project');
    expect(t.table.goals?.text).toBe(GOAL);
    expect(t.table.goals?.at).toEqual({ row: 7, col: 1 });
  });

  it('the goal read below is checked: its percentage with no figure is pointed out', () => {
    expect(allFindings(sheet('年度总体目标完成情况')).filter((f) => f.rule === 'content/placeholder-goal').map((f) => `${f.severity} ${f.cell} ${f.messageId}`)).toEqual(['info B8 noFigure']);
  });

  it('a goal written beside the label is still read there', () => {
    const [t] = check('完成流转土地60亩，带动贫困户增收');
    expect(t.table.goals?.text).toBe('完成流转土地60亩，带动贫困户增收');
  });
});
