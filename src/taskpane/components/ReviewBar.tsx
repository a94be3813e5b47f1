import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale } from '../../core/model';
import type { ReviewState } from '../review';
import '../../core/i18n/review-pane';

export interface ReviewBarProps {
  locale: Locale;
  state: ReviewState;
  /** Some sheet has been checked. */
  hasResults: boolean;
  /** What the file brought: keep it (the notice goes) or drop it. */
  onKeepFromFile?: () => void;
  onDropFromFile?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * What the review workflow has to say, under the summary: work in progress, what this Excel cannot
 * do, problems with the data saved in the workbook, and the outcome of the last action (announced
 * to screen readers). The actions themselves are in the pane's menu and on each finding.
 */
export function ReviewBar({ locale, state, hasResults, onKeepFromFile, onDropFromFile }: ReviewBarProps) {
  const styles = useStyles();
  const notes = [...state.support.notes, ...state.stateProblems];
  const working = state.busy !== null && state.busy !== 'load' ? state.busy : null;
  const busy = working !== null;
  const from = state.fromFile;
  if (!busy && notes.length === 0 && !state.notice && !from && !(hasResults && state.watched.length > 0)) return null;
  return (
    <div className={styles.root}>
      {from && (
        <MessageBar intent="warning" layout="multiline" data-testid="from-file">
          <MessageBarBody>
            <MessageBarTitle>{t('review.fromFile.title', locale)}</MessageBarTitle>
            <ul className={styles.lines}>
              {from.ignores > 0 && <li>{t('review.fromFile.ignores', locale, { count: from.ignores })}</li>}
              {from.rulesOff > 0 && <li>{t('review.fromFile.rulesOff', locale, { count: from.rulesOff })}</li>}
              {from.otherSettings && <li>{t('review.fromFile.settings', locale)}</li>}
              {from.journal > 0 && <li>{t('review.fromFile.journal', locale, { count: from.journal })}</li>}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onKeepFromFile}>
              {t('review.fromFile.keep', locale)}
            </Button>
            <Button size="small" onClick={onDropFromFile}>
              {t('review.fromFile.drop', locale)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {working !== null && <Spinner size="tiny" labelPosition="after" label={t(`review.busy.${working}`, locale)} />}
      {notes.map((note) => (
        <MessageBar key={note} intent="warning" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {state.notice && (
        <MessageBar key={state.notice.id} intent={state.notice.intent} layout="multiline" politeness="polite">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {hasResults && state.watched.length > 0 && !state.notice && !busy && <Caption1 className={styles.muted}>{t('review.live.on', locale)}</Caption1>}
    </div>
  );
}
