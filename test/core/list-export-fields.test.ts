/**
 * A list of indicators exported without the budget and goals columns (`项目名称 | 一级指标 | … |
 * 权重`): the system keeps them elsewhere. Each project says once, on its own row, that the budget
 * was not checked (an info), and is not sent back for missing goals; a table-level finding of a
 * project lands on the project's own first row, never on the header row the projects share.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const HEADER = '项目名称|一级指标|二级指标|三级指标|计算符号|指标值|计量单位|权重';
const project = (name: string, weights: number[]): string[] => [
  `${name}|产出指标|数量指标|养护里程|≥|50|公里|${weights[0]}`,
  `${name}|产出指标|质量指标|合格率|≥|95|%|${weights[1]}`,
  `${name}|产出指标|时效指标|完成时间|≤|12|月|${weights[2]}`,
  `${name}|产出指标|成本指标|养护成本|≤|100|万元|${weights[3]}`,
  `${name}|效益指标|社会效益指标|出行条件|定性|有效改善||${weights[4]}`,
  `${name}|满意度指标|服务对象满意度指标|群众满意度|≥|90|%|${weights[5]}`,
];

const findings = (lines: string[]): string[] =>
  checkSheet(textGrid(lines)).tables.flatMap((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`));

describe('a list export without 预算数 and 绩效目标 columns', () => {
  test('each project: one info on its own row that the budget was not checked, nothing on goals', () => {
    const lines = [HEADER, ...project('乡村道路养护', [20, 20, 10, 10, 20, 20]), ...project('农田水利', [20, 20, 10, 10, 20, 20])];
    expect(findings(lines)).toEqual(['info A2:H2 budget/missing-total', 'info A8:H8 budget/missing-total']);
  });

  test('weights that do not add up: reported on the project’s own row of the weight column', () => {
    const lines = [HEADER, ...project('乡村道路养护', [20, 20, 10, 10, 20, 20]), ...project('农田水利', [20, 20, 10, 10, 20, 10])];
    expect(findings(lines).filter((f) => f.includes('weights-sum'))).toEqual(['info H8 structure/weights-sum']);
    const off = [HEADER, ...project('乡村道路养护', [25, 20, 10, 10, 20, 20])];
    expect(findings(off).filter((f) => f.includes('weights-sum'))).toEqual(['error H2 structure/weights-sum']);
  });

  test('with a 预算数 column left empty for a project, that project is still told to fill it in', () => {
    const lines = [`${HEADER}|预算数`, ...project('乡村道路养护', [20, 20, 10, 10, 20, 20]).map((l) => `${l}|`)];
    expect(findings(lines)).toContain('error I2 budget/missing-total');
  });
});

describe('a list’s 合计 row', () => {
  const withBudget = (name: string, total: string): string[] => project(name, [20, 20, 10, 10, 20, 20]).map((l, i) => `${l}|${i === 0 ? total : ''}|${i === 0 ? '完成养护' : ''}`);
  const HEAD = `${HEADER}|预算数|年度绩效目标`;

  test.each(['合计', '小计', '总计', '合 计'])('%s under the projects is no project of its own', (word) => {
    const lines = [HEAD, ...withBudget('乡村道路养护', '100'), ...withBudget('农田水利', '100'), `${word}|||||||||200|`];
    const result = checkSheet(textGrid(lines));
    expect(result.tables.map((t) => t.table.projectName?.text)).toEqual(['乡村道路养护', '农田水利']);
    expect(findings(lines)).toEqual([]);
  });

  test('a project named after its total (合计补助资金) is still a project', () => {
    const lines = [HEAD, ...withBudget('乡村道路养护', '100'), ...withBudget('合计补助资金', '100')];
    expect(checkSheet(textGrid(lines)).tables.map((t) => t.table.projectName?.text)).toEqual(['乡村道路养护', '合计补助资金']);
  });
});

test('a unit’s heading row between projects (its name alone in the row) is no project', () => {
  const withBudget = (name: string): string[] => project(name, [20, 20, 10, 10, 20, 20]).map((l, i) => `${l}|${i === 0 ? '100' : ''}|${i === 0 ? '完成养护' : ''}`);
  const HEAD = `${HEADER}|预算数|年度绩效目标`;
  const lines = [HEAD, '某县交通局|||||||||', ...withBudget('乡村道路养护'), '二、某县水利局|||||||||', ...withBudget('农田水利')];
  const result = checkSheet(textGrid(lines));
  expect(result.tables.map((t) => t.table.projectName?.text)).toEqual(['乡村道路养护', '农田水利']);
  expect(findings(lines)).toEqual([]);
  // A project row with its own cells written stays a project, even with no indicator rows of its own.
  const bare = [HEAD, ...withBudget('乡村道路养护'), '农田水利|||||||||50|完成灌溉'];
  expect(checkSheet(textGrid(bare)).tables.map((t) => t.table.projectName?.text)).toEqual(['乡村道路养护', '农田水利']);
});

describe('a 预算一体化 list export: 项目资金 over the totals, 指标类型 over the 一级 names', () => {
  const HEAD = '预算单位|项目名称|项目资金|年度绩效目标|指标类型|指标名称|指标解释|指标值|计量单位|指标方向';
  const rows = (total: string, cost: string): string[] => [
    `101001-县教育局|学生资助补助经费|${total}|按政策发放学生资助，保障困难学生就学。|产出指标|资助学生人数|反映资助学生数量|1200|人次|≥`,
    '||||产出指标|资助资金发放及时率|反映发放及时情况|100|%|=',
    `||||成本指标|资助资金总额|反映资助成本|${cost}|万元|≤`,
    '||||效益指标|困难学生辍学率|反映辍学情况|0|%|=',
    '||||满意度指标|受助学生满意度|反映满意程度|95|%|≥',
  ];
  const merges = ['A2:A6', 'B2:B6', 'C2:C6', 'D2:D6'];
  const check = (lines: string[]) => checkSheet(textGrid(lines, merges)).tables;

  test('the 项目资金 column is the budget and the 指标类型 column the 一级: a correct project is clean', () => {
    const [t] = check([HEAD, ...rows('85.6', '85.6')]);
    expect(t.table.budget.total?.text).toBe('85.6');
    expect(t.table.header?.columns.level1).toBe(4);
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual([]);
  });

  test('a cost cap above the 项目资金 is found', () => {
    const [t] = check([HEAD, ...rows('85.6', '90')]);
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error H4 budget/cost-exceeds']);
  });

  describe('资金情况 merged over 财政 | 其他 | 总额 in a second header row', () => {
    const lines = (cap: string) => [
      '项目名称|资金情况（万元）|||一级指标|二级指标|三级指标|指标值',
      '|财政资金|其他资金|资金总额||||',
      '道路养护|80|20|100|产出指标|数量指标|养护里程|≥50公里',
      `||||产出指标|成本指标|养护成本|${cap}`,
    ];
    const merges = ['B1:D1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'];
    test('each money column is read from the word under the group, not from the group word', () => {
      const [t] = checkSheet(textGrid(lines('≤100万元'), merges)).tables;
      expect([t.table.budget.total?.text, t.table.budget.fiscal?.text, t.table.budget.other?.text]).toEqual(['100', '80', '20']);
      expect(t.findings.filter((f) => f.category === 'budget')).toEqual([]);
    });
    test('a cost cap above the total is found', () => {
      const [t] = checkSheet(textGrid(lines('≤120万元'), merges)).tables;
      expect(t.findings.filter((f) => f.category === 'budget').map((f) => `${f.cell} ${f.rule}`)).toEqual(['H4 budget/cost-exceeds']);
    });
  });
});
