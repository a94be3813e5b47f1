import { useState } from 'react';
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSync20Regular, ArrowUndo20Regular, Settings20Regular } from '@fluentui/react-icons';
import { t } from '../../core/i18n';
import type { Locale } from '../../core/model';
import type { ReviewController, ReviewState } from '../review';
import { ReportActions } from './ReportActions';
import { SettingsPanel } from './SettingsPanel';

export interface ReviewBarProps {
  locale: Locale;
  review: ReviewController;
  state: ReviewState;
  /** Some sheet has been checked (the report and re-check need results). */
  hasResults: boolean;
  /** A check or clear of the pane is running. */
  disabled: boolean;
  guard: (action: () => Promise<unknown>) => void;
  /** For tests: the download of ReportActions. */
  download?: (fileName: string, text: string, mimeType: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  toolbar: { flexWrap: 'wrap', paddingLeft: 0, paddingRight: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The review toolbar: 撤销修复, 设置, 导出报告 / 下载, and 重新校验 where this Excel cannot re-check
 * by itself; below it, what this Excel cannot do, problems with the data saved in the workbook, and
 * the outcome of the last action (announced to screen readers).
 */
export function ReviewBar({ locale, review, state, hasResults, disabled, guard, download }: ReviewBarProps) {
  const styles = useStyles();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const busy = disabled || state.busy !== null;
  const notes = [...state.support.notes, ...state.stateProblems];
  return (
    <div className={styles.root}>
      <Toolbar aria-label={t('review.toolbar', locale)} className={styles.toolbar}>
        <ToolbarButton icon={<ArrowUndo20Regular />} disabled={busy || state.journal.batches.length === 0} onClick={() => guard(() => review.undo())}>
          {t('review.undo', locale)}
        </ToolbarButton>
        {!state.support.liveRecheck && (
          <ToolbarButton icon={<ArrowSync20Regular />} disabled={busy || !hasResults} onClick={() => guard(() => review.recheckAll())}>
            {t('review.recheck', locale)}
          </ToolbarButton>
        )}
        <ToolbarButton icon={<Settings20Regular />} disabled={busy} onClick={() => setSettingsOpen(true)}>
          {t('review.settings', locale)}
        </ToolbarButton>
        <ReportActions locale={locale} review={review} disabled={busy || !hasResults} guard={guard} download={download} />
      </Toolbar>
      {state.busy !== null && state.busy !== 'load' && <Spinner size="tiny" labelPosition="after" label={t(`review.busy.${state.busy}`, locale)} />}
      {hasResults && state.watched.length > 0 && <Caption1 className={styles.muted}>{t('review.live.on', locale)}</Caption1>}
      {notes.map((note) => (
        <MessageBar key={note} intent="warning" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {state.notice && (
        <MessageBar key={state.notice.id} intent={state.notice.intent} layout="multiline" politeness="polite">
          <MessageBarBody>
            {state.notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      <SettingsPanel
        locale={locale}
        open={settingsOpen}
        settings={state.settings}
        busy={busy}
        onClose={() => setSettingsOpen(false)}
        onSave={(settings) => {
          setSettingsOpen(false);
          guard(() => review.saveSettings(settings));
        }}
      />
    </div>
  );
}
