import { Grid, parseA1, rectToA1, toA1, type CellValue, type Rect } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { checkSheet } from '../../src/core/engine';
import type { TableModel } from '../../src/core/model';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';

/** Builds a grid from rows placed at `origin` (A1 address); merges given in A1 notation. */
function sheet(rows: CellValue[][], merges: string[] = [], origin = 'A1'): Grid {
  const o = parseA1(origin);
  const values: CellValue[][] = [];
  for (let r = 0; r < o.top; r++) values.push([]);
  for (const row of rows) values.push([...new Array<CellValue>(o.left).fill(null), ...row]);
  const shift = (m: string): Rect => parseA1(m);
  return new Grid({ name: 'Sheet1', values, merges: merges.map(shift) });
}

const at = (t: TableModel['projectName']) => (t ? toA1(t.at.row, t.at.col) : undefined);

/** The seed's table 1 in layout L1 (seven columns), starting at `row` (1-based). */
function l1Rows(project = '2025年检察业务信息化运维项目-2025中央', total: CellValue = '26.50'): { rows: CellValue[][]; merges: (r: number) => string[] } {
  const rows: CellValue[][] = [
    [`1.${project}绩效目标表`, null, null, null, null, null, null],
    ['263101天津市西青区人民检察院', null, null, null, null, null, '单位：万元'],
    ['项目名称', project, null, null, null, null, null],
    ['预算规模及资金用途', '预算数', total, '其中：财政    资金', total, '其他资金', null],
    [null, '用于信息化运维服务费用', null, null, null, null, null],
    ['绩效目标', '1.保障办公办案正常进行。', null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', null, '指标值', null],
    ['产出指标', '数量指标', '软件维护次数', '一年内办案软件维护次数', null, '≥200次', null],
    [null, '质量指标', '运维服务质量', '运维服务质量', null, '保障软、硬件正常运转。', null],
    [null, '时效指标', '故障响应时间', '软硬件故障响应时间', null, '≤24小时', null],
    [null, '成本指标', '项目总成本', '项目总成本', null, '≤26.5万', null],
    ['效益指标', '可持续影响指标', '保障办案正常进行', '保障办案正常进行', null, '促进依法治区', null],
    ['效益指标', '生态效益指标', '生态效益指标', '保障办公正常运转', null, '促进我院各项工作正常进行', null],
    ['满意度指标', '服务对象满意度指标', '单位干警满意度', '检察干警满意度', null, '≥99百分之', null],
  ];
  const merges = (r: number) => {
    const R = (i: number) => r + i;
    const list = [`A${R(0)}:G${R(0)}`, `B${R(2)}:G${R(2)}`, `A${R(3)}:A${R(4)}`, `B${R(4)}:G${R(4)}`, `B${R(5)}:G${R(5)}`, `A${R(7)}:A${R(10)}`];
    for (let i = 6; i <= 13; i++) list.push(`D${R(i)}:E${R(i)}`, `F${R(i)}:G${R(i)}`);
    return list;
  };
  return { rows, merges };
}

describe('locateTables — L1 (seven columns)', () => {
  const { rows, merges } = l1Rows();
  const grid = sheet(rows, merges(1));
  const [t] = locateTables(grid);

  it('finds exactly one table with its range', () => {
    expect(locateTables(grid)).toHaveLength(1);
    expect(t.layout).toBe('L1');
    expect(rectToA1(t.range)).toBe('A1:G14');
  });

  it('maps the fields to their cells', () => {
    expect(t.title?.text).toContain('绩效目标表');
    expect(t.unitName?.text).toBe('263101天津市西青区人民检察院');
    expect(t.moneyUnit).toBe('万元');
    expect(t.moneyUnitInferred).toBe(false);
    expect(at(t.projectName)).toBe('B3');
    expect(at(t.budget.total)).toBe('C4');
    expect(at(t.budget.fiscal)).toBe('E4');
    expect(at(t.budget.other)).toBe('G4');
    expect(t.budget.other?.text).toBe('');
    expect(at(t.budget.use)).toBe('B5');
    expect(t.budget.use?.text).toBe('用于信息化运维服务费用');
    expect(at(t.goals)).toBe('B6');
  });

  it('reads one indicator row per 三级, carrying merged 一级 down', () => {
    expect(t.indicators).toHaveLength(7);
    const [first, second] = t.indicators;
    expect(first.level1.text).toBe('产出指标');
    expect(first.level1.inherited).toBe(false);
    expect(second.level1.text).toBe('产出指标');
    expect(second.level1.inherited).toBe(true);
    expect(toA1(second.level1.at.row, second.level1.at.col)).toBe('A8');
    expect(toA1(first.value.at.row, first.value.at.col)).toBe('F8');
    expect(first.description?.text).toBe('一年内办案软件维护次数');
    expect(first.parsed.kind).toBe('quantitative');
    expect(t.indicators[6].value.text).toBe('≥99百分之');
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, description: 3, value: 5 });
  });
});

