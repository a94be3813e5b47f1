/**
 * Level columns under words no pattern knows are read by what they hold: a column left of the
 * 三级 holding 一级 names is the 一级 column, one holding 二级 names the 二级 column.
 */
import { textGrid } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';

const TOP = ['项目名称|农村道路养护||', '预算数（万元）|100|财政资金|100', '年度目标|完成道路养护50公里||'];
const ROWS = [
  '产出指标|数量指标|养护里程|≥50公里',
  '|质量指标|验收合格率|＝100%',
  '|时效指标|完成时间|2024年12月底前',
  '|成本指标|养护成本|≤100万元',
  '效益指标|社会效益指标|群众出行条件|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

const grid = textGrid;

test.each(['指标类别|指标子类|指标名称|指标值', '绩效指标类别|绩效指标子类|具体指标|目标值', '类别|子类|三级指标|指标值', '指标类别|二级指标|三级指标|指标值'])(
  'under %s the levels are read and checked',
  (header) => {
    const lines = [...TOP, header, ...ROWS];
    const [t] = locateTables(grid(lines));
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
    expect(t.indicators.map((i) => `${i.level1.text}/${i.level2.text}`)[4]).toBe('效益指标/社会效益指标');
    expect(checkSheet(grid(lines)).tables[0].findings).toEqual([]);
    // A 二级 under the wrong 一级 is found, as in a form whose headers say 一级/二级.
    const wrong = [...TOP, header, ...ROWS.map((r) => r.replace('|质量指标|', '|社会效益指标|'))];
    expect(checkSheet(grid(wrong)).tables[0].findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['B6 structure/level2-mismatch']);
  },
);

test('a column of free text left of the 三级 is not taken for a level column', () => {
  const lines = [...TOP, '序号|说明|指标名称|指标值', ...ROWS.map((r, i) => `${i + 1}|按年度计划|${r.split('|').slice(2).join('|')}`)];
  const [t] = locateTables(grid(lines));
  expect(t.header?.columns.level1).toBeUndefined();
  expect(t.header?.columns.level2).toBeUndefined();
});

test('one level name in a column is not enough to call it a level column', () => {
  const lines = [...TOP, '备注|说明|指标名称|指标值', ...ROWS.map((r, i) => `${i === 0 ? '产出指标' : ''}||${r.split('|').slice(2).join('|')}`)];
  const [t] = locateTables(grid(lines));
  expect(t.header?.columns.level1).toBeUndefined();
});

test.each(['年度绩效指标值', '2024年度目标值', '预期绩效目标值', '2025年指标值', '全年目标值', '计划目标值'])('%s over the values is the value column', (word) => {
  const lines = [...TOP, `一级指标|二级指标|三级指标|${word}`, ...ROWS];
  const [t] = locateTables(grid(lines));
  expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
  expect(checkSheet(grid(lines)).tables[0].findings).toEqual([]);
});

describe('one header word merged over the level columns and the 三级', () => {
  // `指标` (or `绩效指标`) merged over A:C, then `指标值`: the 一级 and 二级 names stand in its first columns.
  test.each(['指标', '绩效指标', '指标名称', '三级指标'])('%s over A:C: the 三级 is C, the levels A and B', (word) => {
    const lines = [...TOP, `${word}|||指标值`, ...ROWS];
    const merges = ['A4:C4', 'A5:A8'];
    const [t] = locateTables(grid(lines, merges));
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
    expect(t.indicators.map((i) => i.level3.text)).toEqual(['养护里程', '验收合格率', '完成时间', '养护成本', '群众出行条件', '群众满意度']);
    expect(checkSheet(grid(lines, merges)).tables[0].findings).toEqual([]);
  });

  test('merged over only the 二级 and the 三级 (no 一级 column): the 三级 is the second', () => {
    const lines = [...TOP, '指标||指标值', ...ROWS.map((r) => r.split('|').slice(1).join('|'))];
    const [t] = locateTables(grid(lines, ['A4:B4']));
    expect(t.header?.columns).toMatchObject({ level2: 0, level3: 1, value: 2 });
  });

  test('a 三级 merged over a spacer with the names in its first column stays there', () => {
    const lines = [...TOP, '一级指标|二级指标|三级指标||指标值', ...ROWS.map((r) => r.replace(/\|([^|]*)$/, '||$1'))];
    const [t] = locateTables(grid(lines, ['C4:D4']));
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 4 });
  });
});
