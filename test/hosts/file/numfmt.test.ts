import { formatCellText, formatGeneral, formatNumber, roundFixed, serialToParts } from '../../../src/hosts/file/numfmt';

describe('formatNumber: number formats budget tables use', () => {
  const cases: [number, string | undefined, string][] = [
    // General
    [26.5, undefined, '26.5'],
    [26.5, 'General', '26.5'],
    [26.5, 'G/通用格式', '26.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [1030700, 'General', '1030700'],
    [1234567.891, 'General', '1234567.891'],
    [123456789012, 'General', '1.23457E+11'],
    [1e-10, 'General', '1E-10'],
    [-7, 'General', '-7'],
    // Fixed decimals, rounding half away from zero on the decimal digits
    [26.5, '0.00', '26.50'],
    [26.5, '0', '27'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1.005, '0.00', '1.01'],
    [9.995, '0.00', '10.00'],
    [-5, '0.00', '-5.00'],
    [-0.001, '0.00', '0.00'],
    [0.5, '0.0#', '0.5'],
    [1.25, '0.0#', '1.25'],
    [0.5, '#.##', '.5'],
    // Thousands
    [1030700, '#,##0.00', '1,030,700.00'],
    [999.999, '#,##0.00', '1,000.00'],
    [1234567, '#,##0,', '1,235'],
    // Percentages
    [0.985, '0%', '99%'],
    [0.985, '0.00%', '98.50%'],
    [1, '0%', '100%'],
    // Text format: a number shows as General
    [42, '@', '42'],
    // Literals, padding, sections
    [1234, '"¥"#,##0', '¥1,234'],
    [1234, '[$¥-804]#,##0', '¥1,234'],
    [26.5, '0.00"万元"', '26.50万元'],
    [98, '0\\%', '98%'],
    [12.5, '0.00_ ', '12.50 '],
    [12.5, '#,##0.00_);[Red](#,##0.00)', '12.50 '],
    [-1234.5, '#,##0.00;[Red]-#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '0.00;-0.00;"-"', '-'],
    [0, '#,##0;-#,##0;', ''],
    [12345.678, '0.00E+00', '1.23E+04'],
    // Dates and times (1900 system)
    [45672, 'yyyy-mm-dd', '2025-01-15'],
    [45672, 'yyyy"年"m"月"d"日"', '2025年1月15日'],
    [45672, '[$-804]yyyy"年"m"月"', '2025年1月'],
    [45672, 'm"月"d"日"', '1月15日'],
    [45672, 'mm-dd-yy', '2025/1/15'],
    [45672, 'yyyy/m/d aaaa', '2025/1/15 星期三'],
    [45672, 'd-mmm-yy', '15-Jan-25'],
    [45672.572916666664, 'yyyy-mm-dd hh:mm', '2025-01-15 13:45'],
    [0.75, 'h:mm AM/PM', '6:00 PM'],
    [0.5, 'h:mm:ss', '12:00:00'],
    [0.5, '上午/下午h"时"mm"分"', '下午12时00分'],
    [1.5, '[h]:mm', '36:00'],
    [61, 'yyyy-mm-dd', '1900-03-01'],
    [60, 'yyyy-mm-dd', '1900-02-29'],
    [59, 'yyyy-mm-dd', '1900-02-28'],
    [0, 'yyyy-mm-dd', '1900-01-00'],
    // Unknown or unsupported: a plain rendering
    [5, '[>3]0.0;0', '5'],
    [7, '[DBNum1]0', '7'],
    [-1, 'yyyy-mm-dd', '-1'],
  ];
  test.each(cases)('%p with %p shows %p', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });

  test('1904 date system', () => {
    expect(formatNumber(45672 - 1462, 'yyyy-mm-dd', true)).toBe('2025-01-15');
    expect(serialToParts(0, true)).toMatchObject({ year: 1904, month: 1, day: 1 });
  });
});

describe('formatCellText', () => {
  test.each([
    [null, undefined, ''],
    [true, undefined, 'TRUE'],
    [false, '0.00', 'FALSE'],
    ['26.50', '0.00', '26.50'],
    ['#REF!', undefined, '#REF!'],
    [26.5, '0.00', '26.50'],
  ] as const)('%p with %p shows %p', (v, fmt, expected) => {
    expect(formatCellText(v, fmt)).toBe(expected);
  });
});

describe('roundFixed and formatGeneral', () => {
  test.each([
    [9.995, 2, '10.00'],
    [0.125, 2, '0.13'],
    [123.4, 0, '123'],
    [99.5, 0, '100'],
    [0.0000001, 2, '0.00'],
    [26.5, 3, '26.500'],
  ])('roundFixed(%p, %p) = %p', (n, d, expected) => {
    expect(roundFixed(n, d)).toBe(expected);
  });

  test.each([
    [0, '0'],
    [0.000123, '0.000123'],
    [1 / 3, '0.333333333'],
    [-1234.5, '-1234.5'],
    [1e11, '1E+11'],
  ])('formatGeneral(%p) = %p', (n, expected) => {
    expect(formatGeneral(n)).toBe(expected);
  });
});
