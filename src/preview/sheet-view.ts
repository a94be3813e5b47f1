/**
 * What the preview's grid draws for one sheet of the stand-in model, computed without React: the
 * rows and columns shown, each cell's text, merged spans, the user's own fill, font and borders,
 * our marks on top (conditional formats tagged `perf-target:<severity>`, read from the model as
 * Excel would paint them), and the selection.
 *
 * Marks are found through the model's conditional formats, not through anything the pane keeps,
 * so the grid shows exactly what the add-in wrote into the workbook.
 */
import { columnName, toA1, type CellValue, type Rect } from '../core/engine/grid';
import type { Severity } from '../core/model';
import { markSeverity } from '../hosts/excel/marks';
import {
  cachedUsedRect,
  cellKey,
  contains,
  getCell,
  type BorderEdge,
  type CellModel,
  type SheetModel,
  type WorkbookModel,
} from '../standin/model';
import { displayText } from '../standin/numfmt';
import { cssBorder, cssColor } from './colors';

/**
 * At most this much of a sheet is drawn (a page, not a spreadsheet engine). The grid draws only
 * the rows in and near view (./Grid.tsx), so the row limit only bounds the scroll height.
 */
export const MAX_VIEW_ROWS = 100_000;
export const MAX_VIEW_COLS = 100;
/** An empty or small sheet still looks like a sheet. */
export const MIN_VIEW_ROWS = 20;
export const MIN_VIEW_COLS = 8;
/** Blank rows and columns drawn after the last used one. */
export const EXTRA_ROWS = 3;
export const EXTRA_COLS = 2;

export interface CellFont {
  family?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface ViewCell {
  address: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  align: 'left' | 'right' | 'center' | 'justify';
  vertical: 'top' | 'middle' | 'bottom';
  /** CSS colour painted on the cell: our mark's where there is one, else the user's own fill. */
  fill?: string;
  /** The user's own fill, kept apart so tests can see it is untouched under a mark. */
  ownFill?: string;
  severity?: Severity;
  font: CellFont;
  /** CSS `border-*` values by edge. */
  borders: Partial<Record<BorderEdge, string>>;
  /** Inside the selected range. */
  selected: boolean;
  /** The selection's top-left cell: where Excel draws the cursor. */
  active: boolean;
}

export interface SheetView {
  /** Row indices (0-based) drawn, top to bottom. */
  rows: number[];
  /** Column indices (0-based) drawn, left to right, with their letters and widths set by the user. */
  cols: { index: number; name: string; selected: boolean; widthPx?: number }[];
  /** One entry per drawn row: the cells that start there (cells covered by a merge are left out). */
  lines: { row: number; selected: boolean; heightPx?: number; cells: ViewCell[] }[];
  /** A1 of the selection, as Excel's name box shows it. */
  selection: string;
  /** True when the sheet is bigger than what is drawn. */
  truncated: boolean;
  /** Number of drawn cells that carry a mark. */
  markedCount: number;
}

export interface ViewLimits {
  maxRows: number;
  maxCols: number;
}

const DEFAULT_LIMITS: ViewLimits = { maxRows: MAX_VIEW_ROWS, maxCols: MAX_VIEW_COLS };

export interface Mark {
  severity: Severity;
  fill: string;
}

/**
 * The part of the sheet that has anything to show, before limits: from A1 to the furthest row and
 * column of the used range, the selection and the merged areas (never empty: at least A1).
 */
export function contentRect(sheet: SheetModel): Rect {
  const used = cachedUsedRect(sheet);
  let bottom = Math.max(sheet.selection.bottom, used?.bottom ?? 0);
  let right = Math.max(sheet.selection.right, used?.right ?? 0);
  // Without an object per merged area (20,000 at 2,000 tables).
  for (const m of sheet.merges) {
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right > right) right = m.right;
  }
  return { top: 0, left: 0, bottom, right };
}

/**
 * Our marks on the drawn area: for each cell, the mark of the highest-priority conditional format
 * tagged as ours that covers it (index 0 is the top priority, and its fill is the one Excel shows).
 * Other conditional formats are the user's and are not evaluated here.
 */
export function marksIn(sheet: SheetModel, view: Rect): Map<number, Mark> {
  const marks = new Map<number, Mark>();
  sheet.conditionalFormats.forEach((cf) => {
    const severity = cf.type === 'Custom' ? markSeverity(cf.formula) : undefined;
    if (!severity) return;
    const fill = cssColor(cf.fillColor);
    if (!fill) return;
    for (const area of cf.areas) {
      const top = Math.max(area.top, view.top);
      const bottom = Math.min(area.bottom, view.bottom);
      const left = Math.max(area.left, view.left);
      const right = Math.min(area.right, view.right);
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const key = cellKey(r, c);
          // Formats are visited top priority first: the first one to reach a cell wins.
          if (!marks.has(key)) marks.set(key, { severity, fill });
        }
      }
    }
  });
  return marks;
}

