/**
 * A table titled 项目支出绩效目标表 that carries scoring standards for the self-evaluation later
 * (`分值 | 评分标准`): a target table, checked. Before, the 评分标准 column made it a scoring table and
 * every check was switched off with one info. Titled 评分表, or with a column of results (得分), it
 * is still another kind. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const rows = (title: string, extra: string) => [
  `${title}|||||`,
  '项目名称|乡村道路养护||||',
  '预算数（万元）|100|财政资金|100||',
  '年度目标|完成道路养护50公里||||',
  `一级指标|二级指标|三级指标|指标值|分值|${extra}`,
  '产出指标|数量指标|养护里程|50公里|30|完成得满分，未完成按比例扣分',
  '|质量指标|验收合格率|＝100%|20|达到得满分',
  '|成本指标|养护成本|≤100万元|20|未超支得满分',
  '效益指标|社会效益指标|出行条件|有效改善|20|有改善得满分',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%|10|达到得满分',
];
const run = (title: string, extra: string) => {
  const [t] = checkSheet(textGrid(rows(title, extra))).tables;
  return { kind: t.table.kind ?? 'project', findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
};

test.each(['评分标准', '评分方法', '评（扣）分标准'])('titled a target table, with a %s column: checked as one', (extra) => {
  expect(run('2025年项目支出绩效目标表', extra)).toEqual({ kind: 'project', findings: ['warning D6 value/missing-sign'] });
});

test('titled a scoring table: a scoring table', () => {
  expect(run('2025年项目支出绩效评分表', '评分标准').kind).toBe('scoring');
});

test('titled a target table but holding results (得分): not checked as a target table', () => {
  expect(run('2025年项目支出绩效目标表', '得分').kind).toBe('self-eval');
});

test.each(['评分标准', '评分方法'])('no title, a project’s 项目名称, 预算数 and 年度目标 above a grid with a %s column: checked as a target table', (extra) => {
  const [t] = checkSheet(textGrid(rows('', extra).slice(1))).tables;
  expect({ kind: t.table.kind ?? 'project', findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) }).toEqual({ kind: 'project', findings: ['warning D5 value/missing-sign'] });
});

test('no title and no project block (an evaluation framework’s grid with 评分标准): a scoring table', () => {
  const [t] = checkSheet(textGrid(rows('', '评分标准').slice(4))).tables;
  expect(t.table.kind).toBe('scoring');
});
