/**
 * A table that states no money unit (no `单位：万元` line, no unit in a label) takes the unit its
 * 预算数 writes (`50万`, `300000元`) for the bare amounts beside it. Before, the unit was guessed from
 * the layout alone (a list export: 元; a form: 万元), so `50万` beside `…资金50` was 500,000 元
 * against 50 元: a false sum-mismatch error with the fix `0.005万`. Found when 内蒙古 武川县民族事务委员会
 * 2021 (a tune file of the real corpus: `年度资金总额:50万`, `中央衔接推进乡村振兴补助资金(少数民族发展任务)50`)
 * was rewritten as a list export by test/eval/perturb.ts; the grids here are ours (consistency).
 */
import { checkSheet } from '../../src/core/engine';
import type { CellValue } from '../../src/core/engine/grid';

const INDICATORS: CellValue[][] = [
  ['产出指标', '数量指标', '养殖场数量', '≥1个'],
  ['效益指标', '社会效益指标', '受益人口', '≥170人'],
  ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%'],
];

function list(total: CellValue, fiscal: CellValue): CellValue[][] {
  return [
    ['项目名称', '预算数', '财政资金', '其他资金', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
    ...INDICATORS.map((ind, i) => (i === 0 ? ['养殖场基础设施建设项目', total, fiscal, null, '新建养殖场一座'] : [null, null, null, null, null]).concat(ind)),
  ];
}

function form(total: CellValue, fiscal: CellValue, other: CellValue = null): CellValue[][] {
  return [
    ['项目支出绩效目标表', null, null, null, null],
    ['项目名称', '养殖场基础设施建设项目', null, null, null],
    ['预算数', total, '其中：财政资金', fiscal, null],
    [null, null, '其他资金', other, null],
    ['年度绩效目标', '新建养殖场一座', null, null, null],
    [null, '一级指标', '二级指标', '三级指标', '指标值'],
    ...INDICATORS.map((ind) => [null, ...ind]),
  ];
}

function check(values: CellValue[][]): { unit: string; budget: string[] } {
  const result = checkSheet({ name: 'Sheet1', values });
  expect(result.tables).toHaveLength(1);
  const [t] = result.tables;
  return { unit: t.table.moneyUnit, budget: t.findings.filter((f) => f.category === 'budget').map((f) => `${f.rule} ${f.cell}`) };
}

describe('the money unit a table does not state', () => {
  it('is the one its 预算数 writes, in a list export', () => {
    expect(check(list('50万', '中央衔接推进乡村振兴补助资金(少数民族发展任务)50'))).toEqual({ unit: '万元', budget: [] });
  });

  it('is the one its 预算数 writes, in a form', () => {
    expect(check(form('300000元', 300000))).toEqual({ unit: '元', budget: [] });
  });

  it('still finds a budget that does not add up', () => {
    expect(check(list('50万', '40'))).toEqual({ unit: '万元', budget: ['budget/sum-mismatch B2'] });
    expect(check(form('30万元', '20', '5'))).toEqual({ unit: '万元', budget: ['budget/sum-mismatch B3'] });
  });

  it('is guessed from the layout when the 预算数 writes none', () => {
    expect(check(list(500000, 500000)).unit).toBe('元');
    expect(check(form(50, 50)).unit).toBe('万元');
  });
});
