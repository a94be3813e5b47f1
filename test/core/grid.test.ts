import fc from 'fast-check';
import { Grid, columnIndex, columnName, isBlankText, isErrorValue, parseA1, rectToA1, toA1 } from '../../src/core/engine/grid';
import { Decimal } from '../../src/core/engine/decimal';

describe('addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (i, name) => {
    expect(columnName(i)).toBe(name);
    expect(columnIndex(name)).toBe(i);
  });

  it('round-trips any cell and range', () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), fc.nat(50), fc.nat(10), (row, col, h, w) => {
        expect(parseA1(toA1(row, col))).toEqual({ top: row, left: col, bottom: row, right: col });
        const r = { top: row, left: col, bottom: row + h, right: col + w };
        expect(parseA1(rectToA1(r))).toEqual(r);
      }),
    );
  });

  it('reads $-absolute and reversed ranges, refuses garbage', () => {
    expect(parseA1('$F$14')).toEqual({ top: 13, left: 5, bottom: 13, right: 5 });
    expect(parseA1('G14:A1')).toEqual({ top: 0, left: 0, bottom: 13, right: 6 });
    expect(() => parseA1('14F')).toThrow();
  });
});

describe('Grid', () => {
  const grid = new Grid({
    name: 'S',
    origin: { row: 2, col: 1 },
    values: [['项目名称', 'X项目', null], ['\u3000 ', 26.5, '#REF!']],
    text: [[null, null, null], [null, '26.50', null]],
    merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
  });

  it('addresses cells absolutely from its origin', () => {
    expect(grid.firstRow).toBe(2);
    expect(grid.firstCol).toBe(1);
    expect(grid.rawValue(2, 1)).toBe('项目名称');
    expect(grid.rawValue(0, 0)).toBeNull();
    expect(grid.rawValue(99, 99)).toBeNull();
  });

  it('follows merges to their top-left cell', () => {
    expect(grid.value(2, 3)).toBe('X项目');
    expect(grid.anchor(2, 3)).toEqual({ row: 2, col: 2 });
    expect(grid.mergeAt(2, 3)).toEqual({ top: 2, left: 2, bottom: 2, right: 3 });
    expect(grid.mergeAt(3, 3)).toBeUndefined();
    expect(grid.mergeAt(-1, -1)).toBeUndefined();
  });

  it('shows displayed text, falling back to the value', () => {
    expect(grid.text(3, 2)).toBe('26.50');
    expect(grid.text(2, 1)).toBe('项目名称');
  });

  it('treats every kind of space as blank', () => {
    expect(grid.isBlank(3, 1)).toBe(true);
    expect(isBlankText('\u00a0\u200b\ufeff')).toBe(true);
    expect(isErrorValue('#REF!')).toBe(true);
    expect(isErrorValue('REF')).toBe(false);
  });

  it('calls blank exactly the texts the white-space pattern matches, for every code unit', () => {
    // White space and the characters that show nothing (controls, zero-width joiners, bidi
    // controls, variation selectors, fillers): text.ts's INVISIBLE class.
    const pattern =
      /^[\s\u0000-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]*$/;
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, ` ${ch}`, `${ch}\u3000`]) if (isBlankText(s) !== pattern.test(s)) differing.push(c);
    }
    expect(differing).toEqual([]);
    expect(isBlankText('')).toBe(true);
  });

  it('lists the stored columns of a row as forEachStored visits them, dense or sparse', () => {
    const sparse: (string | null)[] = [];
    sparse[3] = 'a';
    sparse[700] = 'b';
    sparse[701] = null;
    const g = new Grid({ name: 's', origin: { row: 2, col: 1 }, values: [['x', null, 3, undefined as unknown as null, false], sparse, []] });
    const out: number[] = [9, 9, 9, 9, 9];
    for (const row of [1, 2, 3, 4, 5]) {
      const visited: number[] = [];
      g.forEachStored(row, (c) => visited.push(c));
      const n = g.storedCols(row, out);
      expect(out.slice(0, n)).toEqual(visited);
    }
    expect(g.storedCols(2, out)).toBe(3);
    expect(out.slice(0, 3)).toEqual([1, 3, 5]);
    expect(g.storedCols(3, out)).toBe(2);
    expect(out.slice(0, 2)).toEqual([4, 701]);
  });

  it('follows a merge reaching outside the snapshot only inside it', () => {
    const g = new Grid({ name: 'a', values: [[1, 2, 3], [4, 5, 6]], merges: [{ top: 0, left: 0, bottom: 9, right: 1 }] });
    expect(g.anchor(1, 1)).toEqual({ row: 0, col: 0 });
    expect(g.value(1, 1)).toBe(1);
    expect(g.value(1, 2)).toBe(6);
    expect(g.mergeAt(5, 0)).toBeUndefined();
  });
});

describe('Decimal', () => {
  it.each([
    ['13.61', '0', '13.61'],
    ['0.1', '0.2', '0.3'],
    ['1,030,700.00', '0', '1030700'],
    ['２６．５０', '0', '26.5'],
  ])('%s + %s = %s exactly', (a, b, sum) => {
    expect(Decimal.parse(a)!.plus(Decimal.parse(b)!).toString()).toBe(sum);
  });

  it('converts 万元 to 元 exactly and prints fixed decimals', () => {
    expect(Decimal.parse('26.5')!.shift(4).toString()).toBe('265000');
    expect(Decimal.parse('103.07')!.shift(4).eq(Decimal.parse('1030700')!)).toBe(true);
    expect(Decimal.parse('26.5')!.toFixed(2)).toBe('26.50');
    expect(Decimal.fromNumber(0.1 + 0.2)!.toString()).toBe('0.3');
  });

  it('reads numbers from 1e21 up to 1e308 exactly to their 15 significant digits (before: none, toFixed writes 1e+308)', () => {
    expect(Decimal.fromNumber(1e308)!.toString()).toBe(`1${'0'.repeat(308)}`);
    expect(Decimal.fromNumber(-2.5e21)!.toString()).toBe('-2500000000000000000000');
    expect(Decimal.fromNumber(1.23456789012345678e25)!.toString()).toBe('12345678901234600000000000');
    expect(Decimal.fromNumber(999999999999999900000)!.toString()).toBe('1000000000000000000000'); // 15 digits round up to 1e21
    expect(Decimal.fromNumber(Infinity)).toBeUndefined();
    // Its 15 digits round past the largest double (found by test/core/hardening.test.ts).
    expect(Decimal.fromNumber(1.7976931348623151e308)!.toString()).toBe(`179769313486232${'0'.repeat(294)}`);
  });

  it('refuses what is not a plain number', () => {
    for (const s of ['', '26.5万', '2O', '1,00', '--1', '.']) expect(Decimal.parse(s)).toBeUndefined();
  });
});
