/**
 * An indicator whose 三级 is a budget word (`资金`, `项目资金`) is an indicator row, not the start of
 * the next table's budget block: the grid goes on past it. Before, the grid ended there and the
 * rest of the table (here its cost, benefit and satisfaction rows) was lost, with false "missing"
 * warnings in its place.
 */
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import { textGrid } from '../helpers/text-grid';

const TOP = ['项目名称|测试项目||', '预算数（万元）|100|财政资金|100', '年度目标|完成||', '一级指标|二级指标|三级指标|指标值'];
const REST = ['产出指标|成本指标|成本|≤100万元', '效益指标|社会效益指标|就业|≥50人', '满意度指标|服务对象满意度指标|满意度|≥90%'];

test.each(['资金', '项目资金'])('a 三级 named %s: the grid goes on, every row is read', (name) => {
  const lines = [...TOP, '产出指标|数量指标|树木|≥1000株', `产出指标|数量指标|${name}|≥100万元`, ...REST];
  const [t] = checkSheet(textGrid(lines)).tables;
  expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['树木', name, '成本', '就业', '满意度']);
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['warning D6 value/unit-mismatch']);
});

test.each(['一级', '三级', '二级甲等'])('a value that is a header word (资质等级 %s): the grid goes on, the grade is a plain qualitative value', (grade) => {
  const lines = [...TOP, '产出指标|数量指标|树木|≥1000株', `产出指标|质量指标|资质等级|${grade}`, ...REST];
  const [t] = checkSheet(textGrid(lines)).tables;
  expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['树木', '资质等级', '成本', '就业', '满意度']);
  expect(t.findings).toEqual([]);
});

test.each(['绩效目标完成率', '绩效目标实现率', '绩效自评覆盖率'])('a 三级 that starts like a title (%s): the grid goes on', (name) => {
  const lines = [...TOP, '产出指标|数量指标|树木|≥1000株', `产出指标|质量指标|${name}|≥95%`, ...REST];
  const [t] = checkSheet(textGrid(lines)).tables;
  expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['树木', name, '成本', '就业', '满意度']);
  expect(t.findings).toEqual([]);
});

test('a title row after the grid still starts the next table', () => {
  const lines = [...TOP, '产出指标|数量指标|树木|≥1000株', ...REST, '绩效目标申报表||', '项目名称|第二个项目||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|树木|≥10株'];
  expect(locateTables(textGrid(lines)).map((t) => t.indicators.length)).toEqual([4, 1]);
});

test('under a 一级 merged down, the same', () => {
  const lines = [...TOP, '产出指标|数量指标|树木|≥1000株', '|数量指标|项目资金|≥100万元', ...REST];
  const [t] = locateTables(textGrid(lines, ['A5:A7']));
  expect(t.indicators).toHaveLength(5);
});

test('a next table’s budget block still ends the grid: 项目资金 in the first column starts it', () => {
  const lines = [...TOP, '产出指标|数量指标|树木|≥1000株', ...REST, '项目名称|第二个项目||', '项目资金|100||', '年度目标|完成||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|树木|≥10株'];
  const tables = locateTables(textGrid(lines));
  expect(tables.map((t) => t.indicators.length)).toEqual([4, 1]);
});

test('an indicator whose name holds signature words (审核意见, 联系电话) is read; the signatures below still end the form', () => {
  const lines = [
    ...TOP,
    '产出指标|数量指标|树木|≥1000株',
    '产出指标|时效指标|审核意见反馈及时率|≥90%',
    '产出指标|成本指标|成本|≤100万元',
    '效益指标|社会效益指标|联系电话接通率|≥95%',
    '满意度指标|服务对象满意度指标|满意度|≥90%',
    '填表人：张三|联系电话：123||',
  ];
  const [t] = checkSheet(textGrid(lines)).tables;
  expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['树木', '审核意见反馈及时率', '成本', '联系电话接通率', '满意度']);
  expect(t.table.range.bottom).toBe(8);
  expect(t.findings).toEqual([]);
});

test.each([
  ['a 合计 row of the weights', '合计||||90'],
  ['a note under the grid', '备注：以上指标由项目单位填报||||'],
  ['a note written 注：', '注：满意度为抽样调查||||'],
])('%s is not an unused template row', (_name, last) => {
  const lines = [
    '项目名称|测试项目||||',
    '预算数（万元）|100|财政资金|100|',
    '年度目标|完成||||',
    '一级指标|二级指标|三级指标|指标值|分值',
    '产出指标|数量指标|树木|≥1000株|30',
    '产出指标|成本指标|成本|≤100万元|30',
    '效益指标|社会效益指标|就业|≥50人|20',
    '满意度指标|服务对象满意度指标|满意度|≥90%|10',
    last,
  ];
  const [t] = checkSheet(textGrid(lines)).tables;
  expect(t.table.indicators).toHaveLength(4);
  expect(t.findings.filter((f) => f.rule === 'structure/unused-rows')).toEqual([]);
});

test('the same under blank level cells that carry the ones above, inside a 绩效指标 frame; the signature row ends the form', () => {
  const lines = [
    '项目名称|乡村道路养护|||',
    '预算数（万元）|100|财政资金|100|',
    '年度目标|完成养护50公里|||',
    '绩效指标|一级指标|二级指标|三级指标|指标值',
    '|产出指标|数量指标|养护里程|≥50公里',
    '|||资金|≥80万元',
    '||成本指标|养护成本|≤100万元',
    '|效益指标|社会效益指标|出行条件|有效改善',
    '|||联系电话畅通率|≥95%',
    '|满意度指标|服务对象满意度指标|群众满意度|≥90%',
    '填报单位（盖章）：||||填报日期：',
  ];
  const [t] = checkSheet(textGrid(lines, ['A4:A10'])).tables;
  expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['养护里程', '资金', '养护成本', '出行条件', '联系电话畅通率', '群众满意度']);
  expect(t.table.range.bottom).toBe(9);
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['warning E6 value/unit-mismatch']);
});

// Made by us after nx-yuanzhou-zrzy-2022 (tune; 固原市原州区自然资源局 2022) with a 指标性质 column added
// (test/eval/meta45.ts): its 三级 `项目总投入(≥**万元)` reads as a long-term total, and the row's `定量`
// (a column word) made the grid end there, losing the rows below.
test('a 三级 named like a total, beside a 指标性质 column: the grid goes on', () => {
  const lines = [
    '项目名称|测试项目|||',
    '预算数（万元）|100|财政资金|100|',
    '年度目标|完成|||',
    '一级指标|二级指标|三级指标|指标值|指标性质',
    '产出指标|数量指标|树木|≥1000株|定量',
    '产出指标|成本指标|项目总投入(≥**万元)|≤100万元|定量',
    '效益指标|社会效益指标|就业|≥50人|定量',
    '满意度指标|服务对象满意度指标|满意度|≥90%|定量',
  ];
  const [t] = locateTables(textGrid(lines));
  expect(t.indicators.map((i) => i.level3.text)).toEqual(['树木', '项目总投入(≥**万元)', '就业', '满意度']);
});
