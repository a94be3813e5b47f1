/**
 * A RuleTester in ESLint's manner: a rule gets tables of valid and invalid cases. A case is a small
 * table spec; the builder lays it out as a canonical L1-like sheet (a small grid) and the real
 * locator reads it, so every case tests what the engine sees in a real sheet.
 *
 * Layout of a built table (0-based rows; columns A..J):
 *   0 title | 1 unit name + 单位 | 2 项目名称 | 3 预算数/财政资金/其他资金 | 4 资金用途 | 5 绩效目标
 *   6 header | 7… one row per indicator:
 *   A 一级 | B 二级 | C 三级 | D 描述 | E 指标值 | F sign | G unit | H direction | I nature | J weight
 */
import { Grid, type CellValue, type Rect } from '../../src/core/engine/grid';
import type {
  CheckSettings,
  Field,
  Finding,
  IndicatorRow,
  LayoutId,
  LevelField,
  MoneyUnit,
  SchemeId,
  TableModel,
} from '../../src/core/model';
import { parseIndicatorValue, parseSplitValue } from '../../src/core/engine/value';
import { resolveSettings, runRules } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import type { Rule } from '../../src/core/engine/rules/types';

export interface RowSpec {
  /** undefined: carried down from the row above (merged); '' : really empty. */
  l1?: string;
  l2?: string;
  l3?: string;
  desc?: string;
  value?: CellValue;
  /** Split layouts only. */
  sign?: string;
  unit?: string;
  direction?: string;
  nature?: string;
  weight?: CellValue;
}

export interface TableSpec {
  layout?: LayoutId;
  title?: string;
  /** null: no 项目名称 field at all; '' : label present, value empty. */
  project?: string | null;
  /** null: no 预算数 field; otherwise the cell's value (text or number). */
  total?: CellValue | undefined;
  fiscal?: CellValue | undefined;
  other?: CellValue | undefined;
  use?: string | null;
  /** null: no 预算规模及资金用途 label (with total, fiscal, other and use null: a form without money rows). */
  block?: null;
  goals?: string | null;
  moneyUnit?: MoneyUnit;
  moneyUnitInferred?: boolean;
  rows: RowSpec[];
}

export const DEFAULT_ROWS: RowSpec[] = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', desc: '一年内办案软件维护次数', value: '≥200次' },
  { l2: '质量指标', l3: '运维服务质量', desc: '运维服务质量', value: '保障软、硬件正常运转' },
  { l2: '时效指标', l3: '故障响应时间', desc: '软硬件故障响应时间', value: '≤24小时' },
  { l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value: '≤26.5万元' },
  { l1: '效益指标', l2: '社会效益指标', l3: '保障办案正常进行', desc: '保障办案正常进行', value: '促进依法治区' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value: '≥99%' },
];

