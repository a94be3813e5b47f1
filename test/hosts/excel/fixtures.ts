/**
 * Builds sheets of the stand-in's workbook model: seed-like L1 tables (seven columns, merged
 * cells, numbers formatted `0.00`) stacked with a blank row between them, as many as a test needs.
 */
import { rectToA1, type CellValue } from '../../../src/core/engine/grid';
import { createStandIn, installOfficeGlobals, mergeCells, setCell, type SheetModel, type StandIn, type StandInOptions, type WorkbookModel } from '../../../src/standin';
import { ExcelHost } from '../../../src/hosts/excel';

const INDICATORS: [string, string, string, string, string][] = [
  ['产出指标', '数量指标', '软件维护次数', '一年内办案软件维护次数', '≥200次'],
  ['产出指标', '质量指标', '运维服务质量', '运维服务质量', '≥95%'],
  ['产出指标', '时效指标', '响应时间', '故障响应时间', '≤24小时'],
  ['产出指标', '成本指标', '运维成本', '运维服务费用', '≤26.5万元'],
  ['效益指标', '社会效益指标', '保障办案', '保障办公办案正常进行', '有效保障'],
  ['满意度指标', '服务对象满意度指标', '使用人员满意度', '干警对运维服务的满意度', '≥90%'],
];

/** Rows one table takes, and rows between the tops of two stacked tables. */
export const TABLE_ROWS = 7 + INDICATORS.length;
export const TABLE_STRIDE = TABLE_ROWS + 1;

export interface TableOptions {
  /** Replaces the first indicator's value (e.g. `100%` to cause a finding). */
  firstValue?: string;
}

function put(sheet: SheetModel, row: number, col: number, value: CellValue, numberFormat?: string): void {
  setCell(sheet, { row, col }, numberFormat ? { value, numberFormat } : { value });
}

function merge(sheet: SheetModel, top: number, left: number, bottom: number, right: number): void {
  mergeCells(sheet, { top, left, bottom, right });
}

/** Writes one L1 table with its top-left at (top, left). */
export function writeL1Table(sheet: SheetModel, top: number, left: number, index: number, options: TableOptions = {}): void {
  const c = (k: number) => left + k;
  put(sheet, top, c(0), `${index + 1}.2025年检察业务信息化运维项目-2025中央绩效目标表`);
  merge(sheet, top, c(0), top, c(6));
  put(sheet, top + 1, c(0), '263101天津市西青区人民检察院');
  merge(sheet, top + 1, c(0), top + 1, c(4));
  put(sheet, top + 1, c(6), '单位：万元');
  put(sheet, top + 2, c(0), '项目名称');
  put(sheet, top + 2, c(1), '2025年检察业务信息化运维项目-2025中央');
  merge(sheet, top + 2, c(1), top + 2, c(6));
  put(sheet, top + 3, c(0), '预算规模及资金用途');
  merge(sheet, top + 3, c(0), top + 4, c(0));
  put(sheet, top + 3, c(1), '预算数');
  put(sheet, top + 3, c(2), 26.5, '0.00');
  put(sheet, top + 3, c(3), '其中：财政资金');
  put(sheet, top + 3, c(4), 26.5, '0.00');
  put(sheet, top + 3, c(5), '其他资金');
  put(sheet, top + 4, c(1), '用于信息化运维服务费用');
  merge(sheet, top + 4, c(1), top + 4, c(6));
  put(sheet, top + 5, c(0), '绩效目标');
  put(sheet, top + 5, c(1), '1.保障办公办案正常进行。');
  merge(sheet, top + 5, c(1), top + 5, c(6));
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', null, '指标值'].forEach((h, k) => h && put(sheet, top + 6, c(k), h));
  merge(sheet, top + 6, c(3), top + 6, c(4));
  merge(sheet, top + 6, c(5), top + 6, c(6));
  let level1Top = top + 7;
  INDICATORS.forEach(([l1, l2, l3, desc, value], i) => {
    const row = top + 7 + i;
    const first = i === 0 || INDICATORS[i - 1][0] !== l1;
    if (first) {
      put(sheet, row, c(0), l1);
      level1Top = row;
    }
    const last = i === INDICATORS.length - 1 || INDICATORS[i + 1][0] !== l1;
    if (last && row > level1Top) merge(sheet, level1Top, c(0), row, c(0));
    put(sheet, row, c(1), l2);
    put(sheet, row, c(2), l3);
    put(sheet, row, c(3), desc);
    merge(sheet, row, c(3), row, c(4));
    put(sheet, row, c(5), i === 0 && options.firstValue !== undefined ? options.firstValue : value);
    merge(sheet, row, c(5), row, c(6));
  });
}

/** Stacks `count` tables from (top, left) down. */
export function writeTables(sheet: SheetModel, count: number, top = 0, left = 0, options: TableOptions = {}): void {
  for (let i = 0; i < count; i++) writeL1Table(sheet, top + i * TABLE_STRIDE, left, i, options);
}

export function a1(row: number, col: number): string {
  return rectToA1({ top: row, left: col, bottom: row, right: col });
}

export interface Setup {
  standIn: StandIn;
  host: ExcelHost;
  model: WorkbookModel;
}

/** A stand-in over the model and a host that uses it (zh-CN messages unless told). */
export function setup(model: WorkbookModel, options: StandInOptions & { payloadBudgetBytes?: number } = {}): Setup {
  const standIn = createStandIn(model, options);
  const host = new ExcelHost({
    run: standIn.run,
    isSetSupported: standIn.isSetSupported,
    locale: 'zh-CN',
    payloadBudgetBytes: options.payloadBudgetBytes,
  });
  return { standIn, host, model };
}

export { installOfficeGlobals };
