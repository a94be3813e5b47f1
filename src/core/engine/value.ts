/**
 * The indicator-value parser (SPEC §4): reads a 指标值 into sign, number and unit, or recognises it as
 * qualitative text, a placeholder or nothing, and says what is malformed about it on its own.
 *
 * Written as a hand-made scanner rather than one big regular expression: cells can hold anything
 * (a pasted 1 MB text, every Unicode block), so the parser never throws and every step is linear
 * in the length of the text (no backtracking). Only what a value can look like is recognised:
 *
 *   [sign…] [unit written before the number] number [unit…] [以上/以下/以内…]
 *
 * A text that does not fit (`11月底之前`, `达到预期目标`) is qualitative. Judging a value against its
 * indicator (a cost needs money, a satisfaction a percentage) is the rules' job, not this module's.
 */
import type { ParsedValue, Sign, SignStyle, ValueProblem } from '../model';
import { foldTraditional, stripSpaces, toHalfWidth } from './text';
import { canonicalUnit, letterUnit, matchUnitAt, normalizeUnit, unitClass } from './units';
import { CN_DIGITS, CN_MULTIPLIERS, CN_POINT, cnDecimalDigits, CURRENCY_PREFIX_RE, DIGRAPHS, isCalendarValue, isDateText, isFiller, LEAD_NEXT_RE, PLACEHOLDER_PREFIXES, PLACEHOLDER_WORDS, QUANTITY_LEAD_RE, SIGN_WORDS, SYMBOLS, TRAILING, VARIANT_SYMBOLS, WORDS } from './vocabulary';
import { memoText } from './memo';

export { SIGN_WORDS };

// ---------------------------------------------------------------------------------------------
// Signs



const MAX_WORD = Math.max(...Object.keys(WORDS).map((w) => w.length));


export interface SignToken {
  sign: Sign;
  style: SignStyle;
  /** As written. */
  text: string;
}

/** The sign written at s[i] (symbol, digraph or words), with its length; undefined if none. */
function matchSignAt(s: string, i: number): SignToken | undefined {
  const pair = s.slice(i, i + 2);
  const digraph = pair.length === 2 ? DIGRAPHS[toHalfWidth(pair)] : undefined;
  if (digraph) return { sign: digraph, style: 'digraph', text: pair };
  for (let len = Math.min(MAX_WORD, s.length - i); len >= 2; len--) {
    const piece = s.slice(i, i + len);
    // `不低於`, `達到` from a converter's traditional page: the sign words (the token keeps the text as written).
    const word = WORDS[piece] ?? WORDS[foldTraditional(piece)];
    if (word) return { sign: word, style: 'words', text: piece };
  }
  const ch = s[i];
  const symbol = ch === undefined ? undefined : SYMBOLS[ch];
  return symbol ? { sign: symbol, style: 'symbol', text: ch } : undefined;
}

/**
 * The unit to write in a suggestion: the standard spelling (parsed.unit), except for a unit written in
 * traditional characters (`小時`, `個`, `萬元`), read as its simplified spelling but written back as the
 * clerk wrote it (full-width forms and spaces aside): the fold is for matching, never for the cell.
 */
export function unitAsWritten(p: { unit?: string; unitText?: string }): string | undefined {
  if (p.unit === undefined || p.unitText === undefined) return p.unit;
  const text = stripSpaces(toHalfWidth(p.unitText));
  return foldTraditional(text) === text ? p.unit : text;
}

/** True when a text starts with a sign (symbol, digraph or words), white space before it aside. */
export function startsWithSign(text: string): boolean {
  const s = text.trimStart();
  return s !== '' && matchSignAt(s, 0) !== undefined;
}

/**
 * A sign column holding one sign written twice or more in the same direction (`≥≥`, `≥＞`,
 * `大于等于≥`): the first sign, so the row can still be read, and the repeat is a problem.
 */
export function repeatedSign(text: string): { sign: Sign; style: SignStyle; text: string } | undefined {
  const s = typeof text === 'string' ? stripSpaces(text) : '';
  if (s.length < 2 || s.length > 16) return undefined;
  const tokens: SignToken[] = [];
  for (let i = 0; i < s.length; ) {
    const tok = matchSignAt(s, i);
    if (!tok) return undefined;
    tokens.push(tok);
    i += tok.text.length;
  }
  if (tokens.length < 2 || new Set(tokens.map((t) => signDirection(t.sign))).size > 1) return undefined;
  return { sign: tokens[0].sign, style: tokens[0].style, text: tokens[0].text };
}

/**
 * A cell that holds only a sign: a symbol (`≥`, `=`), a digraph (`>=`) or words (`大于等于`,
 * `不低于`, `以上`). Used for the sign column of split layouts, where words are normal.
 */
export function parseSign(text: string): { sign: Sign; style: SignStyle } | undefined {
  return parseSignMemo(text);
}

function parseSignUncached(text: string): { sign: Sign; style: SignStyle } | undefined {
  const s = typeof text === 'string' ? stripSpaces(text) : '';
  if (s === '' || s.length > 8) return undefined;
  const tok = matchSignAt(s, 0);
  if (tok && tok.text.length === s.length) return { sign: tok.sign, style: tok.style };
  const trailing = TRAILING.find((t) => t.text === s && !t.needsUnit);
  return trailing ? { sign: trailing.sign, style: 'words' } : undefined;
}

const parseSignMemo = memoText(parseSignUncached);


/** The opposite direction (a cost written with ≥ wants ≤); ＝ stays. */
export function flipSign(sign: Sign): Sign {
  const flipped: Record<Sign, Sign> = { '≥': '≤', '≤': '≥', '＞': '＜', '＜': '＞', '＝': '＝' };
  return flipped[sign];
}

/** 正向 (more is better: ＝ ≥ ＞) or 反向 (less is better: ≤ ＜). */
export function signDirection(sign: Sign): 'positive' | 'negative' {
  return sign === '≤' || sign === '＜' ? 'negative' : 'positive';
}

// ---------------------------------------------------------------------------------------------
// Numbers

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isWideDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '０' && c <= '９';
}
function isDigit(c: string | undefined): boolean {
  return isAsciiDigit(c) || isWideDigit(c);
}
function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

const DOTS = '.．。';
const COMMAS = ',，';
/** Letters typed for digits: `2O` for 20, `1l` for 11. */
const ZERO_LIKE = 'Oo〇';
const ONE_LIKE = 'Il';

/**
 * The end of the number that starts at s[i] (digits, with separators and typo letters inside
 * it), or -1 if no number starts there. One pass, no backtracking.
 */
