/**
 * What the rules know of a table's indicator rows, worked out once per row and shared by every
 * rule: the canonical 一级 and 二级 names (the rules asked each row for them about eight times),
 * whether the row is a cost, what it measures, the value cell's own parse, the columns that say
 * 正向/反向 and 定性/定量; and per table the cost caps and the scheme's missing 一级.
 *
 * The engine makes a table's facts once (checkTable), detects the scheme from them and hands
 * them to every rule: rules that judge a row get the row's facts in the engine's one loop, rules
 * that judge the table read `ctx.facts.rows`. Facts are short-lived (one table's check) and a row
 * is never changed after the locator made it, so they never go stale. Facts few rows need (the
 * kind of a row whose value is fine, the parse of a split layout's number cell) cost nothing until
 * a rule asks.
 */
import type { Field, IndicatorRow, ParsedValue, SchemeId, TableModel } from '../model';
import { costCaps, totalCaps, type CostCap } from './money';
import { isCostNames, is2021Names, isOlderTemplateCost, olderTemplateLevel2, resolveLevel1, resolveLevel2 } from './taxonomy';
import { inOneShape, parseIndicatorValue, readNature } from './value';
import { memoText } from './memo';
import { isBlankText } from './grid';
import { stripSpaces } from './text';
import { NONE_RE, NOT_APPLICABLE_LEVEL2 } from './vocabulary';
import { indicatorKind, type IndicatorKind } from './rules/value/kind';

type Level1 = ReturnType<typeof resolveLevel1>;
type Level2 = ReturnType<typeof resolveLevel2>;

/** A column of the row that says 正向/反向 or 定性/定量, and what it says. */
export interface NatureColumn<T> {
  field: Field;
  says: T;
}

export class RowFacts {
  /** The 一级 in its canonical spelling, with the weight its text carries; undefined when unknown. */
  readonly level1: Level1;
  /** The 二级 in its canonical spelling, with the 一级 it belongs to; undefined when unknown. */
  readonly level2: Level2;
  /** A cost indicator: 一级 成本指标 (2021) or a cost 二级 (成本指标 in 2015). */
  readonly cost: boolean;
  private kindMemo: IndicatorKind | undefined = undefined;
  private ownMemo: ParsedValue | undefined = undefined;
  private directionMemo: NatureColumn<'positive' | 'negative'> | null | undefined = undefined;
  private natureMemo: NatureColumn<boolean> | null | undefined = undefined;
  private notApplicableMemo: boolean | undefined = undefined;

  constructor(readonly ind: IndicatorRow) {
    this.level1 = resolveLevel1(ind.level1.text);
    this.level2 = resolveLevel2(ind.level2.text);
    this.cost = isCostNames(this.level1?.name, this.level2?.name) || (this.level2 === undefined && isOlderTemplateCost(ind.level2.text, ind.level3.text));
  }

  /** What the row measures, from its 二级 (else its 一级): quantity, cost, satisfaction … */
  get kind(): IndicatorKind {
    if (this.kindMemo === undefined) this.kindMemo = indicatorKind(this.ind);
    return this.kindMemo;
  }

  /** The value cell's text parsed on its own (in split layouts the number cell alone). */
  get own(): ParsedValue {
    if (this.ownMemo === undefined) this.ownMemo = ownParse(this.ind.value.text);
    return this.ownMemo;
  }

  /**
   * A row that says its 二级 does not apply (`社会成本指标 | 无 | 无`, `生态效益指标 | - |`): the
   * 三级 a word for none under a 二级 where nothing may be expected, the value none or blank. Its
   * name is no placeholder to fill nor a repeated indicator, its empty value no missing target.
   */
  get notApplicableRow(): boolean {
    if (this.notApplicableMemo === undefined) {
      const { level3, value } = this.ind;
      const l2 = this.level2?.name;
      this.notApplicableMemo =
        l2 !== undefined && NOT_APPLICABLE_LEVEL2.has(l2) && NONE_RE.test(stripSpaces(level3.text)) && (isBlankText(value.text) || NONE_RE.test(stripSpaces(value.text)));
    }
    return this.notApplicableMemo;
  }

