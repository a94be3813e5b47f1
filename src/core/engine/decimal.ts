/**
 * Exact decimal arithmetic for money: a bigint scaled by 10^8, so 13.61 + 0 is 13.61 and
 * 26.50 万元 is exactly 265000 元. Only what budgets need: parse, add, multiply, compare, scale, print.
 */
import { memoText } from './memo';

const SCALE_DIGITS = 8;
const SCALE = 10n ** BigInt(SCALE_DIGITS);

/**
 * 10^k for the shifts money conversions make (万元 <-> 元, every cost cap on every row): a BigInt
 * power worked out per call was most of a shift's time.
 */
const POW10: readonly bigint[] = Array.from({ length: 25 }, (_, k) => 10n ** BigInt(k));

function pow10(k: number): bigint {
  return k < POW10.length ? POW10[k] : 10n ** BigInt(k);
}

const FROM_NUMBER = new Map<number, Decimal>();
const FROM_NUMBER_LIMIT = 4096;

export class Decimal {
  private constructor(readonly units: bigint) {}

  static readonly ZERO = new Decimal(0n);

  /** Parses `1,030,700.00`, `26.5`, `-3`, `２６．５` (full width). Returns undefined if not a plain number. */
  static parse(input: string): Decimal | undefined {
    // The same amounts, weights and caps are read by several rules: each text is parsed once.
    return Decimal.parseMemo(input);
  }

  private static readonly parseMemo = memoText((input: string): Decimal | undefined => Decimal.parseUncached(input));

  private static parseUncached(input: string): Decimal | undefined {
    let s = '';
    for (const ch of input.trim()) {
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
    if (frac.length > SCALE_DIGITS) {
      // Beyond 10^-8 we do not care for money; truncate rather than invent precision.
      frac = frac.slice(0, SCALE_DIGITS);
    }
    const units = BigInt(intPart) * SCALE + BigInt((frac + '0'.repeat(SCALE_DIGITS)).slice(0, SCALE_DIGITS));
    return new Decimal(m[1] === '-' ? -units : units);
  }

  /** From a JS number as Excel stores it: rounded to 15 significant digits, as Excel displays. */
  static fromNumber(n: number): Decimal | undefined {
    if (!Number.isFinite(n)) return undefined;
    // Amounts and weights repeat across tables and rules; a Decimal is immutable, so share it.
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
      // toFixed gives the exponent form from 1e21 on (`1e+308`, read as not a number): the 15
      // significant digits, then the exponent's zeros (at most 308 of them).
      // From n's own digits: rounded can pass the largest double (1.7976931348623151e308 → Infinity).
      const [mantissa, exponent] = n.toExponential(14).split('e');
      const digits = mantissa.replace(/[-.]/g, '');
      return new Decimal((n < 0 ? -1n : 1n) * BigInt(digits) * pow10(Number(exponent) - 14) * SCALE);
    }
    if (/e/i.test(s)) {
      const fixed = Number(n.toPrecision(15)).toFixed(SCALE_DIGITS);
      return Decimal.parse(fixed);
    }
    return Decimal.parse(s);
  }

  plus(o: Decimal): Decimal {
    return new Decimal(this.units + o.units);
  }
  minus(o: Decimal): Decimal {
    return new Decimal(this.units - o.units);
  }
  /** Exact product (truncating below 10^-8, as parse does): a unit cost times a count. */
  times(o: Decimal): Decimal {
    return new Decimal((this.units * o.units) / SCALE);
  }
  /** Multiply by 10^k (k may be negative: exact division by powers of ten, truncating below 10^-8). */
  shift(k: number): Decimal {
    if (k === 0) return this;
    if (k > 0) return new Decimal(this.units * pow10(k));
    return new Decimal(this.units / pow10(-k));
  }
  cmp(o: Decimal): number {
    return this.units < o.units ? -1 : this.units > o.units ? 1 : 0;
  }
  eq(o: Decimal): boolean {
    return this.units === o.units;
  }
  isZero(): boolean {
    return this.units === 0n;
  }
  isNegative(): boolean {
    return this.units < 0n;
  }
  abs(): Decimal {
    return this.units < 0n ? new Decimal(-this.units) : this;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** Shortest exact decimal text: 26.5, 13.61, 1030700. */
  toString(): string {
    const neg = this.units < 0n;
    const u = neg ? -this.units : this.units;
    const int = u / SCALE;
    let frac = (u % SCALE).toString().padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
    const s = frac ? `${int}.${frac}` : `${int}`;
    frac = '';
    return neg ? `-${s}` : s;
  }

  /** Fixed decimals, rounding half away from zero: toFixed(2) of 26.5 is 26.50. */
  toFixed(digits: number): string {
    const drop = SCALE_DIGITS - digits;
    const neg = this.units < 0n;
    let u = neg ? -this.units : this.units;
    if (drop > 0) {
      const p = 10n ** BigInt(drop);
      u = (u + p / 2n) / p;
    }
    const d = 10n ** BigInt(Math.max(digits, 0));
    const int = u / d;
    const fracStr = digits > 0 ? '.' + (u % d).toString().padStart(digits, '0') : '';
    return `${neg && u !== 0n ? '-' : ''}${int}${fracStr}`;
  }
}
