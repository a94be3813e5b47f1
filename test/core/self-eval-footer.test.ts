/**
 * A self-evaluation keeps rows under its grid: the weights' 合计, 评价结论 / 存在问题 / 改进措施 and
 * the signatures, and the label merged down its left (`绩效指标（90分）`). They are its cells: its
 * range covers them and the next table starts below them (issue #11; the shape of a published
 * page, sc-daying-sifa-2023 in the real corpus, where a page starts inside one project's
 * self-evaluation and the next project's follows).
 */
import { checkSheet } from '../../src/core/engine';
import { parseA1, rectToA1 } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const check = (lines: string[], merges: string[]) => checkSheet({ name: 'Sheet1', values: textRows(lines), merges: merges.map((m) => parseA1(m)) });
const tablesOf = (r: ReturnType<typeof checkSheet>) => r.tables.map((t) => `${t.table.kind ?? 'project'} ${rectToA1(t.table.range)}`);
const notInfo = (r: ReturnType<typeof checkSheet>) => r.tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`);

const GRID_HEADER = '绩效指标(90分)|一级指标|二级指标|三级指标|指标性质|指标值|度量单位|完成值|权重|得分|未完成原因分析';
const NOTE = '1.预算执行率=预算执行数/调整后预算数;2.年中发生预算调整的,应单独说明理由';

describe('a self-evaluation keeps the rows under its grid', () => {
  it('the end of one project’s self-evaluation (no title above it) and the next project’s below it', () => {
    const lines = [
      GRID_HEADER,
      '|产出指标|经济成本指标|成本控制数|≤|30|万元|完成|90|90|',
      '合计||||||||100||',
      '评价结论|根据财政局资金下达的管理办法,将资金支付给项目施工方。|||||||||',
      '存在问题|无|||||||||',
      '改进措施|无|||||||||',
      '项目负责人:查小兵|||||财务负责人:唐勇|||||',
      '部门预算项目支出绩效自评表(2023年度)||||||||||',
      '项目名称|51092324T000010263357-2023年全县安可替代补助资金项目|||||||||',
      '主管部门|大英县司法局部门||||实施单位||大英县司法局|||',
      '项目基本情况|1.项目年度目标完成情况|项目年度目标||||年度目标完成情况||||',
      '||根据要求购买安可设备,并完成项目资金支付。||||完成||||',
      '|2.项目实施内容及过程概述|2023年购买13台安可电脑,并于12月前完成资金支付。||||||||',
      '预算执行情况(10分)|年度预算数(万元)|年初预算|调整后预算数|预算执行数|预算执行率|权重|得分|原因||',
      `|总额|0.00|3.36|3.36|100.00%|10|10|${NOTE}||`,
      '|其中:财政资金|0.00|3.36|3.36|100.00%|/|/|||',
      '|其他资金|||||/|/|||',
      GRID_HEADER,
      '|产出指标|质量指标|完成安可产品购买并按要求支付资金|=|100|%|100%|90|90|',
      '合计||||||||100||',
      '评价结论|按要求完成。|||||||||',
      '项目负责人:查小兵|||||财务负责人:唐勇|||||',
    ];
    const merges = ['A1:A2', 'A3:H3', 'B4:K4', 'B5:K5', 'B6:K6', 'A7:E7', 'F7:K7', 'A8:K8', 'B9:K9', 'B10:E10', 'F10:G10', 'H10:K10', 'A11:A13', 'B11:B12', 'C11:F11', 'G11:K11', 'C12:F12', 'G12:K12', 'C13:K13', 'A14:A17', 'I14:K14', 'I15:K17', 'A18:A19', 'A20:H20', 'B21:K21', 'A22:E22', 'F22:K22'];
    const r = check(lines, merges);
    // Before: `self-eval B1:K2` (the grid only) and `self-eval A7:K19` (the first one's signatures on top).
    expect(tablesOf(r)).toEqual(['self-eval A1:K7', 'self-eval A8:K22']);
    expect(notInfo(r)).toEqual([]);
  });

  it('a titled self-evaluation covers its 合计, 评价结论, 存在问题, 改进措施 and signature rows', () => {
    const lines = [
      '部门预算项目支出绩效自评表(2023年度)|||||||||',
      '项目名称|工资性支出||||||||',
      '主管部门|某县发展和改革局||||实施单位|某县发展和改革局|||',
      '预算执行情况(10分)|年度预算数(万元)|年初预算|调整后预算数|预算执行数|预算执行率|权重|得分|原因|',
      '|总额|238.93|251.89|251.89|100.00%|10||说明|',
      GRID_HEADER,
      '|产出指标|数量指标|发放(缴纳)覆盖率|=|100|%||60||',
      '|效益指标|社会效益指标|足额保障率(参保率)|=|100|%||30||',
      '合计||||||||100||',
      '评价结论|结合自评情况,说明项目自评总分。|||||||||',
      '存在问题|结合自评情况,分析存在的问题及原因。|||||||||',
      '改进措施|针对项目自评中发现的问题,提出改进意见。|||||||||',
      '项目负责人:|||||财务负责人:|||||',
    ];
    const merges = ['A1:K1', 'B2:K2', 'B3:E3', 'G3:K3', 'A4:A5', 'A6:A8', 'A9:H9', 'B10:K10', 'B11:K11', 'B12:K12', 'A13:E13', 'F13:K13'];
    const r = check(lines, merges);
    // Before: `self-eval A1:K8`, the rows under the grid left out.
    expect(tablesOf(r)).toEqual(['self-eval A1:K13']);
    expect(notInfo(r)).toEqual([]);
  });
});
