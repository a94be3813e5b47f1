import { growthRatio, LINEAR_BOUND } from '../helpers/growth';
import fc from 'fast-check';
import type { Sign } from '../../src/core/model';
import { formatValue, isPlaceholder, parseIndicatorValue, parseSign, parseSplitValue, scanValue } from '../../src/core/engine/value';
import { canonicalUnit } from '../../src/core/engine/units';

const SIGNS: Sign[] = ['≥', '≤', '＝', '＞', '＜'];
const UNITS = [
  '%', '万元', '元', '亿元', '千元', '次', '人次', '个', '份', '台', '辆', '人', '户', '件', '点', '分', '年', '月', '天',
  '日', '工作日', '个工作日', '小时', '分钟', '批次', '门', '套', '项', '场', '篇', '期', '平方米', '公里', '千克', '次/年',
  '元/人', '个百分点', 'GB', 'Mbps', '级',
];

/** Characters values are made of, plus some that are not: to reach the scanner's corners. */
const VALUE_CHARS = [
  '≥', '≤', '＝', '=', '>', '<', '＞', '＜', '≧', '0', '1', '2', '5', '9', '０', '９', '.', '．', '。', ',', '，', '-', '－',
  '%', '％', '万', '元', '亿', '次', '人', '小', '时', '个', '工', '作', '日', '百', '分', '之', '比', '以', '上', '下', '内',
  '不', '低', '于', '大', '等', 'O', 'o', 'l', 'I', 'X', 'x', '×', '/', '无', '待', '定', '—', '一', '两', '十', ' ', '\u3000',
  '\n', '😀', '\u0301', 'a', 'Z',
];
const valueishString = fc.string({ unit: fc.constantFrom(...VALUE_CHARS), maxLength: 14 });
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), valueishString);

const numberText = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0').replace(/0$/, '') || '1'}`),
  fc.integer({ min: -100, max: -1 }).map(String),
);
const wellFormed = fc.record({ sign: fc.constantFrom(...SIGNS), number: numberText, unit: fc.constantFrom(...UNITS) });

