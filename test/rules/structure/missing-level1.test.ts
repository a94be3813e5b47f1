import { missingLevel1 } from '../../../src/core/engine/rules/structure/missing-level1';
import { DEFAULT_ROWS, type RowSpec, runRule, ruleTester, spec } from '../../helpers/rule-tester';

const without = (...names: string[]) => {
  const rows: RowSpec[] = [];
  let current = '';
  for (const r of DEFAULT_ROWS) {
    current = r.l1 ?? current;
    if (!names.includes(current)) rows.push(r);
  }
  return spec({ rows });
};

const ROWS_2021: RowSpec[] = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2: '经济成本指标', l3: '项目总成本', value: '≤26.5万元' },
  { l1: '效益指标', l2: '社会效益指标', l3: '保障办案', value: '有效保障' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', value: '≥95%' },
];

ruleTester(missingLevel1, {
  valid: [
    spec(),
    { name: 'short names and weights', spec: spec({ rows: DEFAULT_ROWS.map((r) => (r.l1 ? { ...r, l1: `${r.l1.replace('指标', '')}（30分）` } : r)) }) },
    { name: 'a typo counts as the name it means', spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '产出指示' }, ...DEFAULT_ROWS.slice(1)] }) },
    { name: 'a 二级 name as 一级 counts as its 一级', spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '数量指标' }, ...DEFAULT_ROWS.slice(1)] }) },
    { name: 'the 2021 scheme', spec: spec({ rows: ROWS_2021 }), options: { scheme: '2021' } },
    // `指标2：` left blank read as a closing line (`日期：`) cut the grid: 效益 and 满意度 were "missing".
    { name: 'the form’s slot `指标2：` left blank under 数量指标 does not end the grid', spec: spec({ rows: [DEFAULT_ROWS[0], { l3: '指标2：', value: '' }, ...DEFAULT_ROWS.slice(1)] }) },
    {
      name: '2021 with the cost as a 2015 二级: level2-mismatch reports it',
      spec: spec(),
      options: { scheme: '2021' },
    },
    { name: 'no rows: no-indicators reports it', spec: spec({ rows: [] }) },
    { name: 'blank 一级 under 二级 of one 一级 each: unknown-level1 reports the blanks with their names', spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l1: '' })) }) },
  ],
  invalid: [
    {
      name: 'blank 一级 with structure/unknown-level1 off: the missing 一级 is not lost',
      spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l1: '' })) }),
      options: { settings: { rules: { 'structure/unknown-level1': 'off' } } },
      errors: [{ messageId: 'missing', cell: 'A7:G7' }],
    },
    { name: 'no 满意度指标', spec: without('满意度指标'), errors: [{ messageId: 'missing', cell: 'A7:G7', severity: 'warning' }] },
    { name: 'only 产出指标', spec: without('效益指标', '满意度指标'), errors: [{ messageId: 'missing', cell: 'A7:G7' }] },
    {
      name: '2021 without 效益指标',
      spec: spec({ rows: ROWS_2021.filter((r) => r.l1 !== '效益指标') }),
      options: { scheme: '2021' },
      errors: [{ messageId: 'missing' }],
    },
  ],
});

describe('structure/missing-level1 data', () => {
  it('names every missing 一级 in scheme order', () => {
    const [f] = runRule(missingLevel1, without('效益指标', '满意度指标'));
    expect(f.data).toMatchObject({ names: '效益指标、满意度指标', count: 2 });
    expect(f.message).toContain('效益指标、满意度指标');
  });
});
