/**
 * A small renderer of Excel number formats: turns a cell value and its format into the text a user
 * sees in the cell, for the .xlsx file host (Excel itself gives us that text through Office.js).
 *
 * It covers what budget tables use — General, `0`, `0.00`, `#,##0.00`, percentages, `@`, literal
 * prefixes and suffixes (`¥`, `"万元"`, `_ ` padding), two or three sections, and dates and times
 * (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `h:mm`). It does not try to be all of Excel: fractions,
 * conditions, DBNum numerals and locale-specific month names fall back to a plain rendering.
 */
import type { CellValue } from '../../core/engine/grid';

type Token =
  | { kind: 'lit'; text: string }
  | { kind: 'digit'; ch: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exp'; sign: '+' | '-' }
  | { kind: 'text' }
  | { kind: 'general' }
  | { kind: 'date'; code: string };

interface Section {
  tokens: Token[];
  isDate: boolean;
  /** True when the section has a condition (`[>100]`) we do not evaluate. */
  conditional: boolean;
  /** True when the section is empty: the value is hidden (`0;-0;;@` for zeros). */
  empty: boolean;
}

interface ParsedFormat {
  general: boolean;
  sections: Section[];
}

const cache = new Map<string, ParsedFormat>();
const GENERAL: ParsedFormat = { general: true, sections: [] };

/** ExcelJS names built-in formats 14 `mm-dd-yy` and 22 `m/d/yy "h":mm` (which would show the month as minutes); a Chinese Excel shows them as `yyyy/m/d` and `yyyy/m/d h:mm`. */
const ALIASES: Record<string, string> = { 'mm-dd-yy': 'yyyy/m/d', 'm/d/yy "h":mm': 'yyyy/m/d h:mm' };

/** The displayed text of a cell value under a number format (undefined or `General`: Excel's General). */
export function formatCellText(value: CellValue, numFmt?: string | null, date1904 = false): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return formatText(value, numFmt);
  return formatNumber(value, numFmt, date1904);
}

/**
 * A text under a number format, as Excel shows it: the fourth section (`;;;` hides text too), or
 * a lone section holding `@` (`"≥"@` shows `95%` as `≥95%`); otherwise the text as it is.
 */
function formatText(s: string, numFmt?: string | null): string {
  if (!numFmt || numFmt === '@') return s;
  const parsed = parseFormat(numFmt);
  const sections = parsed.sections;
  const section = sections.length >= 4 ? sections[3] : sections.length === 1 && sections[0].tokens.some((t) => t.kind === 'text') ? sections[0] : undefined;
  if (!section) return s;
  let out = '';
  for (const t of section.tokens) {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'text') out += s;
  }
  return out;
}

/** The displayed text of a number under a number format. */
export function formatNumber(n: number, numFmt?: string | null, date1904 = false): string {
  if (!Number.isFinite(n)) return String(n);
  const parsed = parseFormat(numFmt ?? 'General');
  if (parsed.general) return formatGeneral(n);
  const { section, auto } = pickSection(parsed.sections, n);
  if (!section) return formatGeneral(n);
  if (section.empty) return '';
  if (section.conditional) return formatGeneral(n);
  if (section.isDate) return formatDate(n, section.tokens, date1904) ?? formatGeneral(n);
  const body = renderNumber(Math.abs(n), section.tokens);
  // A lone first section shows its own minus sign; a dedicated negative section writes its own.
  return auto && n < 0 && body !== null && /[1-9]/.test(body) ? `-${body}` : (body ?? formatGeneral(n));
}

/**
 * Excel's General format: integers as they are, other numbers to at most 11 characters, very large
 * or very small ones in scientific notation (`1.23457E+11`).
 */
