/**
 * A project whose own name holds a document kind's words (绩效自评工作经费, 部门整体运转保障经费, 绩效监控
 * 平台建设, 绩效目标调整系统升级), titled `<name>绩效目标表` over its 项目名称: a project target table,
 * checked as one. Before, the title's words were read whole, so the table was named a
 * self-evaluation, a department's, a monitor's or an adjustment's and not checked (issue #11: a
 * project table must never be taken for another kind). The same words after the name still name
 * the kind (`<name>项目绩效自评表`); a fund's words do too (a transfer's table names its fund, 某某
 * 转移支付资金, in 项目名称). Forms we wrote: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { textRows } from '../helpers/text-grid';

const form = (title: string, name: string) =>
  checkSheet({
    name: 'Sheet1',
    values: textRows([
      `${title}|||`,
      `项目名称|${name}||`,
      '预算数（万元）|100|其中：财政资金|100',
      '年度绩效目标|完成年度任务。||',
      '一级指标|二级指标|三级指标|指标值',
      '产出指标|数量指标|设备数量|≥5台',
      '|质量指标|验收合格率|≥95%',
      '|成本指标|项目成本|≤100万元',
      '效益指标|社会效益指标|服务能力|有所提升',
      '满意度指标|服务对象满意度指标|群众满意度|≥90%',
    ]),
  }).tables;

const NAMES = ['绩效自评工作经费', '部门整体运转保障经费', '绩效监控平台建设', '区域卫生信息平台运维', '绩效目标调整系统升级'];

describe('another kind’s words inside the project’s own name', () => {
  it.each(NAMES)('%s绩效目标表: a project’s table', (name) => {
    for (const title of [`${name}绩效目标表`, `2025年${name}绩效目标申报表`]) {
      const [t] = form(title, name);
      expect(t.table.kind ?? 'project').toBe('project');
      expect(t.findings.filter((f) => f.rule === 'structure/table-kind')).toEqual([]);
    }
  });

  it.each([
    ['项目绩效自评表', 'self-eval'],
    ['项目支出绩效监控表', 'monitor'],
  ])('the words after the name still name the kind: <name>%s', (tail, kind) => {
    const [t] = form(`绩效自评工作经费${tail}`, '绩效自评工作经费');
    expect(t.table.kind).toBe(kind);
  });
  test('a fund named in 项目名称 and the title (某某转移支付资金绩效目标表): still a transfer’s table', () => {
    const [t] = form('中央转移支付农村综合改革资金绩效目标表', '中央转移支付农村综合改革资金');
    expect(t.table.kind).toBe('transfer');
  });

  test('a name that is all of the title’s project words (省级财政…项目资金绩效目标表 over 农村公路养护项目): a project’s', () => {
    const [t] = form('2024年省级财政农村公路养护项目资金绩效目标表', '农村公路养护项目');
    expect(t.table.kind ?? 'project').toBe('project');
  });
});
