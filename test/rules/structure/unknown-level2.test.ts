import { checkSheet } from '../../../src/core/engine';
import { unknownLevel2 } from '../../../src/core/engine/rules/structure/unknown-level2';
import { DEFAULT_ROWS, ruleTester, spec, withRow } from '../../helpers/rule-tester';

const quantity = (l2: string) => withRow({ l2, l3: '软件维护次数', desc: '一年内办案软件维护次数', value: '≥200次' });
const setL2 = (from: string, to: string) => spec({ rows: DEFAULT_ROWS.map((r) => (r.l2 === from ? { ...r, l2: to } : r)) });

ruleTester(unknownLevel2, {
  valid: [
    spec(),
    { name: 'without 指标', spec: setL2('社会效益指标', '社会效益') },
    { name: '满意度指标 for 服务对象满意度指标', spec: setL2('服务对象满意度指标', '满意度指标') },
    { name: '社会公众或服务对象满意度指标', spec: setL2('服务对象满意度指标', '社会公众或服务对象满意度指标') },
    { name: 'a wrong but known name is level2-mismatch', spec: setL2('数量指标', '社会效益指标') },
    { name: '环境效益指标 is 生态效益指标', spec: setL2('生态效益指标', '环境效益指标') },
    { name: 'whose satisfaction, under 满意度指标 (学生满意度)', spec: setL2('服务对象满意度指标', '学生满意度') },
    { name: 'whose satisfaction, with 指标 (使用者满意度指标)', spec: setL2('服务对象满意度指标', '使用者满意度指标') },
    { name: '实物量指标 is 数量指标', spec: setL2('数量指标', '实物量指标') },
    { name: '工作量 is 数量指标 (local templates)', spec: quantity('工作量') },
    { name: '长期影响指标 is 可持续影响指标', spec: setL2('可持续影响指标', '长期影响指标') },
    { name: '可持续发展指标 is 可持续影响指标', spec: setL2('可持续影响指标', '可持续发展指标') },
    { name: '进度指标 is 时效指标', spec: setL2('时效指标', '进度指标') },
    { name: '社会公众满意度指标 is 服务对象满意度指标', spec: setL2('服务对象满意度指标', '社会公众满意度指标') },
    { name: '时效性 is 时效指标 (local templates; was a typo error)', spec: setL2('时效指标', '时效性') },
    { name: '项目成本 is 成本指标', spec: setL2('成本指标', '项目成本') },
    { name: '服务满意度指标 is 服务对象满意度指标', spec: setL2('服务对象满意度指标', '服务满意度指标') },
  ],
  invalid: [
    { name: 'a typo', spec: quantity('数量指示'), errors: [{ messageId: 'typo', cell: 'B8', suggestion: '数量指标', severity: 'error' }] },
    { name: 'a typo under 效益指标', spec: setL2('社会效益指标', '社会效果指标'), errors: [{ messageId: 'typo', cell: 'B12', suggestion: '社会效益指标' }] },
    {
      name: 'two characters apart in a short name is another name, not a typo (政治效益 is no 经济效益)',
      spec: setL2('社会效益指标', '政治效益指标'),
      errors: [{ messageId: 'unknown', cell: 'B12', suggestion: null, severity: 'warning' }],
    },
    { name: 'a 一级 name as 二级', spec: quantity('产出指标'), errors: [{ messageId: 'isLevel1', cell: 'B8', suggestion: null }] },
    { name: 'nothing close', spec: quantity('安全指标'), errors: [{ messageId: 'unknown', cell: 'B8', severity: 'warning' }] },
    { name: 'empty', spec: quantity(''), errors: [{ messageId: 'empty', cell: 'B8', severity: 'error' }] },
    // 武川 民委 2021 (a tune file): no 一级 on any row and no 二级 on the first ones. The levels left out
    // are one omission (one warning over the 一级 column, structure/unknown-level1): each blank 二级 a warning.
    {
      name: 'empty, with the 一级 column empty throughout: a warning',
      spec: spec({ rows: DEFAULT_ROWS.map((r, i) => ({ ...r, l1: '', l2: i < 2 ? '' : r.l2 })) }),
      errors: [
        { messageId: 'empty', cell: 'B8', severity: 'warning' },
        { messageId: 'empty', cell: 'B9', severity: 'warning' },
      ],
    },
    {
      name: 'empty, with a 一级 written on some row: an error',
      spec: spec({ rows: DEFAULT_ROWS.map((r, i) => ({ ...r, l1: i === 3 ? r.l1 : '', l2: i < 2 ? '' : r.l2 })) }),
      errors: [
        { messageId: 'empty', cell: 'B8', severity: 'error' },
        { messageId: 'empty', cell: 'B9', severity: 'error' },
      ],
    },
  ],
});

describe('structure/unknown-level2 on a grid with no 二级 column', () => {
  it('says nothing of 二级 the table does not have (nor does missing-cost under the 2015 scheme)', () => {
    const sheet = checkSheet({
      name: 'Sheet1',
      values: [
        ['项目名称', '某项目', null],
        ['预算数', 50, null],
        ['年度绩效目标', '完成', null],
        ['一级指标', '指标名称', '指标值'],
        ['产出指标', '培训人数', '≥100人'],
        ['效益指标', '服务水平', '有所提升'],
        ['满意度指标', '学员满意度', '≥90%'],
      ],
    });
    expect(sheet.tables[0].findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });
});

describe('structure/unknown-level2: a blank 二级 where no 一级 is written', () => {
  // Made by us after 武川 民委 2021 (tune): its grid without the (empty) 一级 column, as the perturbation
  // `no 一级 column` writes it. The levels left out are one omission: warnings, as with the column empty.
  const head = [
    ['项目支出绩效目标表', null, null, null],
    ['项目名称', '养殖场项目', null, null],
    ['预算数', '50', '其中：财政资金', '50'],
    ['年度绩效目标', '新建养殖场一座', null, null],
  ];
  const rows = [
    [null, null, '养殖场数量', '≥1个'],
    [null, null, '验收合格率', '＝100%'],
    [null, '时效指标', '开工时限', '2021年7月'],
    [null, '社会效益指标', '受益人口', '≥170人'],
    [null, '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const found = (values: (string | null)[][]) =>
    checkSheet({ name: 'Sheet1', values })
      .tables[0].findings.filter((f) => f.rule === 'structure/unknown-level2')
      .map((f) => `${f.cell} ${f.severity}`);

  it('no 一级 column: each blank 二级 a warning', () => {
    expect(found([...head, ['绩效指标', '二级指标', '三级指标', '指标值'], ...rows])).toEqual(['B6 warning', 'B7 warning']);
  });
});
