/**
 * A label and its value in one cell (`项目名称：农村道路养护`, `预算数：100万元`), as Word forms pasted
 * into Excel keep them: the fields are read, their mistakes found, and no fix is offered on such a
 * cell (writing it would lose the label).
 */
import { textGrid } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';
import { Grid } from '../../src/core/engine/grid';
import { inlineLabel } from '../../src/core/engine/labels';
import { locateTables } from '../../src/core/engine/locate';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';

const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|养护里程|≥50公里',
  '|质量指标|验收合格率|＝100%',
  '|时效指标|完成时间|2024年12月底前',
  '|成本指标|养护成本|≤100万元',
  '效益指标|社会效益指标|群众出行条件|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

const sheet = (lines: string[]) => checkSheet(textGrid(lines));

test('project, budget and goals written after their labels: read, nothing reported on a correct table', () => {
  const [t] = sheet(['项目支出绩效目标表|||', '项目名称：农村道路养护|||主管部门：某县交通局', '预算数：100万元|财政资金：100万元||其他资金：0', '年度目标：完成道路养护50公里|||', ...GRID]).tables;
  expect(t.table.projectName).toMatchObject({ text: '农村道路养护', inline: true });
  expect(t.table.budget.total?.text).toBe('100万元');
  expect(t.table.goals?.text).toBe('完成道路养护50公里');
  expect(t.findings).toEqual([]);
});

test('a budget that does not add up is found, with no fix offered on the label’s cell', () => {
  const [t] = sheet(['项目名称：农村道路养护|||', '预算数：100万元|财政资金：80万元||其他资金：10万元', '年度目标：完成道路养护50公里|||', ...GRID]).tables;
  const mismatch = t.findings.find((f) => f.rule === 'budget/sum-mismatch');
  expect(mismatch?.cell).toBe('A2');
  expect(mismatch?.suggestion).toBeUndefined();
});

test('`其中：财政拨款：100` (a 其中 before the label, as forms print it) is the fiscal part, not a missing one', () => {
  const [t] = sheet(['项目名称：农村公路养护|||', '资金情况（万元）|年度资金总额：120|其中：财政拨款：100|其他资金：20', '年度目标：完成养护80公里|||', ...GRID]).tables;
  expect(t.table.budget.fiscal?.text).toBe('100');
  expect(t.findings).toEqual([]);
  expect(inlineLabel('其中财政拨款：80')).toMatchObject({ info: { field: 'fiscal' }, value: '80' });
});

test('`总额：560 | 财政资金：500 | 其他资金：60` in a 项目资金 row: 总额 is the total, not a missing one', () => {
  const [t] = sheet(['项目名称：基本公共卫生服务|||', '项目资金|总额：100|财政资金：90|其他资金：10', '年度目标：完成道路养护50公里|||', ...GRID]).tables;
  expect(t.table.budget.total?.text).toBe('100');
  expect(t.findings).toEqual([]);
});

test('a cell of several label：value lines is read for its first label', () => {
  expect(inlineLabel('年度资金总额:250\n一、预算资金:250\n二、自有资金:0')).toMatchObject({ info: { field: 'total' }, value: '250' });
});

test.each(['单位：万元', '说明：本表由系统生成', '备注：无', '项目名称：', '一级指标：产出指标'])('%s is no field written inline', (text) => {
  const found = inlineLabel(text);
  // 单位：万元 is the money unit (a label of its own, read before this); the others name no field or no value.
  expect(found).toBeUndefined();
});

test('a long text after a colon is read in linear time', () => {
  const text = (n: number) => `项目名称：${' '.repeat(n)}x${'　'.repeat(n)}`;
  expect(growthRatio((n) => inlineLabel(text(n)), 2000)).toBeLessThan(LINEAR_BOUND);
});

test('a label over nothing but line breaks (a hostile cell) is read by the locator in time linear in it', () => {
  // Before: `[\r\n]+\s*` after the label shared a run of line breaks between its two runs in every
  // way (ReDoS analyser: recheck), 100× the time for 10× the breaks; the locator reads such cells
  // up to 4,096 characters. Each run has texts of its own (a text is read once, then remembered).
  let made = 0;
  const grid = (n: number) => new Grid({ name: 'S', values: Array.from({ length: 40 }, () => [`项目目标说明${made++}${'\n'.repeat(n)}`, '']), merges: [] });
  expect(locateTables(grid(400))).toEqual([]);
  expect(growthRatio((n) => locateTables(grid(n)), 400)).toBeLessThan(LINEAR_BOUND);
  // The same label and text as before: the label's line, then the text after any white space.
  expect(inlineLabel('绩效目标\n\n  \n通过项目实施，完成道路养护')).toMatchObject({ info: { field: 'goals' }, value: '通过项目实施，完成道路养护' });
  expect(inlineLabel('绩效目标 \t\r\n通过项目实施')).toMatchObject({ info: { field: 'goals' }, value: '通过项目实施' });
  expect(inlineLabel(`绩效目标${'\n'.repeat(50)}`)).toBeUndefined();
});
