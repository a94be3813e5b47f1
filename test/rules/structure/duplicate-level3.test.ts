import { duplicateLevel3 } from '../../../src/core/engine/rules/structure/duplicate-level3';
import { DEFAULT_ROWS, runRule, ruleTester, spec } from '../../helpers/rule-tester';

const withL3 = (index: number, l3: string) => spec({ rows: DEFAULT_ROWS.map((r, i) => (i === index ? { ...r, l3 } : r)) });

ruleTester(duplicateLevel3, {
  valid: [
    spec(),
    { name: 'same description, different names', spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, desc: '同一描述' })) }) },
    { name: 'empty names are empty-level3', spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l3: '' })) }) },
  ],
  invalid: [
    { name: 'the second is reported', spec: withL3(2, '软件维护次数'), errors: [{ messageId: 'duplicate', cell: 'C10', severity: 'warning' }] },
    { name: 'spaces and punctuation do not matter', spec: withL3(3, ' 软件维护次数。'), errors: [{ messageId: 'duplicate', cell: 'C11' }] },
    {
      name: 'every repeat',
      spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l3: '保障' })) }),
      errors: ['C9', 'C10', 'C11', 'C12', 'C13'].map((cell) => ({ messageId: 'duplicate', cell })),
    },
  ],
});

describe('structure/duplicate-level3 data', () => {
  it('points to the first occurrence', () => {
    const [f] = runRule(duplicateLevel3, withL3(2, '软件维护次数'));
    expect(f.data).toEqual({ name: '软件维护次数', first: 'C8' });
  });
});
