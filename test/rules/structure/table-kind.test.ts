import { tableKind } from '../../../src/core/engine/rules/structure/table-kind';
import { ruleTester, spec } from '../../helpers/rule-tester';

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
