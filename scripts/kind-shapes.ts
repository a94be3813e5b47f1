/**
 * Tables a clerk's workbook holds beside its 项目支出绩效目标表, written from the official forms and
 * from what county systems export, in the shapes they come in: with a title, without one (the
 * title only in the sheet name, or in a page header the reader does not see, or cut off), the title
 * on a merged row above a blank row, the unit's name before the kind, list exports, several per
 * sheet. Also the reverse: projects whose names hold a kind's words. Each shape is a sheet of text
 * (cells split by `|`), with its merges and the kind of every table on it (undefined: a project).
 *
 * Used by test/core/kinds-shapes.test.ts (every shape through the real locator) and by
 * scripts/make-fixtures.ts (test/fixtures/kinds.xlsx, one sheet per shape). Forms we wrote, not
 * published tables: they measure consistency, not accuracy.
 */
import type { TableKind } from '../src/core/model';

export interface KindShape {
  /** Short ascii name (a test's name; the fixture's sheet is `sheet` or this). */
  name: string;
  /** What it is, in a line. */
  about: string;
  /** The sheet's name, when the shape needs one (a title only there). */
  sheet?: string;
  lines: string[];
  merges?: string[];
  /** The kind of each table on the sheet, top to bottom; undefined for a project target table. */
  kinds: (TableKind | undefined)[];
}

/** An indicator grid as the forms have it, under a `年度绩效指标` column (the first column merged down by the caller). */
const GRID = (lead: string, cols = 5): string[] => {
  const pad = (cells: string[]) => [...cells, ...Array(Math.max(0, cols - cells.length)).fill('')].join('|');
  return [
    pad([lead, '一级指标', '二级指标', '三级指标', '指标值']),
    pad(['', '产出指标', '数量指标', '完成年度重点工作任务数', '≥12项']),
    pad(['', '', '质量指标', '预算编制准确率', '≥95%']),
    pad(['', '', '时效指标', '预算批复及时率', '＝100%']),
    pad(['', '', '成本指标', '运转经费控制数', '≤200万元']),
    pad(['', '效益指标', '社会效益指标', '财政管理水平', '有效提升']),
    pad(['', '满意度指标', '服务对象满意度指标', '预算单位满意度', '≥90%']),
  ];
};

/** 部门整体支出绩效目标申报表 (the standard form): name, tasks with their money, goals, indicators. */
const DEPT_BODY = [
  '部门（单位）名称|某某县财政局|||',
  '年度主要任务|任务名称|主要内容|预算金额（万元）|',
  '||||',
  '|||总额|财政拨款',
  '|预算编制与执行|组织全县预算编制和执行|120|120',
  '|国有资产管理|行政事业单位资产管理|80|80',
  '金额合计|||200|200',
  '年度总体目标|目标1：完成年度预算编制；目标2：加强国有资产管理。|||',
  ...GRID('年度绩效指标'),
];
const DEPT_MERGES = (top: number): string[] => [
  `B${top}:E${top}`,
  `A${top + 1}:A${top + 5}`,
  `B${top + 1}:B${top + 3}`,
  `C${top + 1}:C${top + 3}`,
  `D${top + 1}:E${top + 2}`,
  `A${top + 6}:C${top + 6}`,
  `B${top + 7}:E${top + 7}`,
  `A${top + 8}:A${top + 14}`,
  `B${top + 9}:B${top + 12}`,
];

/** 项目支出绩效自评表 (财预〔2020〕10号 附件), from 项目名称 down. */
const SELF_EVAL_BODY = [
  '项目名称|某某信息系统运维项目||||||||',
  '主管部门|某某县财政局|||实施单位|某某县财政局||||',
  '项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分||',
  '|年度资金总额|50|50|48|10|96%|9.6||',
  '|其中：当年财政拨款|50|50|48|—|—|—||',
  '|上年结转资金||||—|—|—||',
  '|其他资金||||—|—|—||',
  '年度总体目标|预期目标||||实际完成情况||||',
  '|保障系统全年稳定运行||||系统全年稳定运行||||',
  '绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施',
  '|产出指标|数量指标|运维系统数|≥3个|3个|20|20|',
  '||质量指标|系统正常运行率|≥98%|99%|20|20|',
  '||时效指标|故障响应时间|≤2小时|1.5小时|10|10|',
  '|效益指标|社会效益指标|业务办理效率|有效提升|有效提升|30|28|部分业务仍需线下办理',
  '|满意度指标|服务对象满意度指标|使用人员满意度|≥90%|93%|10|10|',
  '总分|||||||100|97.6|',
];

/** 项目支出绩效目标执行监控表 (1-7月), from 项目名称 down. */
const MONITOR_BODY = [
  '项目名称|某某信息系统运维项目||||||||||',
  '主管部门及代码|某某县财政局|||实施单位|某某县财政局||||||',
  '项目资金（万元）||年初预算数|1-7月执行数|1-7月执行率|全年预计执行数|偏差原因分析|||完成目标可能性|备注',
  '|年度资金总额|50|30|60%|50||||确定能|',
  '|其中：财政拨款|50|30|60%|50||||确定能|',
  '|其他资金|||||||||',
  '年度总体目标|||1-7月实际完成情况|||||||',
  '|保障系统全年稳定运行|||系统稳定运行|||||||',
  '绩效指标|一级指标|二级指标|三级指标|年度指标值|1-7月执行情况|全年预计完成情况|偏差原因分析|||完成目标可能性|备注',
  '|||||||经费保障|制度保障|人员保障||',
  '|产出指标|数量指标|运维系统数|≥3个|3个|3个||||确定能|',
  '||质量指标|系统正常运行率|≥98%|99%|99%||||确定能|',
  '|满意度指标|服务对象满意度指标|使用人员满意度|≥90%|—|≥90%||||有可能|',
];

