import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Category, Locale, Severity } from '../../core/model';
import { CATEGORIES, SEVERITIES, type FindingFilter } from '../view';
import { SeverityIcon } from './SeverityIcon';

export interface FiltersProps {
  locale: Locale;
  filter: FindingFilter;
  counts: { severities: Record<Severity, number>; categories: Record<Category, number> };
  onToggleSeverity: (severity: Severity) => void;
  onToggleCategory: (category: Category) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 'auto', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

/**
 * Filter chips, all off at first (every finding listed). A pressed chip narrows the list to its
 * kind; each shows how many findings it would keep. Filters change the list only, never the marks.
 */
export function Filters({ locale, filter, counts, onToggleSeverity, onToggleCategory }: FiltersProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('pane.filter.chips', locale)} className={styles.root}>
      {SEVERITIES.filter((s) => counts.severities[s] > 0 || filter.severities.has(s)).map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          shape="circular"
          className={styles.chip}
          data-chip={severity}
          icon={<SeverityIcon severity={severity} />}
          checked={filter.severities.has(severity)}
          onClick={() => onToggleSeverity(severity)}
        >
          {t('pane.filter.chip', locale, { label: t(`pane.severity.${severity}`, locale), count: counts.severities[severity] })}
        </ToggleButton>
      ))}
      {CATEGORIES.filter((c) => counts.categories[c] > 0 || filter.categories.has(c)).map((category) => (
        <ToggleButton
          key={category}
          size="small"
          shape="circular"
          className={styles.chip}
          data-chip={category}
          checked={filter.categories.has(category)}
          onClick={() => onToggleCategory(category)}
        >
          {t('pane.filter.chip', locale, { label: t(`pane.category.${category}`, locale), count: counts.categories[category] })}
        </ToggleButton>
      ))}
    </div>
  );
}
