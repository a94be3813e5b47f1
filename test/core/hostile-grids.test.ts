/**
 * The engine attacked through the grid (issue 11/14, fourth round): cells crafted against its
 * patterns (32,767 characters of repeated punctuation, digits, line breaks), one long text
 * repeated in many cells, and sheets shaped to make the locator work hard. Work is bounded by
 * comparing 10× inputs (test/helpers/growth.ts) or by counting calls, never by a clock limit.
 */
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';
import { arrayWorkRatio, LINEAR_WORK } from '../helpers/array-work';
import { checkSheet } from '../../src/core/engine';
import { Grid, type CellValue, type GridInit } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { memoText } from '../../src/core/engine/memo';

const HEAD = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'];

/** A small table with `text` put at one cell (row, col of this grid). */
function tableWith(row: number, col: number, text: string): GridInit {
  const values: CellValue[][] = [
    ['项目名称', '2025年检察业务装备购置项目'],
    ['预算数', 12, '其中：财政资金', 11, '其他资金', 1],
    ['绩效目标', '完成设备国产化替代工作。'],
    HEAD,
    ['产出指标', '数量指标', '设备数量', '设备数量', '≥1台'],
    [null, '成本指标', '设备总价', '设备总价', '≤12万元'],
    ['满意度指标', '服务对象满意度指标', '使用人满意度', '使用人满意度', '≥99%'],
  ].map((r) => [...r]);
  values[row][col] = text;
  return { name: 'S', values };
}

describe('crafted long cells: work grows with the text, not with its square', () => {
  // Each case was quadratic before its fix (a pattern retried at every position of a long run,
  // or an array shifted one element at a time): 10× the text took about 100× the time.
  const cases: [string, number, number, (n: number) => string][] = [
    // name-states-value trimmed trailing punctuation with /[。；;，,]+$/.
    ['三级 of 。。。…x', 4, 2, (n) => `${'。'.repeat(n)}x`],
    ['三级 of ，，，…x', 5, 2, (n) => `${'，'.repeat(n)}x`],
    // stray-space dropped blank lines at the start with Array#shift.
    ['项目名称 of line breaks', 0, 1, (n) => `${'\n'.repeat(n)}x`],
    ['绩效目标 of line breaks', 2, 1, (n) => `${'\r\n'.repeat(n / 2)}x`],
  ];
  test.each(cases)('%s', (_name, row, col, text) => {
    expect(growthRatio((n) => checkSheet(tableWith(row, col, text(n))), 3_200, 3)).toBeLessThan(LINEAR_BOUND);
  });

  test('a budget sentence of 32,767 digits (the locator read it with a backtracking pattern)', () => {
    const grid = (text: string) => new Grid({ name: 'S', values: [['项目名称', 'x'], ['资金总额及构成', text], ['绩效目标', 'y'], HEAD, ['产出指标', '数量指标', 'a', 'a', '≥1台']] });
    expect(growthRatio((n) => locateTables(grid(`≥${'1'.repeat(n)}`)), 3_000, 3)).toBeLessThan(LINEAR_BOUND);
    expect(growthRatio((n) => locateTables(grid(`${'1,'.repeat(n / 2)}万`)), 3_000, 3)).toBeLessThan(LINEAR_BOUND);
    // Same answers as the pattern: a number before a money unit, spaces between allowed. (A
    // sentence whose amounts are named is read as the budget, in that cell.)
    const total = (text: string) => {
      const { budget } = locateTables(grid(text))[0];
      return budget.totalLabel ?? budget.total?.at;
    };
    expect(total('总额10606.75万元，财政拨款')).toEqual({ row: 1, col: 1 });
    expect(total('资金 12.5 亿元')).toEqual({ row: 1, col: 1 });
    expect(total('1,2,3，元')).toEqual({ row: 1, col: 1 });
    expect(total('元元1元')).toEqual({ row: 1, col: 1 });
    expect(total('总额 10 万 元')).toBeUndefined();
    expect(total(',元')).toBeUndefined();
    expect(total('1 x元')).toBeUndefined();
  });
});

