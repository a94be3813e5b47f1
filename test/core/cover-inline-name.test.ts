/**
 * A cover's `申报项目名称：…` above the same project's own form is the form's first rows, not a table
 * of its own (湖北's 项目申报表), also when the form writes its 项目名称 with the name in the same cell
 * (`项目名称：某项目`, a form typed in Word). Made by us after hb-qingshan-kejj-2021 (tune; 武汉市青山区
 * 科学技术和经济信息化局 2021) with its head written inline (test/eval/meta45.ts): before, the cover
 * became a second table with no indicators and no goals, two false errors.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const GRID = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|养护里程|≥50公里', '产出指标|成本指标|养护成本|≤120万元', '效益指标|社会效益指标|通行条件|有所改善', '满意度指标|服务对象满意度指标|群众满意度|≥90%'];

test.each([
  ['the name in its own cell', ['项目名称|道路养护项目||']],
  ['the name after its label, in one cell', ['项目名称：道路养护项目|||']],
])('a cover above the form, %s: one table', (_name, nameRow) => {
  const lines = ['申报项目名称：道路养护项目|||', '编报单位：公路站|||', '|||', '项目基本信息|||', ...nameRow, '预算数（万元）|120|财政资金|120', '年度绩效目标|完成道路养护||', ...GRID];
  const { tables } = checkSheet(textGrid(lines));
  expect(tables.map((t) => [t.table.projectName?.text, t.table.indicators.length])).toEqual([['道路养护项目', 4]]);
  expect(tables[0].findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
});

test('a cover naming another project is still its own table', () => {
  const lines = ['申报项目名称：桥梁维修项目|||', '编报单位：公路站|||', '|||', '项目基本信息|||', '项目名称：道路养护项目|||', '预算数（万元）|120|财政资金|120', '年度绩效目标|完成道路养护||', ...GRID];
  const { tables } = checkSheet(textGrid(lines));
  expect(tables.map((t) => t.table.projectName?.text)).toEqual(['桥梁维修项目', '道路养护项目']);
});
