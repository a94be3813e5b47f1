/**
 * A PDF converted to Excel wraps a long cell onto the next row: the end of a value or description
 * alone on a row whose level and 三级 cells are empty. Before, that row was an indicator of its own
 * (value-empty and empty-level3 errors on it, and the value above read without its end: `≥95`
 * missing its unit). Now it is joined to the row above, which offers no fix (the end would stay
 * below). A 三级 name alone on its row is not joined: an indicator with an empty value looks the
 * same, and must stay an error. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const TOP = [
  '1.2025年干部教育培训项目绩效目标表||||',
  '项目名称|2025年干部教育培训项目|||',
  '预算数|26.5|其中：财政资金|26.5|',
  '绩效目标|1.完成全年干部培训任务。|||',
  '一级指标|二级指标|三级指标|绩效指标描述|指标值',
];
const check = (rows: string[]) => {
  const [t] = checkSheet(textGrid([...TOP, ...rows])).tables;
  return {
    t,
    values: t.table.indicators.map((i) => `${i.level3.text}=${i.value.text}`),
    findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}${f.suggestion !== undefined ? ` → ${f.suggestion}` : ''}`),
  };
};
const TAIL = ['效益指标|社会效益指标|干部能力|能力提升|有效提升', '满意度指标|服务对象满意度指标|参训人员满意度|满意度|≥95%'];

describe('a value or description wrapped onto the next row', () => {
  test('a unit, a deadline’s end and a description’s end are joined to the row above', () => {
    const { values, findings, t } = check([
      '产出指标|数量指标|培训人数|开展培训的人数|≥200',
      '||||人次',
      '|质量指标|培训合格率|参训人员考核合格|≥95',
      '|||的比例|%',
      '|时效指标|完成时间|全年培训任务完成的时|2025年12月31日',
      '||||前',
      '|成本指标|项目总成本|项目总成本|≤26.5万元',
      ...TAIL,
    ]);
    expect(values).toEqual(['培训人数=≥200人次', '培训合格率=≥95%', '完成时间=2025年12月31日前', '项目总成本=≤26.5万元', '干部能力=有效提升', '参训人员满意度=≥95%']);
    expect(t.table.indicators[1].description?.text).toBe('参训人员考核合格的比例');
    expect(findings).toEqual([]);
  });

  test('a finding on a joined value offers no fix (the end would stay in the cell below)', () => {
    const { findings } = check(['产出指标|成本指标|项目总成本|项目总成本|≥26.5', '||||万元', ...TAIL]);
    expect(findings).toEqual(['error E6 value/wrong-direction']);
  });

  test('a long qualitative value goes on below', () => {
    const { values } = check(['产出指标|数量指标|培训人数|培训人数|≥200人', '效益指标|社会效益指标|干部能力|能力|明显提升基层干部依法行政和服务群', '||||众的能力', TAIL[1]]);
    expect(values[1]).toBe('干部能力=明显提升基层干部依法行政和服务群众的能力');
  });

  test.each([
    ['a value of its own (a row missing its 三级)', '||||≥95%', 'error C7 structure/empty-level3'],
    ['short text under a short value (a row missing its 三级)', '||||有效', 'error C7 structure/empty-level3'],
    ['a 三级 alone (an indicator with an empty value)', '||人次||', 'error E7 value/empty'],
  ])('not joined: %s', (_name, row, expected) => {
    const { findings } = check(['产出指标|数量指标|培训人数|培训人数|≥200人', row, ...TAIL]);
    expect(findings).toContain(expected);
  });
});
