/**
 * Displayed text of a cell (`Range.text`) from its value and number format: the file host's
 * renderer (src/hosts/file/numfmt.ts), so the preview checks the text the command line checks.
 * Before, the stand-in had a smaller renderer of its own, and a format that puts a sign or a unit
 * only in the display (`"≥"0%` on a negative, `0"%"`, `"＝"General`, `0.0,,"百万"`), hides a value
 * (`;;;`, `#` on zero) or shows a date (serial 0 and 26.5 a day apart) gave the preview another
 * text than the command line. Excel also narrows text to the column width; the stand-in does not.
 */
import type { CellValue } from '../core/engine/grid';
import { formatCellText } from '../hosts/file/numfmt';

export function displayText(value: CellValue, numberFormat = 'General'): string {
  return formatCellText(value, numberFormat);
}
