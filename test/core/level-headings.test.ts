/**
 * Levels written as an outline in one column under a word no pattern knows (`指标类别`, `绩效指标`)
 * or under 一级指标: each 一级 on a row of its own, then its rows. Before, `指标类别 | 指标名称 |
 * 指标值` was a header with no levels and the grid ended at the first heading row (no indicator
 * read, a false "no indicators" error), and under 一级指标 each heading row was an "unused template
 * row". Grids we wrote: consistency, not accuracy.
 */
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { textGrid } from '../helpers/text-grid';

const TOP = ['项目名称|村级组织运转经费||', '预算金额（万元）|86.4||', '年度目标|保障72个村正常运转||'];
const ROWS = (level2: boolean): string[] =>
  [
    ['产出指标', '', ''],
    ['数量指标', '保障村数', '≥72个'],
    ['质量指标', '资金到位率', '＝100%'],
    ['成本指标', '每村补助标准', '≤1.2万元'],
    ['效益指标', '', ''],
    ['社会效益指标', '村级组织运转', '正常运转'],
    ['满意度指标', '', ''],
    ['服务对象满意度指标', '村干部满意度', '90%'],
  ].map(([a, b, c]) => `${b || c ? (level2 ? a : '') : a}|${b}|${c}|`);

const levels = (lines: string[], merges: string[] = []) => {
  const [t] = checkSheet(textGrid(lines, merges)).tables;
  return { t, levels: t.table.indicators.map((i) => `${i.level1.text}/${i.level2.text}/${i.level3.text}`), findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
};

describe('一级 on rows of their own', () => {
  test.each(['指标类别', '绩效指标', '指标分类', ''])('`%s | 指标名称 | 指标值`, 二级 beside each 三级: the levels read, one mistake found', (word) => {
    const { levels: got, findings } = levels([...TOP, `${word}|指标名称|指标值|`, ...ROWS(true)]);
    expect(got).toEqual([
      '产出指标/数量指标/保障村数',
      '产出指标/质量指标/资金到位率',
      '产出指标/成本指标/每村补助标准',
      '效益指标/社会效益指标/村级组织运转',
      '满意度指标/服务对象满意度指标/村干部满意度',
    ]);
    expect(findings).toEqual(['warning C12 value/missing-sign']);
  });

  test.each(['一级指标', '指标类别', '绩效指标'])('`%s | 指标名称 | 指标值`, no 二级: headings are not unused template rows', (word) => {
    const { levels: got, findings } = levels([...TOP, `${word}|指标名称|指标值|`, ...ROWS(false)]);
    expect(got.map((l) => l.split('/')[0])).toEqual(['产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(findings).toEqual(['warning C12 value/missing-sign']);
  });

  test('a 一级 alone on its row with another 一级 below it is still an unused template row', () => {
    const lines = [...TOP, '一级指标|指标名称|指标值|', '产出指标|保障村数|≥72个|', '效益指标|||', '满意度指标|村干部满意度|≥90%|'];
    expect(levels(lines).findings).toContain('info B6 structure/unused-rows');
  });

  test('a column of other words left of 指标名称 is not read as levels', () => {
    const lines = [...TOP, '序号|指标名称|指标值|', '1|保障村数|≥72个|', '2|资金到位率|＝100%|'];
    const { t } = levels(lines);
    expect(t.table.header?.columns.level1).toBeUndefined();
    expect(t.table.header?.columns.level2).toBeUndefined();
  });
});

test('the fixture: seed table 1 with its levels as an outline gives seed table 1’s own mistakes', async () => {
  const [g] = await readWorkbookFile(join(__dirname, '..', 'fixtures', 'level-headings.xlsx'));
  const [t] = checkSheet(g).tables;
  expect(t.table.indicators).toHaveLength(7);
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual([
    'info C11 content/trailing-punctuation',
    'info C13 value/wan-unit',
    'warning B16 structure/level2-as-level3',
    'error C18 value/malformed-unit',
  ]);
});
