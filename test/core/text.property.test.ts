/**
 * toHalfWidth and stripSpaces look at the code units before calling their regular expressions:
 * for any text (the characters at the edges of both classes most of all) they give exactly what
 * the regular expressions alone give.
 */
import fc from 'fast-check';
import { stripSpaces, toHalfWidth } from '../../src/core/engine/text';

const SPACE_RE =
  /[\s\u0000-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]+/g;
const WIDE_RE = /[\uff01-\uff5e\u3000\u2f00-\u2fd5]/g;
const KANGXI_NFKC = (c: string) => c.normalize('NFKC');
const byRegex = {
  strip: (s: string) => s.replace(SPACE_RE, ''),
  half: (s: string) => s.replace(WIDE_RE, (c) => (c === '\u3000' ? ' ' : c < '\u3000' ? KANGXI_NFKC(c) : String.fromCharCode(c.charCodeAt(0) - 0xfee0))),
};

/** Code units on and beside the edges of both classes, and ordinary text. */
const EDGES = [
  0x08, 0x09, 0x0d, 0x0e, 0x1f, 0x20, 0x21, 0x85, 0x9f, 0xa0, 0xa1, 0x167f, 0x1680, 0x1681, 0x1fff, 0x2000, 0x200a, 0x200b, 0x200c, 0x2027, 0x2028,
  0x2029, 0x202a, 0x202f, 0x205f, 0x2060, 0x206f, 0x2070, 0x2eff, 0x2f00, 0x2fd5, 0x2fd6, 0x2fff, 0x7e, 0x7f, 0xad, 0xae, 0x180e, 0xfe0f, 0xfe10, 0xfffb, 0xfffc, 0x3000, 0x3001, 0xfeff, 0xff00, 0xff01, 0xff10, 0xff5e, 0xff5f, 0xd800, 0x4e2d, 0x41, 0x31,
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
