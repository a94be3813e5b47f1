import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale, Severity } from '../../core/model';
import { SEVERITIES } from '../view';
import { SeverityIcon } from './SeverityIcon';

export interface SummaryProps {
  locale: Locale;
  counts: Record<Severity, number>;
  tables: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: '2px', fontWeight: tokens.fontWeightSemibold },
  item: { display: 'inline-flex', alignItems: 'center', columnGap: '2px', whiteSpace: 'nowrap' },
  separator: { color: tokens.colorNeutralForeground3 },
  tables: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** One line: 错误 3 · 警告 5 · 提示 2, over every finding to review (filters do not change it). */
export function Summary({ locale, counts, tables }: SummaryProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('pane.summary', locale)} className={styles.root}>
      {SEVERITIES.map((severity, i) => (
        <span key={severity} className={styles.item}>
          {i > 0 && (
            <span aria-hidden className={styles.separator}>
              ·{' '}
            </span>
          )}
          <SeverityIcon severity={severity} />
          <span>{t(`pane.severity.${severity}`, locale)}</span> <span data-severity={severity}>{counts[severity]}</span>
        </span>
      ))}
      <Caption1 className={styles.tables}>{t('pane.summary.tables', locale, { tables })}</Caption1>
    </div>
  );
}