describe('locateTables — stacked and offset', () => {
  it('finds three stacked tables separated by blank rows', () => {
    const a = l1Rows('2025年检察业务信息化运维项目-2025中央');
    const b = l1Rows('2024年检察业务购买服务项目-2024中央', '10.00');
    const c = l1Rows('2024年检察业务经费项目-2024中央', 13.61);
    const rows = [...a.rows, [], [], ...b.rows, [], ...c.rows];
    const merges = [...a.merges(1), ...b.merges(17), ...c.merges(32)];
    const tables = locateTables(sheet(rows, merges));
    expect(tables.map((x) => rectToA1(x.range))).toEqual(['A1:G14', 'A17:G30', 'A32:G45']);
    expect(tables.map((x) => x.projectName?.text)).toEqual([
      '2025年检察业务信息化运维项目-2025中央',
      '2024年检察业务购买服务项目-2024中央',
      '2024年检察业务经费项目-2024中央',
    ]);
    expect(tables.map((x) => x.indicators.length)).toEqual([7, 7, 7]);
    expect(tables.map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('finds tables at an offset, without titles, with ASCII punctuation', () => {
    const rows: CellValue[][] = [
      [null, null, '单位:元'],
      ['项目名称', '司法救助项目'],
      ['预算数', 100000, '其中:财政资金', 100000],
      ['其他资金', null],
      ['资金用途', '用于司法救助'],
      ['绩效目标', '对遭受侵害导致生活困难的被害人进行救助'],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
      ['产出指标', '数量指标', '救助案件当事人', '对案件当事人进行救助', '≥10人'],
      [null, '成本指标', '司法救助总金额', '司法救助金总金额', '≤100000元'],
      ['效益指标', '社会效益指标', '困难群众生活状况改善情况', '改善群众生活', '有效改善'],
      ['满意度指标', '服务对象满意度指标', '被救助人员满意程度', '满意程度', '≥90%'],
    ];
    const tables = locateTables(sheet(rows, [], 'C5'));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.layout).toBe('L2');
    expect(rectToA1(t.range)).toBe('C5:G15');
    expect(t.moneyUnit).toBe('元');
    expect(t.title).toBeUndefined();
    expect(at(t.budget.total)).toBe('D7');
    expect(t.budget.total?.value).toBe(100000);
    expect(at(t.budget.other)).toBe('D8');
    expect(t.budget.use?.text).toBe('用于司法救助');
    expect(t.indicators.map((i) => i.level1.text)).toEqual(['产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(t.indicators[1].level1.inherited).toBe(true);
  });
});

describe('locateTables — L3 split value columns', () => {
  it('reads sign, value and unit columns and decides ambiguous columns by content', () => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['预算数', 12, '其中：财政资金', 12],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向', '分值'],
      ['产出指标', '数量指标', '设备数量', '大于等于', 1, '台', '正向', 20],
      [null, '成本指标', '设备总价', '小于等于', 12, '万元', '反向', 20],
      ['效益指标', '社会效益指标', '网络安全', '定性', '提高', null, '定性', 30],
      ['满意度指标', '服务对象满意度指标', '设备使用人满意度', '≥', 99, '%', '正向', 30],
    ];
    const [t] = locateTables(sheet(rows));
    expect(t.layout).toBe('L3');
    expect(t.header?.columns).toMatchObject({ sign: 3, value: 4, unit: 5, direction: 6, weight: 7 });
    expect(t.indicators).toHaveLength(4);
    expect(t.indicators[0].parsed).toMatchObject({ kind: 'quantitative', sign: '≥', number: 1, unit: '台' });
    expect(t.indicators[1].parsed).toMatchObject({ sign: '≤', number: 12, unit: '万元' });
    expect(t.indicators[3].parsed).toMatchObject({ sign: '≥', number: 99, unit: '%' });
  });

  it('takes 指标方向 as the sign column when it holds words and 指标性质 holds 正向/反向', () => {
    const rows: CellValue[][] = [
      ['项目名称', 'X项目'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '权重'],
      ['产出指标', '数量指标', '服务点位数', '正向', '大于等于', 140, '点', 50],
      ['满意度指标', '服务对象满意度指标', '满意率', '正向', '大于等于', 98, '%', 50],
    ];
    const [t] = locateTables(sheet(rows));
    expect(t.header?.columns).toMatchObject({ direction: 3, sign: 4, value: 5, unit: 6, weight: 7 });
    expect(t.indicators[0].parsed).toMatchObject({ sign: '≥', number: 140, unit: '点' });
  });
});

describe('locateTables — L4 one row per indicator', () => {
  const header = ['项目名称', '项目单位', '项目类别', '预算数', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'];
  const rows: CellValue[][] = [
    ['单位：元'],
    header,
    ['某区人民检察院合计', null, null, '2,060,700.00'],
    ['检察业务经费项目', '263101', '其他', '1,030,700.00', '保障检察业务', '产出指标(50分)', '数量指标', '报纸订阅份数', '正向', '≥', 1000, '份', 50],
    [null, null, null, null, null, '效益指标(30分)', '社会效益指标', '法律监督水平', '定性', null, '有效提升', null, 30],
    [null, null, null, null, null, '满意度指标(20分)', '服务对象满意度指标', '检察干警满意度', '正向', '≥', 98, '%', 20],
    ['司法救助项目', '263101', '其他', '1,030,000.00', '救助困难群众', '产出指标(50分)', '数量指标', '救助人数', '正向', '≥', 10, '人', 50],
    [null, null, null, null, null, '满意度指标(50分)', '服务对象满意度指标', '满意程度', '正向', '≥', 90, '%', 50],
  ];

  it('splits projects into tables and skips the summary row', () => {
    const tables = locateTables(sheet(rows));
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.layout)).toEqual(['L4', 'L4']);
    expect(tables.map((t) => t.projectName?.text)).toEqual(['检察业务经费项目', '司法救助项目']);
    expect(tables.map((t) => rectToA1(t.range))).toEqual(['A4:M6', 'A7:M8']);
    expect(tables[0].summaryRow).toBe(2);
    expect(tables[0].moneyUnit).toBe('元');
    expect(tables[0].budget.total?.text).toBe('1,030,700.00');
    expect(tables[0].goals?.text).toBe('保障检察业务');
    expect(tables[0].indicators).toHaveLength(3);
    expect(tables[1].indicators).toHaveLength(2);
    expect(tables[0].indicators[2].parsed).toMatchObject({ sign: '≥', number: 98, unit: '%' });
  });

  it('reads projects whose columns are merged down', () => {
    const merged = sheet(rows, ['A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:E6', 'A7:A8', 'B7:B8', 'C7:C8', 'D7:D8', 'E7:E8']);
    const tables = locateTables(merged);
    expect(tables.map((t) => t.projectName?.text)).toEqual(['检察业务经费项目', '司法救助项目']);
    expect(tables.map((t) => t.indicators.length)).toEqual([3, 2]);
  });
});

describe('locateTables — degenerate input', () => {
  it('finds nothing on an empty or unrelated sheet', () => {
    expect(locateTables(new Grid({ name: 'x', values: [] }))).toEqual([]);
    expect(locateTables(sheet([['a', 'b'], [1, 2]]))).toEqual([]);
  });

  it('two 项目名称 rows beside one merged cell are two tables that do not overlap (a fast-check counterexample)', () => {
    const tables = locateTables(new Grid({ name: 'S', values: [['项目名称'], ['项目名称', false]], merges: [{ top: 0, left: 1, bottom: 2, right: 1 }], origin: { row: 1, col: 0 } }));
    for (const t of tables) expect(t.range.top).toBeLessThanOrEqual(t.range.bottom);
    for (let i = 1; i < tables.length; i++) expect(tables[i].range.top).toBeGreaterThan(tables[i - 1].range.bottom);
  });

  it('reports a table with a 项目名称 but no indicator grid', () => {
    const tables = locateTables(sheet([['项目名称', 'A项目'], ['预算数', '10.00'], [], ['项目名称', 'B项目']]));
    expect(tables.map((t) => t.projectName?.text)).toEqual(['A项目', 'B项目']);
    expect(tables[0].indicators).toEqual([]);
  });
});

describe('locateTables — two-row header', () => {
  it('reads a header whose 指标值 is split into 指标性质 | 指标值 | 度量单位 in the row below', () => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['预算数', 12, '其中：财政资金', 12, '其他资金', null],
      ['一级指标', '二级指标', '三级指标', '指标值', null, null, '分值'],
      [null, null, null, '指标性质', '指标值', '度量单位', null],
      ['产出指标', '数量指标', '设备数量', '≥', 1, '台', 50],
      ['满意度指标', '服务对象满意度指标', '设备使用人满意度', '≥', 99, '%', 50],
    ];
    const [t] = locateTables(sheet(rows, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4']));
    expect(t.layout).toBe('L3');
    expect(t.header?.row).toBe(3);
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, sign: 3, value: 4, unit: 5, weight: 6 });
    expect(t.indicators).toHaveLength(2);
    expect(t.indicators[0].parsed).toMatchObject({ sign: '≥', number: 1, unit: '台' });
    expect(rectToA1(t.range)).toBe('A1:G6');
  });

  it.each([
    ['比较方式', 'a sign word other systems use'],
    ['取值方式', 'a word no pattern knows: the column is read by its content'],
  ])('a sub-header with %s under a merged 年度指标值 (%s)', (word) => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['预算数', 12, '其中：财政资金', 12, '其他资金', null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', null, null, '分值'],
      [null, null, null, word, '目标值', '度量单位', null],
      ['产出指标', '数量指标', '设备数量', '≥', 1, '台', 50],
      ['满意度指标', '服务对象满意度指标', '设备使用人满意度', '≥', 99, '%', 50],
    ];
    const [t] = locateTables(sheet(rows, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4']));
    expect(t.header?.row).toBe(3);
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, sign: 3, value: 4, unit: 5, weight: 6 });
    expect(t.indicators.map((i) => i.parsed)).toMatchObject([
      { sign: '≥', number: 1, unit: '台' },
      { sign: '≥', number: 99, unit: '%' },
    ]);
  });

  it('指标值 merged over two columns with every value in the second: the second is the value column', () => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['一级指标', '二级指标', '三级指标', '指标值', null],
      ['产出指标', '数量指标', '设备数量', null, '≥1台'],
      ['满意度指标', '服务对象满意度指标', '设备使用人满意度', null, '≥99%'],
    ];
    const [t] = locateTables(sheet(rows, ['D2:E2']));
    expect(t.header?.columns.value).toBe(4);
    expect(t.indicators.map((i) => i.value.text)).toEqual(['≥1台', '≥99%']);
  });

  it.each([
    ['三级指标 over C:D, the names in D', ['一级指标', '二级指标', '三级指标', null, '指标值'], 'C2:D2', [['产出指标', '数量指标', null, '设备数量', '≥1台'], ['满意度指标', '服务对象满意度指标', null, '满意度', '≥99%']], { level1: 0, level2: 1, level3: 3, value: 4 }],
    ['二级指标 over B:C, the names in C', ['一级指标', '二级指标', null, '三级指标', '指标值'], 'B2:C2', [['产出指标', null, '数量指标', '设备数量', '≥1台'], ['满意度指标', null, '服务对象满意度指标', '满意度', '≥99%']], { level1: 0, level2: 2, level3: 3, value: 4 }],
  ] as [string, CellValue[], string, CellValue[][], Record<string, number>][])('%s', (_name, head, merge, data, columns) => {
    const [t] = locateTables(sheet([['项目名称', '检察业务装备购置项目'], head, ...data], [merge]));
    expect(t.header?.columns).toMatchObject(columns);
    expect(t.indicators.map((i) => [i.level2.text, i.level3.text])).toEqual([
      ['数量指标', '设备数量'],
      ['服务对象满意度指标', '满意度'],
    ]);
  });

  it('a wide header whose first column holds the data keeps it (a sign beside is another matter)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['一级指标', '二级指标', '三级指标', null, '指标值'],
      ['产出指标', '数量指标', '设备数量', '（台）', '≥1台'],
    ];
    const [t] = locateTables(sheet(rows, ['C2:D2']));
    expect(t.header?.columns.level3).toBe(2);
  });

  it('an unknown word under a merged header whose column holds text gets no role (not a sign column)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', null, null],
      [null, null, null, '说明事项', '目标值', '计量单位'],
      ['产出指标', '数量指标', '设备数量', '按需采购', 1, '台'],
    ];
    const [t] = locateTables(sheet(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2']));
    expect(t.header?.row).toBe(2);
    expect(t.header?.columns).toMatchObject({ level3: 2, value: 4, unit: 5 });
    expect(Object.values(t.header?.columns ?? {})).not.toContain(3);
    expect(t.indicators.map((i) => [i.parsed.sign, i.parsed.number, i.parsed.unit])).toEqual([[undefined, 1, '台']]);
  });

  it('a data row under a merged header is not taken for a sub-header', () => {
    const rows: CellValue[][] = [
      ['项目名称', '检察业务装备购置项目'],
      ['一级指标', '二级指标', '三级指标', '指标值', null, null],
      ['产出指标', '数量指标', '设备数量', '≥', 1, '台'],
    ];
    const [t] = locateTables(sheet(rows, ['D2:F2']));
    expect(t.header?.row).toBe(1);
    expect(t.indicators).toHaveLength(1);
  });

  it('takes the columns merged down from a group row above 一级 | 二级 | 三级 (绩效指标 over the levels)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '档案数字化项目'],
      ['预算数', 12, '其中：财政资金', 12, '其他资金', null],
      ['绩效指标', null, null, '指标值', '分值'],
      ['一级指标', '二级指标', '三级指标', null, null],
      ['产出指标', '数量指标', '数字化档案数量', '≥2000卷', 50],
      ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥95%', 50],
    ];
    const [t] = locateTables(sheet(rows, ['A3:C3', 'D3:D4', 'E3:E4']));
    expect(t.header?.row).toBe(3);
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3, weight: 4 });
    expect(t.indicators.map((i) => i.value.text)).toEqual(['≥2000卷', '≥95%']);
  });
});

