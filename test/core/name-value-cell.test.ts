/**
 * A 三级 name and its value written in one cell (`培训人数≥100人`) under `三级指标及指标值`,
 * `指标及指标值`, or `绩效指标` with no value column beside it: forms of county offices that have
 * no separate 指标值 column. Before, no grid was read ("no indicators", an error on the table).
 * Now each cell is read as name and value, findings land on that cell, and a suggested fix is the
 * whole cell with its name kept. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { splitNameValue } from '../../src/core/engine/value';
import { textGrid } from '../helpers/text-grid';

const TOP = [
  '1.2025年干部教育培训项目绩效目标表|||',
  '项目名称|2025年干部教育培训项目||',
  '预算数|26.5|其中：财政资金|26.5',
  '绩效目标|1.完成全年干部培训任务。||',
];
const ROWS = [
  '产出指标|数量指标|培训人数≥100人|',
  '|质量指标|培训合格率：≥95|',
  '|时效指标|完成时间2025年12月底前|',
  '|成本指标|项目总成本≥26.5万元|',
  '效益指标|社会效益指标|干部业务能力有效提升|',
  '满意度指标|服务对象满意度指标|参训人员满意度 不低于95%|',
];

const check = (header: string, rows = ROWS) => {
  const [t] = checkSheet(textGrid([...TOP, header, ...rows])).tables;
  return {
    t,
    names: t.table.indicators.map((i) => `${i.level2.text}/${i.level3.text}/${i.value.text}`),
    findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}${f.suggestion !== undefined ? ` → ${f.suggestion}` : ''}`),
  };
};

describe('三级 and value in one cell', () => {
  test.each(['一级指标|二级指标|三级指标及指标值|', '一级指标|二级指标|指标及指标值|', '一级指标|二级指标|绩效指标|', '一级指标|二级指标|绩效指标'])('`%s`: each cell read as its name and value', (header) => {
    const { names, findings } = check(header);
    expect(names).toEqual([
      '数量指标/培训人数/≥100人',
      '质量指标/培训合格率/≥95',
      '时效指标/完成时间/2025年12月底前',
      '成本指标/项目总成本/≥26.5万元',
      '社会效益指标/干部业务能力有效提升/干部业务能力有效提升',
      '服务对象满意度指标/参训人员满意度/不低于95%',
    ]);
    // On the cell, with the whole cell as the fix (the name kept, the separator as written); a
    // qualitative indicator stated whole does not "restate its name".
    expect(findings).toEqual([
      'warning C7 value/missing-unit → 培训合格率：≥95%',
      'error C9 value/wrong-direction → 项目总成本≤26.5万元',
      'warning C11 value/nonstandard-sign → 参训人员满意度 ≥95%',
    ]);
  });

  test('a satisfaction counted in 次 under 满意度 is judged as in a value column', () => {
    const { findings } = check('一级指标|二级指标|三级指标及指标值|', [...ROWS.slice(0, 5), '满意度指标|服务对象满意度指标|群众满意度≥95%|', '||投诉次数≤2次|']);
    expect(findings.filter((f) => f.includes('C12'))).toHaveLength(1);
  });

  test('`一级指标 | 二级指标 | 绩效指标` whose cells are names only is still no grid (three columns)', () => {
    const rows = ROWS.map((r) => r.replace(/[≥：:].*?\||\d.*?\|/, '|'));
    const { t } = check('一级指标|二级指标|绩效指标', rows);
    expect(t.table.indicators).toHaveLength(0);
  });

  test('`绩效指标及指标值` merged down the grid’s left beside 三级指标 and 指标值 is a frame label, not a combined column', () => {
    const grid = textGrid(
      [...TOP, '绩效指标及指标值|一级指标|二级指标|三级指标|指标值', '|产出指标|数量指标|培训人数|≥100人', '|效益指标|社会效益指标|能力提升|有效提升', '|满意度指标|服务对象满意度指标|群众满意度|≥95%'],
      ['A5:A8'],
    );
    const [t] = checkSheet(grid).tables;
    expect(t.table.indicators.map((i) => `${i.level3.text}=${i.value.text}`)).toEqual(['培训人数=≥100人', '能力提升=有效提升', '群众满意度=≥95%']);
  });

  test('`绩效指标` beside a 指标值 column is the 三级 column, its figures part of the names', () => {
    const { t } = check('一级指标|二级指标|绩效指标|指标值', ['产出指标|数量指标|培训人数≥100人|≥100人', '效益指标|社会效益指标|能力提升|有效提升', '满意度指标|服务对象满意度指标|满意度|≥95%']);
    expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['培训人数≥100人', '能力提升', '满意度']);
    expect(t.table.indicators[0].value.part).toBeUndefined();
  });
});

describe('splitNameValue', () => {
  test.each([
    ['培训人数≥100人', '培训人数', '≥100人'],
    ['培训人数：100人', '培训人数', '100人'],
    ['培训合格率 ≥95%', '培训合格率', '≥95%'],
    ['完成时间2025年12月底前', '完成时间', '2025年12月底前'],
    ['培训人数100人', '培训人数', '100人'],
    ['前30%困难学生覆盖率≥95%', '前30%困难学生覆盖率', '≥95%'],
    ['道路长度>=5公里', '道路长度', '>=5公里'],
  ])('%s', (text, name, value) => {
    expect(splitNameValue(text)).toMatchObject({ name, value });
  });

  test.each(['≥95%', '业务能力有效提升', '前30%困难学生', '覆盖20个村的道路', 'x'.repeat(500) + '≥1次'])('#%#: nothing to split', (text) => {
    expect(splitNameValue(text)).toBeUndefined();
  });
});
