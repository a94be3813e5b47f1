import { Caption1, ToggleButton, makeStyles, tokens, useId } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Category, Locale, Severity } from '../../core/model';
import { CATEGORIES, SEVERITIES, type FindingFilter } from '../view';
import { SeverityIcon } from './SeverityIcon';

export interface FiltersProps {
  locale: Locale;
  filter: FindingFilter;
  onToggleSeverity: (severity: Severity) => void;
  onToggleCategory: (category: Category) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  group: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  label: { color: tokens.colorNeutralForeground3, minWidth: '6em' },
});

/** Toggle buttons: pressed means shown. Filters change the list only, never the marks. */
export function Filters({ locale, filter, onToggleSeverity, onToggleCategory }: FiltersProps) {
  const styles = useStyles();
  const severityLabel = useId('severity-filter');
  const categoryLabel = useId('category-filter');
  return (
    <div className={styles.root}>
      <div role="group" aria-labelledby={severityLabel} className={styles.group}>
        <Caption1 id={severityLabel} className={styles.label}>
          {t('pane.filter.severity', locale)}
        </Caption1>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            shape="circular"
            icon={<SeverityIcon severity={severity} />}
            checked={filter.severities.has(severity)}
            onClick={() => onToggleSeverity(severity)}
          >
            {t(`pane.severity.${severity}`, locale)}
          </ToggleButton>
        ))}
      </div>
      <div role="group" aria-labelledby={categoryLabel} className={styles.group}>
        <Caption1 id={categoryLabel} className={styles.label}>
          {t('pane.filter.category', locale)}
        </Caption1>
        {CATEGORIES.map((category) => (
          <ToggleButton
            key={category}
            size="small"
            shape="circular"
            checked={filter.categories.has(category)}
            onClick={() => onToggleCategory(category)}
          >
            {t(`pane.category.${category}`, locale)}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}
