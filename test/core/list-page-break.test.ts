/**
 * A list export that writes its project's columns on each of its rows (no merges), printed over
 * two pages and converted back with the header repeated on the second: the project's rows after
 * the break are still that project's, one table, not a second project with half the indicators.
 * Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

const HEADER = '项目名称|资金总额|年度绩效目标|一级指标|二级指标|三级指标|指标值';
const row = (rest: string) => `学生伙食补助|30|保障学生用餐|${rest}`;

test('the header again after a page break, the project named again on each row: one table', () => {
  const lines = [
    HEADER,
    row('产出指标|数量指标|补助学生数量|≥168人'),
    row('产出指标|质量指标|伙食补助发放率|100%'),
    row('产出指标|成本指标|学生补助标准|≤17元/人·天'),
    HEADER,
    row('效益指标|社会效益指标|学生营养状况|有所改善'),
    row('满意度指标|服务对象满意度指标|学生满意度|≥95%'),
  ];
  const tables = checkSheet({ name: 'Sheet1', values: textRows(lines) }).tables;
  expect(tables.map((t) => ({ project: t.table.projectName?.text, indicators: t.table.indicators.length }))).toEqual([{ project: '学生伙食补助', indicators: 5 }]);
  expect(tables[0].findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['warning G3 value/missing-sign']);
});

test('a different project after the repeated header is its own table', () => {
  const lines = [
    HEADER,
    row('产出指标|数量指标|补助学生数量|≥168人'),
    row('效益指标|社会效益指标|学生营养状况|有所改善'),
    HEADER,
    '校舍维修|50|完成维修|产出指标|数量指标|维修面积|≥500平方米',
    '校舍维修|50|完成维修|满意度指标|服务对象满意度指标|师生满意度|≥90%',
  ];
  const tables = checkSheet({ name: 'Sheet1', values: textRows(lines) }).tables;
  expect(tables.map((t) => t.table.projectName?.text)).toEqual(['学生伙食补助', '校舍维修']);
});

test('a list that names its project on its first row only, copied twice below itself: two tables', () => {
  const list = [HEADER, row('产出指标|数量指标|补助学生数量|≥168人'), '|||效益指标|社会效益指标|学生营养状况|有所改善', '|||满意度指标|服务对象满意度指标|学生满意度|≥95%'];
  const tables = checkSheet({ name: 'Sheet1', values: textRows([...list, '', '', ...list]) }).tables;
  expect(tables.map((t) => ({ project: t.table.projectName?.text, indicators: t.table.indicators.length }))).toEqual([
    { project: '学生伙食补助', indicators: 3 },
    { project: '学生伙食补助', indicators: 3 },
  ]);
});
