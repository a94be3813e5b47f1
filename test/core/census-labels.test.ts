/**
 * Label wordings from the upper parts of published target tables (census37: 56 pages, 17
 * provinces and 中央, 2015–2026) that the engine did not read: the project's name under 项目（专项）名称,
 * numbered sources under 其中 (`其中：1.中央资金`), 中央补助安排 / 省级财政安排, 自有资金小计, the
 * mid-term total and goals (中期预算资金总额, 项目中期规划绩效目标), and the unit filing the form
 * (`填报单位（盖章）：某某局`, `单位（盖章）：…`). The wordings are the pages'; the amounts and
 * indicators around them are ours: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { classifyLabel } from '../../src/core/engine/labels';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|绿化美化公路|≥3500米',
  '|成本指标|绿化成本|≤5万元',
  '效益指标|社会效益指标|出行环境|明显改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

const run = (lines: string[]) => {
  const [t] = checkSheet(textGrid(lines)).tables;
  return { table: t.table, findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
};

// 重庆荣昌's 项目绩效目标表 (2022): 项目（专项）名称, and the sources numbered under 其中.
const RONGCHANG = (total: string) => [
  '项目绩效目标表||||',
  '申报单位|区林业局|项目(专项)名称|古昌镇大青冈村乡村振兴绿化美化项目',
  '具体实施单位|区林业局|项目属性|延续',
  `资金情况(万元)|年度资金总额:|${total}|`,
  '|其中:1.中央资金|3.5|',
  '|2.市级资金|150|',
  '|3.区级资金||',
  '|4.其他资金||',
  '项目年度目标|对约3500米公路沿线进行绿化和美化。||',
  ...GRID,
];

test('项目（专项）名称 names the project, and `其中：1.中央资金` is a source of the total', () => {
  const { table, findings } = run(RONGCHANG('153.5'));
  expect(table.projectName?.text).toBe('古昌镇大青冈村乡村振兴绿化美化项目');
  expect(findings).toEqual([]);
  expect(run(RONGCHANG('160')).findings).toEqual(['error C4 budget/sum-mismatch']);
});

// 甘肃's 省级部门预算项目支出绩效目标表 (2023): 中央补助安排 and 省级财政安排 beside 其他资金.
test('中央补助安排 and 省级财政安排 are money from the public purse', () => {
  const lines = (total: number) => [
    '省级部门预算项目支出绩效目标表(2023年度)|||',
    '二级项目名称|博物馆提升改造项目|项目类型|新增项目',
    `预算申报数|${total}||`,
    '中央补助安排|5||',
    '省级财政安排|10||',
    '其他资金|5||',
    '年度绩效目标|进一步提高博物馆运行效率。||',
    ...GRID,
  ];
  // The goal names only a direction (进一步提高…): content/vague-goal's note, nothing about the money.
  expect(run(lines(20)).findings).toEqual(['info B7 content/vague-goal']);
  expect(run(lines(25)).findings).toEqual(['error B3 budget/sum-mismatch', 'info B7 content/vague-goal']);
});

// 四川昭化's 项目支出绩效目标申报表 (2021): each source's 小计 over its own parts.
test('(二)自有资金小计 is the other money, its 事业收入 and 经营性收入 a breakdown of it', () => {
  const lines = [
    '项目名称|特困家庭再扶助||',
    '项目资金(万元)|年度资金总额|7.30|',
    '|(一)财政拨款小计|6.30|',
    '|1、一般公共预算|6.30|',
    '|2、政府性基金|0.00|',
    '|(二)自有资金小计|1.00|',
    '|1、事业收入|0.60|',
    '|2、经营性收入|0.40|',
    '|(三)其他收入|0.00|',
    '年度目标|达到“老有所依，老有所养”的目标。||',
    ...GRID,
  ];
  const { table, findings } = run(lines);
  expect(table.budget.other?.text).toBe('1.00');
  expect(findings).toEqual([]);
});

// 山西阳泉's 市级 form (2021) and 重庆江津's 重点项目绩效目标表 (2021): the mid-term money and goals.
test('中期预算资金总额 is the mid-term total beside the year’s', () => {
  const { table, findings } = run([
    '项目名称|“四好农村路”工作经费|||',
    '项目预算资金(万元)|中期预算资金总额|50|年度预算资金总额|25',
    '年度目标|完成年度勘察设计审批81个。|||',
    ...GRID,
  ]);
  expect(table.budget.longTermTotal?.text).toBe('50');
  expect(table.budget.total?.text).toBe('25');
  expect(findings).toEqual([]);
});

test('项目中期规划绩效目标 is the project’s goals where no year’s goal is written', () => {
  const { table, findings } = run(['项目名称|市政日常维护经费||', '项目申报金额 (万元)|153.5||', '项目中期规划绩效目标|完成三年市政设施维护。||', ...GRID]);
  expect(table.goals?.text).toBe('完成三年市政设施维护。');
  expect(findings).toEqual([]);
});

// 湖南宁乡's and 安徽六安's forms: the unit in one cell with its label, where the form is sealed.
test.each([
  ['填报单位(盖章):宁乡市坝塘镇人民政府', '宁乡市坝塘镇人民政府'],
  ['单位(盖章):六安市农业农村局', '六安市农业农村局'],
])('`%s` names the unit', (cell, unit) => {
  const { table } = run(['项目支出绩效目标申报表|||', `项目责任人(签字):||${cell}|`, '项目名称|农产品质检体系建设||', '预算数（万元）|153.5|财政拨款|153.5', '年度目标|开展农产品质量安全监测。||', ...GRID]);
  expect(table.unitName?.text).toBe(unit);
});

// Labels whose reading shows in the located table only as a label: the real wordings and the field each names.
test.each([
  ['填报单位(盖章)', 'unitName'],
  ['申报单位', 'unitName'],
  ['绩效编制单位:', 'unitName'],
  ['具体实施单位', 'unitName'],
  ['项目执行单位', 'unitName'],
  ['申报单位名称:(盖章)', 'unitName'],
  ['主管部门(单位)名称', 'unitName'],
  ['主管部门(单位)名称及部门预算编码', 'unitName'],
  ['专项(项目)名称', 'projectName'],
  ['项目资金来源情况(万元)', 'budgetBlock'],
  ['财政专户拨款', 'fiscal'],
  ['当年其他资金', 'other'],
])('%s is the %s label', (text, field) => {
  expect(classifyLabel(text)?.field).toBe(field);
});

test.each(['单位(盖章):', '单位(签字)'])('%s is no 计量单位 column', (text) => {
  expect(classifyLabel(text)?.header).toBeUndefined();
});

test('转移支付（项目）名称 is a transfer’s, as 转移支付项目名称 is', () => {
  expect(classifyLabel('转移支付(项目)名称')?.kind).toBe('transfer');
});
