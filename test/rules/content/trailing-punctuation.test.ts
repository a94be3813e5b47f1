import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
import { trailingPunctuation, withoutTrailingPunctuation } from '../../../src/core/engine/rules/content/trailing-punctuation';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

const quality = (l3: string, value: string) => withRow({ l2: '质量指标', l3, desc: '运维服务质量', value });

ruleTester(trailingPunctuation, {
  valid: [
    spec(),
    { name: 'a number with a dot is the value rules’', spec: withRow({ l3: '次数', value: '≥1.' }) },
    { name: 'goals are sentences', spec: spec({ goals: '1.保障办公办案正常进行。' }) },
    { name: 'punctuation inside', spec: quality('软、硬件运行', '保障软、硬件正常运转') },
    { name: 'nothing but punctuation', spec: quality('运维服务质量', '。') },
  ],
  invalid: [
    {
      name: 'the seed’s value',
      spec: quality('运维服务质量', '保障软、硬件正常运转。'),
      errors: [{ messageId: 'value', cell: 'E9', suggestion: '保障软、硬件正常运转', severity: 'info' }],
    },
    { name: 'a 三级 name with ；', spec: quality('运维服务质量；', '达标'), errors: [{ messageId: 'level3', cell: 'C9', suggestion: '运维服务质量' }] },
    {
      name: 'both cells of a row',
      spec: quality('运维服务质量，', '达标,'),
      errors: [
        { messageId: 'level3', cell: 'C9', suggestion: '运维服务质量' },
        { messageId: 'value', cell: 'E9', suggestion: '达标' },
      ],
    },
  ],
});

describe('withoutTrailingPunctuation', () => {
  it.each([
    ['保障运转。', '保障运转'],
    ['保障运转。。', '保障运转'],
    ['保障运转 ；', '保障运转'],
    ['保障运转', undefined],
    ['≥98.', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(withoutTrailingPunctuation(text)).toBe(expected);
  });
});

describe('trailing punctuation on a pasted long text', () => {
  it('10× the text, not 100× the time', () => {
    expect(growthRatio((n) => withoutTrailingPunctuation(`${'。'.repeat(n)}x`), 1 << 16)).toBeLessThan(LINEAR_BOUND);
    expect(growthRatio((n) => withoutTrailingPunctuation(`x${'.'.repeat(n)}`), 1 << 16)).toBeLessThan(LINEAR_BOUND);
  });
  it('keeps what it did', () => {
    expect(withoutTrailingPunctuation('保障正常运转。')).toBe('保障正常运转');
    expect(withoutTrailingPunctuation('≥1.')).toBeUndefined();
    expect(withoutTrailingPunctuation('完成，；')).toBe('完成');
    expect(withoutTrailingPunctuation('完成')).toBeUndefined();
  });
});
