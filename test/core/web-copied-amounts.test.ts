/**
 * A form copied from a web page leaves its merged cells empty. (1) The budget's labels and amounts,
 * each spanning columns when printed, stand apart with blank cells between them
 * (`|年度资金总额|||3,200,000.00`). Before, the blank cell right of the label was read as the
 * amount (a false “预算数为空” error, and the parts unread). (2) A label column merged over two
 * (A:B) leaves B blank all the way down: the table was cut there into two side-by-side tables, the
 * labels' and the grid's, each with false errors. Grids we wrote (北京's and 湖南's 申报表 as
 * published): consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '年度绩效目标|为全区30家养老驿站提供运营补贴。||||||',
  '一级指标|二级指标|三级指标|指标性质|指标值|度量单位|权重|指标方向性',
  '产出指标|数量指标|补贴驿站数量|≥|30|家|20|正向指标',
  '|质量指标|驿站服务规范达标率|≥|95|%|20|正向指标',
  '|成本指标|单个驿站补贴标准|≤|10|万元/家|10|反向指标',
  '效益指标|社会效益指标|老年人生活质量|定性|有所提升||20|正向指标',
  '满意度指标|服务对象满意度指标|老年人满意度|≥|90|%|30|正向指标',
];
const money = (total: string, fiscal: string, other: string) => [
  '北京市项目支出绩效目标申报表|||||||',
  '金额单位：元|||||||',
  '项目名称|社区养老驿站运营补贴||||||',
  '主管部门|某区民政局|||实施单位|某区养老服务中心|',
  `项目资金|年度资金总额|||${total}|||`,
  `|其中：财政拨款|||${fiscal}|||`,
  `|其他资金|||${other}|||`,
];
const run = (lines: string[]) => {
  const [t] = checkSheet(textGrid(lines)).tables;
  return { budget: [t.table.budget.total?.text, t.table.budget.fiscal?.text, t.table.budget.other?.text], findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
};

test('amounts past the empty cells of a web copy are read', () => {
  expect(run([...money('3,200,000.00', '3,000,000.00', '200,000.00'), ...GRID])).toEqual({ budget: ['3,200,000.00', '3,000,000.00', '200,000.00'], findings: [] });
});

test('a budget that does not add up is found at the amount', () => {
  expect(run([...money('3,200,000.00', '3,000,000.00', '300,000.00'), ...GRID]).findings).toEqual(['error E5 budget/sum-mismatch']);
});

test('an empty total is still found, not taken from a later label', () => {
  const lines = [...money('', '3,000,000.00', '200,000.00'), ...GRID];
  lines[4] = '项目资金|年度资金总额||财政资金合计|3,000,000.00|||';
  expect(run(lines).findings).toContain('error C5 budget/missing-total');
});

/** 湖南's form: every label cell merged over A:B, the value cells over C:F. */
const HUNAN = [
  '项目支出绩效目标表|||||',
  '填报单位（盖章）：某县农业农村局||||金额单位：万元|',
  '项目名称||高标准农田建设|||',
  '主管部门||某县农业农村局|实施单位|某县农业农村局|',
  '项目资金||年度资金总额：|||500',
  '||其中：财政拨款|||450',
  '||其他资金|||50',
  '年度总体目标||新建高标准农田1万亩，亩均粮食产能提高50公斤。|||',
  '一级指标||二级指标|三级指标||指标值',
  '产出指标||数量指标|新建高标准农田面积||≥1万亩',
  '||质量指标|工程验收合格率||≥98%',
  '||时效指标|项目完成时间||2025年12月31日前',
  '||成本指标|亩均财政投入||≤1500元',
  '效益指标||经济效益指标|亩均粮食产能提高||≥50公斤',
  '满意度指标||服务对象满意度指标|受益群众满意度||≥90%',
];

