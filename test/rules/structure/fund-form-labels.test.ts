/**
 * Labels of fund forms read on real grids (fa20 probe): a 专项资金's 申报表 names its goals
 * 专项年度绩效目标, a 申报明细表 writes its goals label with a long note in brackets, and splits the
 * money from the public purse into 上级财政补助资金 and 同级财政资金. Each was reported missing or
 * mismatched on a table a reviewer accepts.
 */
import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';

function findings(values: CellValue[][], merges: string[] = []): string[] {
  return checkSheet(new Grid({ name: 'Sheet1', values, merges: merges.map(parseA1) }))
    .tables.flatMap((t) => t.findings)
    .map((f) => `${f.rule} ${f.cell}`);
}

const GRID: CellValue[][] = [
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
  [null, '产出指标', '数量指标', '强制免疫密度', '≥90%'],
  [null, null, '成本指标', '项目总成本', '≤50万元'],
  [null, '效益指标', '社会效益指标', '重大动物疫情发生', '有效控制'],
  [null, '满意度指标', '服务对象满意度指标', '养殖户满意度', '≥90%'],
];

describe('专项年度绩效目标: a 专项资金 form’s goals', () => {
  const form = (longLabel: string, label: string): CellValue[][] => [
    ['专项资金绩效目标表', null, null, null, null],
    ['专项名称', '重大动物疫病防控', null, '专项属性', '延续专项'],
    ['部门名称', '县动物卫生监督所', null, '资金总额(万元)', 50],
    [longLabel, '2020年前生猪、羊、牛、家禽死亡率分别控制在4%、3%、2%、8%以下。', null, null, null],
    [label, '加强动物免疫接种、检疫、扑杀等措施，有效控制疫病的发生和流行。', null, null, null],
    ...GRID,
  ];
  const merges = ['A1:E1', 'B4:E4', 'B5:E5', 'A6:A10'];

  it('专项长期/年度绩效目标 are the goals: no missing-goals error', () => {
    expect(findings(form('专项长期绩效目标', '专项年度绩效目标'), merges).filter((f) => f.startsWith('structure/missing-goals'))).toEqual([]);
  });

  it('a label that names no goal still leaves the table without one', () => {
    expect(findings(form('专项立项依据', '专项实施内容'), merges).filter((f) => f.startsWith('structure/missing-goals'))).toEqual([
      'structure/missing-goals A1:E10',
    ]);
  });
});

describe('a goals label with a long note in brackets, money split into 上级 and 同级 财政资金', () => {
  const form = (goalsLabel: string, ownLabel: string): CellValue[][] => [
    ['预算项目支出绩效目标申报明细表', null, null, null, null],
    ['项目名称', '特殊人群病种筛查经费', null, null, null],
    ['项目总预算(万元)', 75, '项目当年预算(万元)', 25, null],
    ['项目资金来源情况(万元)', '其中:上级财政补助资金', ownLabel, '其他', null],
    [null, 0, 25, 0, null],
    [goalsLabel, '用于开展特殊人群病种筛查工作，依法做好防控工作。', null, null, null],
    ...GRID,
  ];
  const merges = ['A1:E1', 'B2:E2', 'A4:A5', 'B6:E6', 'A7:A11'];
  const LONG = '项目绩效目标(含项目概况、设立依据、必要性及预期目标)';

  it('reads the goals under the long label', () => {
    expect(findings(form(LONG, '其中:同级财政资金'), merges).filter((f) => /missing-goals/.test(f))).toEqual([]);
  });

  it('adds 同级财政资金 to the public money: 0 + 25 + 0 is the year’s 25', () => {
    expect(findings(form(LONG, '其中:同级财政资金'), merges).filter((f) => /sum-mismatch/.test(f))).toEqual([]);
  });

  it('a source it cannot name is still left out of the sum', () => {
    const got = findings(form(LONG, '其中:某某资金'), merges);
    expect(got.filter((f) => /sum-mismatch/.test(f))).toEqual(['budget/sum-mismatch D3']);
  });

  it('a long text that is no label (a sentence, no bracketed note) is not read as the goals label', () => {
    const got = findings(form('项目绩效目标包括项目概况设立依据必要性及预期目标等内容说明', '其中:同级财政资金'), merges);
    expect(got.filter((f) => /missing-goals/.test(f))).toEqual(['structure/missing-goals A1:E11']);
  });
});
