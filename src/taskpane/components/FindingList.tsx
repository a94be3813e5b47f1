import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Badge, Button, Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BookQuestionMark20Regular, EyeOff20Regular, Wrench20Regular } from '@fluentui/react-icons';
import { findingText } from '../engine';
import { isFixable } from '../../core/review/fixes';
import { clipText, displayText, t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale } from '../../core/model';
import { findingKey } from '../review';
import type { ListItem } from '../view';
import { SeverityIcon } from './SeverityIcon';
import { estimateRowHeight, FALLBACK_WIDTH, rowAt } from './finding-rows';
import { useMeasuredOffsets, useViewportSize } from './measured-rows';
import '../../core/i18n/review-pane';
import '../../core/i18n/views';

/** The list's least height: one row of a short finding. */
const MIN_VIEW_PX = 120;
/** Rows drawn above and below the visible ones, so a fast scroll or Tab does not meet a gap. */
export const OVERSCAN = 3;
/** Assumed viewport where the list cannot measure itself (before layout, or in jsdom). */
const FALLBACK_HEIGHT = 700;

export type RowAction = 'select' | 'fix' | 'ignore' | 'explain';

export interface FindingListProps {
  locale: Locale;
  items: readonly ListItem[];
  /** Several sheets checked: rows name the sheet too. */
  showSheet: boolean;
  /** Sheets hidden in the workbook: their rows say so after the sheet's name. */
  hiddenSheets?: ReadonlySet<string>;
  /** Key (findingKey) of the current finding; its row is highlighted and in the tab order. */
  currentKey: string | null;
  /** Index of a row to scroll to and focus, and a counter so the same index can be asked twice. */
  focusRequest: { index: number; seq: number } | null;
  /** Index of a row to scroll to the top (a cell selected in the sheet), and a counter. */
  scrollRequest: { index: number; seq: number } | null;
  busy: boolean;
  onAction: (action: RowAction, item: ListItem, index: number) => void;
}