describe('locateTables — labels by role, as other systems word them', () => {
  it.each([
    ['二级项目名称', '本年预算', '其中：本级财政', '预期实现值'],
    ['项目全称', '本年度预算数', '本级财政资金', '年度计划值'],
    ['预算项目名称', '项目总金额', '财政拨款', '全年指标值'],
    ['项目名称', '年度预算', '其中：财政资金', '考核指标值'],
    ['项目支出名称', '预算数', '财政资金', '指标目标值'],
    ['项目名称', '预算金额', '本级财政', '年度预期值'],
    ['项目名称及编码', '年度预算申请', '财政拨款', '指标值'],
    ['项目(资金)名称', '资金合计', '财政拨款', '指标值'],
    ['项目名称', '年度预算安排', '财政拨款', '指标值'],
    ['项目名称', '本年申请金额', '省级资金', '指标值'],
    ['项目名称', '预算数', '财政补助资金', '指标值'],
    ['项目名称', '预算数', '专项债券资金', '指标值'],
    ['项目名称', '2025年预算数', '财政拨款', '指标值'],
    ['项目名称', '预算资金总额', '财政拨款', '指标值'],
    ['项目名称', '申请预算数', '财政拨款', '指标值'],
    ['项目名称', '年度资金需求', '财政拨款', '指标值'],
    ['项目名称', '预算数', '非税收入', '指标值'],
    ['项目名称', '预算数', '政府债券资金', '指标值'],
    ['项目名称', '预算数', '财政拨款', '绩效标准值'],
    ['项目名称', '预算数', '财政拨款', '考核标准值'],
  ])('%s / %s / %s / %s', (name, total, fiscal, value) => {
    const rows: CellValue[][] = [
      [name, '档案数字化项目'],
      [total, 12, fiscal, 12, '其他资金', null],
      ['绩效目标', '完成档案数字化，方便群众查档。'],
      ['一级指标', '二级指标', '三级指标', value],
      ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
      ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥95%'],
    ];
    const [t] = locateTables(sheet(rows));
    expect(t.projectName?.text).toBe('档案数字化项目');
    expect([t.budget.total?.value, t.budget.fiscal?.value]).toEqual([12, 12]);
    expect(t.header?.columns.value).toBe(3);
    expect(t.indicators.map((i) => i.value.text)).toEqual(['≥2000卷', '≥95%']);
  });
});

test.each([
  ['社会资本投入', 'other'],
  ['结转资金', 'carryOver'],
  ['结转结余资金', 'carryOver'],
])('%s is read as a part of the budget (%s)', (label, part) => {
  const [t] = locateTables(
    sheet([
      ['项目名称', '档案数字化项目', null, null],
      ['资金总额', 100, null, null],
      ['其中：财政资金', 90, null, null],
      [label, 10, null, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
    ]),
  );
  const budget = t.budget as unknown as Record<string, { value?: unknown } | undefined>;
  expect(budget[part]?.value).toBe(10);
});

test('levels as 指标大类 | 指标小类 | 明细指标', () => {
  const [t] = locateTables(
    sheet([
      ['项目名称', '档案数字化项目', null, null],
      ['指标大类', '指标小类', '明细指标', '指标值'],
      ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
      ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥95%'],
    ]),
  );
  expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
});

test.each([
  ['一级分类', '二级分类', '末级指标'],
  ['指标一级', '指标二级', '指标三级'],
  ['一级类别', '二级类别', '末级绩效指标'],
])('levels as %s | %s | %s', (a, b, c) => {
  const [t] = locateTables(
    sheet([
      ['项目名称', '档案数字化项目', null, null],
      [a, b, c, '指标值'],
      ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
      ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥95%'],
    ]),
  );
  expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
});

describe('locateTables — the goals and the use of funds under other labels', () => {
  it.each(['项目年度绩效目标', '预期绩效目标', '项目预期目标', '年度预期目标', '绩效目标描述', '项目总体目标', '项目实施目标', '项目绩效总目标', '绩效目标概述'])('goals: %s', (label) => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '档案数字化项目', null, null],
        [label, '完成档案数字化，方便群众查档。', null, null],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
      ]),
    );
    expect(t.goals?.text).toBe('完成档案数字化，方便群众查档。');
  });
  it.each(['项目资金用途', '项目主要内容及用途'])('use of funds: %s', (label) => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '档案数字化项目', null, null],
        [label, '用于档案扫描', null, null],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
      ]),
    );
    expect(t.budget.use?.text).toBe('用于档案扫描');
  });
  it('目标内容 is a template’s placeholder goal, not a label', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '档案数字化项目', null, null],
        ['绩效目标', '（一）目标内容', null, null],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '数字化档案数量', '≥2000卷'],
      ]),
    );
    expect(t.goals?.text).toBe('（一）目标内容');
  });
});

describe('locateTables — grid columns by role, as other systems word them', () => {
  it('细化指标 is the 三级 column, 目标值单位 the unit, 正向/反向 the direction, 指标解释及计算方法 the description', () => {
    const rows: CellValue[][] = [
      ['项目名称', '职业技能培训'],
      ['预算数', 12, '其中：财政资金', 12, '其他资金', null],
      ['一级指标', '二级指标', '细化指标', '正向/反向', '指标值', '目标值单位', '指标解释及计算方法'],
      ['产出指标', '数量指标', '培训人数', '正向', '≥100', '人', '当年参训人数'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '正向', '≥95', '%', '问卷调查'],
    ];
    const [t] = locateTables(sheet(rows));
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, direction: 3, value: 4, unit: 5, description: 6 });
    expect(t.indicators.map((i) => [i.level3.text, i.parsed.sign, i.parsed.number, i.parsed.unit])).toEqual([
      ['培训人数', '≥', 100, '人'],
      ['学员满意度', '≥', 95, '%'],
    ]);
  });
});