export function formatGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1e11 || abs < 1e-9) return sign + scientific(abs, 5, 2, true);
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - intDigits);
  const fixed = roundFixed(abs, decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return sign + trimmed;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * Excel takes number formats of at most 255 characters. A longer one is not Excel's, and would
 * render every cell as a text of its length (a 1 MB format over 100,000 numbers is 100 GB of
 * text): it is shown as General, so a cell's displayed text stays about as long as Excel's.
 */
export const MAX_FORMAT_CHARS = 255;

function parseFormat(raw: string): ParsedFormat {
  if (raw.length > MAX_FORMAT_CHARS) return GENERAL;
  const hit = cache.get(raw);
  if (hit) return hit;
  const fmt = ALIASES[raw] ?? raw;
  // Locale, calendar and numeral-system codes ([$-804], [DBNum1]) around General leave it General.
  const general = /^(general|g\/通用格式|@)?$/i.test(fmt.replace(/\[(\$-[0-9a-f]*|dbnum\d)\]/gi, '').trim());
  const parsed: ParsedFormat = { general, sections: general ? [] : splitSections(fmt).map(parseSection) };
  cache.set(raw, parsed);
  return parsed;
}

/** Splits on `;` outside quotes, brackets and escapes. */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (!quoted && !bracket && ch === '\\' && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const DATE_CODE_RE = /^(yyyy|yyy|yy|y|e|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|aaaa|aaa|hh|h|ss|s|am\/pm|a\/p|上午\/下午)/i;

function parseSection(src: string): Section {
  const tokens: Token[] = [];
  let conditional = false;
  let i = 0;
  const lit = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'lit') last.text += text;
    else tokens.push({ kind: 'lit', text });
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      lit(src.slice(i + 1, end < 0 ? src.length : end));
      i = end < 0 ? src.length : end + 1;
    } else if (ch === '\\') {
      lit(src[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      lit(' '); // padding the width of the next character: Excel shows a space
      i += 2;
    } else if (ch === '*') {
      i += 2; // fill character: nothing in a text rendering
    } else if (ch === '[') {
      const end = src.indexOf(']', i);
      const inner = src.slice(i + 1, end < 0 ? src.length : end);
      i = end < 0 ? src.length : end + 1;
      const bracket = parseBracket(inner);
      if (bracket === 'condition') conditional = true;
      else if (bracket !== null) {
        if (bracket.kind === 'lit') lit(bracket.text);
        else tokens.push(bracket);
      }
    } else {
      i = parsePlain(src, i, tokens, lit);
    }
  }
  const isDate = tokens.some((t) => t.kind === 'date');
  return { tokens, isDate, conditional, empty: src.length === 0 };
}

/** `[Red]`, `[$-804]` -> nothing; `[$¥-804]` -> `¥`; `[h]` -> elapsed hours; `[>100]` -> condition. */
function parseBracket(inner: string): Token | 'condition' | null {
  if (/^[<>=]/.test(inner)) return 'condition';
  if (/^(h+|m+|s+)$/i.test(inner)) return { kind: 'date', code: `[${inner.toLowerCase()}]` };
  const currency = /^\$([^-]*)(-.*)?$/.exec(inner);
  if (currency) return currency[1] ? { kind: 'lit', text: currency[1] } : null;
  return null; // colours, DBNum, locale ids
}

function parsePlain(src: string, i: number, tokens: Token[], lit: (t: string) => void): number {
  const ch = src[i];
  const rest = src.slice(i);
  // `General` (`G/通用格式` in a Chinese Excel) inside a section with literals: `"＝"General`.
  const general = /^(general|g\/通用格式)/i.exec(rest);
  if (general) {
    tokens.push({ kind: 'general' });
    return i + general[1].length;
  }
  const date = DATE_CODE_RE.exec(rest);
  if (date && !(/^e/i.test(date[1]) && /^e[+-]/i.test(rest))) {
    tokens.push({ kind: 'date', code: date[1].toLowerCase() });
    return i + date[1].length;
  }
  if (ch === '0' || ch === '#' || ch === '?') tokens.push({ kind: 'digit', ch });
  else if (ch === '.') tokens.push({ kind: 'point' });
  else if (ch === ',') tokens.push({ kind: 'comma' });
  else if (ch === '%') tokens.push({ kind: 'percent' });
  else if (ch === '@') tokens.push({ kind: 'text' });
  else if ((ch === 'E' || ch === 'e') && (src[i + 1] === '+' || src[i + 1] === '-')) {
    tokens.push({ kind: 'exp', sign: src[i + 1] as '+' | '-' });
    return i + 2;
  } else lit(ch);
  return i + 1;
}

function pickSection(sections: Section[], n: number): { section: Section | undefined; auto: boolean } {
  if (n < 0 && sections.length >= 2) return { section: sections[1], auto: false };
  if (n === 0 && sections.length >= 3) return { section: sections[2], auto: false };
  return { section: sections[0], auto: true };
}

// ---------------------------------------------------------------------------------------------
// Numbers

interface NumberPattern {
  minInt: number;
  group: boolean;
  minDec: number;
  maxDec: number;
  hasPoint: boolean;
  /** Powers of 1000 to divide by (trailing commas). */
  thousands: number;
  percents: number;
  exp?: { sign: '+' | '-'; digits: number };
}

/** Renders |n| under a number section, or null when the section has no digit placeholder. */
function renderNumber(abs: number, tokens: Token[]): string | null {
  const first = tokens.findIndex((t) => t.kind === 'digit');
  if (first < 0) return tokens.some((t) => t.kind === 'text') ? null : tokens.some((t) => t.kind === 'general') ? withGeneral(tokens, abs) : litOnly(tokens, abs);
  let last = first;
  tokens.forEach((t, idx) => {
    if (t.kind === 'digit') last = idx;
  });
  const pattern = numberPattern(tokens.slice(first, last + 1), tokens.slice(last + 1));
  const scaled = (abs * 100 ** pattern.percents) / 1000 ** pattern.thousands;
  const number = pattern.exp ? renderScientific(scaled, pattern) : renderFixed(scaled, pattern);
  let out = '';
  tokens.forEach((t, idx) => {
    if (idx === first) out += number;
    else if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'percent') out += '%';
  });
  return out;
}

