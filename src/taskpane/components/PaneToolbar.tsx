import type { ReactNode } from 'react';
import { Toolbar, ToolbarButton, ToolbarDivider, makeStyles } from '@fluentui/react-components';
import { DocumentBulletListMultiple20Regular, Eraser20Regular, TableSearch20Regular } from '@fluentui/react-icons';
import { t } from '../../core/i18n';
import type { Locale } from '../../core/model';

export interface PaneToolbarProps {
  locale: Locale;
  /** True while a check or a clear runs: every action waits for it. */
  busy: boolean;
  onCheckSheet: () => void;
  onCheckAll: () => void;
  onClearMarks: () => void;
  /**
   * More actions after a divider. The 插入模板 (insert template) button goes here, so that the
   * check actions keep their place and keyboard order.
   */
  extraActions?: ReactNode;
}

const useStyles = makeStyles({
  // The pane is narrow (about 320px): let the buttons wrap instead of overflowing.
  toolbar: { flexWrap: 'wrap', paddingLeft: 0, paddingRight: 0 },
});

export function PaneToolbar({ locale, busy, onCheckSheet, onCheckAll, onClearMarks, extraActions }: PaneToolbarProps) {
  const styles = useStyles();
  return (
    <Toolbar aria-label={t('pane.toolbar', locale)} className={styles.toolbar}>
      <ToolbarButton appearance="primary" icon={<TableSearch20Regular />} disabled={busy} onClick={onCheckSheet}>
        {t('pane.checkSheet', locale)}
      </ToolbarButton>
      <ToolbarButton icon={<DocumentBulletListMultiple20Regular />} disabled={busy} onClick={onCheckAll}>
        {t('pane.checkAll', locale)}
      </ToolbarButton>
      <ToolbarButton icon={<Eraser20Regular />} disabled={busy} onClick={onClearMarks}>
        {t('pane.clearMarks', locale)}
      </ToolbarButton>
      {extraActions !== undefined && (
        <>
          <ToolbarDivider />
          {extraActions}
        </>
      )}
    </Toolbar>
  );
}
