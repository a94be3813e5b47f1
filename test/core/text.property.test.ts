/**
 * toHalfWidth and stripSpaces look at the code units before calling their regular expressions:
 * for any text (the characters at the edges of both classes most of all) they give exactly what
 * the regular expressions alone give.
 */
import fc from 'fast-check';
import { stripSpaces, toHalfWidth } from '../../src/core/engine/text';

const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const WIDE_RE = /[\uff01-\uff5e\u3000]/g;
const byRegex = {
  strip: (s: string) => s.replace(SPACE_RE, ''),
  half: (s: string) => s.replace(WIDE_RE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))),
};

/** Code units on and beside the edges of both classes, and ordinary text. */
const EDGES = [
  0x08, 0x09, 0x0d, 0x0e, 0x1f, 0x20, 0x21, 0x85, 0x9f, 0xa0, 0xa1, 0x167f, 0x1680, 0x1681, 0x1fff, 0x2000, 0x200a, 0x200b, 0x200c, 0x2027, 0x2028,
  0x2029, 0x202a, 0x202f, 0x205f, 0x2060, 0x2fff, 0x3000, 0x3001, 0xfeff, 0xff00, 0xff01, 0xff10, 0xff5e, 0xff5f, 0xd800, 0x4e2d, 0x41, 0x31,
];
const unit = fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: 0, max: 0xffff }));
const text = fc.array(unit, { maxLength: 24 }).map((codes) => String.fromCharCode(...codes));

test('stripSpaces and toHalfWidth give what their regular expressions give, on any text', () => {
  fc.assert(
    fc.property(text, (s) => {
      expect(stripSpaces(s)).toBe(byRegex.strip(s));
      expect(toHalfWidth(s)).toBe(byRegex.half(s));
      expect(toHalfWidth(stripSpaces(s))).toBe(byRegex.half(byRegex.strip(s)));
    }),
    { numRuns: 3000 },
  );
  // Every code unit once, alone and between two letters.
  const differ: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const s = `a${String.fromCharCode(c)}b`;
    if (stripSpaces(s) !== byRegex.strip(s) || toHalfWidth(s) !== byRegex.half(s)) differ.push(c);
  }
  expect(differ).toEqual([]);
});
