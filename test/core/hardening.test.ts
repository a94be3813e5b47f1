/**
 * Bad input through the whole engine: hostile cell contents, huge sheets, huge strings. Nothing
 * may throw, and the work must grow linearly with the sheet — measured by counting cell reads
 * (deterministic), not by timing.
 */
import { growthRatio, LINEAR_BOUND } from '../helpers/growth';
import fc from 'fast-check';
import { Grid, type CellValue, type GridInit, type Rect } from '../../src/core/engine/grid';
import { allFindings, checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';
import { locateTables } from '../../src/core/engine/locate';

const UNICODE_SPACES = ['\u00a0', '\u1680', '\u2000', '\u2003', '\u2007', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\t', '\r\n'];
const ERRORS = ['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const LABELS = ['项目名称', '预算数', '其中：财政资金', '其他资金', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '指标性质', '度量单位', '分值', '单位：万元'];
const VALUES = ['≥200次', '≤26.5万', '100%', '≥99百分之', '不低于98%', '＝１００％', '２６．５０', '1,030,700.00', '=SUM(A1:A3)', '46000', '2025/1/1'];

/** Cell contents real sheets hold: labels, values, formulas' cached errors, dates as serials, numbers as text, spaces. */
const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...LABELS, ...VALUES, ...ERRORS),
  fc.constantFrom(...UNICODE_SPACES).chain((sp) => fc.constantFrom(...LABELS, ...VALUES).map((t) => `${sp}${t.split('').join(sp)}${sp}`)),
  fc.integer({ min: 0, max: 60000 }), // dates are serial numbers
  fc.double(),
  fc.boolean(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const hostileGrid = fc
  .record({ rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 12 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      values: fc.array(fc.array(hostileCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(
        fc
          .record({ top: fc.integer({ min: 0, max: rows }), left: fc.integer({ min: 0, max: cols }), h: fc.integer({ min: 0, max: 6 }), w: fc.integer({ min: 0, max: 4 }) })
          .map((m): Rect => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
        { maxLength: 15 },
      ),
    }),
  );

describe('hostile input', () => {
  it('random cells (errors, dates, numbers as text, unicode spaces, formulas) and random merges never throw', () => {
    fc.assert(
      fc.property(hostileGrid, ({ values, merges }) => {
        const result = checkSheet({ name: 'S', values, merges });
        for (const t of result.tables) for (const f of t.findings) expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it('a real table whose cells are all error values or 1 MB strings is still read and checked', () => {
    const sheet = (n: number): CellValue[][] => {
      const long = '很长的文字'.repeat(n / 5);
      return [
        ['项目名称', long],
        ['预算数', '#REF!', '其中：财政资金', '#DIV/0!', '其他资金', '#N/A'],
        ['绩效目标', long],
        ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
        ['产出指标', '数量指标', long, long, long],
        [null, '成本指标', '总成本', '总成本', '#VALUE!'],
        ['满意度指标', '服务对象满意度指标', '满意度', '满意度', `≥${'9'.repeat(n / 10)}%`],
      ];
    };
    // 100 KB and 1 MB cells: 10× the text, not 100× the time.
    expect(growthRatio((n) => checkSheet({ name: 'S', values: sheet(n) }), 100_000, 2)).toBeLessThan(LINEAR_BOUND);
    const big = '很长的文字'.repeat(200_000); // 1 MB
    const rows: CellValue[][] = [
      ['项目名称', big],
      ['预算数', '#REF!', '其中：财政资金', '#DIV/0!', '其他资金', '#N/A'],
      ['绩效目标', big],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
      ['产出指标', '数量指标', big, big, big],
      [null, '成本指标', '总成本', '总成本', '#VALUE!'],
      ['满意度指标', '服务对象满意度指标', '满意度', '满意度', `≥${'9'.repeat(100_000)}%`],
    ];
    const result = checkSheet({ name: 'S', values: rows });
    expect(result.tables).toHaveLength(1);
    const rules = new Set(result.tables[0].findings.map((f) => f.rule));
    expect(rules.has('budget/not-a-number')).toBe(true);
  });
});

/** A Grid that counts every cell read, to measure work without a clock. */
class CountingGrid extends Grid {
  reads = 0;
  override rawValue(row: number, col: number): CellValue {
    this.reads++;
    return super.rawValue(row, col);
  }
  override rawText(row: number, col: number): string {
    this.reads++;
    return super.rawText(row, col);
  }
}

/** n stacked seed-like tables, separated by noise rows and blank rows. */
function stackedSheet(n: number): GridInit {
  const values: CellValue[][] = [];
  const merges: Rect[] = [];
  for (let i = 0; i < n; i++) {
    const top = values.length;
    values.push(
      [`${i + 1}.2025年第${i + 1}号项目-2025中央绩效目标表`],
      ['263101天津市西青区人民检察院', null, null, null, null, null, '单位：万元'],
      ['项目名称', `2025年第${i + 1}号项目-2025中央`],
      ['预算规模及资金用途', '预算数', '26.50', '其中：财政    资金', '26.50', '其他资金', null],
      [null, '用于信息化运维服务费用'],
      ['绩效目标', '1.保障办公办案正常进行。'],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', null, '指标值', null],
      ['产出指标', '数量指标', '软件维护次数', '一年内办案软件维护次数', null, '≥200次', null],
      [null, '成本指标', '项目总成本', '项目总成本', null, '≤26.5万', null],
      ['效益指标', '社会效益指标', '检察工作支持率', '检察工作支持率', null, '≥98%', null],
      ['满意度指标', '服务对象满意度指标', '满意度', '检察干警满意度', null, '≥99百分之', null],
      [],
      ['注：本表为测试数据', null, null, null, null, null, null],
      [],
    );
    merges.push({ top, left: 0, bottom: top, right: 6 }, { top: top + 3, left: 0, bottom: top + 4, right: 0 }, { top: top + 7, left: 0, bottom: top + 8, right: 0 });
    for (let r = top + 6; r <= top + 10; r++) merges.push({ top: r, left: 3, bottom: r, right: 4 }, { top: r, left: 5, bottom: r, right: 6 });
  }
  return { name: 'S', values, merges };
}

/** n rows of noise: unrelated data a sheet may hold around its tables. */
function noiseSheet(rows: number): GridInit {
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) values.push([`记录${r}`, r, r % 7 === 0 ? '预算数' : '说明', r % 11 === 0 ? null : '≥98%', '#N/A', r * 1.5]);
  return { name: 'S', values };
}

describe('work grows linearly with the sheet', () => {
  function readsFor(init: GridInit): { reads: number; tables: number } {
    const grid = new CountingGrid(init);
    const result = checkSheet(grid);
    return { reads: grid.reads, tables: result.tables.length };
  }

  it('10× the tables costs at most ~10× the cell reads', () => {
    const small = readsFor(stackedSheet(50));
    const large = readsFor(stackedSheet(500));
    expect(small.tables).toBe(50);
    expect(large.tables).toBe(500);
    const ratio = large.reads / small.reads;
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(10.5);
  });

  it('a 100,000-row sheet of noise is read linearly and holds no table', () => {
    const small = readsFor(noiseSheet(10_000));
    const grid = new CountingGrid(noiseSheet(100_000));
    expect(locateTables(grid)).toEqual([]);
    const ratio = grid.reads / small.reads;
    expect(ratio).toBeLessThan(10.5);
  });
});

/*
 * hostile45 round, data made by us: a value of Excel's full 32,767 characters lacking its sign
 * would be suggested with 32,768 — a one-click fix Excel cannot write. The finding stays; the
 * suggestion is not offered. One character shorter, it is.
 */
test('no suggestion past Excel\'s 32,767 characters a cell', () => {
  const head = ['项目名称|2025年某项目', '预算数|10', '绩效目标|完成。', '一级指标|二级指标|三级指标|绩效指标描述|指标值'];
  const signOf = (value: string) => allFindings(checkSheet(textGrid([...head, `产出指标|数量指标|设备数量||${value}`]))).find((f) => f.rule === 'value/missing-sign');
  const full = signOf(`${'9'.repeat(32_766)}%`);
  expect(full).toBeDefined();
  expect(full?.suggestion).toBeUndefined();
  expect(signOf(`${'9'.repeat(32_765)}%`)?.suggestion).toHaveLength(32_767);
});
