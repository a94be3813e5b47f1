/**
 * Writes test/fixtures/fanben.xlsx: target tables in the layouts of the older 范本 (about 2014–2018,
 * issue #11), one sheet each. The content (project, amounts, indicators) is made up by us, plausible
 * but not real: the fixtures test consistency (what the engine reads on these shapes), not accuracy.
 * The shapes, and where each comes from, are listed in docs/fanben.md. Tested in
 * test/core/fanben-layouts.test.ts.
 *
 *   npx tsx scripts/make-fanben-fixtures.ts
 *
 * Output is deterministic (buildWorkbook's fixed dates).
 */
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { buildWorkbook, workbookBytes, type WorkbookSpec } from '../src/hosts/file/write';
import { SheetBuilder } from './seed-layouts';

export const FANBEN_FIXTURE = resolve(__dirname, '..', 'test', 'fixtures', 'fanben.xlsx');

type Cell = string | number;

/** Writes rows from the top, a number as a number cell with two decimals (as the forms keep amounts). */
function writer(b: SheetBuilder): { line: (...cells: Cell[]) => void; readonly row: number } {
  let row = 0;
  return {
    line: (...cells: Cell[]): void => {
      cells.forEach((v, col) => {
        if (typeof v === 'number') b.set(row, col, v, '0.00');
        else if (v !== '') b.set(row, col, v);
      });
      row++;
    },
    get row(): number {
      return row;
    },
  };
}

/**
 * The 2015-era municipal form with its own 二级 names (目标完成程度 under 产出指标, 项目实施效益 and
 * 项目管理 under 效益指标, no 满意度 一级: satisfaction a 三级 under 项目实施效益), 长期绩效目标 and
 * 年度绩效目标 rows, and one `指标值/绩效标准` column. `defects`: the same form with a cost cap above
 * the budget, a malformed value and a budget that does not add up, which must still be found.
 */
function ownLevel2(name: string, defects: boolean): SheetBuilder {
  const b = new SheetBuilder(name, { 0: 16, 1: 18, 2: 26, 3: 22 });
  const w = writer(b);
  const line = w.line;
  b.merge(0, 0, 0, 3);
  line('2016年度项目支出绩效目标表');
  line('填报单位：某市市政工程管理处', '', '', '单位：万元');
  line('项目名称', '城区道路维修养护');
  b.merge(w.row, 0, w.row + 2, 0);
  line('项目资金', '资金总额', 120);
  line('', '其中：财政拨款', defects ? 100 : 120);
  line('', '其他资金', 0);
  line('长期绩效目标', '三年内完成城区主次干道维修养护，道路完好率保持在90%以上。');
  line('年度绩效目标', '2016年完成道路维修3万平方米，维修工程验收合格。');
  line('一级指标', '二级指标', '三级指标', '指标值/绩效标准');
  const grid = w.row;
  line('产出指标', '目标完成程度', '道路维修面积', '≥3万平方米');
  line('', '', '维修工程验收合格率', defects ? '≥百分之95' : '≥95%');
  line('', '', '完工时间', '2016年11月底前');
  line('', '', '项目总成本', defects ? '≤150万元' : '≤120万元');
  line('效益指标', '项目实施效益', '道路完好率', '≥90%');
  line('', '', '群众出行满意度', '≥85%');
  line('', '项目管理', '资金使用合规率', '＝100%');
  b.merge(grid, 0, grid + 3, 0);
  b.merge(grid, 1, grid + 3, 1);
  b.merge(grid + 4, 0, grid + 6, 0);
  b.merge(grid + 4, 1, grid + 5, 1);
  return b;
}

