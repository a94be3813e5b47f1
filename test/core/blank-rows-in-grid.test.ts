/**
 * Blank rows inside a grid (rows a clerk emptied, the gaps a PDF conversion leaves): the grid goes
 * on after up to three when the row after them still reads as an indicator. Before, two blank rows
 * ended it: the rows below went unchecked (a missed defect) and their 一级 was reported missing
 * (a false warning). A new table below blank rows still starts a table of its own. Grids we wrote:
 * consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const TOP = ['项目名称|乡村道路养护||', '预算数（万元）|100|财政资金|100', '年度目标|养护道路100公里||', '一级指标|二级指标|三级指标|指标值'];
const FIRST = ['产出指标|数量指标|养护里程|≥100公里', '|质量指标|养护合格率|≥95%', '|成本指标|养护成本|≤100万元'];
const REST = ['效益指标|社会效益指标|通行条件|明显改善', '满意度指标|服务对象满意度指标|群众满意度|90%'];
const blank = (n: number) => Array.from({ length: n }, () => '|||');
const run = (lines: string[]) => checkSheet(textGrid(lines)).tables;

describe('blank rows inside a grid', () => {
  test.each([1, 2, 3])('%i blank rows: one grid, the rows below checked', (n) => {
    const [t, ...more] = run([...TOP, ...FIRST, ...blank(n), ...REST]);
    expect(more).toEqual([]);
    expect(t.table.indicators).toHaveLength(5);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`)).toEqual([`D${9 + n} value/missing-sign`]);
  });

  test('four blank rows end the grid', () => {
    const [t] = run([...TOP, ...FIRST, ...blank(4), ...REST]);
    expect(t.table.indicators).toHaveLength(3);
  });

  test('rows after the blank ones that read as no indicator are not the grid’s (a note under it)', () => {
    const [t] = run([...TOP, ...FIRST, ...REST, ...blank(2), '说明：本表金额单位为万元|||']);
    expect(t.table.indicators).toHaveLength(5);
  });

  test('a new table below blank rows is a table of its own', () => {
    const tables = run([...TOP, ...FIRST, ...REST, ...blank(2), ...TOP.map((l) => l.replace('乡村道路养护', '农村饮水维护')), ...FIRST, ...REST]);
    expect(tables.map((t) => [t.table.projectName?.text, t.table.indicators.length])).toEqual([
      ['乡村道路养护', 5],
      ['农村饮水维护', 5],
    ]);
  });

  // Layout mutations of the real tune tables (a blank row inserted between the header and the
  // body, or between two 一级 groups): the grid went on only at a row with its 三级 and value
  // written, so a group whose first row the template left empty, or a grid with no 一级/二级
  // column, ended at the blank row and its rows went unchecked.
  test('a blank row before a 一级 group whose first row is left empty (hn-xiangtan-hwc-2023 wording)', () => {
    const [t, ...more] = run([...TOP, ...FIRST, ...blank(1), '效益指标|经济效益指标||', '|社会效益指标|服务周期内,市民对空气质量改善的满意程度|≥85%', '满意度指标|社会公众或服务对象满意度指标|市民满意度|≥90%']);
    expect(more).toEqual([]);
    expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['养护里程', '养护合格率', '养护成本', '服务周期内,市民对空气质量改善的满意程度', '市民满意度']);
  });

  test('a blank row under the header of a grid with no 一级/二级 column (cq-tongnan-wugui-2023 wording)', () => {
    const [t] = run(['项目名称|城乡居民医保补助||||', '当年预算（万元）|120||||', '指标|指标权重|计量单位|指标性质|指标值', '||||', '救助人数|20|人|≥|80', '资金发放及时率|20|%|≥|95']);
    expect(t.table.indicators.map((i) => `${i.level3.text} ${i.value.text}`)).toEqual(['救助人数 80', '资金发放及时率 95']);
  });

  test('a blank row under the header, the first row’s 三级 left empty (hn-ningxiang-batang-2021 wording)', () => {
    const [t] = run([...TOP, ...blank(1), '产出指标|数量指标||88', '|质量指标|养护合格率|≥95%', ...REST]);
    expect(t.table.indicators.map((i) => i.value.text)).toEqual(['88', '≥95%', '明显改善', '90%']);
  });
});
