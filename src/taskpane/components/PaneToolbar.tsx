import {
  Button,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  ArrowSync20Regular,
  ArrowUndo20Regular,
  DocumentBulletListMultiple20Regular,
  DocumentTable20Regular,
  Eraser20Regular,
  MoreHorizontal20Regular,
  Settings20Regular,
  TableAdd20Regular,
  TableSearch20Regular,
} from '@fluentui/react-icons';
import { t } from '../../core/i18n/base';
import '../../core/i18n/pane';
import type { Locale } from '../../core/model';
import '../../core/i18n/review-pane';
import '../../core/i18n/views';

/** What the menu offers; an action missing from the object is not offered on this host. */
export interface PaneMenuActions {
  checkAll: () => void;
  clearMarks: () => void;
  undo?: () => void;
  recheck?: () => void;
  exportReport?: () => void;
  downloadCsv?: () => void;
  /** Only with the developer option on. */
  downloadJson?: () => void;
  settings: () => void;
  insertTemplate?: () => void;
}

export interface PaneToolbarProps {
  locale: Locale;
  /** True while a check or a clear runs: every action waits for it. */
  busy: boolean;
  /** Some sheet has results (reports, re-check). */
  hasResults: boolean;
  canUndo: boolean;
  onCheckSheet: () => void;
  actions: PaneMenuActions;
}

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  check: { flexShrink: 0 },
});

/**
 * The one primary action, 校验当前工作表, and everything else behind 更多操作 (a menu), so that at
 * Excel's default pane width the findings start right below.
 */
export function PaneToolbar({ locale, busy, hasResults, canUndo, onCheckSheet, actions }: PaneToolbarProps) {
  const styles = useStyles();
  return (
    // A group, not a toolbar: two buttons, each its own Tab stop.
    <div role="group" aria-label={t('pane.toolbar', locale)} className={styles.toolbar}>
      <Button appearance="primary" data-check="" className={styles.check} icon={<TableSearch20Regular />} disabled={busy} onClick={onCheckSheet}>
        {t('pane.checkSheet', locale)}
      </Button>
      <Menu inline>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={t('pane.more', locale)} title={t('pane.more', locale)} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentBulletListMultiple20Regular />} disabled={busy} onClick={actions.checkAll}>
              {t('pane.checkAll', locale)}
            </MenuItem>
            {actions.recheck && (
              <MenuItem icon={<ArrowSync20Regular />} disabled={busy || !hasResults} onClick={actions.recheck}>
                {t('review.recheck', locale)}
              </MenuItem>
            )}
            <MenuItem icon={<Eraser20Regular />} disabled={busy} onClick={actions.clearMarks}>
              {t('pane.clearMarks', locale)}
            </MenuItem>
            {actions.undo && (
              <MenuItem icon={<ArrowUndo20Regular />} disabled={busy || !canUndo} onClick={actions.undo}>
                {t('review.undo', locale)}
              </MenuItem>
            )}
            <MenuDivider />
            {actions.exportReport && (
              <MenuItem icon={<DocumentTable20Regular />} disabled={busy || !hasResults} onClick={actions.exportReport}>
                {t('review.report.export', locale)}
              </MenuItem>
            )}
            {actions.downloadCsv && (
              <MenuItem icon={<ArrowDownload20Regular />} disabled={busy || !hasResults} onClick={actions.downloadCsv}>
                {t('review.report.csv', locale)}
              </MenuItem>
            )}
            {actions.downloadJson && (
              <MenuItem icon={<ArrowDownload20Regular />} disabled={busy || !hasResults} onClick={actions.downloadJson}>
                {t('review.report.json', locale)}
              </MenuItem>
            )}
            <MenuDivider />
            {actions.insertTemplate && (
              <MenuItem icon={<TableAdd20Regular />} disabled={busy} onClick={actions.insertTemplate}>
                {t('template.form.open', locale)}
              </MenuItem>
            )}
            <MenuItem icon={<Settings20Regular />} disabled={busy} onClick={actions.settings}>
              {t('review.settings', locale)}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
