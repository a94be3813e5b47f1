/**
 * The rule contract, modelled on ESLint's rules: each rule is one module with its metadata and one
 * function that reports findings. Texts live in the message catalogue (src/core/i18n), keyed by id.
 */
import type { CellAddress, Grid, Rect } from '../grid';
import type { RowFacts, TableFacts } from '../facts';
import type { Category, CheckSettings, IndicatorRow, MessageData, SchemeId, Severity, TableModel } from '../../model';

export interface RuleMeta {
  /** Stable id `category/kebab-name`, e.g. `value/missing-sign`. Never renamed once published. */
  id: string;
  category: Category;
  /** Default severity; settings may override it. */
  severity: Severity;
  /** True when the rule can suggest a corrected value for the cell. */
  fixable: boolean;
}

export interface Report {
  /** Key into the rule's messages in the catalogue. */
  messageId: string;
  data?: MessageData;
  /** The cell (or, for a whole-table finding, the table's range). */
  at: CellAddress | Rect;
  /** Corrected value for the cell at `at`, where one can be derived. */
  suggestion?: string;
  /** Overrides the rule's severity for this one report (e.g. a weaker form of the same mistake). */
  severity?: Severity;
}

export interface RuleContext {
  readonly grid: Grid;
  readonly table: TableModel;
  /** The indicator scheme chosen for this table (detected, or forced by settings). */
  readonly scheme: SchemeId;
  readonly settings: CheckSettings;
  /** The facts of the table's rows (in the order of `table.indicators`) and of the table. */
  readonly facts: TableFacts;
  /**
   * Whether another rule is switched on. A rule that leaves a case to another rule asks first,
   * so that with that rule off the finding is not lost.
   */
  enabled(ruleId: string): boolean;
  report(r: Report): void;
}

/**
 * A rule judges a whole table (`check`, called once per table), one row at a time (`row`, called
 * for each indicator row in the engine's one loop over the table's rows, with the row's facts),
 * or both.
 */
export interface Rule {
  meta: RuleMeta;
  check?(ctx: RuleContext): void;
  row?(ctx: RuleContext, ind: IndicatorRow, facts: RowFacts): void;
}
