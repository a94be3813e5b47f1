/**
 * A list export that writes its project's columns on each of its rows (no merges), printed over
 * two pages and converted back with the header repeated on the second: the project's rows after
 * the break are still that project's, one table, not a second project with half the indicators.
 * Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid, textRows } from '../helpers/text-grid';

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

describe('a list whose project cells are merged down, cut by a page break (stop 41, scripts/mutate-corpus.ts)', () => {
  // The shape of nm-zhalaite-jcy-2025's list (a tune table): each project's columns merged down
  // over its rows, the 一级 merged down too. Made by us: consistency, not accuracy.
  const L4 = '项目名称|预算数|年度绩效目标|一级指标|二级指标|三级指标|指标值';
  const project = (name: string, rows: string[]) => rows.map((r, i) => (i === 0 ? `${name}|103.07|保障办案装备|${r}` : `|||${r}`));
  const first = project('业务装备经费', ['满意度指标|服务对象满意度|使用人员满意度|≥98%', '产出指标|成本指标|车辆购置成本|≤12万元', '|质量指标|政府采购率|≥30%']);
  const after = ['|数量指标|车辆采购数量|≤1辆', '|质量指标|设备验收合格率|100%'];
  const second = project('办案(业务)经费', ['产出指标|时效指标|法定审限内结案率|≥95%', '|数量指标|办结案件数量|≥70件']);
  const read = (lines: string[], merges: string[]) =>
    checkSheet(textGrid(lines, merges)).tables.map((t) => ({ project: t.table.projectName?.text, levels: t.table.indicators.map((i) => `${i.level1.text}/${i.level3.text}`) }));
  const want = [
    { project: '业务装备经费', levels: ['满意度指标/使用人员满意度', '产出指标/车辆购置成本', '产出指标/政府采购率', '产出指标/车辆采购数量', '产出指标/设备验收合格率'] },
    { project: '办案(业务)经费', levels: ['产出指标/法定审限内结案率', '产出指标/办结案件数量'] },
  ];

  test('a page number in the name column and a blank row, no header again: the project goes on, its 一级 carried', () => {
    // Rows: 1 header, 2-4 first's rows, 5 `- 2 -`, 6 blank, 7-8 the rest, 9-10 the second project.
    const lines = [L4, ...first, '- 2 -||||||', '', ...after.map((r) => `|||${r}`), ...second];
    expect(read(lines, ['A2:A4', 'B2:B4', 'C2:C4', 'D3:D4', 'A7:A8', 'B7:B8', 'C7:C8', 'D7:D8', 'A9:A10', 'B9:B10', 'C9:C10', 'D9:D10'])).toEqual(want);
  });

  test('the header printed again, the project’s name and 一级 printed again under it: the same project', () => {
    // Rows: 1 header, 2-4 first's rows, 5 `第1页 共3页`, 6 blank, 7 header, 8-9 the rest (name and 一级 again), 10-11 the second.
    const again = project('业务装备经费', [`产出指标${after[0]}`, after[1]]);
    const lines = [L4, ...first, '第1页 共3页||||||', '', L4, ...again, ...second];
    expect(read(lines, ['A2:A4', 'B2:B4', 'C2:C4', 'D3:D4', 'A8:A9', 'B8:B9', 'C8:C9', 'D8:D9', 'A10:A11', 'B10:B11', 'C10:C11', 'D10:D11'])).toEqual(want);
  });
});
