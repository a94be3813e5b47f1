/**
 * A document's heading above a form's own title (`附件3 项目支出绩效自评表填写样例` over a
 * `项目支出绩效目标申报表`, as 国家林业局's 样例 prints it): the title nearest the form decides its kind,
 * a heading further up that the form's own title separates from it does not. Pins what probe23 found
 * (the probe22 misread was its grid's merges, one row off, not the heading). Grids we wrote.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

function check(lines: string[]) {
  const result = checkSheet({ name: 'Sheet1', values: textRows(lines) });
  return result.tables.map((t) => ({ kind: t.table.kind ?? 'project', indicators: t.table.indicators.length, rules: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) }));
}

/** The 样例's indicator grid (its 200人次 lacks a sign: a finding the project's check shows). */
const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|测报员培训人次|200人次',
  '|成本指标|培训成本|≤100万元',
  '效益指标|社会效益指标|预报发布率|≥85%',
  '满意度指标|服务对象满意度指标|测报员满意度|≥90%',
];

describe('a heading naming another kind above a form’s own title', () => {
  it('a 自评表 heading over a 目标申报表: the form is a project’s, its indicators read and checked', () => {
    const tables = check([
      '附件3 项目支出绩效自评表填写样例|||',
      '项目支出绩效目标申报表|||',
      '项目名称|林业有害生物测报经费||',
      '年度资金总额|100||',
      '年度绩效目标|编发趋势预报，开展测报员培训||',
      ...GRID,
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'project', indicators: 4 });
    expect(tables[0].rules).toContain('warning D7 value/missing-sign');
  });

  it('a 目标申报表 heading over a 自评表: the form is a self-evaluation, named and not checked', () => {
    const tables = check([
      '附件3 项目支出绩效目标申报表填写样例|||||',
      '2023年度项目支出绩效自评表|||||',
      '项目名称|林业有害生物测报经费||||',
      '预算执行情况|年初预算数|全年执行数|执行率|分值|得分',
      '年度资金总额|100|90|90%|10|9',
      '一级指标|二级指标|三级指标|年度指标值|实际完成值|得分',
      '产出指标|数量指标|测报员培训人次|200人次|210人次|10',
      '效益指标|社会效益指标|预报发布率|85%|90%|10',
      '满意度指标|服务对象满意度指标|测报员满意度|90%|95%|10',
    ]);
    expect(tables).toEqual([{ kind: 'self-eval', indicators: 3, rules: ['info A2 structure/table-kind'] }]);
  });
});

/**
 * A sheet with no form above its grid (a scoring sheet, a bare indicator grid): its own title is the
 * row right above the grid, and it is the title nearest the grid, not a heading further up. Before
 * retrans43 the row right above a field-less grid was never taken for its title, so a heading above it
 * (`附件：绩效目标表`, an attachment line of a notice pasted with the table) named the sheet: 宁晋县
 * 高中助学金 2019's 绩效评价指标表 (real, tune: its title and grid as the page gives them; the heading
 * ours) was checked as a project's target table, two false errors and eleven more findings. Grids we
 * wrote after it, but for that sheet.
 */
describe('a heading above a field-less grid’s own title', () => {
  const scoring = [
    '2019年度宁晋县高中助学金项目绩效评价指标表||||||',
    '评价指标|评价内容|指标名称|指标说明|目标值|分值|备注',
    '项目年度绩效目标(定量指标)|制度指标|规章制度建立与否||||20|',
    '|产出数量指标|享受资助人数|达到预计值|2100|10|',
    '||资金支出率|达到目标值|95%|10|',
    '|质量指标|建档立卡学生全面覆盖||100%|10|',
    '|时效指标|及时发放率|达到目标值|100%|20|',
    '|成本指标|资助标准达标率||100%|20|',
    '总分|||||100|',
  ];

  it('a scoring sheet under a heading naming a target table is still a scoring sheet, named and not checked', () => {
    expect(check(scoring)).toEqual([{ kind: 'scoring', indicators: 6, rules: ['info A1 structure/table-kind'] }]);
    expect(check(['附件：绩效目标表||||||', ...scoring])).toEqual([{ kind: 'scoring', indicators: 6, rules: ['info A2 structure/table-kind'] }]);
  });

  it('a target table’s bare grid under another kind’s heading is a project’s, checked', () => {
    const tables = check([
      '附件：项目支出绩效自评表|||',
      '2021年林业有害生物测报项目绩效目标表|||',
      ...GRID,
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'project', indicators: 4 });
    expect(tables[0].rules).toContain('warning D4 value/missing-sign');
  });
});
