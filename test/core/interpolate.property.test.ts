/**
 * interpolate splits each template once instead of searching it per finding: the result must be
 * what the regular-expression replacement gave, for any template and data (a key not in the
 * data stays as written; braces that hold no key are text).
 */
import fc from 'fast-check';
import { interpolate } from '../../src/core/i18n/format';

const byRegex = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole));

const pieces = fc.constantFrom('{a}', '{b}', '{_1}', '{', '}', '{a', 'a}', '{}', '{{a}}', '{ a}', 'x', '值', '：', '\n');
const templates = fc.array(pieces, { maxLength: 14 }).map((a) => a.join(''));
const data = fc.dictionary(fc.constantFrom('a', 'b', '_1', 'c', 'constructor', '__proto__'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()));

describe('interpolate', () => {
  it('equals the regular-expression replacement', () => {
    fc.assert(
      fc.property(templates, data, (t, d) => {
        expect(interpolate(t, d)).toBe(byRegex(t, d));
      }),
      { numRuns: 2000 },
    );
  });
  it('fills a catalogue message', () => {
    expect(interpolate('指标值“{value}”缺少比较符号，建议写作“{suggestion}”。', { value: '100%', suggestion: '＝100%' })).toBe('指标值“100%”缺少比较符号，建议写作“＝100%”。');
    expect(interpolate('no keys')).toBe('no keys');
  });
});
