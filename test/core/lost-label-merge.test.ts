/**
 * A label whose merge was lost on the way into Excel (a transcription or a PDF conversion that
 * keeps the text in the first cell only): `年度资金总额 | (blank) | 2279.048 万元`. The blank is the
 * label's own cell; the value is the written cell after it. Before, the blank was read as the value:
 * a false `budget/missing-total` error (found when test/eval/perturb.ts undid every merge of 安徽 蒙城县
 * 卫生健康委员会 2024, a tune file of the real corpus, whose B6:C6 holds 年度资金总额). The grids here are
 * ours, after that table's block (consistency, not accuracy).
 */
import { checkSheet } from '../../src/core/engine';
import type { CellValue } from '../../src/core/engine/grid';

function sheet(total: CellValue[], fiscal: CellValue[], other: CellValue[]): CellValue[][] {
  return [
    ['项目支出绩效目标申报表', null, null, null, null],
    ['项目名称', '国家基本公共卫生服务项目', null, null, null],
    ['项目金额(万元)', ...total],
    [null, ...fiscal],
    [null, ...other],
    ['总体目标', '适龄儿童免疫规划疫苗接种率达到90%以上。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '疫苗接种率', '≥90%'],
    [null, '效益指标', '社会效益指标', '居民健康水平', '逐步提高'],
    [null, '满意度指标', '服务对象满意度指标', '居民满意度', '≥85%'],
    [null, '成本指标', '经济成本指标', '服务成本', '≤2279.048万元'],
  ];
}

function read(values: CellValue[][]): { total?: string; fiscal?: string; other?: string; budget: string[] } {
  const [t] = checkSheet({ name: 'Sheet1', values }).tables;
  const { budget } = t.table;
  return {
    ...(budget.total ? { total: budget.total.text } : {}),
    ...(budget.fiscal ? { fiscal: budget.fiscal.text } : {}),
    ...(budget.other ? { other: budget.other.text } : {}),
    budget: t.findings.filter((f) => f.category === 'budget').map((f) => `${f.rule} ${f.cell}`),
  };
}

describe('a label whose merge was lost', () => {
  it('has its value one blank cell further', () => {
    const r = read(sheet(['年度资金总额', null, '2279.048 万元', null], ['其中：财政拨款', null, '2279.048 万元', null], ['其他资金', null, null, null]));
    expect(r).toEqual({ total: '2279.048 万元', fiscal: '2279.048 万元', other: '', budget: [] });
  });

  it('reads the same as the merged form', () => {
    const merged = checkSheet({ name: 'Sheet1', values: sheet(['年度资金总额', null, '2279.048 万元', null], ['其中：财政拨款', null, '2279.048 万元', null], ['其他资金', null, null, null]), merges: [{ top: 2, bottom: 2, left: 1, right: 2 }, { top: 3, bottom: 3, left: 1, right: 2 }, { top: 4, bottom: 4, left: 1, right: 2 }] });
    expect(merged.tables[0].table.budget.total?.text).toBe('2279.048 万元');
  });

  it('still finds a budget that does not add up', () => {
    expect(read(sheet(['年度资金总额', null, '100', null], ['其中：财政拨款', null, '80', null], ['其他资金', null, '10', null])).budget).toContain('budget/sum-mismatch D3');
  });

  it('has an empty value when the cell after the blank is another label', () => {
    const r = read(sheet(['年度资金总额', null, '财政拨款', '100'], ['其他资金', null, '项目负责人', '张三'], [null, null, null, null]));
    expect(r.total).toBe('');
  });
});
