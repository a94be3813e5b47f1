import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { clipText, displayText, ruleName, t } from '../../core/i18n';
import { useRuleLanguage } from '../rule-language';
import '../../core/i18n/pane';
import { skipText, type FixPlan } from '../../core/review/fixes';
import type { Locale } from '../../core/model';
import '../../core/i18n/review-pane';

export interface FixPreviewProps {
  locale: Locale;
  /** The plan to preview; null: closed. */
  plan: FixPlan | null;
  rule: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  after: { color: tokens.colorPaletteGreenForeground1 },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

/**
 * 修复预览: every cell a fix-all will change, with its value now and after, and the findings it
 * leaves out and why. Nothing is written until 确认修复; exactly these cells are written.
 */
export function FixPreview({ locale, plan, rule, busy, onConfirm, onCancel }: FixPreviewProps) {
  const styles = useStyles();
  // The rule's name in English once a pane in English has its rule texts (with any result, normally).
  useRuleLanguage(locale);
  const name = ruleName(rule, locale) ?? rule;
  const count = plan?.changes.length ?? 0;
  const empty = t('review.preview.empty', locale);
  return (
    <Dialog open={plan !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('review.preview.title', locale, { rule: name })}</DialogTitle>
          <DialogContent className={styles.content}>
            {count === 0 ? (
              <Body1>{t('review.preview.nothing', locale)}</Body1>
            ) : (
              <>
                <Body1>{t('review.preview.intro', locale, { count })}</Body1>
                <div className={styles.scroll}>
                  <Table size="small" aria-label={t('review.preview.table', locale)}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t('review.preview.column.sheet', locale)}</TableHeaderCell>
                        <TableHeaderCell>{t('review.preview.column.cell', locale)}</TableHeaderCell>
                        <TableHeaderCell>{t('review.preview.column.before', locale)}</TableHeaderCell>
                        <TableHeaderCell>{t('review.preview.column.after', locale)}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {plan?.changes.map((c) => (
                        <TableRow key={`${c.sheet}!${c.cell}`}>
                          <TableCell>{displayText(c.sheet)}</TableCell>
                          <TableCell className={styles.mono}>{c.cell}</TableCell>
                          <TableCell>{c.beforeText === '' ? empty : displayText(clipText(c.beforeText))}</TableCell>
                          <TableCell className={styles.after}>{displayText(clipText(c.afterText))}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              </>
            )}
            {plan !== null && plan.skipped.length > 0 && (
              <>
                <Caption1>{t('review.preview.skipped', locale, { count: plan.skipped.length })}</Caption1>
                <ul className={styles.skipped}>
                  {plan.skipped.map((s) => (
                    <li key={`${s.sheet}!${s.finding.cell}|${s.finding.messageId}`}>
                      {displayText(`${s.sheet}!${s.finding.cell}：${skipText(s.reason, locale)}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t('review.cancel', locale)}
            </Button>
            <Button appearance="primary" disabled={busy || count === 0} onClick={onConfirm}>
              {t('review.preview.confirm', locale, { count })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
