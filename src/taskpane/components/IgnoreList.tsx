import { useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { displayText, t } from '../../core/i18n/base';
import { engineIfLoaded, findingText } from '../engine';
import '../../core/i18n/pane';
import { entryKey, type IgnoreEntry, type IgnoredFinding } from '../../core/review/ignore';
import type { Locale } from '../../core/model';
import '../../core/i18n/review-pane';
import { FALLBACK_WIDTH, rowAt, textPixels } from './finding-rows';
import { useMeasuredOffsets, useViewportSize } from './measured-rows';

export interface IgnoreListProps {
  locale: Locale;
  ignored: readonly IgnoredFinding[];
  /** Entries kept in the workbook that match no current finding. */
  unmatched: readonly IgnoreEntry[];
  busy: boolean;
  onRestore: (keys: string[]) => void;
}

/** The list's viewport is at most this tall (about four rows); more rows scroll inside it. */
export const IGNORED_VIEW_PX = 352;
/** Rows drawn above and below the visible ones. */
export const IGNORED_OVERSCAN = 2;

/** A Caption1 line (tokens.lineHeightBase200) at its font size (fontSizeBase200). */
const CAPTION_LINE_PX = 16;
const CAPTION_FONT_PX = 12;
/**
 * A row without its two wrapping lines of Caption1: padding 4 + 4, the heading line 20, the gaps
 * 2 + 2, the border 1, and 2 to spare.
 */
const IGNORED_FRAME_PX = 35;
/** Beside the texts: the 恢复 button (a small button is at least 64 px) and the column gap 8. */
const IGNORED_BUTTON_PX = 72;

/** The lines a Caption1 text wraps to in a row `width` pixels wide (a character less per line, for where lines break). */
function captionLines(text: string, width: number): number {
  const line = Math.max(CAPTION_FONT_PX * 4, width - IGNORED_BUTTON_PX - CAPTION_FONT_PX);
  return Math.max(1, Math.ceil(textPixels(text, CAPTION_FONT_PX) / line));
}

/** An ignored finding's row, estimated for a list `width` pixels wide: its message and its reason line wrap, neither is cut. */
export function estimateIgnoredRowHeight(message: string, reasonLine: string, width: number): number {
  return IGNORED_FRAME_PX + CAPTION_LINE_PX * (captionLines(message, width) + captionLines(reasonLine, width));
}

const useStyles = makeStyles({
  viewport: { position: 'relative', overflowY: 'auto' },
  list: { margin: 0, padding: 0, position: 'relative' },
  item: {
    listStyleType: 'none',
    position: 'absolute',
    left: 0,
    right: 0,
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  oneLine: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

function ruleName(id: string, locale: Locale): string {
  // Listed only beside results, so the engine and its rules' texts have loaded; else the rule's id.
  return engineIfLoaded()?.ruleName(id, locale) ?? id;
}

/** `2025-03-01`, the day the finding was ignored, in the user's time zone. */
function day(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The reason and date line of an ignored finding. */
function reasonLine(entry: IgnoreEntry, locale: Locale): string {
  const reason = entry.reason === '' ? t('review.ignored.noReason', locale) : t('review.ignored.reason', locale, { reason: entry.reason });
  return `${reason} · ${t('review.ignored.at', locale, { date: day(entry.at) })}`;
}

type RowsProps = Pick<IgnoreListProps, 'locale' | 'ignored' | 'busy' | 'onRestore'>;

/**
 * The ignored findings, virtualised as the findings list is (./FindingList.tsx): only the rows in
 * view (and a few around them) are in the document, each as tall as its message and its reason
 * (estimated, then measured once drawn: ./measured-rows.ts), so a workbook with 10,000 ignored
 * findings draws the same few rows as one with 10, and neither the message nor the user's own
 * reason is cut. Mounted when the list is opened, so its viewport is there to measure.
 */
function IgnoredRows({ locale, ignored, busy, onRestore }: RowsProps) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { width } = useViewportSize(viewport, IGNORED_VIEW_PX, FALLBACK_WIDTH);
  const keys = useMemo(() => ignored.map((i) => `${entryKey(i.entry)}|${i.finding.messageId}`), [ignored]);
  const estimates = useMemo(() => ignored.map((i) => estimateIgnoredRowHeight(findingText(i.finding, locale), reasonLine(i.entry, locale), width)), [ignored, width, locale]);
  const { offsets } = useMeasuredOffsets(viewport, keys, estimates, `${width} ${locale}`);
  const total = offsets[ignored.length];
  const viewHeight = Math.min(total, IGNORED_VIEW_PX);
  // A list that got shorter (恢复) keeps no scroll position past its end.
  const top = Math.min(scrollTop, Math.max(0, total - viewHeight));
  const first = Math.max(0, rowAt(offsets, top) - IGNORED_OVERSCAN);
  const last = Math.min(ignored.length, rowAt(offsets, top + viewHeight) + 1 + IGNORED_OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) {
    const { sheet, finding, entry } = ignored[i];
    const rule = ruleName(finding.rule, locale);
    rows.push(
      <li key={keys[i]} className={styles.item} style={{ top: `${offsets[i]}px` }} aria-setsize={ignored.length} aria-posinset={i + 1} data-index={i} data-key={keys[i]}>
        <span className={styles.text}>
          <Body1 className={styles.oneLine}>{displayText(t('review.ignored.item', locale, { sheet, cell: finding.cell, rule }))}</Body1>
          <Caption1>{displayText(findingText(finding, locale))}</Caption1>
          <Caption1 className={styles.muted}>{displayText(reasonLine(entry, locale))}</Caption1>
        </span>
        <Button
          size="small"
          disabled={busy}
          aria-label={t('review.ignored.restoreLabel', locale, { sheet, cell: finding.cell, rule })}
          onClick={() => onRestore([entryKey(entry)])}
        >
          {t('review.ignored.restore', locale)}
        </Button>
      </li>,
    );
  }
  return (
    <div ref={viewport} className={styles.viewport} style={{ height: `${viewHeight}px` }} data-testid="ignored-list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul role="list" className={styles.list} aria-label={t('review.ignored.list', locale)} style={{ height: `${total}px` }}>
        {rows}
      </ul>
    </div>
  );
}

/**
 * 已忽略的问题: kept apart from the findings to review (not counted, not marked), each with its
 * reason and date and a 恢复 button; 全部恢复 brings every one back. Collapsed at first.
 */
export function IgnoreList({ locale, ignored, unmatched, busy, onRestore }: IgnoreListProps) {
  const styles = useStyles();
  if (ignored.length === 0 && unmatched.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="ignored">
        <AccordionHeader>{t('review.ignored.heading', locale, { count: ignored.length })}</AccordionHeader>
        <AccordionPanel>
          {ignored.length > 0 && <IgnoredRows locale={locale} ignored={ignored} busy={busy} onRestore={onRestore} />}
          <div className={styles.footer}>
            {ignored.length > 1 && (
              <Button disabled={busy} onClick={() => onRestore([...new Set(ignored.map((i) => entryKey(i.entry)))])}>
                {t('review.ignored.restoreAll', locale)}
              </Button>
            )}
            {unmatched.length > 0 && <Caption1 className={styles.muted}>{t('review.ignored.unmatched', locale, { count: unmatched.length })}</Caption1>}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
