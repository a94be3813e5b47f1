/**
 * Where weights (分值/权重) are given they must add up: the rows' weights to 100 in all, and the
 * rows under a 一级 that carries a weight (`产出指标(50分)`) to that weight. Without a weight
 * column, 一级 weights alone must add up to 100. Exact decimal sums (33.3 + 33.3 + 33.4 = 100).
 */
import { Decimal } from '../../decimal';
import { isBlankText } from '../../grid';
import type { CellAddress } from '../../grid';
import type { Field, IndicatorRow, SchemeId, TableModel } from '../../../model';
import type { TableFacts } from '../../facts';
import { nameKey, parseWeight } from '../../taxonomy';
import { stripSpaces, toHalfWidth } from '../../text';
import type { RuleContext, Rule } from '../types';
import { missingLevel1Names } from './missing-level1';
import { headerRect, intendedLevel1, isFlat } from './shared';

const HUNDRED = Decimal.parse('100') as Decimal;
/** Totals of 90 leave 10 points to 预算执行率, scored in the later 自评: said in an info. */
const NINETY = Decimal.parse('90') as Decimal;
const ONE = Decimal.parse('1') as Decimal;

/** Columns per row of sumOf's numeric cell keys (2^21). */
const CELL_KEY_COLS = 2_097_152;

type WeightRead = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'ok'; value: Decimal };

/** A weight cell: a number, or text like `10`, `10分`, `10%`. */
export function readWeight(field: Field): WeightRead {
  if (typeof field.value === 'number') {
    const d = Decimal.fromNumber(field.value);
    return d ? { kind: 'ok', value: d } : { kind: 'invalid' };
  }
  if (isBlankText(field.text)) return { kind: 'empty' };
  const d = Decimal.parse(toHalfWidth(stripSpaces(field.text)).replace(/[分%]$/, ''));
  return d ? { kind: 'ok', value: d } : { kind: 'invalid' };
}

interface Level1Group {
  name: string;
  at: CellAddress;
  weight?: Decimal;
  rows: IndicatorRow[];
}

/** Rows grouped by their 一级 (canonical name, or the text itself when unknown), in order. */
function groupByLevel1(facts: TableFacts, scheme: SchemeId): Level1Group[] {
  const groups = new Map<string, Level1Group>();
  // The groups in order, kept beside the map (no copy of its values made at the end).
  const ordered: Level1Group[] = [];
  for (let k = 0; k < facts.rows.length; k++) {
    const row = facts.rows[k];
    const ind = row.ind;
    // The intended 一级, so a typo in one copy of a repeated 一级 does not start a group of its own.
    const name = intendedLevel1(row, scheme) ?? nameKey(ind.level1.text);
    let group = groups.get(name);
    if (!group) {
      const w = parseWeight(ind.level1.text);
      group = { name, at: ind.level1.at, rows: [], ...(w !== undefined ? { weight: Decimal.fromNumber(w) } : {}) };
      groups.set(name, group);
      ordered.push(group);
    }
    group.rows.push(ind);
  }
  return ordered;
}

function weightHeaderCell(table: TableModel): CellAddress | undefined {
  const col = table.header?.columns.weight;
  if (!table.header || col === undefined) return undefined;
  // A list export's projects share one header row: a project's sum goes on its own first row.
  return { row: table.layout === 'L4' ? table.range.top : table.header.row, col };
}

/**
 * A table that lacks a whole 一级 (a page cut before 效益/满意度, or a table never finished): its
 * weights cannot add up, and structure/missing-level1 (when on) reports what is missing, so the
 * totals are not reported a second time; nor is the last 一级's own sum, whose rows may be cut.
 */
function cutShort(ctx: RuleContext, table: TableModel): boolean {
  return ctx.enabled('structure/missing-level1') && !isFlat(table) && missingLevel1Names(ctx).length > 0;
}