/** Excel's General alignment: numbers right, booleans centred, text left. */
function generalAlign(value: CellValue): ViewCell['align'] {
  if (typeof value === 'number') return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}

/** Office's HorizontalAlignment names; the rest (General, Fill) follow the value. */
const HORIZONTAL: Readonly<Record<string, ViewCell['align']>> = {
  Left: 'left',
  Center: 'center',
  CenterAcrossSelection: 'center',
  Right: 'right',
  Justify: 'justify',
  Distributed: 'justify',
};

const VERTICAL: Readonly<Record<string, ViewCell['vertical']>> = {
  Top: 'top',
  Center: 'middle',
  Justify: 'middle',
  Distributed: 'middle',
  Bottom: 'bottom',
};

/**
 * Alignment set on the cell, else Excel's defaults, except vertically: cells with no alignment
 * are centred, because the stand-in does not read alignment from files and the published tables
 * (pasted from Word) are centred.
 */
function alignmentOf(cell: CellModel | undefined, value: CellValue): Pick<ViewCell, 'align' | 'vertical'> {
  const a = cell?.style?.alignment;
  return {
    align: HORIZONTAL[a?.horizontal ?? ''] ?? generalAlign(value),
    vertical: VERTICAL[a?.vertical ?? ''] ?? 'middle',
  };
}

/** Points (the model's unit for widths and heights) to CSS pixels. */
export function pointsToPx(points: number): number {
  return Math.round((points * 96) / 72);
}

function fontOf(cell: CellModel | undefined): CellFont {
  const f = cell?.style?.font;
  if (!f) return {};
  const font: CellFont = {};
  if (f.name !== undefined) font.family = f.name;
  if (f.size !== undefined) font.size = f.size;
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  const color = cssColor(f.color);
  if (color) font.color = color;
  return font;
}

/**
 * Borders of a cell, or of a merged area: Excel draws each edge from the cells along it, so the
 * top comes from the top-left cell, the bottom from the bottom-left, the right from the top-right.
 */
function bordersOf(sheet: SheetModel, area: Rect): ViewCell['borders'] {
  const edgeCell: Record<BorderEdge, CellModel | undefined> = {
    top: getCell(sheet, area.top, area.left),
    left: getCell(sheet, area.top, area.left),
    bottom: getCell(sheet, area.bottom, area.left),
    right: getCell(sheet, area.top, area.right),
  };
  const borders: ViewCell['borders'] = {};
  for (const edge of ['top', 'left', 'bottom', 'right'] as const) {
    const css = cssBorder(edgeCell[edge]?.style?.borders?.[edge]);
    if (css) borders[edge] = css;
  }
  return borders;
}

