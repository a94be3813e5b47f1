import { readWeight, weightsSum } from '../../../src/core/engine/rules/structure/weights-sum';
import { checkSheet } from '../../../src/core/engine';
import { textGrid } from '../../helpers/text-grid';
import { Grid, type CellValue } from '../../../src/core/engine/grid';
import { DEFAULT_ROWS, runRule, ruleTester, spec } from '../../helpers/rule-tester';

/** The seed rows with weights (column J) and optionally new 一级 names. */
const weighted = (weights: CellValue[], level1?: Record<string, string>) =>
  spec({
    rows: DEFAULT_ROWS.map((r, i) => ({
      ...r,
      weight: weights[i],
      ...(r.l1 && level1?.[r.l1] ? { l1: level1[r.l1] } : {}),
    })),
  });
const level1Only = (names: Record<string, string>) =>
  spec({ rows: DEFAULT_ROWS.map((r) => (r.l1 && names[r.l1] ? { ...r, l1: names[r.l1] } : r)) });

const WEIGHTS = { 产出指标: '产出指标(60分)', 效益指标: '效益指标（20分）', 满意度指标: '满意度指标(20)' };

/** The seed's 产出 and 效益 rows only (a page cut before 满意度), with weights. */
const cut = (weights: CellValue[], l1 = '产出指标(50分)', last = '效益指标') =>
  spec({ rows: DEFAULT_ROWS.slice(0, 5).map((r, i) => ({ ...r, weight: weights[i], ...(i === 0 ? { l1 } : i === 4 ? { l1: last } : {}) })) });
const missingLevel1Off = { settings: { rules: { 'structure/missing-level1': 'off' as const } } };

ruleTester(weightsSum, {
  valid: [
    { name: 'no weights at all', spec: spec() },
    { name: 'numbers adding up to 100', spec: weighted([20, 20, 10, 10, 20, 20]) },
    { name: 'text with 分', spec: weighted(['20分', '20', '１０', '10 分', '20', '20']) },
    { name: 'exact decimals', spec: weighted([16.6, 16.7, 16.7, 16.6, 16.7, 16.7]) },
    { name: 'rows adding up to their 一级 weights', spec: weighted([20, 20, 10, 10, 20, 20], WEIGHTS) },
    { name: '一级 weights alone adding up to 100', spec: level1Only(WEIGHTS) },
    { name: 'some 一级 weights only: no scheme to check', spec: level1Only({ 产出指标: '产出指标(50分)' }) },
    { name: 'an empty weight column', spec: weighted([null, null, '', null, null, null]) },
    {
      name: 'a typo in one copy of a repeated 一级 joins its group (unknown-level1 reports the typo)',
      spec: spec({
        rows: [
          { l1: '产出指标(50分)', l2: '数量指标', l3: '软件维护次数', desc: '软件维护次数', value: '≥200次', weight: 30 },
          { l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value: '≤26.5万元', weight: 20 },
          { l1: '效益指标(30分)', l2: '社会效益指标', l3: '检察工作支持率', desc: '支持率', value: '≥98%', weight: 15 },
          { l1: '效益指示(30分)', l2: '可持续影响指标', l3: '保障办案', desc: '保障办案', value: '促进依法治区', weight: 15 },
          { l1: '满意度指标(20分)', l2: '服务对象满意度指标', l3: '满意度', desc: '满意度', value: '≥98%', weight: 20 },
        ],
      }),
    },
    { name: 'a table cut before 满意度: its total is structure/missing-level1’s finding', spec: cut([10, 10, 10, 10, 20], '产出指标') },
    { name: 'cut: the last 一级 present may be cut too, its own sum is not checked', spec: cut([10, 10, 10, 10, 20], '产出指标(40分)', '效益指标(30分)') },
  ],
  invalid: [
    {
      name: 'cut, with structure/missing-level1 off: the total is reported',
      spec: cut([10, 10, 10, 10, 20], '产出指标'),
      options: missingLevel1Off,
      errors: [{ messageId: 'total', cell: 'J7' }],
    },
    {
      name: 'cut: an 一级 before the last still adds up to its own weight',
      spec: cut([10, 10, 10, 10, 20]),
      errors: [{ messageId: 'level1', cell: 'A8' }],
    },
    { name: 'adding up to 90: the other 10 points are 预算执行率 in the 自评, said in an info', spec: weighted([20, 20, 10, 10, 10, 20]), errors: [{ messageId: 'ninety', cell: 'J7', severity: 'info' }] },
    { name: 'adding up to 80', spec: weighted([20, 20, 10, 10, 10, 10]), errors: [{ messageId: 'total', cell: 'J7', severity: 'error' }] },
    { name: 'float sums are exact', spec: weighted([16.6, 16.7, 16.7, 16.6, 16.7, 16.8]), errors: [{ messageId: 'total', cell: 'J7' }] },
    {
      name: 'a weight that is not a number',
      spec: weighted(['二十', 20, 10, 10, 20, 20]),
      errors: [{ messageId: 'notANumber', cell: 'J8' }],
    },
    {
      name: 'a missing weight among weights',
      spec: weighted([40, null, 10, 10, 20, 20]),
      errors: [{ messageId: 'empty', cell: 'J9' }],
    },
    {
      name: 'rows not adding up to their 一级',
      spec: weighted([20, 20, 10, 10, 20, 20], { 产出指标: '产出指标(50分)', 效益指标: '效益指标(30分)' }),
      errors: [
        { messageId: 'level1', cell: 'A8' },
        { messageId: 'level1', cell: 'A12' },
      ],
    },
    {
      name: '一级 weights adding up to 110',
      spec: level1Only({ 产出指标: '产出指标(60分)', 效益指标: '效益指标(30分)', 满意度指标: '满意度指标(20分)' }),
      errors: [{ messageId: 'level1Total', cell: 'A7:G7' }],
    },
  ],
});

