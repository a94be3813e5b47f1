import { Decimal } from '../../src/core/engine/decimal';
import type { CellValue } from '../../src/core/engine/grid';
import type { Field, IndicatorRow, LevelField, ParsedValue, TableModel } from '../../src/core/model';
import {
  amountIn,
  costCaps,
  formatAmountLike,
  isSplitValue,
  readAmount,
  sumCaps,
  toUnit,
  totalCaps,
} from '../../src/core/engine/money';

const D = (s: string) => Decimal.parse(s) as Decimal;
function field(value: CellValue, text?: string): Field {
  return { at: { row: 3, col: 2 }, value, text: text ?? (value === null ? '' : String(value)) };
}

describe('readAmount', () => {
  it.each<[string, Field | undefined, string, string | undefined, string | undefined]>([
    ['no field', undefined, 'missing', undefined, undefined],
    ['an empty cell', field(null), 'empty', undefined, undefined],
    ['spaces only', field('  \u3000'), 'empty', undefined, undefined],
    ['a dash for none', field('—'), 'empty', undefined, undefined],
    ['a slash for none', field('/'), 'empty', undefined, undefined],
    ['无', field('无'), 'empty', undefined, undefined],
    ['text 26.50', field('26.50'), 'ok', '26.5', undefined],
    ['a number from Excel', field(26.5, '26.50'), 'ok', '26.5', undefined],
    ['a float sum Excel shows as 0.3', field(0.1 + 0.2, '0.30'), 'ok', '0.3', undefined],
    ['thousands separators', field('1,030,700.00'), 'ok', '1030700', undefined],
    ['full-width digits', field('２６．５'), 'ok', '26.5', undefined],
    ['inner spaces', field(' 26.50 '), 'ok', '26.5', undefined],
    ['万元 suffix', field('26.5万元'), 'ok', '26.5', '万元'],
    ['万 suffix', field('26.5万'), 'ok', '26.5', '万元'],
    ['元 suffix', field('265000元'), 'ok', '265000', '元'],
    ['亿元 suffix', field('1.2亿元'), 'ok', '1.2', '亿元'],
    ['currency sign', field('￥26.50'), 'ok', '26.5', undefined],
    ['negative', field('-3'), 'ok', '-3', undefined],
    ['letters', field('26.5O'), 'invalid', undefined, undefined],
    ['two dots', field('26..5'), 'invalid', undefined, undefined],
    ['words', field('二十六万'), 'ok', '26', '万元'],
    ['financial capitals', field('人民币叁佰万元整'), 'ok', '300', '万元'],
    ['capitals with 零 and 元', field('壹拾万零伍仟元'), 'ok', '105000', '元'],
    ['capitals with 角 and 分', field('壹仟元伍角陆分'), 'ok', '1000.56', '元'],
    ['亿 and 万 in one numeral', field('两亿三千万元'), 'ok', '23000', '万元'],
    ['a numeral with no unit', field('三百'), 'ok', '300', undefined],
    ['digits out of order', field('一百千'), 'invalid', undefined, undefined],
    ['two digits in a row', field('二三万元'), 'invalid', undefined, undefined],
    ['万 twice', field('五万万'), 'invalid', undefined, undefined],
    ['百 with no digit', field('百万'), 'invalid', undefined, undefined],
    ['a decimal point in words', field('二十六点五万'), 'ok', '26.5', '万元'],
    ['a decimal point in capitals, no unit', field('贰拾陆点伍'), 'ok', '26.5', undefined],
    ['a decimal point after 万', field('一万点五'), 'invalid', undefined, undefined],
    ['a decimal point with no decimals', field('二十六点'), 'invalid', undefined, undefined],
    ['unit only', field('万元'), 'invalid', undefined, undefined],
    ['an Excel error', field('#VALUE!'), 'invalid', undefined, undefined],
    ['a boolean', field(true), 'invalid', undefined, undefined],
    ['bad separators', field('1,03,0700'), 'invalid', undefined, undefined],
  ])('%s', (_name, f, kind, value, unit) => {
    const a = readAmount(f);
    expect(a.kind).toBe(kind);
    expect(a.value?.toString()).toBe(value);
    expect(a.unit).toBe(unit);
    // Only an amount in Chinese numerals is marked as written in words.
    expect(a.words === true).toBe(kind === 'ok' && /[一二三四五六七八九十百千零两壹贰叁肆伍陆柒捌玖拾佰仟]/.test(a.text));
  });
});

describe('readAmount of a field read before', () => {
  it('reads a field again once its text or value changed, and the same reading while they did not', () => {
    const f = field('26.5');
    const first = readAmount(f);
    expect(readAmount(f)).toBe(first);
    f.text = '26.5万元';
    f.value = '26.5万元';
    expect(readAmount(f)).toMatchObject({ kind: 'ok', unit: '万元' });
    f.value = 12;
    expect(readAmount(f).value?.toString()).toBe('12');
    expect(first.value?.toString()).toBe('26.5');
  });
});

