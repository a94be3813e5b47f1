/**
 * Which catalogue line names a file that is no .xlsx but a known other kind (.xlsb, .ods, a zip
 * with Windows paths), for the command line and the browser preview alike. A web page, an Excel
 * 2003 XML Spreadsheet and a CSV are not named here: they are read (./legacy-read.ts).
 * Browser-safe: byte checks only.
 */
import type { TextKey } from '../../core/i18n';
import { containsText } from './sniff';

/** `zip`: the bytes are a zip without an .xlsx workbook part. Undefined: no kind we can name. */
export function otherKindKey(bytes: Uint8Array, zip: boolean): TextKey | undefined {
  if (!zip) return undefined;
  const backslashes = backslashPathsKey(bytes);
  if (backslashes) return backslashes;
  if (containsText(bytes, 'xl/workbook.bin')) return 'file.xlsb';
  if (containsText(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return 'file.ods';
  return undefined;
}

/**
 * A zip whose entry names use backslashes (`xl\workbook.xml`, `xl\worksheets\sheet1.xml`: the
 * zip format and .xlsx want `/`; some Windows export tools write `\`). Asked only once a workbook
 * or its sheets were not found, to say why: the names are stored as they are in the zip's headers.
 */
export function backslashPathsKey(bytes: Uint8Array): TextKey | undefined {
  return containsText(bytes, 'xl\\workbook.xml') || containsText(bytes, 'xl\\worksheets\\') ? 'file.backslashPaths' : undefined;
}
