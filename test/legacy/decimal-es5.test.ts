/**
 * The legacy bundle's Decimal (src/legacy/decimal-es5.ts, strings of digits) gives exactly what
 * the engine's (src/core/engine/decimal.ts, bigint) gives, for every operation, on generated amounts; and
 * integerText (value.ts, no BigInt) gives BigInt's digits.
 */
import fc from 'fast-check';
import { Decimal as Big } from '../../src/core/engine/decimal';
import { integerText } from '../../src/core/engine/value';
import { Decimal as Es5 } from '../../src/legacy/decimal-es5';

/** Texts an amount may be written as: signs, separators, full width, long fractions, junk. */
const amountText = fc.oneof(
  fc.tuple(fc.constantFrom('', '-', '+', '－'), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.option(fc.stringMatching(/^[0-9]{0,12}$/))).map(([s, i, f]) => `${s}${i}${f === null ? '' : `.${f}`}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 5 })).map(([h, g]) => [String(h), ...g.map((x) => String(x).padStart(3, '0'))].join(',')),
  fc.constantFrom('', '.', '-.5', '.25', '２６．５', '１，０００', '1,00', 'abc', ' 7 ', '0.000000009', '-0', '-0.00'),
);

const number = fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

function same(a: Big | undefined, b: Es5 | undefined): void {
  expect(b === undefined).toBe(a === undefined);
  if (!a || !b) return;
  expect(b.toString()).toBe(a.toString());
  expect(b.isZero()).toBe(a.isZero());
  expect(b.isNegative()).toBe(a.isNegative());
  expect(b.toNumber()).toBe(a.toNumber());
  for (const digits of [-2, 0, 1, 2, 4, 8, 10]) expect(b.toFixed(digits)).toBe(a.toFixed(digits));
}

test('parse, print and round as the bigint Decimal does', () => {
  fc.assert(fc.property(amountText, (text) => same(Big.parse(text), Es5.parse(text))), { numRuns: 500 });
});

test('fromNumber as the bigint Decimal does', () => {
  fc.assert(fc.property(number, (n) => same(Big.fromNumber(n), Es5.fromNumber(n))), { numRuns: 500 });
});

test('plus, minus, shift, cmp, eq, abs as the bigint Decimal does', () => {
  fc.assert(
    fc.property(amountText, amountText, fc.integer({ min: -20, max: 20 }), (x, y, k) => {
      const [a, b] = [Big.parse(x), Big.parse(y)];
      const [c, d] = [Es5.parse(x), Es5.parse(y)];
      if (!a || !b || !c || !d) return;
      same(a.plus(b), c.plus(d));
      same(a.minus(b), c.minus(d));
      same(a.shift(k), c.shift(k));
      same(a.abs(), c.abs());
      expect(c.cmp(d)).toBe(a.cmp(b));
      expect(c.eq(d)).toBe(a.eq(b));
    }),
    { numRuns: 500 },
  );
  same(Big.ZERO, Es5.ZERO);
});

test('integerText gives the exact digits BigInt gives', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      if (!Number.isInteger(n)) return;
      expect(integerText(n)).toBe(BigInt(n).toString());
    }),
    { numRuns: 1000 },
  );
  for (const n of [1e21, -1e21, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2, 123456789012345680000000]) expect(integerText(n)).toBe(BigInt(n).toString());
});

