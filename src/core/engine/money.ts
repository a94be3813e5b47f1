/**
 * Amounts of money: reading the budget cells exactly (text or numbers), converting between
 * 元/万元/亿元 without rounding, and the cost caps of a table (SPEC §4, 成本指标).
 */
import { Decimal } from './decimal';
import { isBlankText, isErrorValue } from './grid';
import type { Field, IndicatorRow, MoneyUnit, TableModel } from '../model';
import { isCostIndicator } from './taxonomy';
import { stripSpaces, toHalfWidth } from './text';
import { CN_CAPITAL_DIGITS, CN_CAPITAL_MULTIPLIERS, CN_DIGITS, CN_MULTIPLIERS, CN_POINT, cnDecimalDigits, CURRENCY_PREFIX_RE, FUND_NAME_PREFIX_RE } from './vocabulary';

export type AmountUnit = '元' | '万元' | '亿元';

export interface Amount {
  /** missing: no such field; empty: nothing (or a dash) in the cell; invalid: not a number. */
  kind: 'missing' | 'empty' | 'invalid' | 'ok';
  value?: Decimal;
  /** The cell's text as displayed ('' when missing). */
  text: string;
  /** A unit written after the number (`26.5万元`): the amount is in that unit, not the table's. */
  unit?: AmountUnit;
  /** Written in Chinese numerals (`叁佰万元整`, `二十六万`): read, and worth writing as digits. */
  words?: true;
}

/** Powers of ten of each unit, in 元. */
const EXPONENT: Readonly<Record<AmountUnit, number>> = { 元: 0, 万元: 4, 亿元: 8 };

/** An amount and one note in brackets after it, nothing else (`854万(高标准农田建设400万元,…)`, `100（含上年结转20）`). */
const AMOUNT_WITH_NOTE_RE = /^\s*(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:亿元|万元|元|万))?\s*[（(][^（()）]*[)）]\s*$/;

/**
 * True when an amount cell holds the amount and one note in brackets after it (岳阳县 2022's
 * 预算数 `854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)`): the amount is read and checked,
 * and budget/not-a-number warns that the note belongs elsewhere (Excel cannot sum the cell).
 */
export function isAmountWithNote(text: string): boolean {
  return halfWidthWithNote(text) !== undefined;
}

/** The cell in half width when it is an amount with a note (full-width digits and brackets, `８０（含上年结转１０）`, are the same). */
function halfWidthWithNote(text: string): string | undefined {
  if (text.length > 1000) return undefined;
  const half = toHalfWidth(text);
  return AMOUNT_WITH_NOTE_RE.test(half) ? half : undefined;
}

/**
 * The amount of an amount-with-note cell (`80（含上年结转10）` → `80`), or undefined when the cell is
 * not one (isAmountWithNote).
 */
export function amountBeforeNote(text: string): string | undefined {
  const half = halfWidthWithNote(text);
  return half === undefined ? undefined : half.slice(0, half.lastIndexOf('(')).trim();
}

// Cells that mean "nothing here": an empty 其他资金 is often written as a dash or a slash.
const NOTHING_RE = /^(?:[-—–－/／\\]+|无)$/;
const UNIT_SUFFIX_RE = /(亿元|万元|元|万)$/;
const BRACKETED_UNIT_RE = /\((亿元|万元|元|万)\)$/;

/** The amount of a field that is not there (one, shared: never change it). */
const MISSING: Amount = Object.freeze({ kind: 'missing', text: '' });

/**
 * The fields read last, with the text and value each was read from and its amount: the budget
 * rules read one table's few amount cells (预算数, 财政资金, 其他资金, the cost caps) one rule after
 * another, so the field asked for is almost always one of the last few. Compared by identity: no
 * hashing, and nothing kept per field as long as its table lives (a WeakMap entry per field was).
 */
const lastRead: [Field, string, Field['value'], Amount][] = [];

/**
 * Reads an amount cell: numbers as Excel holds them, text as written (`1,030,700.00`, `２６.５`,
 * `26.5万元`). The answer is shared by every caller that reads the same field: never change it.
 */
