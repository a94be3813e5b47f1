/**
 * Tune tables re-laid out as they come through many hands (scripts/mutate-corpus.ts, issue #11,
 * stop 41): double-spaced sheets, page breaks in lists, tables moved or side by side. Each grid
 * here is made by us from the shape of a real tune table, mutated; consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { doubleSpacedRows, Grid, parseA1, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import type { TableModel } from '../../src/core/model';
import { outlineHead } from '../helpers/outline-sheet';
import { textGrid, textRows } from '../helpers/text-grid';

/** Every row of a text grid followed by an empty one, merges over the same rows (their tops and bottoms doubled). */
function doubled(lines: readonly string[], merges: readonly string[] = []): Grid {
  const values: CellValue[][] = textRows(lines).flatMap((r) => [r, []]);
  const ms = merges.map((m) => parseA1(m)).map((m) => ({ ...m, top: 2 * m.top, bottom: 2 * m.bottom }));
  return new Grid({ name: 'S', values, merges: ms });
}

/** What a reviewer reads of a table, with the rows it was read on. */
const reading = (t: TableModel) => ({
  range: t.range,
  projectName: t.projectName && [t.projectName.at.row, t.projectName.text],
  goals: t.goals && [t.goals.at.row, t.goals.text],
  total: t.budget.total && [t.budget.total.at.row, t.budget.total.text],
  header: t.header?.row,
  indicators: t.indicators.map((i) => [i.row, i.level1.text, i.level2.text, i.level3.text, i.value.at.row, i.value.at.col, i.value.text]),
});

