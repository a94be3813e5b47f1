/**
 * src/core/engine/decimal.ts without BigInt, for the legacy bundle (Internet Explorer 11 has no BigInt,
 * and `10n` cannot be compiled to ES5). webpack.legacy.config.js puts this module in its place.
 * Same API and the same results: the units (the amount × 10^8) are a sign and a string of decimal
 * digits, added, subtracted and compared digit by digit; division by a power of ten drops digits
 * (truncating towards zero, as bigint division does). test/legacy/decimal-es5.test.ts compares the
 * two on generated inputs.
 */

const SCALE_DIGITS = 8;

const FROM_NUMBER = new Map<number, Decimal>();
const FROM_NUMBER_LIMIT = 4096;

function repeat(ch: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ch;
  return s;
}

/** Digits without leading zeros ("0" for zero). */
function trim(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charAt(i) === '0') i++;
  return digits.slice(i);
}

function cmpMag(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function addMag(a: string, b: string): string {
  let out = '';
  let carry = 0;
  for (let i = a.length - 1, j = b.length - 1; i >= 0 || j >= 0 || carry > 0; i--, j--) {
    const s = (i >= 0 ? a.charCodeAt(i) - 48 : 0) + (j >= 0 ? b.charCodeAt(j) - 48 : 0) + carry;
    out = String(s % 10) + out;
    carry = s >= 10 ? 1 : 0;
  }
  return trim(out);
}

/** a − b for a ≥ b. */
function subMag(a: string, b: string): string {
  let out = '';
  let borrow = 0;
  for (let i = a.length - 1, j = b.length - 1; i >= 0; i--, j--) {
    let d = a.charCodeAt(i) - 48 - (j >= 0 ? b.charCodeAt(j) - 48 : 0) - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += 10;
    out = String(d) + out;
  }
  return trim(out);
}

/** A signed integer: `neg` is false for zero. */
interface Int {
  neg: boolean;
  mag: string;
}

function int(neg: boolean, mag: string): Int {
  const m = trim(mag);
  return { neg: m === '0' ? false : neg, mag: m };
}

function addInt(a: Int, b: Int): Int {
  if (a.neg === b.neg) return int(a.neg, addMag(a.mag, b.mag));
  const c = cmpMag(a.mag, b.mag);
  if (c === 0) return int(false, '0');
  return c > 0 ? int(a.neg, subMag(a.mag, b.mag)) : int(b.neg, subMag(b.mag, a.mag));
}

/** Drops the last k digits (division by 10^k, truncating towards zero). */
function dropDigits(mag: string, k: number): string {
  return mag.length <= k ? '0' : mag.slice(0, mag.length - k);
}

export class Decimal {
  private constructor(private readonly units: Int) {}

  static readonly ZERO = new Decimal(int(false, '0'));

  /** Parses `1,030,700.00`, `26.5`, `-3`, `２６．５` (full width). Returns undefined if not a plain number. */
  static parse(input: string): Decimal | undefined {
    let s = '';
    const trimmed = input.trim();
    for (let i = 0; i < trimmed.length; i++) {
      const ch = trimmed.charAt(i);
      const code = ch.charCodeAt(0);
      if (code >= 0xff10 && code <= 0xff19) s += String.fromCharCode(code - 0xfee0);
      else if (ch === '．') s += '.';
      else if (ch === '，') s += ',';
      else if (ch === '－') s += '-';
      else s += ch;
    }
    const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/.exec(s);
    if (!m || (m[2] === undefined && (m[3] === undefined || m[3] === ''))) return undefined;
    const intPart = (m[2] ?? '0').replace(/,/g, '');
    let frac = m[3] ?? '';
    if (frac.length > SCALE_DIGITS) frac = frac.slice(0, SCALE_DIGITS);
    const mag = intPart + (frac + repeat('0', SCALE_DIGITS)).slice(0, SCALE_DIGITS);
    return new Decimal(int(m[1] === '-', mag));
  }

  /** From a JS number as Excel stores it: rounded to 15 significant digits, as Excel displays. */
  static fromNumber(n: number): Decimal | undefined {
    if (!isFinite(n)) return undefined;
    let d = FROM_NUMBER.get(n);
    if (d === undefined) {
      d = Decimal.convertNumber(n);
      if (FROM_NUMBER.size >= FROM_NUMBER_LIMIT) FROM_NUMBER.clear();
      if (d) FROM_NUMBER.set(n, d);
    }
    return d;
  }

  private static convertNumber(n: number): Decimal | undefined {
    const rounded = Number(n.toPrecision(15));
    const s = rounded.toString();
    if (Math.abs(rounded) >= 1e21) {
      // As the engine's Decimal: n's 15 significant digits, then the exponent's zeros.
      const parts = n.toExponential(14).split('e');
      const digits = parts[0].replace(/[-.]/g, '');
      return Decimal.parse((n < 0 ? '-' : '') + digits + new Array(Number(parts[1]) - 14 + 1).join('0'));
    }
    if (/e/i.test(s)) {
      const fixed = Number(n.toPrecision(15)).toFixed(SCALE_DIGITS);
      return Decimal.parse(fixed);
    }
    return Decimal.parse(s);
  }

  plus(o: Decimal): Decimal {
    return new Decimal(addInt(this.units, o.units));
  }
  minus(o: Decimal): Decimal {
    return new Decimal(addInt(this.units, int(!o.units.neg, o.units.mag)));
  }
  /** Multiply by 10^k (k may be negative: exact division by powers of ten, truncating below 10^-8). */
  shift(k: number): Decimal {
    const { neg, mag } = this.units;
    if (k >= 0) return new Decimal(int(neg, mag + repeat('0', k)));
    return new Decimal(int(neg, dropDigits(mag, -k)));
  }
  cmp(o: Decimal): number {
    const a = this.units;
    const b = o.units;
    if (a.neg !== b.neg) return a.neg ? -1 : 1;
    const c = cmpMag(a.mag, b.mag);
    return a.neg ? 0 - c : c;
  }
  eq(o: Decimal): boolean {
    return this.cmp(o) === 0;
  }
  isZero(): boolean {
    return this.units.mag === '0';
  }
  isNegative(): boolean {
    return this.units.neg;
  }
  abs(): Decimal {
    return this.units.neg ? new Decimal(int(false, this.units.mag)) : this;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** Shortest exact decimal text: 26.5, 13.61, 1030700. */
  toString(): string {
    const { neg, mag } = this.units;
    const padded = mag.length <= SCALE_DIGITS ? repeat('0', SCALE_DIGITS + 1 - mag.length) + mag : mag;
    const intText = padded.slice(0, padded.length - SCALE_DIGITS);
    const frac = padded.slice(padded.length - SCALE_DIGITS).replace(/0+$/, '');
    const s = frac ? `${intText}.${frac}` : intText;
    return neg ? `-${s}` : s;
  }

  /** Fixed decimals, rounding half away from zero: toFixed(2) of 26.5 is 26.50. */
  toFixed(digits: number): string {
    const drop = SCALE_DIGITS - digits;
    const neg = this.units.neg;
    let u = this.units.mag;
    if (drop > 0) u = dropDigits(addMag(u, '5' + repeat('0', drop - 1)), drop);
    const places = Math.max(digits, 0);
    const padded = u.length <= places ? repeat('0', places + 1 - u.length) + u : u;
    const intText = trim(padded.slice(0, padded.length - places));
    const fracStr = digits > 0 ? '.' + padded.slice(padded.length - places) : '';
    return `${neg && u !== '0' ? '-' : ''}${intText}${fracStr}`;
  }
}
