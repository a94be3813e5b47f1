/**
 * The payload estimate of a text cell counts JSON's UTF-8 bytes without building the JSON: it must
 * equal what JSON.stringify and TextEncoder give, for any string (controls, quotes, CJK, emoji,
 * lone surrogates).
 */
import fc from 'fast-check';
import { jsonUtf8Length } from '../../../src/hosts/excel/read';

const exact = (s: string) => new TextEncoder().encode(JSON.stringify(s)).length;

describe('jsonUtf8Length', () => {
  it.each(['', 'abc', '"\\', '\n\t\b\f\r', '\u0000\u001f', '≥99百分之', '项目名称', '😀', '\ud800', '\udc00x', 'a\ud83d'])('%j', (s) => {
    expect(jsonUtf8Length(s)).toBe(exact(s));
  });
  it('equals JSON.stringify + TextEncoder on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((a) => String.fromCharCode(...a))), (s) => {
        expect(jsonUtf8Length(s)).toBe(exact(s));
      }),
      { numRuns: 1000 },
    );
  });
});
