/**
 * parseAreaList parses Excel's area lists in one pass; it must give exactly what splitting the
 * list and parsing each reference gives (the plain definition), and throw where that throws.
 */
import fc from 'fast-check';
import { parseAreaList, parseReference, splitAreas } from '../../../src/hosts/excel/address';

function plain(address: string): { rects?: unknown; error?: true } {
  try {
    return { rects: splitAreas(address).map(parseReference) };
  } catch {
    return { error: true };
  }
}

function fast(address: string): { rects?: unknown; error?: true } {
  try {
    return { rects: parseAreaList(address) };
  } catch {
    return { error: true };
  }
}

describe('parseAreaList', () => {
  test.each([
    '',
    'Sheet1!A1',
    'Sheet1!A1:B2, Sheet1!D4',
    "'绩效 目标'!B2:G30,'绩效 目标'!H1",
    "'a,b!c'!A1:B2, 'it''s'!C3",
    "'It''s 表'!C:C",
    'S!3:5',
    'S!$A$1:$B$2',
    'S!b2:a1',
    'S!B2:A1',
    'A1:B2:C3',
    'S!A1, , S!B2',
    ' S!A1 ,S!XFD1048576 ',
    'S!A0',
    'S!A01:B002',
    'S!AAAA1',
    'S!A12345678',
    'S!',
    'S!A1:',
    'S!:A1',
    "'unclosed!A1,B2",
    'S!A1\u3000',
    '\u3000',
    'S!A1\u0001',
  ])('%j as the plain parse', (address) => expect(fast(address)).toEqual(plain(address)));

  test('any list of references, well formed or not, as the plain parse', () => {
    const cell = fc.tuple(fc.constantFrom('', '$'), fc.stringMatching(/^[A-Za-z]{0,4}$/), fc.constantFrom('', '$'), fc.stringMatching(/^\d{0,8}$/)).map((p) => p.join(''));
    const ref = fc.tuple(cell, fc.option(cell, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a}:${b}`));
    const sheet = fc.constantFrom('', 'Sheet1!', "'a b'!", "'x,y!z'!", "'it''s'!", '表!');
    const area = fc.tuple(fc.constantFrom('', ' ', '\t'), sheet, ref, fc.constantFrom('', ' ')).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(area, { maxLength: 6 }), fc.constantFrom(',', ', '), (areas, sep) => {
        const address = areas.join(sep);
        expect(fast(address)).toEqual(plain(address));
      }),
      { numRuns: 2000 },
    );
  });

  test('a list of 20,000 merged areas, as Excel names them', () => {
    const areas = Array.from({ length: 20000 }, (_, i) => `'项目支出绩效目标表'!A${i * 3 + 1}:C${i * 3 + 2}`);
    const got = parseAreaList(areas.join(', '));
    expect(got).toHaveLength(20000);
    expect(got[19999]).toEqual({ top: 59997, left: 0, bottom: 59998, right: 2 });
    expect(got).toEqual(splitAreas(areas.join(', ')).map(parseReference));
  });
});
