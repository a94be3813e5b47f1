/**
 * ExcelJS asks `utils.isDateFmt(numFmt)` for every numeric cell with a style while it loads a
 * workbook, and that test ran a pattern whose time is quadratic in the format code (a code of
 * 40,000 `[` took 1.5 s a cell; a 3 KB file with a 1 MB code would hold `--annotate` for many
 * minutes a cell). Here it is given ./builtin-formats.ts's isDateFormat: the same answer for every
 * code, linear, once per code. Node only (the preview's ExcelJS is its browser build, whose
 * internals cannot be reached: src/preview/preflight.ts keeps such codes from it). Applied once.
 */
import { isDateFormat } from './builtin-formats';

interface ExcelJsUtils {
  isDateFmt?: (fmt: string | undefined) => boolean;
  [PATCHED]?: boolean;
}

const PATCHED = Symbol.for('perf-target.exceljs-date-patch');

export function patchExcelJsDateTest(): void {
  let utils: ExcelJsUtils;
  try {
    // ExcelJS's own module, the one its cell reader required (CommonJS: the same object).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module with no typings, patched in place
    utils = require('exceljs/lib/utils/utils.js') as ExcelJsUtils;
  } catch {
    return; // another ExcelJS layout: left alone (slower on such codes, still correct)
  }
  if (utils[PATCHED] || typeof utils.isDateFmt !== 'function') return;
  utils.isDateFmt = (fmt) => isDateFormat(fmt ?? undefined);
  utils[PATCHED] = true;
}

patchExcelJsDateTest();
