import fc from 'fast-check';
import { Grid, type CellValue, type Rect } from '../../src/core/engine/grid';
import { locateTables } from '../../src/core/engine/locate';
import { checkSheet } from '../../src/core/engine';

/** Texts that steer the locator: labels, headers, values, junk, unicode spaces. */
const VOCAB = [
  '项目名称', '预算数', '其中：财政    资金', '其他资金', '资金用途', '绩效目标', '预算规模及资金用途', '单位：万元', '单位:元',
  '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标性质', '指标方向', '度量单位', '计量单位', '分值', '目标值',
  '产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标', '服务对象满意度指标', '产出指标(50分)',
  '≥200次', '≤24小时', '≥99百分之', '100%', '≤26.5万', '大于等于', '定性', '正向', '#REF!', '#DIV/0!', '\u3000', ' ', '',
  '1.2025年检察业务信息化运维项目-2025中央绩效目标表', 'XX', '——', '2O', '≥≥90%',
  '— 1 —', '第2页，共3页', '指标名称', '具体绩效指标', '上年结转', '自筹资金',
  // This round's shapes: numbered project headings, goals sharing a cell with their label, a
  // description column before the value.
  '二、某某维修项目', '（一）某某培训项目', '绩效目标：完成培训500人次', '指标解释', '全年培训人次', '2025年12月底前',
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const gridArb = fc
  .record({
    rows: fc.integer({ min: 0, max: 30 }),
    cols: fc.integer({ min: 0, max: 10 }),
    originRow: fc.integer({ min: 0, max: 5 }),
    originCol: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ rows, cols, originRow, originCol }) =>
    fc.record({
      values: fc.array(fc.array(cellArb, { minLength: 0, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(
        fc
          .record({ top: fc.integer({ min: 0, max: 40 }), left: fc.integer({ min: 0, max: 12 }), h: fc.integer({ min: 0, max: 4 }), w: fc.integer({ min: 0, max: 3 }) })
          .map((m): Rect => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
        { maxLength: 8 },
      ),
      origin: fc.constant({ row: originRow, col: originCol }),
    }),
  );

describe('locator on random grids', () => {
  it('never throws, and every table it reports lies inside the sheet with consistent fields', () => {
    fc.assert(
      fc.property(gridArb, (init) => {
        const grid = new Grid({ name: 'S', ...init });
        const tables = locateTables(grid);
        tables.forEach((t, i) => {
          expect(t.index).toBe(i);
          expect(t.range.top).toBeLessThanOrEqual(t.range.bottom);
          expect(t.range.left).toBeLessThanOrEqual(t.range.right);
          for (const ind of t.indicators) {
            expect(ind.row).toBeGreaterThanOrEqual(t.range.top);
            expect(ind.row).toBeLessThanOrEqual(t.range.bottom);
          }
        });
        // Tables come top to bottom, side by side ones (sideBySideBands) left to right, and no two
        // overlap. (Side by side tables share their top row: a run found three 项目名称 in one row,
        // each read as a table of its own beside the others, which the older check took for an overlap.)
        for (let i = 1; i < tables.length; i++) {
          const [a, b] = [tables[i - 1].range, tables[i].range];
          expect(b.top > a.top || (b.top === a.top && b.left > a.right)).toBe(true);
        }
        for (let i = 0; i < tables.length; i++) {
          for (let j = i + 1; j < tables.length; j++) {
            const [a, b] = [tables[i].range, tables[j].range];
            const overlap = a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
            expect(overlap).toBe(false);
          }
        }
      }),
      {
        numRuns: 400,
        // Found by a run: a 项目名称's value merged up into the table above, the merge reaching
        // above the snapshot's first row (the second table started above the first).
        examples: [
          [{ values: [['项目名称'], ['项目名称'], ...Array.from({ length: 21 }, (): CellValue[] => []), ['指标名称', '指标值']], merges: [{ top: 1, left: 1, bottom: 5, right: 1 }], origin: { row: 4, col: 0 } }],
          // Three 项目名称 in one row: three tables side by side, sharing their top row.
          [{ values: [['项目名称', null, '项目名称', null, '项目名称'], [], [], [], [], []], merges: [], origin: { row: 2, col: 3 } }],
          // fuzz38: a grid right under its 项目名称 with no header row (the implied header's row is the
          // 项目名称's): that 项目名称 was read again after the grid, as a second table over the first.
          [{ values: [[0, '项目名称', '项目名称'], ['效益指标', '成本指标', false, '!']], merges: [], origin: { row: 19, col: 0 } }],
        ],
      },
    );
  });

  it('the whole engine never throws on random grids', () => {
    fc.assert(
      fc.property(gridArb, (init) => {
        const result = checkSheet({ name: 'S', ...init });
        for (const t of result.tables) for (const f of t.findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('locator: a page break inside a table changes nothing it reads', () => {
  const level2 = ['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '服务对象满意度指标'];
  const rowArb = fc.record({ l2: fc.constantFrom(...level2), l3: fc.constantFrom('培训人数', '合格率', '完成时间', '培训成本', '服务水平', '满意度'), value: fc.constantFrom('≥100人', '≥95%', '100%', '≤20万元', '有所提升', '') });
  const header: CellValue[] = ['一级指标', '二级指标', '三级指标', '指标值'];
  const upper: CellValue[][] = [['项目名称', '某项目', null, null], ['预算数（万元）', 20, null, null], ['年度目标', '完成培训', null, null]];
  const read = (rows: CellValue[][]) => locateTables(new Grid({ name: 'S', values: rows })).map((t) => t.indicators.map((i) => [i.level1.text, i.level2.text, i.level3.text, i.value.text]));

  it('a page number line or the header again, anywhere between indicator rows', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 2, maxLength: 12 }), fc.nat(), fc.constantFrom<CellValue[][]>([[null, null, '— 2 —', null]], [header], [[null, null, '第1页', null], header]), (rows, at, lines) => {
        const body: CellValue[][] = rows.map((r, i) => [i === 0 ? '产出指标' : null, r.l2, r.l3, r.value]);
        const k = 1 + (at % (body.length - 1));
        expect(read([...upper, header, ...body.slice(0, k), ...lines, ...body.slice(k)])).toEqual(read([...upper, header, ...body]));
      }),
      { numRuns: 200 },
    );
  });
});
