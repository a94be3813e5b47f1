import { duplicateLevel3 } from '../../../src/core/engine/rules/structure/duplicate-level3';
import { DEFAULT_ROWS, runRule, ruleTester, spec } from '../../helpers/rule-tester';

const withL3 = (index: number, l3: string) => spec({ rows: DEFAULT_ROWS.map((r, i) => (i === index ? { ...r, l3 } : r)) });

/** A 2021 table whose 社会成本 and 生态环境成本 do not apply. */
const NA_ROWS = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2: '经济成本指标', l3: '项目总成本', value: '≤26.5万元' },
  { l2: '社会成本指标', l3: '无', value: '无' },
  { l2: '生态环境成本指标', l3: '无', value: '无' },
];

ruleTester(duplicateLevel3, {
  valid: [
    spec(),
    { name: 'same description, different names', spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, desc: '同一描述' })) }) },
    { name: 'empty names are empty-level3', spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l3: '' })) }) },
    {
      name: '社会成本指标 | 无 | 无 and 生态环境成本指标 | 无 | 无: each says its 二级 does not apply',
      spec: spec({ rows: [...NA_ROWS, { l2: '生态效益指标', l3: '-', value: '' }] }),
    },
  ],
  invalid: [
    {
      name: '无 twice where something is expected (数量指标, 质量指标) is reported',
      spec: spec({ rows: [...NA_ROWS, { l1: '产出指标', l2: '数量指标', l3: '无', value: '≥1次' }, { l2: '质量指标', l3: '无', value: '≥90%' }] }),
      errors: [{ messageId: 'duplicate', cell: 'C13' }],
    },
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
