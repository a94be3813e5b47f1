/**
 * Crafted grids of round 14 (the engine). A sheet where the locator finds no grid is looked at
 * row by row for an outline export's header (locate-tree.ts treeHeaderAt), every cell's text
 * through the labels' ~200 patterns: 1,000,000 numbers (a 2.7 MB file, within every limit) took
 * the command line 12 s, 8 of them there. Work is counted: regular-expression runs per cell.
 */
import fc from 'fast-check';
import { checkSheet } from '../../src/core/engine';
import type { GridInit } from '../../src/core/engine/grid';
import { classifyLabel } from '../../src/core/engine/labels';

/** Regular-expression runs (exec, and test, match, replace through it) while `run` runs. */
function regexRuns(run: () => void): number {
  const proto = RegExp.prototype;
  const exec = proto.exec;
  let runs = 0;
  proto.exec = function (this: RegExp, s: string) {
    runs++;
    return exec.call(this, s);
  };
  try {
    run();
  } finally {
    proto.exec = exec;
  }
  return runs;
}

function numbers(rows: number, value: (r: number, c: number) => number): GridInit {
  return { name: 'S', values: Array.from({ length: rows }, (_, r) => Array.from({ length: 20 }, (_, c) => value(r, c))) };
}

test('a sheet of numbers only, the same or all different: a few pattern runs per cell, not the labels’ 200', () => {
  const cells = 2_000 * 20;
  const same = regexRuns(() => checkSheet(numbers(2_000, () => 1), {}));
  const different = regexRuns(() => checkSheet(numbers(2_000, (r, c) => r * 20 + c + 0.5), {}));
  expect(same / cells).toBeLessThan(10);
  expect(different / cells).toBeLessThan(10);
});

test('a text of ASCII digits, signs, points, commas and percent signs is no label (what lets the outline’s header search pass it by)', () => {
  const text = fc.array(fc.constantFrom('0', '1', '9', '.', ',', '-', '+', '%'), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (t) => classifyLabel(t) === undefined),
    { seed: 1414, numRuns: 3_000 },
  );
  for (const t of ['1', '12.50', '-0', '1,200.00', '45%', '+3', '1.', '.5', '100%', '2024', '1-3', '1.1.1', '(1)'.replace(/[()]/g, '')]) expect(classifyLabel(t)).toBeUndefined();
});

test('an outline export (L5) is still found among number cells', () => {
  const rows: (string | number | null)[][] = [
    ['项目', '指标值', '绩效金额'],
    ['产出指标', null, 100],
    ['数量指标', null, 50],
    ['培训人数', '≥100人', 10],
    ['质量指标', null, 20],
    ['合格率', '≥95%', 5],
    ['效益指标', null, null],
    ['社会效益指标', null, null],
    ['群众知晓率', '≥90%', null],
  ];
  const result = checkSheet({ name: 'S', values: [[1, 2, 3], ...rows] }, {});
  expect(result.tables.length).toBeGreaterThan(0);
});
