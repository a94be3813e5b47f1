/**
 * A read-only drawing of one sheet of the stand-in model, like Excel's grid: column letters and
 * row numbers, merged cells (rowspan/colspan), the user's fills, fonts and borders, our marks by
 * severity, and the selection. Every cell carries `data-address` (F14) and, when marked,
 * `data-severity` (error, warning or info), for the end-to-end tests and other tools.
 *
 * Clicking a cell selects it, as in Excel (a merged cell selects its whole area).
 *
 * Only the rows in and near view are drawn (in blocks of BLOCK_ROWS, a viewport above and two
 * below, at least MIN_DRAWN_ROWS, one block at first; a sheet of up to SMALL_SHEET_ROWS rows
 * whole): a sheet of 2,000 tables has ~27,000 rows, and drawing them all took seconds and redrew
 * them after every Excel batch. Rows not drawn are spacer rows of their
 * height (the row's own height, else the measured height of a drawn row).
 *
 * The table has a fixed layout: every column's width is known before the browser lays it out (the
 * user's width, else an estimate from the text drawn so far, which only grows), so a draw does
 * not make the browser measure every cell's content (an automatic table layout of the first 200
 * rows of 2,000 tables took 0.2–0.7 s in one task). Nothing reads the layout while drawing: the
 * row height is measured after the frame is painted, and the selected cell is scrolled to only
 * when it is not plainly in view already.
 */
import '../core/i18n/preview';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t } from '../core/i18n';
import '../core/i18n/pane';
import '../core/i18n/views';
import type { Locale } from '../core/model';
import type { SheetModel } from '../standin/model';
import { buildSheetView, contentRect, EXTRA_ROWS, pointsToPx, type CellFont, type RowWindow, type SheetView, type ViewCell } from './sheet-view';

export interface GridProps {
  locale: Locale;
  sheetName: string;
  /** The sheet drawn; the grid builds what it shows from it (./sheet-view.ts), for the rows near view only. */
  sheet: SheetModel;
  /** Changes whenever the model changed (an Excel batch, a click): the grid draws it again. */
  version: number;
  onSelectCell: (row: number, col: number) => void;
}

/** Excel's own colours for the grid chrome, so the drawing reads as a sheet. */
const GRIDLINE = '#E1E1E1';
const HEADER_BG = '#F3F3F3';
const HEADER_SELECTED_BG = '#D2D2D2';
const CURSOR = '#217346';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: '#FFFFFF',
    color: '#000000',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontFamily: tokens.fontFamilyBase,
    fontSize: '11pt',
  },
  header: {
    position: 'sticky',
    zIndex: 1,
    backgroundColor: HEADER_BG,
    color: '#444444',
    fontWeight: 'normal',
    fontSize: '9pt',
    border: `1px solid #C8C8C8`,
    padding: '0 4px',
    textAlign: 'center',
    userSelect: 'none',
  },
  colHeader: { top: 0, overflow: 'hidden' },
  rowHeader: { left: 0, textAlign: 'right' },
  corner: { top: 0, left: 0, zIndex: 2 },
  headerSelected: { backgroundColor: HEADER_SELECTED_BG, color: '#000000' },
  cell: {
    border: `1px solid ${GRIDLINE}`,
    padding: '2px 4px',
    height: '20px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    cursor: 'cell',
  },
  selected: { boxShadow: 'inset 0 0 0 9999px rgba(0, 0, 0, 0.06)' },
  active: { outline: `2px solid ${CURSOR}`, outlineOffset: '-2px' },
  spacer: { '& > td': { padding: 0, border: 'none' } },
  note: { padding: tokens.spacingHorizontalS },
});

/** Songti, Fangsong and Kaiti are serif faces; fall back to a serif CJK font for them. */
const SERIF = /宋|仿宋|楷|song|fang|kai|serif|times|mincho/i;

function fontFamily(name: string): string {
  return `"${name.replace(/"/g, '')}", ${SERIF.test(name) ? 'serif' : 'sans-serif'}`;
}

function fontStyle(font: CellFont): CSSProperties {
  const css: CSSProperties = {};
  if (font.family) css.fontFamily = fontFamily(font.family);
  if (font.size) css.fontSize = `${font.size}pt`;
  if (font.bold) css.fontWeight = 'bold';
  if (font.italic) css.fontStyle = 'italic';
  if (font.color) css.color = font.color;
  return css;
}