describe('one long text in many cells is worked out once', () => {
  test('memoText keeps texts up to 32,767 characters, a bounded number of them', () => {
    let calls = 0;
    const f = memoText((s: string) => {
      calls++;
      return s.length;
    });
    const long = '１'.repeat(32_767);
    for (let i = 0; i < 1_000; i++) f(long);
    expect(calls).toBe(1);
    // Texts longer than a cell can hold are never kept.
    const huge = '１'.repeat(32_768);
    f(huge);
    f(huge);
    expect(calls).toBe(3);
    // Many distinct long texts: each worked out once, the oldest forgotten (the memory is bounded).
    const texts = Array.from({ length: 40 }, (_, i) => `${i}${'x'.repeat(30_000)}`);
    for (const t of texts) f(t);
    for (const t of texts) f(t);
    expect(calls).toBeGreaterThan(3 + 40);
    expect(f(texts[39])).toBe(texts[39].length);
  });

  test('a 32,767-character 一级 name in 50 rows is checked, its findings on its one cell', () => {
    const long = '１'.repeat(32_767);
    const rows: CellValue[][] = [['项目名称', 'x'], ['预算数', 1], ['绩效目标', 'y'], HEAD];
    for (let i = 0; i < 50; i++) rows.push([long, '数量指标', `指标${i}`, `指标${i}`, '≥1台']);
    const result = checkSheet({ name: 'S', values: rows });
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].findings.some((f) => f.rule === 'structure/unknown-level1')).toBe(true);
  });
});

describe('sheets shaped against the locator: work grows with the cells', () => {
  const LV1 = ['产出指标', '效益指标', '满意度指标', '成本指标'];
  const LABELS = ['项目名称', '预算数', '其中：财政资金', '其他资金', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '单位：万元'];
  const shapes: [string, (n: number) => GridInit][] = [
    ['one-character cells', (n) => ({ name: 'S', values: Array.from({ length: n / 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => '一二三≥%元1'[(r + c) % 7])) })],
    ['a header row thousands of columns wide', (n) => ({ name: 'S', values: [['项目名称', 'x'], Array.from({ length: n }, (_, c) => HEAD[c % 4]), Array.from({ length: n }, (_, c) => (c % 4 === 3 ? '≥1台' : LV1[c % 4]))] })],
    ['every cell a header label', (n) => ({ name: 'S', values: Array.from({ length: n / 20 }, (_, r) => Array.from({ length: 20 }, (_, c) => HEAD[(r + c) % 4])) })],
    ['every cell a field label', (n) => ({ name: 'S', values: Array.from({ length: n / 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => LABELS[(r * 3 + c) % 10])) })],
    ['一级 names in every cell', (n) => ({ name: 'S', values: [['项目名称', 'x'], ['预算数', 1], HEAD, ...Array.from({ length: n / 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => LV1[(r + c) % 4]))] })],
    ['the header repeated after every row (page breaks)', (n) => ({ name: 'S', values: [['项目名称', 'x'], ['预算数', 1], ...Array.from({ length: n / 2 }, (_, r) => (r % 2 === 0 ? HEAD : ['产出指标', '数量指标', `指标${r}`, `指标${r}`, '≥1台']))] })],
    [
      'a budget block of thousands of amount lines (1e308, -0, 0x10, 1,2,3,4,5, full-width digits)',
      (n) => ({ name: 'S', values: [['项目名称', 'x'], ...Array.from({ length: n }, (_, r) => [['预算数', '其中：财政资金', '其他资金'][r % 3], ['1,2,3,4,5', 1e308, -0, '0x10', '１２３４５６７８９０'.repeat(10)][r % 5]]), HEAD, ['产出指标', '数量指标', 'a', 'a', '≥1台']] }),
    ],
    ['thousands of tables with no blank row between them', (n) => ({ name: 'S', values: Array.from({ length: n / 4 }, (_, i) => [['项目名称', `p${i}`], ['预算数', 1], HEAD, ['产出指标', '数量指标', 'a', 'a', '≥1台']]).flat() })],
  ];
  test.each(shapes)('%s', (_name, make) => {
    expect(growthRatio((n) => checkSheet(make(n)), 1_000, 3)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('rules over a split sign column: work grows with the rows (fuzz38)', () => {
  // A 符号 column left empty on every row: value/missing-sign suggests a sign for each in the
  // column's style (words or symbols), and the style was counted over the whole table for each
  // finding, so 2,000 such rows (a table's one-row groups repeated) did 4,000,000 row reads.
  const sheet = (n: number): GridInit => ({
    name: 'S',
    values: [
      ['项目名称', '某项目'],
      ['一级指标', '二级指标', '三级指标', '符号', '指标值', '计量单位'],
      ...Array.from({ length: n }, (_, i) => ['产出指标', '数量指标', `培训人数${i}`, i === 0 ? '大于等于' : null, 100, '人']),
    ],
  });
  test('a sign suggested per row, in the column’s style', () => {
    const findings = checkSheet(sheet(3)).tables[0].findings.filter((f) => f.rule === 'value/missing-sign');
    expect(findings.map((f) => [f.cell, f.suggestion])).toEqual([
      ['D4', '大于等于'],
      ['D5', '大于等于'],
    ]);
    // Texts seen once are remembered (memo.ts): both sizes are counted with the memories warm.
    checkSheet(sheet(2000));
    expect(arrayWorkRatio(sheet, (init) => checkSheet(init), 200)).toBeLessThan(LINEAR_WORK);
  });
});
