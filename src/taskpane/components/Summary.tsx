import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Locale, Severity } from '../../core/model';
import { SEVERITIES } from '../view';
import { SeverityIcon } from './SeverityIcon';

export interface SummaryProps {
  locale: Locale;
  counts: Record<Severity, number>;
  tables: number;
}

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  item: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  separator: { color: tokens.colorNeutralForeground3 },
  tables: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
});

/** 错误 n · 警告 n · 提示 n, over every finding (filters do not change it). */
export function Summary({ locale, counts, tables }: SummaryProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('pane.summary', locale)} className={styles.root}>
      {SEVERITIES.map((severity, i) => (
        <span key={severity} className={styles.item}>
          {i > 0 && (
            <span aria-hidden className={styles.separator}>
              ·
            </span>
          )}
          <SeverityIcon severity={severity} />
          <span>{t(`pane.severity.${severity}`, locale)}</span>{' '}
          <Badge appearance={counts[severity] > 0 ? 'filled' : 'tint'} color={BADGE_COLOR[severity]} data-severity={severity}>
            {counts[severity]}
          </Badge>
        </span>
      ))}
      <Caption1 className={styles.tables}>{t('pane.summary.tables', locale, { tables })}</Caption1>
    </div>
  );
}
