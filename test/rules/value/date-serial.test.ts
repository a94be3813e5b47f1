import { dateSerial, serialDate } from '../../../src/core/engine/rules/value/date-serial';
import { ruleTester, spec, withRow, type RowSpec } from '../../helpers/rule-tester';

const time = (l3: string, value: string) => withRow({ l2: '时效指标', l3, desc: l3, value });
const split = (row: Partial<RowSpec>): RowSpec[] => [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '200', unit: '次' },
  { l2: '时效指标', l3: '项目财政资金到位时间', sign: '=', value: '44,561', unit: '44,561', ...row },
];

ruleTester(dateSerial, {
  valid: [
    spec(),
    { name: 'a deadline in words', spec: time('项目完成时间', '2021年12月31日前') },
    { name: 'a number of days', spec: time('办结时间', '≤30天') },
    { name: 'a small number', spec: time('完成时间', '12') },
    { name: 'a quantity of the same size is a quantity', spec: withRow({ l2: '数量指标', l3: '受益人数', desc: '受益人数', value: '45000' }) },
    { name: 'a count with its unit', spec: time('服务时间', '44561小时') },
    { name: 'a number past 2049', spec: time('完成时间', '60000') },
  ],
  invalid: [
    {
      name: 'a serial in a combined value',
      spec: time('项目完成时间', '44561'),
      errors: [{ messageId: 'serial', cell: 'E10', severity: 'warning', suggestion: '2021年12月31日前' }],
    },
    {
      name: 'nm-wuhai-gongxiao-2021: split, the unit column holds the same serial',
      spec: spec({ rows: split({}) }),
      errors: [{ messageId: 'serial', cell: 'E9', suggestion: null }],
    },
    { name: 'a date name under another 二级', spec: withRow({ l2: '质量指标', l3: '资金到位时间', desc: '', value: '44,561' }), errors: [{ messageId: 'serial' }] },
  ],
});

describe('serialDate', () => {
  it('reads serial numbers as Excel does', () => {
    expect(serialDate(44561)).toBe('2021年12月31日');
    expect(serialDate(36526)).toBe('2000年1月1日');
    expect(serialDate(45658)).toBe('2025年1月1日');
  });
});