  /** The first of the direction, nature and sign columns that says 正向/反向. */
  get direction(): NatureColumn<'positive' | 'negative'> | undefined {
    if (this.directionMemo === undefined) this.readColumns();
    return this.directionMemo ?? undefined;
  }

  /** The first of the nature, direction and sign columns that says 定性/定量 (true: 定性). */
  get nature(): NatureColumn<boolean> | undefined {
    if (this.natureMemo === undefined) this.readColumns();
    return this.natureMemo ?? undefined;
  }

  /** Reads the direction, nature and sign columns once for both of the above. */
  private readColumns(): void {
    const { direction, nature, sign } = this.ind;
    const d = direction === undefined ? undefined : readNature(direction.text);
    const n = nature === undefined ? undefined : readNature(nature.text);
    const s = sign === undefined ? undefined : readNature(sign.text);
    // 正向/反向: the direction column first, then the nature column, then the sign column.
    this.directionMemo =
      d?.direction !== undefined && direction ? { field: direction, says: d.direction }
      : n?.direction !== undefined && nature ? { field: nature, says: n.direction }
      : s?.direction !== undefined && sign ? { field: sign, says: s.direction }
      : null;
    // 定性/定量: the nature column first, then the direction column, then the sign column.
    this.natureMemo =
      n?.qualitative !== undefined && nature ? { field: nature, says: n.qualitative }
      : d?.qualitative !== undefined && direction ? { field: direction, says: d.qualitative }
      : s?.qualitative !== undefined && sign ? { field: sign, says: s.qualitative }
      : null;
  }
}

/** A value cell's own parse in the one shape of every row's `parsed` (value.ts), once per text. */
const ownParse = memoText((text: string): ParsedValue => inOneShape(parseIndicatorValue(text)));

/** The facts of a table's rows (in the order of `table.indicators`) and of the table as a whole. */
export class TableFacts {
  private capsMemo: CostCap[] | undefined = undefined;
  private totalCapsMemo: CostCap[] | undefined = undefined;
  private missingMemo: string[] | undefined = undefined;
  private missingScheme: SchemeId | undefined = undefined;
  private level1BlankMemo: boolean | undefined = undefined;
  private level1AbsentMemo: boolean | undefined = undefined;
  private olderMemo: RowFacts[] | undefined = undefined;
  private olderSetMemo: Set<RowFacts> | undefined = undefined;

  constructor(
    readonly table: TableModel,
    readonly rows: readonly RowFacts[],
  ) {}

  /** Facts of every indicator row of a table. */
  static of(table: TableModel): TableFacts {
    const rows: RowFacts[] = new Array<RowFacts>(table.indicators.length);
    for (let i = 0; i < rows.length; i++) rows[i] = new RowFacts(table.indicators[i]);
    return new TableFacts(table, rows);
  }

  /** The same rows' facts for a table made of some of them (a stacked grid's annual or long-term rows). */
  subset(table: TableModel, keep: (ind: IndicatorRow) => boolean): TableFacts {
    return new TableFacts(table, this.rows.filter((f) => keep(f.ind)));
  }

  /** True when a row follows the 2021 scheme (成本指标 as a 一级, or a 2021 cost 二级). */
  has2021Row(): boolean {
    for (let i = 0; i < this.rows.length; i++) if (is2021Names(this.rows[i].level1?.name, this.rows[i].level2?.name)) return true;
    return false;
  }

  /** Every money cap of a cost indicator (money.costCaps), worked out once per table. */
  get caps(): CostCap[] {
    if (this.capsMemo === undefined) this.capsMemo = costCaps(this.table, this.rows);
    return this.capsMemo;
  }

  /** The caps that state the project's cost (money.totalCaps), worked out once per table. */
  get totalCaps(): CostCap[] {
    if (this.totalCapsMemo === undefined) this.totalCapsMemo = totalCaps(this.table, this.caps);
    return this.totalCapsMemo;
  }

