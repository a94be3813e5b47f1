/**
 * A read-only drawing of one sheet of the stand-in model, like Excel's grid: column letters and
 * row numbers, merged cells (rowspan/colspan), the user's fills, fonts and borders, our marks by
 * severity, and the selection. Every cell carries `data-address` (F14) and, when marked,
 * `data-severity` (error, warning or info), for the end-to-end tests and other tools.
 *
 * Clicking a cell selects it, as in Excel (a merged cell selects its whole area).
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Locale } from '../core/model';
import type { CellFont, SheetView, ViewCell } from './sheet-view';

export interface GridProps {
  locale: Locale;
  sheetName: string;
  view: SheetView;
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
    tableLayout: 'auto',
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
  colHeader: { top: 0, minWidth: '48px' },
  rowHeader: { left: 0, minWidth: '32px', textAlign: 'right' },
  corner: { top: 0, left: 0, zIndex: 2 },
  headerSelected: { backgroundColor: HEADER_SELECTED_BG, color: '#000000' },
  cell: {
    border: `1px solid ${GRIDLINE}`,
    padding: '2px 4px',
    minWidth: '48px',
    maxWidth: '22em',
    height: '20px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    cursor: 'cell',
  },
  merged: { maxWidth: 'none' },
  selected: { boxShadow: 'inset 0 0 0 9999px rgba(0, 0, 0, 0.06)' },
  active: { outline: `2px solid ${CURSOR}`, outlineOffset: '-2px' },
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

/** `sized`: the user set the column's width, which then wins over the drawing's text-width cap. */
function cellStyle(cell: ViewCell, sized: boolean): CSSProperties {
  const css: CSSProperties = { textAlign: cell.align, verticalAlign: cell.vertical, ...fontStyle(cell.font) };
  if (sized) css.maxWidth = 'none';
  if (cell.fill) css.backgroundColor = cell.fill;
  if (cell.borders.top) css.borderTop = cell.borders.top;
  if (cell.borders.bottom) css.borderBottom = cell.borders.bottom;
  if (cell.borders.left) css.borderLeft = cell.borders.left;
  if (cell.borders.right) css.borderRight = cell.borders.right;
  return css;
}

export function Grid({ locale, sheetName, view, onSelectCell }: GridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const sized = new Set(view.cols.filter((c) => c.widthPx !== undefined).map((c) => c.index));

  // Bring the selected cell into view when the add-in selects one, as Excel scrolls to it.
  useEffect(() => {
    const active = scroller.current?.querySelector<HTMLElement>('[data-active="true"]');
    active?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [view.selection, sheetName]);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      aria-label={t('preview.grid', locale, { sheet: sheetName })}
      // Scrollable regions must be reachable by keyboard.
      tabIndex={0}
    >
      <table className={styles.table} data-sheet={sheetName}>
        <colgroup>
          <col />
          {view.cols.map((c) => (
            <col key={c.index} style={c.widthPx === undefined ? undefined : { width: `${c.widthPx}px` }} />
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
          {view.lines.map((line) => (
            <tr key={line.row} style={line.heightPx === undefined ? undefined : { height: `${line.heightPx}px` }}>
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
                    cell.colSpan > 1 && styles.merged,
                    // Excel shades the rest of a selected range, not its active cell.
                    cell.selected && !cell.active && styles.selected,
                    cell.active && styles.active,
                  )}
                  style={cellStyle(cell, sized.has(cell.col))}
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
        </tbody>
      </table>
    </div>
  );
}
