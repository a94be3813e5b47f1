import { tableKind } from '../../../src/core/engine/rules/structure/table-kind';
import { checkSheet } from '../../../src/core/engine';
import { ruleTester, spec } from '../../helpers/rule-tester';
import { textGrid } from '../../helpers/text-grid';

// The locator names the kind from the title (or a column only other tables have); the rule says it once.
ruleTester(tableKind, {
  valid: [
    spec(),
    { name: 'a 项目支出绩效目标申报表', spec: spec({ title: '2024年项目支出绩效目标申报表' }) },
    { name: 'a 申报审核表 (the declaration, the bureau’s opinion below it) is the project’s own', spec: spec({ title: '2024年项目支出绩效目标申报审核表' }) },
    { name: 'a project named after its work (工作任务 … 项目)', spec: spec({ title: '2024年重点工作任务保障项目绩效目标表' }) },
    { name: 'a project whose name holds a kind’s words (部门整体 … 项目)', spec: spec({ title: '2024年部门整体运转经费项目绩效目标表' }) },
    { name: 'a project whose name holds 监控', spec: spec({ title: '监控平台建设项目绩效目标表' }) },
    { name: 'a project’s own medium-term table (中期绩效目标表) is a project’s', spec: spec({ title: '2024-2026年某某信息系统建设项目中期绩效目标表' }) },
    { name: 'a county’s money matching a transfer (转移支付资金配套) is a project’s', spec: spec({ title: '2024年转移支付资金配套绩效目标表' }) },
  ],
  invalid: [
    { name: '部门整体支出绩效目标表', spec: spec({ title: '2023年部门整体支出绩效目标表' }), errors: [{ messageId: 'department', cell: 'A1', severity: 'info' }] },
    { name: '项目支出绩效自评表', spec: spec({ title: '2023年度项目支出绩效自评表' }), errors: [{ messageId: 'self-eval', cell: 'A1', severity: 'info' }] },
    { name: '绩效监控表', spec: spec({ title: '项目支出绩效目标执行监控表' }), errors: [{ messageId: 'monitor', cell: 'A1' }] },
    { name: '转移支付', spec: spec({ title: '2024年中央对地方转移支付绩效目标表' }), errors: [{ messageId: 'transfer', cell: 'A1' }] },
    { name: '转移支付区域 (the form’s own name: a transfer’s targets by region)', spec: spec({ title: '2024年中央对地方转移支付区域绩效目标表' }), errors: [{ messageId: 'region', cell: 'A1' }] },
    { name: '部门职责—工作活动 (a department’s work)', spec: spec({ title: '2024年部门职责—工作活动绩效目标表' }), errors: [{ messageId: 'department', cell: 'A1', severity: 'info' }] },
    { name: '机构职能', spec: spec({ title: '机构职能绩效目标表' }), errors: [{ messageId: 'department', cell: 'A1' }] },
    { name: '年度重点工作任务', spec: spec({ title: '2025年度重点工作任务绩效目标表' }), errors: [{ messageId: 'department', cell: 'A1' }] },
    { name: '部门整体 monitoring is monitoring', spec: spec({ title: '某某局部门整体支出绩效运行监控表' }), errors: [{ messageId: 'monitor', cell: 'A1' }] },
    { name: 'a department’s medium-term targets (部门中期绩效目标表)', spec: spec({ title: '某某局2024-2026年部门中期绩效目标表' }), errors: [{ messageId: 'department', cell: 'A1' }] },
    { name: '绩效目标调整表', spec: spec({ title: '2024年项目支出绩效目标调整表' }), errors: [{ messageId: 'adjustment', cell: 'A1', severity: 'info' }] },
    { name: '绩效目标审核表 (a finance bureau’s review of the targets)', spec: spec({ title: '2024年项目支出绩效目标审核表' }), errors: [{ messageId: 'review', cell: 'A1', severity: 'info' }] },
    { name: '评审意见表', spec: spec({ title: '某某项目绩效目标评审意见表' }), errors: [{ messageId: 'review', cell: 'A1', severity: 'info' }] },
    { name: '绩效评价结果 (after the year)', spec: spec({ title: '2023年项目支出绩效评价结果表' }), errors: [{ messageId: 'self-eval', cell: 'A1' }] },
  ],
});

describe('a list of projects, one row each, with no indicators, is a summary list (项目绩效目标汇总表)', () => {
  const kinds = (lines: string[]) =>
    checkSheet(textGrid(lines)).tables.map((t) => `${t.table.kind ?? 'project'} ${t.findings.map((f) => `${f.severity} ${f.rule} ${f.messageId} ${f.cell}`).join(', ')}`);

  it('政府性基金预算项目绩效目标表 as a summary: named once on its title, no project-table finding (before: no table found)', () => {
    expect(kinds(['2025年政府性基金预算项目绩效目标表||||', '单位：万元||||', '序号|项目名称|主管部门|预算金额|年度绩效目标', '1|城乡社区建设项目|住建局|500|完成道路改造10公里', '2|彩票公益金项目|民政局|120|资助困难老人300人'])).toEqual([
      'summary info structure/table-kind summary A1',
    ]);
  });

  it('项目支出绩效目标汇总表 with money columns', () => {
    expect(kinds(['项目支出绩效目标汇总表|||||', '部门名称|项目名称|资金总额|财政拨款|其他资金|年度绩效目标', '某局|城乡社区建设项目|500|500|0|完成道路改造10公里', '某局|彩票公益金项目|120|100|20|资助困难老人300人'])).toEqual([
      'summary info structure/table-kind summary A1',
    ]);
  });

  it('with no title: named on its 项目名称 column; a project form below stays a project', () => {
    const got = kinds([
      '序号|项目名称|预算数|绩效目标|',
      '1|城乡社区建设项目|500|完成道路改造10公里|',
      '2|农村饮水安全项目|300|解决5000人饮水问题|',
      '||||',
      '项目名称|会计培训项目||',
      '预算数|5|其中：财政资金|5',
      '年度绩效目标|培训会计人员300人次||',
      '一级指标|二级指标|三级指标|指标值',
      '产出指标|数量指标|培训人次|≥300人次',
      '|成本指标|培训成本|≤5万元',
      '效益指标|社会效益指标|会计业务水平|有效提升',
      '满意度指标|服务对象满意度指标|学员满意度|≥90%',
    ]);
    expect(got[0]).toBe('summary info structure/table-kind summary B1');
    expect(got[1]).toMatch(/^project /);
  });
});
