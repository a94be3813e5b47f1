/**
 * The older 范本 family of project target tables (about 2014–2018, issue #11; the shapes and their
 * sources are listed in docs/fanben.md): a 2015-era municipal form with 二级 names of its own
 * (目标完成程度 / 项目实施效益 / 项目管理) is checked by its own names, with one info saying so;
 * 全年绩效目标 is the goals' label; a `指标值/绩效标准` or `绩效标准` column is the value column, and
 * beside `指标值` the 绩效标准 column is not. A real defect on such a form is still found.
 *
 * test/fixtures/fanben.xlsx is written by scripts/make-fanben-fixtures.ts; its content, like the
 * small grids here, is made up by us (consistency, not accuracy).
 */
import { readFileSync } from 'fs';
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import { isOlderTemplateCost, olderTemplateLevel2, resolveLevel2 } from '../../src/core/engine/taxonomy';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import { FANBEN_FIXTURE, fanbenWorkbook } from '../../scripts/make-fanben-fixtures';
import { arrayWorkRatio, LINEAR_WORK } from '../helpers/array-work';
import { textGrid } from '../helpers/text-grid';

function findings(lines: string[], merges: string[] = []): string[] {
  const [t] = checkSheet(textGrid(lines, merges)).tables;
  return t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`);
}

describe('the older 范本 二级 names', () => {
  test.each([
    ['目标完成程度', '目标完成程度', ['产出指标']],
    ['目标完成程度指标', '目标完成程度', ['产出指标']],
    ['项目实施效益', '项目实施效益', ['效益指标']],
    [' 项目 实施效益（20分）', '项目实施效益', ['效益指标']],
    ['项目管理', '项目管理', ['产出指标', '效益指标']],
  ])('%j is the 范本 name %s under %j', (text, name, level1) => {
    expect(olderTemplateLevel2(text)).toEqual({ name, level1 });
    // Not a spelling of one of the scheme's 二级: the other rules keep treating it as unknown.
    expect(resolveLevel2(text)).toBeUndefined();
  });

  test.each(['数量指标', '项目完成', '目标', '', '目标完成程度'.repeat(10)])('not a 范本 name: %j', (text) => {
    expect(olderTemplateLevel2(text)).toBeUndefined();
  });

  test('a cost row of the 范本: a 三级 naming 成本 under 目标完成程度 only', () => {
    expect(isOlderTemplateCost('目标完成程度', '项目总成本')).toBe(true);
    expect(isOlderTemplateCost('目标完成程度', '道路维修面积')).toBe(false);
    expect(isOlderTemplateCost('项目实施效益', '项目总成本')).toBe(false);
  });
});

const TOP = ['项目名称|城区道路维修养护||', '预算数|120|其中：财政资金|120', '年度绩效目标|完成道路维修3万平方米||'];
const OWN = [
  ...TOP,
  '一级指标|二级指标|三级指标|指标值/绩效标准',
  '产出指标|目标完成程度|道路维修面积|≥3万平方米',
  '产出指标|目标完成程度|项目总成本|≤120万元',
  '效益指标|项目实施效益|道路完好率|≥90%',
  '效益指标|项目实施效益|群众出行满意度|≥85%',
  '效益指标|项目管理|资金使用合规率|＝100%',
];

describe('a form with the 范本 二级 names', () => {
  test('one info on the first such 二级, no unknown 二级, missing 一级 or missing cost', () => {
    expect(findings(OWN)).toEqual(['info B5 structure/unknown-level2']);
    const [t] = checkSheet(textGrid(OWN)).tables;
    expect(t.findings[0].message).toContain('目标完成程度、项目实施效益、项目管理');
  });

  test('a long table of them: still one info (the rows are looked up in a set, not a list)', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => (i % 2 ? `效益指标|项目实施效益|效益${i}|≥90%` : `产出指标|目标完成程度|产出${i}|≥1次`));
    const [t] = checkSheet(textGrid([...OWN, ...rows])).tables;
    expect(t.findings.filter((f) => f.rule === 'structure/unknown-level2').map((f) => `${f.severity} ${f.cell}`)).toEqual(['info B5']);
  });

  test('its rows are asked for linearly: 10× the rows, under 20× the array work (a list searched per row was 100×)', () => {
    // The same 100 names at both sizes: the engine's text memories hold them after the first run, so
    // neither count carries a first look at a text.
    const sheet = (n: number) => textGrid([...OWN, ...Array.from({ length: n }, (_, i) => (i % 2 ? `效益指标|项目实施效益|效益${i % 50}|≥90%` : `产出指标|目标完成程度|产出${i % 50}|≥1次`))]);
    checkSheet(sheet(200));
    expect(arrayWorkRatio(sheet, (grid) => checkSheet(grid), 200)).toBeLessThan(LINEAR_WORK);
  });

  test('its cost row is capped by the budget as any cost', () => {
    expect(findings(OWN.map((l) => l.replace('≤120万元', '≤150万元')))).toContain('error D6 budget/cost-exceeds');
  });

  test('without a cost row the missing cost is still reported', () => {
    expect(findings(OWN.filter((l) => !l.includes('项目总成本')))).toContain('warning A4:D4 structure/missing-cost');
  });

  test('without a satisfaction row the missing 满意度 is still reported', () => {
    expect(findings(OWN.filter((l) => !l.includes('满意度')))).toContain('warning A4:D4 structure/missing-level1');
  });

  test('a 范本 name under another 一级 is still an unknown 二级 (warning)', () => {
    const lines = OWN.map((l) => l.replace('效益指标|项目实施效益|道路完好率', '满意度指标|项目实施效益|道路完好率'));
    expect(findings(lines)).toContain('warning B7 structure/unknown-level2');
  });

  test('a name of no 范本 beside them is still reported', () => {
    const lines = [...OWN, '效益指标|政治效益|群众认可度|≥80%'];
    expect(findings(lines)).toContain('warning B10 structure/unknown-level2');
  });
});

describe('the goals and value columns of the 范本', () => {
  test('全年绩效目标 is the goals label', () => {
    const lines = [...TOP.slice(0, 2), '全年绩效目标|完成道路维修3万平方米||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|道路维修面积|≥3万平方米'];
    const [t] = locateTables(textGrid(lines));
    expect(t.goals?.text).toBe('完成道路维修3万平方米');
    expect(findings(lines)).not.toContain('error A1:D5 structure/missing-goals');
  });

  test.each(['指标值/绩效标准', '绩效标准'])('%s is the value column', (label) => {
    const [t] = locateTables(textGrid([...TOP, `一级指标|二级指标|三级指标|${label}`, '产出指标|数量指标|道路维修面积|≥3万平方米']));
    expect(t.header?.columns.value).toBe(3);
  });

  test('beside 指标值, 绩效标准 is not the value column', () => {
    const [t] = locateTables(textGrid([...TOP, '一级指标|二级指标|三级指标|绩效标准|指标值', '产出指标|数量指标|道路维修面积|行业规范|≥3万平方米']));
    expect(t.header?.columns.value).toBe(4);
    expect(t.indicators[0].value.text).toBe('≥3万平方米');
  });
});

describe('two target columns, the whole term\'s and the year\'s', () => {
  const TWO = (head: string, cost = '≤120万元') => [
    ...TOP,
    `一级指标|二级指标|三级指标|${head}`,
    '产出指标|数量指标|道路维修面积|≥9万平方米|≥3万平方米',
    `产出指标|成本指标|项目总成本|≤360万元|${cost}`,
    '效益指标|社会效益指标|道路完好率|≥90%|≥90%',
    '满意度指标|服务对象满意度指标|群众满意度|≥85%|≥85%',
  ];

  // Before, the first column (the whole term's) was read: its ≤360万元 was a false cost-exceeds.
  test.each(['长期绩效目标|全年绩效目标', '实施期目标|年度目标', '中期目标|本年度目标'])('%s: the year\'s is the value column', (head) => {
    const [t] = locateTables(textGrid(TWO(head)));
    expect(t.header?.columns.value).toBe(4);
    expect(findings(TWO(head))).toEqual([]);
  });

  // 总目标 | 本年度目标: a project plan system's 项目总体绩效目标表 (find_string 4843022366 in
  // test/fixtures/census/systems40.tsv); the rows ours. 总目标 had been read as the value column.
  test.each(['总目标|本年度目标', '总体目标|年度目标', '项目总目标|本年度目标'])('%s: the year\'s is the value column', (head) => {
    const [t] = locateTables(textGrid(TWO(head)));
    expect(t.header?.columns.value).toBe(4);
    expect(findings(TWO(head))).toEqual([]);
  });

  test('总目标 alone is the value column', () => {
    const [t] = locateTables(textGrid([...TOP, '一级指标|二级指标|三级指标|总目标', '产出指标|数量指标|道路维修面积|≥9万平方米']));
    expect(t.header?.columns.value).toBe(3);
  });

  test('a cap above the budget in the year\'s column is still found', () => {
    expect(findings(TWO('长期绩效目标|全年绩效目标', '≤150万元'))).toContain('error E6 budget/cost-exceeds');
  });

  test('the whole term\'s column alone is the value column, as before', () => {
    const [t] = locateTables(textGrid([...TOP, '一级指标|二级指标|三级指标|长期绩效目标', '产出指标|数量指标|道路维修面积|≥9万平方米']));
    expect(t.header?.columns.value).toBe(3);
  });
});

describe('test/fixtures/fanben.xlsx', () => {
  test('is what scripts/make-fanben-fixtures.ts writes', async () => {
    const bytes = await workbookBytes(buildWorkbook(fanbenWorkbook()));
    expect(Buffer.from(bytes).equals(readFileSync(FANBEN_FIXTURE))).toBe(true);
  });

  test('each sheet: its table, rows, value column and findings', async () => {
    const sheets = await readWorkbookFile(FANBEN_FIXTURE);
    const read = sheets.map((g) => {
      const [t] = checkSheet(g).tables;
      const m = t.table;
      return {
        sheet: g.name,
        project: m.projectName?.text,
        budget: [m.budget.total?.text, m.budget.fiscal?.text, m.budget.other?.text],
        goals: m.goals?.text,
        rows: m.indicators.length,
        valueColumns: [...new Set(m.indicators.map((i) => i.value.at.col))],
        findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`),
      };
    });
    expect(read).toEqual([
      {
        sheet: '自有二级',
        project: '城区道路维修养护',
        budget: ['120.00', '120.00', '0.00'],
        goals: '2016年完成道路维修3万平方米，维修工程验收合格。',
        rows: 7,
        valueColumns: [3],
        findings: ['info B10 structure/unknown-level2'],
      },
      {
        sheet: '自有二级-有误',
        project: '城区道路维修养护',
        budget: ['120.00', '100.00', '0.00'],
        goals: '2016年完成道路维修3万平方米，维修工程验收合格。',
        rows: 7,
        valueColumns: [3],
        findings: ['error C4 budget/sum-mismatch', 'info B10 structure/unknown-level2', 'error D11 value/malformed-unit', 'error D13 budget/cost-exceeds'],
      },
      {
        sheet: '绩效标准列',
        project: '农村饮水安全工程维护',
        budget: ['80.00', '80.00', '0.00'],
        goals: '维护农村集中供水工程12处，保障3.2万人饮水安全。',
        rows: 6,
        valueColumns: [3],
        findings: [],
      },
      {
        sheet: '申报表',
        project: '城区道路维修养护',
        budget: ['120.00', '120.00', '0.00'],
        goals: '完成道路维修3万平方米。',
        rows: 12,
        // The annual grid's values (H), then the long-term grid's (E).
        valueColumns: [7, 4],
        findings: [],
      },
      {
        sheet: '两栏目标',
        project: '农村饮水安全工程维护',
        budget: ['80.00', '80.00', '0.00'],
        goals: '维护农村集中供水工程12处，保障3.2万人饮水安全。',
        rows: 7,
        // The year's column (全年绩效目标), not the whole term's.
        valueColumns: [4],
        findings: [],
      },
    ]);
  });
});
