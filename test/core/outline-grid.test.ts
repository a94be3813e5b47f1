/**
 * Grids with no 一级/二级 columns whose levels are written as an outline in the indicator column
 * (`一、产出指标`, `（一）数量指标`, `1.养护里程 | ≥50公里`): the headings give the levels, and are
 * neither indicators nor empty values. A flat list without headings stays flat.
 */
import { join } from 'path';
import { Grid } from '../../src/core/engine/grid';
import { textGrid, textRows } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import { readWorkbookFile } from '../../src/hosts/file/read';

const TOP = ['项目名称|农村道路养护', '预算数（万元）|100', '年度目标|完成道路养护50公里'];
const OUTLINE = [
  '一、产出指标|',
  '（一）数量指标|',
  '1.养护里程|≥50公里',
  '（二）质量指标|',
  '1.验收合格率|＝100%',
  '（三）时效指标|',
  '1.完成时间|2024年12月底前',
  '（四）成本指标|',
  '1.养护成本|≤100万元',
  '二、效益指标|',
  '（一）社会效益指标|',
  '1.群众出行条件|有效改善',
  '三、满意度指标|',
  '（一）服务对象满意度指标|',
  '1.群众满意度|≥90%',
];

const grid = textGrid;

const findings = (lines: string[]) => checkSheet(grid(lines)).tables.flatMap((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`));

describe('an outline in the indicator column', () => {
  test.each([
    ['绩效指标 | 指标值', '绩效指标|指标值'],
    ['指标名称 | 指标值', '指标名称|指标值'],
    ['考核指标 | 目标值', '考核指标|目标值'],
  ])('under %s: six indicators with their levels, no finding on a correct table', (_, header) => {
    const lines = [...TOP, header, ...OUTLINE];
    const [t] = locateTables(grid(lines));
    expect(t.indicators.map((i) => [i.level1.text.replace(/^.、/, ''), i.level2.text.replace(/^（.）/, ''), i.level3.text])).toEqual([
      ['产出指标', '数量指标', '1.养护里程'],
      ['产出指标', '质量指标', '1.验收合格率'],
      ['产出指标', '时效指标', '1.完成时间'],
      ['产出指标', '成本指标', '1.养护成本'],
      ['效益指标', '社会效益指标', '1.群众出行条件'],
      ['满意度指标', '服务对象满意度指标', '1.群众满意度'],
    ]);
    // Each heading's cell is reported on the first row under it only.
    expect(t.indicators.map((i) => i.level1.inherited)).toEqual([false, true, true, true, false, false]);
    expect(findings(lines)).toEqual([]);
  });

  test('headings without numbering, and 二级 headings with no 一级 heading above them', () => {
    const plain = OUTLINE.map((l) => l.replace(/^(.、|（.）|\d\.)/, '')).filter((l) => !/^(产出|效益|满意度)指标\|$/.test(l));
    const lines = [...TOP, '绩效指标|指标值', ...plain];
    const [t] = locateTables(grid(lines));
    expect(t.indicators.map((i) => `${i.level1.text}/${i.level2.text}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/时效指标',
      '产出指标/成本指标',
      '效益指标/社会效益指标',
      '满意度指标/服务对象满意度指标',
    ]);
    expect(findings(lines)).toEqual([]);
  });

  test('a missing 一级 is reported, as in a table with level columns', () => {
    const lines = [...TOP, '绩效指标|指标值', ...OUTLINE.slice(0, 12)];
    expect(findings(lines)).toEqual(['warning A4:B4 structure/missing-level1']);
  });

  test('a 二级 heading under the wrong 一级 heading is reported on the heading', () => {
    const lines = [...TOP, '绩效指标|指标值', ...OUTLINE.map((l) => l.replace('（二）质量指标', '（二）社会效益指标'))];
    expect(findings(lines)).toEqual(['error A8 structure/level2-mismatch']);
  });

  test('a value on an indicator named like a 二级 keeps it an indicator (and says so)', () => {
    const lines = [...TOP, '绩效指标|指标值', ...OUTLINE, '1.生态效益指标|明显改善'];
    const out = findings(lines);
    expect(out).toContain('warning A20 structure/level2-as-level3');
  });

  test('`绩效指标 | 指标值` as the group row over a full header is part of that header', () => {
    const lines = [
      ...TOP,
      '绩效指标|||指标值',
      '一级指标|二级指标|三级指标|',
      '产出指标|数量指标|养护里程|≥50公里',
      '效益指标|社会效益指标|群众出行条件|有效改善',
      '满意度指标|服务对象满意度指标|群众满意度|≥90%',
    ];
    const g = new Grid({ name: 'S', values: textRows(lines), merges: [{ top: 3, bottom: 3, left: 0, right: 2 }, { top: 3, bottom: 4, left: 3, right: 3 }] });
    const tables = locateTables(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.map((i) => i.level1.text)).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  test('a flat list with no headings stays flat: the levels cannot be checked, said once', () => {
    const lines = [...TOP, '指标名称|指标值', '养护里程|≥50公里', '验收合格率|＝100%', '群众满意度|≥90%'];
    const [t] = locateTables(grid(lines));
    expect(t.header?.columns.level1).toBeUndefined();
    expect(findings(lines)).toEqual(['info A4:B4 structure/missing-level1']);
  });

  test('the fixture: seed table 1 as an outline gives seed table 1’s own mistakes', async () => {
    const [g] = await readWorkbookFile(join(__dirname, '..', 'fixtures', 'outline.xlsx'));
    const [t] = checkSheet(g).tables;
    expect(t.table.indicators).toHaveLength(7);
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual([
      'info B14 content/trailing-punctuation',
      'info B18 value/wan-unit',
      'warning A23 structure/level2-as-level3',
      'error B26 value/malformed-unit',
    ]);
  });
});
