/**
 * The project a title names, for tables without a 项目名称 row: the name, or nothing for the
 * generic titles of a form or of a unit's whole set of tables.
 */
import { projectOfTitle, titleKind } from '../../src/core/engine/labels';
import { checkSheet } from '../../src/core/engine';
import { buildReport, sheetReport } from '../../src/core/review/report';

test.each([
  ['2024年农村道路养护项目绩效目标表', '农村道路养护项目'],
  ['农村道路养护项目绩效目标表', '农村道路养护项目'],
  ['1.2025年检察业务信息化运维项目-2025中央绩效目标表', '检察业务信息化运维项目-2025中央'],
  ['西青区人民检察院2025年检察业务运维项目绩效目标表', '检察业务运维项目'],
  ['附件3：2024年农村道路养护项目绩效目标表', '农村道路养护项目'],
  ['（三）市政道路维修项目支出绩效目标表', '市政道路维修项目'],
  ['2024年图书馆免费开放专项资金绩效目标申报表', '图书馆免费开放专项资金'],
  ['一、县级公立医院改革补助绩效目标表', '县级公立医院改革补助'],
])('%s names %s', (title, name) => {
  expect(projectOfTitle(title)).toBe(name);
});

test.each([
  '项目支出绩效目标表',
  '2025年度项目绩效目标申报表',
  '龙山县2024年项目支出绩效目标表',
  '2025年项目支出绩效目标表（第二批）',
  '某某局部门绩效目标表',
  '项目支出绩效目标申报表（2024年度）',
  'XX县财政局2023年部门预算项目绩效目标表',
  '区级项目支出绩效目标表',
  '2023年度本级项目支出绩效目标批复表',
  '附件3 项目支出绩效目标表',
  '本级项目绩效目标表',
  '部门整体支出绩效目标表',
  '2024年农村道路养护项目绩效自评表',
  '单位（部门）整体绩效目标表',
  '',
  '表',
])('%s names no project', (title) => {
  expect(projectOfTitle(title)).toBeUndefined();
});

test.each([
  // A project's targets over its whole period are a project's, not a department's.
  ['农村道路养护项目整体绩效目标表', 'project'],
  ['整体绩效目标表', 'department'],
  ['部门年度绩效目标表', 'department'],
  ['部门（单位）年度绩效目标', 'department'],
  ['2024年部门项目年度绩效目标表', 'project'],
  ['部门整体绩效目标表', 'department'],
  ['单位整体支出绩效目标表', 'department'],
  ['2024年农村道路养护项目绩效自评表', 'self-eval'],
  // A fund handed down, with a year note after its title (census37, a 2025 page): a transfer's, as
  // a project's title with a note is a project's.
  ['中央财政强制免疫补助资金绩效目标表（2025年度）', 'transfer'],
  ['中央财政强制免疫补助资金绩效目标表', 'transfer'],
  ['动物防疫项目绩效目标表（2025年度）', 'project'],
])('%s is a %s table', (title, kind) => {
  expect(titleKind(title)).toBe(kind);
});

test('a long crafted title is refused without work', () => {
  expect(projectOfTitle(`${'项目'.repeat(20000)}绩效目标表`)).toBeUndefined();
});

test('the name from the title is the project in the report, and only a note asks for the field', () => {
  const values = [
    ['2024年农村道路养护项目绩效目标表', null, null, null],
    ['预算数（万元）', 100, '财政资金', 100],
    ['年度目标', '完成道路养护50公里', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥50公里'],
    [null, '质量指标', '验收合格率', '＝100%'],
    [null, '时效指标', '完成时间', '2024年12月底前'],
    [null, '成本指标', '养护成本', '≤100万元'],
    ['效益指标', '社会效益指标', '群众出行条件', '有效改善'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const result = checkSheet({ name: 'S', values });
  expect(result.tables).toHaveLength(1);
  const [t] = result.tables;
  expect(t.table.projectName).toBeUndefined();
  expect(t.table.titleProject).toBe('农村道路养护项目');
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(t.findings.map((f) => [f.rule, f.cell, f.severity])).toContainEqual(['structure/missing-project-name', 'A1', 'info']);
  const report = buildReport([{ file: 'x.xlsx', sheets: [sheetReport(result)] }]);
  expect(JSON.stringify(report)).toContain('"project":"农村道路养护项目"');
});