function cellStyle(cell: ViewCell): CSSProperties {
  const css: CSSProperties = { textAlign: cell.align, verticalAlign: cell.vertical, ...fontStyle(cell.font) };
  if (cell.fill) css.backgroundColor = cell.fill;
  if (cell.borders.top) css.borderTop = cell.borders.top;
  if (cell.borders.bottom) css.borderBottom = cell.borders.bottom;
  if (cell.borders.left) css.borderLeft = cell.borders.left;
  if (cell.borders.right) css.borderRight = cell.borders.right;
  return css;
}

/** Rows are drawn in blocks of this many, so scrolling re-renders only when it reaches another block. */
export const BLOCK_ROWS = 50;
/**
 * At least this many rows are drawn: the window at the top, a 900 px view and a view below it.
 * Every drawn row is built, reconciled and laid out on each redraw (when a workbook opens, after a
 * check's marks), so a large sheet draws no more than that before the user scrolls.
 */
export const MIN_DRAWN_ROWS = 100;
/**
 * A sheet's first draw (a workbook opened, another sheet shown) is one block, more than a view; the
 * window is filled to MIN_DRAWN_ROWS in a task of its own once that is painted. Opening 2,000
 * tables, the first draw was the page's longest task (~0.1 s, most of it building and laying out
 * 100 rows of cells): half the rows, half the task, and the workbook is on screen sooner.
 */
const FIRST_DRAW: RowWindow = { from: 0, to: BLOCK_ROWS - 1 };
/** A sheet of up to this many rows is drawn whole (the tests read a whole small sheet from the page). */
export const SMALL_SHEET_ROWS = 200;
/**
 * A selected cell whose far edge is within this much of the drawing's top-left corner (px) is in
 * view when the grid is not scrolled: any window the page fits in shows that much of the grid.
 */
const PLAINLY_IN_VIEW = { width: 400, height: 200 };
/** A row's height before any is measured (px): 11pt text, padding and border. */
const DEFAULT_ROW_PX = 25;

/** A column without a width of its own: at least this wide (px), and at most its text's width up to MAX_AUTO_COL_PX. */
export const MIN_AUTO_COL_PX = 56;
/** 22em of 11pt text: the widest a column grows for its text (longer text wraps). */
export const MAX_AUTO_COL_PX = 323;
/** Cell padding and border (px) around the text. */
const CELL_EXTRA_PX = 10;
const DEFAULT_FONT_PT = 11;

/**
 * The width (px) a cell's text needs on one line, estimated without the browser: a CJK or
 * full-width character is one em of the cell's font, any other character 0.6 em; the longest line.
 */
export function textWidthPx(text: string, fontPt: number = DEFAULT_FONT_PT): number {
  const em = (fontPt * 96) / 72;
  let widest = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      widest = Math.max(widest, line);
      line = 0;
    } else line += c >= 0x2e80 ? 1 : 0.6;
  }
  return Math.ceil(Math.max(widest, line) * em);
}

/**
 * Widths (px) of the drawn columns: the user's, else grown to the widest one-column text drawn so
 * far (`grown` keeps it across windows, so scrolling back does not narrow a column).
 */
export function columnWidths(view: SheetView, grown: Map<number, number>): number[] {
  for (const line of view.lines) {
    for (const cell of line.cells) {
      if (cell.colSpan > 1 || cell.text === '') continue;
      const px = Math.min(MAX_AUTO_COL_PX, textWidthPx(cell.text, cell.font.size) + CELL_EXTRA_PX);
      if (px > (grown.get(cell.col) ?? 0)) grown.set(cell.col, px);
    }
  }
  return view.cols.map((c) => c.widthPx ?? Math.max(MIN_AUTO_COL_PX, grown.get(c.index) ?? 0));
}

/** The row headers' width (px): enough for the last row's number in 9pt. */
function rowHeaderPx(rows: number): number {
  return Math.max(32, 12 + 7 * String(rows).length);
}

/**
 * Top offsets (px) of each row of the drawing, and the end: explicit heights, else the estimate.
 * The drawing's rows are the sheet's from its first (`view.rows` is 0, 1, 2 …), so the offsets
 * depend on how many there are, not on the window drawn: found once, not again per scrolled block.
 */