  /**
   * No row writes a 一级, in a column or a heading row: the column left empty, or none at all (each
   * 一级 only implied by its 二级). The levels were left out, one omission (a blank 二级 beside it is
   * part of it). Worked out once per table.
   */
  get level1Absent(): boolean {
    if (this.level1AbsentMemo === undefined) {
      const columns = this.table.header?.columns;
      if (columns?.level1 !== undefined) this.level1AbsentMemo = this.level1ColumnBlank;
      else {
        // No 一级 column: each row's 一级 is the one its 二级 implies, read at an indicator row's 二级
        // cell (its own, or the one above it when blank); one from anywhere else is a heading row's.
        const level2Rows = new Set<number>();
        for (let i = 0; i < this.rows.length; i++) level2Rows.add(this.rows[i].ind.level2.at.row);
        let absent = this.rows.length > 0;
        for (let i = 0; absent && i < this.rows.length; i++) {
          const { level1, level2 } = this.rows[i].ind;
          absent = level1.inherited === true && level1.at.col === level2.at.col && level2Rows.has(level1.at.row);
        }
        this.level1AbsentMemo = absent;
      }
    }
    return this.level1AbsentMemo;
  }

  /**
   * The grid has a 一级 column and no row writes a 一级 in it (none blank-merged from a name above):
   * the clerk left the column empty. Worked out once per table.
   */
  get level1ColumnBlank(): boolean {
    if (this.level1BlankMemo === undefined) {
      let blank = this.table.header?.columns.level1 !== undefined && this.rows.length >= 2;
      for (let i = 0; blank && i < this.rows.length; i++) {
        const cell = this.rows[i].ind.level1;
        blank = !cell.inherited && isBlankText(cell.text);
      }
      this.level1BlankMemo = blank;
    }
    return this.level1BlankMemo;
  }

  /**
   * The rows whose 二级 is a name of the older local 范本 (目标完成程度, 项目实施效益, 项目管理) under
   * the 一级 it has there, or under a 一级 not known: worked out once per table (several rules ask).
   */
  get olderTemplateRows(): readonly RowFacts[] {
    if (this.olderMemo === undefined) {
      this.olderMemo = this.rows.filter((row) => {
        if (row.level2 !== undefined) return false;
        const older = olderTemplateLevel2(row.ind.level2.text);
        return older !== undefined && (row.level1 === undefined || older.level1.includes(row.level1.name));
      });
    }
    return this.olderMemo;
  }

  /** Whether a row is one of olderTemplateRows: a set, so that asking for every row of a big table stays linear. */
  isOlderTemplateRow(row: RowFacts): boolean {
    if (this.olderSetMemo === undefined) this.olderSetMemo = new Set(this.olderTemplateRows);
    return this.olderSetMemo.has(row);
  }

  /** A value kept per table and scheme: the scheme's missing 一级 (two rules ask). */
  missingLevel1(scheme: SchemeId, work: () => string[]): string[] {
    if (this.missingMemo === undefined || this.missingScheme !== scheme) {
      this.missingMemo = work();
      this.missingScheme = scheme;
    }
    return this.missingMemo;
  }
}

/** The row the engine's loop is on (or was on last) and its facts: what rowFacts answers for it. */
let loopRow: IndicatorRow | undefined;
let loopRowFacts: RowFacts | undefined;

/**
 * Tells rowFacts the row the engine's loop is on: until the next row, a helper a rule calls
 * (fix.ts) gets the loop's facts with no lookup.
 */
export function enterRow(facts: RowFacts): RowFacts {
  loopRow = facts.ind;
  return (loopRowFacts = facts);
}

/**
 * The facts of a row: the loop's for the row it is on, else new ones (facts are pure functions of
 * the row and each is worked out from texts remembered per text, so two facts objects agree).
 */
export function rowFacts(ind: IndicatorRow): RowFacts {
  return ind === loopRow ? (loopRowFacts as RowFacts) : new RowFacts(ind);
}