/** A project target table in the standard form (seed-like), with one mistake: `100%` without a sign in D9. */
const PROJECT_BODY = (name: string): string[] => [
  `项目名称|${name}||`,
  '预算数（万元）|50|其中：财政资金|50',
  '||其他资金|',
  '年度绩效目标|保障全年工作正常开展||',
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|保障人数|≥120人',
  '|质量指标|保障覆盖率|100%',
  '|时效指标|完成时间|2024年12月底前',
  '|成本指标|保障成本|≤50万元',
  '效益指标|社会效益指标|单位运转水平|有效提升',
  '满意度指标|服务对象满意度指标|职工满意度|≥90%',
];

export const KIND_SHAPES: KindShape[] = [
  // ---- 部门整体支出绩效目标表 ----
  {
    name: 'dept-titled-unit-first',
    about: '部门整体支出绩效目标申报表, the unit’s name before the kind, the title merged over a blank row',
    lines: ['某某县财政局2024年部门整体支出绩效目标表||||', '||||', ...DEPT_BODY],
    merges: ['A1:E1', 'A2:E2', ...DEPT_MERGES(3)],
    kinds: ['department'],
  },
  {
    name: 'dept-no-title',
    about: 'the same form without its title (printed in the page header, which the reader does not see)',
    lines: DEPT_BODY,
    merges: DEPT_MERGES(1),
    kinds: ['department'],
  },
  {
    name: 'dept-sheet-name',
    about: 'the title only in the sheet name',
    sheet: '部门整体支出绩效目标表',
    lines: DEPT_BODY,
    merges: DEPT_MERGES(1),
    kinds: ['department'],
  },
  {
    name: 'dept-title-cut',
    about: 'the title cut off at the column edge (`…部门整体支出绩效目`)',
    lines: ['某某县财政局2024年部门整体支出绩效目||||', ...DEPT_BODY],
    merges: ['A1:E1', ...DEPT_MERGES(2)],
    kinds: ['department'],
  },
  {
    name: 'dept-2021-form',
    about: '部门（单位）整体绩效目标表 (2021 form): 年度预算 block, tasks without money, 年度绩效目标',
    lines: [
      '部门（单位）整体绩效目标表||||',
      '（2025年度）||||',
      '部门（单位）名称|某某县教育局|||',
      '年度预算（万元）|资金总额|5000||',
      '|财政拨款|4800||',
      '|其他资金|200||',
      '年度主要任务|任务名称|主要内容||',
      '|义务教育保障|保障全县义务教育学校运转||',
      '|学生资助|落实各学段资助政策||',
      '年度绩效目标|保障义务教育均衡发展，落实学生资助政策。|||',
      ...GRID('年度绩效指标'),
    ],
    merges: ['A1:E1', 'A2:E2', 'B3:E3', 'A4:A6', 'A7:A9', 'B10:E10', 'A11:A17'],
    kinds: ['department'],
  },
  {
    name: 'dept-2021-no-title',
    about: 'the 2021 form without title and without the task block: 部门（单位）名称, 年度预算, 年度绩效目标',
    lines: ['部门（单位）名称|某某县教育局|||', '年度预算（万元）|资金总额|5000||', '|财政拨款|4800||', '年度绩效目标|保障义务教育均衡发展。|||', ...GRID('年度绩效指标')],
    merges: ['A2:A3', 'B4:E4', 'A5:A11'],
    kinds: ['department'],
  },
  {
    name: 'dept-list-export',
    about: 'a system’s list export of department targets: one row per indicator under 部门名称 | 任务名称 columns',
    lines: [
      '部门名称|任务名称|主要内容|预算金额（万元）|一级指标|二级指标|三级指标|指标值',
      '某某县财政局|预算编制与执行|组织全县预算编制和执行|120|产出指标|数量指标|完成年度重点工作任务数|≥12项',
      '||||产出指标|质量指标|预算编制准确率|≥95%',
      '||||效益指标|社会效益指标|财政管理水平|有效提升',
      '||||满意度指标|服务对象满意度指标|预算单位满意度|≥90%',
      '某某县财政局|国有资产管理|行政事业单位资产管理|80|产出指标|数量指标|资产清查单位数|≥50个',
      '||||效益指标|社会效益指标|资产管理水平|有效提升',
      '||||满意度指标|服务对象满意度指标|预算单位满意度|≥90%',
    ],
    kinds: ['department'],
  },
  {
    name: 'dept-list-no-tasks',
    about: 'a list export of department targets with 部门名称 and 整体绩效目标, no task column',
    lines: [
      '部门名称|年度预算（万元）|整体绩效目标|一级指标|二级指标|三级指标|指标值',
      '某某县财政局|200|完成年度预算编制，加强资产管理。|产出指标|数量指标|完成年度重点工作任务数|≥12项',
      '|||效益指标|社会效益指标|财政管理水平|有效提升',
      '|||满意度指标|服务对象满意度指标|预算单位满意度|≥90%',
    ],
    kinds: ['department'],
  },
  {
    name: 'dept-tasks-projects',
    about: 'a department form whose tasks list their projects (任务名称 | 项目名称 | 预算金额), no title',
    lines: [
      '部门（单位）名称|某某县财政局|||',
      '年度主要任务|任务名称|项目名称|预算金额（万元）|',
      '|预算编制与执行|财政业务运转项目|120|',
      '|国有资产管理|资产清查项目|80|',
      '年度绩效目标|完成年度预算编制，加强资产管理。|||',
      ...GRID('年度绩效指标'),
    ],
    merges: ['B1:E1', 'A2:A4', 'B5:E5', 'A6:A12'],
    kinds: ['department'],
  },
  {
    name: 'dept-inline-name',
    about: 'a department form pasted from Word: `部门名称：…` in one cell, its budget and goals, no title, no tasks',
    lines: ['部门名称：某某县财政局||||', '年度预算（万元）|200|财政拨款|200|', '年度绩效目标|完成年度预算编制，加强资产管理。|||', ...GRID('年度绩效指标')],
    merges: ['A1:E1', 'B3:E3', 'A4:A10'],
    kinds: ['department'],
  },
  {
    name: 'dept-hunan',
    about: '部门（单位）整体支出绩效目标申报表 with the budget by 收入性质 and 支出性质 and 部门职能职责概述',
    lines: [
      '部门（单位）整体支出绩效目标申报表|||||',
      '（2024年度）|||||',
      '部门（单位）名称|某某县财政局||||',
      '年度预算申请（万元）|资金总额|按收入性质分||按支出性质分|',
      '||一般公共预算|其他资金|基本支出|项目支出',
      '|500|480|20|300|200',
      '部门职能职责概述|负责全县财政收支管理||||',
      '年度总体目标|完成年度预算编制，加强资产管理。||||',
      ...GRID('年度绩效指标', 6),
    ],
    merges: ['A1:F1', 'A2:F2', 'B3:F3', 'A4:A6', 'C4:D4', 'E4:F4', 'B7:F7', 'B8:F8', 'A9:A15'],
    kinds: ['department'],
  },
  {
    name: 'dept-title-note',
    about: 'a title with a note after it (`…绩效目标表（2024年度）`), the unit on the next line, nothing else that says 部门',
    lines: ['某某县财政局部门整体支出绩效目标表（2024年度）||||', '单位：某某县财政局|||单位：万元|', '年度预算|200|||', '年度绩效目标|完成年度预算编制，加强资产管理。|||', ...GRID('年度绩效指标')],
    merges: ['A1:E1', 'B3:E3', 'B4:E4', 'A5:A11'],
    kinds: ['department'],
  },
  {
    name: 'dept-title-note-blank-row',
    about: 'a title with a note, merged over a blank row, over a budget, goals and indicators only',
    lines: ['2024年度部门整体支出绩效目标表（调整）||||', '||||', '年度预算|200|||', '年度绩效目标|完成年度预算编制。|||', ...GRID('年度绩效指标')],
    merges: ['A1:E1', 'A2:E2', 'B3:E3', 'B4:E4', 'A5:A11'],
    kinds: ['department'],
  },
  {
    name: 'dept-duty-levels',
    about: 'a department’s own indicators (一级 履职效能 / 管理效率), no title, 预算单位 and goals',
    lines: [
      '预算单位|某某县财政局|||',
      '年度预算（万元）|200|||',
      '年度绩效目标|完成年度工作|||',
      '一级指标|二级指标|三级指标|指标值',
      '履职效能|重点工作履职情况|完成年度重点工作任务数|≥12项',
      '|履职质量|预算编制准确率|≥95%',
      '管理效率|预算执行效率|预算执行率|≥90%',
      '满意度指标|服务对象满意度指标|预算单位满意度|≥90%',
    ],
    kinds: ['department'],
  },
  {
    name: 'dept-sheet-short',
    about: 'no title; the sheet named 部门整体; the unit on a 单位： line',
    sheet: '部门整体',
    lines: ['单位：某某县财政局||||', '年度预算|200|||', '年度绩效目标|完成年度预算编制。|||', ...GRID('年度绩效指标')],
    kinds: ['department'],
  },
  {
    name: 'dept-unit-sealed',
    about: '部门整体支出绩效目标表 over a 填报单位（盖章）：… line, a budget, goals and indicators',
    lines: ['部门整体支出绩效目标表||||', '填报单位（盖章）：某某县财政局||||', '年度预算|200|||', '年度绩效目标|完成年度预算编制。|||', ...GRID('年度绩效指标')],
    merges: ['A1:E1', 'A2:E2'],
    kinds: ['department'],
  },
  {
    name: 'dept-list-unit-code',
    about: 'a budget system’s export of unit targets: 单位编码 | 单位名称 | 年度 | 绩效目标, split sign/value/unit',
    lines: [
      '单位编码|单位名称|年度|绩效目标|一级指标|二级指标|三级指标|指标性质|指标值|度量单位',
      '101001|某某县财政局|2024|完成年度工作|产出指标|数量指标|完成任务数|≥|12|项',
      '||||产出指标|质量指标|预算编制准确率|≥|95|%',
      '||||满意度指标|服务对象满意度指标|预算单位满意度|≥|90|%',
    ],
    kinds: ['department'],
  },
  {
    name: 'dept-as-project-name',
    about: 'a system filing the department’s own targets as a 项目 named `…部门整体支出`, no title',
    lines: ['项目名称|某某县财政局2024年度部门整体支出|||', '预算数|200|财政拨款|200|', '年度绩效目标|完成年度工作|||', ...GRID('年度绩效指标')],
    kinds: ['department'],
  },
  // ---- 转移支付 / 区域 ----
  {
    name: 'transfer-region-form',
    about: '中央对地方转移支付区域绩效目标表 (the standard form), titled with the year below',
    lines: [
      '2024年中央对地方转移支付区域绩效目标表||||',
      '（2024年度）||||',
      '转移支付名称|农业相关转移支付资金|||',
      '中央主管部门|农业农村部|||',
      '省级财政部门|某省财政厅|省级主管部门|某省农业农村厅|',
      '资金情况（万元）|年度金额：|1000||',
      '|其中：中央补助|800||',
      '|地方资金|200||',
      '年度总体目标|完成耕地地力保护补贴发放，稳定粮食生产。|||',
      ...GRID('绩效指标'),
    ],
    merges: ['A1:E1', 'A2:E2', 'B3:E3', 'B4:E4', 'A6:A8', 'B9:E9', 'A10:A16'],
    kinds: ['transfer'],
  },
  {
    name: 'transfer-region-no-title',
    about: 'the same form without its title',
    lines: [
      '转移支付名称|农业相关转移支付资金|||',
      '中央主管部门|农业农村部|||',
      '资金情况（万元）|年度金额：|1000||',
      '|其中：中央补助|800||',
      '|地方资金|200||',
      '年度总体目标|完成耕地地力保护补贴发放，稳定粮食生产。|||',
      ...GRID('绩效指标'),
    ],
    merges: ['A3:A5', 'B6:E6', 'A7:A13'],
    kinds: ['transfer'],
  },
  {
    name: 'region-list',
    about: 'a province’s list of a transfer’s regional targets: 地区 | 资金用途 | 年度目标, one row per indicator, no title',
    lines: [
      '资金名称|地区|资金用途|年度目标|一级指标|二级指标|三级指标|指标值',
      '耕地地力保护补贴|某某县|发放耕地地力保护补贴|补贴足额发放到户|产出指标|数量指标|补贴面积|≥50万亩',
      '|||||时效指标|补贴发放时间|2024年6月底前',
      '||||效益指标|社会效益指标|种粮积极性|有效提升',
      '||||满意度指标|服务对象满意度指标|农户满意度|≥90%',
      '耕地地力保护补贴|某某区|发放耕地地力保护补贴|补贴足额发放到户|产出指标|数量指标|补贴面积|≥30万亩',
      '||||效益指标|社会效益指标|种粮积极性|有效提升',
      '||||满意度指标|服务对象满意度指标|农户满意度|≥90%',
    ],
    kinds: ['region'],
  },
  {
    name: 'region-area-column',
    about: 'a regional target form: 区域 | 资金用途 | 年度目标 rows above the grid, titled 区域绩效目标表 with the unit first',
    lines: [
      '某某市农业农村局2024年衔接资金区域绩效目标表||||',
      '区域|某某县|||',
      '资金用途|支持产业发展和基础设施建设|||',
      '资金总额（万元）|3000|||',
      '年度目标|完成年度衔接资金项目建设。|||',
      ...GRID('绩效指标'),
    ],
    merges: ['A1:E1', 'B2:E2', 'B3:E3', 'B5:E5', 'A6:A12'],
    kinds: ['region'],
  },
  {
    name: 'transfer-title-note',
    about: '中央对地方专项转移支付绩效目标表（2024年度）: the title with a note, 专项名称 and 省级主管部门',
    lines: ['中央对地方专项转移支付绩效目标表（2024年度）||||', '专项名称|农业生产发展资金|||', '省级主管部门|某省农业农村厅|||', '资金总额（万元）|1000|||', '年度目标|完成年度任务|||', ...GRID('绩效指标')],
    merges: ['A1:E1', 'A6:A12'],
    kinds: ['transfer'],
  },
  {
    name: 'region-title-only',
    about: '…资金区域绩效目标表 over 资金名称, 资金总额 and 年度目标: only the title says 区域',
    lines: ['2024年农业生产发展资金区域绩效目标表||||', '资金名称|农业生产发展资金|||', '资金总额（万元）|1000|||', '年度目标|完成年度任务|||', ...GRID('绩效指标')],
    merges: ['A1:E1', 'A5:A11'],
    kinds: ['region'],
  },
  {
    name: 'region-list-issued',
    about: 'a list of a transfer’s targets by 下达区域, no title, no 项目名称',
    lines: [
      '资金名称|下达区域|资金用途|年度目标|一级指标|二级指标|三级指标|指标值',
      '耕地地力保护补贴|某某县|发放补贴|足额发放|产出指标|数量指标|补贴面积|≥50万亩',
      '||||满意度指标|服务对象满意度指标|农户满意度|≥90%',
    ],
    kinds: ['region'],
  },
  {
    name: 'transfer-autonomous-region',
    about: '自治区级 …资金绩效目标表 (a fund handed down by an autonomous region, as 省级 elsewhere)',
    lines: ['2024年自治区级财政农业发展资金绩效目标表||||', '资金名称|农业发展资金|||', '主管部门|某某县农业农村局|||', '资金总额（万元）|1000|||', '年度目标|完成年度任务|||', ...GRID('绩效指标')],
    merges: ['A1:E1'],
    kinds: ['transfer'],
  },
  {
    name: 'transfer-declared',
    about: '省级…专项资金绩效目标申报表 (a 申报表 of a province’s fund)',
    lines: ['2024年省级乡村振兴专项资金绩效目标申报表||||', '资金名称|乡村振兴专项资金|||', '主管部门|某某县农业农村局|||', '资金总额（万元）|1000|||', '年度目标|完成年度任务|||', ...GRID('绩效指标')],
    merges: ['A1:E1'],
    kinds: ['transfer'],
  },
  // ---- 自评 ----
  {
    name: 'self-eval-unit-first',
    about: '项目支出绩效自评表 with the unit’s name before the kind',
    lines: ['某某县财政局2023年度项目支出绩效自评表|||||||||', '（2023年度）|||||||||', ...SELF_EVAL_BODY],
    merges: ['A1:I1', 'A2:I2', 'A5:A9', 'A10:A11', 'A12:A17', 'A18:G18'],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-no-title',
    about: 'the same without title',
    lines: SELF_EVAL_BODY,
    merges: ['A3:A7', 'A8:A9', 'A10:A15', 'A16:G16'],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-list',
    about: 'a system’s list export of self-evaluations: one row per indicator under 部门名称 | 项目名称 (a table per project)',
    lines: [
      '部门名称|项目名称|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施',
      '某某县财政局|信息系统运维项目|产出指标|数量指标|运维系统数|≥3个|3个|20|20|',
      '||产出指标|质量指标|系统正常运行率|≥98%|99%|20|20|',
      '||满意度指标|服务对象满意度指标|使用人员满意度|≥90%|93%|10|10|',
      '某某县财政局|会计培训项目|产出指标|数量指标|培训人数|≥500人|520人|20|20|',
      '||满意度指标|服务对象满意度指标|学员满意度|≥90%|95%|10|10|',
    ],
    kinds: ['self-eval', 'self-eval'],
  },
  {
    name: 'dept-self-eval',
    about: '部门整体支出绩效自评表: tasks with 实际完成情况, budget executed, indicators with 实际完成值',
    lines: [
      '部门整体支出绩效自评表|||||||',
      '（2023年度）|||||||',
      '部门（单位）名称|某某县财政局||||||',
      '年度主要任务|任务名称|主要内容|预算数|执行数|实际完成情况||',
      '|预算编制与执行|组织全县预算编制和执行|120|118|已完成||',
      '年度总体目标|预期目标||实际完成情况||||',
      '|完成年度预算编制||已完成||||',
      '年度绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分',
      '|产出指标|数量指标|完成年度重点工作任务数|≥12项|12项|20|20',
      '|效益指标|社会效益指标|财政管理水平|有效提升|有效提升|30|28',
      '|满意度指标|服务对象满意度指标|预算单位满意度|≥90%|92%|10|10',
    ],
    merges: ['A1:H1', 'A2:H2', 'B3:H3', 'A4:A5', 'A6:A7', 'A8:A11'],
    kinds: ['self-eval'],
  },
  {
    name: 'dept-self-eval-no-title',
    about: 'the department self-evaluation without its title, the budget block as the standard form has it',
    lines: [
      '部门（单位）名称|某某县财政局||||||',
      '部门预算执行情况（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分',
      '|年度资金总额|200|210|205|10|97.6%|9.8',
      '年度主要任务|任务名称|主要内容|实际完成情况||||',
      '|预算编制与执行|组织全县预算编制和执行|已完成||||',
      '年度绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分',
      '|产出指标|数量指标|完成年度重点工作任务数|≥12项|12项|20|20',
      '|满意度指标|服务对象满意度指标|预算单位满意度|≥90%|92%|10|10',
    ],
    merges: ['B1:H1', 'A2:B2', 'A4:A5', 'A6:A8'],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-blank-row-title',
    about: 'a self-evaluation titled on a merged row, a blank row, then the year, a grid with 完成指标值',
    lines: [
      '某某县财政局2023年度项目支出绩效自评表|||||',
      '||||||',
      '（2023年度）|||||',
      '项目名称|会计培训项目||||',
      '一级指标|二级指标|三级指标|年度指标值|完成指标值|未完成原因',
      '产出指标|数量指标|培训人数|≥500人|520人|',
      '|质量指标|考试合格率|≥95%|93%|部分学员未参考',
      '满意度指标|服务对象满意度指标|学员满意度|≥90%|95%|',
    ],
    merges: ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4'],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-done-value-only',
    about: 'a self-evaluation grid alone whose only other column is 完成指标值',
    lines: [
      '一级指标|二级指标|三级指标|年度指标值|完成指标值',
      '产出指标|数量指标|培训人数|≥500人|520人',
      '|质量指标|考试合格率|≥95%|93%',
      '满意度指标|服务对象满意度指标|学员满意度|≥90%|95%',
    ],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-title-note',
    about: '…项目支出绩效自评表（会计培训项目）: the project’s name in a note after the title; 全年实际值',
    lines: ['某某县2023年度项目支出绩效自评表（会计培训项目）|||||', '项目名称|会计培训项目||||', '一级指标|二级指标|三级指标|年度指标值|全年实际值|偏差原因', '产出指标|数量指标|培训人数|≥500人|520人|', '满意度指标|服务对象满意度指标|学员满意度|≥90%|95%|'],
    merges: ['A1:F1', 'B2:F2'],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-title-cut',
    about: 'a self-evaluation’s title cut off (`…项目支出绩效自`), 完成值 beside the target',
    lines: ['某某县2023年度项目支出绩效自||||', '项目名称|某某项目|||', '一级指标|二级指标|三级指标|年度指标值|完成值', '产出指标|数量指标|运维系统数|≥3个|3个', '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|95%'],
    merges: ['A1:E1', 'B2:E2'],
    kinds: ['self-eval'],
  },
  {
    name: 'self-eval-sheet-short',
    about: 'a table shaped like a project’s on a sheet named 自评表, no title',
    sheet: '自评表',
    lines: ['项目名称|某某项目|||', '预算数|50|财政资金|50', '年度目标|完成|||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|运维系统数|≥3个', '满意度指标|服务对象满意度指标|使用人员满意度|≥90%'],
    kinds: ['self-eval'],
  },
  // ---- 监控 ----
  {
    name: 'monitor-form',
    about: '项目支出绩效目标执行监控表 (1-7月): 执行数, 全年预计, 偏差原因 (经费/制度/人员保障), 完成目标可能性',
    lines: ['项目支出绩效目标执行监控表||||||||||||', '（2024年度）||||||||||||', ...MONITOR_BODY],
    merges: ['A1:L1', 'A2:L2', 'G5:I5', 'A5:A8', 'A9:A10', 'H11:J11', 'A11:A15', 'E11:E12', 'F11:F12', 'G11:G12', 'K11:K12', 'L11:L12'],
    kinds: ['monitor'],
  },
  {
    name: 'monitor-no-title',
    about: 'the same without its title',
    lines: MONITOR_BODY,
    merges: ['G3:I3', 'A3:A6', 'A7:A8', 'H9:J9', 'A9:A13', 'E9:E10', 'F9:F10', 'G9:G10', 'K9:K10', 'L9:L10'],
    kinds: ['monitor'],
  },
  {
    name: 'dept-monitor',
    about: '部门整体支出绩效运行监控表: a department’s in-year monitoring is monitoring first',
    lines: [
      '某某县财政局部门整体支出绩效运行监控表|||||||',
      '部门（单位）名称|某某县财政局||||||',
      '年度主要任务|任务名称|1-6月执行数|1-6月执行率|全年预计执行数|偏差原因|',
      '|预算编制与执行|60|50%|120||',
      '一级指标|二级指标|三级指标|年度指标值|1-6月完成值|全年预计完成值|偏差原因',
      '产出指标|数量指标|完成年度重点工作任务数|≥12项|6项|12项|',
      '满意度指标|服务对象满意度指标|预算单位满意度|≥90%|—|≥90%|',
    ],
    merges: ['A1:G1', 'B2:G2', 'A3:A4'],
    kinds: ['monitor'],
  },
  {
    name: 'monitor-grid-only',
    about: 'a monitoring grid alone (the block above printed on another page): 年度指标值 | 1-7月执行情况 | 全年预计完成情况 | 完成目标可能性',
    lines: [
      '一级指标|二级指标|三级指标|年度指标值|1-7月执行情况|全年预计完成情况|完成目标可能性|备注',
      '产出指标|数量指标|运维系统数|≥3个|3个|3个|确定能|',
      '|质量指标|系统正常运行率|≥98%|99%|99%|确定能|',
      '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|—|≥90%|有可能|',
    ],
    kinds: ['monitor'],
  },
  {
    name: 'monitor-progress',
    about: 'a monitoring grid alone with 目标完成进度 | 预算执行进度 | 偏差原因',
    lines: [
      '一级指标|二级指标|三级指标|年度指标值|目标完成进度|预算执行进度|偏差原因',
      '产出指标|数量指标|运维系统数|≥3个|100%|60%|',
      '|质量指标|系统正常运行率|≥98%|99%|60%|',
      '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|—|60%|年底调查',
    ],
    kinds: ['monitor'],
  },
  {
    name: 'monitor-dash',
    about: 'a monitoring grid under 项目名称 with `1—6月执行情况` (a long dash) and 全年预计完成值',
    lines: ['项目名称|某某项目||||', '一级指标|二级指标|三级指标|年度指标值|1—6月执行情况|全年预计完成值', '产出指标|数量指标|运维系统数|≥3个|3个|3个', '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|—|≥90%'],
    kinds: ['monitor'],
  },
  {
    name: 'monitor-title-only',
    about: '项目支出绩效运行监控表 over a block and grid shaped like a project’s',
    lines: ['2024年项目支出绩效运行监控表||||', '项目名称|某某项目|||', '预算数|50|执行数|30', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|运维系统数|≥3个', '满意度指标|服务对象满意度指标|使用人员满意度|≥90%'],
    merges: ['A1:D1'],
    kinds: ['monitor'],
  },
  {
    name: 'monitor-list',
    about: 'a system’s list of monitoring results: 1-8月完成值 | 全年预计完成值 | 是否偏离 | 偏离原因 | 纠偏措施',
    lines: [
      '单位名称|项目名称|一级指标|二级指标|三级指标|年度指标值|1-8月完成值|全年预计完成值|是否偏离|偏离原因|纠偏措施',
      '某某局|信息系统运维项目|产出指标|数量指标|运维系统数|≥3个|3个|3个|否||',
      '||满意度指标|服务对象满意度指标|使用人员满意度|≥90%|—|≥90%|否||',
    ],
    kinds: ['monitor'],
  },
  // ---- 评价指标体系, 评分表, 事前评估 ----
  {
    name: 'scoring-framework',
    about: '项目绩效评价指标体系 with 权重, 指标解释 and 评分标准, 一级 产出/效益/满意度 only, under a title',
    lines: [
      '某某项目绩效评价指标体系|||||',
      '一级指标|二级指标|三级指标|权重|指标解释|评分标准',
      '产出指标（50分）|数量指标|培训人数|20|实际培训人数|完成得20分，未完成按比例扣分',
      '|质量指标|培训合格率|15|合格人数/参训人数|≥95%得15分',
      '|时效指标|完成及时性|15|是否按时完成|按时得15分',
      '效益指标（30分）|社会效益指标|业务能力|30|参训人员业务能力|有所提升得30分',
      '满意度指标（20分）|服务对象满意度指标|学员满意度|20|问卷调查|≥90%得20分',
    ],
    merges: ['A1:F1', 'A3:A5'],
    kinds: ['scoring'],
  },
  {
    name: 'scoring-no-title',
    about: 'the framework without title: 权重 | 评分标准 columns say what it is',
    lines: [
      '一级指标|二级指标|三级指标|权重|计分方法',
      '产出指标|数量指标|培训人数|20|完成得20分，未完成按比例扣分',
      '|质量指标|培训合格率|15|≥95%得15分',
      '效益指标|社会效益指标|业务能力|30|有所提升得30分',
      '满意度指标|服务对象满意度指标|学员满意度|20|≥90%得20分',
    ],
    kinds: ['scoring'],
  },
  {
    name: 'scoring-sheet',
    about: '绩效评价评分表 with 分值 | 评分标准 | 得分, title with the unit first',
    lines: [
      '某某县财政局2023年度会计培训项目绩效评价评分表||||||',
      '一级指标|二级指标|三级指标|分值|评分标准|得分|扣分原因',
      '决策|项目立项|立项依据充分性|5|依据充分得5分|5|',
      '过程|资金管理|资金到位率|5|100%得满分|5|',
      '产出|产出数量|实际完成率|20|按完成比例得分|19|部分未完成',
      '效益|项目效益|社会效益|30|有所提升得满分|28|',
    ],
    merges: ['A1:G1'],
    kinds: ['scoring'],
  },
  {
    name: 'scoring-dept-framework',
    about: 'a department-wide evaluation framework (投入 / 过程 / 产出 / 效果) with 分值 and 评分标准',
    lines: [
      '一级指标|二级指标|三级指标|分值|评分标准',
      '投入|预算配置|在职人员控制率|5|≤100%得满分',
      '过程|预算执行|预算执行率|10|按比例得分',
      '产出|职责履行|重点工作完成率|20|按比例得分',
      '效果|履职效益|社会效益|20|有所提升得满分',
    ],
    kinds: ['scoring'],
  },
  {
    name: 'pre-assessment',
    about: '项目事前绩效评估表: 评估内容 | 评估要点 | 分值 | 得分 over 一级/二级/三级',
    lines: [
      '某某项目事前绩效评估表||||||',
      '一级指标|二级指标|三级指标|分值|评估要点|评估得分',
      '立项必要性|政策相符性|与部门职责相符|10|是否符合部门职责|10',
      '投入经济性|投入产出比|成本测算合理性|10|成本测算依据是否充分|8',
      '绩效目标合理性|目标明确性|绩效指标可衡量|10|指标是否细化量化|9',
    ],
    merges: ['A1:F1'],
    kinds: ['scoring'],
  },
  {
    name: 'pre-assessment-no-title',
    about: 'the pre-assessment without title: 评估要点 | 评估得分',
    lines: [
      '一级指标|二级指标|三级指标|分值|评估要点|评估得分',
      '立项必要性|政策相符性|与部门职责相符|10|是否符合部门职责|10',
      '投入经济性|投入产出比|成本测算合理性|10|成本测算依据是否充分|8',
      '绩效目标合理性|目标明确性|绩效指标可衡量|10|指标是否细化量化|9',
    ],
    kinds: ['scoring'],
  },
  // ---- 政策 ----
  {
    name: 'policy-unit-first',
    about: '政策绩效目标表 with the unit’s name before the kind',
    lines: [
      '某某县农业农村局2024年耕地地力保护补贴政策绩效目标表||||',
      '政策名称|耕地地力保护补贴|||',
      '主管部门|某某县农业农村局|||',
      '政策资金（万元）|1000|||',
      '政策目标|保护耕地地力，稳定粮食生产。|||',
      ...GRID('绩效指标'),
    ],
    merges: ['A1:E1', 'B2:E2', 'B5:E5', 'A6:A12'],
    kinds: ['policy'],
  },
  // ---- 调整 / 变更 ----
  {
    name: 'adjustment',
    about: '项目支出绩效目标调整表: 原指标值 | 调整后指标值 | 调整原因 — a request to change approved targets',
    lines: [
      '2024年项目支出绩效目标调整表||||||',
      '项目名称|某某信息系统运维项目|||||',
      '调整原因|系统迁移，部分运维内容取消。|||||',
      '一级指标|二级指标|三级指标|原指标值|调整后指标值|调整理由',
      '产出指标|数量指标|运维系统数|≥3个|≥2个|一个系统停用',
      '|成本指标|运维成本|≤50万元|≤40万元|预算调减',
      '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|≥90%|',
    ],
    merges: ['A1:F1', 'B2:F2', 'B3:F3'],
    kinds: ['adjustment'],
  },
  {
    name: 'adjustment-no-title',
    about: 'a 绩效目标变更 form without title: 调整前 | 调整后 columns',
    lines: [
      '项目名称|某某信息系统运维项目||||',
      '一级指标|二级指标|三级指标|调整前指标值|调整后指标值|变更原因',
      '产出指标|数量指标|运维系统数|≥3个|≥2个|一个系统停用',
      '|成本指标|运维成本|≤50万元|≤40万元|预算调减',
      '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|≥90%|',
    ],
    kinds: ['adjustment'],
  },
  // ---- several per sheet ----
  {
    name: 'mixed-stacked',
    about: 'a project table, a self-evaluation and another project stacked on one sheet',
    lines: [
      '2024年项目支出绩效目标表||||',
      ...PROJECT_BODY('会计培训项目').map((l) => `${l}|`),
      '|||||',
      '2023年度项目支出绩效自评表||||||||',
      ...SELF_EVAL_BODY.slice(0, 1),
      ...SELF_EVAL_BODY.slice(9, 15),
      '|||||',
      '2024年项目支出绩效目标表||||',
      ...PROJECT_BODY('档案数字化项目').map((l) => `${l}|`),
    ],
    kinds: [undefined, 'self-eval', undefined],
  },
  {
    name: 'mixed-side-by-side',
    about: 'a project table and, two columns to its right, the same project’s self-evaluation grid',
    lines: [
      ...PROJECT_BODY('会计培训项目').map((l, i) => `${l}||${[
        '项目名称|会计培训项目||||',
        '一级指标|二级指标|三级指标|年度指标值|实际完成值|得分',
        '产出指标|数量指标|保障人数|≥120人|125人|20',
        '|质量指标|保障覆盖率|＝100%|100%|20',
        '满意度指标|服务对象满意度指标|职工满意度|≥90%|95%|10',
      ][i] ?? ''}`),
    ],
    kinds: [undefined, 'self-eval'],
  },
  {
    name: 'mixed-dept-then-projects',
    about: 'a department-wide table followed by project tables on the same sheet, each titled',
    lines: [
      '2024年部门整体支出绩效目标表||||',
      ...DEPT_BODY,
      '||||',
      '2024年项目支出绩效目标表||||',
      ...PROJECT_BODY('会计培训项目').map((l) => `${l}|`),
    ],
    kinds: ['department', undefined],
  },
  {
    name: 'mixed-dept-then-project',
    about: 'a titled department table, then a project table that lost its title (its own 项目名称 block)',
    lines: [
      '2024年部门整体支出绩效目标表||||',
      '部门（单位）名称|某某县财政局|||',
      '年度绩效目标|完成年度工作|||',
      ...GRID('年度绩效指标'),
      '||||',
      ...PROJECT_BODY('会计培训项目').map((l) => `${l}|`),
    ],
    kinds: ['department', undefined],
  },
  {
    name: 'mixed-self-eval-then-project',
    about: 'a titled self-evaluation, then a project table that lost its title',
    lines: [
      '2023年度项目支出绩效自评表||||',
      '项目名称|某某项目|||',
      '一级指标|二级指标|三级指标|年度指标值|实际完成值',
      '产出指标|数量指标|运维系统数|≥3个|3个',
      '||||',
      ...PROJECT_BODY('会计培训项目').map((l) => `${l}|`),
    ],
    kinds: ['self-eval', undefined],
  },
  // ---- projects whose names hold a kind's words ----
  {
    name: 'project-dept-operation',
    about: 'a project named 部门整体运转经费项目 (a project of a department’s running costs)',
    lines: ['2024年部门整体运转经费项目绩效目标表|||', ...PROJECT_BODY('部门整体运转经费项目')],
    kinds: [undefined],
  },
  {
    name: 'project-self-eval-system',
    about: 'a project named 自评系统运维项目, the unit first in the title',
    lines: ['某某县财政局2024年自评系统运维项目支出绩效目标表|||', ...PROJECT_BODY('自评系统运维项目')],
    kinds: [undefined],
  },
  {
    name: 'project-monitor-platform',
    about: 'a project named 监控平台建设项目',
    lines: ['监控平台建设项目绩效目标表|||', ...PROJECT_BODY('监控平台建设项目')],
    kinds: [undefined],
  },
  {
    name: 'project-monitor-sheet',
    about: 'no title, the sheet named after the project (监控平台建设项目)',
    sheet: '监控平台建设项目',
    lines: PROJECT_BODY('监控平台建设项目'),
    kinds: [undefined],
  },
  {
    name: 'project-transfer-name',
    about: 'a county project funded by a transfer, its name holding 转移支付 and 区域',
    lines: ['2024年区域医疗中心建设转移支付项目绩效目标表|||', ...PROJECT_BODY('区域医疗中心建设转移支付项目')],
    kinds: [undefined],
  },
  {
    name: 'project-province-funded',
    about: 'a project paid from a province’s fund: 省级财政…项目资金绩效目标表 names its 项目',
    lines: ['2024年省级财政农村公路养护项目资金绩效目标表|||', ...PROJECT_BODY('农村公路养护项目')],
    kinds: [undefined],
  },
  {
    name: 'project-evaluation-name',
    about: 'a project named 绩效评价工作经费 (paying for evaluations), titled 项目支出绩效目标表',
    lines: ['2024年绩效评价工作经费项目支出绩效目标表|||', ...PROJECT_BODY('绩效评价工作经费')],
    kinds: [undefined],
  },
  {
    name: 'project-list-dept-words',
    about: 'a list export of project targets with a 部门名称 column and a project named 部门整体运转经费',
    lines: [
      '部门名称|项目名称|预算数（万元）|年度绩效目标|一级指标|二级指标|三级指标|指标值',
      '某某县财政局|部门整体运转经费|50|保障全年工作正常开展|产出指标|数量指标|保障人数|≥120人',
      '||||产出指标|质量指标|保障覆盖率|100%',
      '||||产出指标|成本指标|保障成本|≤50万元',
      '||||效益指标|社会效益指标|单位运转水平|有效提升',
      '||||满意度指标|服务对象满意度指标|职工满意度|≥90%',
    ],
    kinds: [undefined],
  },
  // ---- 中期 (a project's own medium-term targets: a project table) ----
  {
    name: 'project-medium-term',
    about: '项目支出中期绩效目标表: a project’s targets over its period (实施期) and this year — a project table',
    lines: [
      '2024-2026年某某信息系统建设项目中期绩效目标表||||',
      '项目名称|某某信息系统建设项目|||',
      '中期资金总额（万元）|300|年度资金总额|100|',
      '实施期目标|建成并运行信息系统|||',
      '年度目标|完成系统一期建设|||',
      '一级指标|二级指标|三级指标|中期指标值|年度指标值',
      '产出指标|数量指标|建设模块数|≥10个|≥4个',
      '|质量指标|系统验收合格率|＝100%|100%',
      '|时效指标|完成时间|2026年底前|2024年12月底前',
      '|成本指标|建设成本|≤300万元|≤100万元',
      '效益指标|社会效益指标|业务办理效率|有效提升|有所提升',
      '满意度指标|服务对象满意度指标|使用人员满意度|≥90%|≥90%',
    ],
    merges: ['A1:E1', 'B2:E2', 'B4:E4', 'B5:E5'],
    kinds: [undefined],
  },
];
