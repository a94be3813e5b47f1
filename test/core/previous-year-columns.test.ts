/**
 * The census's unread wordings of one real form family (大庆市 and 阳泉市 部门预算项目支出绩效目标申报表,
 * https://m.zixin.com.cn/doc/3995614.html and http://m.35331.cn/mlhd_5opwb5rjdh797950lpza3sk4u09qm100fhl_1.html):
 * last year's columns beside this year's (上年度实际水平 | 本年度计划水平, 上年度预算安排 | 上年度实际执行 |
 * 本年度申请金额), and 事业基金弥补差额 among the money's sources; and a self-evaluation's 年初目标值
 * (黄冈's 项目绩效自评表). The wordings are the pages'; the amounts and indicators are ours.
 */
import { checkSheet } from '../../src/core/engine';
import { classifyLabel } from '../../src/core/engine/labels';
import { textGrid } from '../helpers/text-grid';

const run = (lines: string[]) => {
  const [t] = checkSheet(textGrid(lines)).tables;
  return { table: t.table, findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) };
};

const ROWS = [
  '|数量指标|养护里程|30公里|≥35公里|养护道路里程',
  '|质量指标|验收合格率|100%|≥95%|合格里程/总里程',
  '|时效指标|完成时间|2024年12月|2025年12月底前|完成时限',
  '|成本指标|每公里养护成本|2.5万元|≤2.8万元/公里|单位成本',
  '|社会效益指标|群众出行便利度|提高|有所提高|定性',
  '|满意度指标|群众满意度|92%|≥95%|问卷调查',
];

const FORM = (total: string, header = '绩效指标|二级指标|指标名称|上年度实际水平|本年度计划水平|指标内容/计算公式', rows = ROWS) => [
  '项目支出绩效目标申报表|||||',
  '项目名称|乡村道路养护||||',
  '项目资金情况|资金来源(万元)|本年度申请金额|上年结转||',
  `|合计|${total}|||`,
  '|财政拨款|80|||',
  '|其他资金|10|||',
  '|事业基金弥补差额|10|||',
  '绩效目标情况|预期目标|完成全镇道路养护|||',
  header,
  ...rows,
];

test('上年度实际水平 is last year’s fact, not the target: no sign asked of its cells', () => {
  const { table, findings } = run(FORM('100'));
  expect(findings).toEqual([]);
  // The values checked are 本年度计划水平's (column E).
  expect(table.indicators.map((i) => i.value?.at.col)).toEqual([4, 4, 4, 4, 4, 4]);
  expect(table.indicators[0].value?.text).toBe('≥35公里');
  expect(table.indicators[0].description?.text).toBe('养护道路里程');
});

test('a blank 上年度实际水平 (a new project) is fine', () => {
  const rows = ROWS.map((r) => {
    const c = r.split('|');
    c[3] = '';
    return c.join('|');
  });
  expect(run(FORM('100', undefined, rows)).findings).toEqual([]);
});

test('本年度计划水平 is the value column: a target without its sign is still found', () => {
  const rows = ROWS.map((r, i) => (i === 0 ? r.replace('≥35公里', '35公里') : r));
  expect(run(FORM('100', undefined, rows)).findings).toEqual(['warning E10 value/missing-sign']);
});

test('this year’s column is the value wherever last year’s stands', () => {
  const swap = (r: string) => {
    const c = r.split('|');
    [c[3], c[4]] = [c[4], c[3]];
    return c.join('|');
  };
  const rows = ROWS.map((r, i) => swap(i === 0 ? r.replace('≥35公里', '35公里') : r));
  const { table, findings } = run(FORM('100', swap('绩效指标|二级指标|指标名称|上年度 实际水平|本年度 计划水平|指标内容/计算公式'), rows));
  expect(table.indicators.map((i) => i.value?.at.col)).toEqual([3, 3, 3, 3, 3, 3]);
  expect(findings).toEqual(['warning D10 value/missing-sign']);
});

test('事业基金弥补差额 is other money: the budget adds up', () => {
  expect(run(FORM('100')).findings).toEqual([]);
  expect(run(FORM('110')).findings).toEqual(['error C4 budget/sum-mismatch']);
});

// 大庆's money block: each source over 上年度预算安排 | 上年度实际执行 | 本年度申请金额, last year's
// cells struck out (——) for the sources.
test('under 上年度预算安排 | 上年度实际执行 | 本年度申请金额 every source is read in this year’s column', () => {
  const lines = (total: string) => [
    '大庆市部门预算项目支出绩效目标申报表|||||',
    '项目名称|乡村道路养护|项目负责人|张三||',
    '项目资金情况|资金来源(万元)|上年度预算安排|上年度实际执行|本年度申请金额|资金测算依据及说明',
    `|合计|90|85|${total}|`,
    '|财政拨款|——|——|80|',
    '|政府性基金拨款|——|——||',
    '|财政专户拨款|——|——||',
    '|其他资金|——|——|10|',
    '|上年结转|——|——||',
    '|事业基金弥补差额|——|——|10|',
    '绩效目标情况|预期目标|完成全镇道路养护|||',
    '一级指标|二级指标|三级指标|上年度实际水平|本年度计划水平|指标内容/计算公式',
    '产出指标|数量指标|养护里程|30公里|≥35公里|养护道路里程',
    '|成本指标|每公里养护成本|2.5万元|≤2.8万元/公里|单位成本',
    '效益指标|社会效益指标|群众出行便利度|提高|有所提高|定性',
    '满意度指标|服务对象满意度指标|群众满意度|92%|≥95%|问卷调查',
  ];
  const { table, findings } = run(lines('100'));
  expect(table.budget.total?.text).toBe('100');
  expect(table.budget.parts?.map((p) => p.text)).toEqual(['10']);
  expect(findings).toEqual([]);
  expect(run(lines('110')).findings).toEqual(['error E4 budget/sum-mismatch']);
});

