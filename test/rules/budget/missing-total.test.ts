import { checkSheet } from '../../../src/core/engine';
import { Grid, type CellValue } from '../../../src/core/engine/grid';
import { missingTotal } from '../../../src/core/engine/rules/budget/missing-total';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(missingTotal, {
  valid: [
    spec(),
    spec({ total: 26.5 }),
    { name: 'zero is a value', spec: spec({ total: '0', fiscal: '0' }) },
    { name: 'with a unit', spec: spec({ total: '26.5万元' }) },
  ],
  invalid: [
    {
      name: 'no 预算数 label, the sources written: their sum stands for the total, said in an info on the first source',
      spec: spec({ total: null }),
      errors: [{ messageId: 'fromSources', cell: 'E4', severity: 'info' }],
    },
    { name: 'no 预算数 label, only 财政资金', spec: spec({ total: null, other: null }), errors: [{ messageId: 'fromSources', cell: 'E4', severity: 'info' }] },
    { name: 'no 预算数 label, the sources left empty: the total is missing', spec: spec({ total: null, fiscal: '', other: '' }), errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }] },
    {
      name: 'no money row, but the block’s label (预算规模及资金用途): the form has a money part, the total is missing',
      spec: spec({ total: null, fiscal: null, other: null }),
      errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }],
    },
    {
      name: 'no money row of any kind and no block label: a form without a money part, said once in an info',
      spec: spec({ total: null, fiscal: null, other: null, use: null, block: null }),
      errors: [{ messageId: 'noMoneyRows', cell: 'A1', severity: 'info' }],
    },
    { name: 'empty value', spec: spec({ total: '' }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'null value', spec: spec({ total: undefined }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'spaces only', spec: spec({ total: ' \u3000 ' }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'a dash', spec: spec({ total: '——' }), errors: [{ messageId: 'empty', cell: 'C4', severity: 'error' }] },
  ],
});

/** A form whose money block is the given rows, with a cost of 350万元 in its grid. */
const form = (money: CellValue[][]): CellValue[][] => [
  ['2025年项目支出绩效目标表', null, null, null],
  ['项目名称', '农村公路养护', null, null],
  ...money,
  ['年度绩效目标', '完成农村公路养护里程500公里', null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '养护里程', '≥500公里'],
  [null, '成本指标', '养护成本', '≤350万元'],
  ['效益指标', '社会效益指标', '群众出行条件', '有所改善'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
];
const read = (money: CellValue[][]): { total: CellValue | undefined; rules: string[] } => {
  const [t] = checkSheet(new Grid({ name: 'Sheet1', values: form(money), merges: [] })).tables;
  return {
    total: t.table.budget.total?.value,
    rules: t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => `${f.rule} ${f.severity} ${f.cell}${f.suggestion ? ` ${f.suggestion}` : ''}`),
  };
};

describe('the total under a label the forms also write (预算数合计, 资金额度, a block label with one amount)', () => {
  it.each(['预算数合计', '项目资金合计', '资金额度', '资金规模', '项目资金'])('%s | 300 is the total, and the cap above it is found', (label) => {
    expect(read([[label, 300, null, null]])).toEqual({ total: 300, rules: ['budget/cost-exceeds error D7 ≤300万元'] });
  });
});

describe('a sum word between a money label and its amount (广西’s 项目绩效目标公开表, probe22)', () => {
  const guangxi = (fund: string): CellValue[][] => [
    ['项目资金(万元)', '合计', 350, null],
    [null, fund, '小计', 350],
    [null, null, '市本级', 350],
    [null, '其他资金', null, null],
  ];
  it.each(['一般公共预算拨款', '其中：一般公共预算拨款'])('项目资金 | 合计 | 350 over %s | 小计 | 350: the total is 350 and 小计 is no amount', (fund) => {
    expect(read(guangxi(fund))).toEqual({ total: 350, rules: [] });
  });
  it('the cap above a total read past 合计 is found', () => {
    expect(read([['项目资金(万元)', '合计', 300, null], [null, '财政拨款', '小计', 300]])).toEqual({ total: 300, rules: ['budget/cost-exceeds error D8 ≤300万元'] });
  });
  it('a word that is no amount after 小计 is still read, and said not to be a number', () => {
    expect(read([['预算数', 350, null, null], ['财政拨款', '小计', '见附表', null]]).rules).toEqual(['budget/not-a-number error B4']);
  });
});

