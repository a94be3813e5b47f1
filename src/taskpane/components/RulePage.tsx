import { useEffect, useRef } from 'react';
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowLeft20Regular, Wrench20Regular } from '@fluentui/react-icons';
import { localizeFinding } from '../../core/engine';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale } from '../../core/model';
import { rulePage } from '../../core/review/rule-docs';
import type { ListItem } from '../view';
import '../../core/i18n/review-pane';
import '../../core/i18n/views';

export interface RulePageProps {
  locale: Locale;
  /** The finding whose 说明 was chosen. */
  item: ListItem;
  /** How many cells 修复全部同类问题 would change (0 or 1: the button is not shown). */
  fixAllCount: number;
  busy: boolean;
  onFixAll: () => void;
  onBack: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, overflowY: 'auto', flexGrow: 1, minHeight: 0 },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  example: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  wrong: { color: tokens.colorPaletteRedForeground1 },
  right: { color: tokens.colorPaletteGreenForeground1 },
  finding: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
});

/**
 * 说明: the rule's page in the pane — what it checks, why it matters, a wrong and a right example —
 * from the same catalogue text as docs/rules.md and `perf-target rules ID`. Focus lands on its
 * heading when it opens; 返回问题列表 goes back to the finding.
 */
export function RulePage({ locale, item, fixAllCount, busy, onFixAll, onBack }: RulePageProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const page = rulePage(item.finding.rule, locale);
  useEffect(() => heading.current?.focus(), [item]);
  return (
    <section className={styles.root} aria-labelledby="rule-page-title" data-testid="rule-page">
      <div>
        <Button icon={<ArrowLeft20Regular />} appearance="subtle" onClick={onBack}>
          {t('rule.page.back', locale)}
        </Button>
      </div>
      <div className={styles.section}>
        <h2 id="rule-page-title" ref={heading} tabIndex={-1} className={styles.title}>
          {page?.name ?? item.finding.rule}
        </h2>
        <Caption1 className={styles.id}>{item.finding.rule}</Caption1>
        {page && (
          <Caption1 className={styles.muted}>
            {t('rule.page.meta', locale, { category: t(`rule.category.${page.category}`, locale), severity: t(`rule.severity.${page.severity}`, locale) })}
          </Caption1>
        )}
      </div>
      <div className={styles.finding}>
        <Subtitle2 as="h3">{t('rule.page.finding', locale, { cell: `${item.sheet}!${item.finding.cell}` })}</Subtitle2>
        <Body1 as="p">{localizeFinding(item.finding, locale)}</Body1>
        {item.finding.suggestion !== undefined && <Body1 as="p">{t('pane.finding.suggestion', locale, { value: item.finding.suggestion })}</Body1>}
      </div>
      {page && (
        <>
          <div className={styles.section}>
            <Subtitle2 as="h3">{t('rule.page.checks', locale)}</Subtitle2>
            <Body1 as="p">{page.checks}</Body1>
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3">{t('rule.page.why', locale)}</Subtitle2>
            <Body1 as="p">{page.why}</Body1>
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3">{t('rule.page.examples', locale)}</Subtitle2>
            <ul className={styles.example}>
              <li className={styles.wrong}>
                {t('rule.page.wrong', locale)}
                {page.wrong}
              </li>
              <li className={styles.right}>
                {t('rule.page.right', locale)}
                {page.right}
              </li>
            </ul>
          </div>
        </>
      )}
      {fixAllCount > 1 && (
        <div>
          <Button icon={<Wrench20Regular />} disabled={busy} onClick={onFixAll}>
            {t('review.fix.all', locale, { count: fixAllCount })}
          </Button>
        </div>
      )}
    </section>
  );
}
