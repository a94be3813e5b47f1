/**
 * Tables placed side by side on the same rows (a sheet laid out to print two to a page): each is
 * read on its own, in reading order, and nothing else is split — column groups, spacer columns,
 * a title merged over both, notes beside a table.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Grid, rectToA1, type CellValue } from '../../src/core/engine/grid';
import { textGrid } from '../helpers/text-grid';
import { locateTables } from '../../src/core/engine/locate';
import { checkSheet } from '../../src/core/engine';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';

const grid = textGrid;

const LEFT = [
  '项目名称|农村道路养护|||',
  '预算数（万元）|100|财政资金|100|',
  '年度目标|完成道路养护50公里|||',
  '一级指标|二级指标|三级指标|指标值|',
  '产出指标|数量指标|养护里程|≥50公里|',
  '|质量指标|验收合格率|100%|',
  '|时效指标|完成时间|2024年12月底前|',
  '|成本指标|养护成本|≤100万元|',
  '效益指标|社会效益指标|群众出行条件|有效改善|',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%|',
];
const RIGHT = [
  '项目名称|图书馆免费开放|||',
  '预算数（万元）|50|财政资金|50|',
  '年度目标|全年免费开放300天|||',
  '一级指标|二级指标|三级指标|指标值|',
  '产出指标|数量指标|开放天数|≥300天|',
  '|质量指标|设施完好率|≥95%|',
  '|时效指标|完成时间|2024年12月底前|',
  '|成本指标|运行成本|≤60万元|',
  '效益指标|社会效益指标|服务读者人次|≥5万人次|',
  '满意度指标|服务对象满意度指标|读者满意度|≥90%|',
];
/** b to the right of a, `gap` empty columns between (a's missing rows padded with empty cells). */
const beside = (a: string[], b: string[], gap = 1): string[] => {
  const width = a[0].split('|').length;
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => `${a[i] ?? '|'.repeat(width - 1)}${'|'.repeat(gap)}${b[i] ?? ''}`);
};

