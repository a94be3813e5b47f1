import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { t } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { downloadText, reportFileName } from '../download';
import type { ReviewController } from '../review';

export interface ReportActionsProps {
  locale: Locale;
  review: ReviewController;
  /** No results yet, or something is running. */
  disabled: boolean;
  guard: (action: () => Promise<unknown>) => void;
  /** Injectable for tests; default: a Blob download from the pane. */
  download?: (fileName: string, text: string, mimeType: string) => void;
}

/**
 * 导出报告 inserts the 校验报告 sheet; 下载 offers the same report as CSV (for Excel, with a BOM) or
 * as the command line's JSON. Everything is made in the pane; nothing leaves the machine.
 */
export function ReportActions({ locale, review, disabled, guard, download = downloadText }: ReportActionsProps) {
  const base = t('review.report.fileName', locale);
  const save = (extension: 'csv' | 'json') =>
    guard(async () => {
      const name = reportFileName(base, extension);
      if (extension === 'csv') download(name, review.csv(), 'text/csv;charset=utf-8');
      else download(name, review.json(), 'application/json;charset=utf-8');
      review.downloaded(name);
    });
  return (
    <>
      <ToolbarButton icon={<DocumentTable20Regular />} disabled={disabled} onClick={() => guard(() => review.insertReport())}>
        {t('review.report.export', locale)}
      </ToolbarButton>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton appearance="subtle" icon={<ArrowDownload20Regular />} disabled={disabled}>
            {t('review.report.download', locale)}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => save('csv')}>{t('review.report.csv', locale)}</MenuItem>
            <MenuItem onClick={() => save('json')}>{t('review.report.json', locale)}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}
