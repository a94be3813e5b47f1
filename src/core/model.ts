/**
 * The engine's data model: what the locator finds, what the value parser returns, what a rule
 * reports. Pure types, shared by every module of the engine and by every host.
 */
import type { CellAddress, CellValue, HiddenPart, Rect } from './engine/grid';

// ---------------------------------------------------------------------------------------------
// Indicator values (SPEC §4)

/** Canonical comparison signs. Equality is written full width (`＝100%`), as in published tables. */
export type Sign = '≥' | '≤' | '＝' | '＞' | '＜';

/** How the sign was written: a symbol (`≥`, `=`, `＞`), an ASCII digraph (`>=`), or words (`不低于`). */
export type SignStyle = 'symbol' | 'digraph' | 'words';

/** What kind of quantity a unit measures. */
export type UnitClass = 'percent' | 'money' | 'time' | 'count' | 'score' | 'other';

/** Syntactic problems the parser can see in a value on its own, without knowing the indicator. */
export type ValueProblem =
  | 'percent-words' //      `≥99百分之`, `百分之98`: write `%`
  | 'unit-before-number' // `≥百分之98`, `≥%98`, `≥万元26.5`
  | 'bad-number' //         `≥2O次`, `≥9..5%`
  | 'doubled-sign' //       `≥≥90%`, `≥＞90%`
  | 'doubled-unit' //       `98%%`, `26.5万元万元`
  | 'stuttered-unit' //     `≥200人次次`, `≤5万元元`: the unit's ending typed again
  | 'variant-sign' //       `≧95%`, `⩽26.5万元`: a sign symbol other than the standard ones
  | 'words-sign' //         `不低于98%` in a combined cell: use `≥98%`
  | 'digraph-sign' //       `>=98%`: use `≥98%`
  | 'wan-alone' //          `≤26.5万`: accepted, `万元` suggested
  | 'fullwidth-mark' //     `≥99％` / `＝100%`: correct, noted at most
  | 'no-number' //          a sign or unit with no number: `≥%`
  | 'no-unit' //            `≥200`
  | 'no-sign' //            `100%`
  | 'range' //              `90%-95%`: a range where one bound is the target
  | 'tenths' //             `≥9成`, `九成以上`, `≥0.9比例`: a share in tenths or as a fraction, read as 90% (write `≥90%`)
  | 'currency-mark' //      `≤¥26.5万元`, `≤￥265000`: the amount without its currency mark (元 when no unit)
  | 'letter-unit'; //       `≥1.5w人次`, `≥3k人`, `≥95pct`: a Latin letter for 万/千, or an abbreviated unit

export interface ParsedValue {
  /** The text as given (displayed text of the cell(s)). */
  raw: string;
  /**
   * empty: nothing; placeholder: `XX`, `/`, `无`, `待定`, `——`;
   * quantitative: has a number (possibly malformed around it); qualitative: text without a number.
   */
  kind: 'empty' | 'placeholder' | 'quantitative' | 'qualitative';
  /** Canonical sign, when one was written (in any style). */
  sign?: Sign;
  /** The sign as written (`不低于`, `>=`, `≥`). */
  signText?: string;
  signStyle?: SignStyle;
  /** The number, when it could be read (after fixing full-width digits and thousands separators). */
  number?: number;
  /** The number as written. */
  numberText?: string;
  /** Canonical unit (`%`, `万元`, `次`, `小时` …); `百分之` and `％` become `%`, `万` becomes `万元`. */
  unit?: string;
  /** The unit as written. */
  unitText?: string;
  /** Whether the unit is one of the known units (SPEC §4). */
  unitKnown?: boolean;
  unitClass?: UnitClass;
  /** Problems the parser saw, in the order found. Empty for a clean value. */
  problems: ValueProblem[];
  /**
   * A corrected value where one can be derived from the text alone (`≥99百分之` -> `≥99%`,
   * `不低于98%` -> `≥98%`). Never adds a missing sign: that needs the indicator (a rule's job).
   */
  suggestion?: string;
}

