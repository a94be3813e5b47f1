/**
 * Every indicator row's parsed value has one shape: the same keys in the same order, whatever the
 * value and the layout. The rules read `ind.parsed.kind`, `.sign`, `.unit` … on every row; values
 * parsed key by key as the parser went (a sign before or after the number, a unit or none, a
 * suggestion) came in about 70 object layouts on the benchmark's sheet, and each of those reads was
 * V8's slowest kind of property look-up. The JSON of a row (what a saved model or the findings
 * snapshot holds) stays the parse as made: only the in-memory shape is one.
 */
import { Grid, type GridInit } from '../../src/core/engine/grid';
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import { RowFacts } from '../../src/core/engine/facts';
import { parseIndicatorValue, parseSplitValue } from '../../src/core/engine/value';
import { stackedSheet as sheetOf } from '../helpers/stacked-sheet';
import type { IndicatorRow } from '../../src/core/model';


/** Own keys, enumerable or not, in their order: what makes an object's layout. */
const layout = (o: object): string => Reflect.ownKeys(o).map(String).join(',');

let rows: IndicatorRow[] = [];
let init: GridInit;

beforeAll(async () => {
  init = await sheetOf(24);
  rows = locateTables(new Grid(init)).flatMap((t) => t.indicators);
});

test('every row of every layout has its parsed value in one layout of keys', () => {
  expect(rows.length).toBeGreaterThan(100);
  // The sheet has values of many forms: otherwise one layout would prove nothing.
  expect(new Set(rows.map((r) => Object.keys(JSON.parse(JSON.stringify(r.parsed)) as object).join(','))).size).toBeGreaterThan(3);
  expect(new Set(rows.map((r) => layout(r.parsed))).size).toBe(1);
});

test('a row parse in JSON is the parse as made, its keys in their order', () => {
  for (const r of rows) {
    const made = r.unit !== undefined || r.sign !== undefined ? undefined : parseIndicatorValue(r.value.text);
    if (made) expect(JSON.stringify(r.parsed)).toBe(JSON.stringify(made));
    // Compares as its keys say: absent keys are undefined, nothing else is added.
    expect(r.parsed).toEqual(JSON.parse(JSON.stringify(r.parsed)));
  }
  const split = parseSplitValue({ sign: '≥', value: '95', unit: '%', nature: '' });
  expect(Object.keys(split)).not.toContain('made');
});

test("a row's own parse (its value cell alone) has the same layout as its parsed value", () => {
  const shapes = new Set(rows.map((r) => layout(new RowFacts(r).own)));
  shapes.add(layout(rows[0].parsed));
  expect(shapes.size).toBe(1);
});

test('findings are unchanged by the shape (a whole check as JSON has every parse as made)', () => {
  const json = JSON.stringify(checkSheet(new Grid(init)));
  expect(json).not.toContain('"made"');
  expect(json).not.toContain('"suggestion":null');
});
