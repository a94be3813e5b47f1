/** budget/long-term-total through the real locator and engine, on ah-taixian-cgj-2023's form. */
import { allFindings, checkSheet } from '../../../src/core/engine';
import { Grid, type CellValue } from '../../../src/core/engine/grid';

function form(longTerm: string, annual: string): CellValue[][] {
  return [
    ['项目支出绩效目标申报表', null, null, null, null, null],
    ['项目名称', '城管执法车辆维修燃油费', null, null, null, null],
    ['项目资金 (万元)', '中期资金总额:', longTerm, null, '年度资金总额:', annual],
    [null, '其中:财政拨款', longTerm, null, '其中:财政拨款', annual],
    [null, '其他资金', '0.00', null, '其他资金', '0.00'],
    ['总体目标', '中期目标', null, null, '年度目标', null],
    [null, '保障执法车辆正常运行', null, null, '保障执法车辆正常运行', null],
    ['一级指标', '二级指标', '三级指标', null, '指标值', null],
    ['产出指标', '数量指标', '维修车辆数', null, '≥20辆', null],
    [null, '成本指标', '维修燃油费', null, '≤340万元', null],
    ['效益指标', '社会效益指标', '执法保障能力', null, '有效提升', null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', null, '≥90%', null],
  ];
}

const run = (rows: CellValue[][]) => allFindings(checkSheet(new Grid({ name: 'Sheet1', values: rows, merges: [] }))).filter((f) => f.rule === 'budget/long-term-total');

describe('budget/long-term-total', () => {
  it('reads the annual total as the budget and the 中期 total beside it', () => {
    const [t] = checkSheet(new Grid({ name: 'Sheet1', values: form('170.00', '340.00'), merges: [] })).tables;
    expect(t.table.budget.total?.text).toBe('340.00');
    expect(t.table.budget.longTermTotal?.text).toBe('170.00');
  });
  it('warns on the 中期 total when it is below the annual one', () => {
    expect(run(form('170.00', '340.00')).map((f) => [f.cell, f.severity, f.messageId])).toEqual([['C3', 'warning', 'below']]);
  });
  it.each([
    ['equal (a one-year project)', '340.00', '340.00'],
    ['larger', '1020.00', '340.00'],
    ['not a number (budget/not-a-number’s)', '待定', '340.00'],
    ['empty', '', '340.00'],
  ])('says nothing when the 中期 total is %s', (_name, longTerm, annual) => {
    expect(run(form(longTerm, annual))).toEqual([]);
  });
});