describe('locateTables — sign and unit columns as other systems word them', () => {
  it.each(['符号', '计算符号', '比较符', '运算符号', '指标值符号', '关系符号'])('%s | 指标值 | 指标单位, beside a 历史值 column that is not read', (sign) => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null, null, null],
        ['一级指标', '二级指标', '三级指标', '历史值', sign, '指标值', '指标单位'],
        ['产出指标', '数量指标', '培训人数', '90', '≥', '100', '人'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '88', '≥', '90', '%'],
      ]),
    );
    expect(t.header?.columns).toEqual({ level1: 0, level2: 1, level3: 2, sign: 4, value: 5, unit: 6 });
    expect(t.indicators.map((i) => [i.parsed.sign, i.parsed.number, i.parsed.unit])).toEqual([
      ['≥', 100, '人'],
      ['≥', 90, '%'],
    ]);
  });
});

describe('locateTables — a split value the header does not name, read by what its cells hold', () => {
  const rows = (h: CellValue[]): CellValue[][] => [
    ['项目名称', '某项目', null, null, null, null],
    ['一级指标', '二级指标', '三级指标', ...h],
    ['产出指标', '数量指标', '培训人数', '≥', 100, '人'],
    ['效益指标', '社会效益指标', '服务水平', '定性', '有所提升', null],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '大于等于', 90, '%'],
  ];
  const read = (t: TableModel) => t.indicators.map((i) => [i.parsed.kind, i.parsed.sign, i.parsed.number, i.parsed.unit]);
  const expected = [
    ['quantitative', '≥', 100, '人'],
    ['qualitative', undefined, undefined, undefined],
    ['quantitative', '≥', 90, '%'],
  ];
  it('指标值 merged over sign | number | unit', () => {
    const [t] = locateTables(sheet(rows(['指标值', null, null]), ['D2:F2']));
    expect(t.header?.columns).toMatchObject({ sign: 3, value: 4, unit: 5 });
    expect(read(t)).toEqual(expected);
  });
  it.each([['比较方式'], [null]])('a sign column under %p, beside 指标值 | 度量单位', (word) => {
    const [t] = locateTables(sheet(rows([word, '指标值', '度量单位'])));
    expect(t.header?.columns).toMatchObject({ sign: 3, value: 4, unit: 5 });
    expect(read(t)).toEqual(expected);
  });
  it('a unit column with no header right of the value', () => {
    const [t] = locateTables(sheet(rows(['指标性质', '指标值', null])));
    expect(t.header?.columns).toMatchObject({ sign: 3, value: 4, unit: 5 });
  });
  it('a column of 定性 alone under the merged 指标值 is the nature column (sc-ganzi-scjg-2024’s 指标性质)', () => {
    const [t] = locateTables(
      sheet(
        [
          ['项目名称', '某项目', null, null, null, null],
          ['一级指标', '二级指标', '三级指标', '指标值', null, null],
          ['产出指标', '数量指标', '培训人数', null, 100, '人'],
          ['效益指标', '社会效益指标', '服务水平', '定性', '高中低', null],
        ],
        ['D2:F2'],
      ),
    );
    expect(t.header?.columns).toMatchObject({ nature: 3, value: 4, unit: 5 });
    expect(t.header?.columns.sign).toBeUndefined();
  });
  it('无 beside the 定性 values counts for the unit column under the merged 指标值 (湖南 预算一体化 2024, 南县)', () => {
    const [t] = locateTables(
      sheet(
        [
          ['项目名称', '某项目', null, null, null, null],
          ['一级指标', '二级指标', '三级指标', '指标值', null, null],
          ['产出指标', '数量指标', '培训人数', '≥', 100, '人'],
          [null, '质量指标', '以合理的市场价出租', '定性', '保障', '无'],
          ['效益指标', '社会效益指标', '服务水平', '定性', '保障', '无'],
          ['满意度指标', '服务对象满意度指标', '学员满意度', '大于等于', 90, '%'],
        ],
        ['D2:F2'],
      ),
    );
    expect(t.header?.columns).toMatchObject({ sign: 3, value: 4, unit: 5 });
    expect(t.indicators.map((i) => [i.parsed.sign, i.parsed.number, i.parsed.unit])).toEqual([
      ['≥', 100, '人'],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
      ['≥', 90, '%'],
    ]);
  });
  it('a column of 无 alone right of the value stays unread (备注 无)', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        ['产出指标', '数量指标', '培训人数', '≥100人', '无'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '无'],
      ]),
    );
    expect(t.header?.columns).toEqual({ level1: 0, level2: 1, level3: 2, value: 3 });
  });
  it('a grid with no header row written: a column of signs after the 三级 is the sign column, the number right of it', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null, null],
        ['年度绩效目标', '完成培训', null, null, null, null],
        ['产出指标', '数量指标', '培训人数', '≥', 100, '人'],
        [null, '质量指标', '培训合格率', '=', 100, '%'],
        ['效益指标', '社会效益指标', '服务水平', '定性', '有所提升', '无'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥', 90, '%'],
      ]),
    );
    expect(t.header?.columns).toMatchObject({ level3: 2, sign: 3, value: 4, unit: 5 });
    expect(t.indicators.map((i) => [i.parsed.sign, i.parsed.number, i.parsed.unit])).toEqual([
      ['≥', 100, '人'],
      ['＝', 100, '%'],
      [undefined, undefined, undefined],
      ['≥', 90, '%'],
    ]);
  });
  it('a column of other words stays unread (备注 beside the value)', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        ['产出指标', '数量指标', '培训人数', '≥100人', '按计划'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '问卷'],
      ]),
    );
    expect(t.header?.columns).toEqual({ level1: 0, level2: 1, level3: 2, value: 3 });
  });
});

describe('locateTables — a grid without a 二级 column', () => {
  it.each(['指标名称', '三级指标'])('一级指标 | %s | 指标值, 一级 merged down', (name) => {
    const [t] = locateTables(
      sheet(
        [
          ['项目名称', '某项目', null],
          ['一级指标', name, '指标值'],
          ['产出指标', '培训人数', '≥100人'],
          [null, '合格率', '≥95%'],
          ['满意度指标', '学员满意度', '≥90%'],
        ],
        ['A3:A4'],
      ),
    );
    expect(t.header?.columns).toEqual({ level1: 0, level3: 1, value: 2 });
    expect(t.indicators.map((i) => [i.level1.text, i.level3.text, i.value.text])).toEqual([
      ['产出指标', '培训人数', '≥100人'],
      ['产出指标', '合格率', '≥95%'],
      ['满意度指标', '学员满意度', '≥90%'],
    ]);
  });
});

