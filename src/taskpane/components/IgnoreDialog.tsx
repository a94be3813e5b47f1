import { useEffect, useState } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { findingText } from '../engine';
import { displayText, t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Finding, Locale } from '../../core/model';
import '../../core/i18n/review-pane';

export interface IgnoreDialogProps {
  locale: Locale;
  /** The finding to ignore; null: closed. */
  target: { sheet: string; finding: Finding } | null;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** 标记为已确认/忽略: the finding, and an optional reason kept with it in the workbook. */
export function IgnoreDialog({ locale, target, busy, onConfirm, onCancel }: IgnoreDialogProps) {
  const styles = useStyles();
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (target) setReason('');
  }, [target]);
  return (
    <Dialog open={target !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('review.ignoreDialog.title', locale)}</DialogTitle>
          <DialogContent className={styles.content}>
            {target && (
              <Body1>
                {displayText(
                  t('review.ignoreDialog.detail', locale, {
                    sheet: target.sheet,
                    cell: target.finding.cell,
                    message: findingText(target.finding, locale),
                  }),
                )}
              </Body1>
            )}
            <Field label={t('review.ignoreDialog.reason', locale)}>
              <Textarea
                value={reason}
                placeholder={t('review.ignoreDialog.placeholder', locale)}
                resize="vertical"
                onChange={(_, data) => setReason(data.value)}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t('review.cancel', locale)}
            </Button>
            <Button appearance="primary" disabled={busy} onClick={() => onConfirm(reason)}>
              {t('review.ignoreDialog.confirm', locale)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