// ---------------------------------------------------------------------------------------------
// Tables (SPEC §2)

/** L1–L4 as SPEC §2 names them; L5 an outline export (one column holding 一级/二级/三级 names, indented). */
export type LayoutId = 'L1' | 'L2' | 'L3' | 'L4' | 'L5';

/**
 * What a table is: a project target table (checked), or a table of another kind that looks like
 * one (named in one info, never checked as a project): 部门整体支出绩效目标表, 区域 and 转移支付
 * 绩效目标表, 项目支出绩效自评表, 绩效监控表, 评分表.
 */
export type TableKind = 'project' | 'department' | 'region' | 'transfer' | 'policy' | 'self-eval' | 'monitor' | 'scoring' | 'adjustment' | 'review' | 'summary' | 'library';
export type SchemeId = '2015' | '2021';
export type MoneyUnit = '万元' | '元';

/** A field of the table: the cell holding its value (the merge anchor) and its label's cell. */
export interface Field {
  /** Cell of the value (top-left of its merged area). For a missing value: the empty cell where it belongs. */
  at: CellAddress;
  /** Displayed text, untrimmed ('' for an empty cell). */
  text: string;
  value: CellValue;
  /** Cell of the label that named this field, when there is one. */
  label?: CellAddress;
  /**
   * The value is written in its label's own cell after a colon (`项目名称：某项目`): the text is
   * that part of the cell, and no fix may write the cell (it would lose the label).
   */
  inline?: true;
  /**
   * The field is part of a cell that holds another field too (a `三级指标及指标值` column:
   * `培训人数≥100人`): the cell reads before + text + after, and a fix writes it so.
   */
  part?: { before: string; after: string };
  /**
   * The text goes on in this cell below, alone on its row (a PDF converted to Excel wrapped the
   * cell): the text is both joined, and no fix may write the cell (the rest would stay below).
   */
  continued?: CellAddress;
}

/** A 一级/二级 cell: merged down or left blank below its first row, so the text may be carried. */
export interface LevelField extends Field {
  /** True when this row's cell was empty and the text was carried down from `at` above. */
  inherited: boolean;
}

export interface IndicatorRow {
  /** Absolute sheet row. */
  row: number;
  level1: LevelField;
  level2: LevelField;
  level3: Field;
  description?: Field;
  /**
   * The value cell: the combined 指标值 (L1/L2), or the number column of a split layout (L3/L4),
   * where findings about the value are reported.
   */
  value: Field;
  /** Split layouts: the sign column (`≥`, `大于等于`), when present. */
  sign?: Field;
  /** Split layouts: the unit column (度量单位/计量单位). */
  unit?: Field;
  /** 正向/反向 column (指标方向 or 指标方向性), when present. */
  direction?: Field;
  /** 定性/定量 column, when present. */
  nature?: Field;
  /** 分值/权重 column, when present. */
  weight?: Field;
  /** The value as parsed from the value cell(s). Filled by the locator. */
  parsed: ParsedValue;
  /** Stacked grids: the row belongs to the 中长期 (long-term) grid; the annual grid has none. */
  period?: 'longTerm';
}

/** Column roles of an indicator grid's header row. */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'value'
  | 'sign'
  | 'unit'
  | 'direction'
  | 'nature'
  | 'weight';

