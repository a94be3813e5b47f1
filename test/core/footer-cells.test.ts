/**
 * The signatures under a form end its grid wherever their words stand: in a short text (classified
 * with the row's labels, once per distinct text), in a long text (looked at apart), or in a number
 * whose number format shows them (`"填报日期："yyyy-mm-dd`). A row of the grid after them is not read.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const LINES = [
  '项目名称|测试项目|||',
  '预算数（万元）|100|财政资金|100|',
  '年度目标|完成|||',
  '一级指标|二级指标|三级指标|指标值|',
  '产出指标|数量指标|树木|≥1000株|',
  '产出指标|成本指标|成本|≤100万元|',
  '效益指标|社会效益指标|就业|≥50人|',
  '满意度指标|服务对象满意度指标|满意度|≥90%|',
];
/** The row under the grid, and the indicator-like row under it that must not be read. */
const AFTER = '效益指标|社会效益指标|另一指标|≥10人|';

function sheet(footer: CellValue[], footerText?: (string | null)[]): Grid {
  const values = [...textRows(LINES), footer, ...textRows([AFTER])];
  const text = footerText ? values.map((_, r) => (r === LINES.length ? footerText : [])) : undefined;
  return new Grid({ name: 'S', values, text });
}

/** 34 cells of a row before the one that holds the words (past the bits of scanRow's mask). */
const WIDE: CellValue[] = Array.from({ length: 34 }, (_, i) => `备${i}`);

const LONG = `填表人：张三（${'本表由项目单位财务部门填写，数据来源于年度部门预算批复文件及项目实施方案'.repeat(2)}）`;

test.each<[string, CellValue[], (string | null)[] | undefined]>([
  ['a short text', ['填表人：张三', null, null, null, '审核人：李四'], undefined],
  ['a text longer than the classified ones', [LONG, null, null, null], undefined],
  ['a number whose format shows the words', [null, null, 45292, null], [null, null, '填报日期：2024-01-01', null]],
  ['a number past a row\'s 31st cell', [...WIDE, 45292], [...WIDE.map(() => null), '填报日期：2024-01-01']],
])('signature words in %s end the grid', (_name, footer, footerText) => {
  expect(LONG.length).toBeGreaterThan(64);
  const [t] = checkSheet(sheet(footer, footerText)).tables;
  expect(t.table.indicators.map((i) => i.level3.text)).toEqual(['树木', '成本', '就业', '满意度']);
  expect(t.table.range.bottom).toBe(LINES.length - 1);
});

test('without signature words the row under the grid is read (the cases above would fail otherwise)', () => {
  const [t] = checkSheet(sheet([null, null, 45292, null], [null, null, '2024-01-01', null])).tables;
  expect(t.table.range.bottom).toBeGreaterThan(LINES.length - 1);
});

describe('a note’s label under the grid with its words beside it, not merged', () => {
  it.each(['说明', '备注', '填报说明：', '注'])('`%s | | 按要求填写` is no indicator row', (label) => {
    const [t] = checkSheet({ name: 'Sheet1', values: textRows([...LINES, `${label}||按要求如实填写|`]) }).tables;
    expect(t.table.indicators).toHaveLength(4);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the signers’ labels under the grid end it (项目负责人 and 财务负责人 with or without a colon)', () => {
  it.each([
    ['项目负责人:张三||财务负责人:李四|'],
    ['项目负责人：|张三|财务负责人：|李四'],
    ['项目负责人|张三|财务负责人|李四'],
    ['经办人：王五|||'],
  ])('`%s` is no indicator row', (row) => {
    const [t] = checkSheet({ name: 'Sheet1', values: textRows([...LINES, row]) }).tables;
    expect(t.table.indicators).toHaveLength(4);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('an indicator named after a signer (`项目负责人到岗率`) is still read', () => {
    const [t] = checkSheet({ name: 'Sheet1', values: textRows([...LINES, '满意度指标|服务对象满意度指标|项目负责人到岗率|≥95%|']) }).tables;
    expect(t.table.indicators).toHaveLength(5);
  });
});

describe('closing lines of `label：text` cells under the grid end it', () => {
  it.each([['日期：2024年1月10日|||'], ['填报单位：某某局（公章）|||'], ['联系人：张三|||电话：0734-1234567'], ['数据来源：统计年报|||']])('`%s` is no indicator row', (row) => {
    const [t] = checkSheet({ name: 'Sheet1', values: textRows([...LINES, row]) }).tables;
    expect(t.table.indicators).toHaveLength(4);
    expect(t.findings.filter((f) => f.severity !== 'info' || f.rule === 'structure/unused-rows')).toEqual([]);
  });
  it.each([
    ['a 三级 ending in a colon, with its value', '满意度指标|服务对象满意度指标|群众满意度：|≥90%|', 5],
    ['a value that starts with a label, under a 三级 without one', '满意度指标|服务对象满意度指标|群众满意度|满意率：≥90%|', 5],
  ])('%s is still read', (_name, row, n) => {
    const [t] = checkSheet({ name: 'Sheet1', values: textRows([...LINES, row]) }).tables;
    expect(t.table.indicators).toHaveLength(n);
  });
});
