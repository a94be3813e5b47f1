/**
 * A split layout (指标性质 | 指标值 | 计量单位) whose qualitative value is written whole over its
 * value columns: one merged cell, as printed forms merge them, or the text in the first column
 * with the others empty, as a web copy leaves the merge. The text is the row's value, not a sign
 * column holding no sign and a unit column holding the same words.
 */
import { textGrid } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';

const LINES = [
  '项目支出绩效目标表（2025年度）|||||||',
  '项目名称|城乡居民医疗救助资金||||||',
  '预算数（万元）|235|其中：财政资金|235|其他资金|0||',
  '年度目标|对城乡困难群众实施医疗救助，减轻困难群众医疗费用负担。||||||',
  '一级指标|二级指标|三级指标|指标性质|指标值|计量单位|指标方向|备注',
  '产出指标|数量指标|资助参保人数|≥|6500|人|正向|',
  '|质量指标|住院费用救助比例|≥|70|%|正向|',
  '|时效指标|救助资金发放及时率|＝|100|%|正向|',
  '|成本指标|救助资金支出|≤|235|万元|反向|',
  '效益指标|社会效益指标|困难群众就医负担|有效减轻|||定性|',
  '|可持续影响指标|医疗救助制度长效运行|长期|||定性|',
  '满意度指标|服务对象满意度指标|救助对象满意度|≥|90|%|正向|',
];
const MERGES = ['A6:A9', 'A10:A11', 'B2:H2', 'B4:H4'];

test.each([
  ['merged over the three value columns', ['D10:F10', 'D11:F11']],
  ['in the first value column, the others left empty (a web copy)', []],
])('a qualitative value %s: read whole, nothing reported', (_, rowMerges) => {
  const r = checkSheet(textGrid(LINES, [...MERGES, ...rowMerges]));
  expect(r.tables).toHaveLength(1);
  const [t] = r.tables;
  const row = t.table.indicators.find((i) => i.level3.text === '困难群众就医负担');
  expect(row?.value.text).toBe('有效减轻');
  expect(row?.parsed.kind).toBe('qualitative');
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a quantitative value merged whole (`≥90%` over the three columns) is read and checked as one value', () => {
  const lines = LINES.slice();
  lines[11] = '满意度指标|服务对象满意度指标|救助对象满意度|90%||||';
  const [t] = checkSheet(textGrid(lines, [...MERGES, 'D12:F12'])).tables;
  const found = t.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.cell, f.suggestion]);
  expect(found).toEqual([['value/missing-sign', 'D12', '≥90%']]);
  // 正向 in the direction column gives it its ≥, as it does to a value written in the columns.
  lines[11] = '满意度指标|服务对象满意度指标|救助对象满意度|90%|||正向|';
  const [u] = checkSheet(textGrid(lines, [...MERGES, 'D12:F12'])).tables;
  expect(u.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a sign column with a word that is no sign, beside a number, is still reported', () => {
  const lines = LINES.slice();
  lines[5] = '产出指标|数量指标|资助参保人数|约|6500|人|正向|';
  const [t] = checkSheet(textGrid(lines, MERGES)).tables;
  expect(t.findings.map((f) => [f.rule, f.cell])).toContainEqual(['value/split-contradiction', 'D6']);
});
