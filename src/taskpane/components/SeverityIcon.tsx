import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/model';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

/** Decorative: the severity is always spelled out next to it or in the accessible name. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const props = { 'aria-hidden': true, className: styles[severity] } as const;
  if (severity === 'error') return <ErrorCircle20Filled {...props} />;
  if (severity === 'warning') return <Warning20Filled {...props} />;
  return <Info20Filled {...props} />;
}