describe('the total under the words other systems print (下达资金, 批复预算数, 预算安排资金, 总投资 …)', () => {
  it.each([
    '下达资金', '下达金额', '下达数', '资金下达数', '下达资金(万元)', '下达预算数', '批复预算', '批复预算数', '核定金额', '审定金额',
    '预算安排资金', '年度安排资金', '本年安排', '年度预算资金', '年度总预算', '预算总金额', '预算额', '申请资金总额', '项目计划资金',
    '资金投入', '投入资金', '年度投资', '当年投入', '年度计划投资', '总投资', '项目总投资', '总投资(万元)', '计划总投资', '项目总投入',
    '预算申报数', '申报预算数', '项目预算申报数', '年度申报预算金额', '项目申报金额', '项目申报金额(万元)', '申报金额',
  ])('%s | 300 is the total, and the cap above it is found', (label) => {
    expect(read([[label, 300, null, null]])).toEqual({ total: 300, rules: ['budget/cost-exceeds error D7 ≤300万元'] });
  });

  it('a project’s whole investment beside the year’s budget: the year’s is the total, whichever stands first', () => {
    const year = { total: 350, rules: [] };
    expect(read([['项目总投资', 1500, '本年预算', 350], ['财政资金', 350, '其他资金', 0]])).toEqual(year);
    expect(read([['本年预算', 350, '项目总投资', 1500], ['财政资金', 350, '其他资金', 0]])).toEqual(year);
  });

  describe('sources written and no total: their sum stands for it (an info), not a missing-total error', () => {
    it.each<[string, CellValue[][], string]>([
      ['财政拨款 | 100 | 其他资金 | 0 on one row', [['财政拨款', 350, '其他资金', 0]], 'budget/missing-total info B3'],
      ['财政拨款 and 其他资金 on rows of their own', [['财政拨款', 350, null, null], ['其他资金', null, null, null]], 'budget/missing-total info B3'],
      ['a block label over 财政资金 and 其他资金', [['预算规模及资金用途', '财政资金', 300, null], [null, '其他资金', 50, null]], 'budget/missing-total info C3'],
      ['中央/省级/市级/县级资金', [['中央资金', 200, '省级资金', 100], ['市级资金', 30, '县级资金', 20]], 'budget/missing-total info B3'],
      ['资金来源 over 中央/省级/县级资金', [['资金来源', '中央资金', '省级资金', '县级资金'], [null, 200, 100, 50]], 'budget/missing-total info B4'],
      ['财政拨款 and 单位自筹', [['财政拨款', 300, null, null], ['单位自筹', 50, null, null]], 'budget/missing-total info B3'],
    ])('%s', (_name, money, info) => {
      expect(read(money)).toEqual({ total: undefined, rules: [info] });
    });

    it('the info says the sum, and the caps are held to it when 财政资金 and 其他资金 are both written', () => {
      const [t] = checkSheet(new Grid({ name: 'Sheet1', values: form([['财政拨款', 300, '其他资金', 20]]), merges: [] })).tables;
      const info = t.findings.find((f) => f.rule === 'budget/missing-total');
      expect(info).toMatchObject({ messageId: 'fromSources', severity: 'info', cell: 'B3' });
      expect(info?.message).toContain('320万元');
      expect(t.findings.filter((f) => f.rule === 'budget/cost-exceeds').map((f) => `${f.messageId} ${f.cell} ${f.suggestion}`)).toEqual(['exceedsSources D7 ≤320万元']);
    });

    it('parts adding up to 财政资金 (a breakdown, or its siblings) leave the sum unknown: said without it', () => {
      const [t] = checkSheet(new Grid({ name: 'Sheet1', values: form([['中央资金', 50, '省级资金', 30], ['市级资金', 10, '县级资金', 10]]), merges: [] })).tables;
      expect(t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => `${f.messageId} ${f.severity} ${f.cell}`)).toEqual(['sourcesOnly info B3']);
    });
  });
});

describe('金额：N 万元 inline beside the unit on a form’s first row (湖南’s 预算项目绩效目标申报表, probe22)', () => {
  it.each<[string, CellValue]>([
    ['金额:300 万元', '300 万元'],
    ['金额：300', '300'],
    ['金额（万元）：300', '300'],
  ])('%s is the total, and the cap above it is found', (cell, total) => {
    expect(read([['填报单位(公章):某县生态环境局', null, cell, null]])).toEqual({ total, rules: ['budget/cost-exceeds error D7 ≤300万元'] });
  });
  it.each(['金额：见附表', '金额：万元'])('%s is no amount: no total is read from it', (cell) => {
    expect(read([['填报单位(公章):某县生态环境局', null, cell, null]]).total).toBeUndefined();
  });
});