/** A form with `指标值 | 绩效标准` side by side (the standard a basis, not the target) and only 全年绩效目标. */
function standardColumn(): SheetBuilder {
  const b = new SheetBuilder('绩效标准列', { 0: 14, 1: 20, 2: 24, 3: 18, 4: 18 });
  const w = writer(b);
  const line = w.line;
  b.merge(0, 0, 0, 4);
  line('项目支出绩效目标表');
  line('项目名称', '农村饮水安全工程维护');
  line('预算数', 80, '其中：财政资金', 80);
  line('', '', '其他资金', 0);
  line('全年绩效目标', '维护农村集中供水工程12处，保障3.2万人饮水安全。');
  line('一级指标', '二级指标', '三级指标', '指标值', '绩效标准');
  line('产出指标', '数量指标', '维护供水工程数量', '≥12处', '年度计划');
  line('', '质量指标', '水质检测合格率', '≥95%', '国家标准');
  line('', '时效指标', '维护完成时间', '2017年10月底前', '年度计划');
  line('', '成本指标', '维护总成本', '≤80万元', '预算批复');
  line('效益指标', '社会效益指标', '受益人口', '≥3.2万人', '历史数据');
  line('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '问卷调查');
  return b;
}

/**
 * The 项目支出绩效目标申报表 of 财预〔2015〕88号 as local copies filled it: 中期/年度 资金 side by side,
 * 长期绩效目标 | 全年绩效目标 goals, and a grid with `指标值/绩效标准` for each period.
 */
function applicationForm(): SheetBuilder {
  const b = new SheetBuilder('申报表', { 0: 10, 1: 12, 2: 16, 3: 20, 4: 16, 5: 16, 6: 20, 7: 16 });
  const w = writer(b);
  const line = w.line;
  b.merge(0, 0, 0, 7);
  line('项目支出绩效目标申报表');
  b.merge(1, 0, 1, 7);
  line('（2017年度）');
  line('项目名称', '城区道路维修养护');
  line('主管部门及代码', '[101]市住建局', '', '', '实施单位', '市市政工程管理处');
  line('项目属性', '延续项目', '', '', '项目期', '3年');
  line('项目资金（万元）', '', '中期资金总额：', 360, '', '年度资金总额：', 120);
  line('', '', '其中：财政拨款', 360, '', '其中：财政拨款', 120);
  line('', '', '其他资金', 0, '', '其他资金', 0);
  line('总体目标', '长期绩效目标', '', '', '全年绩效目标');
  line('', '三年内完成城区道路维修养护9万平方米。', '', '', '完成道路维修3万平方米。');
  line('绩效指标', '一级指标', '二级指标', '三级指标', '指标值/绩效标准', '二级指标', '三级指标', '指标值/绩效标准');
  line('', '产出指标', '数量指标', '道路维修面积', '≥9万平方米', '数量指标', '道路维修面积', '≥3万平方米');
  line('', '', '质量指标', '验收合格率', '≥95%', '质量指标', '验收合格率', '≥95%');
  line('', '', '时效指标', '完工时间', '2019年底前', '时效指标', '完工时间', '2017年11月底前');
  line('', '', '成本指标', '项目总成本', '≤360万元', '成本指标', '项目总成本', '≤120万元');
  line('', '效益指标', '社会效益指标', '道路完好率', '≥90%', '社会效益指标', '道路完好率', '≥90%');
  line('', '满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '服务对象满意度指标', '群众满意度', '≥85%');
  return b;
}

/**
 * The two target columns of a medium-term project written as the grid's value columns under goal
 * words (`长期绩效目标 | 全年绩效目标`), the 1-year value right of the whole term's; the 佳县 2016 form's
 * 环境效益指标 and its satisfaction 二级 under 效益指标 (no 满意度 一级).
 */
function twoTargetColumns(): SheetBuilder {
  const b = new SheetBuilder('两栏目标', { 0: 14, 1: 20, 2: 24, 3: 18, 4: 18 });
  const w = writer(b);
  const line = w.line;
  b.merge(0, 0, 0, 4);
  line('项目支出绩效目标表（2017年度）');
  line('项目名称', '农村饮水安全工程维护');
  line('资金总额', 80, '其中：财政拨款', 80);
  line('', '', '其他资金', 0);
  line('年度绩效目标', '维护农村集中供水工程12处，保障3.2万人饮水安全。');
  line('一级指标', '二级指标', '三级指标', '长期绩效目标', '全年绩效目标');
  line('产出指标', '数量指标', '维护供水工程数量', '≥36处', '≥12处');
  line('', '质量指标', '水质检测合格率', '≥95%', '≥95%');
  line('', '时效指标', '维护完成时间', '2019年底前', '2017年10月底前');
  line('', '成本指标', '维护总成本', '≤240万元', '≤80万元');
  line('效益指标', '社会效益指标', '受益人口', '≥3.2万人', '≥3.2万人');
  line('', '环境效益指标', '水源地污染事件', '＝0起', '＝0起');
  line('', '服务对象满意度指标', '受益群众满意度', '≥90%', '≥90%');
  return b;
}

export function fanbenWorkbook(): WorkbookSpec {
  return { sheets: [ownLevel2('自有二级', false), ownLevel2('自有二级-有误', true), standardColumn(), applicationForm(), twoTargetColumns()].map((b) => b.toSpec()) };
}

async function main(): Promise<void> {
  const bytes = await workbookBytes(buildWorkbook(fanbenWorkbook()));
  writeFileSync(FANBEN_FIXTURE, bytes);
  console.log(`${join('test', 'fixtures', 'fanben.xlsx')}  ${bytes.length} bytes`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