test('a label column left blank beside its labels does not cut the table in two', () => {
  const { tables } = checkSheet(textGrid(HUNAN));
  expect(tables.map((t) => [t.table.range, t.table.projectName?.text, t.findings.map((f) => `${f.cell} ${f.rule}`)])).toEqual([
    [{ top: 0, bottom: 14, left: 0, right: 5 }, '高标准农田建设', []],
  ]);
  const cost = HUNAN.map((l) => l.replace('≤1500元', '≤600万元'));
  expect(checkSheet(textGrid(cost)).tables.map((t) => t.findings.map((f) => `${f.cell} ${f.rule}`))).toEqual([['F13 budget/cost-exceeds']]);
});

test('two tables side by side, each with its own header, are still read apart', () => {
  const one = HUNAN.slice(2).map((l) => l.split('|').filter((_, i) => i !== 1 && i !== 4).join('|'));
  const both = one.map((l) => `${l}||${l}`);
  expect(checkSheet(textGrid(both)).tables.map((t) => [t.table.range.left, t.findings.length])).toEqual([
    [0, 0],
    [5, 0],
  ]);
});

/** 北京's form with its labels spanning A:C when printed, copied with the merged cells left empty. */
const WIDE_LABELS = [
  '北京市项目支出绩效目标申报表|||||||',
  '金额单位：万元|||||||',
  '项目名称|||社区养老驿站运营补贴||||',
  '主管部门|||某区民政局|实施单位||某区养老服务中心|',
  '项目资金|||年度资金总额||320|',
  '|||其中：财政拨款||300|',
  '|||其他资金||20|',
  '年度绩效目标|||为全区30家养老驿站提供运营补贴，保障服务正常开展。||||',
  '一级指标|二级指标|三级指标||指标值|||',
  '产出指标|数量指标|补贴驿站数量||≥30家|||',
  '|质量指标|驿站服务规范达标率||≥95%|||',
  '|时效指标|补贴资金拨付时间||2025年6月底前|||',
  '|成本指标|单个驿站补贴标准||≤10万元/家|||',
  '效益指标|社会效益指标|老年人生活质量||有所提升|||',
  '满意度指标|服务对象满意度指标|老年人满意度||≥90%|||',
];

test('项目名称 and 年度绩效目标 past the empty cells of a web copy are read', () => {
  const [t] = checkSheet(textGrid(WIDE_LABELS)).tables;
  expect([t.table.projectName?.text, t.table.goals?.text.slice(0, 6), t.findings.map((f) => `${f.cell} ${f.rule}`)]).toEqual(['社区养老驿站运营补贴', '为全区30家', []]);
});

test('an empty 项目名称 followed by another label is still found', () => {
  const lines = [...WIDE_LABELS];
  lines[2] = '项目名称|||||主管部门|某区民政局|';
  lines[3] = '实施单位|||某区养老服务中心||||';
  expect(checkSheet(textGrid(lines)).tables[0].findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['B3 structure/missing-project-name']);
});

describe('a two-row header copied with its merged cells left empty (新疆: 指标值 over two rows)', () => {
  const lines = (cost: string) => [
    '项目支出绩效目标表||||',
    '项目名称|乡村振兴示范村建设|||',
    '预算数（万元）|200|财政资金|200',
    '年度绩效目标|建设示范村5个，改善人居环境。||',
    '绩效指标|||指标值',
    '一级指标|二级指标|三级指标|',
    '产出指标|数量指标|示范村建设数量|≥5个',
    '|质量指标|工程验收合格率|≥95%',
    '|时效指标|项目完成时间|2025年12月底前',
    `|成本指标|项目总成本|${cost}`,
    '效益指标|社会效益指标|村民人居环境|明显改善',
    '满意度指标|服务对象满意度指标|村民满意度|≥90%',
  ];
  const findings = (l: string[]) => checkSheet(textGrid(l)).tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.rule}`));
  test('指标值 above the blank header cell is the value column', () => {
    expect(findings(lines('≤200万元'))).toEqual([]);
    expect(findings(lines('≤260万元'))).toEqual(['D10 budget/cost-exceeds']);
  });
  test('a value word above a written header cell is not taken over it', () => {
    const l = lines('≤200万元');
    l[5] = '一级指标|二级指标|三级指标|备注';
    expect(findings(l)).toContainEqual('A6:D6 value/empty');
  });
});
