/**
 * A project's target form carrying the self-evaluation's result columns for later (`实际完成值 |
 * 得分 | 偏差原因`), left blank on every indicator row (locate21 probe shape: a 目标申报表 printed from
 * a template that serves both stages). Only a blank 得分 was let pass: a blank 实际完成值 made the
 * table a self-evaluation and every check was switched off. With results written it stays one.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const rows = (title: string, results: boolean) => [
  `${title}|||||||`,
  '项目名称|乡村道路养护|||||',
  '预算数（万元）|100|财政资金|100||||',
  '年度目标|完成道路养护50公里|||||',
  '一级指标|二级指标|三级指标|指标值|实际完成值|得分|偏差原因分析',
  `产出指标|数量指标|养护里程|≥50公里|${results ? '52公里|30|' : '||'}`,
  `|质量指标|验收合格率|＝100%|${results ? '100%|20|' : '||'}`,
  `|成本指标|养护成本|≤100万元|${results ? '98万元|20|' : '||'}`,
  `效益指标|社会效益指标|出行条件|有效改善|${results ? '明显改善|20|' : '||'}`,
  `满意度指标|服务对象满意度指标|群众满意度|≥90%|${results ? '95%|10|' : '||'}`,
];
const kind = (title: string, results: boolean) => checkSheet(textGrid(rows(title, results))).tables.map((t) => t.table.kind ?? 'project');

describe('a target form’s result columns', () => {
  it('left blank on every row: a project table', () => {
    expect(kind('2024年项目支出绩效目标申报表', false)).toEqual(['project']);
    expect(kind('', false)).toEqual(['project']);
  });

  it('filled in: a self-evaluation, as before', () => {
    expect(kind('2024年项目支出绩效目标申报表', true)).toEqual(['self-eval']);
    expect(kind('', true)).toEqual(['self-eval']);
  });

  it('titled a self-evaluation: one, however blank', () => {
    expect(kind('2024年项目支出绩效自评表', false)).toEqual(['self-eval']);
  });
});
