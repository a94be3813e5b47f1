import { level2Mismatch } from '../../../src/core/engine/rules/structure/level2-mismatch';
import { DEFAULT_ROWS, type RowSpec, runRule, ruleTester, spec } from '../../helpers/rule-tester';

const setL2 = (from: string, to: string) => spec({ rows: DEFAULT_ROWS.map((r) => (r.l2 === from ? { ...r, l2: to } : r)) });

const ROWS_2021: RowSpec[] = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2: '经济成本指标', l3: '项目总成本', value: '≤26.5万元' },
  { l2: '社会成本指标', l3: '社会影响', value: '无负面影响' },
  { l1: '效益指标', l2: '可持续影响指标', l3: '保障办案', value: '有效保障' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', value: '≥95%' },
];

ruleTester(level2Mismatch, {
  valid: [
    spec(),
    { name: 'the 2021 scheme', spec: spec({ rows: ROWS_2021 }), options: { scheme: '2021' } },
    { name: 'short spellings', spec: setL2('社会效益指标', '社会效益') },
    { name: 'an unknown 二级 is unknown-level2', spec: setL2('数量指标', '数量指示') },
    { name: 'an unknown 一级 is unknown-level1', spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '项目情况', l2: '社会效益指标' }, ...DEFAULT_ROWS.slice(1)] }) },
    { name: 'a 一级 not in the scheme is unknown-level1', spec: spec({ rows: ROWS_2021 }), options: { scheme: '2015' } },
  ],
  invalid: [
    { name: '社会效益指标 under 产出指标', spec: setL2('数量指标', '社会效益指标'), errors: [{ messageId: 'wrongParent', cell: 'B8', suggestion: null }] },
    { name: '数量指标 under 效益指标', spec: setL2('社会效益指标', '数量指标'), errors: [{ messageId: 'wrongParent', cell: 'B12' }] },
    {
      name: 'under a 一级 typo, read as the name it means',
      spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '产出指示', l2: '社会效益指标' }, ...DEFAULT_ROWS.slice(1)] }),
      errors: [{ messageId: 'wrongParent', cell: 'B8' }],
    },
    {
      name: '成本指标 under a 一级 typo in 2021',
      spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '产出指示' }, ...DEFAULT_ROWS.slice(1)] }),
      options: { scheme: '2021' },
      errors: [{ messageId: 'costIsLevel1', cell: 'B11', suggestion: '经济成本指标' }],
    },
    {
      name: '成本指标 under 产出指标 in 2021',
      spec: spec(),
      options: { scheme: '2021' },
      errors: [{ messageId: 'costIsLevel1', cell: 'B11', suggestion: '经济成本指标' }],
    },
    {
      // Made by us (consistency): 成本指标 written again as the 二级 under the 一级 成本指标.
      name: '成本指标 under the 一级 成本指标 in 2021: a warning naming the cost kinds',
      spec: spec({ rows: ROWS_2021.map((r) => (r.l2 === '经济成本指标' ? { ...r, l2: '成本指标' } : r)) }),
      options: { scheme: '2021' },
      errors: [{ messageId: 'costRepeatsLevel1', cell: 'B9', suggestion: '经济成本指标', severity: 'warning' }],
    },
    {
      name: '经济成本指标 under 产出指标 in 2015',
      spec: setL2('成本指标', '经济成本指标'),
      options: { scheme: '2015' },
      errors: [{ messageId: 'notInScheme', cell: 'B11', suggestion: '成本指标' }],
    },
    {
      name: '经济成本指标 under 产出指标 in 2021',
      spec: setL2('成本指标', '经济成本指标'),
      options: { scheme: '2021' },
      errors: [{ messageId: 'wrongParent', cell: 'B11' }],
    },
  ],
});

describe('structure/level2-mismatch message', () => {
  it('names the 一级 it belongs under', () => {
    const [f] = runRule(level2Mismatch, setL2('数量指标', '社会效益指标'));
    expect(f.data).toMatchObject({ name: '社会效益指标', level1: '产出指标', expected: '效益指标' });
  });
});
