/**
 * What the rules know of one indicator row, worked out once per row and shared by every rule
 * (the value rules alone asked each row for its kind a dozen times). Facts are lazy: a fact few
 * rows need (the kind of a row whose value is fine) costs nothing until a rule asks.
 *
 * Facts are kept beside the row object itself (a WeakMap: they go when the table goes), so the
 * engine's one loop over the rows and a whole-table rule that walks the rows again see the same
 * facts. A row is never changed after the locator made it, so its facts never go stale.
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

const FACTS = new WeakMap<IndicatorRow, RowFacts>();

/**
 * The facts of a row for the engine's one loop over a table's rows: the facts a rule or helper
 * already asked for, else new ones that are not kept (each row is visited once per loop, and
 * keeping every row's facts in the WeakMap cost more than the facts). Facts are pure functions
 * of the row, so two facts objects for one row always agree.
 */
export function loopFacts(ind: IndicatorRow): RowFacts {
  return FACTS.get(ind) ?? new LazyRowFacts(ind);
}

/** The facts of a row (made on first use). */
export function rowFacts(ind: IndicatorRow): RowFacts {
  let facts = FACTS.get(ind);
  if (facts === undefined) {
    facts = new LazyRowFacts(ind);
    FACTS.set(ind, facts);
  }
  return facts;
}
