import { Body1, ProgressBar, Spinner, Subtitle1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { CheckmarkCircle48Regular, ClipboardTaskListLtr24Regular, TableDismiss24Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale } from '../../core/model';
import type { CheckProgress } from '../session';

const useStyles = makeStyles({
  state: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  clean: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export type BusyState = { kind: 'check'; progress?: CheckProgress } | { kind: 'clear' };

function busyText(busy: BusyState, locale: Locale): string {
  if (busy.kind === 'clear') return t('pane.progress.clearing', locale);
  return t(`pane.progress.${busy.progress?.phase ?? 'reading'}`, locale);
}

/** A spinner with what is happening; over several sheets, a bar and the sheet's name too. */
export function Progress({ busy, locale }: { busy: BusyState; locale: Locale }) {
  const styles = useStyles();
  const p = busy.kind === 'check' ? busy.progress : undefined;
  const several = p !== undefined && p.total > 1;
  const sheetLabel = useId('progress-sheet');
  return (
    <div className={styles.progress}>
      <Spinner size="small" labelPosition="after" label={busyText(busy, locale)} />
      {several && (
        <>
          <Body1 id={sheetLabel} className={styles.muted}>
            {t('pane.progress.sheet', locale, { sheet: p.sheet, index: p.index, total: p.total })}
          </Body1>
          {/* The share of sheets already done. */}
          <ProgressBar aria-labelledby={sheetLabel} value={(p.index - 1) / p.total} max={1} thickness="large" />
        </>
      )}
    </div>
  );
}

function State({ icon, title, detail }: { icon: ReactElement; title: string; detail: string }) {
  const styles = useStyles();
  return (
    <div className={styles.state}>
      {icon}
      <Subtitle1 as="h2">{title}</Subtitle1>
      <Body1 className={styles.muted}>{detail}</Body1>
    </div>
  );
}

/** Before any check (or after the marks were cleared). */
export function FirstRunState({ locale, cleared }: { locale: Locale; cleared: boolean }) {
  return (
    <State
      icon={<ClipboardTaskListLtr24Regular aria-hidden />}
      title={t(cleared ? 'pane.cleared' : 'pane.firstRun.title', locale)}
      detail={t('pane.firstRun.detail', locale)}
    />
  );
}

/** After a check that found nothing: tables but no findings, or no table at all. */
export function CleanState({ locale, tables }: { locale: Locale; tables: number }) {
  const styles = useStyles();
  if (tables === 0) {
    return (
      <State
        icon={<TableDismiss24Regular aria-hidden />}
        title={t('pane.noTables.title', locale)}
        detail={t('pane.noTables.detail', locale)}
      />
    );
  }
  return (
    <State
      icon={<CheckmarkCircle48Regular aria-hidden className={styles.clean} />}
      title={t('pane.empty.title', locale)}
      detail={t('pane.empty.detail', locale, { tables })}
    />
  );
}
