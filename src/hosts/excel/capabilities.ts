/** Detects the Excel API sets the host can use, and says in words what is missing. */
import { t } from '../../core/i18n/base';
import type { Locale } from '../../core/model';
import type { HostCapabilities, IsSetSupported } from './types';

export function detectCapabilities(isSetSupported: IsSetSupported): HostCapabilities {
  return {
    conditionalFormats: isSetSupported('ExcelApi', '1.6'),
    rangeAreas: isSetSupported('ExcelApi', '1.9'),
    mergedAreas: isSetSupported('ExcelApi', '1.13'),
    notes: isSetSupported('ExcelApi', '1.18'),
  };
}

/**
 * Notes for the user about what this Excel cannot do, to show in the task pane. Fallbacks:
 * - no merged areas (before 1.13): scanning cells for merges has no API either (Range.mergedAreas
 *   and cell properties of merges are 1.13 too), so the sheet is read as if nothing were merged;
 *   the locator still carries 一级/二级 names down blank cells, but some tables may be read less well.
 * - no conditional formats (before 1.6): findings are listed in the pane but not marked.
 * - no RangeAreas (before 1.9): one conditional format per marked cell, still in one batch.
 */
export function capabilityNotes(caps: HostCapabilities, locale: Locale): string[] {
  const notes: string[] = [];
  if (!caps.mergedAreas) notes.push(t('excel.capability.noMerges', locale));
  if (!caps.conditionalFormats) notes.push(t('excel.capability.noMarks', locale));
  else if (!caps.rangeAreas) notes.push(t('excel.capability.cellByCell', locale));
  return notes;
}
