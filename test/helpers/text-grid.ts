/**
 * A sheet written as text, one line per row: cells split by `|`, an empty cell is blank, every
 * value stays text (as a clerk typed it); merges in A1 notation. For the locator's small cases.
 */
import { Grid, parseA1, type CellValue } from '../../src/core/engine/grid';

export function textRows(lines: readonly string[]): CellValue[][] {
  return lines.map((l) => l.split('|').map((c) => (c === '' ? null : c)));
}

export function textGrid(lines: readonly string[], merges: readonly string[] = []): Grid {
  return new Grid({ name: 'S', values: textRows(lines), merges: merges.map((m) => parseA1(m)) });
}
