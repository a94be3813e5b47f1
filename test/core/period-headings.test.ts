/**
 * Stacked 中长期 and 年度 grids, each under its own heading row (`中长期绩效指标` over the first
 * header, `年度绩效指标` over the second), the heading in the first cell only. Before, the annual
 * heading was read as an unused row of the grid above, the second header as the first printed again
 * after a page break, and the two grids as one: every annual 三级 a duplicate and the cost caps of
 * both periods summed against the annual budget (a false error). Grids we wrote: consistency.
 */
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { textGrid } from '../helpers/text-grid';

const GRID = (count: string, cost: string): string[] => [
  '一级指标|二级指标|三级指标|指标值',
  `产出指标|数量指标|培训人数|${count}`,
  `产出指标|成本指标|培训成本|${cost}`,
  '效益指标|社会效益指标|能力|有所提升',
  '满意度指标|服务对象满意度指标|满意度|≥90%',
];
const TOP = ['项目名称|测试项目||', '预算数（万元）|100|财政资金|100', '中长期目标|完成||', '年度目标|完成||'];

const findings = (lines: string[]): string[] => checkSheet(textGrid(lines)).tables.flatMap((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`));

describe('headings name each grid’s period', () => {
  test.each([
    ['中长期绩效指标', '年度绩效指标'],
    ['（一）实施期绩效指标', '（二）年度绩效指标'],
    ['长期绩效指标', '年度绩效指标'],
    // Spaced out as forms align their labels: before, the spaced heading was no heading.
    ['中 长 期 绩 效 指 标', '年 度 绩 效 指 标'],
  ])('%s / %s: one table, the first grid long-term, nothing reported', (first, second) => {
    const lines = [...TOP, `${first}|||`, ...GRID('≥300人', '≤300万元'), `${second}|||`, ...GRID('≥100人', '≤100万元')];
    const result = checkSheet(textGrid(lines));
    expect(result.tables).toHaveLength(1);
    const [t] = result.tables;
    expect(t.table.indicators.map((i) => i.period ?? 'annual')).toEqual([...Array(4).fill('longTerm'), ...Array(4).fill('annual')]);
    expect(t.findings).toEqual([]);
  });

  test('a mistake in the annual grid is found at its cell', () => {
    const lines = [...TOP, '中长期绩效指标|||', ...GRID('≥300人', '≤300万元'), '年度绩效指标|||', ...GRID('100人', '≤100万元')];
    expect(findings(lines)).toEqual(['warning D13 value/missing-sign']);
  });

  test('the same header printed again with no heading between still continues the grid (a page break)', () => {
    const lines = [...TOP, ...GRID('≥100人', '≤50万元'), ...GRID('≥100人', '≤50万元').slice(0, 1), '效益指标|经济效益指标|收入|有所提高'];
    const result = checkSheet(textGrid(lines));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].table.indicators).toHaveLength(5);
  });
});

test('the fixture: seed table 1 as a medium-term form gives seed table 1’s own mistakes in each grid', async () => {
  const [g] = await readWorkbookFile(join(__dirname, '..', 'fixtures', 'period-headings.xlsx'));
  const [t] = checkSheet(g).tables;
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual([
    'info D13 value/wan-unit',
    'warning C15 structure/level2-as-level3',
    'error D16 value/malformed-unit',
    'info D20 content/trailing-punctuation',
    'info D22 value/wan-unit',
    'warning C24 structure/level2-as-level3',
    'error D25 value/malformed-unit',
  ]);
});