/** A section of literals around `General`: the number as General in its place. */
function withGeneral(tokens: Token[], abs: number): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'general') out += formatGeneral(abs);
    else if (t.kind === 'percent') out += '%';
  }
  return out;
}

/** A section without digits (`"无"`, `-`): the literals alone, as Excel shows them. */
function litOnly(tokens: Token[], abs: number): string | null {
  if (tokens.length === 0) return null;
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'percent') out += '%';
    else return formatGeneral(abs);
  }
  return out;
}

function numberPattern(block: Token[], after: Token[]): NumberPattern {
  const p: NumberPattern = { minInt: 0, group: false, minDec: 0, maxDec: 0, hasPoint: false, thousands: 0, percents: 0 };
  let inDecimals = false;
  let inExp = false;
  let expDigits = 0;
  let pendingCommas = 0;
  for (const t of block) {
    if (t.kind === 'point' && !inExp) inDecimals = p.hasPoint = true;
    else if (t.kind === 'exp') {
      inExp = true;
      p.exp = { sign: t.sign, digits: 0 };
    } else if (t.kind === 'digit') {
      if (inExp) expDigits++;
      else if (inDecimals) {
        p.maxDec++;
        if (t.ch === '0') p.minDec = p.maxDec;
      } else {
        if (pendingCommas > 0) p.group = true;
        pendingCommas = 0;
        if (t.ch === '0') p.minInt++;
      }
    } else if (t.kind === 'comma' && !inDecimals) pendingCommas++;
  }
  // Commas right after the last integer digit scale by thousands (`#,##0,` shows thousands).
  let trailing = inDecimals ? 0 : pendingCommas;
  for (const t of after) {
    if (t.kind === 'comma') trailing++;
    else break;
  }
  p.thousands = trailing;
  p.percents = [...block, ...after].filter((t) => t.kind === 'percent').length;
  if (p.exp) p.exp.digits = Math.max(1, expDigits);
  if (p.exp && p.minInt === 0) p.minInt = 1;
  return p;
}

function renderFixed(value: number, p: NumberPattern): string {
  const fixed = roundFixed(value, p.maxDec);
  const [intRaw, fracRaw = ''] = fixed.split('.');
  let intPart = intRaw === '0' && p.minInt === 0 ? '' : intRaw.padStart(p.minInt, '0');
  if (p.group) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let frac = fracRaw;
  while (frac.length > p.minDec && frac.endsWith('0')) frac = frac.slice(0, -1);
  return p.hasPoint ? `${intPart}.${frac}` : intPart;
}

function renderScientific(value: number, p: NumberPattern): string {
  const exp = p.exp ?? { sign: '+', digits: 2 };
  return scientific(value, p.maxDec, exp.digits, false, exp.sign === '+');
}

/** `1.23457E+11`: mantissa with `decimals` places (trailing zeros dropped when `trim`). */
function scientific(abs: number, decimals: number, expDigits: number, trim: boolean, plus = true): string {
  if (abs === 0) return `${(0).toFixed(decimals)}E${plus ? '+' : ''}${'0'.repeat(expDigits)}`;
  const [m, e] = abs.toExponential(decimals).split('e');
  const mantissa = trim && m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
  const expNum = Number(e);
  const expSign = expNum < 0 ? '-' : plus ? '+' : '';
  return `${mantissa}E${expSign}${String(Math.abs(expNum)).padStart(expDigits, '0')}`;
}

/**
 * Rounds half away from zero on the decimal digits Excel sees (15 significant digits), so that
 * 1.005 with two decimals shows `1.01` as in Excel rather than JavaScript's binary `1.00`.
 */
export function roundFixed(abs: number, decimals: number): string {
  // Whole numbers below 10^15 are exact: no rounding to do (the common case in budget tables).
  if (Number.isInteger(abs) && abs < 1e15) return decimals > 0 ? `${abs}.${'0'.repeat(decimals)}` : String(abs);
  const x = Number(abs.toPrecision(15));
  // JavaScript writes numbers below 1e-6 or from 1e21 in exponent form; those need no care here.
  if (x >= 1e21 || (x !== 0 && x < 1e-6)) return x.toFixed(decimals);
  const [intDigits, fracDigits = ''] = String(x).split('.');
  if (fracDigits.length <= decimals) return decimals > 0 ? `${intDigits}.${fracDigits.padEnd(decimals, '0')}` : intDigits;
  let kept = intDigits + fracDigits.slice(0, decimals);
  if (fracDigits.charCodeAt(decimals) >= 53 /* '5' */) kept = incrementDigits(kept);
  const intLen = kept.length - decimals;
  const intPart = kept.slice(0, intLen).replace(/^0+(?=\d)/, '');
  return decimals > 0 ? `${intPart}.${kept.slice(intLen)}` : intPart;
}