describe('a double-spaced sheet (an empty row after every row)', () => {
  // hb-huangshi-dangxiao-2022's form (a tune table): 指标值 over two columns in a two-row header
  // (2021年实际实现值 | 预期2022年实现值), 绩效指标 merged down the left. Double-spaced, the blank row
  // between the header's two rows cut the header from its second row and the values were lost.
  const LINES = [
    '项目支出绩效目标批复表||||||',
    '项目名称|主体班|||项目负责人||',
    '项目金额|164万元|||其中:当年市级财政资金|132万元|',
    '年度绩效目标(文字)|主体班培训280人次|||||',
    '绩效指标|一级指标|二级指标|三级指标|指标值||指标标准或依据',
    '||||2021年实际实现值|预期2022年实现值|',
    '|产出指标|数量指标|主体班培训人次||280人次|',
    '|||开设课程数量||220|',
    '||质量指标|培训完成率||100%|',
    '||时效指标|及时完成率||100%|',
    '|满意度指标|服务对象满意度指标|培训学员对培训效果满意度||≥95%|',
  ];
  const MERGES = ['A1:G1', 'B2:D2', 'B3:D3', 'B4:G4', 'E5:F5', 'A5:A11', 'B5:B6', 'C5:C6', 'D5:D6', 'G5:G6', 'B7:B10', 'C7:C8'];

  test('reads the table it is: the same fields, each on its own row', () => {
    const [plain] = locateTables(textGrid(LINES, MERGES));
    const tables = locateTables(doubled(LINES, MERGES));
    expect(tables).toHaveLength(1);
    const at = (r: number) => 2 * r;
    const want = reading(plain);
    const got = reading(tables[0]);
    expect(got.indicators).toEqual(want.indicators.map(([row, l1, l2, l3, vr, vc, v]) => [at(row as number), l1, l2, l3, at(vr as number), vc, v]));
    expect(got.indicators.map((i) => i[6])).toEqual(['280人次', '220', '100%', '100%', '≥95%']);
    expect(got.projectName).toEqual([at(1), '主体班']);
    expect(got.total?.[1]).toBe(want.total?.[1]);
    expect(got.goals).toEqual([at(3), want.goals?.[1]]);
    expect(got.header).toBe(at(want.header as number));
    expect(got.range.top).toBe(0);
    expect(got.range.bottom).toBeGreaterThanOrEqual(at(10));
  });

  test('its findings are the plain table’s, on the doubled rows', () => {
    const keys = (g: Grid, f: (r: number) => number) =>
      checkSheet(g)
        .tables.flatMap((t) => t.findings)
        .filter((x) => x.severity !== 'info')
        .map((x) => `${x.rule}@${f(x.row)},${x.col}`)
        .sort();
    expect(keys(doubled(LINES, MERGES), (r) => r)).toEqual(keys(textGrid(LINES, MERGES), (r) => 2 * r));
  });

  const GRID = ['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|慰问人数|≥32人', '效益指标|社会效益指标|宣传覆盖|覆盖全区', '满意度指标|服务对象满意度指标|群众满意度|≥90%'];
  const FORM = (name: string) => [`项目名称|${name}||`, '年度目标|完成慰问||', ...GRID];

  test('two tables one blank row apart stay two tables (three blank rows apart once doubled)', () => {
    const lines = [...FORM('慰问老党员'), '', ...FORM('宣传活动')];
    const plain = locateTables(textGrid(lines));
    expect(plain).toHaveLength(2);
    const tables = locateTables(doubled(lines));
    expect(tables.map((t) => [t.projectName?.text, t.range.top, t.indicators.length])).toEqual(plain.map((t) => [t.projectName?.text, 2 * t.range.top, t.indicators.length]));
    // Each range ends at its last row, or over the spacer row under it; never in the next table.
    expect(tables.map((t, i) => t.range.bottom - 2 * plain[i].range.bottom)).toEqual([0, 1]);
    expect(tables[0].range.bottom).toBeLessThan(tables[1].range.top);
  });

  test('only a sheet whose written rows stand apart is double-spaced; a table with blank rows here and there is read as it is', () => {
    expect(doubledRows(doubled([...FORM('慰问老党员'), '', ...FORM('宣传活动')]))).toBe(true);
    // A form with a blank row between its head and its grid, and one inside it: not double-spaced.
    expect(doubledRows(textGrid(['项目名称|慰问||', '年度目标|完成慰问||', '', ...GRID.slice(0, 2), '', ...GRID.slice(2)]))).toBe(false);
    // Too few written rows to say.
    expect(doubledRows(doubled(['项目名称|慰问', '年度目标|完成慰问']))).toBe(false);
  });

  test('the rows kept: every written row, and of k blank rows the first ⌊k/2⌋', () => {
    const values: CellValue[][] = [['a'], [], ['b'], [], [], [], ['c'], [], ['d'], [], ['e'], [], ['f'], []];
    expect(doubleSpacedRows(new Grid({ name: 'S', values }))).toEqual([0, 2, 3, 6, 8, 10, 12]);
  });

  test('a merge keeps the rows kept inside it; one left on a single cell is dropped', () => {
    const values: CellValue[][] = [['a', 'x'], [], ['b'], [], ['c'], []];
    const g = new Grid({ name: 'S', values, merges: [parseA1('A1:A3'), parseA1('B1:B2'), parseA1('A5:B6')] });
    const k = g.keepRows([0, 2, 4]);
    expect(k.merges).toEqual([{ top: 0, bottom: 1, left: 0, right: 0 }, { top: 2, bottom: 2, left: 0, right: 1 }]);
    expect([k.text(0, 0), k.text(1, 0), k.text(2, 0), k.text(2, 1)]).toEqual(['a', 'a', 'c', 'c']);
  });

  test('work is linear: a double-spaced sheet of 20,000 rows is located once', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `产出指标|数量指标|指标${i}|≥${i}人`);
    const tables = locateTables(doubled(['一级指标|二级指标|三级指标|指标值', ...rows]));
    expect(tables.flatMap((t) => t.indicators)).toHaveLength(5000);
    expect(tables[0].indicators[4999].row).toBe(2 * 5000);
  });
});

const doubledRows = (g: Grid) => doubleSpacedRows(g) !== undefined;

describe('an outline export (L5) with its 指标值 split in two columns, number | unit', () => {
  // nx-shizuishan-jkzx-2020's outline (宁夏's budget system, a tune table), its values cut by us into
  // `≥95 | %` under `指标值 | 计量单位`, as a converter or clerk splits them (scripts/mutate-corpus.ts).
  // Before, the unit column was not read: `≥95` had no unit, and every value lost its unit.
  const split = (rows: CellValue[][]): CellValue[][] =>
    rows.map((r, i) => {
      if (i === 2) return [r[0], r[1], '计量单位', r[2]];
      const m = typeof r[1] === 'string' ? /^([≥≤]?\d+)(.+)$/.exec(r[1]) : null;
      return m ? [r[0], m[1], m[2], r[2]] : [r[0], r[1], null, r[2]];
    });

  test('each value is read with its unit, as the one-column value is', () => {
    const one = locateTables(new Grid({ name: '批复表', values: outlineHead() }));
    const two = locateTables(new Grid({ name: '批复表', values: split(outlineHead()) }));
    expect(two).toHaveLength(1);
    expect(two[0].layout).toBe('L5');
    expect(two[0].header?.columns.unit).toBe(2);
    const read = (t: TableModel) => t.indicators.map((i) => [i.level3.text.trim(), i.parsed.sign, i.parsed.number, i.parsed.unit]);
    expect(read(two[0])).toEqual(read(one[0]));
    expect(two[0].indicators.map((i) => [i.value.text, i.unit?.text, i.unit?.at.col])).toEqual([
      ['≤20', '元/支', 2],
      ['≥95', '%', 2],
    ]);
    expect(two[0].budget.total?.text).toBe('3000000');
  });
});

