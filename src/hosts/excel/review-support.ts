/**
 * What the review workflow can use on this Excel, detected at run time (the manifest asks only for
 * ExcelApi 1.4): custom XML parts (1.5) keep the ignore list, settings and fix history in the file;
 * worksheet change events (1.7) drive the live re-check; cell links and frozen panes (1.7) make the
 * report sheet nicer, with fallbacks (a HYPERLINK formula, no frozen header) before that.
 */
import { t } from '../../core/i18n/base';
import type { Locale } from '../../core/model';
import type { ReviewSupport } from '../types';
import type { IsSetSupported } from './types';

export interface ReviewCapabilities {
  customXmlParts: boolean;
  changeEvents: boolean;
  hyperlinks: boolean;
  freezePanes: boolean;
  /** Workbook.protection (structure) can be read before inserting a sheet. */
  workbookProtection: boolean;
  /** Workbook.name. */
  workbookName: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, print area of the report. */
  pageLayout: boolean;
}

export function detectReviewCapabilities(isSetSupported: IsSetSupported): ReviewCapabilities {
  const v17 = isSetSupported('ExcelApi', '1.7');
  return {
    customXmlParts: isSetSupported('ExcelApi', '1.5'),
    changeEvents: v17,
    hyperlinks: v17,
    freezePanes: v17,
    workbookProtection: v17,
    workbookName: v17,
    pageLayout: isSetSupported('ExcelApi', '1.9'),
  };
}

export function reviewSupport(caps: ReviewCapabilities, locale: Locale): ReviewSupport {
  const notes: string[] = [];
  if (!caps.customXmlParts) notes.push(t('review.excel.noState', locale));
  if (!caps.changeEvents) notes.push(t('review.excel.noEvents', locale));
  return { liveRecheck: caps.changeEvents, workbookState: caps.customXmlParts, notes };
}
