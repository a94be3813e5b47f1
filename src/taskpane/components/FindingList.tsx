import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Finding, Locale } from '../../core/model';
import type { FindingGroup, SheetGroup } from '../view';
import { FindingItem } from './FindingItem';

export interface FindingListProps {
  locale: Locale;
  sheets: readonly SheetGroup[];
  onSelect: (sheet: string, finding: Finding) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  sheet: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { overflowWrap: 'anywhere' },
  range: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

function GroupHeader({ group, locale }: { group: FindingGroup; locale: Locale }) {
  const styles = useStyles();
  return (
    <span className={styles.header}>
      <Body1 className={styles.title}>{group.title}</Body1>
      {group.range !== undefined && <Caption1 className={styles.range}>{group.range}</Caption1>}
      <Badge
        appearance="tint"
        color={group.findings.length > 0 ? 'brand' : 'subtle'}
        aria-label={t('pane.table.count', locale, { count: group.findings.length })}
      >
        {group.findings.length}
      </Badge>
    </span>
  );
}

function GroupPanel({ sheet, group, locale, onSelect }: { sheet: string; group: FindingGroup } & Omit<FindingListProps, 'sheets'>) {
  const styles = useStyles();
  if (group.findings.length === 0) {
    return <Body1 className={styles.note}>{t(group.total === 0 ? 'pane.table.clean' : 'pane.table.filtered', locale)}</Body1>;
  }
  return (
    // role="list" keeps list semantics that list-style: none removes in some browsers.
    <ul role="list" className={styles.list} aria-label={group.title}>
      {group.findings.map((f) => (
        <FindingItem key={`${f.rule}|${f.cell}|${f.messageId}`} locale={locale} finding={f} onSelect={(x) => onSelect(sheet, x)} />
      ))}
    </ul>
  );
}

/** Findings by sheet, then by table (project name and range), every group open at first. */
export function FindingList({ locale, sheets, onSelect }: FindingListProps) {
  const styles = useStyles();
  return (
    <section aria-label={t('pane.findings', locale)} className={styles.root}>
      {sheets.map(({ sheet, groups }) => (
        <div key={sheet} className={styles.sheet}>
          <Subtitle2 as="h2">{t('pane.sheet.heading', locale, { sheet })}</Subtitle2>
          <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)}>
            {groups.map((group) => (
              <AccordionItem key={group.key} value={group.key}>
                <AccordionHeader>
                  <GroupHeader group={group} locale={locale} />
                </AccordionHeader>
                <AccordionPanel>
                  <GroupPanel sheet={sheet} group={group} locale={locale} onSelect={onSelect} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      ))}
    </section>
  );
}
