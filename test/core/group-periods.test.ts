/**
 * Side-by-side 中长期/年度 column groups: the annual group is the one checked, whatever the layout
 * says its period with — the form's goal block above the grid (`中期目标 | 年度目标`, its merges
 * undone, or not aligned with the grid's groups), the groups' own labels, in either order. Before,
 * an unmerged or shifted goal block, or `年度指标值` written in both groups, made the 中期 group read
 * as the annual one (its values checked as this year's targets, the annual ones unread).
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const UPPER = ['项目名称|乡村道路养护|||||||', '预算数（万元）|100|||||||'];
/** An 安徽 form: 总体目标 | 中期目标 | 年度目标 over a goal row, then the grid with one 一级 column. */
const anhui = (lt: string, annual: string, ltFirst: boolean, shift = 0): string[] => {
  const pad = '|'.repeat(shift);
  const [a, b] = ltFirst ? [lt, annual] : [annual, lt];
  const pair = (name: string, ltValue: string, annualValue: string): string => (ltFirst ? `${name}|${ltValue}|${name}|${annualValue}` : `${name}|${annualValue}|${name}|${ltValue}`);
  return [
    ...UPPER,
    `总体目标|${a}|||${b}|||`,
    '|完成养护150公里|||完成养护50公里|||',
    `${pad}绩效指标|一级指标|二级指标|三级指标|指标值|二级指标|三级指标|指标值`,
    `${pad}|产出指标|${pair('数量指标|养护里程', '≥150公里', '')}`,
    `${pad}||${pair('质量指标|验收合格率', '≥95%', '')}`,
    `${pad}|满意度指标|${pair('服务对象满意度指标|群众满意度', '≥85%', '')}`,
  ];
};
/** The annual values left empty, the long-term ones written: the empty cells found are the annual group's. */
const read = (lines: string[], merges: string[] = []) => {
  const [t] = checkSheet(textGrid(lines, merges)).tables;
  return { value: t.table.header?.columns.value, empty: t.findings.filter((f) => f.rule === 'value/empty').map((f) => f.cell) };
};

describe('which of two side-by-side groups is the annual one', () => {
  test('the goal block above with its merges undone (each word in its first cell): the annual group is read', () => {
    expect(read(anhui('中期目标(2023年—2025年)', '年度目标', true))).toEqual({ value: 7, empty: ['H6', 'H7', 'H8'] });
    expect(read(anhui('中期目标(2023年—2025年)', '年度目标', false))).toEqual({ value: 4, empty: ['E6', 'E7', 'E8'] });
    // Merged, as the form prints it: the same.
    expect(read(anhui('中期目标', '年度目标', true), ['B3:D3', 'E3:H3', 'B4:D4', 'E4:H4'])).toEqual({ value: 7, empty: ['H6', 'H7', 'H8'] });
  });

  test('the grid two columns right of the goal block (no group under its period word): the words’ order tells', () => {
    expect(read(anhui('中期目标', '年度目标', true, 2), ['B3:D3', 'E3:H3'])).toEqual({ value: 9, empty: ['J6', 'J7', 'J8'] });
  });

  test('`年度指标值` in both groups tells neither apart: the words above do', () => {
    const lines = anhui('中期目标', '年度目标', true).map((l) => l.replace(/\|指标值/g, '|年度指标值'));
    expect(read(lines)).toEqual({ value: 7, empty: ['H6', 'H7', 'H8'] });
    const reversed = anhui('中期目标', '年度目标', false).map((l) => l.replace(/\|指标值/g, '|指标值(年度)'));
    expect(read(reversed)).toEqual({ value: 4, empty: ['E6', 'E7', 'E8'] });
  });

  test('other words for the periods: 整体 / 三年 / a year range for the long term, a single year for the annual', () => {
    expect(read(anhui('整体目标', '2025年目标', false), ['B3:D3', 'E3:H3'])).toEqual({ value: 4, empty: ['E6', 'E7', 'E8'] });
    expect(read(anhui('三年目标', '年度目标', true), ['B3:D3', 'E3:H3'])).toEqual({ value: 7, empty: ['H6', 'H7', 'H8'] });
    expect(read(anhui('2025-2027年目标', '2025年目标', false))).toEqual({ value: 4, empty: ['E6', 'E7', 'E8'] });
  });
});