export function readAmount(field: Field | undefined): Amount {
  if (!field) return MISSING;
  // Kept only while the field still holds what it was read from.
  for (let k = 0; k < lastRead.length; k++) {
    const e = lastRead[k];
    if (e[0] === field && e[1] === field.text && Object.is(e[2], field.value)) return e[3];
  }
  const amount = readAmountOf(field);
  if (lastRead.push([field, field.text, field.value, amount]) > 16) lastRead.shift();
  return amount;
}

function readAmountOf(field: Field): Amount {
  const { value, text } = field;
  if (typeof value === 'number') {
    const d = Decimal.fromNumber(value);
    return d ? { kind: 'ok', value: d, text } : { kind: 'invalid', text };
  }
  if (typeof value === 'boolean' || (typeof value === 'string' && isErrorValue(value))) return { kind: 'invalid', text };
  const written = typeof value === 'string' ? value : text;
  if (isBlankText(written)) return { kind: 'empty', text };
  let s = toHalfWidth(stripSpaces(written)).replace(CURRENCY_PREFIX_RE, '').replace(FUND_NAME_PREFIX_RE, '');
  if (NOTHING_RE.test(s)) return { kind: 'empty', text };
  let unit: AmountUnit | undefined;
  // `12.5(万元)`: the unit in brackets.
  const bracketed = BRACKETED_UNIT_RE.exec(s);
  if (bracketed) s = s.slice(0, -bracketed[0].length) + bracketed[1];
  const m = UNIT_SUFFIX_RE.exec(s);
  if (m) {
    unit = m[1] === '万' ? '万元' : (m[1] as AmountUnit);
    s = s.slice(0, -m[1].length);
  }
  const d = Decimal.parse(s);
  if (!d) return amountInWords(written, text);
  return unit ? { kind: 'ok', value: d, text, unit } : { kind: 'ok', value: d, text };
}

// ---------------------------------------------------------------------------------------------
// Amounts in Chinese numerals: the capitals of financial documents (`人民币叁佰万元整`,
// `壹拾万零伍仟元`, `壹仟元伍角`) and everyday numerals (`二十六万`, `三百万元`).

/** Digits and multipliers below 万, everyday and capital (vocabulary.ts). */
const CN_AMOUNT_DIGITS: Readonly<Record<string, number>> = { ...CN_DIGITS, ...CN_CAPITAL_DIGITS };
const CN_AMOUNT_SMALL: Readonly<Record<string, number>> = { ...CN_MULTIPLIERS, ...CN_CAPITAL_MULTIPLIERS };
/** `叁佰万元整`: the words after an amount that close it (`整`, `正`). */
const CN_CLOSING_RE = /[整正]$/;
/** `…元伍角陆分`: the 元 part, then 角 and 分 (each optional, at least one written). */
const CN_FRACTION_RE = /^(.+?)元(?:(.)角)?(?:(.)分)?$/;
/** `二十六点五万元`: the whole numeral, its decimals, the unit word (digits checked by the table). */
export const CN_POINT_RE = new RegExp(`^(.+?)${CN_POINT}(.+?)([万萬亿億]?元?)$`);
/** The unit word an amount in words ends with (`万`, `万元`, `亿元`, `元`). */
const CN_UNIT_END_RE = /(?:[万萬亿億]元?|元)$/;
const MAX_CN_AMOUNT = 32;

/** A digit or multiplier of a Chinese numeral (`万` and `亿` alone are no amount). */
function isAmountNumeral(c: string): boolean {
  return CN_AMOUNT_DIGITS[c] !== undefined || CN_AMOUNT_SMALL[c] !== undefined;
}

/** The money unit a unit word names (`万` and `万元` → 万元), or undefined for none. */
function unitOfWord(word: string): AmountUnit | undefined {
  if (word === '') return undefined;
  return /^[亿億]/.test(word) ? '亿元' : /^[万萬]/.test(word) ? '万元' : '元';
}

/**
 * A whole number written in Chinese numerals, up to 亿 (`壹拾万零伍仟` -> 105000), or undefined for
 * anything else: two digits in a row (`二三`, except after 零), multipliers out of order (`百千`),
 * a 万 or 亿 twice in its place. Exact: amounts past 2^53 are refused.
 */
