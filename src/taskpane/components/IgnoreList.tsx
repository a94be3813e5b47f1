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
import { localizeFinding } from '../../core/engine';
import { RULE_TEXTS, displayText, pick, t } from '../../core/i18n';
import { entryKey, type IgnoreEntry, type IgnoredFinding } from '../../core/review/ignore';
import type { Locale } from '../../core/model';

export interface IgnoreListProps {
  locale: Locale;
  ignored: readonly IgnoredFinding[];
  /** Entries kept in the workbook that match no current finding. */
  unmatched: readonly IgnoreEntry[];
  busy: boolean;
  onRestore: (keys: string[]) => void;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
  },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

function ruleName(id: string, locale: Locale): string {
  const texts = RULE_TEXTS[id];
  return texts ? pick(texts.name, locale) : id;
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
          <ul role="list" className={styles.list} aria-label={t('review.ignored.list', locale)}>
            {ignored.map(({ sheet, finding, entry }) => {
              const rule = ruleName(finding.rule, locale);
              return (
                <li key={`${entryKey(entry)}|${finding.messageId}`} className={styles.item}>
                  <span className={styles.text}>
                    <Body1>{displayText(t('review.ignored.item', locale, { sheet, cell: finding.cell, rule }))}</Body1>
                    <Caption1>{displayText(localizeFinding(finding, locale))}</Caption1>
                    <Caption1 className={styles.muted}>
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
                </li>
              );
            })}
          </ul>
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
