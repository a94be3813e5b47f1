/**
 * Live re-check of one table: which tables an edit touches, which rectangle to read again (the
 * table, a few rows around it for growth, never into its neighbours), and how to put the new
 * result and the new cells in place of the old ones without reading the rest of the sheet.
 */
import { columnIndex, parseA1, type CellValue, type GridInit, type Rect } from '../engine/grid';
import type { SheetResult, TableResult } from '../model';

/** Rows read above and below a table: room for rows the user adds or a title written above it. */
export const RECHECK_MARGIN_ROWS = 5;

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * The rectangle to read to re-check the table at `position` of the result: its range with up to
 * `margin` rows above and below, stopping before the neighbouring tables.
 */
export function recheckWindow(result: SheetResult, position: number, margin = RECHECK_MARGIN_ROWS): Rect {
  const { range } = result.tables[position].table;
  let top = Math.max(0, range.top - margin);
  let bottom = range.bottom + margin;
  result.tables.forEach((other, i) => {
    if (i === position) return;
    const r = other.table.range;
    // Only neighbours that share columns with the table limit its window.
    if (r.right < range.left || r.left > range.right) return;
    if (r.bottom < range.top) top = Math.max(top, r.bottom + 1);
    else if (r.top > range.bottom) bottom = Math.min(bottom, r.top - 1);
  });
  return { top, left: range.left, bottom, right: range.right };
}

/** Excel's last row and column (0-based). */
const LAST_ROW = 1048575;
const LAST_COL = 16383;

/**
 * The rectangles of a change address as Excel reports it: `F14`, `A1:C3`, whole columns `C:D`,
 * whole rows `3:5`, several areas separated by commas, with or without a sheet name or `$`.
 * An address that cannot be read gives the whole sheet (re-checking too much is safe).
 */
export function changedRects(address: string): Rect[] {
  const whole: Rect = { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL };
  const areas = address.split(',').map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '').trim()).filter((a) => a !== '');
  if (areas.length === 0) return [whole];
  return areas.map((a) => {
    const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
    if (cols) {
      const [l, r] = [columnIndex(cols[1]), columnIndex(cols[2])].sort((x, y) => x - y);
      return { top: 0, left: l, bottom: LAST_ROW, right: r };
    }
    const rows = /^(\d+):(\d+)$/.exec(a);
    if (rows) {
      const [t, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((x, y) => x - y);
      return { top: t, left: 0, bottom: b, right: LAST_COL };
    }
    try {
      return parseA1(a);
    } catch {
      return whole;
    }
  });
}

/** Positions (in result.tables) of the tables whose window holds a changed cell. */
export function tablesAffected(result: SheetResult, changed: readonly Rect[], margin = RECHECK_MARGIN_ROWS): number[] {
  const out: number[] = [];
  result.tables.forEach((_, i) => {
    const window = recheckWindow(result, i, margin);
    if (changed.some((c) => intersects(c, window))) out.push(i);
  });
  return out;
}

/**
 * The sheet result with the table at `position` replaced by what a check of its window found, or
 * undefined when the window does not hold exactly one table overlapping the old one (the table was
 * deleted, split or merged with another): then only a check of the whole sheet can say.
 * The new table keeps the old one's index, so the pane's groups and the report stay in order.
 */
export function spliceTable(result: SheetResult, position: number, partial: SheetResult): SheetResult | undefined {
  const old = result.tables[position];
  const candidates = partial.tables.filter((tr) => intersects(tr.table.range, old.table.range));
  if (candidates.length !== 1) return undefined;
  const fresh = candidates[0];
  const index = old.table.index;
  const replaced: TableResult = {
    ...fresh,
    table: { ...fresh.table, index },
    findings: fresh.findings.map((f) => ({ ...f, table: index })),
  };
  const tables = result.tables.map((tr, i) => (i === position ? replaced : tr));
  return { ...result, tables };
}

function extent(g: GridInit): Rect | undefined {
  const rows = g.values.length;
  let width = 0;
  for (const r of g.values) if (r && r.length > width) width = r.length;
  if (rows === 0 || width === 0) return undefined;
  const o = g.origin ?? { row: 0, col: 0 };
  return { top: o.row, left: o.col, bottom: o.row + rows - 1, right: o.col + width - 1 };
}

type Cells<T> = (T | null | undefined)[][] | undefined;

/** One row of a snapshot re-based to start at `left`, with `part`'s cells laid over its columns. */
function mergedRow<T>(
  baseRow: (T | null | undefined)[] | undefined,
  baseLeft: number,
  left: number,
  partRow: (T | null | undefined)[] | undefined,
  partRect: Rect | undefined,
): (T | null)[] {
  const out: (T | null)[] = [];
  baseRow?.forEach((v, i) => {
    out[baseLeft - left + i] = v ?? null;
  });
  if (partRect) {
    for (let c = partRect.left; c <= partRect.right; c++) out[c - left] = partRow?.[c - partRect.left] ?? null;
  }
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

function patchCells<T>(
  base: Cells<T>,
  baseRect: Rect,
  part: Cells<T>,
  partRect: Rect,
  union: Rect,
  keepRow: (r: number) => boolean,
): (T | null | undefined)[][] | undefined {
  if (base === undefined && part === undefined) return undefined;
  const out: (T | null | undefined)[][] = [];
  for (let r = union.top; r <= union.bottom; r++) {
    const baseRow = r >= baseRect.top && r <= baseRect.bottom ? base?.[r - baseRect.top] : undefined;
    const inPart = r >= partRect.top && r <= partRect.bottom;
    // Rows outside the re-read rectangle are shared with the old snapshot when they need no shift.
    if (!inPart && keepRow(r) && baseRow !== undefined) out.push(baseRow);
    else out.push(mergedRow(baseRow, baseRect.left, union.left, inPart ? part?.[r - partRect.top] : undefined, inPart ? partRect : undefined));
  }
  return out;
}

/**
 * The snapshot `base` with the rectangle read in `part` replaced (values, text, formats and the
 * merged areas whose top-left cell lies in it), grown where the part reaches beyond it; the
 * hidden rows and columns are the base's.
 */
export function patchGrid(base: GridInit, part: GridInit): GridInit {
  const partRect = extent(part);
  if (!partRect) return base;
  const baseRect = extent(base);
  if (!baseRect) return { ...part, name: base.name };
  const union: Rect = {
    top: Math.min(baseRect.top, partRect.top),
    left: Math.min(baseRect.left, partRect.left),
    bottom: Math.max(baseRect.bottom, partRect.bottom),
    right: Math.max(baseRect.right, partRect.right),
  };
  const keepRow = () => union.left === baseRect.left;
  const inPart = (m: Rect) => m.top >= partRect.top && m.top <= partRect.bottom && m.left >= partRect.left && m.left <= partRect.right;
  return {
    name: base.name,
    origin: { row: union.top, col: union.left },
    values: patchCells<CellValue>(base.values, baseRect, part.values, partRect, union, keepRow) as CellValue[][],
    text: patchCells<string>(base.text, baseRect, part.text, partRect, union, keepRow),
    formats: patchCells<string>(base.formats, baseRect, part.formats, partRect, union, keepRow),
    merges: [...(base.merges ?? []).filter((m) => !inPart(m)), ...(part.merges ?? [])],
    // What the sheet hides stays as the whole read found it: a fix or an edit does not hide or show a row.
    ...(base.hidden ? { hidden: base.hidden } : {}),
  };
}