export function chineseWholeNumber(text: string): number | undefined {
  if (text === '' || text.length > MAX_CN_AMOUNT) return undefined;
  let total = 0; // the 亿 part
  let section = 0; // the 万 part, below 亿
  let part = 0; // below 万
  let digit: number | undefined;
  let lastSmall = Infinity;
  let wanDone = false;
  let digits = 0;
  for (const c of text) {
    const d = CN_AMOUNT_DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
      digits++;
      continue;
    }
    const m = CN_AMOUNT_SMALL[c];
    if (m !== undefined) {
      // 十 alone is ten (`十二万`); 百 or 千 with no digit is no amount.
      if (m >= lastSmall || (digit === undefined && m !== 10) || digit === 0) return undefined;
      part += (digit ?? 1) * m;
      digit = undefined;
      lastSmall = m;
      continue;
    }
    if (c === '万' || c === '萬') {
      if (wanDone || (part === 0 && !digit)) return undefined;
      section = (part + (digit ?? 0)) * 1e4;
      part = 0;
      digit = undefined;
      lastSmall = Infinity;
      wanDone = true;
      continue;
    }
    if (c === '亿' || c === '億') {
      if (total !== 0 || (section === 0 && part === 0 && !digit)) return undefined;
      total = (section + part + (digit ?? 0)) * 1e8;
      section = 0;
      part = 0;
      digit = undefined;
      lastSmall = Infinity;
      wanDone = false;
      continue;
    }
    return undefined;
  }
  if (digits === 0 && part === 0) return undefined;
  const n = total + section + part + (digit ?? 0);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * A money cell in Chinese numerals, read (marked `words`), or not a number. The numeral is read
 * whole, its 万 and 亿 included (`两亿三千万元` is 230,000,000 元), then given in the unit its text
 * ends with (万元 for `…万元` and `…万`, 亿元, 元); with no unit, in the table's.
 */
function amountInWords(written: string, text: string): Amount {
  const invalid: Amount = { kind: 'invalid', text };
  const s = stripSpaces(written).replace(CURRENCY_PREFIX_RE, '').replace(CN_CLOSING_RE, '');
  if (s.length > MAX_CN_AMOUNT || ![...s].some(isAmountNumeral)) return invalid;
  const ok = (value: Decimal | undefined, unit: AmountUnit | undefined): Amount =>
    !value ? invalid : unit ? { kind: 'ok', value, text, unit, words: true } : { kind: 'ok', value, text, words: true };
  const f = CN_FRACTION_RE.exec(s);
  if (f && (f[2] !== undefined || f[3] !== undefined)) {
    const jiao = f[2] === undefined ? 0 : CN_AMOUNT_DIGITS[f[2]];
    const fen = f[3] === undefined ? 0 : CN_AMOUNT_DIGITS[f[3]];
    const whole = chineseWholeNumber(f[1]);
    if (jiao === undefined || fen === undefined || whole === undefined) return invalid;
    return ok(Decimal.parse(`${whole}.${jiao}${fen}`), '元');
  }
  // `二十六点五万`: a decimal point in words, the unit after the decimals.
  const point = CN_POINT_RE.exec(s);
  if (point) {
    const whole = /[万萬亿億]/.test(point[1]) ? undefined : chineseWholeNumber(point[1]);
    const decimals = cnDecimalDigits(point[2], CN_AMOUNT_DIGITS);
    if (whole === undefined || decimals === undefined) return invalid;
    return ok(Decimal.parse(`${whole}.${decimals}`), unitOfWord(point[3]));
  }
  // The unit the text ends with; the numeral keeps its own 万 or 亿 (read whole, then in that unit).
  const unit = unitOfWord(CN_UNIT_END_RE.exec(s)?.[0] ?? '');
  const whole = chineseWholeNumber(s.endsWith('元') ? s.slice(0, -1) : s);
  const inYuan = whole === undefined ? undefined : Decimal.parse(String(whole));
  return ok(inYuan && unit ? toUnit(inYuan, '元', unit) : inYuan, unit);
}

