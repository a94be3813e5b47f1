/**
 * What the rules know of one indicator row, worked out once per row and shared by every rule
 * (the value rules alone asked each row for its kind a dozen times). Facts are lazy: a fact few
 * rows need (the kind of a row whose value is fine) costs nothing until a rule asks.
 *
 * The engine's one loop over a table's rows makes each row's facts once and hands them to every
 * rule that judges a row. A row is never changed after the locator made it, so its facts never go
 * stale.
 */
import type { IndicatorRow } from '../model';
import { indicatorKind, type IndicatorKind } from './rules/value/kind';

export interface RowFacts {
  /** What the row measures, from its 二级 (else its 一级): quantity, cost, satisfaction … */
  readonly kind: IndicatorKind;
}

class LazyRowFacts implements RowFacts {
  private kindMemo: IndicatorKind | undefined;
  constructor(private readonly ind: IndicatorRow) {}
  get kind(): IndicatorKind {
    if (this.kindMemo === undefined) this.kindMemo = indicatorKind(this.ind);
    return this.kindMemo;
  }
}

/** The row the engine's loop is on (or was on last) and its facts: what rowFacts answers for it. */
let loopRow: IndicatorRow | undefined;
let loopRowFacts: RowFacts | undefined;

/**
 * The facts of a row for the engine's one loop over a table's rows, made once per row and loop.
 * Until the next row, rowFacts answers this row with the same facts, so a helper a rule calls
 * (fix.ts) shares them with no lookup (a WeakMap of every row's facts, looked up per row, cost
 * more than the facts).
 */
export function loopFacts(ind: IndicatorRow): RowFacts {
  loopRow = ind;
  return (loopRowFacts = new LazyRowFacts(ind));
}

/**
 * The facts of a row: the loop's for the row it is on, else new ones (facts are pure functions of
 * the row and each is worked out from texts remembered per text, so two facts objects agree).
 */
export function rowFacts(ind: IndicatorRow): RowFacts {
  return ind === loopRow ? (loopRowFacts as RowFacts) : new LazyRowFacts(ind);
}