describe('a page break inside an outline export (L5)', () => {
  // nx-shizuishan-jkzx-2020's outline (a tune table) with a page break between two 二级 (made by us):
  // the page's number, a blank row, the header printed again. Before, the page number was read as
  // one more indicator (its value empty) and the header again as another.
  const rows = (): CellValue[][] => [...outlineHead(), ['第1页 共3页', null, null], [null, null, null], ['项目', '指标值', '绩效金额'], ['    质量指标', null, null], ['     疫苗合格率', '100%', null]];

  test('the outline goes on over it: the same indicators as without it, no empty value', () => {
    const plain = [...outlineHead(), ['    质量指标', null, null], ['     疫苗合格率', '100%', null]];
    const names = (values: CellValue[][]) => locateTables(new Grid({ name: '批复表', values })).map((t) => t.indicators.map((i) => `${i.level2.text.trim()}/${i.level3.text.trim()}=${i.value.text}`));
    expect(names(rows())).toEqual(names(plain));
    expect(names(rows())).toEqual([['成本指标/疫苗采购单价=≤20元/支', '数量指标/疫苗使用率=≥95%', '质量指标/疫苗合格率=100%']]);
    const findings = checkSheet(new Grid({ name: '批复表', values: rows() })).tables.flatMap((t) => t.findings);
    expect(findings.filter((f) => f.rule === 'value/empty')).toEqual([]);
  });
});

describe('a grid cut by a page number and a blank row, no header printed again', () => {
  // cq-tongnan-wugui-2023's grid (a tune table: 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值), a page
  // break put in by us before its qualitative rows, whose value is left empty (定性 in the 指标性质
  // column). Before, the grid ended at the page number: the rows after it were lost.
  const LINES = [
    '项目名称|五桂镇项目汇总||||',
    '当年绩效目标|按时足额发放,保障权益||||',
    '绩效指标|指标|指标权重|计量单位|指标性质|指标值',
    '|发放人数|20|人数|≥|80',
    '|是否按时足额发放|10|%|≥|95',
    '- 2 -|||||',
    '',
    '|促进社会和谐|20||定性|',
    '|保障收入|20||定性|',
  ];
  // 绩效指标 merged down the grid's left, cut in two by the break (its lower part blank).
  const MERGES = ['A3:A5', 'A8:A9'];

  test('the rows after the page are the grid’s, their empty values found', () => {
    const [t] = locateTables(textGrid(LINES, MERGES));
    expect(t.indicators.map((i) => i.level3.text)).toEqual(['发放人数', '是否按时足额发放', '促进社会和谐', '保障收入']);
    const empty = checkSheet(textGrid(LINES, MERGES)).tables.flatMap((x) => x.findings).filter((f) => f.rule === 'value/empty');
    expect(empty.map((f) => f.row)).toEqual([7, 8]);
  });

  test('a row after the page with only its 三级 (a note’s words in that column) still ends the grid', () => {
    const [t] = locateTables(textGrid([...LINES.slice(0, 7), '|以上指标由单位自行填报||||'], ['A3:A5']));
    expect(t.indicators.map((i) => i.level3.text)).toEqual(['发放人数', '是否按时足额发放']);
  });
});

describe('a double-spaced sheet changes nothing the next sheet reads', () => {
  // An outline's indicator right under its project, with no 一级 or 二级 heading (made by us from
  // nx-shizuishan-jkzx-2020's outline): its missing levels are one object every outline shares.
  // Mapping a double-spaced sheet's tables back onto its rows moved that shared object, and every
  // later sheet then read its missing levels one row down (before the fix: row 1, then 2, …).
  const sheet = (): CellValue[][] => [...outlineHead(), ['  另一项目', null, 5000], ['     直接指标', '≥1个', null]];
  const missingLevels = (values: CellValue[][]) => locateTables(new Grid({ name: '批复表', values }))[1].indicators.map((i) => [i.level1.at, i.level2.at]);

  test('the shared missing level stays where it was', () => {
    const before = missingLevels(sheet());
    for (let k = 0; k < 3; k++) locateTables(new Grid({ name: '批复表', values: [[], ...sheet().flatMap((r) => [r, []])] }));
    expect(missingLevels(sheet())).toEqual(before);
    expect(before).toEqual([[{ row: 0, col: 0 }, { row: 0, col: 0 }]]);
  });
});