describe('locateTables — a grid written with no header row under its project', () => {
  const upper: CellValue[][] = [
    ['项目名称', '某项目', null, null, null],
    ['预算数', 50, '其中：财政资金', 50, null],
    ['年度绩效目标', '完成培训任务', null, null, null],
  ];
  it('一级 | 二级 | 三级 | 指标值 rows right below the goals: the header is implied, the goals stay the goals', () => {
    const [t] = locateTables(
      sheet([
        ...upper,
        ['产出指标', '数量指标', '培训人数', '≥100人', null],
        [null, '质量指标', '合格率', '≥95%', null],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', null],
      ]),
    );
    expect(t.header).toEqual({ row: 3, columns: { level1: 0, level2: 1, level3: 2, value: 3 } });
    expect(t.goals?.text).toBe('完成培训任务');
    expect(t.indicators.map((i) => [i.level1.text, i.level3.text, i.value.text])).toEqual([
      ['产出指标', '培训人数', '≥100人'],
      ['产出指标', '合格率', '≥95%'],
      ['满意度指标', '学员满意度', '≥90%'],
    ]);
  });
  it('with a frame label (绩效指标) left of the levels', () => {
    const [t] = locateTables(sheet([...upper, ['绩效指标', '产出指标', '数量指标', '培训人数', '≥100人'], [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%']], ['A4:A5']));
    expect(t.header?.columns).toEqual({ level1: 1, level2: 2, level3: 3, value: 4 });
    expect(t.indicators).toHaveLength(2);
  });
  // fuzz38 (a counterexample of locate.property.test.ts, which failed at random): with the rows
  // right under the 项目名称, the implied header's row was that 项目名称's, taken for the next
  // project's: the grid ended before its first row (no indicators), and the 项目名称 was read again
  // after it as a table of its own (two tables overlapping, or a second with no indicators).
  it('rows right under the 项目名称 itself: one table, its rows read', () => {
    const one = locateTables(sheet([['项目名称', '某项目'], ['产出指标', '数量指标', '培训人数', '≥100人'], [null, '质量指标', '合格率', '≥95%']]));
    expect(one.map((t) => [rectToA1(t.range), t.projectName?.text, t.indicators.length])).toEqual([['A1:D3', '某项目', 2]]);
    const junk = locateTables(sheet([[0, '项目名称', '项目名称'], ['效益指标', '成本指标', false, '!']], [], 'A20'));
    expect(junk.map((t) => [rectToA1(t.range), t.indicators.length])).toEqual([['A20:D21', 1]]);
  });
  it('is no grid without a 项目名称 above it, nor when the second cell is no 二级 name', () => {
    expect(locateTables(sheet([['产出指标', '数量指标', '培训人数', '≥100人']]))).toEqual([]);
    const [t] = locateTables(sheet([...upper, ['产出指标', '培训人数', '≥100人', '说明', null]]));
    expect(t.header).toBeUndefined();
  });
});

describe('locateTables — a grid without a 一级 column', () => {
  const rows: CellValue[][] = [
    ['项目名称', '档案数字化项目'],
    ['预算数', 12, '其中：财政资金', 12, '其他资金', null],
    ['二级指标', '三级指标', '指标值'],
    ['数量指标', '数字化档案数量', '≥2000卷'],
    ['成本指标', '项目总成本', '≤12万元'],
    ['服务对象满意度指标', '查档群众满意度', '≥95%'],
  ];

  it('reads 二级 | 三级 | 指标值, each row under its 二级’s 一级 (carried, so nothing is reported on a cell the table lacks)', () => {
    const [t] = locateTables(sheet(rows));
    expect(t.header?.columns).toMatchObject({ level2: 0, level3: 1, value: 2 });
    expect(t.indicators.map((i) => [i.level1.text, i.level1.inherited, i.level2.text, i.value.text])).toEqual([
      ['产出指标', true, '数量指标', '≥2000卷'],
      ['产出指标', true, '成本指标', '≤12万元'],
      ['满意度指标', true, '服务对象满意度指标', '≥95%'],
    ]);
  });

  it('a titled table of another kind whose grid is not read is still that kind', () => {
    const [t] = locateTables(sheet([['专项转移支付绩效目标表'], ['项目名称', '宗教管理经费'], ['资金总额', 30], ['总体目标', '推进规范化管理']]));
    expect(t.kind).toBe('transfer');
  });
});

describe('locateTables — content between tables', () => {
  it('does not read notes or a summary block above a table as its fields', () => {
    const { rows, merges } = l1Rows();
    const above: CellValue[][] = [['部门预算汇总'], ['预算数', '999.00'], ['说明：以下为项目绩效目标'], [], []];
    const tables = locateTables(sheet([...above, ...rows], merges(above.length + 1)));
    expect(tables).toHaveLength(1);
    expect(tables[0].budget.total?.text).toBe('26.50');
    expect(rectToA1(tables[0].range)).toBe('A6:G19');
  });

  it('without a 项目名称, takes the block right above the grid', () => {
    const rows: CellValue[][] = [
      ['预算数', '1.00'],
      [],
      [],
      ['预算数', '10.00', '其中：财政资金', '10.00'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '服务点位数', '≥140点'],
    ];
    const [t] = locateTables(sheet(rows));
    expect(t.projectName).toBeUndefined();
    expect(t.budget.total?.text).toBe('10.00');
  });
});

describe('locateTables — where a grid ends', () => {
  it('stops before a blank row followed by a full-width heading and a list', () => {
    const { rows, merges } = l1Rows();
    const below: CellValue[][] = [[], ['附件2：经费支出明细'], ['序号', '项目', '金额', '说明'], [1, '软件维护', 12.5, '按合同'], [2, '硬件维护', 14, null]];
    const all = [...rows, ...below];
    const [t] = locateTables(sheet(all, [...merges(1), 'A16:G16']));
    expect(rectToA1(t.range)).toBe('A1:G14');
    expect(t.indicators).toHaveLength(7);
  });

  it('continues past one blank row inside the grid when the next row is an indicator', () => {
    const { rows, merges } = l1Rows();
    const withGap = [...rows.slice(0, 13), [], rows[13]];
    const [t] = locateTables(sheet(withGap, merges(1).filter((m) => !m.endsWith('14'))));
    expect(t.indicators).toHaveLength(7);
    expect(t.indicators[6].level1.text).toBe('满意度指标');
  });
});

describe('locateTables — kinds of table told by their labels (real corpus shapes)', () => {
  const grid = (upper: CellValue[][], header: CellValue[], title = '') =>
    sheet([
      ...(title ? [[title, null, null, null, null]] : []),
      ...upper,
      header,
      ['产出指标', '数量指标', '培训人数', '≥100人', ...header.slice(4).map(() => '10')],
      [null, '质量指标', '合格率', '≥95%', ...header.slice(4).map(() => '5')],
    ]);
  const base = ['一级指标', '二级指标', '三级指标', '指标值'];

  it.each([
    ['部门职能职责', 'department'],
    ['部门整体目标', 'department'],
    ['按支出性质分', 'department'],
    ['其中：基本支出', 'department'],
    ['扣分原因', 'self-eval'],
    ['改进措施', 'self-eval'],
    ['1-6月执行数', 'monitor'],
    ['截至6月底完成情况', 'monitor'],
    ['预计年底完成情况', 'monitor'],
    ['目标完成可能性', 'monitor'],
    ['中央补助资金', 'transfer'],
    ['地方配套资金', 'transfer'],
    ['评分细则', 'scoring'],
    ['年度执行数', 'self-eval'],
    ['全年执行率', 'self-eval'],
    ['自评结论', 'self-eval'],
  ])('a label %s above the grid names a %s table', (label, kind) => {
    const [t] = locateTables(grid([[label, '……', null, null]], base));
    expect(t.kind).toBe(kind);
  });

  it.each([
    ['全年实际完成值', 'self-eval'],
    ['指标完成情况', 'self-eval'],
    ['1-9月完成值', 'monitor'],
    ['全年实际完成', 'self-eval'],
    ['执行率(B/A)', 'self-eval'],
    ['实际支出数', 'self-eval'],
    ['上半年完成情况', 'monitor'],
  ])('a column %s in the header names a %s table', (label, kind) => {
    const [t] = locateTables(grid([['项目名称', '某项目', null, null]], [...base, label]));
    expect(t.kind).toBe(kind);
  });

  it.each([
    ['2023年部门(单位)整体绩效目标表', 'department'],
    ['部门整体支出绩效自评表', 'self-eval'],
    ['项目绩效目标执行情况跟踪表', 'monitor'],
    ['2024年项目绩效目标完成情况表', 'self-eval'],
    ['事前绩效评估表', 'scoring'],
    ['某项目绩效评价指标体系', 'scoring'],
  ])('the title %s names a %s table', (title, kind) => {
    const [t] = locateTables(grid([['项目名称', '某项目', null, null]], base, title));
    expect(t.kind).toBe(kind);
  });

  it('sc-ganzi-scjg-2024: 整体目标 is a project table’s goals', () => {
    const [t] = locateTables(grid([['项目名称', '食品安全工作经费', null, null], ['整体目标', '组织协调推进全州食品安全重点工作', null, null]], base, '绩效目标表'));
    expect(t.kind).toBeUndefined();
    expect(t.goals?.text).toContain('食品安全');
  });

  it('年度总体目标 is a project table’s goals, and 年度预算执行率 above the grid names no other kind', () => {
    const [t] = locateTables(grid([['项目名称', '某项目', null, null], ['年度总体目标', '完成全年任务', null, null], ['年度预算执行率', '≥90%', null, null]], base));
    expect(t.kind).toBeUndefined();
    expect(t.goals?.text).toBe('完成全年任务');
  });

  it('预算执行率 as an indicator does not make a self-evaluation', () => {
    const [t] = locateTables(grid([['项目名称', '某项目', null, null], [null, '年度预算执行率', '100%', '分值']], base));
    expect(t.kind).toBeUndefined();
  });

  it('a grid with no title right after a table of another kind is its next part; a titled one is not', () => {
    const selfEval = [
      ['2023年度项目支出绩效自评表', null, null, null, null],
      ['项目名称', '某项目', null, null, null],
      [...base, '实际完成值'],
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人'],
    ];
    const second = [[null], [...base], ['效益指标', '社会效益指标', '群众知晓率', '≥90%']];
    const [a, b] = locateTables(sheet([...selfEval, ...second]));
    expect([a.kind, b.kind]).toEqual(['self-eval', 'self-eval']);
    const [, c] = locateTables(sheet([...selfEval, [null], ['2024年项目支出绩效目标表'], ['项目名称', '另一个项目'], ...second.slice(1)]));
    expect(c.kind).toBeUndefined();
  });

  it('a table with no grid is told by its own rows below its 项目名称 (ah-huoqiu-kejiju-2022: a second 自评表 cut after its budget header)', () => {
    // The page's second 自评表 has no title of its own and its text stops after `全年执行数 | 分值`:
    // read as a project's form, it was a project table with two errors (no goals, no indicators).
    const selfEval = [
      ['项目支出绩效自评表', null, null, null, null, null, null],
      ['项目名称', '科技特派员创业行动经费', null, null, null, null, null],
      ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '得分'],
      [null, '年度资金总额:', 25, 25, 25, 10, 10],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      [null, '产出指标', '数量指标', '开展县域结对交流活动', '≥3次', '3', 10],
    ];
    const cut = [
      [null],
      ['项目名称', '地震经费', null, null, null, null, null],
      ['主管部门', '031-霍邱县科学技术局', null, '实施单位', '031001-霍邱县科学技术局', null, null],
      ['项目资金(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', null],
    ];
    const tables = locateTables(sheet([...selfEval, ...cut]));
    expect(tables.map((t) => [t.projectName?.text, t.kind])).toEqual([
      ['科技特派员创业行动经费', 'self-eval'],
      ['地震经费', 'self-eval'],
    ]);
    // A project's form with no grid is still a project's (its budget and goals, no results).
    const form = [['项目名称', '某项目', null], ['项目资金(万元)', '年度资金总额', 20], [null, '其中:财政拨款', 20], ['年度目标', '完成全年任务', null]];
    const [p] = locateTables(sheet(form));
    expect(p.kind).toBeUndefined();
  });
});

describe('locateTables — 实施周期/当年度 column groups (gd-dongguan-zhanlanguan-2022)', () => {
  const rows: CellValue[][] = [
    ['东莞市财政项目支出绩效目标表', null, null, null, null, null, null, null],
    ['项目名称', '物业管理费支出', null, null, null, '本年度申请市财政预算资金(万元)', null, 282.92],
    ['绩效指标', '一级 指标', '二级 指标', '三级 指标', '实施周期指标值', '二级 指标', '三级 指标', '当年度指标值'],
    [null, '产出指标', '数量指标', '物管服务面积', '≥2.6万平方米', '数量指标', '物管服务面积', '≥2.6万平方米'],
    [null, null, '质量指标', '物业管理保障工作合格率', '100%', '质量指标', '物业管理保障工作合格率', '≥98%'],
    [null, null, '时效指标', '按时完成率', '', '时效指标', '按时完成率', '＝100%'],
  ];
  const [t] = locateTables(sheet(rows, ['A3:A6', 'B4:B6']));

  it('checks the 当年度 group and reads the written 实施周期 values as long-term rows', () => {
    expect(t.header?.columns).toMatchObject({ level2: 5, level3: 6, value: 7 });
    const annual = t.indicators.filter((i) => i.period === undefined);
    const longTerm = t.indicators.filter((i) => i.period === 'longTerm');
    expect(annual.map((i) => i.value.text)).toEqual(['≥2.6万平方米', '≥98%', '＝100%']);
    // The empty long-term value adds nothing.
    expect(longTerm.map((i) => toA1(i.value.at.row, i.value.at.col))).toEqual(['E4', 'E5']);
  });
});

describe('locateTables — L5 outline export (nx-shizuishan-jkzx-2020)', () => {
  const rows: CellValue[][] = [
    ['石嘴山市疾病预防控制中心2020年项目绩效目标批复表', null, null],
    ['单位:元', null, null],
    ['项目', '指标值', '绩效金额'],
    [' 石嘴山市疾病预防控制中心', null, null],
    ['  疫苗及美沙酮药物', null, 3000000],
    ['   产出指标', null, null],
    ['    成本指标(必填硬性指标)', null, null],
    ['     按物价部门定价标准采购', '100%', null],
    ['    数量指标(必填)', null, null],
    ['     疫苗使用率', '100%', null],
    ['     未填值的指标', null, null],
    ['   满意度指标', null, null],
    ['    服务对象满意度指标(必填)', null, null],
    ['     服务对象满意度', '≥95%', null],
    ['  第二个项目', null, 50000],
    ['   产出指标', null, null],
    ['    时效指标', null, null],
    ['     按时完成率', '＝100%', null],
  ];
  const tables = locateTables(sheet(rows));

  it('finds one table per project, under the shared header', () => {
    expect(tables.map((t) => [t.layout, rectToA1(t.range), t.projectName?.text.trim(), t.budget.total?.value])).toEqual([
      ['L5', 'A1:C14', '疫苗及美沙酮药物', 3000000],
      ['L5', 'A15:C18', '第二个项目', 50000],
    ]);
    expect(tables[0].moneyUnit).toBe('元');
    expect(tables[0].unitName?.text.trim()).toBe('石嘴山市疾病预防控制中心');
    expect(tables[1].title?.text).toContain('批复表');
  });

  it('reads 一级/二级 from the headings above each 三级, 成本指标 as a 二级 under 产出指标', () => {
    const [t] = tables;
    expect(t.indicators.map((i) => [i.level1.text.trim(), i.level2.text.trim(), i.level3.text.trim(), i.value.text, i.level2.inherited])).toEqual([
      ['产出指标', '成本指标(必填硬性指标)', '按物价部门定价标准采购', '100%', false],
      ['产出指标', '数量指标(必填)', '疫苗使用率', '100%', false],
      ['产出指标', '数量指标(必填)', '未填值的指标', '', true],
      ['满意度指标', '服务对象满意度指标(必填)', '服务对象满意度', '≥95%', false],
    ]);
    expect(toA1(t.indicators[0].level1.at.row, t.indicators[0].level1.at.col)).toBe('A6');
  });

  it('ends at a title after blank rows, where the next outline begins (the title merged across the columns)', () => {
    const two = [...rows, [], [], ...rows];
    const found = locateTables(sheet(two, ['A1:C1', `A${rows.length + 3}:C${rows.length + 3}`]));
    expect(found.map((t) => rectToA1(t.range))).toEqual(['A1:C14', 'A15:C18', 'A21:C34', 'A35:C38']);
    expect(found.flatMap((t) => t.indicators).filter((i) => i.value.text === '')).toHaveLength(2);
  });

  it('is not an outline without level names under the header', () => {
    expect(locateTables(sheet([['项目', '指标值', '绩效金额'], ['某项目', null, 100], ['某指标', '100%', null]]))).toEqual([]);
  });

  // A layout mutation of the real table: the header's cells merged down over two rows. The row
  // under the header, inside its merges, was read as an indicator with no project, and the
  // outline ended there with no table.
  it('reads the outline under a header merged down over two rows', () => {
    const two = [...rows.slice(0, 3), [null, null, null], ...rows.slice(3)];
    const [t, u] = locateTables(sheet(two, ['A1:C1', 'A2:C2', 'A3:A4', 'B3:B4', 'C3:C4']));
    expect([t.projectName?.text.trim(), t.indicators.length, u.projectName?.text.trim(), u.indicators.length]).toEqual(['疫苗及美沙酮药物', 4, '第二个项目', 1]);
  });

  // fuzz38: the export printed twice with no blank row between. The second one's title, unit
  // line, header and unit name were read as four indicators of the first's last project (three
  // value/empty findings), and the second export lost its title and unit.
  it('ends at the next export’s title even with no blank row before it', () => {
    const twice = [...rows, ...rows];
    const merges = ['A1:C1', 'A2:C2', 'A19:C19', 'A20:C20'];
    const found = locateTables(sheet(twice, merges));
    expect(found.map((t) => [rectToA1(t.range), t.indicators.length, t.title?.text.slice(-3)])).toEqual([
      ['A1:C14', 4, '批复表'],
      ['A15:C18', 1, '批复表'],
      ['A19:C32', 4, '批复表'],
      ['A33:C36', 1, '批复表'],
    ]);
    const findings = checkSheet(sheet(twice, merges)).tables.flatMap((t) => t.findings);
    const once = checkSheet(sheet(rows, ['A1:C1', 'A2:C2'])).tables.flatMap((t) => t.findings);
    expect(findings.filter((f) => f.rule === 'value/empty')).toHaveLength(2 * once.filter((f) => f.rule === 'value/empty').length);
  });

  // …and with no title either: the unit line merged across the sheet (单位:元) ends it.
  it('ends at a line across the sheet, the next export’s unit line', () => {
    const twice = [...rows.slice(1), ...rows.slice(1)];
    const found = locateTables(sheet(twice, ['A1:C1', 'A18:C18']));
    expect(found.map((t) => [rectToA1(t.range), t.indicators.length, t.moneyUnitAt && toA1(t.moneyUnitAt.row, t.moneyUnitAt.col)])).toEqual([
      ['A1:C13', 4, 'A1'],
      ['A14:C17', 1, 'A1'],
      ['A18:C30', 4, 'A18'],
      ['A31:C34', 1, 'A18'],
    ]);
  });
});

describe('locateTables — many outlines on one sheet', () => {
  const outlines = (n: number): Grid => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < n; i++) {
      rows.push(['项目', '指标值', '绩效金额'], [`项目${i}`, null, 1000], ['产出指标', null, null], ['数量指标', null, null], ['培训人数', '≥100人', null], []);
    }
    return sheet(rows);
  };

  it('finds each, in time linear in the outlines (the rows above each are a slice, not a search)', () => {
    expect(locateTables(outlines(50))).toHaveLength(50);
    expect(growthRatio((n) => locateTables(outlines(n)), 500, 2)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('locateTables — a table over a page break of a PDF converted to Excel', () => {
  const header: CellValue[] = ['一级指标', '二级指标', '三级指标', '指标值'];
  const upper: CellValue[][] = [
    ['2024年项目支出绩效目标表', null, null, null],
    ['项目名称', '某项目', null, null],
    ['预算数', 20, null, null],
    ['年度目标', '完成培训', null, null],
  ];
  const first: CellValue[][] = [
    ['产出指标', '数量指标', '培训人数', '≥100人'],
    [null, '质量指标', '合格率', '≥95%'],
  ];
  const second: CellValue[][] = [
    [null, '时效指标', '完成时间', '2024年12月底前'],
    [null, '成本指标', '培训成本', '≤20万元'],
    ['效益指标', '社会效益指标', '服务水平', '有所提升'],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
  ];

  it('a page number between indicator rows is no indicator', () => {
    for (const mark of ['— 1 —', '-2-', '第 3 页', '第1页，共2页']) {
      const tables = locateTables(sheet([...upper, header, ...first, [null, null, mark, null], ...second]));
      expect(tables).toHaveLength(1);
      expect(tables[0].indicators.map((i) => i.level3.text)).toEqual(['培训人数', '合格率', '完成时间', '培训成本', '服务水平', '学员满意度']);
    }
  });

  it('the header printed again continues the table, and its rows keep the 一级 of the page before', () => {
    const tables = locateTables(sheet([...upper, header, ...first, [null, null, '— 1 —', null], header, ...second]));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.projectName?.text).toBe('某项目');
    expect(t.indicators.map((i) => i.level1.text)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(t.range.bottom).toBe(upper.length + first.length + 2 + second.length);
  });

  it('a continuation mark (`续表` at the page’s right edge, the title again with `（续）`, `接上页`) before the header printed again continues the table', () => {
    const marks: CellValue[][][] = [
      [[null, null, null, '续表']],
      [['2024年项目支出绩效目标表（续）', null, null, null]],
      [['（续表）', null, null, null]],
      [['接上页', null, null, null]],
      [[null, null, '— 1 —', null], [null, null, null, '续表1']],
    ];
    for (const mark of marks) {
      const tables = locateTables(sheet([...upper, header, ...first, ...mark, header, ...second]));
      expect(tables).toHaveLength(1);
      expect(tables[0].indicators.map((i) => i.level3.text)).toEqual(['培训人数', '合格率', '完成时间', '培训成本', '服务水平', '学员满意度']);
    }
    // Without the header again: the mark is no indicator row.
    const tables = locateTables(sheet([...upper, header, ...first, [null, null, null, '续表'], ...second]));
    expect(tables.map((t) => t.indicators.length)).toEqual([6]);
  });

  it('a grid with another header (年度 after 长期) or a table of its own is not a continuation', () => {
    const longTerm = locateTables(sheet([...upper, ['长期指标', ...header], ...first.map((r) => [null, ...r]), ['年度指标', ...header], ...second.map((r) => [null, ...r])]));
    expect(longTerm).toHaveLength(1);
    expect(longTerm[0].indicators.filter((i) => i.period === 'longTerm')).toHaveLength(2);
    const two = locateTables(sheet([...upper, header, ...first, [null], ...upper, header, ...second]));
    expect(two).toHaveLength(2);
  });

  it('rows under a header merged across thousands of columns are read by their own cells: linear in rows × width', () => {
    // A hostile header merged over n × 10 columns, over n rows of a lone 一级 or page number.
    const wide = (n: number) => {
      const rows: CellValue[][] = [['项目名称', '某项目'], ['一级指标', '二级指标', '三级指标', '指标值']];
      for (let r = 0; r < n; r++) rows.push([r % 2 ? '— 1 —' : '产出指标']);
      return new Grid({ name: 'Sheet1', values: rows, merges: [{ top: 1, bottom: 1, left: 3, right: 3 + 10 * n }] });
    };
    expect(locateTables(wide(100))).toHaveLength(1);
    expect(growthRatio((n) => locateTables(wide(n)), 300, 2)).toBeLessThan(LINEAR_BOUND);
  });

  it('a list export printed over two pages: the project before the break goes on after the header', () => {
    const listHeader: CellValue[] = ['项目名称', '预算数', '一级指标', '二级指标', '三级指标', '指标值'];
    const rows: CellValue[][] = [
      listHeader,
      ['项目甲', 10, '产出指标', '数量指标', '培训人数', '≥100人'],
      [null, null, null, '质量指标', '合格率', '≥95%'],
      listHeader,
      [null, null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ['项目乙', 20, '产出指标', '数量指标', '检查次数', '≥12次'],
    ];
    const tables = locateTables(sheet(rows));
    expect(tables.map((t) => [t.projectName?.text, t.indicators.length])).toEqual([
      ['项目甲', 3],
      ['项目乙', 1],
    ]);
  });
});

describe('locateTables — each 一级 a heading row over its indicators (no 一级 column)', () => {
  const rows: CellValue[][] = [
    ['项目名称', '某项目', null],
    ['预算数', 20, null],
    ['年度目标', '完成培训', null],
    ['二级指标', '三级指标', '指标值'],
    ['产出指标', null, null],
    ['数量指标', '培训人数', '≥100人'],
    ['成本指标', '培训成本', '≤20万元'],
    ['效益指标（30分）', null, null],
    ['社会效益指标', '服务水平', '有所提升'],
    ['满意度指标', null, null],
    ['服务对象满意度指标', '学员满意度', '≥90%'],
  ];

  it('reads the rows under each heading with its 一级, merged across the grid or not', () => {
    for (const merges of [['A5:C5', 'A8:C8', 'A10:C10'], []]) {
      const [t] = locateTables(sheet(rows, merges));
      expect(t.indicators.map((i) => [i.level1.text, i.level3.text])).toEqual([
        ['产出指标', '培训人数'],
        ['产出指标', '培训成本'],
        ['效益指标（30分）', '服务水平'],
        ['满意度指标', '学员满意度'],
      ]);
    }
  });

  it('a heading that is no 一级 name still ends the grid', () => {
    const [t] = locateTables(sheet([...rows.slice(0, 6), ['附件：经费明细', null, null], ['办公费', '5', null]], ['A7:C7']));
    expect(t.indicators.map((i) => i.level3.text)).toEqual(['培训人数']);
  });
});

describe('locateTables — the 三级 column under other names', () => {
  it.each(['三级指标', '指标内容', '指标名称', '具体指标', '具体绩效指标', '考核指标', '指标名称及内容', '绩效指标内容'])('%s', (label) => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null],
        ['一级指标', '二级指标', label, '指标值'],
        ['产出指标', '数量指标', '培训人数', '≥100人'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
      ]),
    );
    expect(t.indicators.map((i) => [i.level3.text, i.value.text])).toEqual([
      ['培训人数', '≥100人'],
      ['学员满意度', '≥90%'],
    ]);
  });

  // The 预算管理一体化 standard's fields in order (kpi_lv3 | kpi_content | kpi_evalstd | kpi_val, as the
  // pmkpi system's DDL comments them: test/fixtures/census/systems40.tsv). Our data. 指标内容 after the
  // 三级 describes it; it had been read as a second side-by-side group's 三级, the descriptions as 三级 names.
  it.each(['指标内容', '指标名称'])('三级指标 | %s | 评（扣）分标准 | 指标值: the 三级 column stays the 三级', (label) => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null, null],
        ['一级指标', '二级指标', '三级指标', label, '评（扣）分标准', '指标值'],
        ['产出指标', '数量指标', '培训人数', '参加培训的人数', '完成得满分', '≥100人'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '问卷调查的满意比例', '按比例扣分', '≥90%'],
      ]),
    );
    expect(t.indicators.map((i) => [i.level3.text, i.description?.text, i.value.text])).toEqual([
      ['培训人数', '参加培训的人数', '≥100人'],
      ['学员满意度', '问卷调查的满意比例', '≥90%'],
    ]);
  });

  it('two side-by-side groups each under 三级指标 | 指标值 | 指标内容 stay two groups', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null, null, null, null],
        ['二级指标(中长期)', '三级指标', '指标值', '指标内容', '二级指标(年度)', '三级指标', '指标值', '指标内容'],
        ['数量指标', '培训人数', '≥300人', '三年参训人数', '数量指标', '培训人数', '≥100人', '当年参训人数'],
        ['服务对象满意度指标', '学员满意度', '≥90%', '问卷', '服务对象满意度指标', '学员满意度', '≥90%', '问卷'],
      ]),
    );
    expect(t.indicators.map((i) => i.value.text)).toEqual(['≥100人', '≥90%']);
  });
});

