import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { displayText, t } from '../../core/i18n/base';
import { engineIfLoaded, findingText } from '../engine';
import '../../core/i18n/pane';
import { entryKey, type IgnoreEntry, type IgnoredFinding } from '../../core/review/ignore';
import type { Locale } from '../../core/model';
import '../../core/i18n/review-pane';

export interface IgnoreListProps {
  locale: Locale;
  ignored: readonly IgnoredFinding[];
  /** Entries kept in the workbook that match no current finding. */
  unmatched: readonly IgnoreEntry[];
  busy: boolean;
  onRestore: (keys: string[]) => void;
}

/**
 * Every row has this height, so the list knows where any row is without measuring one: only the
 * rows in view (and a few around them) are in the document, as in the findings list (./FindingList.tsx).
 */
export const IGNORED_ROW_HEIGHT = 88;
/** Rows shown at once; more scroll inside the list. */
export const IGNORED_VISIBLE_ROWS = 4;
/** Rows drawn above and below the visible ones. */
export const IGNORED_OVERSCAN = 2;

const useStyles = makeStyles({
  viewport: { position: 'relative', overflowY: 'auto' },
  list: { margin: 0, padding: 0, position: 'relative' },
  item: {
    listStyleType: 'none',
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${IGNORED_ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    overflow: 'hidden',
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflow: 'hidden', overflowWrap: 'anywhere' },
  oneLine: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  clamp: { display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden' },
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

/**
 * 已忽略的问题: kept apart from the findings to review (not counted, not marked), each with its
 * reason and date and a 恢复 button; 全部恢复 brings every one back. Collapsed at first. The list
 * is virtualised: rows of one height in a viewport of a few rows, only those in view (and a few
 * around them) drawn, so a workbook with 10,000 ignored findings draws the same few rows as one
 * with 10 (the text of a row is clamped to its height; the 恢复 button's name says it all).
 */
export function IgnoreList({ locale, ignored, unmatched, busy, onRestore }: IgnoreListProps) {
  const styles = useStyles();
  const [scrollTop, setScrollTop] = useState(0);
  if (ignored.length === 0 && unmatched.length === 0) return null;
  const viewHeight = Math.min(ignored.length, IGNORED_VISIBLE_ROWS) * IGNORED_ROW_HEIGHT;
  // A list that got shorter (恢复) keeps no scroll position past its end.
  const top = Math.min(scrollTop, Math.max(0, ignored.length * IGNORED_ROW_HEIGHT - viewHeight));
  const first = Math.max(0, Math.floor(top / IGNORED_ROW_HEIGHT) - IGNORED_OVERSCAN);
  const last = Math.min(ignored.length, Math.ceil((top + viewHeight) / IGNORED_ROW_HEIGHT) + IGNORED_OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) {
    const { sheet, finding, entry } = ignored[i];
    const rule = ruleName(finding.rule, locale);
    rows.push(
      <li
        key={`${entryKey(entry)}|${finding.messageId}`}
        className={styles.item}
        style={{ top: `${i * IGNORED_ROW_HEIGHT}px` }}
        aria-setsize={ignored.length}
        aria-posinset={i + 1}
        data-index={i}
      >
        <span className={styles.text}>
          <Body1 className={styles.oneLine}>{displayText(t('review.ignored.item', locale, { sheet, cell: finding.cell, rule }))}</Body1>
          <Caption1 className={styles.clamp}>{displayText(findingText(finding, locale))}</Caption1>
          <Caption1 className={mergeClasses(styles.muted, styles.oneLine)}>
            {entry.reason === '' ? t('review.ignored.noReason', locale) : t('review.ignored.reason', locale, { reason: entry.reason })}
            {' · '}
            {t('review.ignored.at', locale, { date: day(entry.at) })}
          </Caption1>
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
    <Accordion collapsible>
      <AccordionItem value="ignored">
        <AccordionHeader>{t('review.ignored.heading', locale, { count: ignored.length })}</AccordionHeader>
        <AccordionPanel>
          {ignored.length > 0 && (
            <div className={styles.viewport} style={{ height: `${viewHeight}px` }} data-testid="ignored-list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
              <ul role="list" className={styles.list} aria-label={t('review.ignored.list', locale)} style={{ height: `${ignored.length * IGNORED_ROW_HEIGHT}px` }}>
                {rows}
              </ul>
            </div>
          )}
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
