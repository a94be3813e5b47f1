/**
 * How `npm run eval:real` scores a finding that covers the whole located table (a missing 预算数,
 * a missing 绩效目标): it speaks of the table, so only a label on the table (`cell: "table"`)
 * excuses it or is found by it — never a defect or a tolerated warning labelled on one of the
 * table's cells, which the finding's range happens to cover.
 */
import { realWorkbookBytes } from '../../scripts/make-real-corpus';
import { evaluateFile, type FalseAlarm, type PartFigures } from './real';
import type { RealFile, RealTable } from './real-corpus';

/** Money parts left empty and no 预算数: the checker reports a missing 预算数 on the whole table. */
const ROWS: RealFile['rows'] = [
  ['项目支出绩效目标表', null, null, null, null],
  ['项目名称', '某某项目', null, null, null],
  ['财政资金', null, '其他资金', null, null],
  ['年度绩效目标', '完成某某工作', null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值', null],
  ['产出指标', '数量指标', '培训人数', '≥100人', null],
  [null, '质量指标', '合格率', '100%', null],
  [null, '时效指标', '完成时间', '2025年12月底前', null],
  [null, '成本指标', '培训成本', '≤5万元', null],
  ['效益指标', '社会效益指标', '群众知晓率', '≥90%', null],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', null],
];

function file(table: Omit<RealTable, 'kind' | 'range'>): RealFile {
  return { id: 'scoring', source: 'test', unit: 'test', province: 'test', year: 2025, rows: ROWS, merges: ['A6:A9'], tables: [{ kind: 'project', range: 'A1:E11', ...table }] };
}

function part(): PartFigures {
  return { files: 0, projectTables: 0, projectTablesLocated: 0, otherTables: 0, otherTablesNamed: 0, defects: 0, defectsFound: 0, recall: 0, falseAlarms: 0, falseAlarmsPer10Tables: 0, nonProjectFindings: 0 };
}

async function score(f: RealFile): Promise<{ part: PartFigures; alarms: string[] }> {
  const p = part();
  const alarms: FalseAlarm[] = [];
  await evaluateFile(f, await realWorkbookBytes(f), p, [], alarms);
  return { part: p, alarms: alarms.map((a) => a.finding.rule) };
}

describe('a finding on the whole table', () => {
  test('is a false alarm although a defect is labelled on one of its cells', async () => {
    const { part: p, alarms } = await score(file({ defects: [{ cell: 'D7', category: 'value', severity: 'warning', why: '缺少符号' }] }));
    expect(p.defectsFound).toBe(1);
    expect(alarms).toContain('budget/missing-total');
  });

  test('does not find a defect labelled on one of its cells', async () => {
    const { part: p } = await score(file({ defects: [{ cell: 'B2', category: 'budget', severity: 'warning', why: '（任一资金栏的问题）' }] }));
    expect(p.defects).toBe(1);
    expect(p.defectsFound).toBe(0);
  });

  test('is excused, and found, by a label on the table', async () => {
    const { part: p, alarms } = await score(file({ defects: [{ cell: 'table', category: 'budget', severity: 'error', why: '没有资金栏' }] }));
    expect(p.defectsFound).toBe(1);
    expect(alarms).not.toContain('budget/missing-total');
  });

  test('a warning labelled tolerable on the table excuses a finding on the table, not a warning on one of its cells', async () => {
    // D7 `100%` gets a missing-sign warning: a cell's finding, not the table's.
    const { alarms } = await score(file({ defects: [{ cell: 'table', category: 'budget', severity: 'error', why: '没有预算数' }], warnOk: [{ cell: 'table', why: '页面截断' }] }));
    expect(alarms).toContain('value/missing-sign');
  });
});
