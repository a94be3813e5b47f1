/**
 * A medium-term project's form with its periods as columns rather than as groups: `中期资金总额 |
 * 年度资金总额` over the amounts of 资金总额 / 财政拨款 / 其他资金, and `中期指标值 | 年度指标值` in one
 * indicator grid. The annual column is checked; an empty 中期 column is fine. Before, the parts
 * were read from the 中期 column beside their labels (a false sum mismatch) and the first value
 * column was checked (every value "empty" in a one-year project).
 */
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { textGrid } from '../helpers/text-grid';

const findings = (lines: string[], merges: string[] = []): string[] =>
  checkSheet(textGrid(lines, merges)).tables.flatMap((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`));

const GRID = [
  '一级指标|二级指标|三级指标|中期指标值|年度指标值',
  '产出指标|数量指标|养护里程|≥150公里|≥50公里',
  '|质量指标|合格率|≥95%|≥95%',
  '|成本指标|养护成本|≤300万元|≤100万元',
  '效益指标|社会效益指标|出行条件|有效改善|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%|≥90%',
];

describe('amounts under 中期资金总额 | 年度资金总额', () => {
  const upper = (total: string, fiscal: string, other: string): string[] => [
    '项目名称|乡村道路养护|||',
    '项目资金（万元）||中期资金总额|年度资金总额|',
    `|资金总额|300|${total}|`,
    `|其中：财政拨款|240|${fiscal}|`,
    `|其他资金|60|${other}|`,
    '年度目标|完成养护50公里|||',
  ];

  test('the annual column is read: parts that add up are clean', () => {
    const [t] = checkSheet(textGrid([...upper('100', '80', '20'), ...GRID])).tables;
    expect(t.table.budget.total?.text).toBe('100');
    expect(t.table.budget.fiscal?.text).toBe('80');
    expect(t.table.budget.other?.text).toBe('20');
    expect(t.findings).toEqual([]);
  });

  test('a real mismatch in the annual column is still found, on the total', () => {
    expect(findings([...upper('100', '90', '20'), ...GRID])).toEqual(['error D3 budget/sum-mismatch']);
  });

  test('no 资金总额 row: the column has no total, said as a note (not a mismatch with the first part)', () => {
    const lines = ['项目名称|乡村道路养护|||', '项目资金（万元）||中期资金总额|年度资金总额|', '|其中：财政拨款|240|80|', '|其他资金|60|20|', '年度目标|完成养护50公里|||', ...GRID];
    expect(findings(lines)).toEqual(['info D2 budget/missing-total']);
  });

  test('one part in a 资金总额 column (其他资金 blank): that amount is the total too', () => {
    const lines = ['项目名称|乡村道路养护|||', '资金情况(万元)|资金来源||资金总额|', '|其中:财政拨款||100|', '|其他资金|||', '年度目标|完成养护50公里|||', ...GRID];
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.table.budget.total?.text).toBe('100');
    expect(t.findings.filter((f) => f.category === 'budget')).toEqual([]);
  });
});

describe('中期指标值 | 年度指标值 in one grid', () => {
  const TOP = ['项目名称|乡村道路养护||||', '预算数（万元）|100||||', '年度目标|完成养护50公里||||'];

  test('the annual value is checked, the empty 中期 column is not reported', () => {
    const lines = [...TOP, ...GRID.map((l, i) => (i === 0 ? l : l.replace(/\|[^|]*\|([^|]*)$/, '||$1')))];
    expect(findings(lines)).toEqual([]);
  });

  test('a mistake in the annual column is found there, one in the 中期 column is not', () => {
    const lines = [...TOP, ...GRID.map((l) => l.replace('≥150公里', '150公里').replace('|≥95%|≥95%', '|≥95%|95%'))];
    expect(findings(lines)).toEqual(['warning E6 value/missing-sign']);
  });

  test('whichever stands first: 年度指标值 | 中期指标值', () => {
    const lines = [...TOP, ...GRID.map((l) => l.replace(/\|([^|]*)\|([^|]*)$/, '|$2|$1'))];
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.table.header?.columns.value).toBe(3);
    expect(t.findings).toEqual([]);
  });
});

test('the fixture: seed table 1 in a medium-term form gives seed table 1’s own mistakes', async () => {
  const [g] = await readWorkbookFile(join(__dirname, '..', 'fixtures', 'period-columns.xlsx'));
  const [t] = checkSheet(g).tables;
  expect(t.table.budget.total?.text).toBe('26.50');
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual([
    'info F11 content/trailing-punctuation',
    'info F13 value/wan-unit',
    'warning C15 structure/level2-as-level3',
    'error F16 value/malformed-unit',
  ]);
});

describe('年度 and 中长期 values as a second header row under one 指标值', () => {
  const UPPER = ['项目名称|乡村道路养护|||', '预算数（万元）|100|财政资金|100|', '年度目标|完成道路养护50公里|||'];
  const lines = (first: string, second: string, annualFirst: boolean): string[] => [
    ...UPPER,
    '一级指标|二级指标|三级指标|指标值|',
    `|||${first}|${second}`,
    ...GRID.slice(1).map((r) => {
      const c = r.split('|');
      return [c[0], c[1], c[2], ...(annualFirst ? [c[4], c[3]] : [c[3], c[4]])].join('|');
    }),
  ];
  const merges = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4'];
  test.each([
    ['中期指标值', '年度指标值', false],
    ['年度指标值', '中期指标值', true],
    ['年度指标值', '中长期指标值', true],
    ['中长期目标值', '年度目标值', false],
  ])('%s | %s: the annual column is checked', (first, second, annualFirst) => {
    const grid = lines(first as string, second as string, annualFirst as boolean);
    const t = checkSheet(textGrid(grid, merges)).tables[0];
    expect(t.table.indicators.map((i) => i.value.text)).toEqual(['≥50公里', '≥95%', '≤100万元', '有效改善', '≥90%']);
    expect(findings(grid, merges)).toEqual([]);
  });
});

describe('实施期 and 年度 money blocks stacked in one column', () => {
  const block = (label: string, total: string, fiscal: string, other: string): string[] => [`|${label}|${total}|`, `|其中：财政拨款|${fiscal}|`, `|其他资金|${other}|`];
  const grid = (first: string[], second: string[]): string[] => ['项目名称|乡村道路养护||', ...first, ...second, '年度目标|完成道路养护50公里||', ...GRID.map((r) => r.split('|').filter((_, i) => i !== 3).join('|'))];
  test.each([
    ['the 实施期 block first', block('实施期资金总额', '300', '240', '60'), block('年度资金总额', '100', '100', '0')],
    ['the 年度 block first', block('年度资金总额', '100', '100', '0'), block('中期资金总额', '300', '240', '60')],
  ])('%s: the parts read are those under the annual total', (_, first, second) => {
    const lines = grid(first, second);
    const [t] = checkSheet(textGrid(lines, ['A2:A7'])).tables;
    expect([t.table.budget.total?.text, t.table.budget.fiscal?.text, t.table.budget.other?.text]).toEqual(['100', '100', '0']);
    expect(t.findings.filter((f) => f.category === 'budget')).toEqual([]);
  });
});

// A budget system's page with a block per period, one under the other (a 国资委 system's 预算项目立项
// page, forms44 f04: its fields in their order; the project, amounts and values are ours): the
// project's fields, then 中期资金总额 / 其中：财政拨款 / 其他资金 / 中期目标 and the 中期 grid, then the
// same for the year. Before, the year's block was a second table with no 项目名称 (an error) and the
// period's money was checked as the year's.
describe('a 中期 block and a 年度 block stacked, each with its money, goal and grid', () => {
  const block = (period: '中期' | '年度', total: string, fiscal: string, other: string, rows: string[]): string[] => [
    `${period}目标||||`,
    `${period}资金总额|${total}|||`,
    `其中：财政拨款|${fiscal}|||`,
    `其他资金|${other}|||`,
    `${period}目标|${period === '中期' ? '三年完成养护150公里' : '完成养护50公里'}|||`,
    `${period}绩效指标||||`,
    '一级指标|二级指标|三级指标|指标值|单位',
    ...rows,
  ];
  const rows = (n: string, cost: string) => [
    `产出指标|数量指标|养护里程|≥${n}|公里`,
    `|成本指标|养护成本|${cost}|万元`,
    '效益指标|社会效益指标|出行条件|有效改善|--',
    '满意度指标|服务对象满意度指标|群众满意度|≥90|%',
  ];
  const head = ['项目名称|乡村道路养护|||', '项目单位|某县公路养护中心|||', '项目周期|3年|||'];
  const sheet = (yearFiscal = '80', longTermCost = '≤300') => [...head, ...block('中期', '300.00万元', '240.00万元', '60.00万元', rows('150', longTermCost)), ...block('年度', '100.00万元', `${yearFiscal}.00万元`, '20.00万元', rows('50', '≤100'))];
  // The page's headings merged across it, its values across the rest of their row (as the system prints them).
  const merges = ['B1:E1', 'B2:E2', 'B3:E3', ...[3, 14].flatMap((r) => [`A${r + 1}:E${r + 1}`, ...[2, 3, 4, 5].map((k) => `B${r + k}:E${r + k}`), `A${r + 6}:E${r + 6}`])];

  test('one table: the year\'s money and goal, the 中期 total kept as the period\'s, the 中期 rows long-term', () => {
    const tables = checkSheet(textGrid(sheet(), merges)).tables;
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.table.projectName?.text).toBe('乡村道路养护');
    expect(t.table.budget.total?.text).toBe('100.00万元');
    expect(t.table.budget.fiscal?.text).toBe('80.00万元');
    expect(t.table.budget.longTermTotal?.text).toBe('300.00万元');
    expect(t.table.goals?.text).toBe('完成养护50公里');
    expect(t.table.indicators.map((i) => `${i.level3.text}=${i.value?.text ?? ''}${i.period === 'longTerm' ? ' (中期)' : ''}`)).toEqual([
      '养护里程=≥150 (中期)', '养护成本=≤300 (中期)', '出行条件=有效改善 (中期)', '群众满意度=≥90 (中期)',
      '养护里程=≥50', '养护成本=≤100', '出行条件=有效改善', '群众满意度=≥90',
    ]);
    expect(t.findings).toEqual([]);
  });

  test('the year\'s parts that do not add up are found on the year\'s total; the period\'s cost is no cap on the year', () => {
    expect(findings(sheet('90', '≤300'), merges)).toEqual(['error B16 budget/sum-mismatch']);
  });

  test('unmerged (typed by hand), the year\'s money still ends the 中期 grid: read as the year\'s', () => {
    const [t, ...more] = checkSheet(textGrid(sheet())).tables;
    expect(more).toEqual([]);
    expect(t.table.budget.total?.text).toBe('100.00万元');
    expect(t.table.budget.longTermTotal?.text).toBe('300.00万元');
    // The lone `年度目标` heading under the 中期 grid, unmerged, is left as an unused row of it (a note).
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['info C15 structure/unused-rows']);
  });

  test('a second 年度 block under a table whose money is the year\'s is a table of its own, as before', () => {
    const lines = [...head, ...block('年度', '100.00万元', '80.00万元', '20.00万元', rows('50', '≤100')), ...block('年度', '100.00万元', '80.00万元', '20.00万元', rows('50', '≤100'))];
    expect(checkSheet(textGrid(lines, merges)).tables).toHaveLength(2);
  });
});
