/**
 * The engine's row facts (src/core/engine/facts.ts): what each row's facts say is what the rules'
 * helpers work out afresh, the level names are resolved once per row (not once per rule), and a
 * table's facts grow linearly with its rows.
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { checkTable, resolveSettings } from '../../src/core/engine';
import { TableFacts } from '../../src/core/engine/facts';
import { costCaps, totalCaps } from '../../src/core/engine/money';
import * as taxonomy from '../../src/core/engine/taxonomy';
import { parseIndicatorValue, readNature } from '../../src/core/engine/value';
import { indicatorKind } from '../../src/core/engine/rules/value/kind';
import type { TableModel } from '../../src/core/model';
import { arrayWorkRatio, LINEAR_WORK } from '../helpers/array-work';

const LEVELS: [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '时效指标'],
  ['成本指标', '经济成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
  ['产出指示', '质量指标'],
  ['效益指标', '未知指标'],
];
const VALUES = ['≥10次', '≤2025年12月', '≤10万元', '有效提升', '≥90%', '100%', '≥5万元'];

/** A split-layout table of `rows` indicator rows (sign, value, unit, direction, nature columns). */
function splitTable(rows: number): TableModel {
  const values: CellValue[][] = [
    ['项目名称', '甲项目'],
    ['预算数', '100'],
    ['一级指标', '二级指标', '三级指标', '符号', '指标值', '度量单位', '指标方向', '指标性质'],
  ];
  for (let i = 0; i < rows; i++) {
    const [l1, l2] = LEVELS[i % LEVELS.length];
    values.push([l1, l2, `指标${i}`, i % 3 === 0 ? '≤' : '≥', String(10 + (i % 5)), i % 2 === 0 ? '万元' : '次', i % 4 === 0 ? '反向' : '正向', i % 5 === 0 ? '定性' : '定量']);
  }
  const [table] = locateTables(new Grid({ name: 'S', values }));
  return table;
}

/** A combined-value table of `rows` rows. */
function combinedTable(rows: number): { grid: Grid; table: TableModel } {
  const values: CellValue[][] = [['项目名称', '乙项目'], ['预算数', '20'], ['一级指标', '二级指标', '三级指标', '指标值']];
  for (let i = 0; i < rows; i++) {
    const [l1, l2] = LEVELS[i % LEVELS.length];
    values.push([l1, l2, `指标${i}`, VALUES[i % VALUES.length]]);
  }
  const grid = new Grid({ name: 'S', values });
  return { grid, table: locateTables(grid)[0] };
}

/** The first of some fields whose text says 正向/反向 (or 定性/定量), as the rules read it. */
function firstSaying(fields: (IndicatorFieldLike | undefined)[], what: 'direction' | 'qualitative') {
  for (const f of fields) {
    const says = f ? readNature(f.text)[what] : undefined;
    if (f && says !== undefined) return { field: f, says };
  }
  return undefined;
}
type IndicatorFieldLike = { text: string };

test.each([
  ['split', splitTable(21)],
  ['combined', combinedTable(21).table],
])('each row fact of a %s table is what the helpers work out afresh', (_name, table) => {
  expect(table.indicators.length).toBe(21);
  const facts = TableFacts.of(table);
  expect(facts.rows.map((f) => f.ind)).toEqual(table.indicators);
  for (const f of facts.rows) {
    const ind = f.ind;
    expect(f.level1).toEqual(taxonomy.resolveLevel1(ind.level1.text));
    expect(f.level2).toEqual(taxonomy.resolveLevel2(ind.level2.text));
    expect(f.cost).toBe(taxonomy.isCostIndicator(ind));
    expect(f.kind).toBe(indicatorKind(ind));
    expect(f.own).toEqual(parseIndicatorValue(ind.value.text));
    expect(f.direction).toEqual(firstSaying([ind.direction, ind.nature, ind.sign], 'direction'));
    expect(f.nature).toEqual(firstSaying([ind.nature, ind.direction, ind.sign], 'qualitative'));
  }
  expect(facts.has2021Row()).toBe(taxonomy.detectScheme({ ...table, unused: undefined }) === '2021');
  expect(facts.caps).toEqual(costCaps(table));
  expect(facts.totalCaps).toEqual(totalCaps(table));
});

test('the tables have rows that say 正向/反向 and 定性/定量, and cost caps (the facts above are not all empty)', () => {
  const facts = TableFacts.of(splitTable(21));
  expect(facts.rows.filter((f) => f.direction?.says === 'negative').length).toBeGreaterThan(0);
  expect(facts.rows.filter((f) => f.nature?.says === true).length).toBeGreaterThan(0);
  expect(TableFacts.of(combinedTable(21).table).caps.length).toBeGreaterThan(0);
});

test('the rules resolve each row’s 一级 and 二级 names once, not once per rule', () => {
  const { grid, table } = combinedTable(70);
  const settings = resolveSettings();
  const level1 = jest.spyOn(taxonomy, 'resolveLevel1');
  const level2 = jest.spyOn(taxonomy, 'resolveLevel2');
  try {
    const findings = checkTable(grid, table, settings).findings;
    // The rules did run on the rows (the 产出指示 typo and the unknown 二级 are reported).
    expect(findings.some((f) => f.rule === 'structure/unknown-level1')).toBe(true);
    expect(findings.some((f) => f.rule === 'structure/unknown-level2')).toBe(true);
    // Lookups of the rows' own 一级 and 二级 texts (level2-as-level3 also asks of the 三级 texts):
    // one per row for the facts, and a few for the rows whose name a rule looks at again (a typo
    // guessed, an unknown 二级 asked whether it is a 一级). Per rule, it would be several per row.
    const rows = table.indicators.length;
    const ofLevels = (calls: unknown[][]) => calls.filter(([text]) => table.indicators.some((ind) => ind.level1.text === text || ind.level2.text === text)).length;
    expect(ofLevels(level1.mock.calls)).toBeGreaterThanOrEqual(rows);
    expect(ofLevels(level1.mock.calls)).toBeLessThan(rows * 2);
    expect(ofLevels(level2.mock.calls)).toBeGreaterThanOrEqual(rows);
    expect(ofLevels(level2.mock.calls)).toBeLessThan(rows * 2);
  } finally {
    level1.mockRestore();
    level2.mockRestore();
  }
});

test('a table’s facts and its check grow linearly with its rows', () => {
  const settings = resolveSettings();
  // Once at both sizes first: the per-text memories are then as warm for one count as the other.
  for (const n of [40, 400]) {
    expect(TableFacts.of(splitTable(n)).totalCaps).toBeDefined();
    const { grid, table } = combinedTable(n);
    checkTable(grid, table, settings);
  }
  expect(arrayWorkRatio(splitTable, (t) => TableFacts.of(t).totalCaps, 40)).toBeLessThan(LINEAR_WORK);
  expect(arrayWorkRatio(combinedTable, ({ grid, table }) => checkTable(grid, table, settings), 40)).toBeLessThan(LINEAR_WORK);
});