function rowOffsets(rowCount: number, heights: ReadonlyMap<number, number> | undefined, rowPx: number): Float64Array {
  const offsets = new Float64Array(rowCount + 1);
  for (let i = 0; i < rowCount; i++) {
    const points = heights?.get(i);
    offsets[i + 1] = offsets[i] + (points === undefined ? rowPx : Math.max(rowPx, pointsToPx(points)));
  }
  return offsets;
}

/** The row at a vertical position (px), by binary search over the offsets. */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The rows to draw for a scroll position: a viewport above and two below, in whole blocks. */
export function windowFor(offsets: Float64Array, scrollTop: number, viewportPx: number): RowWindow {
  const rows = offsets.length - 1;
  const from = Math.floor(rowAt(offsets, scrollTop - viewportPx) / BLOCK_ROWS) * BLOCK_ROWS;
  let to = (Math.floor(rowAt(offsets, scrollTop + 2 * viewportPx) / BLOCK_ROWS) + 1) * BLOCK_ROWS - 1;
  to = Math.max(to, from + MIN_DRAWN_ROWS - 1);
  return { from, to: Math.min(to, rows - 1) };
}

const ALL_OF_SMALL: RowWindow = { from: 0, to: SMALL_SHEET_ROWS - 1 };

export function Grid({ locale, sheetName, sheet, version, onSelectCell }: GridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<RowWindow>(FIRST_DRAW);
  const [rowPx, setRowPx] = useState(DEFAULT_ROW_PX);
  // The grid draws the model as it is now: `version` changes whenever the model did. The used
  // range (a pass over every cell) is found once per change, not again for each scrolled block.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const content = useMemo(() => contentRect(sheet), [sheet, version]);
  const small = content.bottom + 1 + EXTRA_ROWS <= SMALL_SHEET_ROWS;
  const rows = small ? ALL_OF_SMALL : drawn;
  const view = useMemo(() => buildSheetView(sheet, undefined, rows, content), [sheet, content, rows]);
  const rowCount = view.rows.length;
  // Again when the model changed (`content` is found per version: a height may have been set).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const offsets = useMemo(() => rowOffsets(rowCount, sheet.rowHeights, rowPx), [rowCount, content, sheet.rowHeights, rowPx]);
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;
  const grown = useRef({ sheet: sheetName, widths: new Map<number, number>() });
  if (grown.current.sheet !== sheetName) grown.current = { sheet: sheetName, widths: new Map() };
  const widths = useMemo(() => columnWidths(view, grown.current.widths), [view]);
  const headerPx = rowHeaderPx(view.rows.length);
  const measured = useRef(false);
  /** Set when the add-in selected a cell: the grid scrolls to it once it is drawn. */
  const pendingScroll = useRef(true);
  /** Where the grid is scrolled to, as its scroll events said: read without asking the browser for layout. */
  const scrolled = useRef({ top: 0, left: 0 });

  const follow = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    scrolled.current = { top: el.scrollTop, left: el.scrollLeft };
    const next = windowFor(offsetsRef.current, el.scrollTop, el.clientHeight || 800);
    setDrawn((w) => (w.from === next.from && w.to === next.to ? w : next));
  }, []);

  // A new sheet starts at its top.
  useEffect(() => {
    measured.current = false;
    pendingScroll.current = true;
  }, [sheetName]);

  // After a sheet's first draw is painted, the window it stands for (at least MIN_DRAWN_ROWS), in
  // a task of its own.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(follow, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [sheetName, follow]);

  // The estimate of a row's height, from the rows drawn without a height of their own (once per
  // sheet), read after the frame is painted: the layout is then up to date and reading it is cheap.
  useEffect(() => {
    if (measured.current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const el = scroller.current;
        if (!el || measured.current) return;
        let sum = 0;
        let count = 0;
        for (const tr of el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]:not([data-height])')) {
          sum += tr.offsetHeight;
          count++;
        }
        if (count > 0 && sum > 0) {
          measured.current = true;
          const px = sum / count;
          if (Math.abs(px - rowPx) > 1) setRowPx(px);
        }
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [view, rowPx]);

  // Bring the selected cell into view when the add-in selects one, as Excel scrolls to it: first
  // the rows around it are drawn, then the drawn cell is scrolled to. Layout effects, so the cell is
  // in view in the same task that draws it.
  const sel = sheet.selection;
  useLayoutEffect(() => {
    pendingScroll.current = true;
    const el = scroller.current;
    const row = view.rows.indexOf(sel.top);
    if (!el || row < 0 || (row >= rows.from && row <= rows.to)) return;
    el.scrollTop = Math.max(0, offsetsRef.current[row] - el.clientHeight / 2);
    follow();
    // Only a new selection moves the view; scrolling by the user does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.selection, sel.top, sel.left, sheetName]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !pendingScroll.current) return;
    const active = el.querySelector<HTMLElement>('[data-active="true"]');
    if (!active) return;
    pendingScroll.current = false;
    // Not scrolled, and the cell within the first PLAINLY_IN_VIEW px of the drawing (A1 when a
    // workbook opens): it is in view, and asking the browser would lay the table out here.
    const row = view.rows.indexOf(sel.top);
    const col = view.cols.findIndex((c) => c.index === sel.left);
    const x = headerPx + widths.slice(0, Math.max(0, col + 1)).reduce((a, b) => a + b, 0);
    const y = row < 0 ? Infinity : offsetsRef.current[row + 1];
    if (scrolled.current.top === 0 && scrolled.current.left === 0 && col >= 0 && x <= PLAINLY_IN_VIEW.width && y <= PLAINLY_IN_VIEW.height) return;
    active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    scrolled.current = { top: el.scrollTop, left: el.scrollLeft };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, rowPx]);

  const top = offsets[view.lines[0]?.row ?? 0] ?? 0;
  const lastIndex = view.lines.length > 0 ? view.lines[view.lines.length - 1].row : -1;
  const bottom = offsets[offsets.length - 1] - (offsets[lastIndex + 1] ?? 0);
  const span = view.cols.length + 1;

  return (
    <>
      <div
        ref={scroller}
        className={styles.scroller}
        role="region"
        aria-label={t('preview.grid', locale, { sheet: sheetName })}
        // Scrollable regions must be reachable by keyboard.
        tabIndex={0}
        onScroll={follow}
      >
        <table
          className={styles.table}
          data-sheet={sheetName}
          data-rows={view.rows.length}
          style={{ width: `${headerPx + widths.reduce((a, b) => a + b, 0)}px` }}
        >
          <colgroup>
            <col style={{ width: `${headerPx}px` }} />
            {view.cols.map((c, i) => (
              <col key={c.index} style={{ width: `${widths[i]}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(styles.header, styles.colHeader, styles.corner)} aria-hidden />
              {view.cols.map((c) => (
                <th key={c.index} scope="col" className={mergeClasses(styles.header, styles.colHeader, c.selected && styles.headerSelected)}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && (
              <tr aria-hidden className={styles.spacer} style={{ height: `${top}px` }}>
                <td colSpan={span} />
              </tr>
            )}
            {view.lines.map((line) => (
              <tr
                key={line.row}
                data-row={line.row}
                data-height={line.heightPx === undefined ? undefined : line.heightPx}
                style={line.heightPx === undefined ? undefined : { height: `${line.heightPx}px` }}
              >
                <th scope="row" className={mergeClasses(styles.header, styles.rowHeader, line.selected && styles.headerSelected)}>
                  {line.row + 1}
                </th>
                {line.cells.map((cell) => (
                  <td
                    key={cell.address}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    className={mergeClasses(
                      styles.cell,
                      // Excel shades the rest of a selected range, not its active cell.
                      cell.selected && !cell.active && styles.selected,
                      cell.active && styles.active,
                    )}
                    style={cellStyle(cell)}
                    data-address={cell.address}
                    data-severity={cell.severity}
                    data-selected={cell.selected ? 'true' : undefined}
                    data-active={cell.active ? 'true' : undefined}
                    title={cell.severity ? t('preview.marked', locale, { severity: t(`pane.severityOne.${cell.severity}`, locale) }) : undefined}
                    onClick={() => onSelectCell(cell.row, cell.col)}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
            {bottom > 0 && (
              <tr aria-hidden className={styles.spacer} style={{ height: `${bottom}px` }}>
                <td colSpan={span} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {view.truncated && <Caption1 className={styles.note}>{t('preview.truncated', locale, { rows: view.rows.length, cols: view.cols.length })}</Caption1>}
    </>
  );
}
