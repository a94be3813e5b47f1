/**
 * Reading .xlsx bytes (or, through ./legacy-model.ts, a legacy .xls or a web page saved as .xls)
 * into the stand-in's workbook model, or an OpenError saying in the user's
 * language why not. Kept apart from ./workbook.ts (which installs the Office globals and the
 * ExcelHost) so the page's reading worker (./open-worker.ts) bundles only what reading needs.
 */
import '../core/i18n/preview';
import { classifyCompoundFile, containsText, sniffBytes, sniffOther } from '../hosts/file/sniff';
import { backslashPathsKey, otherKindKey } from '../hosts/file/other-kind';
import { t } from '../core/i18n';
import '../core/i18n/file-host';
import '../core/i18n/pane';
import type { Locale } from '../core/model';
import type { WorkbookModel } from '../standin/model';
import type { LoadOptions } from '../standin/xlsx';
import { leanModelFromXlsx } from '../standin/xlsx-lean';
import { PREVIEW_EXCELJS_LIMITS, READ_LIMITS } from '../hosts/file/limits';
import { keyToCell, type SheetModel } from '../standin/model';
import { OpenError } from './open-error';

export { OpenError, type OpenErrorCode } from './open-error';

/**
 * The readers a plain .xlsx never needs, each a chunk of its own loaded on the first file that
 * does (webpack.preview.config.js; the worker loads it with importScripts from its own folder, the
 * page with a script element): ExcelJS behind preflight (./read-exceljs.ts) for an .xlsx the fast
 * loader declines, the command line's .xls, web-page, Excel 2003 XML and CSV readers (./legacy-model.ts) for those.
 * The reading worker starts anew for every file, so its own script is what every open compiles:
 * without them it is a fraction of the size (test/preview/open-chunks.test.ts).
 */
const loadExcelJsPart = () => import(/* webpackChunkName: "open-exceljs" */ './read-exceljs');
const loadLegacyPart = () => import(/* webpackChunkName: "open-legacy" */ './legacy-model');

/** A file that is no .xlsx: the command line's line for its kind where it has one. */
function notXlsx(bytes: Uint8Array, zip: boolean, name: string, locale: Locale): OpenError {
  const key = otherKindKey(bytes, zip);
  return new OpenError('not-xlsx', key ? t(key, locale, { file: name }) : t('preview.error.notXlsx', locale, { name }));
}

function detailOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Cells of the sheet's merged areas outside the bounding box of its cells holding a value, and
 * the cells all its merged areas cover.
 */
function mergedCellsOutside(sheet: SheetModel): { outside: number; total: number } {
  if (sheet.merges.length === 0) return { outside: 0, total: 0 };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null || cell.value === undefined || cell.value === '') continue;
    const { row, col } = keyToCell(key);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  let outside = 0;
  let total = 0;
  for (const m of sheet.merges) {
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    total += area;
    const h = Math.min(m.bottom, bottom) - Math.max(m.top, top) + 1;
    const w = Math.min(m.right, right) - Math.max(m.left, left) + 1;
    outside += area - (h > 0 && w > 0 ? h * w : 0);
  }
  return { outside, total };
}

/** The fast loader where it can, else ExcelJS after preflight; failures as OpenErrors. */
async function readXlsxModel(bytes: Uint8Array, name: string, locale: Locale, options: LoadOptions): Promise<WorkbookModel> {
  try {
    // The fast loader where it is sure to give ExcelJS's model; ExcelJS for anything else. A file
    // the fast loader gives up on part way has shown rows converted: the progress does not go
    // back to 'parsing' for ExcelJS (the bar stays until ExcelJS converts rows in its turn).
    let converting = false;
    const onProgress = options.onProgress;
    const report: LoadOptions['onProgress'] = onProgress && ((p) => {
      if (p.phase === 'converting') converting = true;
      else if (converting) return;
      onProgress(p);
    });
    const lean = await leanModelFromXlsx(bytes, { ...options, onProgress: report });
    if (lean) return lean;
    return await (await loadExcelJsPart()).guardedExcelJs(bytes, name, locale, { ...options, onProgress: report });
  } catch (err) {
    if (err instanceof OpenError) throw err;
    if (otherKindKey(bytes, true)) throw notXlsx(bytes, true, name, locale);
    throw new OpenError('corrupt', t('preview.error.corrupt', locale, { name, detail: detailOf(err) }), err);
  }
}

/** Reads .xlsx, .xls, web-page, Excel 2003 XML or CSV bytes into a stand-in model, or throws an OpenError saying why it cannot. */
export async function readModel(bytes: Uint8Array, name: string, locale: Locale, options: LoadOptions = {}): Promise<WorkbookModel> {
  const kind = sniffBytes(bytes);
  if (kind === 'empty') throw new OpenError('empty', t('preview.error.empty', locale, { name }));
  if (kind === 'cfb' && classifyCompoundFile(bytes) === 'encrypted') throw new OpenError('encrypted', t('file.encrypted', locale, { file: name }));
  const other = kind === 'other' ? sniffOther(bytes) : undefined;
  if (other === 'other') throw notXlsx(bytes, false, name, locale);
  let model: WorkbookModel;
  // A legacy .xls, a web page, an Excel 2003 XML Spreadsheet or a CSV/TSV: the command line's
  // readers, into the same model (./legacy-model.ts).
  if (kind !== 'zip') model = (await loadLegacyPart()).readLegacyModel(bytes, other ?? 'cfb', name, locale, options);
  else model = await readXlsxModel(bytes, name, locale, options);
  // The command line's limit on a sheet's text (each cell counted, a shared string as often as
  // it is used): past it, every finding and row of the page would be that long.
  for (const sheet of model.sheets) {
    let chars = 0;
    for (const cell of sheet.cells.values()) if (typeof cell.value === 'string') chars += cell.value.length;
    if (chars > READ_LIMITS.maxTextCharsPerSheet) {
      throw new OpenError('too-large', t('preview.error.sheetText', locale, { name, sheet: sheet.name, limit: READ_LIMITS.maxTextCharsPerSheet.toLocaleString('en-US') }));
    }
    // Merged areas reaching far past the cells (the fast loader takes a plain file with one merged
    // column of 1,000,000 rows): the stand-in's reading of such a sheet ran out of memory (4.3 GB
    // after 5 minutes). Cells inside tables cost nothing here; only what lies outside the cells.
    const merged = mergedCellsOutside(sheet);
    if (merged.outside > PREVIEW_EXCELJS_LIMITS.maxMergedCells) {
      throw new OpenError('too-large', t('preview.error.mergedCells', locale, { name, count: merged.total.toLocaleString('en-US'), limit: PREVIEW_EXCELJS_LIMITS.maxMergedCells.toLocaleString('en-US') }));
    }
  }
  if (model.sheets.length === 0) {
    // A zip without a workbook part is another kind of document (a .docx renamed, say).
    if (!containsText(bytes, 'xl/workbook.xml')) throw notXlsx(bytes, true, name, locale);
    if (backslashPathsKey(bytes)) throw new OpenError('not-xlsx', t('file.backslashPaths', locale, { file: name }));
    throw new OpenError('no-sheets', t('preview.error.noSheets', locale, { name }));
  }
  return model;
}
