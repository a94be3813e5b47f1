/**
 * An approval form's value column (`批复指标值`), a declaration's (`申报指标值`) and both side by side
 * (a 批复表 shows what was declared beside what was approved): the approved value is the one
 * checked, wherever it stands. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { classifyLabel } from '../../src/core/engine/labels';
import { textRows } from '../helpers/text-grid';

const top = ['项目名称|道路养护|||', '预算数（万元）|100|||', '年度绩效目标|完成养护|||'];

function valueFindings(header: string, rows: string[]) {
  const result = checkSheet({ name: 'Sheet1', values: textRows([...top, header, ...rows]) });
  expect(result.tables).toHaveLength(1);
  return result.tables[0].findings.filter((f) => f.rule.startsWith('value/')).map((f) => `${f.cell} ${f.rule} ${f.suggestion ?? ''}`);
}

describe('value columns named by the form’s stage', () => {
  it.each([['批复指标值'], ['批复目标值'], ['申报指标值'], ['核定指标值'], ['审核后指标值'], ['指标数值']])('%s is a value column', (label) => {
    expect(classifyLabel(label)?.header).toBe('value');
    expect(valueFindings(`一级指标|二级指标|三级指标|${label}`, ['产出指标|数量指标|养护里程|100公里', '效益指标|社会效益指标|通行条件|改善'])).toEqual(['D5 value/missing-sign ≥100公里']);
  });

  const rows = ['产出指标|数量指标|养护里程|≥100公里|100公里', '|质量指标|合格率|95%|≥95%', '效益指标|社会效益指标|通行条件|改善|改善'];
  it('申报指标值 | 批复指标值: the approved value is checked', () => {
    expect(valueFindings('一级指标|二级指标|三级指标|申报指标值|批复指标值', rows)).toEqual(['E5 value/missing-sign ≥100公里']);
  });
  it('批复指标值 | 申报指标值: the approved value is checked', () => {
    expect(valueFindings('一级指标|二级指标|三级指标|批复指标值|申报指标值', rows)).toEqual(['D6 value/missing-sign ≥95%']);
  });
});