/** Converts exactly between money units (26.5 万元 -> 265000 元). */
export function toUnit(d: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  return d.shift(EXPONENT[from] - EXPONENT[to]);
}

/** An amount in the table's money unit (honouring a unit written in the cell), or undefined. */
export function amountIn(a: Amount, unit: MoneyUnit): Decimal | undefined {
  if (a.kind !== 'ok' || !a.value) return undefined;
  return toUnit(a.value, a.unit ?? unit, unit);
}

function decimalsOf(s: string): number {
  const m = /\.(\d+)/.exec(s);
  return m ? m[1].length : 0;
}

function groupThousands(s: string): string {
  const [int, frac] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/**
 * Writes an amount the way another cell was written: as many decimals (`26.50` -> `27.50`), the
 * same thousands separators and unit suffix. Never drops a significant digit.
 */
export function formatAmountLike(d: Decimal, like: string): string {
  const s = toHalfWidth(stripSpaces(like)).replace(CURRENCY_PREFIX_RE, '');
  const unit = UNIT_SUFFIX_RE.exec(s)?.[1] ?? '';
  const number = unit ? s.slice(0, -unit.length) : s;
  const exact = d.toString();
  const digits = Math.max(decimalsOf(number), decimalsOf(exact));
  let out = digits > 0 ? d.toFixed(digits) : exact;
  if (number.includes(',')) out = groupThousands(out);
  return out + unit;
}

// ---------------------------------------------------------------------------------------------
// Cost caps

export interface CostCap {
  ind: IndicatorRow;
  /** The cap in its own unit, exact. */
  value: Decimal;
  unit: AmountUnit;
}

const MONEY_UNITS: ReadonlySet<string> = new Set(['元', '万元', '亿元']);
/** Signs of a ceiling; a missing sign still states the cost (value rules ask for the sign). */
const CAP_SIGNS: ReadonlySet<string | undefined> = new Set(['≤', '＜', '＝', undefined]);
/** Per-unit costs (单价, 人均 …) are not parts of the total: summing them would be wrong. */
const PER_UNIT_RE = /单价|单位成本|人均|户均|单台|单套|单次|单个|单件|每|平均|标准/;
const TOTAL_RE = /总/;

/** The exact number of a parsed value: from the text as written, else from the parsed number. */
function exactNumber(ind: IndicatorRow): Decimal | undefined {
  const p = ind.parsed;
  if (p.numberText !== undefined) {
    const d = Decimal.parse(p.numberText);
    if (d) return d;
  }
  return p.number !== undefined ? Decimal.fromNumber(p.number) : undefined;
}

/**
 * Every money cap of a cost indicator (`≤26.5万元`), per-unit costs left out. `rows` are the
 * table's rows with whether each is a cost, when already known (the engine's row facts).
 */
export function costCaps(table: TableModel, rows?: readonly { ind: IndicatorRow; cost: boolean }[]): CostCap[] {
  const caps: CostCap[] = [];
  const n = rows ? rows.length : table.indicators.length;
  for (let i = 0; i < n; i++) {
    const ind = rows ? rows[i].ind : table.indicators[i];
    if (!(rows ? rows[i].cost : isCostIndicator(ind))) continue;
    const { unit, sign } = ind.parsed;
    if (unit === undefined || !MONEY_UNITS.has(unit) || !CAP_SIGNS.has(sign)) continue;
    if (PER_UNIT_RE.test(ind.level3.text)) continue;
    const value = exactNumber(ind);
    if (value) caps.push({ ind, value, unit: unit as AmountUnit });
  }
  return caps;
}

/** A cost per unit of a count: `=23万元/个` is 23 万元 per 个. */
export interface UnitCost {
  value: Decimal;
  /** The number as written (`23`, `71.86`): how finely it was rounded. */
  text: string;
  unit: AmountUnit;
  /** The count's unit after the slash (`个`, `人`). */
  per: string;
}

/**
 * The unit cost a value states (`=23万元/个`, `1500元/人`): money per one count unit, with ＝ or
 * no sign. Undefined for a ceiling (≤), for money alone, and for a cost per unit and period
 * (`元/人/月`), which no count of the table multiplies out to the year's spend.
 */
export function unitCostOf(ind: IndicatorRow): UnitCost | undefined {
  const { unit, sign } = ind.parsed;
  if (unit === undefined || (sign !== undefined && sign !== '＝')) return undefined;
  const slash = unit.indexOf('/');
  if (slash < 0 || unit.indexOf('/', slash + 1) >= 0) return undefined;
  const money = unit.slice(0, slash);
  const per = unit.slice(slash + 1);
  if (!MONEY_UNITS.has(money) || per === '') return undefined;
  const value = exactNumber(ind);
  return value ? { value, text: ind.parsed.numberText ?? value.toString(), unit: money as AmountUnit, per } : undefined;
}

/**
 * The caps that together state the project's cost: those named as totals (`项目总成本`) when
 * there are any, since parts beside a total would be counted twice; otherwise all of them.
 */
export function totalCaps(table: TableModel, caps: CostCap[] = costCaps(table)): CostCap[] {
  // A total-cost row beside its parts (年度预算总成本 = 出差总成本 + 劳务总成本 + …): the total alone.
  if (caps.length > 2) {
    const all = caps.reduce((acc, c) => acc.plus(toUnit(c.value, c.unit, '元')), Decimal.ZERO);
    const total = caps.find((c) => {
      const own = toUnit(c.value, c.unit, '元');
      return own.plus(own).eq(all);
    });
    if (total) return [total];
  }
  const totals = caps.filter((c) => TOTAL_RE.test(c.ind.level3.text));
  return totals.length > 0 ? totals : caps;
}

/**
 * What a table's costs must stay within, in its money unit: 预算数, or, with no 预算数 label and
 * the sources written in full (财政拨款 and 其他资金), their sum. Undefined when neither is known.
 */
export function costLimit(table: TableModel): { total: Decimal; fromSources: boolean } | undefined {
  const unit = table.moneyUnit;
  const fromSources = !table.budget.total && !table.budget.totalLabel && table.budget.other !== undefined;
  const total = fromSources ? sourcesSum(table, unit) : amountIn(readAmount(table.budget.total), unit);
  return total === undefined ? undefined : { total, fromSources };
}

/** Sum of caps converted to a unit, exact. */
export function sumCaps(caps: readonly CostCap[], to: AmountUnit): Decimal {
  return caps.reduce((acc, c) => acc.plus(toUnit(c.value, c.unit, to)), Decimal.ZERO);
}

/** True when the row's value is split over sign/number/unit columns (the value cell holds the number). */
export function isSplitValue(ind: IndicatorRow): boolean {
  return ind.sign !== undefined || ind.unit !== undefined;
}

/**
 * The money a table's sources add up to (财政资金 + 其他资金 + 上年结转 + further parts such as
 * 中央/省级/县级资金), in the table's unit: what stands for the total of a table that lists its
 * sources and no 预算数. Undefined when no source holds an amount, when one holds something
 * that is no amount, or when further parts add up to 财政资金 (its breakdown, or its siblings).
 */
export function sourcesSum(table: TableModel, unit: MoneyUnit): Decimal | undefined {
  const b = table.budget;
  let main = Decimal.ZERO;
  let further = Decimal.ZERO;
  let written = 0;
  let fiscal: Decimal | undefined;
  for (const f of [b.fiscal, b.other, b.carryOver, ...(b.parts ?? [])]) {
    const a = readAmount(f);
    if (a.kind === 'missing' || a.kind === 'empty') continue;
    const v = amountIn(a, unit);
    if (v === undefined) return undefined;
    written++;
    if (f === b.fiscal) fiscal = v;
    if (f === b.fiscal || f === b.other || f === b.carryOver) main = main.plus(v);
    else further = further.plus(v);
  }
  if (written === 0) return undefined;
  // Parts adding up to 财政资金 may be its breakdown or its siblings (中央资金 50 beside 省级 30, 市级
  // 10, 县级 10): with no total to tell, the sum is not known.
  if (fiscal !== undefined && !further.isZero() && further.eq(fiscal)) return undefined;
  return main.plus(further);
}