// 黄冈's 项目绩效自评表 (2020): 年初目标值(A) | 实际完成值(B) | 得分.
test('年初目标值 is a self-evaluation’s target column; the table stays a self-evaluation', () => {
  const { table } = run([
    '项目名称|水土保持监测|||||',
    '一级指标|二级指标|三级指标|指标标准说明|年初目标值(A)|实际完成值(B)|得分',
    '产出指标|质量指标|监测数据合格率|国家标准|100%|100%|10',
    '|时效指标|完成年度资料上报|按时|2020年12月|2020年12月|10',
    '效益指标|社会效益指标|水土流失监测覆盖|全面|全覆盖|全覆盖|10',
    '满意度指标|服务对象满意度指标|整编资料审核满意度|问卷|98%|98%|19.6',
  ]);
  expect(table.kind).toBe('self-eval');
  expect(table.indicators.map((i) => i.value?.text)).toEqual(['100%', '2020年12月', '全覆盖', '98%']);
});

test.each([
  ['上年度实际水平', { skip: true }],
  ['上年度 实际水平', { skip: true }],
  ['上年度实际执行', { skip: true }],
  ['基期水平', { skip: true }],
  ['上年目标值', { skip: true }],
  ['上年度计划值', { skip: true }],
  ['本年度计划水平', { header: 'value', period: 'annual' }],
  ['本年度 计划水平', { header: 'value', period: 'annual' }],
  ['年初目标值', { header: 'value' }],
  ['指标内容/计算公式', { header: 'description' }],
  ['事业基金弥补差额', { field: 'other' }],
  ['用事业基金弥补收支差额', { field: 'other' }],
])('%s reads as %j', (text, info) => {
  expect(classifyLabel(text)).toEqual(info);
});

// 阳泉's form as printed: 指标名称 merged over `二级指标 | 三级指标`, the other headers merged down
// both rows. Before, no grid was found under it (false no-indicators and missing-goals errors).
test('指标名称 over 二级指标 | 三级指标: the grid is read, last year’s column past', () => {
  const lines = (plan: string) => [
    '阳泉市市级部门预算项目支出绩效目标申报表|||||',
    '项目名称|市级机关办公楼更换消防标示牌资金|项目负责人|赵康||',
    '项目资金情况|资金来源(万元)|本年度申请金额|||',
    '|合计|21.62|||',
    '|本级财政拨款|21.62|||',
    '|上年结转||||',
    '绩效目标情况|预期目标|更换楼道消防疏散指示灯与应急灯。|||',
    '绩效指标|指标名称||上年度实际水平|本年度计划水平|指标内容/计算公式',
    '|二级指标|三级指标||||',
    `|数量指标|更换指示灯数量|0|${plan}|实际更换数量`,
    '|质量指标|验收合格率|—|100%|合格数/总数',
    '|满意度指标|群众满意度|90%|≥95%|问卷调查',
  ];
  const merges = ['A8:A12', 'B8:C8', 'D8:D9', 'E8:E9', 'F8:F9'];
  const check = (plan: string) => {
    const [t] = checkSheet(textGrid(lines(plan), merges)).tables;
    return { table: t.table, findings: t.findings.map((f) => `${f.cell} ${f.rule}`) };
  };
  const { table, findings } = check('≥200个');
  expect(table.indicators.map((i) => [i.level2?.text, i.level3?.text, i.value?.text])).toEqual([
    ['数量指标', '更换指示灯数量', '≥200个'],
    ['质量指标', '验收合格率', '100%'],
    ['满意度指标', '群众满意度', '≥95%'],
  ]);
  expect(findings.filter((f) => !f.includes('structure/missing-'))).toEqual(['E11 value/missing-sign']);
  expect(check('200个').findings).toContain('E10 value/missing-sign');
});

// 指标值 merged over `上年度 | 本年度`: this year's column is checked, in either order.
test.each([
  ['上年度|本年度', 4],
  ['本年度|上年度', 3],
])('指标值 over %s: the value is this year’s column', (sub, col) => {
  const [a, b] = col === 4 ? ['30公里', '35公里'] : ['35公里', '30公里'];
  const lines = [
    '项目名称|乡村道路养护|||',
    '预算数(万元)|100|||',
    '年度目标|完成全镇道路养护|||',
    '一级指标|二级指标|三级指标|指标值|',
    `|||${sub}`,
    `产出指标|数量指标|养护里程|${a}|${b}`,
    col === 4 ? '|成本指标|每公里养护成本|2.5万元|≤2.8万元/公里' : '|成本指标|每公里养护成本|≤2.8万元/公里|2.5万元',
    col === 4 ? '满意度指标|服务对象满意度指标|群众满意度|92%|≥95%' : '满意度指标|服务对象满意度指标|群众满意度|≥95%|92%',
  ];
  const [t] = checkSheet(textGrid(lines, ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4'])).tables;
  expect(t.table.indicators.map((i) => i.value?.at.col)).toEqual([col, col, col]);
  expect(t.findings.filter((f) => f.rule.startsWith('value/')).map((f) => `${f.cell} ${f.rule}`)).toEqual([`${col === 4 ? 'E' : 'D'}6 value/missing-sign`]);
});
