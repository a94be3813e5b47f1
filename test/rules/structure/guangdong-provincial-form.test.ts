/**
 * 广东's 省级 项目库 forms (fa21 probe, 粤财资环〔2021〕43号 附件2 and 教育厅's 教育发展专项资金 table):
 * the unit is named `省级主管部门` / `省级业务主管部门`, the budget `2021年金额（元）`, a fund form names
 * its fund `资金名称` and writes its amount after its source (`一般公共预算安排77300万元`). The level's
 * 主管部门 had named the project's form a transfer payment's, and the budget went unread. Without a
 * 项目名称 (a fund form, a 专项名称) it still names a transfer (test/core/kinds-untitled-parts).
 */
import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';

function check(values: CellValue[][], merges: string[] = []) {
  return checkSheet(new Grid({ name: 'Sheet1', values, merges: merges.map(parseA1) }));
}
const notInfo = (r: ReturnType<typeof check>) =>
  r.tables
    .flatMap((t) => t.findings)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

const INDICATORS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '年度目标值', '实施周期目标值', null],
  ['产出指标', '数量指标', '新建消防信息平台', '≥1个', '≥1个', null],
  [null, '质量指标', '系统验收合格率', '＝100%', '＝100%', null],
  [null, '成本指标', '项目总成本', '≤3022.34万元', '≤3022.34万元', null],
  ['效益指标', '社会效益指标', '火灾防控能力', '有效提升', '持续提升', null],
  ['满意度指标', '服务对象满意度指标', '基层消防站满意度', '≥90%', '≥90%', null],
];

describe('广东 省级 project form: 省级主管部门 and 2021年金额（元）', () => {
  const form = (unitLabel: string): CellValue[][] => [
    ['绩效目标表', null, null, null, null, null],
    ['项目名称', '广东省消防救援总队2021年智慧消防项目', null, null, null, null],
    ['项目类型', '财政新增资金', null, null, null, null],
    [unitLabel, '广东省消防救援总队', null, null, null, null],
    ['2021年金额(元)', '30,223,400', null, null, null, null],
    ['年度绩效目标', '建成智慧消防综合平台，提升火灾防控和应急救援指挥能力。', null, null, null, null],
    ...INDICATORS,
  ];

  it('省级主管部门 under a 项目名称 is the project’s unit, not a transfer’s: a project table with its budget read', () => {
    const r = check(form('省级主管部门'));
    expect(r.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
    expect(r.tables[0].table.budget.total?.text).toBe('30,223,400');
    expect(notInfo(r)).toEqual([]);
  });

  it('省级业务主管部门 likewise', () => {
    const r = check(form('省级业务主管部门'));
    expect(r.tables.map((t) => t.table.kind ?? 'project')).toEqual(['project']);
    expect(notInfo(r)).toEqual([]);
  });

  it('a transfer’s form naming the level above (中央主管部门) is still a transfer’s', () => {
    const r = check([
      ['专项名称', '食品监管补助资金', '中央主管部门', '市场监管总局', null, null],
      ['省级财政部门', '四川省财政厅', '省级主管部门', '四川省市场监管局', null, null],
      ['年度金额', '238', null, null, null, null],
      ['年度总体目标', '深入开展食品风险隐患排查整治。', null, null, null, null],
      ...INDICATORS,
    ]);
    expect(r.tables.map((t) => t.table.kind)).toEqual(['transfer']);
  });
});

describe('广东 省级 fund form (资金名称, no 项目名称): a fund’s table, its amount after its source', () => {
  it('省级业务主管部门 under a title alone names a transfer’s table; `一般公共预算安排77300万元` is its amount', () => {
    const r = check([
      ['绩效目标表', null, null, null, null, null],
      ['资金名称', '教育发展专项资金', '省级业务主管部门', '广东省教育厅', '资金类型', '专项资金'],
      ['资金需求(万元)', '2021年金额', '一般公共预算安排77300万元', null, null, null],
      ['年度绩效目标', '推动粤东粤西粤北地区新建高校正式招生。', null, null, null, null],
      ['实施周期绩效目标', '补齐粤东粤西粤北地区教育短板。', null, null, null, null],
      ...INDICATORS.map((row) => row.map((c) => (c === '≤3022.34万元' ? '≤77300万元' : c))),
    ]);
    expect(r.tables.map((t) => t.table.kind)).toEqual(['transfer']);
    expect(r.tables[0].table.budget.total?.text).toBe('一般公共预算安排77300万元');
    expect(notInfo(r)).toEqual([]);
  });
});
