/**
 * A column of results or progress that self-evaluation and monitoring tables have and project
 * target tables do not, in more of the words units write (issue #11). Forms we wrote: consistency,
 * not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

const check = (lines: string[]) => checkSheet({ name: 'Sheet1', values: textRows(lines) });
const kinds = (r: ReturnType<typeof checkSheet>) => r.tables.map((t) => t.table.kind ?? 'project');
const notInfo = (r: ReturnType<typeof checkSheet>) => r.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`);

describe('one more column of results or progress, under 项目名称 and no title, names the kind', () => {
  // Each was read as a project's grid with no budget and no goals (two errors, two warnings).
  it.each([
    ['扣分理由', 'self-eval'],
    ['完成情况及原因', 'self-eval'],
    ['完成状态', 'self-eval'],
    ['实际绩效值', 'self-eval'],
    ['绩效完成值', 'self-eval'],
    ['目前进展', 'monitor'],
    ['进展情况', 'monitor'],
    ['实际进度', 'monitor'],
    ['进度完成率', 'monitor'],
    ['偏差度', 'monitor'],
    ['预计能否完成', 'monitor'],
    ['年底能否完成', 'monitor'],
    ['至6月底执行数', 'monitor'],
    ['已完成值', 'monitor'],
    ['本期完成值', 'monitor'],
    ['实际完成情况说明', 'self-eval'],
    // The period with its year (2024年1-6月), or by quarter.
    ['2024年1-6月完成值', 'monitor'],
    ['2024年1-8月执行数', 'monitor'],
    ['截至2024年6月底完成值', 'monitor'],
    ['第一季度完成值', 'monitor'],
    ['三季度完成情况', 'monitor'],
    ['1月-6月完成值', 'monitor'],
    ['1月至6月完成值', 'monitor'],
    ['年中完成率', 'monitor'],
    ['绩效目标执行情况', 'monitor'],
    ['指标执行情况', 'monitor'],
    ['绩效运行情况', 'monitor'],
    ['全年目标完成可能性', 'monitor'],
  ] as const)('%s: %s', (column, kind) => {
    const r = check(['项目名称|某项目|||', `一级指标|二级指标|三级指标|年度指标值|${column}`, '产出指标|数量指标|培训人数|≥100人|120人', '满意度指标|服务对象满意度指标|学员满意度|≥90%|95%']);
    expect(kinds(r)).toEqual([kind]);
    expect(notInfo(r)).toEqual([]);
  });
});
