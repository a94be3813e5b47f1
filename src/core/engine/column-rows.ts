/**
 * Columns, each with a row (the locator's: the first row a column shows a second form's 项目名称 in),
 * asked for the rightmost column in a span whose row is above a given row. A tree of the rows' minima
 * over the columns in order: a question costs about the logarithm of the columns, not their number.
 * Asking every row of a sheet over every column was rows × columns (a hostile sheet of a million rows
 * with two 一级 each under a row of 16,000 项目名称: 1.6 × 10¹⁰ steps).
 */
export class ColumnRows {
  private readonly cols: number[];
  private readonly size: number;
  private readonly min: Int32Array;

  /** Tree nodes looked at by the questions so far (tests count them: logarithmic, not linear). */
  visits = 0;

  constructor(rows: ReadonlyMap<number, number>) {
    this.cols = [...rows.keys()].sort((a, b) => a - b);
    let size = 1;
    while (size < this.cols.length) size *= 2;
    this.size = size;
    this.min = new Int32Array(2 * size).fill(0x7fffffff);
    for (let i = 0; i < this.cols.length; i++) this.min[size + i] = rows.get(this.cols[i]) as number;
    for (let i = size - 1; i >= 1; i--) this.min[i] = Math.min(this.min[2 * i], this.min[2 * i + 1]);
  }

  /** The rightmost column in (after, upTo] whose row is above `row` (smaller), or -1. */
  lastAbove(after: number, upTo: number, row: number): number {
    const lo = this.firstOver(after);
    const hi = this.firstOver(upTo) - 1;
    if (lo > hi) return -1;
    const i = this.rightmost(1, 0, this.size - 1, lo, hi, row);
    return i < 0 ? -1 : this.cols[i];
  }

  /** The index of the first column greater than `col` (binary search). */
  private firstOver(col: number): number {
    let lo = 0;
    let hi = this.cols.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cols[mid] <= col) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private rightmost(node: number, from: number, to: number, lo: number, hi: number, row: number): number {
    this.visits++;
    if (to < lo || from > hi || this.min[node] >= row) return -1;
    if (from === to) return from;
    const mid = (from + to) >> 1;
    const right = this.rightmost(2 * node + 1, mid + 1, to, lo, hi, row);
    return right >= 0 ? right : this.rightmost(2 * node, from, mid, lo, hi, row);
  }
}
