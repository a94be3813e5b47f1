/**
 * Tune tables re-laid out as other units lay them out (scripts/mutate-corpus.ts, issue #11): each
 * grid here is made by us from the shape of a real tune table, mutated; consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { outlineHead } from '../helpers/outline-sheet';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|慰问人数|≥32人',
  '效益指标|社会效益指标|宣传覆盖|覆盖全区',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

describe('a money block whose merges were undone, each label written in every cell it covered', () => {
  // The block of sc-zhaohua-jikong-2021 (年度资金总额 over 财政拨款 and 自有资金 and their 其中 rows),
  // every merge undone with its text repeated: 年度资金总额 three times across.
  const upper = (repeat: boolean) => {
    const r = (t: string) => (repeat ? `${t}|${t}|${t}` : `${t}||`);
    return [
      '项目名称|麻风病防治|麻风病防治|麻风病防治|麻风病防治',
      `项目资金(万元)|${r('年度资金总额')}|金额(万元)`,
      `项目资金(万元)|${r('(一)财政拨款小计')}|4`,
      `项目资金(万元)|${r('1、一般公共预算')}|3`,
      `项目资金(万元)|${r('2、政府性基金')}|1`,
      `项目资金(万元)|${r('(二)自有资金小计')}|0`,
      `项目资金(万元)|${r('1、事业收入')}|0`,
      `年度目标|${r('完成麻风病防治工作')}|完成麻风病防治工作`,
    ];
  };
  const merges = ['B1:E1', 'B2:D2', 'A2:A7', 'B3:D3', 'B4:D4', 'B5:D5', 'B6:D6', 'B7:D7', 'B8:E8'];

  test('reads the same parts as the merged form: one total label, not three', () => {
    const merged = locateTables(textGrid([...upper(false), ...GRID], merges))[0];
    const flat = locateTables(textGrid([...upper(true), ...GRID]))[0];
    const parts = (t: typeof merged) => (t.budget.parts ?? []).map((p) => `${p.at.row},${p.at.col}=${p.text}`);
    expect(parts(merged)).toEqual(['3,4=3', '4,4=1', '6,4=0']);
    expect(parts(flat)).toEqual(parts(merged));
    expect(flat.budget.fiscal?.text).toBe('4');
    expect(flat.budget.other?.text).toBe('0');
  });

  test('the parts still add up to 财政拨款 in both, so neither has a budget finding', () => {
    const budget = (lines: string[], m: string[] = []) => checkSheet(textGrid(lines, m)).tables[0].findings.filter((f) => f.category === 'budget').map((f) => f.rule);
    expect(budget([...upper(true), ...GRID])).toEqual(budget([...upper(false), ...GRID], merges));
  });
});

describe('an empty spacer column inside a grid header, past its 三级', () => {
  // sc-ganzi-scjg-2024's form with its merges undone (every cell written) and an empty column put in
  // after 三级指标, as an export's spacer: the labels right of the gap (项目名称) and the grid's columns
  // right of it (指标性质, 指标值, 度量单位, 权重) belong to the same table.
  const gap = (line: string) => {
    const cells = line.split('|');
    cells.splice(3, 0, '');
    return cells.join('|');
  };
  const SHEET = [
    '绩效目标表|绩效目标表|绩效目标表|绩效目标表|绩效目标表|绩效目标表|绩效目标表',
    '单位信息:|324001-甘孜州市场监督管理局|324001-甘孜州市场监督管理局|项目名称:|食品安全|食品安全|食品安全',
    '主管部门:|324-甘孜州市场监督管理部门|324-甘孜州市场监督管理部门|项目经办人:|||',
    '整体目标:|组织协调推进全州食品安全重点工作|组织协调推进全州食品安全重点工作|组织协调推进全州食品安全重点工作|组织协调推进全州食品安全重点工作|组织协调推进全州食品安全重点工作|组织协调推进全州食品安全重点工作',
    '一级指标|二级指标|三级指标|指标性质|指标值|度量单位|权重(%)',
    '产出指标|数量指标|召开会议|定量|2|次|10',
    '产出指标|质量指标|合格率|定量|100|%|10',
    '满意度指标|服务对象满意度指标|公众满意度|定量|90|%|10',
  ];

  test('one project table, read as without the gap (its columns one to the right)', () => {
    const [plain] = locateTables(textGrid(SHEET));
    const tables = locateTables(textGrid(SHEET.map(gap)));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.kind ?? 'project').toBe('project');
    expect(t.projectName?.text).toBe(plain.projectName?.text);
    expect(t.indicators.map((i) => [i.level3.text, i.value.text, i.unit?.text])).toEqual(plain.indicators.map((i) => [i.level3.text, i.value.text, i.unit?.text]));
    expect(t.header?.columns).toEqual({ level1: 0, level2: 1, level3: 2, nature: 4, value: 5, unit: 6, weight: 7 });
  });

  test('a grid whose header names a role again past the gap is a second table beside it', () => {
    // zj-linhai-lvhua-2024's grid (指标类型 | 指标名称 | 指标值 | 指标描述) twice, one blank column between.
    const twice = (l: string) => `${l}||${l}`;
    const lines = [
      '项目名称|绿化养护经费|绿化养护经费|绿化养护经费',
      '绩效目标|完成绿化养护|完成绿化养护|完成绿化养护',
      '指标类型|指标名称|指标值|指标描述',
      '产出指标|数量指标|375万平方米|完成养护',
      '产出指标|质量指标|100%|全覆盖',
      '满意度指标|服务对象满意度指标|≥95%|满意',
    ].map(twice);
    const tables = locateTables(textGrid(lines));
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.indicators.map((i) => i.value.at.col))).toEqual([[2, 2, 2], [7, 7, 7]]);
  });
});

describe('notes right under an outline export (L5)', () => {
  // nx-shizuishan-jkzx-2020's outline (宁夏's budget system), a 填表说明 and a 注 written right under
  // its last indicator, then the signatures: the notes end the outline, they are no indicators.
  const rows: CellValue[][] = [
    ...outlineHead(),
    ['   满意度指标', null, null],
    ['    服务对象满意度指标', null, null],
    ['     服务对象满意度', '≥90%', null],
  ];
  const notes: CellValue[][] = [['填表说明：1.绩效指标应尽量细化、量化；2.指标值应与预算资金相匹配。', null, null], ['注：本表由项目单位填写，一式两份。', null, null], ['填报人：王芳', '联系电话：0871-12345678', null]];
  const run = (r: CellValue[][]) => checkSheet(new Grid({ name: '批复表', values: r })).tables;

  test('the same indicators and findings as without the notes', () => {
    const [plain] = run(rows);
    const tables = run([...rows, ...notes]);
    expect(tables).toHaveLength(1);
    expect(tables[0].table.indicators.map((i) => i.level3.text.trim())).toEqual(['疫苗采购单价', '疫苗使用率', '服务对象满意度']);
    expect(tables[0].findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(plain.findings.map((f) => `${f.cell} ${f.rule}`));
    expect(tables[0].findings.some((f) => f.rule === 'value/empty')).toBe(false);
  });

  test('the next export right under it, its title and unit line written into every cell: two tables, no indicator restating a title', () => {
    const flat = rows.slice(0, 2).map((r) => [r[0], r[0], r[0]]);
    const tables = run([...rows, ...flat, ...rows.slice(2)]);
    expect(tables.map((t) => t.table.indicators.map((i) => i.level3.text.trim()))).toEqual([
      ['疫苗采购单价', '疫苗使用率', '服务对象满意度'],
      ['疫苗采购单价', '疫苗使用率', '服务对象满意度'],
    ]);
    expect(tables.flatMap((t) => t.findings).filter((f) => f.rule === 'value/restates-indicator')).toEqual([]);
  });

  test('two exports side by side, a blank column between: two tables, each with its own indicators and findings', () => {
    const beside = rows.map((r) => [...r, null, ...r]);
    const tables = run(beside);
    expect(tables.map((t) => [t.table.range.left, t.table.indicators.map((i) => i.level3.text.trim())])).toEqual([
      [0, ['疫苗采购单价', '疫苗使用率', '服务对象满意度']],
      [4, ['疫苗采购单价', '疫苗使用率', '服务对象满意度']],
    ]);
    const [plain] = run(rows);
    expect(tables[1].findings.map((f) => `${f.row},${f.col - 4} ${f.rule}`)).toEqual(plain.findings.map((f) => `${f.row},${f.col} ${f.rule}`));
  });

  test('an indicator whose value restates its name is still one, and reported', () => {
    const [t] = run([...rows.slice(0, 7), ['     按时完成', '按时完成', null], ...rows.slice(7)]);
    expect(t.table.indicators.map((i) => i.level3.text.trim())).toContain('按时完成');
    expect(t.findings.some((f) => f.rule === 'value/restates-indicator')).toBe(true);
  });
});

describe('two forms stacked with no gap, their merges undone', () => {
  // hn-nanxian-zfbz-2024's shape: a split-value grid, and right under its last indicator the next
  // form's title and year, each written into every cell of its undone merge.
  const form = (name: string) => [
    '项目绩效年度表|项目绩效年度表|项目绩效年度表|项目绩效年度表|项目绩效年度表|项目绩效年度表',
    '(2024年度)|(2024年度)|(2024年度)|(2024年度)|(2024年度)|(2024年度)',
    `项目名称|${name}|${name}|${name}|${name}|${name}`,
    '一级指标|二级指标|三级指标|指标值符号|指标值|计量单位',
    '产出指标|数量指标|门面数量|=|9|间',
    '效益指标|社会效益指标|门面闲置率|≤|5|%',
    '满意度指标|服务对象满意度指标|承租人满意度|≥|90|%',
  ];

  test('the second title and year end the first grid: two tables, three indicators each, no finding on the title rows', () => {
    const result = checkSheet(textGrid([...form('国有资产出租'), ...form('门面维修')]));
    expect(result.tables.map((t) => t.table.indicators.map((i) => i.level3.text))).toEqual([
      ['门面数量', '门面闲置率', '承租人满意度'],
      ['门面数量', '门面闲置率', '承租人满意度'],
    ]);
    // The second table's whole-table findings sit on its title's row; no cell of the title rows is read as an indicator's.
    const onTitles = result.tables.flatMap((t) => t.findings).filter((f) => (f.row === 7 || f.row === 8) && !f.cell.includes(':'));
    expect(onTitles.map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
  });
});

describe('a 序号 column in front of a two-row header, 序号 in its second row only', () => {
  // hb-huangshi-dangxiao-2022's two-row header (指标值 over 2021年实际实现值 | 预期2022年实现值), its
  // merges undone (each text in every cell), and a 序号 column put in front with 序号 in the second row.
  const lines = [
    '|项目名称|主体班|主体班|主体班|项目负责人||',
    '|年度绩效目标(文字)|主体班培训280人次|主体班培训280人次|主体班培训280人次|主体班培训280人次|主体班培训280人次|主体班培训280人次',
    '|绩效指标|一级指标|二级指标|三级指标|指标值|指标值|指标标准或依据',
    '序号|绩效指标|一级指标|二级指标|三级指标|2021年实际实现值|预期2022年实现值|指标标准或依据',
    '1|绩效指标|产出指标|数量指标|主体班培训人次|260人次|≥280人次|计划',
    '2|绩效指标|产出指标|质量指标|学员结业率|100%|≥98%|计划',
    '3|绩效指标|效益指标|社会效益指标|干部理论素养|有所提升|有效提升|计划',
    '4|绩效指标|满意度指标|服务对象满意度指标|学员满意度|≥95%|≥95%|计划',
  ];

  test('one table: 序号 is the header’s, the expected year’s column is read', () => {
    const tables = checkSheet(textGrid(lines)).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0].table.indicators.map((i) => i.value.text)).toEqual(['≥280人次', '≥98%', '有效提升', '≥95%']);
    expect(tables[0].findings.filter((f) => f.rule === 'structure/no-indicators')).toEqual([]);
  });
});
