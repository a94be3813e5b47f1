/**
 * A column named for the value's nature (`指标值类型`, `指标类型`) that holds the comparison signs
 * (`≥ ≤ =`, `定性` on the qualitative rows) after the number and unit columns. Before, its signs
 * went unread: a missing-sign warning on every quantitative value (all false). A column of 定性 and
 * 定量 under the same word stays a nature column. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const TOP = ['项目支出绩效目标表|||||', '项目名称|乡村振兴示范村建设||||', '预算数（万元）|200|财政资金|200||', '年度绩效目标|建设示范村5个，改善人居环境。||||'];
const rows = (word: string, signs: string[]) => [
  `一级指标|二级指标|三级指标|目标值|计量单位|${word}`,
  `产出指标|数量指标|示范村建设数量|5|个|${signs[0]}`,
  `|质量指标|工程验收合格率|95|%|${signs[1]}`,
  `|时效指标|项目完成及时率|100|%|${signs[2]}`,
  `|成本指标|项目总成本|200|万元|${signs[3]}`,
  `效益指标|社会效益指标|村民人居环境改善|明显改善||${signs[4]}`,
  `满意度指标|服务对象满意度指标|村民满意度|90|%|${signs[5]}`,
];
const findings = (lines: string[]) => checkSheet(textGrid(lines)).tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.rule}`));

test.each(['指标值类型', '指标类型'])('%s holding the signs is the sign column', (word) => {
  expect(findings([...TOP, ...rows(word, ['≥', '≥', '=', '≤', '定性', '≥'])])).toEqual([]);
});

test('a sign left out in that column is found at its cell', () => {
  expect(findings([...TOP, ...rows('指标值类型', ['≥', '', '=', '≤', '定性', '≥'])])).toEqual(['F7 value/missing-sign']);
});

test('定量 and 定性 under 指标类型 stay a nature column: the values’ missing signs are found', () => {
  expect(findings([...TOP, ...rows('指标类型', ['定量', '定量', '定量', '定量', '定性', '定量'])])).toEqual([
    'D6 value/missing-sign',
    'D7 value/missing-sign',
    'D8 value/missing-sign',
    'D9 value/missing-sign',
    'D11 value/missing-sign',
  ]);
});