describe('the parser never throws', () => {
  it('on arbitrary strings (any code point, graphemes, value-like junk)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const p = parseIndicatorValue(s);
        expect(['empty', 'placeholder', 'quantitative', 'qualitative']).toContain(p.kind);
        expect(p.raw).toBe(s);
        expect(Array.isArray(p.problems)).toBe(true);
        if (p.number !== undefined) expect(Number.isFinite(p.number)).toBe(true);
        parseSign(s);
        isPlaceholder(s);
        scanValue(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary split parts', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, anyString, (sign, value, unit, nature) => {
        const p = parseSplitValue({ sign, value, unit, nature });
        expect(['empty', 'placeholder', 'quantitative', 'qualitative']).toContain(p.kind);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatValue accepts any number text or unit', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...SIGNS), { nil: undefined }), fc.oneof(anyString, fc.double()), anyString, (sign, number, unit) => {
        expect(typeof formatValue({ sign, number, unit })).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the parser is linear on long strings', () => {
  // Each input at n and at 10n characters: a linear parser takes about 10× the time, a quadratic
  // one 100×. The ratio of the best of three runs is compared, never a time limit: the CI machine
  // is small and shared.
  const K = 1 << 16;
  const inputs: [string, (n: number) => string][] = [
    ['signs', (n) => '≥'.repeat(n)],
    ['digits', (n) => '9'.repeat(n)],
    ['dots', (n) => `9${'.'.repeat(n)}5`],
    ['digit-dot pairs', (n) => '9.'.repeat(n / 2)],
    ['grouped digits', (n) => `1${',000'.repeat(n / 4)}`],
    ['letter O', (n) => `2${'O'.repeat(n)}`],
    ['units', (n) => `≥9${'%'.repeat(n)}`],
    ['wan', (n) => `≥9${'万元'.repeat(n / 2)}`],
    ['words', (n) => '不低于'.repeat(Math.floor(n / 3))],
    ['X', (n) => 'X'.repeat(n)],
    ['dashes', (n) => '—'.repeat(n)],
    ['spaces', (n) => ' '.repeat(n)],
    ['Chinese numerals', (n) => '一'.repeat(n)],
    ['text', (n) => '保障正常运转'.repeat(Math.floor(n / 6))],
    ['mixed', (n) => '≥9.5%以上，'.repeat(n / 8)],
    ['ranges', (n) => '90%-95%'.repeat(Math.floor(n / 7))],
    ['slashes', (n) => `≤9元${'/人'.repeat(n / 2)}`],
  ];
  const parseAll = (s: string): void => {
    const p = parseIndicatorValue(s);
    parseSplitValue({ sign: s, value: s, unit: s, nature: s });
    parseSign(s);
    expect(p.raw.length).toBe(s.length);
  };
  it.each(inputs)('%s', (_name, make) => {
    // Linear is ~10× (growthRatio: best of alternating runs, measured again when over the bound).
    expect(growthRatio((n) => parseAll(make(n)), K, 3)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('formatting and parsing agree', () => {
  it('format -> parse -> format is a fixed point, with equal sign, number and unit', () => {
    fc.assert(
      fc.property(wellFormed, (v) => {
        const text = formatValue(v);
        const p = parseIndicatorValue(text);
        expect(p.kind).toBe('quantitative');
        expect(p.problems).toEqual([]);
        expect(p.sign).toBe(v.sign);
        expect(p.number).toBe(Number(v.number));
        expect(p.unit).toBe(canonicalUnit(v.unit));
        expect(p.suggestion).toBeUndefined();
        expect(formatValue({ sign: p.sign, number: p.numberText, unit: p.unit })).toBe(text);
        expect(formatValue({ sign: p.sign, number: p.number, unit: p.unit })).toBe(formatValue({ sign: v.sign, number: Number(v.number), unit: v.unit }));
      }),
      { numRuns: 2000 },
    );
  });

  it('spacing and full-width forms do not change what is read', () => {
    const wide = (s: string) => s.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(wellFormed, (v) => {
        const clean = parseIndicatorValue(formatValue(v));
        for (const variant of [` ${formatValue(v)} `, formatValue(v).split('').join(' '), wide(formatValue(v))]) {
          const p = parseIndicatorValue(variant);
          expect([p.sign, p.number, p.unit]).toEqual([clean.sign, clean.number, clean.unit]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a suggestion is itself clean and stable (nothing left to repair)', () => {
    const messy = fc
      .tuple(
        wellFormed,
        fc.constantFrom('words', 'digraph', 'doubled', 'percent', 'wan', 'wide', 'letterO', 'trailing'),
      )
      .map(([v, how]) => {
        const text = formatValue(v);
        switch (how) {
          case 'words':
            return text.replace(v.sign, { '≥': '不低于', '≤': '不超过', '＝': '等于', '＞': '大于', '＜': '小于' }[v.sign]);
          case 'digraph':
            return text.replace('≥', '>=').replace('≤', '<=');
          case 'doubled':
            return v.sign + text;
          case 'percent':
            return text.replace('%', '百分之');
          case 'wan':
            return text.replace('万元', '万');
          case 'wide':
            return text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          case 'letterO':
            return text.replace(/(\d)0/, '$1O');
          default:
            return `${text}以上`;
        }
      });
    fc.assert(
      fc.property(fc.oneof(messy, valueishString), (s) => {
        const p = parseIndicatorValue(s);
        if (p.suggestion === undefined) return;
        const again = parseIndicatorValue(p.suggestion);
        expect(again.kind).toBe('quantitative');
        expect(again.problems.filter((x) => x !== 'no-sign' && x !== 'no-unit')).toEqual([]);
        expect(again.suggestion).toBeUndefined();
        expect(again.sign).toBe(p.sign);
        expect(again.unit).toBe(p.unit);
      }),
      { numRuns: 3000 },
    );
  });
});
