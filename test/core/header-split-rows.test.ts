/**
 * A header whose labels were broken at their line break into two rows (`一级` over `指标`, a PDF
 * converted line by line; locate21 probe shape): the second row, `指标 | 指标 | 指标`, was taken for
 * a sub-header naming each column an indicator's description, and the level columns were lost
 * (三级 read empty on every row). The lower row only completes the labels above it.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../src/core/engine/grid';

function form(split: boolean): CellValue[][] {
  const header: CellValue[][] = split
    ? [
        ['绩效', '一级', '二级', '三级', '指标值'],
        ['指标', '指标', '指标', '指标', null],
      ]
    : [['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']];
  return [
    ['项目支出绩效目标表', null, null, null, null],
    ['项目名称', '农村文化建设配套补助经费', null, null, null],
    ['项目资金（万元）', '年度资金总额', 5, null, null],
    ['年度目标', '开展送戏进万村活动，保障人民群众基本文化权益。', null, null, null],
    ...header,
    [null, '产出指标', '数量指标', '开展送戏进万村', '≥70村'],
    [null, null, '成本指标', '项目总成本', '≤5万元'],
    [null, '效益指标', '社会效益指标', '保障人民群众基本文化权益', '影响程度明显'],
    [null, '满意度指标', '服务对象满意度指标', '项目受益人满意程度', '≥90%'],
  ];
}

const read = (split: boolean) =>
  checkSheet(new Grid({ name: 'Sheet1', values: form(split), merges: ['B4:E4'].map(parseA1) })).tables.map((t) => ({
    project: t.table.projectName?.text,
    level3: t.table.indicators.map((i) => i.level3?.text),
    errors: t.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
  }));

describe('a header broken over two rows at its labels’ line break', () => {
  it('reads the levels and the indicators as the one-row header does', () => {
    expect(read(true)).toEqual(read(false));
    expect(read(true)[0].level3).toEqual(['开展送戏进万村', '项目总成本', '保障人民群众基本文化权益', '项目受益人满意程度']);
  });
});