function inside(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function viewCell(sheet: SheetModel, area: Rect, mark: Mark | undefined): ViewCell {
  const cell = getCell(sheet, area.top, area.left);
  const value = cell?.value ?? null;
  const ownFill = cssColor(cell?.style?.fill?.color);
  const selection = sheet.selection;
  const view: ViewCell = {
    address: toA1(area.top, area.left),
    row: area.top,
    col: area.left,
    rowSpan: area.bottom - area.top + 1,
    colSpan: area.right - area.left + 1,
    text: displayText(value, cell?.numberFormat),
    ...alignmentOf(cell, value),
    font: fontOf(cell),
    borders: bordersOf(sheet, area),
    selected: contains(selection, { top: area.top, left: area.left, bottom: area.top, right: area.left }),
    active: inside(area, selection.top, selection.left),
  };
  if (ownFill) view.ownFill = ownFill;
  const fill = mark?.fill ?? ownFill;
  if (fill) view.fill = fill;
  if (mark) view.severity = mark.severity;
  return view;
}

/** Rows of the sheet to build lines for (inclusive, 0-based); the grid draws only those in and near view. */
export interface RowWindow {
  from: number;
  to: number;
}

/**
 * Builds what the grid draws for a sheet: its extent (rows and columns with their headers) and,
 * for the rows in `window` (default: every row shown), the cells. The work is proportional to the
 * window and the sheet's merged areas and mark areas, not to the sheet's cells, except for the one
 * pass that finds the used range (`contentRect`), which the caller can pass in while the sheet is
 * unchanged (the grid does, while the user scrolls).
 */
export function buildSheetView(
  sheet: SheetModel,
  limits: ViewLimits = DEFAULT_LIMITS,
  window?: RowWindow,
  /** contentRect(sheet), when the caller has it from an unchanged sheet. */
  content: Rect = contentRect(sheet),
): SheetView {
  const bottom = Math.max(content.bottom + EXTRA_ROWS, MIN_VIEW_ROWS - 1);
  const right = Math.max(content.right + EXTRA_COLS, MIN_VIEW_COLS - 1);
  const shown: Rect = { top: 0, left: 0, bottom: Math.min(bottom, limits.maxRows - 1), right: Math.min(right, limits.maxCols - 1) };
  const truncated = content.bottom > shown.bottom || content.right > shown.right;
  const from = Math.max(shown.top, window?.from ?? shown.top);
  const to = Math.min(shown.bottom, window?.to ?? shown.bottom);

  // A merged area is drawn once, from its top-left cell (clipped to what is shown). One that starts
  // above the window is drawn from the window's first row, with its top-left cell's content.
  const anchors = new Map<number, { area: Rect; anchor: Rect }>();
  const covered = new Set<number>();
  let marksTop = from;
  for (const m of sheet.merges) {
    if (m.top > to || m.bottom < from || m.left > shown.right) continue;
    const area = { top: Math.max(m.top, from), left: m.left, bottom: Math.min(m.bottom, to, shown.bottom), right: Math.min(m.right, shown.right) };
    anchors.set(cellKey(area.top, area.left), { area, anchor: { ...m, bottom: Math.min(m.bottom, shown.bottom), right: area.right } });
    if (m.top < marksTop) marksTop = m.top;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) covered.add(cellKey(r, c));
    }
  }

  const marks = to >= from ? marksIn(sheet, { top: marksTop, left: shown.left, bottom: to, right: shown.right }) : new Map<number, Mark>();
  const sel = sheet.selection;
  let markedCount = 0;
  const lines = range(from, to).map((row) => {
    const cells: ViewCell[] = [];
    for (let col = shown.left; col <= shown.right; col++) {
      const key = cellKey(row, col);
      if (covered.has(key)) continue;
      const merged = anchors.get(key);
      const anchor = merged?.anchor ?? { top: row, left: col, bottom: row, right: col };
      // A merged cell shows the formatting, conditional formats included, of its top-left cell.
      const cell = viewCell(sheet, anchor, marks.get(cellKey(anchor.top, anchor.left)));
      // Spans end with the window: the rows below it are not in the table.
      if (merged) cell.rowSpan = merged.area.bottom - merged.area.top + 1;
      if (cell.severity) markedCount++;
      cells.push(cell);
    }
    const height = sheet.rowHeights?.get(row);
    const line: SheetView['lines'][number] = { row, selected: row >= sel.top && row <= sel.bottom, cells };
    if (height !== undefined) line.heightPx = pointsToPx(height);
    return line;
  });

  return {
    rows: range(shown.top, shown.bottom),
    cols: range(shown.left, shown.right).map((index) => {
      const width = sheet.columnWidths?.get(index);
      const col: SheetView['cols'][number] = { index, name: columnName(index), selected: index >= sel.left && index <= sel.right };
      if (width !== undefined) col.widthPx = pointsToPx(width);
      return col;
    }),
    lines,
    selection: selectionText(sheet),
    truncated,
    markedCount,
  };
}

/** `F14`, or `A1:G14` for a range, as Excel's name box shows the selection. */
export function selectionText(sheet: SheetModel): string {
  const s = sheet.selection;
  const merged = sheet.merges.find((m) => m.top === s.top && m.left === s.left && m.bottom === s.bottom && m.right === s.right);
  // Excel names a selected merged cell by its top-left cell.
  if (merged || (s.top === s.bottom && s.left === s.right)) return toA1(s.top, s.left);
  return `${toA1(s.top, s.left)}:${toA1(s.bottom, s.right)}`;
}

/** The sheets Excel shows as tabs, with their positions in the workbook: hidden sheets have none. */
export function visibleSheets(model: WorkbookModel): { index: number; name: string }[] {
  return model.sheets.flatMap((s, index) => ((s.visibility ?? 'Visible') === 'Visible' ? [{ index, name: s.name }] : []));
}

/** The area Excel selects when the user clicks a cell: the whole merged area it belongs to. */
export function clickArea(sheet: SheetModel, row: number, col: number): Rect {
  const merged = sheet.merges.find((m) => inside(m, row, col));
  return merged ? { ...merged } : { top: row, left: col, bottom: row, right: col };
}