describe('structure/weights-sum', () => {
  it('states the sums', () => {
    const [f] = runRule(weightsSum, weighted([20, 20, 10, 10, 20, 20], { 产出指标: '产出指标(50分)' }));
    expect(f.data).toEqual({ name: '产出指标', weight: '50', sum: '60' });
  });
  it.each<[CellValue, string]>([
    [10, 'ok'],
    ['10分', 'ok'],
    ['10%', 'ok'],
    ['', 'empty'],
    [null, 'empty'],
    ['十', 'invalid'],
  ])('reads %p as %s', (value, kind) => {
    expect(readWeight({ at: { row: 0, col: 0 }, value, text: value === null ? '' : String(value) }).kind).toBe(kind);
  });
});

describe('structure/weights-sum through the real locator', () => {
  const sheet = (weightHeader: string, weights: string[], merges: string[] = [], extra = '') => {
    const lines = [
      '项目名称|城区绿化养护项目||||',
      '预算数|200|财政资金|200|',
      '年度绩效目标|完成城区绿化养护||||',
      `一级指标|${extra}二级指标|三级指标|指标值|${weightHeader}`,
      `产出指标|${extra ? `${weights[0]}|` : ''}数量指标|养护面积|≥50万平方米|${extra ? '' : weights[0]}`,
      `|${extra ? '|' : ''}质量指标|绿化成活率|≥95%|${extra ? '' : weights[1]}`,
      `|${extra ? '|' : ''}成本指标|养护总成本|≤200万元|${extra ? '' : weights[2]}`,
      `效益指标|${extra ? `${weights[3]}|` : ''}生态效益指标|城区绿化覆盖率|≥40%|${extra ? '' : weights[3]}`,
      `满意度指标|${extra ? `${weights[4]}|` : ''}服务对象满意度指标|市民满意度|≥90%|${extra ? '' : weights[4]}`,
    ];
    return checkSheet(textGrid(lines, merges)).tables.flatMap((t) => t.findings.filter((f) => f.rule === 'structure/weights-sum').map((f) => `${f.severity} ${f.cell} ${f.messageId}`));
  };
  it('权重 as fractions of one adding up to 1 are fine; not adding up, they are reported', () => {
    expect(sheet('权重', ['0.2', '0.2', '0.1', '0.3', '0.2'])).toEqual([]);
    expect(sheet('权重', ['0.2', '0.2', '0.1', '0.3', '0.1'])).toEqual(['error E4 total']);
  });
  it('a 分值 beside its 一级, merged down over the 一级’s rows, counts once', () => {
    expect(sheet('', ['50', '', '', '30', '20'], ['A5:A7', 'B5:B7'], '分值|')).toEqual([]);
    expect(sheet('', ['60', '', '', '30', '20'], ['A5:A7', 'B5:B7'], '分值|')).toEqual(['error B4 total']);
  });
});

describe('the weight column under the other words forms print (满分, 标准分, 分值权重, 权重%, 权数)', () => {
  const table = (header: string, last: number): CellValue[][] => [
    ['2025年项目支出绩效目标表', null, null, null, null],
    ['项目名称', '农村公路养护', null, null, null],
    ['预算数', 300, null, null, null],
    ['年度绩效目标', '完成农村公路养护里程500公里', null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值', header],
    ['产出指标', '数量指标', '养护里程', '≥500公里', 30],
    [null, '成本指标', '养护成本', '≤300万元', 20],
    ['效益指标', '社会效益指标', '群众出行条件', '有所改善', 30],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', last],
  ];
  const sums = (header: string, last: number): string[] =>
    checkSheet(new Grid({ name: 'Sheet1', values: table(header, last), merges: [] }))
      .tables.flatMap((t) => t.findings)
      .filter((f) => f.rule === 'structure/weights-sum')
      .map((f) => `${f.severity} ${f.messageId} ${f.cell}`);

  it.each(['满分', '标准分', '分值权重', '权重%', '权数'])('%s: weights of 100 pass, of 95 are an error', (header) => {
    expect(sums(header, 20)).toEqual([]);
    expect(sums(header, 15)).toEqual(['error total E5']);
  });
});
