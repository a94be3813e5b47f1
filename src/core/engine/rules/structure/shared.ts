/** Helpers shared by the structure rules. */
import { isBlankText, type Rect } from '../../grid';
import type { SchemeId, TableModel } from '../../../model';
import type { RowFacts } from '../../facts';
import { level1Names, level2Names, nearestName, parentsIn, resolveLevel2 } from '../../taxonomy';

/**
 * Where a whole-table finding goes: the grid's header row across the table (a list export's
 * project: its own first row), or the whole table when there is no header.
 */
export function headerRect(table: TableModel): Rect {
  if (!table.header) return table.range;
  // A list export's projects share one header row: a project's finding goes on its own first row.
  if (table.layout === 'L4') return { top: table.range.top, bottom: table.range.top, left: table.range.left, right: table.range.right };
  return { top: table.header.row, bottom: table.header.row, left: table.range.left, right: table.range.right };
}

/**
 * A flat list with no 一级/二级 columns (重庆's 一般性项目绩效目标表): the levels cannot be
 * checked, which missing-level1 says once in an info; the other level rules leave it alone.
 */
export function isFlat(table: TableModel): boolean {
  const c = table.header?.columns;
  return c !== undefined && c.level1 === undefined && c.level2 === undefined;
}

/**
 * A grid with no 二级 column (`一级指标 | 指标名称 | 指标值`), flat or not: the rows' 二级 are not
 * written, so nothing is said about them (the row's kind comes from its 一级).
 */
export function hasNoLevel2Column(table: TableModel): boolean {
  return table.header !== undefined && table.header.columns.level2 === undefined;
}

/** What an unknown 一级 text most likely means. */
export type Level1Guess =
  /** A 二级 name written as the 一级 (`数量指标`): its 一级 in the scheme. */
  | { kind: 'level2'; level2: string; name: string }
  /** A typo (`产出指示`): the nearest 一级 name of the scheme. */
  | { kind: 'typo'; name: string };

export function guessLevel1(text: string, scheme: SchemeId): Level1Guess | undefined {
  const l2 = resolveLevel2(text);
  const parent = l2 ? parentsIn(scheme, l2.name)[0] : undefined;
  if (l2 && parent) return { kind: 'level2', level2: l2.name, name: parent };
  const near = nearestName(text, level1Names(scheme));
  return near ? { kind: 'typo', name: near } : undefined;
}

/**
 * The 一级 a row means: its canonical name, or for an unknown text the guessed name, so that one
 * typo is reported once (as unknown) and not again as a missing 一级.
 */
export function intendedLevel1(row: RowFacts, scheme: SchemeId, blankFromLevel2 = true): string | undefined {
  if (row.level1) return row.level1.name;
  // A blank 一级 under a 二级 of one 一级 only (数量指标): that one, as unknown-level1 suggests, so
  // that the blank is reported once (there) and not again as a missing 一级 — when that rule is on.
  if (isBlankText(row.ind.level1.text)) {
    if (!blankFromLevel2) return undefined;
    const level2 = row.level2?.name;
    const parents = level2 ? parentsIn(scheme, level2) : [];
    return parents.length === 1 ? parents[0] : undefined;
  }
  return guessLevel1(row.ind.level1.text, scheme)?.name;
}

/** The 二级 names a row's 二级 may take: those of its 一级 when known in the scheme, else all. */
export function allowedLevel2(row: RowFacts, scheme: SchemeId): string[] {
  const l1 = intendedLevel1(row, scheme);
  const under = l1 ? level2Names(scheme, l1) : [];
  return under.length > 0 ? under : level2Names(scheme);
}
