import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale } from '../../core/model';
import type { ErrorText } from '../view';

export interface PaneError extends ErrorText {
  id: number;
  /** Tries the failed action again (a part of the pane's code that could not be loaded): a 重试 button. */
  retry?: () => void;
}

export interface ErrorBarsProps {
  locale: Locale;
  errors: readonly PaneError[];
  onDismiss: (id: number) => void;
}

/** Every failure stays on screen until the user dismisses it or starts the next action. */
export function ErrorBars({ locale, errors, onDismiss }: ErrorBarsProps) {
  if (errors.length === 0) return null;
  return (
    <MessageBarGroup>
      {errors.map((e) => (
        <MessageBar key={e.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{e.title}</MessageBarTitle>
            {e.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t('pane.dismiss', locale)}
                icon={<Dismiss20Regular />}
                onClick={() => onDismiss(e.id)}
              />
            }
          >
            {e.retry && (
              <Button
                onClick={() => {
                  onDismiss(e.id);
                  e.retry?.();
                }}
              >
                {t('pane.retry', locale)}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
