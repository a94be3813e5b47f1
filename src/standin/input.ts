/**
 * Excel's input parser, as far as an add-in writing text through `Range.values` meets it: what a
 * string becomes in a cell whose format is not text (`@`). Excel (zh-CN and en-US alike) turns
 * `26.50`, `1e3` and `001` into numbers, `98%` into 0.98, `(5)` into −5, `¥1,000` into 1000,
 * `9:30` into a time, `1 1/2` into 1.5, `1/2` and `2025-01-01` into dates, `TRUE` into a boolean,
 * `#N/A` into an error, and a leading `=` into a formula; a leading `'` keeps the rest as text.
 * Everything else stays the text it was.
 */
import type { CellModel } from './model';

export type Parsed = Pick<CellModel, 'value' | 'formula' | 'numberFormat' | 'isError'>;

const ERRORS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);
const NUMBER = /^([-+]?)\s*([¥￥$€£]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(%?)$/;

/** Days from Excel's 1900 epoch (serial 1 = 1900-01-01, with Excel's 1900 leap-year bug). */
function serial(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

function keepFormat(format: string, wanted: string): string {
  return format === 'General' ? wanted : format;
}

/** What Excel stores for `text` typed into a cell of number format `format` (not `@`). */
export function parseInput(text: string, format: string): Parsed {
  const s = text.trim();
  if (text.startsWith('=')) return { value: null, formula: text };
  if (/^(true|false)$/i.test(s)) return { value: /^true$/i.test(s) };
  if (ERRORS.has(s.toUpperCase())) return { value: s.toUpperCase(), isError: true };
  // (5) and (1,234.50): accounting negatives.
  const paren = /^\(\s*([¥￥$]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*\)$/.exec(s);
  if (paren) return { value: -Number(paren[2].replace(/,/g, '')) };
  const m = NUMBER.exec(s);
  if (m && /\d/.test(m[3])) {
    const n = Number(m[3].replace(/,/g, '')) * (m[1] === '-' ? -1 : 1);
    if (m[4] === '%') return { value: n / 100, numberFormat: keepFormat(format, '0%') };
    if (m[2]) return { value: n, numberFormat: keepFormat(format, `${m[2]}#,##0.00`) };
    return { value: n };
  }
  // 9:30, 9:30:15, 9:30 PM
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/.exec(s);
  if (time) {
    let h = Number(time[1]);
    const min = Number(time[2]);
    const sec = Number(time[3] ?? 0);
    if (time[4]) h = (h % 12) + (/p/i.test(time[4]) ? 12 : 0);
    if (min < 60 && sec < 60 && h < 24) return { value: (h * 3600 + min * 60 + sec) / 86400, numberFormat: keepFormat(format, time[3] ? 'h:mm:ss' : 'h:mm') };
  }
  // 1 1/2: a mixed fraction.
  const frac = /^(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (frac && Number(frac[3]) > 0) return { value: Number(frac[1]) + Number(frac[2]) / Number(frac[3]), numberFormat: keepFormat(format, '# ?/?') };
  // 2025-01-01, 2025/1/1, 2025年1月1日, 2025年12月, 1/2 (this year's 2 January)
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?$/.exec(s);
  if (ymd) {
    const v = serial(Number(ymd[1]), Number(ymd[2]), Number(ymd[3] ?? 1));
    if (v !== undefined) return { value: v, numberFormat: keepFormat(format, ymd[3] ? 'yyyy/m/d' : 'yyyy"年"m"月"') };
  }
  const md = /^(\d{1,2})\s*[/月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (md) {
    const v = serial(new Date().getFullYear(), Number(md[1]), Number(md[2]));
    if (v !== undefined) return { value: v, numberFormat: keepFormat(format, 'm"月"d"日"') };
  }
  return { value: text };
}