export interface TableModel {
  /** 0-based position of the table on its sheet, top to bottom. */
  index: number;
  layout: LayoutId;
  /** Project target table (the default when absent), or another kind, not checked as a project. */
  kind?: TableKind;
  /** The cell that told the kind (a title, a column header), for a table of another kind. */
  kindAt?: CellAddress;
  /** The cells the table occupies. */
  range: Rect;
  title?: Field;
  /** The unit line (`263101天津市西青区人民检察院`). */
  unitName?: Field;
  /** Money unit of the amounts; from `单位：万元` / `单位：元` when written, else inferred. */
  moneyUnit: MoneyUnit;
  /** The cell saying `单位：…`, when there is one. */
  moneyUnitAt?: CellAddress;
  moneyUnitInferred: boolean;
  projectName?: Field;
  /** The project the title names (`2024年农村道路养护项目绩效目标表`), when no 项目名称 is written. */
  titleProject?: string;
  budget: {
    total?: Field;
    fiscal?: Field;
    other?: Field;
    /** 中期/实施期资金总额 beside the annual total, when the table states both. */
    longTermTotal?: Field;
    /** 上年结转: part of the total, beside 财政资金 and 其他资金. */
    carryOver?: Field;
    /**
     * More parts of the total, written beside the 财政资金 and 其他资金 read above (上级 and 本级
     * 财政资金, 中央/省级/县级资金, 自筹资金): the total is the sum of every part.
     */
    parts?: Field[];
    /** A 预算数 label whose amount is not written beside it (a column header such as 金额(万元) is). */
    totalLabel?: CellAddress;
    /** The money block's own label (预算规模及资金用途, 项目资金), when the table has one. */
    blockLabel?: CellAddress;
    use?: Field;
  };
  goals?: Field;
  /** Header row of the indicator grid and the column of each role found there. */
  header?: { row: number; columns: Partial<Record<ColumnRole, number>> };
  indicators: IndicatorRow[];
  /** Template rows left unused (no 三级 and no value): not indicators, but their levels tell the scheme. */
  unused?: IndicatorRow[];
  /** L4: the department summary row above the first project, if any (not checked as a project). */
  summaryRow?: number;
}

// ---------------------------------------------------------------------------------------------
// Findings (SPEC §5)

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'value' | 'budget' | 'structure' | 'content';
export type Locale = 'zh-CN' | 'en-US';
export type MessageData = Record<string, string | number>;

export interface Finding {
  /** Stable rule id, e.g. `value/missing-sign`. */
  rule: string;
  category: Category;
  severity: Severity;
  /** A1 address of the cell (a range for a whole-table finding). */
  cell: string;
  /** The anchor cell, 0-based absolute (top-left for a range). */
  row: number;
  col: number;
  /** Index of the table on its sheet, or null for a finding outside any table. */
  table: number | null;
  /** Key of the message in the rule's messages, and the values to put in it. */
  messageId: string;
  data: MessageData;
  /** The message in Chinese (the default locale). */
  message: string;
  /** A corrected value for the cell, where one can be derived. */
  suggestion?: string;
  /** The anchor cell is in a hidden row and/or column: checked all the same, but the user cannot see it. */
  hidden?: HiddenPart;
}

export type SchemeChoice = 'auto' | SchemeId;

/** Settings a bureau can vary (saved per workbook in the add-in; `--config` on the command line). */
export interface CheckSettings {
  scheme: SchemeChoice;
  /** Per rule: 'off', or a severity that replaces the default. */
  rules: Record<string, 'off' | Severity>;
  thresholds: {
    /** Lowest acceptable satisfaction target, in percent (default 0: any 0–100% is accepted). */
    minSatisfaction: number;
  };
}

export const DEFAULT_SETTINGS: CheckSettings = {
  scheme: 'auto',
  rules: {},
  thresholds: { minSatisfaction: 0 },
};

export interface TableResult {
  table: TableModel;
  scheme: SchemeId;
  findings: Finding[];
}

export interface SheetResult {
  name: string;
  tables: TableResult[];
  /** Findings on the sheet outside any table. */
  findings: Finding[];
  /** Findings found but not kept, by severity: the check's FindingBudget ran out (absent when none). */
  unlisted?: Record<Severity, number>;
}

/**
 * How many findings a check may still keep, shared by the sheets of one workbook (the command
 * line's); past it, a finding is counted by severity in `unlisted` and not made. Every rule still
 * runs on every row. Without a budget every finding is kept (the add-in's virtualised list).
 */
export interface FindingBudget {
  left: number;
  unlisted: Record<Severity, number>;
}
