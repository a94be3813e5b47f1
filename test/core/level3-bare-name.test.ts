/**
 * `一级指标 | 二级指标 | 名称 | 指标值`: a grid whose 三级 column is headed only 名称. Beside the two level
 * columns the word names the 三级, not a list's project column (it read as a one-row-per-project
 * summary with a project called 指标值, and the form above as a table without indicators). Made
 * by us: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const form = (header: string) => [
  '项目支出绩效目标表|||',
  '项目名称|乡村道路养护项目||',
  '预算数|100|其中：财政资金|100',
  '年度绩效目标|完成道路养护||',
  header,
  '产出指标|数量指标|养护里程|≥50公里',
  '成本指标|经济成本指标|项目总成本|≤100万元',
  '效益指标|社会效益指标|群众出行条件|有所改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

describe('a 三级 column headed 名称', () => {
  it.each(['一级指标|二级指标|名称|指标值', '一级|二级|名称|指标值', '一级指标|二级指标|名 称|目标值'])('%s: one project table, every indicator read', (header) => {
    const { tables } = checkSheet(textGrid(form(header)));
    expect(tables).toHaveLength(1);
    const t = tables[0].table;
    expect(t.kind ?? 'project').toBe('project');
    expect(t.projectName?.text).toBe('乡村道路养护项目');
    expect(t.indicators.map((i) => `${i.level3.text}=${i.value.text}`)).toEqual(['养护里程=≥50公里', '项目总成本=≤100万元', '群众出行条件=有所改善', '群众满意度=≥90%']);
    expect(tables[0].findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });

  it('a list of projects headed 名称 (no level columns) stays a list', () => {
    const { tables } = checkSheet(textGrid(['项目绩效目标汇总表||', '名称|预算数|绩效目标', '乡村道路养护项目|100|完成道路养护', '农村饮水安全项目|50|保障饮水安全']));
    expect(tables.every((t) => t.table.kind !== undefined && t.table.kind !== 'project')).toBe(true);
  });
});
