/**
 * Displayed text of a cell (`Range.text`) from its value and number format, for the formats the
 * tables use: General, `0`, `0.00`, `#,##0.00`, percentages, text (`@`) and simple dates. Other
 * formats fall back to General. Excel also narrows text to the column width; the stand-in does not.
 */
import type { CellValue } from '../core/engine/grid';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function displayText(value: CellValue, numberFormat = 'General'): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return formatterOf(numberFormat)(value);
}

/** Formats seen, each worked out once (a sheet uses a handful; a file could bring thousands). */
const formatters = new Map<string, (n: number) => string>();
const MAX_FORMATTERS = 256;

/**
 * The function that shows a number in `numberFormat`: the format's parts (section, literals,
 * decimals, grouping) found once per format, not once per cell (18,000 numbers at 2,000 tables,
 * each through half a dozen regular expressions).
 */
function formatterOf(numberFormat: string): (n: number) => string {
  const known = formatters.get(numberFormat);
  if (known) return known;
  const fmt = firstSection(numberFormat);
  let f: (n: number) => string;
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') f = general;
  else if (/[ymdhs]/i.test(stripLiterals(fmt))) f = (n) => formatDate(n, fmt);
  else f = numberFormatter(fmt);
  if (formatters.size >= MAX_FORMATTERS) formatters.clear();
  formatters.set(numberFormat, f);
  return f;
}

/** Excel's General: up to 11 significant digits, no trailing zeros. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10));
  return String(s);
}

function firstSection(fmt: string): string {
  return fmt.split(';')[0].replace(/\[[^\]]*\]/g, '').trim();
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

function numberFormatter(fmt: string): (n: number) => string {
  const core = stripLiterals(fmt);
  const percent = core.includes('%');
  const dot = core.indexOf('.');
  const decimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/[0#]/g) ?? []).length;
  const grouping = /[0#],[0#]/.test(core);
  const prefix = literalText(fmt.slice(0, firstDigitIndex(fmt)));
  const suffix = literalText(fmt.slice(lastDigitIndex(fmt) + 1)).replace('%', '') + (percent ? '%' : '');
  return (n) => {
    const value = percent ? n * 100 : n;
    const fixed = Math.abs(value).toFixed(decimals);
    const [int, frac] = fixed.split('.');
    const intText = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
    const number = (value < 0 && Number(fixed) !== 0 ? '-' : '') + intText + (frac ? `.${frac}` : '');
    return prefix + number + suffix;
  };
}

function firstDigitIndex(fmt: string): number {
  const i = fmt.search(/[0#?]/);
  return i < 0 ? 0 : i;
}

function lastDigitIndex(fmt: string): number {
  let last = -1;
  for (let i = 0; i < fmt.length; i++) if ('0#?'.includes(fmt[i])) last = i;
  return last;
}

function literalText(part: string): string {
  return part.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/[_*]./g, '');
}

function formatDate(serial: number, fmt: string): string {
  const d = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(-2),
    mm: String(d.getUTCMonth() + 1).padStart(2, '0'),
    m: String(d.getUTCMonth() + 1),
    dd: String(d.getUTCDate()).padStart(2, '0'),
    d: String(d.getUTCDate()),
  };
  let out = '';
  const re = /"([^"]*)"|\\(.)|(yyyy|yy|mm|m|dd|d)|(.)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(fmt)) !== null) {
    if (m[1] !== undefined) out += m[1];
    else if (m[2] !== undefined) out += m[2];
    else if (m[3] !== undefined) out += parts[m[3].toLowerCase()];
    else out += m[4];
  }
  return out;
}