function incrementDigits(d: string): string {
  const arr = d.split('');
  for (let i = arr.length - 1; i >= 0; i--) {
    if (arr[i] === '9') arr[i] = '0';
    else {
      arr[i] = String(Number(arr[i]) + 1);
      return arr.join('');
    }
  }
  return `1${arr.join('')}`;
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
  second: number;
  /** Whole hours since day 0 for `[h]`. */
  totalHours: number;
}

/** Splits an Excel serial number into calendar parts (1900 system with its 29 Feb 1900, or 1904). */
export function serialToParts(serial: number, date1904 = false): DateParts | null {
  if (serial < 0 || serial >= 2958466) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days++;
    seconds -= 86400;
  }
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  let parts: { y: number; m: number; d: number; w: number };
  // Excel shows serial 0 as 0 January 1900 and counts a 29 February 1900 that never was.
  if (!date1904 && days === 0) parts = { y: 1900, m: 1, d: 0, w: 6 };
  else if (!date1904 && days === 60) parts = { y: 1900, m: 2, d: 29, w: 3 };
  else {
    // Serials after the phantom 29 February 1900 are one day ahead of the calendar.
    const offset = !date1904 && days > 60 ? days - 1 : days;
    const dt = new Date(base + offset * 86400000);
    parts = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), w: dt.getUTCDay() };
  }
  return {
    year: parts.y,
    month: parts.m,
    day: parts.d,
    weekday: parts.w,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
    totalHours: days * 24 + Math.floor(seconds / 3600),
  };
}

function formatDate(serial: number, tokens: Token[], date1904: boolean): string | null {
  const parts = serialToParts(serial, date1904);
  if (!parts) return null;
  const twelve = tokens.some((t) => t.kind === 'date' && /\/(pm|p|下午)$/.test(t.code));
  const codes = tokens.map((t) => (t.kind === 'date' ? t.code : null));
  let out = '';
  tokens.forEach((t, idx) => {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'date') out += dateCode(t.code, parts, twelve, isMinute(codes, idx));
    else if (t.kind === 'digit') out += t.ch === '0' ? '0' : '';
    else if (t.kind === 'point') out += '.';
    else if (t.kind === 'percent') out += '%';
  });
  return out;
}

/** `m`/`mm` mean minutes right after an hour or right before seconds. */
function isMinute(codes: (string | null)[], idx: number): boolean {
  const code = codes[idx];
  if (code !== 'm' && code !== 'mm') return false;
  for (let i = idx - 1; i >= 0; i--) {
    const c = codes[i];
    if (c === null) continue;
    if (/^\[?h/.test(c)) return true;
    break;
  }
  for (let i = idx + 1; i < codes.length; i++) {
    const c = codes[i];
    if (c === null) continue;
    return /^\[?s/.test(c);
  }
  return false;
}

function dateCode(code: string, p: DateParts, twelve: boolean, minute: boolean): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const h = twelve ? hour12 : p.hour;
  switch (code) {
    case 'yyyy':
    case 'yyy':
    case 'e':
      return String(p.year);
    case 'yy':
    case 'y':
      return two(p.year % 100);
    case 'mmmmm':
      return MONTHS[p.month - 1][0];
    case 'mmmm':
      return MONTHS[p.month - 1];
    case 'mmm':
      return MONTHS[p.month - 1].slice(0, 3);
    case 'mm':
      return minute ? two(p.minute) : two(p.month);
    case 'm':
      return minute ? String(p.minute) : String(p.month);
    case 'dddd':
      return DAYS[p.weekday];
    case 'ddd':
      return DAYS[p.weekday].slice(0, 3);
    case 'dd':
      return two(p.day);
    case 'd':
      return String(p.day);
    case 'aaaa':
      return `星期${DAYS_ZH[p.weekday]}`;
    case 'aaa':
      return DAYS_ZH[p.weekday];
    case 'hh':
      return two(h);
    case 'h':
      return String(h);
    case 'ss':
      return two(p.second);
    case 's':
      return String(p.second);
    case '[h]':
    case '[hh]':
      return String(p.totalHours);
    case 'am/pm':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'a/p':
      return p.hour < 12 ? 'A' : 'P';
    case '上午/下午':
      return p.hour < 12 ? '上午' : '下午';
    default:
      return code.replace(/^\[|\]$/g, '');
  }
}
