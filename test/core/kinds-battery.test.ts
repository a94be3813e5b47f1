/**
 * Tables that are not project target tables, as the standard forms lay them out (部门整体 申报表,
 * 项目支出绩效自评表, 绩效监控表, 转移支付/区域 目标表, 评价指标体系), with and without their title: each
 * is named with its kind and gets no error or warning. These are forms we wrote from the published
 * templates: they measure consistency, not accuracy (the real corpus does that).
 */
import { checkSheet } from '../../src/core/engine';
import type { CellValue } from '../../src/core/engine/grid';
import type { TableKind } from '../../src/core/model';

type R = CellValue[];
const IND: R[] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  [null, '质量指标', '合格率', '≥95%'],
  [null, '时效指标', '完成时间', '2024年12月底前'],
  [null, '成本指标', '培训成本', '≤20万元'],
  ['效益指标', '社会效益指标', '服务水平', '有所提升'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];
const forms: Record<string, { kind: TableKind; rows: R[] }> = {
  deptStd: {
    kind: 'department',
    rows: [
      ['部门（单位）整体支出绩效目标申报表', null, null, null],
      ['部门（单位）名称', '某某局', null, null],
      ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）'],
      [null, '日常运转', '保障运转', 100],
      ['年度总体目标', '完成年度工作', null, null],
      ...IND,
    ],
  },
  deptNoTitle: {
    kind: 'department',
    rows: [['部门名称', '某某局', null, null], ['预算支出总额', 500, '财政拨款', 500], ['整体绩效目标', '完成年度工作', null, null], ...IND],
  },
  dept2021: {
    kind: 'department',
    rows: [
      ['部门（单位）名称', '某某局', null, null],
      ['总体资金情况（万元）', '预算支出总额', 500, null],
      [null, '财政拨款', 400, null],
      [null, '专户资金', 50, null],
      [null, '单位资金', 50, null],
      ['整体绩效目标', '完成年度工作', null, null],
      ...IND,
    ],
  },
  deptNoTitle2: {
    kind: 'department',
    rows: [['单位名称', '某某中学', null, null], ['单位整体支出', 500, null, null], ['年度绩效目标', '完成年度工作', null, null], ...IND],
  },
  deptByName: { kind: 'department', rows: [['部门名称', '某某局', null, null], ['年度绩效目标', '完成年度工作', null, null], ...IND] },
  deptUnitName: { kind: 'department', rows: [['部门（单位）名称', '某某局', null, null], ['年度预算', 500, '财政拨款', 500], ['绩效目标', '完成年度工作', null, null], ...IND] },
  deptOwnGoals: { kind: 'department', rows: [['部门', '某某局', null, null], ['部门预算', 500, null, null], ['部门绩效目标', '完成年度工作', null, null], ...IND] },
  deptFunds: { kind: 'department', rows: [['单位', '某某局', null, null], ['人员经费', 300, '公用经费', 100], ['年度绩效目标', '完成年度工作', null, null], ...IND] },
  deptWholeBudget: { kind: 'department', rows: [['部门', '某某局', null, null], ['当年整体支出预算', 500, null, null], ['年度总体目标', '完成年度工作', null, null], ...IND] },
  monitorDeviation: {
    kind: 'monitor',
    rows: [
      ['项目名称', '某某项目', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '是否偏离', '偏离原因'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '否', null],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '否', null],
    ],
  },
  selfEvalResult: {
    kind: 'self-eval',
    rows: [
      ['项目名称', '某某项目', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成率', '评价结果'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '95%', '良好'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '100%', '优秀'],
    ],
  },
  selfEvalNoTitle: {
    kind: 'self-eval',
    rows: [
      ['项目名称', '某某项目', null, null, null, null, null, null],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', null, 100, 100, 95, 10, '95%', 9.5],
      ['年度总体目标', '预期目标', null, null, '实际完成情况', null, null, null],
      [null, '完成', null, null, '已完成', null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 10, 10, null],
      [null, '质量指标', '合格率', '≥95%', '96%', 10, 10, null],
      ['总分', null, null, null, null, 100, 95, null],
    ],
  },
  selfEvalVariant: {
    kind: 'self-eval',
    rows: [
      ['项目名称', '某某项目', null, null, null, null],
      ['预算数', 100, '执行数', 95, '执行率(B/A)', '95%'],
      ['一级指标', '二级指标', '三级指标', '目标值', '完成值', '得分'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 10],
      [null, '质量指标', '合格率', '≥95%', '96%', 10],
    ],
  },
  selfEvalVariant2: {
    kind: 'self-eval',
    rows: [
      ['项目名称', '某某项目', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', null],
      [null, '质量指标', '合格率', '≥95%', '96%', null],
    ],
  },
  monitorNoTitle: {
    kind: 'monitor',
    rows: [
      ['项目名称', '某某项目', null, null, null, null, null],
      ['项目资金（万元）', '年初预算数', '1-7月执行数', '1-7月执行率', '全年预计执行数', null, null],
      [null, 100, 50, '50%', 100, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-7月实际完成值', '全年预计完成值', '偏差原因分析'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '60人', '100人', null],
    ],
  },
  monitorVariant: {
    kind: 'monitor',
    rows: [
      ['项目名称', '某某项目', null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度目标值', '截至6月底完成情况', '预计年底完成情况', '偏差原因'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '60人', '100人', null],
    ],
  },
  // 截止 for 截至, as often written.
  monitorCutoff: {
    kind: 'monitor',
    rows: [
      ['项目名称', '某某项目', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '截止6月底完成情况', '偏差情况'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '60人', '无'],
    ],
  },
  monitorMidYear: {
    kind: 'monitor',
    rows: [
      ['项目名称', '某某项目', null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '6月底完成值'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '60人'],
    ],
  },
  selfEvalYearEnd: {
    kind: 'self-eval',
    rows: [
      ['项目名称', '某某项目', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '年末完成值', '完成情况说明'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', '已完成'],
    ],
  },
  monitorVariant2: {
    kind: 'monitor',
    rows: [
      ['项目名称', '某某项目', null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '执行情况', '完成进度', '备注'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '60人', '60%', null],
    ],
  },
  region: {
    kind: 'transfer',
    rows: [
      ['专项名称', '农村综合改革转移支付', null, null],
      ['中央主管部门', '财政部', null, null],
      ['省级财政部门', '某省财政厅', '省级主管部门', '某省农业厅'],
      ['资金情况（万元）', '年度金额', 1000, null],
      [null, '其中：中央补助', 800, null],
      [null, '地方资金', 200, null],
      ['年度总体目标', '完成改革', null, null],
      ...IND,
    ],
  },
  regionNoMarker: {
    kind: 'region',
    rows: [['资金名称', '某某转移支付资金', null, null], ['主管部门', '某省农业厅', null, null], ['资金总额', 1000, null, null], ['区域年度目标', '完成改革', null, null], ...IND],
  },
  scoring: {
    kind: 'scoring',
    rows: [
      ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
      ['决策', '项目立项', '立项依据充分性', 5, '符合得5分', 5],
      ['过程', '资金管理', '资金到位率', 5, '100%得满分', 5],
      ['产出', '产出数量', '完成率', 10, '按比例', 10],
      ['效益', '项目效益', '社会效益', 20, '有所提升', 20],
    ],
  },
  scoring2: {
    kind: 'scoring',
    rows: [
      ['评价指标', null, null, '分值', '评价要点', '评分细则'],
      ['一级指标', '二级指标', '三级指标', null, null, null],
      ['决策', '项目立项', '立项依据充分性', 5, '依据充分', '符合得5分'],
      ['过程', '资金管理', '资金到位率', 5, '到位', '100%得满分'],
    ],
  },
  // The evaluation framework with nothing but its levels and 分值: 决策 / 过程 say what it is.
  scoringLevelsOnly: {
    kind: 'scoring',
    rows: [
      ['一级指标', '二级指标', '三级指标', '分值'],
      ['决策', '项目立项', '立项依据充分性', 3],
      [null, '绩效目标', '绩效目标合理性', 3],
      ['过程', '资金管理', '资金到位率', 3],
      ['产出', '产出数量', '实际完成率', 10],
      ['效益', '项目效益', '社会效益', 20],
    ],
  },
  scoringNumbered: {
    kind: 'scoring',
    rows: [
      ['一级指标', '二级指标', '三级指标', '分值'],
      ['一、过程指标(20分)', '资金管理', '预算执行率', 10],
      ['二、产出指标', '产出数量', '实际完成率', 10],
    ],
  },
  // Scored: a self-evaluation's result (评价得分 is a marker of its own).
  selfEvalScored: {
    kind: 'self-eval',
    rows: [
      ['一级指标', '二级指标', '三级指标', '分值', '评价得分'],
      ['一、过程指标(20分)', '资金管理', '预算执行率', 10, 9],
      ['二、产出指标', '产出数量', '实际完成率', 10, 10],
    ],
  },
  policy: {
    kind: 'policy',
    rows: [['政策名称', '耕地地力保护补贴', null, null], ['主管部门', '某县农业农村局', null, null], ['资金总额', 1000, null, null], ['政策目标', '保护耕地地力', null, null], ...IND],
  },
  deptTasks: {
    kind: 'department',
    rows: [['单位名称', '某某局', null, null], ['核心职能', '负责全县农业工作', null, null], ['重点工作任务', '完成年度工作', null, null], ...IND],
  },
  selfEvalScores: {
    kind: 'self-eval',
    rows: [['项目名称', '某项目', null, null, null], ['一级指标', '二级指标', '三级指标', '年度指标值', '指标得分'], ['产出指标', '数量指标', '培训人数', '≥100人', 10], [null, '质量指标', '合格率', '≥95%', 10], ['效益指标', '社会效益指标', '服务水平', '有所提升', 20], ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 10]],
  },
};

describe('non-project forms are named, never checked as projects', () => {
  const cases = Object.entries(forms).flatMap(([name, f]) => [
    { name: `${name}, titled`, kind: f.kind, rows: f.rows },
    {
      name: `${name}, without its title row`,
      kind: f.kind,
      rows: f.rows.filter((r) => !(typeof r[0] === 'string' && /表$/.test(r[0]) && r.slice(1).every((v) => v === null))),
    },
  ]);
  it.each(cases)('$name', ({ kind, rows }) => {
    const sheet = checkSheet({ name: 'Sheet1', values: rows });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual(sheet.tables.map(() => kind));
    expect(sheet.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a title alone says the kind', () => {
  it.each([
    ['2024年耕地地力保护补贴政策绩效目标表', 'policy'],
    ['财政支出项目绩效评价得分表', 'scoring'],
  ] as const)('%s over a grid with nothing else is a %s table', (title, kind) => {
    const sheet = checkSheet({ name: 'Sheet1', values: [[title, null, null, null], ['绩效目标', '完成年度工作', null, null], ...IND] });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual([kind]);
    expect(sheet.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a title alone says 部门', () => {
  it('某某局部门绩效目标表 (no 项目 in it) over a grid with nothing else', () => {
    const sheet = checkSheet({ name: 'Sheet1', values: [['2024年某某局部门绩效目标表', null, null, null], ['绩效目标', '完成年度工作', null, null], ...IND] });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual(['department']);
    expect(sheet.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a project table is still one', () => {
  it('titled a project, with 单位名称 and no 项目名称: a project that lost its name', () => {
    const sheet = checkSheet({
      name: 'Sheet1',
      values: [['项目支出绩效目标表', null, null, null], ['单位名称', '某某局', null, null], ['预算数', 50, '其中：财政资金', 50], ['年度绩效目标', '完成', null, null], ...IND],
    });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual([undefined]);
    expect(sheet.tables[0].findings.map((f) => f.rule)).toContain('structure/missing-project-name');
  });
  it('a project form with 政策依据 and 立项依据 rows is a project’s', () => {
    const sheet = checkSheet({
      name: 'Sheet1',
      values: [['项目名称', '某项目', null, null], ['政策依据', '某某文件', null, null], ['立项依据', '某某规划', null, null], ['预算数', 50, '其中：财政资金', 50], ['年度绩效目标', '完成', null, null], ...IND],
    });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual([undefined]);
  });
  it.each(['2025年某某局部门预算绩效目标表', '单位预算绩效目标申报表'])('%s over a 项目名称 of its own is a project’s (the project tables of a department’s budget); over a 部门名称, a department’s', (title) => {
    const project = checkSheet({
      name: 'Sheet1',
      values: [[title, null, null, null], ['项目名称', '某项目', null, null], ['预算数', 50, '其中：财政资金', 50], ['年度绩效目标', '完成', null, null], ...IND],
    });
    expect(project.tables.map((t) => t.table.kind)).toEqual([undefined]);
    const department = checkSheet({
      name: 'Sheet1',
      values: [[title, null, null, null], ['部门名称', '某某局', null, null], ['预算数', 50, '其中：财政资金', 50], ['年度绩效目标', '完成', null, null], ...IND],
    });
    expect(department.tables.map((t) => t.table.kind)).toEqual(['department']);
  });
  it('a 部门 title naming a 项目 is a project’s', () => {
    const sheet = checkSheet({
      name: 'Sheet1',
      values: [['某某局部门项目支出绩效目标表', null, null, null], ['项目名称', '某项目', null, null], ['预算数', 50, '其中：财政资金', 50], ['年度绩效目标', '完成', null, null], ...IND],
    });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual([undefined]);
  });
});

describe('one column of results or progress, under 项目名称 and no title, names the kind', () => {
  // The words systems and clerks give that column: each was read as a project's grid with no
  // budget and no goals (two errors, two warnings) before it was known.
  it.each([
    ['年度执行情况', 'monitor'],
    ['全年预计', 'monitor'],
    ['累计完成值', 'monitor'],
    ['偏离程度', 'monitor'],
    ['支出进度', 'monitor'],
    ['现阶段完成情况', 'monitor'],
    ['当前进度', 'monitor'],
    ['偏差分析', 'monitor'],
    ['中期完成值', 'self-eval'],
    ['完成度', 'self-eval'],
    ['目标实现程度', 'self-eval'],
    ['自评指标值', 'self-eval'],
    ['决算数', 'self-eval'],
    ['问题及整改措施', 'self-eval'],
    ['是否完成', 'self-eval'],
    ['是否达到', 'self-eval'],
    ['总体完成情况', 'self-eval'],
    ['实际执行情况', 'self-eval'],
    ['实现情况', 'self-eval'],
    ['年度完成', 'self-eval'],
    ['实际完成值及单位', 'self-eval'],
    ['评分结果', 'self-eval'],
    ['执行金额', 'self-eval'],
    ['实际完成比例', 'self-eval'],
    ['年度目标完成情况', 'self-eval'],
    ['未达标原因', 'self-eval'],
    ['评估情况', 'scoring'],
  ] as const)('%s: %s', (column, kind) => {
    const sheet = checkSheet({
      name: 'Sheet1',
      values: [
        ['项目名称', '某项目', null, null, null],
        ['一级指标', '二级指标', '三级指标', '年度指标值', column],
        ['产出指标', '数量指标', '培训人数', '≥100人', null],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', null],
      ],
    });
    expect(sheet.tables.map((t) => t.table.kind)).toEqual([kind]);
    expect(sheet.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
