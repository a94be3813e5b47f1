/**
 * A rule that reaches a cell twice (through merges) reports it once: per rule, cell and message.
 * A table's first findings are compared one by one, later ones through a set of keys made from
 * them (src/core/engine/index.ts, TableContext.reported); both give one finding per key, whichever
 * side of that switch the first report and its repeat fall.
 */
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { resolveSettings, runRules } from '../../src/core/engine';
import type { Rule } from '../../src/core/engine/rules/types';

const values: CellValue[][] = [['项目名称', '项目'], ['预算数', '10'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '甲', '≥1次']];
const grid = new Grid({ name: 'S', values });
const [table] = locateTables(grid);

/** A rule reporting `plan`'s cells (row numbers) in order, each with message `a` or `b`. */
function ruleOf(plan: [number, 'a' | 'b'][]): Rule {
  return {
    meta: { id: 'content/trailing-punctuation', category: 'content', severity: 'info', fixable: false },
    check(ctx) {
      for (const [row, messageId] of plan) ctx.report({ messageId: messageId === 'a' ? 'level3' : 'value', at: { row, col: 0 }, data: { text: 'x', mark: '。' } });
    },
  };
}

function keys(plan: [number, 'a' | 'b'][]): string[] {
  const findings = runRules([ruleOf(plan)], grid, table, '2015', resolveSettings());
  return findings.map((f) => `${f.row}|${f.messageId}`);
}

function expected(plan: [number, 'a' | 'b'][]): string[] {
  const seen = new Set<string>();
  for (const [row, m] of plan) seen.add(`${row}|${m === 'a' ? 'level3' : 'value'}`);
  return [...seen].sort((x, y) => Number(x.split('|')[0]) - Number(y.split('|')[0]) || 0);
}

test.each([3, 15, 16, 17, 40, 200])('%i cells, each reported twice and with a second message: one finding per cell and message', (n) => {
  const plan: [number, 'a' | 'b'][] = [];
  for (let r = 0; r < n; r++) plan.push([r, 'a']);
  // Repeats of early findings after the set of keys was made, and a second message on some cells.
  for (let r = 0; r < n; r++) plan.push([r, 'a']);
  for (let r = 0; r < n; r += 3) plan.push([r, 'b'], [r, 'b'], [r, 'a']);
  const got = keys(plan);
  expect(got).toHaveLength(expected(plan).length);
  expect(new Set(got).size).toBe(got.length);
  expect(new Set(got)).toEqual(new Set(expected(plan)));
});