function checkRowWeights(ctx: RuleContext, table: TableModel, weighted: IndicatorRow[]): void {
  const values = new Map<IndicatorRow, Decimal>();
  let readable = true;
  for (let ii = 0; ii < weighted.length; ii++) {
    const ind = weighted[ii];
    const field = ind.weight as Field;
    const w = readWeight(field);
    if (w.kind === 'ok') values.set(ind, w.value);
    else {
      readable = false;
      ctx.report({ messageId: w.kind === 'empty' ? 'empty' : 'notANumber', at: field.at, data: { text: field.text.trim() } });
    }
  }
  // Sums over unreadable weights would report the same cell's mistake a second time.
  if (!readable) return;
  // A weight merged down over several rows is one weight for them all (`产出指标 | 50` over its
  // three rows), counted once.
  const sumOf = (rows: IndicatorRow[]) => {
    // Cells by number (no key text made per row): row × 2^21 + column is exact for every
    // address up to 2^32 rows; a column past 2^21 (no sheet has one) is keyed by its text.
    const seen = new Set<number | string>();
    let sum = Decimal.ZERO;
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      const at = (r.weight as Field).at;
      const key = at.col < CELL_KEY_COLS && at.col >= 0 ? at.row * CELL_KEY_COLS + at.col : `${at.row}:${at.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sum = sum.plus(values.get(r) ?? Decimal.ZERO);
    }
    return sum;
  };
  const total = sumOf(weighted);
  const cut = cutShort(ctx, table);
  // 权重 written as fractions of one (0.2, 0.3 …) adding up to 1.
  const fractions = total.eq(ONE) && [...values.values()].every((v) => v.cmp(ONE) <= 0);
  if (cut || fractions) {
    // Left to structure/missing-level1; or weights as fractions, which add up.
  } else if (total.eq(NINETY)) {
    ctx.report({ messageId: 'ninety', at: weightHeaderCell(table) ?? headerRect(table), data: { sum: total.toString() }, severity: 'info' });
  } else if (!total.eq(HUNDRED)) {
    ctx.report({ messageId: 'total', at: weightHeaderCell(table) ?? headerRect(table), data: { sum: total.toString() } });
  }
  const groups = groupByLevel1(ctx.facts, ctx.scheme);
  // Cut short: every group but the last, whose rows may be cut.
  const checked = cut ? groups.length - 1 : groups.length;
  for (let k = 0; k < checked; k++) {
    const group = groups[k];
    if (!group.weight) continue;
    const sum = sumOf(group.rows);
    if (sum.eq(group.weight)) continue;
    ctx.report({
      messageId: 'level1',
      at: group.at,
      data: { name: group.name, weight: group.weight.toString(), sum: sum.toString() },
    });
  }
}

function checkLevel1Weights(ctx: RuleContext, table: TableModel): void {
  const groups = groupByLevel1(ctx.facts, ctx.scheme);
  // Only when every 一级 carries a weight: a weight on some names only is no weighting scheme.
  if (groups.length === 0 || groups.some((g) => !g.weight) || cutShort(ctx, table)) return;
  const sum = groups.reduce((acc, g) => acc.plus(g.weight ?? Decimal.ZERO), Decimal.ZERO);
  if (sum.eq(HUNDRED)) return;
  if (sum.eq(NINETY)) {
    ctx.report({ messageId: 'ninety', at: headerRect(table), data: { sum: sum.toString() }, severity: 'info' });
    return;
  }
  ctx.report({ messageId: 'level1Total', at: headerRect(table), data: { sum: sum.toString() } });
}

export const weightsSum: Rule = {
  meta: { id: 'structure/weights-sum', category: 'structure', severity: 'error', fixable: false },
  check(ctx) {
    const { table } = ctx;
    const withColumn = table.indicators.filter((ind) => ind.weight !== undefined);
    const anyWritten = withColumn.some((ind) => readWeight(ind.weight as Field).kind !== 'empty');
    if (anyWritten) checkRowWeights(ctx, table, withColumn);
    else checkLevel1Weights(ctx, table);
  },
};