function scanNumberEnd(s: string, i: number): number {
  let j = i;
  if ((s[j] === '-' || s[j] === '－' || s[j] === '+') && isDigit(s[j + 1])) j++;
  if (!isDigit(s[j]) && !(DOTS.includes(s[j] ?? '\0') && s[j] !== '。' && isDigit(s[j + 1]))) return -1;
  for (; j < s.length; j++) {
    const c = s[j];
    const next = s[j + 1];
    if (isDigit(c)) continue;
    if (DOTS.includes(c)) {
      // A dot belongs to the number when more of it follows (`9.5`, and `9..5` to report).
      if (c === '。' ? isDigit(s[j - 1]) && isDigit(next) : isDigit(next) || (next !== undefined && DOTS.includes(next))) continue;
      break;
    }
    if (COMMAS.includes(c) && isDigit(next) && isDigit(s[j - 1])) continue;
    if (ZERO_LIKE.includes(c) && j > i && (isDigit(s[j - 1]) || ZERO_LIKE.includes(s[j - 1])) && !isAsciiLetter(next)) continue;
    if (ONE_LIKE.includes(c) && isDigit(s[j - 1]) && isDigit(next)) continue;
    break;
  }
  return j;
}

function foldNumber(text: string): string {
  // Regular-expression passes, not a string built a character at a time: linear on a 1 MB cell.
  return text.replace(WIDE_NUMBER_RE, (c) => (c === '．' ? '.' : c === '，' ? ',' : c === '－' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const WIDE_NUMBER_RE = /[０-９．，－]/g;

/**
 * The canonical text of a well-formed number (ASCII digits, `.` for decimals, thousands
 * separators kept only when correctly grouped), or undefined. `２６．５` -> `26.5`.
 */
export function canonicalNumber(text: string): string | undefined {
  const t = foldNumber(text);
  let i = 0;
  let sign = '';
  if (t[0] === '-' || t[0] === '+') {
    sign = t[0] === '-' ? '-' : '';
    i = 1;
  }
  const dot = t.indexOf('.', i);
  const intPart = t.slice(i, dot < 0 ? t.length : dot);
  const frac = dot < 0 ? undefined : t.slice(dot + 1);
  if (!validInteger(intPart)) return undefined;
  if (frac !== undefined && (frac === '' || !allDigits(frac))) return undefined;
  return sign + intPart + (frac === undefined ? '' : `.${frac}`);
}

function allDigits(s: string): boolean {
  if (s === '') return false;
  // By code unit: half of a surrogate pair is no digit, as the pair is not.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function validInteger(s: string): boolean {
  if (!s.includes(',')) return allDigits(s);
  const groups = s.split(',');
  return groups[0].length >= 1 && groups[0].length <= 3 && allDigits(groups[0]) && groups.slice(1).every((g) => g.length === 3 && allDigits(g));
}

/** The value of a canonical number text (`1,000.5` -> 1000.5); undefined when not finite. */
function numberOf(canonical: string): number | undefined {
  const n = Number(canonical.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A number with typing slips repaired, when the repair is unambiguous: letters for digits
 * (`2O` -> `20`, `1l` -> `11`), a doubled or Chinese full stop (`9..5`, `9。5` -> `9.5`),
 * full-width digits. Undefined when it cannot be read even so (`1,2,3`).
 */
export function repairNumber(text: string): string | undefined {
  return repairNumberMemo(text);
}

// Asked of the same cell by several value rules; a long text shared by many cells is folded once.
const repairNumberMemo = memoText(repairNumberUncached);

function repairNumberUncached(text: string): string | undefined {
  const t = foldNumber(text)
    .replace(/[Oo〇]/g, '0')
    .replace(/[Il]/g, '1')
    .replace(/。/g, '.')
    .replace(/\.{2,}/g, '.');
  const fixed = canonicalNumber(t);
  if (fixed === undefined && /^[-+]?\.\d+$/.test(t)) return canonicalNumber(`${t.startsWith('-') ? '-' : ''}0${t.replace(/^[-+]/, '')}`);
  return fixed;
}

const MAX_CN_NUMERAL = 12;

function isCnNumeralChar(c: string | undefined): boolean {
  return c !== undefined && (CN_DIGITS[c] !== undefined || CN_MULTIPLIERS[c] !== undefined);
}

/** A Chinese numeral (`两`, `十二`, `一百零五`, `百`, `二十六点五`) as a number, or undefined. */
export function chineseNumber(text: string): number | undefined {
  if (text === '' || text.length > MAX_CN_NUMERAL) return undefined;
  const point = text.indexOf(CN_POINT);
  if (point >= 0) {
    // `二十六点五`: the whole part as a numeral, then each digit after the point (`点` alone, or two, is none).
    const whole = point === 0 ? undefined : chineseNumber(text.slice(0, point));
    const digits = cnDecimalDigits(text.slice(point + 1), CN_DIGITS);
    return whole === undefined || digits === undefined ? undefined : Number(`${whole}.${digits}`);
  }
  let total = 0;
  let current: number | undefined;
  for (const c of text) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      // Two digits in a row (`二三`) is not a numeral, except after 零 (`一百零五`).
      if (current !== undefined && current !== 0) return undefined;
      current = d;
      continue;
    }
    const m = CN_MULTIPLIERS[c];
    if (m === undefined) return undefined;
    // 十 alone is ten; 百 alone is a hundred (`百分百`).
    total += (current ?? 1) * m;
    current = undefined;
  }
  return total + (current ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Placeholders and cleaning

const X_CHARS = 'xX×＊*ｘＸ';

function isXRunChar(c: string): boolean {
  return X_CHARS.includes(c);
}

/** Dashes, slashes, dots and the like: a cell that says "nothing here". */
function isFillerChar(c: string): boolean {
  return '-—–―─－_~～/／\\＼.。…·、'.includes(c);
}

function isPlaceholderText(s: string): boolean {
  if (s.length <= 8 && PLACEHOLDER_WORDS.has(toHalfWidth(s).toLowerCase())) return true;
  if (PLACEHOLDER_PREFIXES.some((p) => s.startsWith(p))) return true;
  let allX = true;
  let allFiller = true;
  for (const c of s) {
    if (!isXRunChar(c)) allX = false;
    if (!isFillerChar(c)) allFiller = false;
    if (!allX && !allFiller) return false;
  }
  return allX || allFiller;
}

const TRAILING_PUNCTUATION = '。.，,；;、!！';

/** The text scanned: no white space anywhere, trailing punctuation dropped (unless that is all). */
function cleanValueText(raw: string): string {
  const s = stripSpaces(raw);
  let end = s.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(s[end - 1])) end--;
  return end === 0 ? s : s.slice(0, end);
}

/** True when the value cell holds a placeholder (`XX`, `/`, `无`, `待定`, `——`, `≥XX%`). */
export function isPlaceholder(text: string): boolean {
  return scanValue(text).kind === 'placeholder';
}

// ---------------------------------------------------------------------------------------------
// The scanner

/** Units that are seen written before their number (`≥百分之98`, `≥%98`, `≥万元26.5`). */
const UNITS_BEFORE: ReadonlySet<string> = new Set(['%', '元', '万元', '亿元']);
const PERCENT_WORDS: ReadonlySet<string> = new Set(['百分之', '百分比', '百分']);

/** What the scanner saw, before it is judged. Exposed for rules that need the detail. */
export interface ValueScan {
  /** The text scanned (spaces removed, trailing punctuation dropped). */
  text: string;
  kind: ParsedValue['kind'];
  /** Signs written before the number, in order (two or more: a doubled sign). */
  leading: SignToken[];
  /** A direction in words after the value (`以上`, `内`). */
  trailing?: SignToken;
  /** A unit written before the number, as written (`百分之`, `%`). */
  unitBefore?: string;
  numberText?: string;
  numberStyle?: 'digits' | 'chinese';
  /** The unit after the number, as written once (`%` for `98%%`). */
  unitText?: string;
  /** The unit was written twice (`98%%`, `百分之98%`). */
  doubledUnit: boolean;
  /** The unit's ending typed again after it (`次` in `人次次`, `元` in `万元元`). */
  stutter?: string;
  /** A currency mark before the number (`¥` in `≤¥26.5万元`), as written. */
  currency?: string;
}

function isUnitLike(s: string): boolean {
  if (s.length === 0 || s.length > 6) return false;
  for (const c of s) {
    if (isDigit(c)) return false;
    if (c !== '/' && /[\p{P}\p{S}]/u.test(c) && c !== '²' && c !== '³') return false;
  }
  return true;
}

/**
 * Splits a unit written once or repeated (`%%`, `万元万元`) into its unit and repeat count, or a
 * unit whose ending was typed again (`人次次`, `万元元`, `工作日日`: `stutter` is the repeat).
 */
function unitRepeats(s: string): { unitText: string; count: number; stutter?: string } | undefined {
  if (canonicalUnit(s) !== undefined) return { unitText: s, count: 1 };
  const first = matchUnitAt(s, 0);
  if (!first) return undefined;
  let i = first.length;
  let count = 1;
  while (i < s.length) {
    const next = matchUnitAt(s, i);
    if (!next || next.unit !== first.unit) return count === 1 ? stutteredUnit(s, first.length) : undefined;
    i += next.length;
    count++;
  }
  return { unitText: s.slice(0, first.length), count };
}

/** `人次次`: the unit s[0, length) followed by its own ending once more (shorter than the unit). */
function stutteredUnit(s: string, length: number): { unitText: string; count: number; stutter: string } | undefined {
  const unitText = s.slice(0, length);
  const tail = s.slice(length);
  const half = toHalfWidth(unitText);
  return tail.length > 0 && tail.length < unitText.length && half.endsWith(toHalfWidth(tail)) ? { unitText, count: 1, stutter: tail } : undefined;
}

/** The unit a unit column holds with its ending typed again (`人次次` -> `人次`), if a known unit. */
export function stutteredUnitText(text: string): string | undefined {
  const t = stripSpaces(text);
  if (t.length < 2 || t.length > 24 || canonicalUnit(t) !== undefined) return undefined;
  const first = matchUnitAt(t, 0);
  return first ? stutteredUnit(t, first.length)?.unitText : undefined;
}

function numberStartsAt(s: string, i: number, allowChinese: boolean): boolean {
  return scanNumberEnd(s, i) > i || (allowChinese && isCnNumeralChar(s[i]));
}

/** The end of a Chinese numeral at s[i] (bounded), or i. */
function cnNumeralEnd(s: string, i: number): number {
  let j = i;
  // `点` only between digits (`二十六点五`): `五点` is five of something (监测点).
  while (j < s.length && j - i < MAX_CN_NUMERAL && (isCnNumeralChar(s[j]) || (s[j] === CN_POINT && j > i && CN_DIGITS[s[j + 1]] !== undefined))) j++;
  return j;
}

/** Removes a trailing direction word; returns the rest and the word, if one was there. */
function splitTrailing(rest: string): { rest: string; trailing?: SignToken } {
  for (const t of TRAILING) {
    if (!rest.endsWith(t.text)) continue;
    const base = rest.slice(0, rest.length - t.text.length);
    if (base === '' ? t.needsUnit : unitRepeats(base) === undefined) continue;
    return { rest: base, trailing: { sign: t.sign, style: 'words', text: t.text } };
  }
  return { rest };
}

/** Scans a combined value cell. Never throws; linear in the length of the text. */
export function scanValue(input: string): ValueScan {
  const text = cleanValueText(typeof input === 'string' ? input : String(input ?? ''));
  const scan: ValueScan = { text, kind: 'qualitative', leading: [], doubledUnit: false };
  if (text === '') return { ...scan, kind: 'empty' };
  if (isPlaceholderText(text)) return { ...scan, kind: 'placeholder' };

  let i = 0;
  for (let tok = matchSignAt(text, i); tok; tok = matchSignAt(text, i)) {
    scan.leading.push(tok);
    i += tok.text.length;
  }

  // `百分百` / `百分之百`: a hundred per cent, in words.
  const afterSigns = text.slice(i, i + 5);
  if (afterSigns === '百分百' || afterSigns === '百分之百') {
    if (i + afterSigns.length === text.length) {
      return { ...scan, kind: 'quantitative', unitBefore: afterSigns.slice(0, -1), numberText: '百', numberStyle: 'chinese' };
    }
  }

  // `≤¥26.5万元`, `≤￥265000`: a currency mark before the amount, read past (and noted).
  const currency = CURRENCY_PREFIX_RE.exec(text.slice(i, i + 3));
  if (currency && scanNumberEnd(text, i + currency[0].length) > i + currency[0].length) {
    scan.currency = currency[0];
    i += currency[0].length;
  }

  const before = matchUnitAt(text, i);
  if (before && (UNITS_BEFORE.has(before.unit) || PERCENT_WORDS.has(text.slice(i, i + before.length)))) {
    const isWords = PERCENT_WORDS.has(text.slice(i, i + before.length));
    if (numberStartsAt(text, i + before.length, isWords)) {
      scan.unitBefore = text.slice(i, i + before.length);
      i += before.length;
    }
  }

  const end = scanNumberEnd(text, i);
  if (end > i) {
    scan.numberText = text.slice(i, end);
    scan.numberStyle = 'digits';
    i = end;
  } else {
    const cnEnd = cnNumeralEnd(text, i);
    const rest = text.slice(cnEnd);
    const numeral = cnEnd > i ? chineseNumber(text.slice(i, cnEnd)) : undefined;
    // `百分之九十五以上`: the unit was before the numeral, only a direction word after it.
    const unitRest = splitTrailing(rest).rest;
    const restIsUnit = unitRest === '' ? scan.unitBefore !== undefined : unitRepeats(unitRest) !== undefined;
    // `一级`, `≥三级`, `二级及以上`, `五星`: a grade's name (资质等级 ≥二级), compared as a grade
    // (as `≥良好` is), not a number of grades to write in digits.
    const grade = /^(级|星|星级)$/.test(unitRest);
    if (numeral !== undefined && restIsUnit && !grade) {
      scan.numberText = text.slice(i, cnEnd);
      scan.numberStyle = 'chinese';
      i = cnEnd;
    } else {
      return noNumber(scan, text, i);
    }
  }
  return withUnit(scan, text.slice(i));
}

/** A value with no number: a placeholder (`≥XX%`), a sign or unit alone (`≥%`), or text. */
function noNumber(scan: ValueScan, text: string, i: number): ValueScan {
  let x = i;
  while (x < text.length && isXRunChar(text[x])) x++;
  if (x > i && (x === text.length || canonicalUnit(text.slice(x)) !== undefined)) return { ...scan, kind: 'placeholder' };
  const rest = text.slice(i);
  const hasSymbol = scan.leading.some((t) => t.style !== 'words');
  // `≥上年`, `≥良好`, `≥Ⅲ类`: a sign before a word compares with something named, not measured.
  const words = hasSymbol && scan.unitBefore === undefined && rest.length >= 2 && canonicalUnit(rest) === undefined && /^[\p{Script=Han}\p{L}\p{Nl}]{2,}$/u.test(rest);
  if (!words && (hasSymbol || scan.unitBefore !== undefined)) {
    const unit = rest === '' ? scan.unitBefore : canonicalUnit(rest) !== undefined ? rest : undefined;
    return { ...scan, kind: 'quantitative', ...(unit !== undefined ? { unitText: unit } : {}), unitBefore: undefined };
  }
  if (scan.leading.length === 0 && canonicalUnit(text) !== undefined) return { ...scan, kind: 'quantitative', unitText: text };
  // Words such as `不低于上年水平` without a number are a qualitative statement.
  return { text: scan.text, kind: 'qualitative', leading: [], doubledUnit: false };
}

/** `余` (or `多`, `+`) right after the number or its 万/千/百: "more than" (`200余人`, `200多人次`, `200+人次`). */
const MORE_THAN_RE = /^([万千百]?)([余多+＋])(?![额量粮])/;

/** Reads what follows the number: a unit (maybe doubled), a direction word, or text. */
function withUnit(scan: ValueScan, after: string): ValueScan {
  // `100余人`, `1万余人`: more than the number, in a word between it and the unit (as 以上 after it).
  const more = MORE_THAN_RE.exec(after);
  // `多` only before a known unit: `≥3多媒体教室` is 3 multimedia rooms, not "more than 3".
  const moreRest = more ? more[1] + after.slice(more[0].length) : '';
  // `+` likewise, or at the end (`≥200+`): `200+5人` is no value.
  const plus = more !== null && (more[2] === '+' || more[2] === '＋');
  if (more && (more[2] === '多' || plus) && unitRepeats(splitTrailing(moreRest).rest) === undefined && !(plus && moreRest === '')) return withUnitPlain(scan, after);
  if (more) return { ...withUnit(scan, moreRest), trailing: { sign: '≥', style: 'words', text: more[2] } };
  return withUnitPlain(scan, after);
}

/** What follows the number, with no `余`/`多` in it. */
function withUnitPlain(scan: ValueScan, after: string): ValueScan {
  const { rest, trailing } = splitTrailing(after);
  if (trailing) scan.trailing = trailing;
  if (rest === '') return { ...scan, kind: 'quantitative' };
  const repeated = unitRepeats(rest);
  if (repeated) {
    if (scan.unitBefore !== undefined) {
      // `百分之98%`: the same unit before and after the number.
      const same = canonicalUnit(scan.unitBefore) === canonicalUnit(repeated.unitText);
      return same ? { ...scan, kind: 'quantitative', doubledUnit: true } : qualitative(scan);
    }
    return { ...scan, kind: 'quantitative', unitText: repeated.unitText, doubledUnit: repeated.count > 1, ...(repeated.stutter ? { stutter: repeated.stutter } : {}) };
  }
  // An unknown unit is accepted after a sign (`≥3Mbps`); without one, `11月底之前` is text.
  const signed = scan.leading.length > 0 || scan.unitBefore !== undefined;
  if (signed && scan.unitBefore === undefined && isUnitLike(rest)) return { ...scan, kind: 'quantitative', unitText: rest };
  // `1.2w人次`, `95pct`: a known unit behind a Latin letter for 万/千, or abbreviated, reads as one with no sign too.
  if (scan.unitBefore === undefined && letterUnit(rest) !== undefined) return { ...scan, kind: 'quantitative', unitText: rest };
  return qualitative(scan);
}

function qualitative(scan: ValueScan): ValueScan {
  return { text: scan.text, kind: 'qualitative', leading: [], doubledUnit: false };
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Problems that a suggestion corrects (the rest need the indicator, or are only notes). */
const REPAIRABLE: ReadonlySet<ValueProblem> = new Set([
  'percent-words',
  'unit-before-number',
  'bad-number',
  'doubled-sign',
  'doubled-unit',
  'stuttered-unit',
  'variant-sign',
  'words-sign',
  'digraph-sign',
  'wan-alone',
  'currency-mark',
  'letter-unit',
]);

function hasWideForm(s: string | undefined): boolean {
  if (s === undefined) return false;
  // By code unit: no half of a surrogate pair is in U+FF01…U+FF5E.
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) return true;
  }
  return false;
}

/** The number of a scan, as written and as a value; `repaired` also for a malformed one. */
function readNumber(scan: ValueScan): { value?: number; canonical?: string; repaired?: string } {
  if (scan.numberText === undefined) return {};
  if (scan.numberStyle === 'chinese') {
    const n = chineseNumber(scan.numberText);
    return n === undefined ? {} : { value: n, repaired: String(n) };
  }
  const canonical = canonicalNumber(scan.numberText);
  if (canonical !== undefined) return { value: numberOf(canonical), canonical, repaired: canonical };
  const repaired = repairNumber(scan.numberText);
  return repaired === undefined ? {} : { repaired };
}

function signProblems(scan: ValueScan, problems: ValueProblem[]): void {
  const signs = scan.leading.length + (scan.trailing ? 1 : 0);
  // `达到95%以上`, `不低于95%以上`: one sign said twice in words is a sentence, not a doubled mark.
  const wordsTwice = signs === 2 && scan.leading.length === 1 && scan.trailing !== undefined && scan.leading[0].style === 'words' && scan.leading[0].sign === scan.trailing.sign;
  if (signs > 1 && !wordsTwice) {
    problems.push('doubled-sign');
    return;
  }
  const first = scan.leading[0] ?? scan.trailing;
  if (first?.style === 'words') problems.push('words-sign');
  if (first?.style === 'digraph') problems.push('digraph-sign');
  if (first?.style === 'symbol' && VARIANT_SYMBOLS.has(first.text)) problems.push('variant-sign');
}

function unitProblems(scan: ValueScan, problems: ValueProblem[]): void {
  const before = scan.unitBefore;
  if (before !== undefined) {
    if (PERCENT_WORDS.has(before)) problems.push('percent-words');
    // `百分之98` reads naturally in Chinese (percent-words only); `≥百分之98` or `%98` is out of order.
    if (scan.leading.length > 0 || !PERCENT_WORDS.has(before)) problems.push('unit-before-number');
  }
  if (scan.unitText !== undefined && PERCENT_WORDS.has(scan.unitText)) problems.push('percent-words');
}

/** Builds the ParsedValue of a scan (combined cell). */
function fromScan(raw: string, scan: ValueScan): ParsedValue {
  if (scan.kind !== 'quantitative') return { raw, kind: scan.kind, problems: [] };
  const problems: ValueProblem[] = [];
  const parsed: ParsedValue = { raw, kind: 'quantitative', problems };
  const signTok = scan.leading[0] ?? scan.trailing;
  if (signTok) {
    parsed.sign = signTok.sign;
    parsed.signText = scan.leading.length > 0 ? scan.leading.map((t) => t.text).join('') : signTok.text;
    parsed.signStyle = signTok.style;
  }
  signProblems(scan, problems);
  unitProblems(scan, problems);

  let num = readNumber(scan);
  const unitWritten = scan.unitText ?? scan.unitBefore;
  // `≥1.5w人次`, `≥3k人`, `≥95pct`: read as the standard unit (and the number times 1000 for `k`).
  const lettered = unitWritten !== undefined && scan.unitBefore === undefined ? letterUnit(unitWritten) : undefined;
  if (lettered && lettered.factor !== 1 && num.value !== undefined) {
    const n = withoutFloatNoise(num.value * lettered.factor, 6);
    num = { value: n, canonical: String(n), repaired: String(n) };
  }
  if (scan.numberText !== undefined) {
    parsed.numberText = lettered && lettered.factor !== 1 && num.canonical !== undefined ? num.canonical : scan.numberText;
    if (num.value !== undefined) parsed.number = num.value;
    if (scan.numberStyle === 'chinese' || num.canonical === undefined) problems.push('bad-number');
  }

  if (lettered) {
    parsed.unitText = unitWritten;
    parsed.unit = lettered.unit;
    parsed.unitKnown = true;
    parsed.unitClass = unitClass(lettered.unit);
    problems.push('letter-unit');
  } else if (unitWritten !== undefined) {
    parsed.unitText = unitWritten;
    parsed.unit = normalizeUnit(unitWritten);
    parsed.unitKnown = canonicalUnit(unitWritten) !== undefined;
    parsed.unitClass = unitClass(unitWritten);
  } else if (scan.currency !== undefined) {
    // `≤￥265000`: the mark says 元.
    parsed.unit = '元';
    parsed.unitKnown = true;
    parsed.unitClass = unitClass('元');
  }
  if (scan.currency !== undefined) problems.push('currency-mark');
  if (scan.doubledUnit) problems.push('doubled-unit');
  if (scan.stutter !== undefined) problems.push('stuttered-unit');
  const halfUnit = unitWritten === undefined ? '' : toHalfWidth(unitWritten);
  if (halfUnit === '万' || halfUnit === '亿') problems.push('wan-alone');
  const wideDigits = hasWideForm(scan.numberText);
  if (wideDigits || hasWideForm(unitWritten)) problems.push('fullwidth-mark');

  if (scan.numberText === undefined) problems.push('no-number');
  else {
    if (unitWritten === undefined && scan.currency === undefined) problems.push('no-unit');
    if (!signTok) problems.push('no-sign');
  }

  if (num.repaired !== undefined && (wideDigits || problems.some((p) => REPAIRABLE.has(p)))) {
    // A unit in traditional characters (`小時`, `個`) is read as its simplified spelling, and written
    // back as the clerk wrote it: the fold is for matching, never for the cell.
    const suggestion = formatValue({ sign: parsed.sign, number: num.repaired, unit: lettered ? parsed.unit : unitAsWritten(parsed) });
    if (suggestion !== raw) parsed.suggestion = suggestion;
  }
  return parsed;
}

/**
 * A product without float noise, kept to `digits` decimals (0.95 × 100 is 95, not
 * 94.99999999999999; 1.5 × 1000 is 1500): the parser's and the fixes' scaled numbers.
 */
export function withoutFloatNoise(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

/**
 * Parses a combined 指标值 cell (`≥99%`, `不低于98%`, `≥99百分之`, `达到预期目标`, `XX`, ``).
 * Never throws, on any string.
 */
export function parseIndicatorValue(text: string): ParsedValue {
  return parseIndicatorValueMemo(text);
}

function parseIndicatorValueUncached(text: string): ParsedValue {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  // A date or a span of months (`2025.12.31`, `2025年`, `1-12月`): text that states a time.
  if (isCalendarValue(raw)) return { raw, kind: 'qualitative', problems: [] };
  // `≤2025.12.31`, `不晚于2025年6月`: a deadline with a sign that says "by".
  const by = BY_DATE_RE.exec(raw);
  if (by && /^\s*(19|20)\d{2}/.test(by[1]) && isCalendarValue(by[1])) return { raw, kind: 'qualitative', problems: [] };
  const tenths = parseTenths(raw);
  if (tenths) return tenths;
  const direct = parseRange(raw) ?? fromScan(raw, scanValue(raw));
  if (direct.kind === 'qualitative' && INCLUSIVE_RE.test(raw) && raw.length <= NOTE_MAX) {
    // `95%（含）以上`: 含 (inclusive) is what ≥ says already; the value read without it.
    const plain = parseIndicatorValue(raw.split(/[（(]含[）)]/).join(''));
    if (plain.kind === 'quantitative') return { ...plain, raw };
  }
  return direct.kind === 'qualitative' ? (withNote(raw) ?? withLead(raw) ?? direct) : ratioAsPercent(direct);
}

/**
 * `≥0.97比例` (安徽's system lists 比例 as a unit): a share as a fraction of 1, read as the percentage
 * (97%) with the problem `tenths`, as `≥9成` is; a number above 1 stays an unknown unit.
 */
function ratioAsPercent(p: ParsedValue): ParsedValue {
  const n = p.number ?? 0;
  if ((p.unitText !== '比例' && p.unitText !== '比率') || !(n > 0 && n <= 1)) return p;
  const number = withoutFloatNoise(n * 100, 4);
  const out: ParsedValue = { ...p, problems: [...p.problems, 'tenths'], numberText: String(number), number, unit: '%', unitKnown: true, unitClass: 'percent' };
  if (p.sign) out.suggestion = formatValue({ sign: p.sign, number, unit: '%' });
  return out;
}

/**
 * `各 1 次`, `每年2次`, `累计≥200亩`: a count after a word saying what it counts (QUANTITY_LEAD_RE), read
 * as the value after it; a count with a known unit only (`共同推进` and `每人一册` stay text).
 */
function withLead(raw: string): ParsedValue | undefined {
  if (raw.length > NOTE_MAX) return undefined;
  const s = stripSpaces(raw);
  const lead = leadOf(s);
  if (lead === '') return undefined;
  const rest = parseIndicatorValue(s.slice(lead.length));
  return rest.kind === 'quantitative' && rest.numberText !== undefined && rest.unitKnown ? { ...rest, raw } : undefined;
}

/**
 * QUANTITY_LEAD_RE's word at the start of s when a number, a Chinese numeral or a sign follows it, or ''.
 * After 各 a sign in words counts too (`各不少于1次`; issue #11): 各 is kept before the sign as before a
 * symbol (`各≥1次`, the way Chinese writes a bound on each of several things), where the sentence's
 * target alone (`≥1次`) said one report where the row counts one of each. Other leads before words
 * stay sentences: their target says the same (`每年不少于2次` is `≥2次/年`, `累计达到200亩` `≥200亩`).
 */
function leadOf(s: string): string {
  const lead = QUANTITY_LEAD_RE.exec(s)?.[1];
  if (lead === undefined) return '';
  const next = s.slice(lead.length, lead.length + 1);
  if (LEAD_NEXT_RE.test(next) || isCnNumeralChar(next)) return lead;
  return lead.endsWith('各') && matchSignAt(s, lead.length)?.style === 'words' ? lead : '';
}

/** The word before a value's number that a fix keeps before its sign (`各` of `各 1 次`), or ''. */
export function quantityLead(text: string): string {
  return leadOf(stripSpaces(text));
}

/** `≥9成`, `九成以上`, `不低于八成`: a share in tenths (成), with its sign before or after. */
const TENTHS_RE = /^(.{0,5}?)([1-9](?:\.\d)?|10|[一二三四五六七八九十])成(及以上|或以上|以上|及以下|或以下|以下|以内)?$/;

/**
 * A share written in tenths (`≥9成`, `九成以上`, `不低于九成`): read as the percentage it is
 * (90%), with the problem `tenths` and `≥90%` as the suggestion where a sign was written. The
 * number given (numberText too) is the percentage, so every rule's fix says 90, not 9.
 */
function parseTenths(raw: string): ParsedValue | undefined {
  if (raw.length > 24 || raw.indexOf('成') < 0) return undefined;
  const m = TENTHS_RE.exec(stripSpaces(raw));
  if (!m) return undefined;
  const lead = m[1] === '' ? undefined : parseSign(m[1]);
  if (m[1] !== '' && !lead) return undefined;
  const trail = m[3] === undefined ? undefined : TRAILING.find((t) => t.text === m[3]);
  const tenths = /\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2]);
  if (tenths === undefined || tenths > 10) return undefined;
  const number = withoutFloatNoise(tenths * 10, 4);
  const sign = lead?.sign ?? trail?.sign;
  const problems: ValueProblem[] = ['tenths'];
  if (sign === undefined) problems.push('no-sign');
  const parsed: ParsedValue = { raw, kind: 'quantitative', problems, numberText: String(number), number, unitText: '成', unit: '%', unitKnown: true, unitClass: 'percent' };
  if (sign !== undefined) {
    parsed.sign = sign;
    parsed.signText = lead ? m[1] : (m[3] as string);
    parsed.signStyle = lead?.style ?? 'words';
    parsed.suggestion = formatValue({ sign, number, unit: '%' });
  }
  return parsed;
}

/** `（含）`, `(含)`: inclusive, written after a bound (not global: `test` keeps no state). */
const INCLUSIVE_RE = /[（(]含[）)]/;

const BY_DATE_RE = /^\s*(?:≤|＜|<=|<|不晚于|早于)\s*(.{4,24})$/;

/** Longest value text read for a bracketed note or unit: longer texts are sentences. */
const NOTE_MAX = 64;

/**
 * 、 joining the parts of a per-unit as · does: `400元/人、天` (遂宁's 培训成本, 2021: per person
 * and day). Only right after `/word` and before the value's last word, so a list of targets
 * (`城区≥95%、农村≥90%`) is never read as one value.
 */
const PER_ENUM_COMMA_RE = /(\/[\u4e00-\u9fff]{1,3})、(?=[\u4e00-\u9fff]{1,3}$)/;

/**
 * A value written with a note or its unit in brackets, or with a 人·次 compound unit:
 * `≥95%（抽样调查）` (the note is not part of the value), `≥10（次）` (the unit), `≥200元/人·次`, `≥530元/人*月`;
 * or with a note in words after a comma: `≥90%，通过问卷调查`.
 */
function withNote(raw: string): ParsedValue | undefined {
  if (raw.length > NOTE_MAX) return undefined;
  const s = stripSpaces(raw);
  if (/[·•・]|\D[*＊×]/.test(s) || PER_ENUM_COMMA_RE.test(s)) {
    // 人·次 is 人次; 人·年 (人*月, 人×月: after a word, not 5*4; 人、天) is per person per year (元/人/年).
    for (const sep of ['', '/']) {
      const joined = s.replace(/[·•・]/g, sep).replace(/(\D)[*＊×]/g, `$1${sep}`).replace(PER_ENUM_COMMA_RE, `$1${sep}`);
      const p = parseRange(joined) ?? fromScan(joined, scanValue(joined));
      if (p.kind === 'quantitative' && p.unitKnown) return { ...p, raw };
    }
  }
  // `≥90%，通过问卷调查`: a note after a comma, in words only (digits may be a second target).
  const c = /^([^，,；;]+)[，,；;]([^\d０-９，,；;≥≤＞＜><=＝%％]{2,20})$/.exec(s);
  if (c) {
    const head = parseIndicatorValue(c[1]);
    return head.kind === 'quantitative' && head.unitKnown ? { ...head, raw } : undefined;
  }
  const m = /^([^（(]+)[（(]([^（）()]{1,20})[）)]$/.exec(s);
  if (!m) return undefined;
  const head = parseIndicatorValue(m[1]);
  if (head.kind !== 'quantitative') return undefined;
  if (head.unit !== undefined) return { ...head, raw };
  if (canonicalUnit(m[2]) === undefined) return undefined;
  const united = parseIndicatorValue(m[1] + m[2]);
  return united.kind === 'quantitative' && united.unitKnown ? { ...united, raw } : undefined;
}

/** A value, then a comma and 且/并/同时 before words holding no number or sign (group 1: the comma and the words). */
const CONDITION_TAIL_RE = /^[^，,；;]+([，,；;](?:且|并且|并|同时)[^\d０-９，,；;≥≤＞＜><=＝%％]{1,19})$/;

/**
 * A second requirement after a comma, joined by 且/并/同时 (`100%,且市内无劣五类水体`: 临沂's 创模
 * assessment, 2007, 城市水域功能区水质达标率). withNote reads the number before it, as it reads a note
 * (`≥90%，通过问卷调查`), but a fix that rewrote the number alone would drop the condition and weaken the
 * target: the fix keeps it. `''` when the value has none.
 */
export function conditionTail(raw: string): string {
  if (raw.length > NOTE_MAX) return '';
  return CONDITION_TAIL_RE.exec(stripSpaces(raw))?.[1] ?? '';
}

const parseIndicatorValueMemo = memoText(parseIndicatorValueUncached);

/** A four-digit year of the calendar (1949–2099), as written in a period. */
function isCalendarYear(text: string): boolean {
  return /^(19[4-9]\d|20\d\d)$/.test(text);
}

/** `90%-95%`, `85~90%`, `3至5天`: two numbers and one unit. Bounded by its length, so linear. */
const RANGE_RE = /^(\d+(?:\.\d+)?)([^\d\-~～—至到]{0,4})(?:-|~|～|—|至|到)(\d+(?:\.\d+)?)([^\d]{1,6})$/;

/** A range's upper bound as written (`80-100万元` → `100`): the bound of a ceiling, such as a cost's. */
export function rangeHigh(raw: string): string | undefined {
  if (raw.length > 32) return undefined;
  return RANGE_RE.exec(toHalfWidth(stripSpaces(raw)))?.[3];
}

/**
 * A range where a target belongs: read as its lower bound (a floor, `≥90%`), with the problem
 * `range` so a rule can ask for one bound (rangeHigh gives the other). Undefined for anything else.
 */
function parseRange(raw: string): ParsedValue | undefined {
  if (raw.length > 32) return undefined;
  const s = toHalfWidth(stripSpaces(raw));
  const m = RANGE_RE.exec(s);
  if (!m) return undefined;
  const unit = m[4];
  if ((m[2] !== '' && m[2] !== unit) || canonicalUnit(unit) === undefined) return undefined;
  const low = Number(m[1]);
  const high = Number(m[3]);
  if (!(low < high)) return undefined;
  // `2025-2027年`, `2025年-2027年`: a span of calendar years is a period, not a range of counts.
  if (unit === '年' && isCalendarYear(m[1]) && isCalendarYear(m[3])) return undefined;
  return {
    raw,
    kind: 'quantitative',
    sign: '≥',
    signText: '',
    signStyle: 'symbol',
    number: low,
    numberText: m[1],
    unit: normalizeUnit(unit),
    unitText: unit,
    unitKnown: true,
    unitClass: unitClass(unit),
    problems: ['range'],
    suggestion: formatValue({ sign: '≥', number: m[1], unit }),
  };
}

// ---------------------------------------------------------------------------------------------
// Split layouts (L3/L4)

export interface NatureInfo {
  /** 定性 (true) or 定量 (false), when written. */
  qualitative?: boolean;
  /** 正向 or 反向, when written. */
  direction?: 'positive' | 'negative';
}

/** Reads 定性/定量/正向/反向 from a column's text (`正向指标`, `定量 正向`). */
export function readNature(text: string): NatureInfo {
  return readNatureMemo(text);
}

function readNatureUncached(text: string): NatureInfo {
  const s = typeof text === 'string' ? text : '';
  const info: NatureInfo = {};
  if (s.includes('定性')) info.qualitative = true;
  else if (s.includes('定量')) info.qualitative = false;
  if (s.includes('正向')) info.direction = 'positive';
  else if (s.includes('反向')) info.direction = 'negative';
  return info;
}

const readNatureMemo = memoText(readNatureUncached);

/**
 * Parses a value spread over columns: sign (`≥`, `大于等于` — words are normal here), number,
 * unit, and what is known of its nature (定性/定量/正向/反向). A 正向/反向 direction stands for a
 * missing sign (≥ / ≤). The suggestion, when there is one, is for the number cell alone.
 */
export function parseSplitValue(parts: { sign: string; value: string; unit: string; nature: string }): ParsedValue {
  const str = (s: unknown): string => (typeof s === 'string' ? s : s === undefined || s === null ? '' : String(s));
  const signRaw = stripSpaces(str(parts?.sign));
  const valueRaw = str(parts?.value);
  // A system's `-` in the unit column says "no unit".
  const unitRaw = isFiller(str(parts?.unit)) ? '' : stripSpaces(str(parts?.unit));
  const repeated = parseSign(signRaw) ? undefined : repeatedSign(signRaw);
  const column = parseSign(signRaw) ?? repeated;
  const nature: NatureInfo = { ...(column ? {} : readNature(signRaw)), ...readNature(str(parts?.nature)) };
  const raw = [column ? signRaw : '', stripSpaces(valueRaw), unitRaw].join('');
  const cell = scanValue(valueRaw);

  if (cell.kind === 'empty' && !column && unitRaw === '') return { raw, kind: 'empty', problems: [] };
  if (cell.kind === 'placeholder' || cell.kind === 'qualitative') return { raw, kind: cell.kind, problems: [] };
  // `≤ | 2025.12.31 |`: a date in the number column is a deadline (as `≤2025.12.31` in one cell), not a number.
  if (unitRaw === '' && isCalendarValue(valueRaw)) return { raw, kind: 'qualitative', problems: [] };

  const own = fromScan(valueRaw, cell.kind === 'empty' ? { ...cell, kind: 'quantitative' } : cell);
  const parsed: ParsedValue = { ...own, raw, problems: [] };
  const implied = nature.direction === 'positive' ? '≥' : nature.direction === 'negative' ? '≤' : undefined;
  if (column) {
    parsed.sign = column.sign;
    parsed.signText = signRaw;
    parsed.signStyle = column.style;
  } else if (own.sign === undefined && implied) {
    parsed.sign = implied;
    parsed.signText = nature.direction === 'positive' ? '正向' : '反向';
    parsed.signStyle = 'words';
  }
  if (own.unit === undefined && unitRaw !== '') {
    // `次次`, `%%` in the unit column: a known unit typed twice.
    const single = repeatedUnit(unitRaw);
    // `人次次` in the unit column: a known unit with its ending typed again.
    const stuttered = single === undefined ? stutteredUnitText(unitRaw) : undefined;
    const unit = single ?? stuttered ?? unitRaw;
    parsed.unit = normalizeUnit(unit);
    parsed.unitText = unitRaw;
    parsed.unitKnown = canonicalUnit(unit) !== undefined;
    parsed.unitClass = unitClass(unit);
    if (single) parsed.problems.push('doubled-unit');
    if (stuttered) parsed.problems.push('stuttered-unit');
  }
  // The number cell alone lacks what the sign/unit columns (or 正向/反向) supply.
  for (const p of own.problems) {
    if (p === 'no-sign' && parsed.sign !== undefined) continue;
    if (p === 'no-unit' && parsed.unit !== undefined) continue;
    parsed.problems.push(p);
  }
  if (own.unit === undefined) {
    const halfUnit = toHalfWidth(unitRaw);
    if (halfUnit === '万' || halfUnit === '亿') parsed.problems.push('wan-alone');
    // `百分比` is a unit's name a system may list; `百分之` ("per hundred …") is not a unit.
    if (halfUnit === '百分之' || halfUnit === '百分') parsed.problems.push('percent-words');
  }
  if (repeated) parsed.problems.push('doubled-sign');
  // `≧` in the sign column: the standard symbol is suggested for that cell.
  else if (column && column.style === 'symbol' && VARIANT_SYMBOLS.has(signRaw)) parsed.problems.push('variant-sign');
  return parsed;
}

/** The unit a text repeats two or more times (`次次` -> `次`, `%％` -> `%`), if it is a known unit. */
export function repeatedUnit(text: string): string | undefined {
  const t = toHalfWidth(stripSpaces(text));
  if (t.length < 2 || t.length > 24) return undefined;
  for (let p = 1; p <= t.length / 2; p++) {
    if (t.length % p !== 0) continue;
    const unit = t.slice(0, p);
    if (unit.repeat(t.length / p) === t && canonicalUnit(unit) !== undefined) return unit;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/**
 * The exact digits of an integer-valued double (what `BigInt(n).toString()` gives, without BigInt,
 * which the legacy pane's Internet Explorer 11 lacks): halve down to below 2^53 (exact, the number
 * being even there), then double the digits back up.
 */
export function integerText(n: number): string {
  let m = Math.abs(n);
  let halvings = 0;
  while (m > 9007199254740992) {
    m /= 2;
    halvings++;
  }
  let digits = String(m);
  for (let i = 0; i < halvings; i++) {
    let out = '';
    let carry = 0;
    for (let j = digits.length - 1; j >= 0; j--) {
      const d = (digits.charCodeAt(j) - 48) * 2 + carry;
      out = String(d % 10) + out;
      carry = d >= 10 ? 1 : 0;
    }
    digits = carry > 0 ? '1' + out : out;
  }
  return n < 0 ? '-' + digits : digits;
}

/** A JS number as plain decimal text, never in exponent notation. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Math.abs(n) >= 1 && Number.isInteger(n)) return integerText(n);
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * The canonical text of a value: sign + number + unit (`≥99%`, `＝100%`, `≤26.5万元`). Equality is
 * full width; `％` becomes `%`, `万` becomes `万元`; a number as text is kept as written when it
 * is well formed (`26.50` stays), with full-width digits folded.
 */
export function formatValue(v: { sign?: Sign; number?: number | string; unit?: string }): string {
  const sign = v.sign ?? '';
  let num = '';
  if (typeof v.number === 'number') num = numberText(v.number);
  else if (typeof v.number === 'string') num = canonicalNumber(stripSpaces(v.number)) ?? stripSpaces(v.number);
  // A unit in traditional characters (unitAsWritten) stays as written: the standard spelling would fold it.
  const unit = v.unit === undefined || v.unit === '' ? '' : foldTraditional(v.unit) !== v.unit ? stripSpaces(v.unit) : normalizeUnit(v.unit);
  return sign + num + unit;
}

/**
 * A parsed value in the one shape every indicator row's `parsed` has: the parser builds its
 * results key by key as it reads (a sign before or after the number, a unit or none, a
 * suggestion), which made about 70 different object layouts, and every rule's read of
 * `ind.parsed.kind`, `.sign` or `.unit` on every row went through V8's slowest (megamorphic)
 * property look-up. Every key is here, in one order, undefined when absent.
 *
 * Its JSON is the parse as made (toJSON), so a saved or printed table model reads as before.
 */
class ParsedInOneShape implements ParsedValue {
  readonly raw: string;
  readonly kind: ParsedValue['kind'];
  readonly problems: ValueProblem[];
  readonly sign: Sign | undefined;
  readonly signText: string | undefined;
  readonly signStyle: SignStyle | undefined;
  readonly numberText: string | undefined;
  readonly number: number | undefined;
  readonly unitText: string | undefined;
  readonly unit: string | undefined;
  readonly unitKnown: boolean | undefined;
  readonly unitClass: ParsedValue['unitClass'];
  readonly suggestion: string | undefined;
  /** The parse as made: not enumerable, so the value compares and copies as its keys say. */
  private declare readonly made: ParsedValue;

  constructor(v: ParsedValue) {
    this.raw = v.raw;
    this.kind = v.kind;
    this.problems = v.problems;
    this.sign = v.sign;
    this.signText = v.signText;
    this.signStyle = v.signStyle;
    this.numberText = v.numberText;
    this.number = v.number;
    this.unitText = v.unitText;
    this.unit = v.unit;
    this.unitKnown = v.unitKnown;
    this.unitClass = v.unitClass;
    this.suggestion = v.suggestion;
    Object.defineProperty(this, 'made', { value: v });
  }

  toJSON(): ParsedValue {
    return this.made;
  }
}

/** A parse in the one shape of every row's `parsed` (the same object when it already is). */
export function inOneShape(v: ParsedValue): ParsedValue {
  return v instanceof ParsedInOneShape ? v : new ParsedInOneShape(v);
}

// ---------------------------------------------------------------------------------------------
// A 三级 name and its value in one cell

/** Longest cell split into a name and a value: longer texts are sentences, read whole. */
const NAME_VALUE_MAX = 120;

/** `培训人数：100人`: a name, a colon, and a value. */
const COLON_RE = /^([^:：]{2,60})[:：]\s*(\S.*)$/s;

/**
 * A cell of a `三级指标及指标值` column (`培训人数≥100人`, `群众满意度：≥95%`, `完成时间2025年12月底前`):
 * the indicator's name and its value, split at a colon, at the first sign written before a number,
 * or where a number with a unit (or a date) ends the cell. `value` is undefined when no value can
 * be told from the name (`业务能力有效提升`: a qualitative indicator stated whole). `at` is where
 * the value starts in `text`. Linear in the text; never throws.
 */
export function splitNameValue(text: string): { name: string; value: string; at: number } | undefined {
  const s = typeof text === 'string' ? text : '';
  // A value alone (`≥95%`), or a sentence: nothing to split.
  if (s.length > NAME_VALUE_MAX || matchSignAt(s.trimStart(), 0) !== undefined) return undefined;
  const colon = COLON_RE.exec(s);
  if (colon && colon[1].trim().length >= 2) {
    const value = colon[2].trim();
    const p = parseIndicatorValue(value);
    if (p.kind !== 'empty' && p.kind !== 'placeholder') return { name: colon[1].trim(), value, at: s.indexOf(value, colon[1].length) };
  }
  // The first sign followed by a number (a name does not end in `≥`): `培训人数≥100人`.
  for (let i = 2; i < s.length; i++) {
    const tok = matchSignAt(s, i);
    if (!tok) continue;
    let j = i + tok.text.length;
    while (s[j] === ' ' || s[j] === '\u3000') j++;
    if (!numberStartsAt(s, j, false) && !isCnNumeralChar(s[j])) continue;
    const name = s.slice(0, i).trim();
    if (name.length < 2) return undefined;
    return { name, value: s.slice(i).trim(), at: i };
  }
  // A number with its unit (or a date) at the end: `培训人数100人`, `完成时间2025年12月底前`.
  for (let i = 2; i < s.length; i++) {
    if (!isDigit(s[i])) continue;
    if (isDigit(s[i - 1])) return undefined;
    const value = s.slice(i).trim();
    const p = parseIndicatorValue(value);
    const date = isDateText(value) && /^\d{4}/.test(toHalfWidth(value));
    if ((p.kind === 'quantitative' && p.unit !== undefined) || date) {
      const name = s.slice(0, i).trim();
      return name.length >= 2 ? { name, value, at: i } : undefined;
    }
    // Only the first number is tried: a figure inside the name (`前30%学生`) is not its value.
    return undefined;
  }
  return undefined;
}
