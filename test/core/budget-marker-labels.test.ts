/**
 * `全年预算数` heads a self-evaluation's money columns (年初预算数 | 全年预算数 | 全年执行数) and
 * `部门预算数` a department's table; on a project's own form, under its title or its 项目名称, each
 * labels the project's 预算数 (`全年预算数 | 50 | 财政资金 | 50`): the table is checked as a project's,
 * its cost cap against that total. Through the real locator and rules; grids we wrote: consistency,
 * not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { parseA1 } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const GRID = [
  '年度绩效目标|完成道路养护50公里||',
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|养护里程|≥50公里',
  '效益指标|社会效益指标|群众出行便利度|有所提升',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
  '成本指标|经济成本指标|养护成本|≤60万元',
];
const check = (lines: string[], merges: string[] = []) =>
  checkSheet({ name: 'Sheet1', values: textRows(lines), merges: merges.map((m) => parseA1(m)) }).tables.map((t) => ({
    kind: t.table.kind ?? 'project',
    total: t.table.budget.total?.text,
    findings: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`),
  }));

describe('全年预算数 / 部门预算数 on a project’s own form', () => {
  it.each([
    ['titled, 全年预算数', ['2024年项目支出绩效目标表|||', '项目名称|乡村道路养护||', '全年预算数（万元）|50|财政资金|50', ...GRID], 'D9'],
    ['under its 项目名称, 全年预算数', ['项目名称|乡村道路养护||', '全年预算数|50|财政资金|50', ...GRID], 'D8'],
    ['under its 项目名称, 部门预算数', ['项目名称|乡村道路养护||', '部门预算数|50|财政资金|50', ...GRID], 'D8'],
  ])('%s: the project’s total; the cap above it is found', (_name, lines, cap) => {
    expect(check(lines)).toEqual([{ kind: 'project', total: '50', findings: [`${cap} budget/cost-exceeds`] }]);
  });
});

describe('where they still name another kind', () => {
  it('a self-evaluation’s money columns (年初预算数 | 全年预算数 | 全年执行数) under its own title', () => {
    const lines = [
      '项目支出绩效自评表|||||',
      '项目名称|乡村道路养护||||',
      '项目资金（万元）|年初预算数|全年预算数|全年执行数|分值|执行率',
      '年度资金总额|50|50|48|10|96%',
      '一级指标|二级指标|三级指标|年度指标值|实际完成值|得分',
      '产出指标|数量指标|养护里程|≥50公里|52公里|20',
      '满意度指标|服务对象满意度指标|群众满意度|≥90%|95%|10',
    ];
    expect(check(lines).map((t) => t.kind)).toEqual(['self-eval']);
  });
  it('an untitled self-evaluation without a 项目名称: 全年预算数 | 全年执行数 still say so', () => {
    const lines = ['年初预算数|全年预算数|全年执行数|执行率', '50|50|48|96%', '一级指标|二级指标|三级指标|实际完成值', '产出指标|数量指标|养护里程|52公里'];
    expect(check(lines).map((t) => t.kind)).toEqual(['self-eval']);
  });
});
