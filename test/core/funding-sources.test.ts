/**
 * 中央补助 / 省级补助 / 市级配套 / 县级配套 as a project's funding sources. Before, a county's
 * project funded by them (title 项目支出绩效目标表, 项目名称) was named a transfer payment's table
 * and not checked at all, and 市级配套 / 中央资金 / 国有资本经营预算 / 财政专户管理资金 were not read
 * as money, so a budget that did not add up went unseen. A transfer's own table (专项名称, no
 * project title) is still named so. Grids we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '年度目标|建成高标准农田1万亩||',
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|建设面积|≥1万亩',
  '|质量指标|验收合格率|≥95%',
  '|时效指标|完成时间|2025年12月底前',
  '|成本指标|亩均投资|≤1500元/亩',
  '效益指标|经济效益指标|亩均增产|≥50公斤',
  '满意度指标|服务对象满意度指标|农户满意度|≥90%',
];
const money = (total: number, parts: [string, number][]) => [`项目资金（万元）|资金总额|${total}|`, ...parts.map(([l, v]) => `|${l}|${v}|`)];
const LOCAL: [string, number][] = [['其中：中央补助', 900], ['省级补助', 300], ['市级配套', 150], ['县级配套', 150]];

const run = (lines: string[]) => {
  const [t] = checkSheet(textGrid(lines)).tables;
  return { kind: t.table.kind ?? 'project', findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
};

describe('a project funded by 中央补助 and local matching funds', () => {
  test.each([
    ['titled', ['项目支出绩效目标表|||', '项目名称|高标准农田建设项目||']],
    ['untitled, 项目名称', ['项目名称|高标准农田建设项目||']],
  ])('%s: a project table, its budget adding up', (_, top) => {
    expect(run([...top, ...money(1500, LOCAL), ...GRID])).toEqual({ kind: 'project', findings: [] });
  });

  test('a budget that does not add up is found, every source counted', () => {
    const { findings } = run(['项目支出绩效目标表|||', '项目名称|高标准农田建设项目||', ...money(1600, LOCAL), ...GRID]);
    expect(findings).toEqual(['error C3 budget/sum-mismatch']);
  });

  test.each([
    ['中央资金', '国有资本经营预算', '财政专户管理资金', '一般债券'],
    ['其中：中央财政资金', '政府性基金预算拨款', '县级财政配套资金', '专项债券资金'],
  ])('%s, %s, %s, %s are money from the public purse', (a, b, c, d) => {
    const parts: [string, number][] = [[a, 900], [b, 300], [c, 150], [d, 150]];
    expect(run(['项目名称|高标准农田建设项目||', ...money(1500, parts), ...GRID]).findings).toEqual([]);
    expect(run(['项目名称|高标准农田建设项目||', ...money(1400, parts), ...GRID]).findings).toEqual(['error C2 budget/sum-mismatch']);
  });
});

test('a transfer’s table (专项名称, 中央补助 and 地方资金, no project title) is still named a transfer', () => {
  const lines = ['专项名称|高标准农田建设||', '项目资金（万元）|资金总额|1500|', '|其中：中央补助|1200|', '|地方资金|300|', ...GRID];
  expect(run(lines)).toEqual({ kind: 'transfer', findings: ['info B3 structure/table-kind'] });
});

test.each(['项目经费', '年度经费预算', '经费总额（万元）'])('%s is the budget: a cost cap above it is found', (label) => {
  const lines = ['项目名称|高标准农田建设项目||', `${label}|1000|财政资金|1000`, ...GRID.map((l) => l.replace('≤1500元/亩', '≤1500万元'))];
  expect(run(lines).findings).toEqual(['error D8 budget/cost-exceeds']);
});

describe('a sum word over the total column (河南: 项目资金（万元）| 合计 | 一般公共预算 | 政府性基金 | 其他资金)', () => {
  const block = (total: number) => ['项目支出绩效目标表||||', '项目名称|高标准农田建设项目|||', '项目资金（万元）|合计|一般公共预算|政府性基金|其他资金', `|${total}|1000|300|200`];
  const grid = GRID.map((l) => `${l}|`);
  test.each(['合计', '总计', '小计'])('%s is the total: a budget adding up is clean', (word) => {
    const lines = block(1500);
    lines[2] = lines[2].replace('合计', word);
    expect(run([...lines, ...grid])).toEqual({ kind: 'project', findings: [] });
  });
  test('a total that does not add up is found at its cell', () => {
    expect(run([...block(1600), ...grid]).findings).toEqual(['error B4 budget/sum-mismatch']);
  });
  // The block's label is itself a total's label (预算金额, 预算数): the word 合计 right of it was
  // read as the amount (a false 不是数字 error, and the sum went unchecked).
  test.each(['预算金额（万元）', '预算数（万元）', '年度预算'])('%s | 合计 | parts: 合计 labels the total', (label) => {
    const lines = block(1500);
    lines[2] = lines[2].replace('项目资金（万元）', label);
    expect(run([...lines, ...grid])).toEqual({ kind: 'project', findings: [] });
    const wrong = block(1600);
    wrong[2] = wrong[2].replace('项目资金（万元）', label);
    expect(run([...wrong, ...grid]).findings).toEqual(['error B4 budget/sum-mismatch']);
  });
  test('合计 with no money parts beside it and no block label before it is no budget label', () => {
    expect(run(['项目名称|高标准农田建设项目|||', '|合计|1500||', ...grid]).findings).toContain('info A1:D10 budget/missing-total');
    expect(run(['项目名称|高标准农田建设项目|||', '项目类别|合计|1500||', ...grid]).findings).toContain('info A1:D10 budget/missing-total');
  });
  // 广西's 项目绩效目标公开表 (`项目资金（万元）| 合计 | 250`, its parts in the rows below, probe22): the
  // block's label, the sum word, then the amount: the amount is the total (before, a missing-total error).
  test.each(['项目资金（万元）', '资金情况'])('%s | 合计 | 1500 with no parts beside it: 1500 is the total', (label) => {
    expect(run(['项目名称|高标准农田建设项目|||', `${label}|合计|1500||`, ...grid]).findings.filter((f) => f.includes('budget/'))).toEqual([]);
  });
});

describe('a level’s own or matching share named without 级 or 财政', () => {
  test.each([
    [['上级补助', 900], ['本级配套', 600]],
    [['上级资金', 900], ['本级资金', 600]],
    [['省补资金', 900], ['县财政', 600]],
    [['其中：配套资金', 600], ['上级财政资金', 900]],
    [['乡镇配套', 600], ['上级补助', 900]],
  ] as [string, number][][])('%j: each is money, so a total that does not add up is found', (...parts) => {
    expect(run(['项目名称|高标准农田建设项目||', ...money(1500, parts), ...GRID]).findings).toEqual([]);
    expect(run(['项目名称|高标准农田建设项目||', ...money(1600, parts), ...GRID]).findings).toEqual(['error C2 budget/sum-mismatch']);
  });
});

describe('财政资金 beside the total, broken down by level of government on a row of its own', () => {
  const top = ['项目支出绩效目标表|||||', '项目名称|高标准农田建设||||'];
  const breakdown = (central: number) => [
    '资金总额（万元）|1000|财政资金|800|其他资金|200',
    `财政资金构成|中央资金|${central}|省级资金|200|县级资金|100`,
  ];
  test('the breakdown is not counted again: a budget that adds up is clean', () => {
    const [t] = checkSheet(textGrid([...top, ...breakdown(500), ...GRID])).tables;
    expect(t.table.budget.fiscal?.text).toBe('800');
    expect(t.findings.filter((f) => f.rule.startsWith('budget/'))).toEqual([]);
  });
  test('a total that does not add up to 财政资金 + 其他资金 is still found', () => {
    const lines = [...top, ...breakdown(500), ...GRID];
    lines[2] = '资金总额（万元）|1100|财政资金|800|其他资金|200';
    expect(run(lines).findings).toContain('error B3 budget/sum-mismatch');
  });
});

describe('财政拨款 broken down by kind of fund on the row below (其中：一般公共预算 | 60 | 政府性基金 | 40)', () => {
  const block = (total: number, other: string) => ['项目支出绩效目标表|||||', '项目名称|高标准农田建设||||', `资金总额（万元）|${total}|财政拨款|100|${other}`, '|其中：一般公共预算|60|政府性基金|40|'];
  const grid = GRID.map((l) => `${l}||`);
  test('the breakdown is not counted again: a budget that adds up is clean', () => {
    const [t] = checkSheet(textGrid([...block(100, '|'), ...grid])).tables;
    expect(t.table.budget.fiscal?.text).toBe('100');
    expect(t.findings.filter((f) => f.rule.startsWith('budget/'))).toEqual([]);
  });
  test('a total that does not add up is found, with the sum of the main parts as the fix', () => {
    const [t] = checkSheet(textGrid([...block(110, '其他资金|5'), ...grid])).tables;
    const found = t.findings.filter((f) => f.rule === 'budget/sum-mismatch');
    expect(found.map((f) => [f.cell, f.suggestion])).toEqual([['B3', '105']]);
  });
  test('parts that are no breakdown of 财政拨款 still count', () => {
    const lines = [...block(200, '|'), ...grid];
    lines[3] = '|其中：一般公共预算|60|政府性基金|30|';
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.findings.filter((f) => f.rule === 'budget/sum-mismatch').map((f) => f.suggestion)).toEqual(['190']);
  });
});

describe('a 合计 row under the money parts is the total', () => {
  const list = (sum: number) => ['项目支出绩效目标表|||', '项目名称|社区养老服务补贴||', '资金来源|金额（万元）||', '财政拨款|80||', '其他资金|20||', `合计|${sum}||`];
  const column = (sum: number) => [
    '项目支出绩效目标表|||',
    '项目名称|社区养老服务补贴||',
    '项目资金（万元）|资金来源|年度预算|',
    '|一般公共预算|80|',
    '|政府性基金|10|',
    '|其他|10|',
    `|合计|${sum}|`,
  ];
  test.each([
    ['a two-column list (资金来源 | 金额)', list(100), 'B6'],
    ['under a 年度预算 column header', column(100), 'C7'],
  ])('%s: read, a budget that adds up is clean', (_, top, cell) => {
    const [t] = checkSheet(textGrid([...top, ...GRID])).tables;
    expect(t.table.budget.total?.text).toBe('100');
    expect(`${String.fromCharCode(65 + (t.table.budget.total?.at.col ?? 0))}${(t.table.budget.total?.at.row ?? 0) + 1}`).toBe(cell);
    expect(t.findings.filter((f) => f.rule.startsWith('budget/'))).toEqual([]);
  });
  test.each([
    ['a two-column list', list(99), 'error B6 budget/sum-mismatch'],
    ['under a column header', column(95), 'error C7 budget/sum-mismatch'],
  ])('%s: a 合计 that does not add up is found on its cell', (_, top, finding) => {
    expect(run([...top, ...GRID]).findings).toContain(finding);
  });
});

describe('the 2021 申报表 (广西等地) money rows: 财政专户, 未纳入财政专户, 上年结余', () => {
  const top = (carry: number) => [
    '财政支出绩效目标申报表|||',
    '项目名称|城区绿化养护||',
    '项目资金申请(万元)|资金总额：|100|',
    '|一般公共预算拨款：|60|',
    '|政府性基金预算拨款：|20|',
    '|国有资本经营预算拨款：|0|',
    '|纳入财政专户管理的收入：|0|',
    '|未纳入财政专户管理的收入：|15|',
    `|上年结余收入：|${carry}|`,
  ];
  test('every source is read: a budget that adds up is clean', () => {
    const [t] = checkSheet(textGrid([...top(5), ...GRID])).tables;
    expect(t.table.budget.other?.text).toBe('15');
    expect(t.table.budget.carryOver?.text).toBe('5');
    expect(t.findings.filter((f) => f.rule.startsWith('budget/'))).toEqual([]);
  });
  test('one that does not add up is found on the total', () => {
    expect(run([...top(15), ...GRID]).findings).toContain('error C3 budget/sum-mismatch');
  });
});

describe('more ways a form names its money', () => {
  test.each([
    ['其中：财政资金合计', '非财政拨款资金'],
    ['上级转移支付', '非财政拨款'],
    // An 一体化 front end's 资金金额 block (forms44 f05, a component's default layout; amounts ours).
    ['财政拨款数', '非财政拨款数'],
    ['财政拨款合计', '其他资金'],
  ])('%s and %s: the parts of the budget, a sum that does not add up found', (fiscal, other) => {
    const parts: [string, number][] = [[fiscal, 1200], [other, 300]];
    expect(run(['项目名称|高标准农田建设项目||', ...money(1500, parts), ...GRID]).findings).toEqual([]);
    expect(run(['项目名称|高标准农田建设项目||', ...money(1600, parts), ...GRID]).findings).toEqual(['error C2 budget/sum-mismatch']);
  });

  test.each(['本年度申请预算', '年度金额', '资金需求'])('%s is the budget: a cost cap above it is found', (label) => {
    const lines = ['项目名称|高标准农田建设项目||', `${label}|1000|财政资金|1000`, ...GRID.map((l) => l.replace('≤1500元/亩', '≤1500万元'))];
    expect(run(lines).findings).toEqual(['error D8 budget/cost-exceeds']);
  });
});

// 四川's 2019–2021 申报表 heads its amounts column with `年度资金总额 | 金额(万元)` and lists the
// subtotals below, with no total amount of its own (sc-zhaohua-*, tune side of the real corpus).
// Before, the annual total's label was dropped when no amount stood beside it: the table was said
// to have no 预算数 at all (an error on the whole table).
describe('a total label heading the amounts column', () => {
  const block = [
    '项目名称|麻风病防治|||',
    '项目资金(万元)|年度资金总额|||金额(万元)',
    '|   (一)财政拨款小计|||4.00',
    '|       1、一般公共预算|||4.00',
    '|   (二)自有资金小计|||0.00',
    '|   (三)其他收入|||0.00',
  ];
  const merges = ['A2:A6', 'B2:D2', 'B3:D3', 'B4:D4', 'B5:D5', 'B6:D6'];
  test.each(['年度资金总额', '资金总额', '预算数'])('%s | 金额(万元): the 预算数 label, its amount not written on its own (an info)', (label) => {
    const lines = block.map((l) => l.replace('年度资金总额', label));
    const [t] = checkSheet(textGrid([...lines, ...GRID.map((g) => `${g}|`)], merges)).tables;
    expect(t.table.budget.totalLabel).toEqual({ row: 1, col: 1 });
    expect(t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => `${f.severity} ${f.cell} ${f.messageId}`)).toEqual(['info B2 elsewhere']);
  });
  test('a copy that lost the merges (the blank cells between the label and 金额(万元)): the same reading', () => {
    const [t] = checkSheet(textGrid([...block, ...GRID.map((g) => `${g}|`)])).tables;
    expect(t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => `${f.severity} ${f.cell} ${f.messageId}`)).toEqual(['info B2 elsewhere']);
  });
});

// 湖南's 专项 form: `本年度预计投入(万元)` over the year's total, `财政资金(万元)` merged over one column
// per level of government (中央 | 省级 | 市级资金 | 本级), then 其他, the amounts in the row below
// (hn-nanyue-xczx-2023, tune side of the real corpus). Before, the total went unread (a false
// 没有预算数 error) and, once read, one level's column was taken for 财政资金 (a false sum-mismatch).
describe('a fiscal header merged over one column per level of government', () => {
  const block = (amounts: string) => [
    '项目名称|2023年雨露计划就学补助项目||||||',
    '专项资金情况||本年度预计投入(万元)|财政资金(万元)||||其他',
    '||本年度预计投入(万元)|中央|省级|市级资金|本级|其他',
    `||${amounts}`,
  ];
  const merges = ['A2:B4', 'C2:C3', 'D2:G2', 'H2:H3'];
  const rows = (amounts: string) => [...block(amounts), ...GRID.map((g) => `${g}||||`)];
  const budget = (amounts: string) => {
    const [t] = checkSheet(textGrid(rows(amounts), merges)).tables;
    return { t, findings: t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
  };
  test('the total read under its label, the levels summed', () => {
    const { t, findings } = budget('7|0|7|0|0|0');
    expect(t.table.budget.total?.text).toBe('7');
    expect(t.table.budget.parts?.map((p) => p.text)).toEqual(['0', '7', '0', '0']);
    expect(findings).toEqual([]);
  });
  test('levels that do not add up to the total: the mismatch found on the total', () => {
    expect(budget('8|0|7|0|0|0').findings).toEqual(['error C4 budget/sum-mismatch']);
  });
  // Copies that lost the merges: the header's text in its first cell only, or in every cell.
  test.each([
    ['in its first cell', '专项资金情况||本年度预计投入(万元)|财政资金(万元)||||其他'],
    ['in every cell', '专项资金情况|专项资金情况|本年度预计投入(万元)|财政资金(万元)|财政资金(万元)|财政资金(万元)|财政资金(万元)|其他'],
  ])('the merges undone, the text %s: the same reading', (_how, header) => {
    const lines = rows('7|0|7|0|0|0');
    lines[1] = header;
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.table.budget.parts?.map((p) => p.text)).toEqual(['0', '7', '0', '0']);
    expect(t.findings.filter((f) => f.rule.startsWith('budget/'))).toEqual([]);
  });
  test('a money label over blank cells whose row below holds no names: not this layout', () => {
    const lines = ['项目名称|某项目||||', '预算数|100|财政资金||其他资金|', '||100||0|', ...GRID.map((g) => `${g}||`)];
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.table.budget.parts).toBeUndefined();
  });
});

// The 预算管理一体化 system names a project's sources as every department's budget does; a level's
// own revenue is its 财力; a form may lead each source with the block's label (`资金来源：财政资金`).
// Before, none of these was read as money: the sum was never checked, or checked without them (a
// false sum-mismatch with a wrong suggested total). Grids we wrote: consistency, not accuracy.
describe('sources as the 一体化 system and county forms name them', () => {
  test.each([
    ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '财政专户管理资金收入'],
    ['其中：本级财力', '上级财力', '县级财力安排', '单位资金'],
    ['资金来源：财政资金', '资金来源：上级补助', '资金来源：自筹资金', '事业单位经营收入'],
    ['一般公共预算财政拨款资金', '事业收入', '附属单位上缴收入', '其他资金'],
  ])('%s, %s, %s, %s: every source is summed', (a, b, c, d) => {
    const parts: [string, number][] = [[a, 900], [b, 300], [c, 150], [d, 150]];
    expect(run(['项目名称|高标准农田建设项目||', ...money(1500, parts), ...GRID]).findings).toEqual([]);
    expect(run(['项目名称|高标准农田建设项目||', ...money(1400, parts), ...GRID]).findings).toEqual(['error C2 budget/sum-mismatch']);
  });

  test('the 一体化 list of sources under 合计: a total that does not add up, with the right sum', () => {
    const lines = ['项目名称|高标准农田建设项目|||', '项目资金（万元）|合计|一般公共预算财政拨款|政府性基金预算财政拨款|单位资金', '|1600|1000|300|200', ...GRID.map((l) => `${l}|`)];
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error B3 budget/sum-mismatch']);
    expect(t.findings[0].message).toContain('1500');
  });

  test.each(['财力', '资金来源：项目'])('%s alone names no source', (label) => {
    const parts: [string, number][] = [['财政资金', 1500], [label, 100]];
    expect(run(['项目名称|高标准农田建设项目||', ...money(1500, parts), ...GRID]).findings).toEqual([]);
  });
});