describe('locateTables — the 三级 and value columns under words no pattern knows', () => {
  const grid = (level3: string, value: string, extra: CellValue[] = []) =>
    sheet([
      ['项目名称', '某项目', null, null, null],
      ['一级指标', '二级指标', level3, value, ...extra],
      ['产出指标', '数量指标', '培训人数', '≥100人', '当年参训人数'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '问卷调查'],
    ]);
  it.each(['预期目标', '年度预期目标', '绩效标准', '标准值', '考核标准', '目标要求', '预期成果', '年度目标', '绩效目标', '目标', '预期指标', '2025年', '2025年度', '2025'])('value column %s', (label) => {
    const [t] = locateTables(grid('三级指标', label));
    expect(t.header?.columns.value).toBe(3);
    expect(t.indicators.map((i) => i.value.text)).toEqual(['≥100人', '≥90%']);
  });
  it.each([
    ['绩效指标', '指标值'],
    ['指标明细', '预期目标'],
  ])('三级 column %s (value %s)', (level3, value) => {
    const [t] = locateTables(grid(level3, value));
    expect(t.header?.columns).toMatchObject({ level3: 2, value: 3 });
    expect(t.indicators.map((i) => [i.level3.text, i.value.text])).toEqual([
      ['培训人数', '≥100人'],
      ['学员满意度', '≥90%'],
    ]);
  });
  it('指标类型 holding 数量指标 / 质量指标 is the 二级 column, not 定性/定量', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null],
        ['指标类型', '指标名称', '指标值'],
        ['数量指标', '培训人数', '≥100人'],
        ['质量指标', '合格率', '≥95%'],
        ['服务对象满意度指标', '学员满意度', '≥90%'],
      ]),
    );
    expect(t.header?.columns).toEqual({ level2: 0, level3: 1, value: 2 });
    expect(t.indicators.map((i) => [i.level1.text, i.level2.text])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
  });
  it('指标类型 holding 定量 / 定性 stays the nature column', () => {
    const [t] = locateTables(
      sheet([
        ['项目名称', '某项目', null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标类型', '指标值'],
        ['产出指标', '数量指标', '培训人数', '定量', '≥100人'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '定量', '≥90%'],
      ]),
    );
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, nature: 3, value: 4 });
  });
  it('a labelled column is never guessed at: 指标解释 stays the description, the unknown word after it is the value', () => {
    const [t] = locateTables(grid('三级指标', '指标解释', ['预期目标']));
    expect(t.header?.columns).toMatchObject({ level3: 2, description: 3, value: 4 });
  });
  it('words that name no value (备注) leave the value column unread rather than guessed', () => {
    const [t] = locateTables(grid('三级指标', '备注'));
    expect(t.header?.columns.value).toBeUndefined();
  });
  it('一级 | 二级 with two unknown words is no header unless one of them says 指标 (the rows below are read as a grid with no header)', () => {
    expect(locateTables(grid('名称', '备注'))[0]?.header?.row).toBe(2);
  });
});

