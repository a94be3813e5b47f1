import { Caption1, createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';
import { localizeFinding } from '../../core/engine';
import { t } from '../../core/i18n';
import type { Finding, Locale } from '../../core/model';
import { SeverityIcon } from './SeverityIcon';

export interface FindingItemProps {
  locale: Locale;
  finding: Finding;
  onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  item: { listStyleType: 'none' },
  button: {
    display: 'grid',
    gridTemplateColumns: 'auto auto 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  suggestion: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * One finding: a native button (Enter and Space work, it is in the tab order) that selects the
 * cell. Its accessible name says severity, cell, message and suggestion in one sentence.
 */
export function FindingItem({ locale, finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const message = localizeFinding(finding, locale);
  const suggestion =
    finding.suggestion === undefined ? undefined : t('pane.finding.suggestion', locale, { value: finding.suggestion });
  const data = { severity: t(`pane.severityOne.${finding.severity}`, locale), cell: finding.cell, message };
  const label =
    finding.suggestion === undefined
      ? t('pane.finding.label', locale, data)
      : t('pane.finding.labelWithSuggestion', locale, { ...data, suggestion: finding.suggestion });
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={styles.button}
        aria-label={label}
        data-rule={finding.rule}
        onClick={() => onSelect(finding)}
      >
        <SeverityIcon severity={finding.severity} />
        <span className={styles.cell}>{finding.cell}</span>
        <span className={styles.text}>
          <span>{message}</span>
          {suggestion !== undefined && <Caption1 className={styles.suggestion}>{suggestion}</Caption1>}
        </span>
      </button>
    </li>
  );
}
