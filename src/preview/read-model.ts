/**
 * Reading .xlsx bytes into the stand-in's workbook model, or an OpenError saying in the user's
 * language why not. Kept apart from ./workbook.ts (which installs the Office globals and the
 * ExcelHost) so the page's reading worker (./open-worker.ts) bundles only what reading needs.
 */
import { containsText, sniffBytes, sniffOther } from '../hosts/file/sniff';
import { t, type TextKey } from '../core/i18n';
import type { Locale } from '../core/model';
import type { WorkbookModel } from '../standin/model';
import { modelFromXlsx, type LoadOptions } from '../standin/xlsx';

export type OpenErrorCode = 'empty' | 'legacy' | 'not-xlsx' | 'corrupt' | 'no-sheets';

/** A file the preview cannot open; `message` says in the user's language what to do. */
export class OpenError extends Error {
  constructor(
    readonly code: OpenErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'OpenError';
  }
}

/**
 * What the command line says of a file that is no .xlsx but a known other kind (a web page saved
 * as .xls, CSV, Excel 2003 XML, .xlsb, .ods): the same one line, naming the kind and how to save
 * it as .xlsx. Undefined for anything else.
 */
function otherKindKey(bytes: Uint8Array, zip: boolean): TextKey | undefined {
  if (zip) {
    if (containsText(bytes, 'xl/workbook.bin')) return 'file.xlsb';
    if (containsText(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return 'file.ods';
    return undefined;
  }
  const kind = sniffOther(bytes);
  return kind === 'html' ? 'file.html' : kind === 'xml2003' ? 'file.xml2003' : kind === 'text' ? 'file.text' : undefined;
}

function notXlsx(bytes: Uint8Array, zip: boolean, name: string, locale: Locale): OpenError {
  const key = otherKindKey(bytes, zip);
  return new OpenError('not-xlsx', key ? t(key, locale, { file: name }) : t('preview.error.notXlsx', locale, { name }));
}

function detailOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads .xlsx bytes into a stand-in model, or throws an OpenError saying why it cannot. */
export async function readModel(bytes: Uint8Array, name: string, locale: Locale, options: LoadOptions = {}): Promise<WorkbookModel> {
  const kind = sniffBytes(bytes);
  if (kind === 'empty') throw new OpenError('empty', t('preview.error.empty', locale, { name }));
  if (kind === 'cfb') throw new OpenError('legacy', t('preview.error.legacy', locale, { name }));
  if (kind === 'other') throw notXlsx(bytes, false, name, locale);
  let model: WorkbookModel;
  try {
    model = await modelFromXlsx(bytes, options);
  } catch (err) {
    if (otherKindKey(bytes, true)) throw notXlsx(bytes, true, name, locale);
    throw new OpenError('corrupt', t('preview.error.corrupt', locale, { name, detail: detailOf(err) }), err);
  }
  if (model.sheets.length === 0) {
    // A zip without a workbook part is another kind of document (a .docx renamed, say).
    if (!containsText(bytes, 'xl/workbook.xml')) throw notXlsx(bytes, true, name, locale);
    throw new OpenError('no-sheets', t('preview.error.noSheets', locale, { name }));
  }
  return model;
}
