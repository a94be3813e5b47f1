/**
 * A form copied from a web page without its merged cells: the labels stand in column A, the
 * column their merge covered is left blank, their values and the grid start further right
 * (`项目名称 | (blank) | 某某项目`). That is one table, not a band of labels with empty values beside
 * a grid with no form. Likewise a list export with a blank column between its project columns
 * and its 一级. Tables side by side, each with values of its own, stay apart. Grids we wrote:
 * consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

const GRID = [
  '||一级指标|二级指标|三级指标|指标值',
  '||产出指标|数量指标|完成年度重点工作任务数|≥12项',
  '|||质量指标|预算编制准确率|≥95%',
  '|||时效指标|预算批复及时率|100%',
  '|||成本指标|运转经费控制数|≤200万元',
  '||效益指标|社会效益指标|财政管理水平|有效提升',
  '||满意度指标|服务对象满意度指标|预算单位满意度|≥90%',
];
const FORM = ['项目名称||预算管理项目|||', '预算数||200|财政拨款|200|', '年度绩效目标||完成年度工作|||'];

function check(lines: string[]) {
  return checkSheet({ name: 'Sheet1', values: textRows(lines) }).tables.map((t) => ({
    project: t.table.projectName?.text,
    range: `${t.table.range.top}:${t.table.range.left}-${t.table.range.bottom}:${t.table.range.right}`,
    findings: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell} ${f.rule}`),
  }));
}

describe('labels with their values past a blank column, over a grid that starts under the values', () => {
  it('one table, its form read', () => {
    expect(check([...FORM, ...GRID])).toEqual([{ project: '预算管理项目', range: '0:0-9:5', findings: ['warning F7 value/missing-sign'] }]);
  });
  it.each([['绩效指标'], ['年度绩效指标']])('with %s written left of the grid’s header', (frame) => {
    const grid = [GRID[0].replace(/^\|/, frame + '|'), ...GRID.slice(1)];
    expect(check([...FORM, ...grid])).toEqual([{ project: '预算管理项目', range: '0:0-9:5', findings: ['warning F7 value/missing-sign'] }]);
  });
  it('two such forms side by side, each with its values, stay two tables', () => {
    const left = [...FORM, ...GRID];
    const lines = left.map((l) => `${l}||${l}`);
    expect(check(lines).map((t) => t.project)).toEqual(['预算管理项目', '预算管理项目']);
  });
});

test('a list export with a blank column between its project columns and its 一级 is one table', () => {
  const lines = [
    '部门名称|项目名称|预算数（万元）|年度绩效目标||一级指标|二级指标|三级指标|指标值',
    '某某县财政局|预算管理项目|50|保障全年工作正常开展||产出指标|数量指标|保障人数|≥120人',
    '|||||产出指标|质量指标|保障覆盖率|100%',
    '|||||产出指标|成本指标|保障成本|≤50万元',
    '|||||效益指标|社会效益指标|单位运转水平|有效提升',
    '|||||满意度指标|服务对象满意度指标|职工满意度|≥90%',
  ];
  expect(check(lines)).toEqual([{ project: '预算管理项目', range: '1:0-5:8', findings: ['warning I3 value/missing-sign'] }]);
});

test('a label the vocabulary does not know, its value left empty (其他需说明的问题), does not keep the labels’ band apart', () => {
  const lines = [...FORM, '项目概况||建设预算管理系统|||', ...GRID, '其他需说明的问题|||||'];
  expect(check(lines)).toEqual([{ project: '预算管理项目', range: '0:0-10:5', findings: ['warning F8 value/missing-sign'] }]);
});

test('a 中期 | 年度 grid with a blank column between its first 三级 and 指标值, copied without merges, is one table', () => {
  const lines = [
    '项目名称|预算管理项目||||||',
    '预算数|200|财政拨款|200||||',
    '年度绩效目标|完成年度工作||||||',
    '一级指标|二级指标|三级指标||中期指标值|二级指标|三级指标|年度指标值',
    '产出指标|数量指标|完成重点工作任务数||≥36项|数量指标|完成重点工作任务数|≥12项',
    '产出指标|质量指标|预算编制准确率||≥95%|质量指标|预算编制准确率|100%',
    '产出指标|成本指标|运转经费控制数||≤600万元|成本指标|运转经费控制数|≤200万元',
    '效益指标|社会效益指标|财政管理水平||有效提升|社会效益指标|财政管理水平|有效提升',
    '满意度指标|服务对象满意度指标|预算单位满意度||≥90%|服务对象满意度指标|预算单位满意度|≥90%',
  ];
  expect(check(lines)).toEqual([{ project: '预算管理项目', range: '0:0-8:7', findings: ['warning H6 value/missing-sign'] }]);
});