describe('an outline export’s 指标值 split into 中长期 | 年度 by a row under it', () => {
  const tree = (first: string, second: string, values: [string, string][]): string[] => [
    '某单位2020年项目绩效目标批复表|||',
    '单位:元|||',
    '项目|指标值||绩效金额',
    `|${first}|${second}|`,
    ' 某单位|||',
    '  乡村道路养护|||1000000',
    '   产出指标|||',
    '    数量指标|||',
    `     养护里程|${values[0].join('|')}|`,
    '    质量指标|||',
    `     验收合格率|${values[1].join('|')}|`,
  ];
  const read = (lines: string[], merges: string[]) => {
    const [t] = checkSheet(textGrid(lines, merges)).tables;
    return { value: t.table.header?.columns.value, values: t.table.indicators.map((i) => i.value?.text), empty: t.findings.filter((f) => f.rule === 'value/empty').map((f) => f.cell) };
  };
  const MERGED = ['A1:D1', 'A2:D2', 'A3:A4', 'D3:D4', 'B3:C3'];

  test('long-term first and empty: the annual column is read, nothing is empty', () => {
    expect(read(tree('中长期指标值', '年度指标值', [['', '≥50公里'], ['', '≥96%']]), MERGED)).toEqual({ value: 2, values: ['≥50公里', '≥96%'], empty: [] });
    expect(read(tree('年度', '中期', [['≥50公里', ''], ['≥96%', '']]), MERGED)).toEqual({ value: 1, values: ['≥50公里', '≥96%'], empty: [] });
  });

  test('the header’s merges undone: the same (the period row is no indicator)', () => {
    expect(read(tree('中长期指标值', '年度指标值', [['≥150公里', '≥50公里'], ['≥95%', '≥96%']]), ['A1:D1', 'A2:D2'])).toEqual({ value: 2, values: ['≥50公里', '≥96%'], empty: [] });
  });
});

describe('a form’s 指标值 over bare period words (`中期 | 年度`)', () => {
  const form = (first: string, second: string, values: [string, string][]): string[] => [
    ...UPPER.map((l) => l.slice(0, -3)),
    '年度目标|完成养护50公里||||',
    '一级指标|二级指标|三级指标|指标值|',
    `|||${first}|${second}`,
    `产出指标|数量指标|养护里程|${values[0].join('|')}`,
    `|质量指标|验收合格率|${values[1].join('|')}`,
    `满意度指标|服务对象满意度指标|群众满意度|${values[2].join('|')}`,
  ];
  const read = (lines: string[], merges: string[]) => {
    const [t] = checkSheet(textGrid(lines, merges)).tables;
    return { value: t.table.header?.columns.value, n: t.table.indicators.length, values: t.findings.filter((f) => f.category === 'value').map((f) => `${f.cell} ${f.rule}`) };
  };
  const MERGED = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4'];

  test('the annual word’s column is the value column, in either order, merged or not', () => {
    const lt: [string, string][] = [['', '≥50公里'], ['', '≥96%'], ['', '≥90%']];
    expect(read(form('中期', '年度', lt), MERGED)).toEqual({ value: 4, n: 3, values: [] });
    expect(read(form('中期', '年度', lt), [])).toEqual({ value: 4, n: 3, values: [] });
    const an: [string, string][] = [['50公里', ''], ['≥96%', ''], ['≥90%', '']];
    expect(read(form('当年', '实施期', an), MERGED)).toEqual({ value: 3, n: 3, values: ['D6 value/missing-sign'] });
  });
});

describe('groups whose 三级 and value columns are in words no pattern holds (`绩效指标 | 预期目标`)', () => {
  test('the repeated 二级 columns start the groups, and the annual one is read', () => {
    const lines = [
      ...UPPER.map((l) => l.slice(0, -1)),
      '|中期目标|||年度目标||',
      '一级指标|二级指标|绩效指标|预期目标|二级指标|绩效指标|预期目标',
      '产出指标|数量指标|养护里程|≥150公里|数量指标|养护里程|50公里',
      '|质量指标|验收合格率|≥95%|质量指标|验收合格率|≥96%',
      '满意度指标|服务对象满意度指标|群众满意度|≥85%|服务对象满意度指标|群众满意度|≥90%',
    ];
    const [t] = checkSheet(textGrid(lines, ['B3:D3', 'E3:G3'])).tables;
    expect(t.table.header?.columns).toEqual({ level1: 0, level2: 4, level3: 5, value: 6 });
    expect(t.table.indicators.filter((i) => i.period !== 'longTerm').map((i) => i.value?.text)).toEqual(['50公里', '≥96%', '≥90%']);
    expect(t.findings.filter((f) => f.category === 'value').map((f) => `${f.cell} ${f.rule}`)).toEqual(['G5 value/missing-sign']);
  });
});
