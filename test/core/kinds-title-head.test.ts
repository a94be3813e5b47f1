/**
 * A title's kind is the form it ends with (titles40 census, test/fixtures/census/titles40.tsv): a score
 * sheet of a 部门整体 evaluation is a score sheet, a transfer's overall targets are the transfer's, and the
 * targets a project files for its pre-assessment are the project's. The titles are real (pages named in
 * each case); the forms under them are ours (consistency, not accuracy).
 */
import { checkSheet } from '../../src/core/engine';
import { titleKind } from '../../src/core/engine/labels';
import { textRows } from '../helpers/text-grid';

/** A neutral project form under the title, with one mistake: `100%` without its sign. */
const form = (title: string) => [
  `${title}|||`,
  '项目名称|某某信息系统运维项目||',
  '预算数（万元）|50|其中：财政资金|50',
  '年度绩效目标|保障系统全年稳定运行。||',
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|运维系统数|≥3个',
  '|质量指标|系统正常运行率|100%',
  '满意度指标|服务对象满意度指标|使用人员满意度|≥90%',
];
const kinds = (title: string) => checkSheet({ name: 'Sheet1', values: textRows(form(title)) }).tables.map((t) => ({ kind: t.table.kind ?? 'project', rules: t.findings.map((f) => `${f.severity} ${f.rule}`) }));

describe('a score sheet of a 部门整体 evaluation is named a score sheet, not a department’s targets', () => {
  it.each([
    // m.bdocx.com/down/10854831 (a 部门整体支出绩效评价指标表.docx).
    ['部门整体支出绩效评价指标表'],
    // wanglu.net/thread/t12-491155-4 (a unit's 2017 self-evaluation report).
    ['2017年部门整体支出绩效评价得分表'],
    ['某某县财政局部门整体支出绩效评价评分表（2023年度）'],
    ['部门整体支出绩效评价指标体系'],
  ])('%s', (title) => {
    expect(titleKind(title)).toBe('scoring');
    expect(kinds(title)).toEqual([{ kind: 'scoring', rules: ['info structure/table-kind'] }]);
  });
  it('a department’s own targets and self-evaluation keep their kinds', () => {
    expect(titleKind('部门整体支出绩效目标表')).toBe('department');
    expect(titleKind('部门整体支出绩效自评表')).toBe('self-eval');
    expect(titleKind('部门整体支出绩效评价表')).toBe('self-eval');
  });
});

// 湖南省财政厅, 湘财建指〔2017〕176号 (czt.hunan.gov.cn, 2017): 附件1 中央对地方服务业发展专项转移支付整体绩效目标.
test('a transfer’s overall targets (整体绩效目标) are the transfer’s, not a department’s', () => {
  const title = '中央对地方服务业发展专项转移支付整体绩效目标';
  expect(titleKind(title)).toBe('transfer');
  expect(kinds(title)).toEqual([{ kind: 'transfer', rules: ['info structure/table-kind'] }]);
  // A department's and a project's overall targets keep theirs.
  expect(titleKind('2024年度整体绩效目标表')).toBe('department');
  expect(titleKind('某某信息系统建设项目整体绩效目标表')).toBe('project');
});

// A list of the documents a project unit files (a public repository's checklist): 事前绩效评估绩效目标申报表.
test('the targets a project files for its pre-assessment are a project’s table, and checked', () => {
  const title = '事前绩效评估绩效目标申报表';
  expect(titleKind(title)).toBe('project');
  const [t] = kinds(title);
  expect(t.kind).toBe('project');
  expect(t.rules).toContain('warning value/missing-sign');
  // The pre-assessment's own sheet stays a scoring sheet.
  expect(titleKind('某某项目事前绩效评估表')).toBe('scoring');
  expect(titleKind('2024年项目事前绩效评估指标及评分表')).toBe('scoring');
});

// 安溪县农业农村局, 安農財〔2025〕31號 附件2 (a copy at tst57ck.com, 2025): a city's fund handed down to two towns,
// its batch note between the fund and its table.
test('a higher level’s fund with a note between it and its table is a transfer, as without the note', () => {
  const title = '2025年市级财政乡村振兴专项资金(第一批整镇推进创建乡镇奖补)绩效目标表';
  expect(titleKind(title)).toBe('transfer');
  expect(kinds(title)).toEqual([{ kind: 'transfer', rules: ['info structure/table-kind'] }]);
  expect(titleKind('2024年省级乡村振兴专项资金（第二批）绩效目标表（2024年度）')).toBe('transfer');
  // A project's table funded so names its 项目 and stays a project's; a note elsewhere changes nothing.
  expect(titleKind('2024年省级财政农村公路养护项目资金（第二批）绩效目标表')).toBe('project');
  expect(titleKind('农村公路养护（第二批）绩效目标表')).toBe('project');
});
