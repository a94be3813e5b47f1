import fc from 'fast-check';
import { BOM, csvField, parseCsv, toCsv, type CsvCell } from '../../src/core/review/csv';

describe('csvField', () => {
  test.each<[CsvCell, string]>([
    ['plain', 'plain'],
    ['中文文本', '中文文本'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' leading', '" leading"'],
    ['trailing ', '"trailing "'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [26.5, '26.5'],
    [-3, '-3'],
    [Number.NaN, ''],
    [true, 'TRUE'],
    [false, 'FALSE'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['＝100%', '＝100%'],
    ['≥98%', '≥98%'],
  ])('%j -> %j', (cell, expected) => expect(csvField(cell)).toBe(expected));

  test('guarding can be turned off', () => expect(csvField('=1', false)).toBe('=1'));
});

describe('toCsv', () => {
  test('BOM, CRLF after every row', () => {
    expect(toCsv([['a', 'b'], [1, '中']])).toBe(`${BOM}a,b\r\n1,中\r\n`);
  });
  test.each<[string, Parameters<typeof toCsv>[1], string]>([
    ['no BOM', { bom: false }, 'a\r\n'],
    ['LF', { bom: false, eol: '\n' }, 'a\n'],
  ])('%s', (_n, options, expected) => expect(toCsv([['a']], options)).toBe(expected));
  test('no rows: only the BOM', () => expect(toCsv([])).toBe(BOM));
});

describe('parseCsv', () => {
  test.each<[string, string[][]]>([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    [`${BOM}a,b`, [['a', 'b']]],
    ['"a,b","c""d"\n"e\r\nf",', [['a,b', 'c"d'], ['e\r\nf', '']]],
    [',,\n', [['', '', '']]],
    ['', []],
  ])('%j', (text, rows) => expect(parseCsv(text)).toEqual(rows));

  test('property: parse(toCsv(rows)) gives the rows back (without formula guarding)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '=', '-', 'x') });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(rows, (r) => {
      expect(parseCsv(toCsv(r, { guardFormulas: false }))).toEqual(r);
    }));
  });
});
