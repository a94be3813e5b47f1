/**
 * A two-row header whose merges were lost in an export or a copy: every cell of a merged area
 * holds its text (`绩效指标` down the grid's left in every row, `一级指标 | 二级指标 | 三级指标` in
 * both header rows, `指标值` over `2021年实际实现值 | 预期2022年实现值`). Before, the second header row
 * was read as a new grid: the form got a "no indicators" error and its grid four errors for the
 * fields above it (no 项目名称, 预算数, 目标). The shape is the tune file hb-huangshi-dangxiao-2022
 * with its merges filled in (a metamorphic check over the real corpus found it). Grids we wrote
 * from a real one: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const UPPER = [
  '项目支出绩效目标批复表|项目支出绩效目标批复表|项目支出绩效目标批复表|项目支出绩效目标批复表|项目支出绩效目标批复表|项目支出绩效目标批复表|项目支出绩效目标批复表',
  '项目名称|主体班|主体班|主体班|项目负责人||',
  '项目金额|164万元|164万元|164万元|其中:当年市级财政资金|132万元|132万元',
  '年度绩效目标(文字)|主体班培训280人次|主体班培训280人次|主体班培训280人次|主体班培训280人次|主体班培训280人次|主体班培训280人次',
];
const HEADER = [
  '绩效指标|一级指标|二级指标|三级指标|指标值|指标值|指标标准或依据',
  '绩效指标|一级指标|二级指标|三级指标|2021年实际实现值|预期2022年实现值|指标标准或依据',
];
const ROWS = [
  '绩效指标|产出指标|数量指标|主体班培训人次|260人次|≥280人次|计划',
  '绩效指标|产出指标|质量指标|学员结业率|100%|≥98%|计划',
  '绩效指标|产出指标|时效指标|完成时间|2021年12月|2022年12月底前|计划',
  '绩效指标|产出指标|成本指标|人均培训成本|≤5800元|≤5800元|标准',
  '绩效指标|效益指标|社会效益指标|干部理论素养|有所提升|有效提升|计划',
  '绩效指标|满意度指标|服务对象满意度指标|学员满意度|≥95%|≥95%|计划',
];

describe('a two-row header unmerged, its texts repeated in both rows', () => {
  const run = (lines: string[]) => checkSheet(textGrid(lines)).tables;

  test('one table: the second header row is part of the header, the expected year’s column is checked', () => {
    const tables = run([...UPPER, ...HEADER, ...ROWS]);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.table.projectName?.text).toBe('主体班');
    expect(t.table.indicators.map((i) => i.value.text)).toEqual(['≥280人次', '≥98%', '2022年12月底前', '≤5800元', '有效提升', '≥95%']);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a defect in the checked column is found at its cell', () => {
    const rows = [...ROWS];
    rows[1] = '绩效指标|产出指标|质量指标|学员结业率|100%|98%|计划';
    const [t] = run([...UPPER, ...HEADER, ...rows]);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`)).toEqual(['F8 value/missing-sign']);
  });

  test('a header printed again further down (a new page) still starts no table of its own', () => {
    const tables = run([...UPPER, ...HEADER, ...ROWS.slice(0, 3), ...HEADER, ...ROWS.slice(3)]);
    expect(tables).toHaveLength(1);
    expect(tables[0].table.indicators).toHaveLength(6);
  });
});
