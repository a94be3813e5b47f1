import { unknownLevel1 } from '../../../src/core/engine/rules/structure/unknown-level1';
import { DEFAULT_ROWS, type RowSpec, runRule, ruleTester, spec } from '../../helpers/rule-tester';

/** The seed rows with the first row's 一级 (产出指标, carried down over four rows) replaced. */
const firstLevel1 = (l1: string) => spec({ rows: [{ ...DEFAULT_ROWS[0], l1 }, ...DEFAULT_ROWS.slice(1)] });

const ROWS_2021: RowSpec[] = [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '≥200次' },
  { l1: '成本指标', l2: '经济成本指标', l3: '项目总成本', value: '≤26.5万元' },
  { l1: '效益指标', l2: '社会效益指标', l3: '保障办案', value: '有效保障' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', value: '≥95%' },
];

ruleTester(unknownLevel1, {
  valid: [
    { name: 'local templates: 效果指标 (Dongguan), 项目完成指标 (Sichuan)', spec: spec({ rows: DEFAULT_ROWS.map((r) => (r.l1 === '效益指标' ? { ...r, l1: '效果指标' } : r.l1 === '产出指标' ? { ...r, l1: '项目完成\n指标' } : r)) }) },
    { name: '产出类指标, 效益类指标, 满意度类指标: the classes of indicators', spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l1: r.l1 ? r.l1.replace('指标', '类指标') : r.l1 })) }) },
    spec(),
    { name: 'without 指标', spec: firstLevel1('产出') },
    { name: 'with a weight', spec: firstLevel1('产出指标(50分)') },
    { name: 'with spaces', spec: firstLevel1('产 出 指 标') },
    { name: '成本指标 is a 一级 in 2021', spec: spec({ rows: ROWS_2021 }), options: { scheme: '2021' } },
  ],
  invalid: [
    {
      name: 'a typo, reported once on the merged cell',
      spec: firstLevel1('产出指示'),
      errors: [{ messageId: 'typo', cell: 'A8', suggestion: '产出指标', severity: 'error' }],
    },
    { name: 'the weight is kept', spec: firstLevel1('产出指示（50分）'), errors: [{ messageId: 'typo', cell: 'A8', suggestion: '产出指标（50分）' }] },
    { name: '效溢 for 效益', spec: spec({ rows: DEFAULT_ROWS.map((r) => (r.l1 === '效益指标' ? { ...r, l1: '效溢指标' } : r)) }), errors: [{ messageId: 'typo', cell: 'A12', suggestion: '效益指标' }] },
    { name: 'a 二级 name as 一级', spec: firstLevel1('数量指标'), errors: [{ messageId: 'isLevel2', cell: 'A8', suggestion: '产出指标' }] },
    { name: 'nothing close: a local template’s name, a warning', spec: firstLevel1('项目情况'), errors: [{ messageId: 'unknown', cell: 'A8', suggestion: null, severity: 'warning' }] },
    { name: 'empty under a 二级 of one 一级: that 一级 suggested (an error: the column is not empty)', spec: firstLevel1(''), errors: [{ messageId: 'emptyKnown', cell: 'A8', suggestion: '产出指标', severity: 'error' }] },
    {
      name: 'empty under a 二级 of no known 一级: nothing to suggest',
      spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '', l2: '工作指标' }, ...DEFAULT_ROWS.slice(1)] }),
      errors: [{ messageId: 'empty', cell: 'A8', suggestion: null }],
    },
    {
      name: 'the 一级 column empty in every row: one warning over the column, each blank an info keeping its fix',
      spec: spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l1: '' })) }),
      errors: [
        { messageId: 'emptyColumn', cell: 'A8:A13', suggestion: null, severity: 'warning' },
        { messageId: 'emptyKnown', cell: 'A8', suggestion: '产出指标', severity: 'info' },
        { messageId: 'emptyKnown', cell: 'A9', suggestion: '产出指标', severity: 'info' },
        { messageId: 'emptyKnown', cell: 'A10', suggestion: '产出指标', severity: 'info' },
        { messageId: 'emptyKnown', cell: 'A11', suggestion: '产出指标', severity: 'info' },
        { messageId: 'emptyKnown', cell: 'A12', suggestion: '效益指标', severity: 'info' },
        // 服务对象满意度指标 stands under 效益指标 or 满意度指标 in the 2015 list: nothing to suggest.
        { messageId: 'empty', cell: 'A13', suggestion: null, severity: 'info' },
      ],
    },
    {
      name: '成本指标 as 一级 in a table checked as 2015',
      spec: spec({ rows: ROWS_2021 }),
      options: { scheme: '2015' },
      errors: [{ messageId: 'notInScheme', cell: 'A9', suggestion: null }],
    },
  ],
});

describe('structure/unknown-level1 message', () => {
  it('says how many rows the empty 一级 column has', () => {
    const [f] = runRule(unknownLevel1, spec({ rows: DEFAULT_ROWS.map((r) => ({ ...r, l1: '' })) }));
    expect(f.message).toBe('一级指标一栏全部为空（6 行）：请按各行的二级指标填写一级指标（如数量指标属于产出指标）。');
  });
  it('names the typo and the fix', () => {
    const [f] = runRule(unknownLevel1, firstLevel1('产出指示'));
    expect(f.message).toBe('一级指标“产出指示”不是规范名称，应为“产出指标”。');
  });
});