/** A 2021 table whose 成本指标 has, after its 经济成本 row, one row of the given 二级 and value. */
export function cost2021(l2: string, value: string): RowSpec[] {
  return [
    { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
    { l1: '成本指标', l2: '经济成本指标', l3: '项目总成本', value: '≤26.5万元' },
    { l2, l3: '对周边的影响', value },
    { l1: '效益指标', l2: '社会效益指标', l3: '保障办案', value: '有效保障' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', value: '≥95%' },
  ];
}

/** A clean seed-like table; override what a case needs. */
export function spec(overrides: Partial<TableSpec> = {}): TableSpec {
  return {
    title: '1.2025年检察业务信息化运维项目-2025中央绩效目标表',
    project: '2025年检察业务信息化运维项目-2025中央',
    total: '26.50',
    fiscal: '26.50',
    other: '',
    use: '用于信息化运维服务费用',
    goals: '1.保障办公办案正常进行。',
    moneyUnit: '万元',
    rows: DEFAULT_ROWS,
    ...overrides,
  };
}

/** A clean table whose row `index` (default: a 数量指标 row) is replaced by `row`. */
export function withRow(row: RowSpec, base: Partial<TableSpec> = {}): TableSpec {
  const s = spec(base);
  const rows = [...s.rows];
  const i = rows.findIndex((r) => (r.l2 ?? '') === (row.l2 ?? '数量指标'));
  const target = i >= 0 ? i : 0;
  const existing = rows[target];
  rows[target] = { l1: existing.l1, ...row };
  return { ...s, rows };
}

export const HEADER_ROW = 6;
export const FIRST_INDICATOR_ROW = 7;

export function buildTable(s: TableSpec): { grid: Grid; table: TableModel } {
  const W = 10;
  const values: CellValue[][] = [];
  const setCell = (r: number, c: number, v: CellValue) => {
    while (values.length <= r) values.push(new Array<CellValue>(W).fill(null));
    values[r][c] = v;
  };
  const merges: Rect[] = [];
  const field = (row: number, col: number, value: CellValue, label?: { row: number; col: number }): Field => {
    setCell(row, col, value);
    return { at: { row, col }, text: value === null ? '' : String(value), value, ...(label ? { label } : {}) };
  };
  for (let r = 0; r < FIRST_INDICATOR_ROW + s.rows.length; r++) setCell(r, 0, null);

  const title = s.title !== undefined ? field(0, 0, s.title) : undefined;
  const unitName = field(1, 0, '263101天津市西青区人民检察院');
  // A guessed unit means no `单位：` line was written.
  if (!s.moneyUnitInferred) setCell(1, 6, `单位：${s.moneyUnit ?? '万元'}`);
  let projectName: Field | undefined;
  if (s.project !== null) {
    setCell(2, 0, '项目名称');
    projectName = field(2, 1, s.project ?? '', { row: 2, col: 0 });
  }
  if (s.block !== null) setCell(3, 0, '预算规模及资金用途');
  const budget: TableModel['budget'] = {};
  if (s.total !== null) {
    setCell(3, 1, '预算数');
    budget.total = field(3, 2, s.total ?? '', { row: 3, col: 1 });
  }
  if (s.fiscal !== null) {
    setCell(3, 3, '其中：财政资金');
    budget.fiscal = field(3, 4, s.fiscal ?? '', { row: 3, col: 3 });
  }
  if (s.other !== null) {
    setCell(3, 5, '其他资金');
    budget.other = field(3, 6, s.other ?? '', { row: 3, col: 5 });
  }
  if (s.use !== null) budget.use = field(4, 1, s.use ?? '', { row: 3, col: 0 });
  let goals: Field | undefined;
  if (s.goals !== null) {
    setCell(5, 0, '绩效目标');
    goals = field(5, 1, s.goals ?? '', { row: 5, col: 0 });
  }
  const headers = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标性质', '度量单位', '指标方向', '定性/定量', '分值'];
  const split = s.rows.some((r) => r.sign !== undefined || r.unit !== undefined);
  const columns: NonNullable<TableModel['header']>['columns'] = {
    level1: 0,
    level2: 1,
    level3: 2,
    description: 3,
    value: 4,
  };
  headers.slice(0, 5).forEach((h, c) => setCell(HEADER_ROW, c, h));
  if (split) {
    setCell(HEADER_ROW, 5, headers[5]);
    setCell(HEADER_ROW, 6, headers[6]);
    columns.sign = 5;
    columns.unit = 6;
  }
  if (s.rows.some((r) => r.direction !== undefined)) {
    setCell(HEADER_ROW, 7, headers[7]);
    columns.direction = 7;
  }
  if (s.rows.some((r) => r.nature !== undefined)) {
    setCell(HEADER_ROW, 8, headers[8]);
    columns.nature = 8;
  }
  if (s.rows.some((r) => r.weight !== undefined)) {
    setCell(HEADER_ROW, 9, headers[9]);
    columns.weight = 9;
  }

  const indicators: IndicatorRow[] = [];
  let last1: LevelField | undefined;
  let last2: LevelField | undefined;
  s.rows.forEach((spec, i) => {
    const row = FIRST_INDICATOR_ROW + i;
    const level = (text: string | undefined, col: number, prev: LevelField | undefined): LevelField => {
      if (text === undefined && prev) return { ...prev, inherited: true };
      return { ...field(row, col, text ?? ''), inherited: false };
    };
    const level1 = level(spec.l1, 0, last1);
    // A new 一级 starts a new 二级 run too.
    const level2 = level(spec.l2, 1, spec.l1 !== undefined ? undefined : last2);
    last1 = level1;
    last2 = level2;
    const value = field(row, 4, spec.value ?? '');
    const ind: IndicatorRow = {
      row,
      level1,
      level2,
      level3: field(row, 2, spec.l3 ?? ''),
      description: field(row, 3, spec.desc ?? ''),
      value,
      parsed: parseIndicatorValue(value.text),
    };
    if (columns.sign !== undefined) ind.sign = field(row, 5, spec.sign ?? '');
    if (columns.unit !== undefined) ind.unit = field(row, 6, spec.unit ?? '');
    if (columns.direction !== undefined) ind.direction = field(row, 7, spec.direction ?? '');
    if (columns.nature !== undefined) ind.nature = field(row, 8, spec.nature ?? '');
    if (columns.weight !== undefined) ind.weight = field(row, 9, spec.weight ?? null);
    if (split) {
      ind.parsed = parseSplitValue({
        sign: ind.sign?.text ?? '',
        value: value.text,
        unit: ind.unit?.text ?? '',
        nature: ind.nature?.text ?? ind.direction?.text ?? '',
      });
    }
    indicators.push(ind);
  });
  const lastRow = FIRST_INDICATOR_ROW + s.rows.length - 1;
  // A 一级/二级 carried down (undefined in the spec) is a merged cell, as in real sheets.
  for (const [key, col] of [['l1', 0], ['l2', 1]] as const) {
    for (let i = 0; i < s.rows.length; ) {
      let j = i + 1;
      while (j < s.rows.length && s.rows[j][key] === undefined && !(key === 'l2' && s.rows[j].l1 !== undefined)) j++;
      if (j - i > 1 && s.rows[i][key] !== undefined) merges.push({ top: FIRST_INDICATOR_ROW + i, bottom: FIRST_INDICATOR_ROW + j - 1, left: col, right: col });
      i = j;
    }
  }
  const table: TableModel = {
    index: 0,
    layout: s.layout ?? (split ? 'L3' : 'L1'),
    range: { top: 0, left: 0, bottom: lastRow, right: W - 1 },
    ...(title ? { title } : {}),
    unitName,
    moneyUnit: s.moneyUnit ?? '万元',
    moneyUnitAt: { row: 1, col: 6 },
    moneyUnitInferred: s.moneyUnitInferred ?? false,
    ...(projectName ? { projectName } : {}),
    budget,
    ...(goals ? { goals } : {}),
    header: { row: HEADER_ROW, columns },
    indicators,
  };
  const grid = new Grid({ name: 'Sheet1', values, merges });
  return { grid, table: locateOne(grid, table) };
}

/**
 * The table the real locator finds in a built grid. The spec's own model says where things
 * should be; the locator must agree on the range's rows and the indicator rows, or the case is
 * testing something the engine never sees.
 */
function locateOne(grid: Grid, expected: TableModel): TableModel {
  const tables = locateTables(grid);
  if (tables.length !== 1) throw new Error(`The locator found ${tables.length} tables in a rule case, not 1`);
  const [t] = tables;
  const rows = (m: TableModel) =>
    [...m.indicators, ...(m.unused ?? [])]
      .map((i) => i.row)
      .sort((a, b) => a - b)
      .join(',');
  if (rows(t) !== rows(expected)) throw new Error(`The locator read indicator rows ${rows(t)}, the case has ${rows(expected)}`);
  return t;
}

export interface RunOptions {
  scheme?: SchemeId;
  settings?: Partial<CheckSettings>;
}

export function runRule(rule: Rule, s: TableSpec, opts: RunOptions = {}): Finding[] {
  const { grid, table } = buildTable(s);
  return runRules([rule], grid, table, opts.scheme ?? '2015', resolveSettings(opts.settings));
}

/** What an invalid case expects: a messageId, and optionally the cell and the suggestion. */
export interface Expected {
  messageId: string;
  cell?: string;
  suggestion?: string | null;
  severity?: Finding['severity'];
}

export interface Cases {
  valid: (TableSpec | { name?: string; spec: TableSpec; options?: RunOptions })[];
  invalid: { name?: string; spec: TableSpec; options?: RunOptions; errors: Expected[] }[];
}

/** Registers jest tests: each valid case gives no finding, each invalid case exactly the expected ones. */
export function ruleTester(rule: Rule, cases: Cases): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      const { s, options, name } = 'rows' in c ? { s: c, options: undefined, name: undefined } : { s: c.spec, options: c.options, name: c.name };
      it(`valid #${i}${name ? `: ${name}` : ''}`, () => {
        expect(runRule(rule, s, options).map(summarize)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i}${c.name ? `: ${c.name}` : ''}`, () => {
        const got = runRule(rule, c.spec, c.options);
        expect(got.map(summarize)).toEqual(
          c.errors.map((e) => {
            const g = got.find((f) => f.messageId === e.messageId);
            return {
              messageId: e.messageId,
              cell: e.cell ?? g?.cell,
              suggestion: e.suggestion === undefined ? g?.suggestion : (e.suggestion ?? undefined),
              severity: e.severity ?? g?.severity,
            };
          }),
        );
      });
    });
  });
}

function summarize(f: Finding) {
  return { messageId: f.messageId, cell: f.cell, suggestion: f.suggestion, severity: f.severity };
}

/** A1 address of the value cell of indicator row i in a built table. */
export function valueCell(i: number): string {
  return `E${FIRST_INDICATOR_ROW + i + 1}`;
}
