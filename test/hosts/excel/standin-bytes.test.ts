/**
 * The stand-in measures requests and responses (Excel on the web refuses more than 5 MB) by
 * counting JSON bytes without writing the JSON (src/standin/context.ts jsonBytes): always the
 * length of JSON.stringify's output encoded as UTF-8.
 */
import fc from 'fast-check';
import { jsonBytes } from '../../../src/standin/context';

const reference = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v) ?? '').length;

test('the same count as encoding JSON.stringify, for any JSON-like value', () => {
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('≥99百分之', '"\\\n\t\u0000\u001f\u2028', '\ud800', '\udc00x', '😀'));
  const scalar = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(-0), fc.constant(undefined));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node')), fc.dictionary(text, tie('node'))),
  })).node;
  fc.assert(
    fc.property(value, (v) => {
      expect(jsonBytes(v)).toBe(reference(v));
    }),
    { numRuns: 2000 },
  );
});

test('values that are not plain data are measured the long way', () => {
  for (const v of [new Date(0), { toJSON: () => 'x' }, [new Date(0)], { a: new Map() }, () => 1, Symbol('s'), [() => 1, Symbol('t')]]) {
    expect(jsonBytes(v)).toBe(reference(v));
  }
});
