/**
 * A flat list with no 一级/二级 columns (cq-tongnan-wugui-2023, 重庆's 一般性项目绩效目标表), through
 * the real locator and every rule: the levels are not checked (said once, in an info), the values are.
 */
import { allFindings, checkSheet } from '../../../src/core/engine';
import { Grid, type CellValue } from '../../../src/core/engine/grid';

const rows: CellValue[][] = [
  ['2023年一般性项目绩效目标表(一级项目)', null, null, null, null, null],
  ['编制单位:', '813-潼南区五桂镇', null, null, null, '单位:万元'],
  ['专项资金名称', '在职村村干部补助', null, null, null, null],
  ['当年预算', 9.31, null, null, null, null],
  ['当年绩效目标', '按时足额发放', null, null, null, null],
  ['绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'],
  [null, '按月发放', '20', '月', '≥', '12'],
  [null, '本土人才满意度', '20', '%', '≥', '95'],
  [null, '发放金额', '20', '万元', '≤', '9.31'],
  [null, '发放人数', '10', null, '≥', '30'],
  [null, '促进经济发展', '20', null, '定性', null],
];

describe('a flat indicator list', () => {
  const result = checkSheet(new Grid({ name: 'Sheet1', values: rows, merges: [] }));
  const findings = allFindings(result);

  it('is located, with its project, budget and goals', () => {
    const [t] = result.tables;
    expect(result.tables).toHaveLength(1);
    expect(t.table.projectName?.text).toBe('在职村村干部补助');
    expect(t.table.budget.total?.value).toBe(9.31);
    expect(t.table.goals?.text).toBe('按时足额发放');
  });

  it('says once that the levels were not checked, and raises no level errors', () => {
    expect(findings.filter((f) => f.rule.startsWith('structure/')).map((f) => [f.rule, f.messageId, f.severity])).toEqual([
      ['structure/missing-level1', 'noLevels', 'info'],
      ['structure/weights-sum', 'ninety', 'info'],
    ]);
  });

  it('still checks the values: a missing unit, an empty 定性 value (a warning)', () => {
    expect(findings.filter((f) => f.rule.startsWith('value/')).map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ['value/missing-unit', 'D10', 'warning'],
      ['value/empty', 'F11', 'warning'],
    ]);
  });
});
