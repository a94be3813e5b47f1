/**
 * A 三级 cell ending in its signed value while the 指标值 cell beside it is blank (`养护里程 ≥50公里 |`,
 * as a PDF's conversion joins two cells): the value is read from there, as under a 三级指标及指标值
 * header, so its own mistakes are found (and a fix rewrites the whole cell), not a blank value. A
 * name holding a number with no sign before it stays a name whose value is missing. Through the
 * real locator and rules; grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { parseA1 } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const UPPER = ['项目名称|乡村道路养护||', '预算数|50|财政资金|50', '绩效目标|完成道路养护50公里||', '一级指标|二级指标|三级指标|指标值'];
const check = (rows: string[]) => {
  const [t] = checkSheet({ name: 'Sheet1', values: textRows([...UPPER, ...rows]), merges: ['A5:A7'].map((m) => parseA1(m)) }).tables;
  return {
    rows: t.table.indicators.map((i) => `${i.level3.text} = ${i.value.text}`),
    findings: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell} ${f.rule}${f.suggestion ? ` ${f.suggestion}` : ''}`),
  };
};
const REST = ['效益指标|社会效益指标|群众出行便利度|有所提升', '满意度指标|服务对象满意度指标|群众满意度|≥90%'];

describe('a signed value at the end of the 三级 cell, the value cell blank', () => {
  it('is the row’s value: a clean table has no finding', () => {
    const out = check(['产出指标|数量指标|养护里程 ≥50公里|', '|质量指标|验收合格率＝100%|', '|时效指标|完成时间≤2024年12月|', ...REST, '成本指标|经济成本指标|养护成本≤50万元|']);
    expect(out.rows).toEqual(['养护里程 = ≥50公里', '验收合格率 = ＝100%', '完成时间 = ≤2024年12月', '群众出行便利度 = 有所提升', '群众满意度 = ≥90%', '养护成本 = ≤50万元']);
    expect(out.findings).toEqual([]);
  });
  it('its own mistakes are found on the 三级 cell, the fix (a cost cap’s too) rewriting the whole cell', () => {
    const out = check(['产出指标|数量指标|养护里程 ≥50公里|', '|质量指标|验收合格率 不低于95%|', '|时效指标|完成时间≤2024年12月|', ...REST, '成本指标|经济成本指标|养护成本≤60万元|']);
    expect(out.findings).toEqual(['warning C6 value/nonstandard-sign 验收合格率 ≥95%', 'error C10 budget/cost-exceeds 养护成本≤50万元']);
  });
  it('a name holding a number with no sign before it is a name: its blank value is an error', () => {
    const out = check(['产出指标|数量指标|培训100人次|', '|质量指标|验收合格率 95%|', '|时效指标|完成时间≤2024年12月|', ...REST, '成本指标|经济成本指标|养护成本|≤50万元']);
    expect(out.findings).toEqual(['error D5 value/empty', 'error D6 value/empty']);
  });
});
