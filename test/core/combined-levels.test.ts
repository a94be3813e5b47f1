/**
 * Both levels in one cell (`指标类别`: `产出指标-数量指标`), as some systems export them: the cell
 * gives the 二级 and the 一级 it names, so the level checks run as in a form with two level
 * columns. A cell naming only one level, or words that are no level, is read as before.
 */
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import { resolveLevel1, resolveLevel2 } from '../../src/core/engine/taxonomy';
import { readWorkbookFile } from '../../src/hosts/file/read';
import { textGrid } from '../helpers/text-grid';

describe('resolveLevel2: one cell naming both levels', () => {
  test.each([
    ['产出指标-数量指标', '数量指标', ['产出指标']],
    ['产出指标/质量指标', '质量指标', ['产出指标']],
    ['产出指标／时效指标', '时效指标', ['产出指标']],
    ['效益指标—社会效益指标', '社会效益指标', ['效益指标']],
    ['效益指标、经济效益指标', '经济效益指标', ['效益指标']],
    ['满意度指标/服务对象满意度', '服务对象满意度指标', ['满意度指标']],
    ['产出-数量', '数量指标', ['产出指标']],
    ['产出指标 数量指标', '数量指标', ['产出指标']],
    ['产出指标数量指标', '数量指标', ['产出指标']],
    ['产出指标(30分)-数量指标(10分)', '数量指标', ['产出指标']],
    ['一、产出指标-（一）数量指标', '数量指标', ['产出指标']],
  ])('%s -> %s under %j', (text, name, level1) => {
    expect(resolveLevel2(text)).toEqual({ name, level1 });
    // The cell is no 一级 name on its own.
    expect(resolveLevel1(text)).toBeUndefined();
  });

  test('a 一级 the 二级 does not belong to: the 二级 keeps its own parents', () => {
    expect(resolveLevel2('效益指标-数量指标')).toEqual({ name: '数量指标', level1: ['产出指标'] });
  });

  test.each(['产出指标', '指标-数量指标', '数量指标-产出指标', '产出指标-培训人数', '产出指标完成情况良好数量指标', `产出指标-${'数'.repeat(40)}`, '-', ''])(
    'not both levels: %j',
    (text) => {
      expect(resolveLevel2(text)).toBeUndefined();
    },
  );
});

const TOP = ['项目名称|农村道路养护|', '预算数（万元）|100|', '年度目标|完成道路养护50公里|'];

function findings(lines: string[], merges: string[] = []): string[] {
  const [t] = checkSheet(textGrid(lines, merges)).tables;
  return t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`);
}

describe('a column of combined level names', () => {
  const LINES = [
    ...TOP,
    '指标类别|指标名称|指标值',
    '产出指标-数量指标|养护里程|≥50公里',
    '产出指标-质量指标|验收合格率|＝100%',
    '产出指标-时效指标|完成时间|2024年12月底前',
    '产出指标-成本指标|养护成本|≤100万元',
    '效益指标-社会效益指标|群众出行条件|有效改善',
    '满意度指标-服务对象满意度指标|群众满意度|≥90%',
  ];

  test('is the 二级 column, and each row gets the 一级 its cell names', () => {
    const [t] = locateTables(textGrid(LINES));
    expect(t.header?.columns.level2).toBe(0);
    expect(t.indicators.map((i) => i.level1.text)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(t.indicators.map((i) => resolveLevel2(i.level2.text)?.name)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
      '社会效益指标',
      '服务对象满意度指标',
    ]);
  });

  test('a clean table: no finding, and no "levels cannot be checked" note', () => {
    expect(findings(LINES)).toEqual([]);
  });

  test('the level checks run: a words-only value on a 数量 row is found', () => {
    const lines = LINES.map((l) => (l.startsWith('产出指标-数量指标') ? '产出指标-数量指标|养护里程|有所增加' : l));
    expect(findings(lines)).toEqual(['warning C5 value/qualitative-not-allowed']);
  });

  test('a missing 一级 is found from the combined names (no 满意度 row)', () => {
    expect(findings(LINES.slice(0, -1))).toEqual(['warning A4:C4 structure/missing-level1']);
  });

  test('a name merged down over its rows counts once and covers them', () => {
    const lines = [...TOP, '指标类别|指标名称|指标值', '产出指标/数量指标|养护里程|≥50公里', '|养护桥梁|≥3座', '产出指标/质量指标|验收合格率|＝100%'];
    const [t] = locateTables(textGrid(lines, ['A5:A6']));
    expect(t.header?.columns.level2).toBe(0);
    expect(t.indicators.map((i) => `${i.level1.text} ${resolveLevel2(i.level2.text)?.name ?? ''}`)).toEqual([
      '产出指标 数量指标',
      '产出指标 数量指标',
      '产出指标 质量指标',
    ]);
  });
});

test('the fixture: seed table 1 with its levels in one column gives seed table 1’s own mistakes', async () => {
  const [g] = await readWorkbookFile(join(__dirname, '..', 'fixtures', 'combined-levels.xlsx'));
  const [t] = checkSheet(g).tables;
  expect(t.table.indicators).toHaveLength(7);
  expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual([
    'info C10 content/trailing-punctuation',
    'info C12 value/wan-unit',
    'warning B14 structure/level2-as-level3',
    'error C15 value/malformed-unit',
  ]);
});
