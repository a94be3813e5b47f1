/**
 * 宁夏's outline export (L5) indents each level of its one name column: the project, 一级, 二级,
 * then the indicators. A name indented under a 二级 heading is an indicator whatever it is called,
 * value or not: `服务对象满意度` is also a 二级's name, and left empty it was read as another heading,
 * its empty value never found (and the rows under it filed under no 二级).
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { checkSheet } from '../../src/core/engine';
import { outlineHead } from '../helpers/outline-sheet';

const head = outlineHead();

function run(rows: CellValue[][]) {
  const [t] = checkSheet(new Grid({ name: '批复表', values: rows })).tables;
  return { names: t.table.indicators.map((i) => `${i.level2.text.trim()} > ${i.level3.text.trim()}`), findings: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`) };
}

test('the last indicator, named as a 二级 and left empty, is an indicator with an empty value', () => {
  const { names, findings } = run([...head, ['   满意度指标', null, null], ['    服务对象满意度指标', null, null], ['     服务对象满意度', null, null]]);
  expect(names).toEqual(['成本指标 > 疫苗采购单价', '数量指标 > 疫苗使用率', '服务对象满意度指标 > 服务对象满意度']);
  expect(findings).toContain('B13 value/empty');
});

test('in the middle, the rows after it stay under their own 二级', () => {
  const { names, findings } = run([...head, ['     服务对象满意度', null, null], ['     疫苗接种人数', '≥100人', null]]);
  expect(names).toEqual(['成本指标 > 疫苗采购单价', '数量指标 > 疫苗使用率', '数量指标 > 服务对象满意度', '数量指标 > 疫苗接种人数']);
  expect(findings).toContain('B11 value/empty');
  expect(findings.filter((f) => f.includes('structure/unknown-level2'))).toEqual([]);
});

test('an export that does not indent reads its headings by their names, as before', () => {
  const flat = (rows: CellValue[][]) => rows.map((r) => r.map((c) => (typeof c === 'string' ? c.trim() : c)));
  const { names } = run(flat([...head, ['满意度指标', null, null], ['服务对象满意度指标', null, null], ['服务对象满意度', '≥90%', null]]));
  expect(names).toEqual(['成本指标 > 疫苗采购单价', '数量指标 > 疫苗使用率', '服务对象满意度指标 > 服务对象满意度']);
});