const useStyles = makeStyles({
  viewport: {
    position: 'relative',
    overflowY: 'auto',
    flexGrow: 1,
    minHeight: `${MIN_VIEW_PX}px`,
    ...createFocusOutlineStyle(),
  },
  list: { margin: 0, padding: 0, position: 'relative' },
  row: {
    listStyleType: 'none',
    position: 'absolute',
    left: 0,
    right: 0,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: 'hidden',
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}` },
  main: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    minHeight: 0,
    flexGrow: 1,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    overflow: 'hidden',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0, overflow: 'hidden' },
  where: { display: 'flex', columnGap: tokens.spacingHorizontalS, minWidth: 0, whiteSpace: 'nowrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  table: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    right: tokens.spacingHorizontalS,
    maxWidth: '55%',
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    pointerEvents: 'none',
  },
  message: {
    overflowWrap: 'anywhere',
    lineHeight: tokens.lineHeightBase300,
  },
  hiddenBadge: { flexShrink: 0 },
  suggestion: { color: tokens.colorPaletteGreenForeground1, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalXS, paddingLeft: '24px', flexShrink: 0 },
});

/**
 * What a row shows, from the workbook's text: bidi controls written out (a sheet name or a cell
 * holding U+202E cannot make the row read in another order) and a long suggestion or project name
 * clipped (the message's quotes are clipped where it is made); the cell's address always whole.
 */
function rowTexts(item: ListItem, locale: Locale, showSheet: boolean, hidden?: ReadonlySet<string>) {
  const f = item.finding;
  const sheet = hidden?.has(item.sheet) ? `${item.sheet}${t('pane.sheetHidden', locale)}` : item.sheet;
  return {
    cell: displayText(showSheet ? `${sheet}!${f.cell}` : f.cell),
    // A cell in a hidden row or column: a short badge beside its address.
    hidden: f.hidden === undefined ? undefined : t(`pane.cellHidden.${f.hidden}`, locale),
    message: displayText(findingText(f, locale)),
    suggestion: f.suggestion === undefined ? undefined : displayText(clipText(f.suggestion)),
    table: displayText(clipText(item.table)),
  };
}

function rowLabel(item: ListItem, locale: Locale, showSheet: boolean, hidden?: ReadonlySet<string>): string {
  const f = item.finding;
  const texts = rowTexts(item, locale, showSheet, hidden);
  const { message, suggestion } = texts;
  const cell = texts.hidden === undefined ? texts.cell : `${texts.cell} ${texts.hidden}`;
  const data = { severity: t(`pane.severityOne.${f.severity}`, locale), cell, message };
  return suggestion === undefined ? t('pane.finding.label', locale, data) : t('pane.finding.labelWithSuggestion', locale, { ...data, suggestion });
}

/**
 * The findings as one virtualised list: only the rows in view (and a few around them) are in the
 * document, whatever the number of findings. Each row is as tall as its message: its height is
 * estimated from its texts (finding-rows.ts), and once drawn, measured by a ResizeObserver, which
 * reports sizes after the browser's own layout (nothing here reads layout). A roving tab stop: the
 * current row's buttons are in the tab order, ↑/↓ (and Home/End) move between rows.
 */
export function FindingList({ locale, items, showSheet, hiddenSheets, currentKey, focusRequest, scrollRequest, busy, onAction }: FindingListProps) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { height, width } = useViewportSize(viewport, FALLBACK_HEIGHT, FALLBACK_WIDTH);

  const keys = useMemo(() => items.map((it) => findingKey(it.sheet, it.finding)), [items]);
  const currentIndex = currentKey === null ? -1 : keys.indexOf(currentKey);
  const tabIndexRow = currentIndex >= 0 ? currentIndex : 0;

  const estimates = useMemo(() => items.map((it) => estimateRowHeight(findingText(it.finding, locale), it.finding.suggestion !== undefined, width)), [items, width, locale]);
  // Rows measured at another width, or in another language, wrap otherwise: estimated again until drawn again.
  const { offsets, offsetsNow } = useMeasuredOffsets(viewport, keys, estimates, `${width} ${locale}`);

  const scrollTo = useCallback((top: number) => {
    const el = viewport.current;
    if (!el) return;
    el.scrollTop = top;
    setScrollTop(top);
  }, []);

  /** Scrolls just enough to show row `index`. */
  const reveal = useCallback(
    (index: number) => {
      const el = viewport.current;
      if (!el) return;
      const top = offsetsNow.current[index];
      const bottom = offsetsNow.current[index + 1];
      const view = el.clientHeight > 0 ? el.clientHeight : height;
      if (top < el.scrollTop) scrollTo(top);
      else if (bottom > el.scrollTop + view) scrollTo(Math.min(top, bottom - view));
    },
    [height, scrollTo, offsetsNow],
  );

  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  useEffect(() => {
    if (!focusRequest || items.length === 0) return;
    const index = Math.min(focusRequest.index, items.length - 1);
    reveal(index);
    setPendingFocus(index);
    // Only a new request moves the focus; a change of items alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);
  useEffect(() => {
    if (!scrollRequest) return;
    scrollTo(offsets[Math.min(scrollRequest.index, Math.max(items.length - 1, 0))]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);
  useEffect(() => {
    if (pendingFocus === null) return;
    const button = viewport.current?.querySelector<HTMLButtonElement>(`[data-index="${pendingFocus}"] button[data-main]`);
    if (button) {
      button.focus({ preventScroll: true });
      setPendingFocus(null);
    }
    // Runs again when the rows drawn change (after a scroll), until the row is there to focus.
  }, [pendingFocus, scrollTop, items]);

  const first = Math.max(0, rowAt(offsets, scrollTop) - OVERSCAN);
  const last = items.length === 0 ? 0 : Math.min(items.length, rowAt(offsets, scrollTop + height) + 1 + OVERSCAN);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    let to: number | undefined;
    if (e.key === 'ArrowDown') to = index + 1;
    else if (e.key === 'ArrowUp') to = index - 1;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = items.length - 1;
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    to = Math.max(0, Math.min(items.length - 1, to));
    onAction('select', items[to], to);
    reveal(to);
    setPendingFocus(to);
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    const f = item.finding;
    const key = findingKey(item.sheet, f);
    const tab = i === tabIndexRow ? 0 : -1;
    const shown = rowTexts(item, locale, showSheet, hiddenSheets);
    rows.push(
      <li
        key={key}
        data-index={i}
        data-key={key}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        className={mergeClasses(styles.row, i === currentIndex && styles.current)}
        style={{ top: `${offsets[i]}px` }}
      >
        <button
          type="button"
          data-main=""
          data-rule={f.rule}
          data-severity={f.severity}
          aria-current={i === currentIndex ? 'true' : undefined}
          className={styles.main}
          tabIndex={tab}
          aria-label={rowLabel(item, locale, showSheet, hiddenSheets)}
          onClick={() => onAction('select', item, i)}
        >
          <SeverityIcon severity={f.severity} />
          <span className={styles.text}>
            <span className={styles.where}>
              <span className={styles.cell}>{shown.cell}</span>
              {shown.hidden !== undefined && (
                <Badge size="small" appearance="tint" color="warning" className={styles.hiddenBadge} data-hidden={f.hidden}>
                  {shown.hidden}
                </Badge>
              )}
            </span>
            <span className={styles.message}>{shown.message}</span>
            {shown.suggestion !== undefined && <Caption1 className={styles.suggestion}>{t('pane.finding.suggestion', locale, { value: shown.suggestion })}</Caption1>}
          </span>
        </button>
        {/* The table, beside the cell on the first line; outside the button, whose name is the finding itself. */}
        <Caption1 className={styles.table}>{shown.table}</Caption1>
        <div className={styles.actions}>
          {isFixable(f) && (
            <Button size="small" appearance="primary" icon={<Wrench20Regular />} tabIndex={tab} disabled={busy} onClick={() => onAction('fix', item, i)}>
              {t('review.fix.one', locale)}
            </Button>
          )}
          <Button size="small" icon={<EyeOff20Regular />} tabIndex={tab} disabled={busy} onClick={() => onAction('ignore', item, i)}>
            {t('review.ignore', locale)}
          </Button>
          <Button size="small" appearance="subtle" icon={<BookQuestionMark20Regular />} tabIndex={tab} onClick={() => onAction('explain', item, i)}>
            {t('pane.finding.explain', locale)}
          </Button>
        </div>
      </li>,
    );
  }

  return (
    <div
      ref={viewport}
      className={styles.viewport}
      data-testid="finding-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul role="list" aria-label={t('pane.findings', locale)} className={styles.list} style={{ height: `${offsets[items.length]}px` }}>
        {rows}
      </ul>
    </div>
  );
}
