/**
 * An .xlsx the fast loader (src/standin/xlsx-lean.ts) declines, read by ExcelJS once preflight has
 * found nothing in it that would keep ExcelJS busy for minutes or fill memory. A chunk of its own
 * (./read-model.ts loads it when a file needs it): ExcelJS is most of the reading worker's code and
 * a plain .xlsx never runs it.
 */
import { t } from '../core/i18n';
import '../core/i18n/file-host';
import '../core/i18n/preview';
import type { Locale } from '../core/model';
import type { WorkbookModel } from '../standin/model';
import { modelFromXlsx, type LoadOptions } from '../standin/xlsx';
import { OpenError } from './open-error';
import { preflight, withoutParts, type PreflightProblem } from './preflight';
import { withSheetIdsInOrder } from './sheet-ids';
import { streamInflate } from '../standin/xlsx-lean';

/** What a preflight problem tells the user: the command line's line for a zip bomb, its own for merges. */
function refusal(problem: PreflightProblem, name: string, locale: Locale): OpenError {
  const count = (n: number) => n.toLocaleString('en-US');
  switch (problem.kind) {
    case 'zip':
      return new OpenError('corrupt', t(problem.reason === 'encrypted' ? 'file.encrypted' : 'file.corrupt', locale, { file: name }));
    case 'cdata':
      return new OpenError('corrupt', t('preview.error.cdata', locale, { name }));
    case 'bad-number':
      return new OpenError('corrupt', t('preview.error.badNumber', locale, { name }));
    case 'zip-method':
      return new OpenError('corrupt', t('file.zipMethod', locale, { file: name, method: problem.method }));
    case 'inflate-total':
      return new OpenError('too-large', t('file.inflateTotal', locale, { file: name, limit: `${Math.round(problem.limit / 1024 / 1024)} MB` }));
    case 'inflate-ratio':
      return new OpenError('too-large', t('file.inflateRatio', locale, { file: name, part: problem.part, ratio: count(problem.ratio) }));
    case 'merged-cells':
      return new OpenError('too-large', t('preview.error.mergedCells', locale, { name, count: count(problem.count), limit: count(problem.limit) }));
    case 'cells':
      return new OpenError('too-large', t('preview.error.cells', locale, { name, limit: count(problem.limit) }));
    case 'rows':
      return new OpenError('too-large', t('preview.error.rows', locale, { name, limit: count(problem.limit) }));
    case 'columns':
      return new OpenError('too-large', t('preview.error.columns', locale, { name, count: count(problem.count), limit: count(problem.limit) }));
    case 'validation-cells':
      return new OpenError('too-large', t('preview.error.validationCells', locale, { name, count: count(problem.count), limit: count(problem.limit) }));
    case 'name-cells':
      return new OpenError('too-large', t('preview.error.nameCells', locale, { name, count: count(problem.count), limit: count(problem.limit) }));
    case 'row-slots':
      return new OpenError('too-large', t('preview.error.rowSlots', locale, { name, count: count(problem.count), limit: count(problem.limit) }));
    case 'number-format':
      return new OpenError('too-large', t('preview.error.numberFormat', locale, { name, length: count(problem.length), limit: count(problem.limit) }));
  }
}

/**
 * ExcelJS for a file the fast loader does not take, once preflight has found nothing in it that
 * would keep ExcelJS busy for minutes or fill memory (it has no limits of its own).
 */
export async function guardedExcelJs(given: Uint8Array, name: string, locale: Locale, options: LoadOptions): Promise<WorkbookModel> {
  const unreadable: string[] = [];
  const problem = await preflight(given, undefined, undefined, unreadable);
  if (problem) throw refusal(problem, name, locale);
  // Every sheet in the workbook's order, whatever sheetIds it states (./sheet-ids.ts).
  const bytes = await withSheetIdsInOrder(given, streamInflate);
  if (unreadable.length === 0) return modelFromXlsx(bytes, options);
  // Parts the sheets do not need (document properties, media…) that cannot be read: JSZip refuses
  // the whole file for one encrypted part, ExcelJS stops at one it cannot inflate. The command line
  // never opens them and checks the sheets; so does the preview, given the zip without them. Before,
  // it said the workbook was password-protected. What ExcelJS cannot read even so is named.
  const stripped = withoutParts(bytes, new Set(unreadable));
  if (stripped) {
    try {
      return await modelFromXlsx(stripped, options);
    } catch {
      // Said below, naming the part.
    }
  }
  throw new OpenError('corrupt', t('preview.error.unreadablePart', locale, { name, part: unreadable[0] }));
}