describe('side by side', () => {
  test('two tables with an empty column between are two tables, each with its own findings', () => {
    const g = grid(beside(LEFT, RIGHT));
    const tables = locateTables(g);
    expect(tables.map((t) => [t.projectName?.text, rectToA1(t.range), t.indicators.length])).toEqual([
      ['农村道路养护', 'A1:D10', 6],
      ['图书馆免费开放', 'F1:I10', 6],
    ]);
    expect(tables.map((t) => t.index)).toEqual([0, 1]);
    const findings = checkSheet(g).tables.map((t) => t.findings.map((f) => `${f.cell} ${f.rule}`));
    // The left table's 100% without a sign; the right table's cost cap above its own budget.
    expect(findings[0]).toEqual(['D6 value/missing-sign']);
    expect(findings[1]).toEqual(['I8 budget/cost-exceeds']);
  });

  test('two tables right against each other (no spacer column): a second 项目名称 over a second 一级 starts the right one', () => {
    const g = grid(beside(LEFT, RIGHT, 0));
    const tables = locateTables(g);
    expect(tables.map((t) => [t.projectName?.text, rectToA1(t.range), t.indicators.length])).toEqual([
      ['农村道路养护', 'A1:D10', 6],
      ['图书馆免费开放', 'E1:H10', 6],
    ]);
    const findings = checkSheet(g).tables.map((t) => t.findings.map((f) => `${f.cell} ${f.rule}`));
    expect(findings).toEqual([['D6 value/missing-sign'], ['H8 budget/cost-exceeds']]);
    // One table's 中长期/年度 groups repeat the levels under one 项目名称: not cut.
    const groups = grid(['项目名称|某项目||||||', '一级指标|二级指标|三级指标|中长期指标值|一级指标|二级指标|三级指标|年度指标值', '产出指标|数量指标|人数|≥300人|产出指标|数量指标|人数|≥100人']);
    expect(locateTables(groups)).toHaveLength(1);
  });

  test('read top to bottom, then left to right: a table under the right one comes after both', () => {
    const right = [...RIGHT, '', ...RIGHT.map((l) => l.replace('图书馆免费开放', '文化馆免费开放'))];
    const tables = locateTables(grid(beside(LEFT, right, 2)));
    expect(tables.map((t) => t.projectName?.text)).toEqual(['农村道路养护', '图书馆免费开放', '文化馆免费开放']);
    expect(tables.map((t) => t.index)).toEqual([0, 1, 2]);
  });

  test('three side by side', () => {
    const third = RIGHT.map((l) => l.replace('图书馆免费开放', '文化馆免费开放'));
    const tables = locateTables(grid(beside(beside(LEFT, RIGHT), third)));
    expect(tables.map((t) => [t.projectName?.text, rectToA1(t.range)])).toEqual([
      ['农村道路养护', 'A1:D10'],
      ['图书馆免费开放', 'F1:I10'],
      ['文化馆免费开放', 'K1:N10'],
    ]);
  });

  test('a title merged over both keeps them one part of the sheet (read as before)', () => {
    const lines = ['2024年项目支出绩效目标表||||||||||', ...beside(LEFT, RIGHT)];
    const tables = locateTables(grid(lines, ['A1:J1']));
    expect(tables).toHaveLength(1);
  });

  test('notes to the right of a table, past an empty column, stay with it', () => {
    const notes = ['填表说明：', '1.指标值应含符号和单位', '2.成本指标不超过预算数'];
    const tables = locateTables(grid(beside(LEFT, notes)));
    expect(tables).toHaveLength(1);
    expect(tables[0].projectName?.text).toBe('农村道路养护');
  });

  test('a value column past an empty spacer column is the same table', () => {
    const spaced = LEFT.map((l, i) => {
      const cells = l.split('|');
      return i < 3 ? l : [...cells.slice(0, 3), '', cells[3] ?? ''].join('|');
    });
    const tables = locateTables(grid(spaced));
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.map((r) => r.value.text)).toEqual(['≥50公里', '100%', '2024年12月底前', '≤100万元', '有效改善', '≥90%']);
  });

  test('a column of labels past an empty spacer column, no title merged over it (gd-luohu-nanhu-2022 with a blank column after A): one table', () => {
    const lines = [
      '项目名称||农村道路养护|||',
      '预算数（万元）||100|财政资金|100|',
      '年度目标||完成道路养护50公里|||',
      '绩效指标||一级指标|二级指标|三级指标|指标值',
      '||产出指标|数量指标|养护里程|≥50公里',
      '|||质量指标|验收合格率|100%',
      '|||成本指标|养护成本|≤100万元',
      '||满意度指标|服务对象满意度指标|群众满意度|≥90%',
    ];
    const tables = locateTables(grid(lines, ['A4:A8']));
    expect(tables.map((t) => [t.projectName?.text, rectToA1(t.range), t.indicators.length])).toEqual([['农村道路养护', 'A1:F8', 4]]);
  });

  test('中长期 and 年度 column groups with an empty column between are one table', () => {
    const lines = [
      '项目名称|农村道路养护||||||',
      '预算数（万元）|100|财政资金|100||||',
      '年度目标|完成道路养护50公里||||||',
      '一级指标|二级指标|中长期指标||年度指标|||',
      '||三级指标|指标值||三级指标|指标值|',
      '产出指标|数量指标|养护里程|≥200公里||养护里程|≥50公里|',
      '|质量指标|验收合格率|＝100%||验收合格率|＝100%|',
      '|时效指标|完成时间|2027年底前||完成时间|2024年12月底前|',
      '|成本指标|养护成本|≤400万元||养护成本|≤100万元|',
      '效益指标|社会效益指标|群众出行条件|有效改善||群众出行条件|有效改善|',
      '满意度指标|服务对象满意度指标|群众满意度|≥90%||群众满意度|≥90%|',
    ];
    const tables = locateTables(grid(lines, ['A4:A5', 'B4:B5', 'C4:D4', 'F4:G4']));
    expect(tables).toHaveLength(1);
  });

  test('the fixture: two tables at A1 and I1, a third under the right one, as its sidecar lists', async () => {
    const dir = join(__dirname, '..', 'fixtures');
    const sidecar = JSON.parse(readFileSync(join(dir, 'side-by-side.expected.json'), 'utf8')) as {
      sheets: { tables: { range: string; project: string; indicators: number }[] }[];
    };
    const [g] = await readWorkbookFile(join(dir, 'side-by-side.xlsx'));
    const tables = locateTables(new Grid(g));
    expect(tables.map((t) => [rectToA1(t.range), t.projectName?.text, t.indicators.length])).toEqual(
      sidecar.sheets[0].tables.map((t) => [t.range, t.project, t.indicators]),
    );
    // Each table has the findings it has when it stands alone on a sheet.
    const whole = checkSheet(g).tables;
    for (const t of whole) {
      const alone = checkSheet(new Grid(g).region(t.table.range)).tables;
      expect(alone).toHaveLength(1);
      expect(t.findings.map((f) => `${f.cell} ${f.rule} ${f.message}`)).toEqual(alone[0].findings.map((f) => `${f.cell} ${f.rule} ${f.message}`));
    }
  });

  test('a crafted sheet of thousands of one-column "tables" is read as one part, in linear work', () => {
    // 一级指标 headers in every other column: more bands than are ever read apart.
    const make = (n: number) => {
      const header: CellValue[] = [];
      const row: CellValue[] = [];
      for (let c = 0; c < n; c++) {
        header.push(c % 2 === 0 ? '一级指标' : null);
        row.push(c % 2 === 0 ? '产出指标' : null);
      }
      return new Grid({ name: 'S', values: [header, row, row] });
    };
    expect(() => locateTables(make(2000))).not.toThrow();
    expect(growthRatio((n) => locateTables(make(n)), 400)).toBeLessThan(LINEAR_BOUND);
  });
});
