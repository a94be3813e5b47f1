/**
 * Excel's built-in number formats by id, as ExcelJS reads them, and ExcelJS's test of a date
 * format: shared by the file host's reader and the preview's, which must both give what ExcelJS
 * gives. No Node API (the preview's reader runs in a browser worker).
 */

/** ExcelJS's built-in number formats (defaultnumformats.js, the ones without a locale). */
export const EXCELJS_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Text with every `open…close` pair taken out, as `text.replace(/\[[^\]]*]/g, '')` (or with `"`)
 * gives it, in one pass: that pattern, tried again from each `[` that has no `]` after it, took
 * time quadratic in the text (a format code of 40,000 `[` a second and a half, 1 MB many minutes).
 */
function withoutPairs(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + 1);
    if (end < 0) break; // no pair starts at or after `start`: the rest stays
    out += text.slice(from, start);
    from = end + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The last codes asked about and their answers: every cellXfs entry may name the same code. */
const dateFormatCache = new Map<string, boolean>();
const DATE_FORMAT_CACHE_SIZE = 1024;

/**
 * ExcelJS's utils.isDateFmt (the same answer for every text), in time linear in the code and once
 * per code while it is in the cache: a styles part can name one long code in 65,000 cellXfs, and
 * ExcelJS asks again for every numeric cell (src/hosts/file/exceljs-patch.ts gives it this one).
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const hit = dateFormatCache.get(fmt);
  if (hit !== undefined) return hit;
  const f = withoutPairs(withoutPairs(fmt, '[', ']'), '"', '"');
  const answer = /[ymdhMsb]/.test(f);
  if (dateFormatCache.size >= DATE_FORMAT_CACHE_SIZE) dateFormatCache.clear();
  dateFormatCache.set(fmt, answer);
  return answer;
}