describe('toUnit', () => {
  it.each<[string, '元' | '万元' | '亿元', '元' | '万元' | '亿元', string]>([
    ['26.5', '万元', '元', '265000'],
    ['1030700', '元', '万元', '103.07'],
    ['1', '元', '万元', '0.0001'],
    ['1.2', '亿元', '万元', '12000'],
    ['13.61', '万元', '万元', '13.61'],
    ['1', '元', '亿元', '0.00000001'],
  ])('%s %s -> %s', (v, from, to, expected) => {
    expect(toUnit(D(v), from, to).toString()).toBe(expected);
  });
  it('1,030,700.00 元 is exactly 103.07 万元', () => {
    const yuan = readAmount(field('1,030,700.00'));
    expect(amountIn(yuan, '元')?.toString()).toBe('1030700');
    expect(toUnit(yuan.value as Decimal, '元', '万元').eq(D('103.07'))).toBe(true);
  });
  it('honours a unit written in the cell', () => {
    expect(amountIn(readAmount(field('265000元')), '万元')?.toString()).toBe('26.5');
    expect(amountIn(readAmount(field('26.5')), '万元')?.toString()).toBe('26.5');
    expect(amountIn(readAmount(field('abc')), '万元')).toBeUndefined();
  });
});

describe('formatAmountLike', () => {
  it.each([
    ['27.5', '26.50', '27.50'],
    ['13.61', '10.00', '13.61'],
    ['0.125', '26.50', '0.125'],
    ['1030700', '1,000,000.00', '1,030,700.00'],
    ['27.5', '26.5万元', '27.5万元'],
    ['27', '26', '27'],
    ['26.5', '', '26.5'],
  ])('%s like %s -> %s', (v, like, expected) => {
    expect(formatAmountLike(D(v), like)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------

function level(text: string): LevelField {
  return { at: { row: 0, col: 0 }, text, value: text, inherited: false };
}
function parsed(p: Partial<ParsedValue>): ParsedValue {
  return { raw: '', kind: 'quantitative', problems: [], ...p };
}
function ind(l1: string, l2: string, l3: string, p: Partial<ParsedValue>, split = false): IndicatorRow {
  const f = (text: string) => ({ at: { row: 7, col: 4 }, text, value: text });
  return {
    row: 7,
    level1: level(l1),
    level2: level(l2),
    level3: f(l3),
    value: f(p.raw ?? ''),
    ...(split ? { sign: f('≤'), unit: f('万元') } : {}),
    parsed: parsed(p),
  };
}
function table(indicators: IndicatorRow[]): TableModel {
  return {
    index: 0,
    layout: 'L1',
    range: { top: 0, left: 0, bottom: 9, right: 6 },
    moneyUnit: '万元',
    moneyUnitInferred: false,
    budget: {},
    indicators,
  };
}

describe('costCaps', () => {
  const cap = (l3: string, sign: ParsedValue['sign'], number: number, unit: string, numberText?: string) =>
    ind('产出指标', '成本指标', l3, { sign, number, unit, numberText: numberText ?? String(number) });

  it('takes ≤ / ＜ / ＝ and no sign, in money units, from cost rows of either scheme', () => {
    const t = table([
      cap('项目总成本', '≤', 26.5, '万元'),
      ind('成本指标', '经济成本指标', '设备购置成本', { sign: '＜', number: 10, numberText: '10', unit: '万元' }),
      cap('运维成本', '＝', 5000, '元'),
      cap('其他成本', undefined, 1, '万元'),
      cap('反向写错', '≥', 1, '万元'),
      cap('不是金额', '≤', 3, '次'),
      ind('产出指标', '数量指标', '维护次数', { sign: '≤', number: 3, numberText: '3', unit: '万元' }),
      cap('设备单价', '≤', 0.5, '万元'),
    ]);
    expect(costCaps(t).map((c) => `${c.ind.level3.text}:${c.value.toString()}${c.unit}`)).toEqual([
      '项目总成本:26.5万元',
      '设备购置成本:10万元',
      '运维成本:5000元',
      '其他成本:1万元',
    ]);
  });
  it('reads the number exactly from its text (full width, separators)', () => {
    const t = table([cap('总成本', '≤', 1030700, '元', '1,030,700.00')]);
    expect(sumCaps(costCaps(t), '万元').toString()).toBe('103.07');
  });
  it('keeps only the caps named as totals when there are any', () => {
    const t = table([cap('项目总成本', '≤', 26.5, '万元'), cap('设备购置成本', '≤', 20, '万元'), cap('运维成本', '≤', 6.5, '万元')]);
    expect(totalCaps(t).map((c) => c.ind.level3.text)).toEqual(['项目总成本']);
    const parts = table([cap('设备购置成本', '≤', 20, '万元'), cap('运维成本', '≤', 6.5, '万元')]);
    expect(sumCaps(totalCaps(parts), '万元').toString()).toBe('26.5');
  });
  it('sums exactly across units', () => {
    const t = table([cap('设备成本', '≤', 0.1, '万元'), cap('运维成本', '≤', 2000, '元')]);
    expect(sumCaps(costCaps(t), '万元').toString()).toBe('0.3');
    expect(sumCaps(costCaps(t), '元').toString()).toBe('3000');
  });
  it('knows a split value', () => {
    expect(isSplitValue(ind('产出指标', '成本指标', 'x', {}, true))).toBe(true);
    expect(isSplitValue(ind('产出指标', '成本指标', 'x', {}))).toBe(false);
  });
});

describe('Decimal.shift', () => {
  test('moves the point by any number of places, either way, as a power of ten worked out each time', () => {
    const amounts = ['0', '1', '-1', '12.53', '-0.00000001', '123456789012.34567891', '99999999.99999999'];
    for (const text of amounts) {
      const d = Decimal.parse(text) as Decimal;
      for (let k = -40; k <= 40; k++) {
        const p = 10n ** BigInt(Math.abs(k));
        const units = (d as unknown as { units: bigint }).units;
        const expected = k >= 0 ? units * p : units / p;
        expect((d.shift(k) as unknown as { units: bigint }).units).toBe(expected);
      }
    }
  });
});