describe('locateTables — a grid of 指标名称 | 指标值 only, under its own 项目名称', () => {
  const upper: CellValue[][] = [
    ['项目名称', '某项目', null],
    ['预算数（万元）', 20, null],
  ];
  it('is read as a flat list, its values checked', () => {
    const [t] = locateTables(sheet([...upper, ['指标名称', '指标值', null], ['培训人数', '≥100人', null], ['学员满意度', '≥90%', null]]));
    expect(t.header?.columns).toEqual({ level3: 0, value: 1 });
    expect(t.indicators.map((i) => i.value.text)).toEqual(['≥100人', '≥90%']);
  });
  it('is no grid without a 项目名称 above it (two labels alone are too little)', () => {
    expect(locateTables(sheet([['指标名称', '指标值'], ['培训人数', '≥100人']]))).toEqual([]);
  });
});

describe('locateTables — the label merged down beside the grid ends it (zj-linhai-lvhua-2024)', () => {
  const rows: CellValue[][] = [
    ['项目名称', '绿化养护经费', null, null],
    ['项目绩效目标', '绩效目标 总体描述', '完成我市建成区的绿化养护工作', null],
    [null, '指标类型', '指标名称', '指标值'],
    [null, '产出指标', '数量指标', '375万平方米'],
    [null, '满意度指标', '服务对象满意度指标', '≥95%'],
    ['最近年度绩效评价情况', '优秀□ 良好□', null, '附上一年度评价报告列示的主要问题'],
  ];
  it('a new label in the framing column below the frame is the form’s next part, not an indicator', () => {
    const [t] = locateTables(sheet(rows, ['A2:A5']));
    expect(t.indicators.map((i) => i.row)).toEqual([3, 4]);
  });
  it('without the frame (merges lost or unmerged) the form’s closing row still ends the grid', () => {
    const [t] = locateTables(sheet(rows));
    expect(t.indicators.map((i) => i.row)).toEqual([3, 4]);
    // Its text written in every cell of its merged areas, as an unmerged export does.
    const filled = rows.map((r, i) => (i === 5 ? ['最近年度绩效评价情况', '优秀□ 良好□', '优秀□ 良好□', '附上一年度评价报告列示的主要问题'] : r));
    expect(locateTables(sheet(filled))[0].indicators.map((i) => i.row)).toEqual([3, 4]);
  });
  it('a 三级 that merely mentions an evaluation is still an indicator', () => {
    const more = [...rows.slice(0, 5), [null, '产出指标', '绩效评价完成率', '＝100%']];
    expect(locateTables(sheet(more))[0].indicators.map((i) => i.row)).toEqual([3, 4, 5]);
  });
});
