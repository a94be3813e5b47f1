/**
 * What the page says after a workbook opened, beside it (not an error): its own module, so that the
 * page does not load the readers to say it.
 */
import '../core/i18n/preview';
import { t } from '../core/i18n';
import type { Locale } from '../core/model';
import type { WorkbookModel } from '../standin/model';

/**
 * A workbook whose merged areas overlap (sheet.overlappingMerges, from the fast loader): they are
 * kept as the command line keeps them, which the user should know. Null when there are none.
 */
export function overlapNotice(model: WorkbookModel, name: string, locale: Locale): string | null {
  const sheet = model.sheets.find((s) => (s.overlappingMerges ?? 0) > 0);
  if (sheet === undefined) return null;
  return t('preview.overlappingMerges', locale, { name, sheet: sheet.name, count: (sheet.overlappingMerges ?? 0).toLocaleString('en-US') });
}
