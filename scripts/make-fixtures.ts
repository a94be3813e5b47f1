/**
 * Writes test/fixtures/*.xlsx — real workbooks in every layout the checker must read (SPEC §2),
 * built from the seed tables' own texts and values — with a `<name>.expected.json` sidecar listing
 * the tables each one holds, plus test/fixtures/bad/ (files that must be refused cleanly) and
 * values.xlsx (every kind of cell value and number format, for the reader's tests).
 *
 *   npx tsx scripts/make-fixtures.ts
 *
 * Output is deterministic (fixed dates in the documents and in the zip entries).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { parseA1, rectToA1 } from '../src/core/engine/grid';
import { buildWorkbook, workbookBytes, type SheetSpec, type WorkbookSpec } from '../src/hosts/file/write';
import {
  addL1,
  addL2,
  addL3,
  addL4,
  loadSeed,
  SheetBuilder,
  type ExpectedTable,
  type L3Variant,
  type SeedTable,
} from './seed-layouts';
import { KIND_SHAPES } from './kind-shapes';

const FIXTURES = resolve(__dirname, '..', 'test', 'fixtures');
const BAD = join(FIXTURES, 'bad');

interface ExpectedSheet {
  name: string;
  tables: Omit<ExpectedTable, never>[];
  /** L4: the shared header row and the department total row, when there is one. */
  header?: string;
  summaryRow?: string | null;
}

interface Fixture {
  name: string;
  description: string;
  sheets: SheetSpec[];
  expected: ExpectedSheet[];
}

const L1_WIDTHS = [14, 14, 22, 20, 14, 12, 14];
const L2_WIDTHS = [16, 16, 24, 24, 16];
const L3_WIDTHS = [12, 16, 24, 10, 18, 10, 10, 8];
const L4_WIDTHS = [30, 24, 12, 16, 40, 16, 18, 24, 10, 10, 18, 10, 8];

function widths(list: number[], from = 0): Record<number, number> {
  return Object.fromEntries(list.map((w, i) => [from + i, w]));
}

/** Drops the builder's bookkeeping field before the table goes into the sidecar. */
function table(t: ExpectedTable & { bottom?: number }): ExpectedTable {
  const { bottom: _bottom, ...rest } = t;
  return rest;
}

function seedTable(seed: SeedTable[], n: number): SeedTable {
  const t = seed.find((x) => x.number === n);
  if (!t) throw new Error(`No seed table ${n}`);
  return t;
}

function l1(seed: SeedTable[]): Fixture {
  const b = new SheetBuilder('Sheet1', widths(L1_WIDTHS));
  const t = addL1(b, { row: 0, col: 0 }, seedTable(seed, 1));
  return {
    name: 'l1',
    description: 'L1, seven columns (a Word table pasted into Excel): seed table 1, amounts as text, 一级 merged down, 描述 D:E and 指标值 F:G merged.',
    sheets: [b.toSpec()],
    expected: [{ name: 'Sheet1', tables: [table(t)] }],
  };
}

function l2(seed: SeedTable[]): Fixture {
  const b = new SheetBuilder('绩效目标表', widths(L2_WIDTHS));
  const t = addL2(b, { row: 0, col: 0 }, seedTable(seed, 2));
  return {
    name: 'l2',
    description: 'L2, five columns: seed table 2, budget as label/value pairs over three rows, amounts as numbers (0.00), 财政资金 a formula with its cached result, 一级 only on the first row of its group.',
    sheets: [b.toSpec()],
    expected: [{ name: '绩效目标表', tables: [table(t)] }],
  };
}

const L3_FIXTURES: { variant: L3Variant; seed: number; description: string }[] = [
  { variant: 'symbols', seed: 1, description: 'L3: 指标性质 holds the sign as a symbol (≥ ≤) or 定性, 指标方向 正向/反向, 分值 adding up to 100.' },
  { variant: 'words', seed: 4, description: 'L3: 指标性质 holds the sign in words (大于等于 小于等于 等于) or 定性.' },
  { variant: 'nature-direction', seed: 6, description: 'L3: 指标性质 holds 正向/反向/定性 and 指标方向 the sign in words.' },
  { variant: 'directionality', seed: 7, description: 'L3: 指标性质 holds the sign, 指标方向性 holds 正向指标/反向指标.' },
  { variant: 'target', seed: 5, description: 'L3: columns named 目标值 / 计量单位 / 权重.' },
];

function l3(seed: SeedTable[], variant: L3Variant, n: number, description: string): Fixture {
  const b = new SheetBuilder('项目绩效目标', widths(L3_WIDTHS));
  const t = addL3(b, { row: 0, col: 0 }, seedTable(seed, n), variant);
  return {
    name: `l3-${variant}`,
    description: `${description} Seed table ${n}, amounts as numbers (0.00), values split into sign / number / unit.`,
    sheets: [b.toSpec()],
    expected: [{ name: '项目绩效目标', tables: [table(t)] }],
  };
}

function l4(seed: SeedTable[], merged: boolean): Fixture {
  const name = merged ? 'l4-merged' : 'l4-first-row';
  const sheet = merged ? '项目支出绩效目标' : 'Sheet1';
  const b = new SheetBuilder(sheet, widths(L4_WIDTHS));
  const numbers = merged ? [1, 5, 7] : [2, 4, 6];
  const result = addL4(
    b,
    { row: 0, col: 0 },
    numbers.map((n) => seedTable(seed, n)),
    merged
      ? { projectCells: 'merged', amounts: 'text', signs: 'words', summary: true, category: '特定目标类' }
      : { projectCells: 'first-row', amounts: 'number', signs: 'symbols', summary: false, category: '其他运转类' },
  );
  const description = merged
    ? 'L4, one row per indicator: seed tables 1, 5 and 7 one after another; project columns and 一级 merged down; amounts in 元 as text (265,000.00); 指标性质 正向/反向/定性 and 指标方向 in words; 一级 with weights (产出指标(50分)); a department total row above the first project; 单位：元 above.'
    : 'L4, one row per indicator: seed tables 2, 4 and 6; project columns and 一级 written on the first row only; amounts in 元 as numbers (#,##0.00); 指标性质 the sign as a symbol and 指标方向 正向/反向; 单位：元 above.';
  const summaryRow = result.summaryRow === null ? null : rectToA1({ top: result.summaryRow, left: 0, bottom: result.summaryRow, right: 12 });
  return {
    name,
    description,
    sheets: [b.toSpec()],
    expected: [{ name: sheet, tables: result.tables, header: result.header, summaryRow }],
  };
}

function stacked(seed: SeedTable[]): Fixture {
  const b = new SheetBuilder('绩效目标表', widths(L1_WIDTHS));
  const tables: ExpectedTable[] = [];
  let row = 0;
  for (const [n, gap] of [
    [3, 3],
    [4, 1],
    [5, 0],
  ]) {
    const t = addL1(b, { row, col: 0 }, seedTable(seed, n), { mergeLevel2: true });
    tables.push(table(t));
    row = t.bottom + 1 + gap;
  }
  return {
    name: 'stacked',
    description: 'Three L1 tables (seed tables 3, 4, 5) stacked on one sheet, the first at A1, then 3 and 1 blank rows between; identical consecutive 二级 merged down; multi-line goals.',
    sheets: [b.toSpec()],
    expected: [{ name: '绩效目标表', tables }],
  };
}

function offset(seed: SeedTable[]): Fixture {
  const b = new SheetBuilder('Sheet1', widths(L1_WIDTHS, 2));
  const first = addL1(b, { row: 4, col: 2 }, seedTable(seed, 6), { moneyUnit: '元', amounts: 'number', ascii: true });
  const second = addL1(b, { row: 29, col: 2 }, seedTable(seed, 7), { title: false, moneyUnit: '元', amounts: 'number', ascii: true });
  return {
    name: 'offset',
    description: 'Two L1 tables away from A1: seed table 6 at C5 with its title, seed table 7 at C30 without one; ASCII colons (单位:元, 其中:财政    资金); amounts in 元 as numbers (#,##0.00).',
    sheets: [b.toSpec()],
    expected: [{ name: 'Sheet1', tables: [table(first), table(second)] }],
  };
}

function sideBySide(seed: SeedTable[]): Fixture {
  const b = new SheetBuilder('绩效目标表', { ...widths(L1_WIDTHS), 7: 4, ...widths(L1_WIDTHS, 8) });
  const left = addL1(b, { row: 0, col: 0 }, seedTable(seed, 1), {});
  const right = addL1(b, { row: 0, col: 8 }, seedTable(seed, 2), { mergeLevel2: true });
  const below = addL1(b, { row: right.bottom + 3, col: 8 }, seedTable(seed, 7), { title: false });
  return {
    name: 'side-by-side',
    description:
      'Tables side by side on the same rows (a sheet laid out for printing two to a page): seed table 1 at A1, seed table 2 at I1 with one empty column between, and seed table 7 under the right one at I, without a title. Read top to bottom, then left to right.',
    sheets: [b.toSpec()],
    expected: [{ name: '绩效目标表', tables: [table(left), table(right), table(below)] }],
  };
}

/**
 * A two-column form whose indicators are an outline (a Word table pasted into Excel): `绩效指标 |
 * 指标值`, then `一、产出指标`, `（一）数量指标`, `1.软件维护次数 | ≥200次` …; seed table 1, whose
 * mistakes (≥99百分之, a 二级 name as a 三级) must be found as in the seven-column form.
 * Tested in test/core/outline-grid.test.ts.
 */
function outline(seed: SeedTable[]): WorkbookSpec {
  const t = seedTable(seed, 1);
  const b = new SheetBuilder('绩效目标表', { 0: 36, 1: 30 });
  const NUMERALS = '一二三四五六七八九十';
  let row = 0;
  const line = (a: string, v = ''): void => {
    b.set(row, 0, a);
    if (v !== '') b.set(row, 1, v);
    row++;
  };
  b.merge(0, 0, 0, 1);
  line(t.title);
  line(t.unitName, t.moneyUnit);
  line('项目名称', t.projectName);
  line('预算数', t.total);
  line('其中：财政资金', t.fiscal);
  line('其他资金', t.other);
  line('资金用途', t.use);
  line('绩效目标', t.goals);
  line('绩效指标', '指标值');
  let n1 = 0;
  let n2 = 0;
  let n3 = 0;
  let level1 = '';
  let level2 = '';
  for (const ind of t.indicators) {
    if (ind.level1 !== '' && ind.level1 !== level1) {
      level1 = ind.level1;
      level2 = '';
      n2 = 0;
      line(`${NUMERALS[n1++]}、${level1}`);
    }
    if (ind.level2 !== '' && ind.level2 !== level2) {
      level2 = ind.level2;
      n3 = 0;
      line(`（${NUMERALS[n2++]}）${level2}`);
    }
    line(`${++n3}.${ind.level3}`, ind.value);
  }
  return { sheets: [b.toSpec()] };
}

/** Writes a sheet row by row: `line(...cells)` fills the next row (empty strings left blank); `row` is the next row's index. */
function rowWriter(b: SheetBuilder): { line: (...cells: string[]) => void; readonly row: number } {
  let row = 0;
  return {
    line: (...cells: string[]): void => {
      cells.forEach((v, col) => {
        if (v !== '') b.set(row, col, v);
      });
      row++;
    },
    get row(): number {
      return row;
    },
  };
}

/**
 * The upper part of a three-column form of seed table `t` (title, unit, project, budget, goals under
 * `goalsLabel`) and its `指标类别 | 指标名称 | 指标值` header; the writer for the rows below.
 */
function threeColumnTop(b: SheetBuilder, t: ReturnType<typeof seedTable>, goalsLabel: string): ReturnType<typeof rowWriter>['line'] {
  const line = rowWriter(b).line;
  b.merge(0, 0, 0, 2);
  line(t.title);
  line(t.unitName, '', t.moneyUnit);
  line('项目名称', t.projectName);
  line('预算数', t.total);
  line('其中：财政资金', t.fiscal);
  line('其他资金', t.other);
  line(goalsLabel, t.goals);
  line('指标类别', '指标名称', '指标值');
  return line;
}

/**
 * A system export naming both levels in one column (`指标类别`: `产出指标-数量指标`, `效益指标/社会效益指标`),
 * the 一级 and 二级 written once per row: seed table 1, whose mistakes must be found as in the
 * seven-column form. Tested in test/core/combined-levels.test.ts.
 */
function combinedLevels(seed: SeedTable[]): WorkbookSpec {
  const t = seedTable(seed, 1);
  const b = new SheetBuilder('绩效目标表', { 0: 30, 1: 30, 2: 24 });
  const line = threeColumnTop(b, t, '绩效目标');
  let level1 = '';
  let level2 = '';
  for (const ind of t.indicators) {
    if (ind.level1 !== '') level1 = ind.level1;
    if (ind.level2 !== '') level2 = ind.level2;
    line(`${level1}-${level2}`, ind.level3, ind.value);
  }
  return { sheets: [b.toSpec()] };
}

/**
 * A medium-term project's form with its periods as columns: `中期资金总额 | 年度资金总额` over the
 * amounts of 资金总额 / 其中：财政拨款 / 其他资金, and `中期指标值 | 年度指标值` in one indicator grid, the
 * 中期 values left empty (a one-year project): the annual amounts and values are checked. Seed
 * table 1, whose mistakes must be found as in the seven-column form. Tested in
 * test/core/period-columns.test.ts.
 */
function periodColumns(seed: SeedTable[]): WorkbookSpec {
  const t = seedTable(seed, 1);
  const b = new SheetBuilder('绩效目标表', { 0: 14, 1: 14, 2: 14, 3: 30, 4: 16, 5: 16 });
  const w = rowWriter(b);
  const line = w.line;
  const times3 = (amount: string): string => (amount === '' ? '' : (Number(amount) * 3).toFixed(2));
  b.merge(0, 0, 0, 5);
  line(t.title);
  line(t.unitName, '', '', '', '', t.moneyUnit);
  line('项目名称', t.projectName);
  b.merge(w.row, 0, w.row + 3, 1);
  line('项目资金', '', '', '中期资金总额', '年度资金总额');
  line('', '', '资金总额', times3(t.total), t.total);
  line('', '', '其中：财政拨款', times3(t.fiscal), t.fiscal);
  line('', '', '其他资金', times3(t.other), t.other);
  line('年度目标', t.goals);
  line('一级指标', '二级指标', '三级指标', '指标说明', '中期指标值', '年度指标值');
  for (const ind of t.indicators) line(ind.level1, ind.level2, ind.level3, '', '', ind.value);
  return { sheets: [b.toSpec()] };
}

/**
 * Seed table 1 with its indicators in two stacked grids, each under its own heading row
 * (`中长期绩效指标` / `年度绩效指标`), the 2015 scheme's medium-term form: the annual grid is checked.
 */
function periodHeadings(seed: SeedTable[]): WorkbookSpec {
  const t = seedTable(seed, 1);
  const b = new SheetBuilder('绩效目标表', { 0: 14, 1: 16, 2: 30, 3: 16 });
  const w = rowWriter(b);
  const line = w.line;
  b.merge(0, 0, 0, 3);
  line(t.title);
  line(t.unitName, '', '', t.moneyUnit);
  line('项目名称', t.projectName);
  line('预算数', t.total, '财政资金', t.fiscal);
  line('', '', '其他资金', t.other);
  line('中长期目标', t.goals);
  line('年度目标', t.goals);
  // Each heading in the first cell only, not merged over the grid (as converted PDFs have it).
  for (const heading of ['中长期绩效指标', '年度绩效指标']) {
    line(heading);
    line('一级指标', '二级指标', '三级指标', '指标值');
    for (const ind of t.indicators) line(ind.level1, ind.level2, ind.level3, ind.value);
  }
  return { sheets: [b.toSpec()] };
}

/**
 * Every shape of scripts/kind-shapes.ts (non-project tables, and projects named with a kind's words)
 * as a sheet of its own, named as the shape says; whole numbers stored as numbers, as a clerk's
 * amounts are.
 */
function kindShapes(): WorkbookSpec {
  return {
    sheets: KIND_SHAPES.map((shape) => {
      const values = shape.lines.map((l) => l.split('|').map((c) => (c === '' ? null : /^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
      const cols = Math.max(...values.map((r) => r.length));
      return {
        name: shape.sheet ?? shape.name,
        values,
        merges: (shape.merges ?? []).map((m) => parseA1(m)),
        columnWidths: widths(Array<number>(cols).fill(16)),
      };
    }),
  };
}

/**
 * Seed table 1 with its levels as an outline in one column under a word no pattern knows:
 * `指标类别 | 指标名称 | 指标值`, each 一级 on a row of its own, the 二级 beside each 三级.
 */
function levelHeadings(seed: SeedTable[]): WorkbookSpec {
  const t = seedTable(seed, 1);
  const b = new SheetBuilder('绩效目标表', { 0: 18, 1: 30, 2: 16 });
  const line = threeColumnTop(b, t, '年度目标');
  let level1 = '';
  for (const ind of t.indicators) {
    if (ind.level1 && ind.level1 !== level1) line(ind.level1);
    level1 = ind.level1 || level1;
    line(ind.level2, ind.level3, ind.value);
  }
  return { sheets: [b.toSpec()] };
}

/**
 * A table with a hidden row (its 质量指标 value `100%` lacks its sign), two hidden columns side by
 * side (绩效指标描述 and the values: E8 is in a hidden row and column, E12 in a hidden column) and a
 * hidden row past the cells: the readers must agree on what is hidden, and the report must say so.
 */
function hiddenRowsAndColumns(): WorkbookSpec {
  const rows: (string | number | null)[][] = [
    ['项目名称', '2025年检察业务装备购置项目'],
    ['预算数', 12, '其中：财政资金', 11],
    ['其他资金', null],
    ['资金用途', '用于购买堡垒机'],
    ['绩效目标', '完成设备国产化替代工作。'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '备注'],
    ['产出指标', '数量指标', '设备数量', '设备数量', '≥1台'],
    [null, '质量指标', '设备合格率', '设备合格率', '100%'],
    [null, '时效指标', '完成时间', '完成时间', '≤12月'],
    [null, '成本指标', '设备总价', '设备总价', '≤12万元'],
    ['效益指标', '社会效益指标', '网络安全性', '网络安全性', '提高安全性'],
    ['满意度指标', '服务对象满意度指标', '使用人满意度', '使用人满意度', '99%'],
  ];
  return {
    sheets: [
      { name: '隐藏行列', values: rows, columnWidths: widths([12, 18, 14, 14, 12, 8]), hiddenRows: [7, 20], hiddenColumns: [3, 4] },
      // A hidden row past every cell and nothing else: no part of the snapshot is hidden.
      { name: '只隐藏空行', values: rows, hiddenRows: [40] },
    ],
  };
}

/** Every kind of cell the reader must convert; the expected results are in test/hosts/file. */
function values(): WorkbookSpec {
  const date = new Date(Date.UTC(2025, 0, 15));
  const dateTime = new Date(Date.UTC(2025, 0, 15, 13, 45, 0));
  const sheet: SheetSpec = {
    name: 'Values',
    origin: { row: 2, col: 1 }, // B3: empty rows and columns above and to the left
    values: [
      ['文本', 26.5, 1030700, 0.985, 0.985, 42, true],
      [
        { formula: 'C3*2', result: 53 },
        { formula: 'C3*0', result: 0 },
        { formula: 'B3', result: '文本' },
        { error: '#REF!' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
        { formula: '1>2', result: false },
        { formula: 'NOW()' }, // no cached result
      ],
      [date, date, dateTime, date, 1234567.891, 0.1 + 0.2, 45672],
      [
        { richText: [{ text: '产出' }, { text: '指标', font: { bold: true } }] },
        { text: '政府网站', hyperlink: 'http://www.gov.cn' },
        '第一行\n第二行',
        -1234.5,
        -5,
        1234,
        12.5,
      ],
      [],
      ['合并', null, null, null, null, null, null, '宽标题'],
    ],
    formats: [
      [null, '0.00', '#,##0.00', '0%', '0.00%', '@', null],
      ['0.00', null, null, null, null, null, null],
      ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'yyyy-mm-dd hh:mm', 'mm-dd-yy', null, null, '0'],
      [null, null, null, '#,##0.00;[Red]-#,##0.00', '0.00', '"¥"#,##0', '0.00_ '],
    ],
    merges: [
      { top: 7, left: 1, bottom: 8, right: 3 }, // B8:D9, value in B8
      { top: 7, left: 8, bottom: 7, right: 10 }, // I8:K8, value in I8: widens the snapshot to K
      { top: 9, left: 11, bottom: 10, right: 12 }, // L10:M11, empty: must not widen it
    ],
    styles: [{ area: { top: 13, left: 13, bottom: 13, right: 13 }, border: 'thin', numFmt: '0.00' }], // N14: formatted, empty
  };
  return {
    sheets: [sheet, { name: '第二页', values: [['第二个工作表']] }, { name: '空白', values: [] }],
  };
}

// ---------------------------------------------------------------------------------------------
// Bad files

/** A minimal OLE compound file (CFB, magic D0 CF 11 E0) with empty streams of the given names. */
function compoundFile(streams: string[]): Uint8Array {
  const S = 512;
  const bytes = new Uint8Array(S * 3);
  const dv = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  dv.setUint16(0x18, 0x003e, true); // minor version
  dv.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  dv.setUint16(0x1c, 0xfffe, true); // little-endian
  dv.setUint16(0x1e, 9, true); // sector shift
  dv.setUint16(0x20, 6, true); // mini sector shift
  dv.setUint32(0x2c, 1, true); // one FAT sector
  dv.setUint32(0x30, 1, true); // directory in sector 1
  dv.setUint32(0x38, 4096, true); // mini stream cutoff
  dv.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  dv.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0, at file offset 512): itself, then the one-sector directory chain.
  for (let i = 0; i < 128; i++) dv.setUint32(S + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  const names = ['Root Entry', ...streams];
  names.forEach((name, i) => {
    const p = S * 2 + i * 128;
    for (let k = 0; k < name.length; k++) dv.setUint16(p + k * 2, name.charCodeAt(k), true);
    dv.setUint16(p + 0x40, (name.length + 1) * 2, true);
    bytes[p + 0x42] = i === 0 ? 5 : 2; // root storage / stream
    bytes[p + 0x43] = 1; // black
    dv.setUint32(p + 0x44, 0xffffffff, true);
    dv.setUint32(p + 0x48, i > 0 && i < names.length - 1 ? i + 1 : 0xffffffff, true);
    dv.setUint32(p + 0x4c, i === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    dv.setUint32(p + 0x74, 0xfffffffe, true); // empty stream
  });
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip with stored (uncompressed) entries and a fixed date: another kind of document. */
function storedZip(files: [string, string][]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, text] of files) {
    const nameBytes = enc.encode(name);
    const data = enc.encode(text);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

async function badFiles(seed: SeedTable[], validWorkbook: Uint8Array): Promise<[string, Uint8Array][]> {
  const text = new TextEncoder().encode(`${seed[0].title}\n${seed[0].projectName}\n这是一个改了扩展名的文本文件，不是 Excel 工作簿。\n`);
  const goals = seed.map((t) => t.goals).join('');
  const big = goals.repeat(Math.ceil((1024 * 1024) / new TextEncoder().encode(goals).length)); // ≥ 1 MB as UTF-8
  return [
    ['text-renamed.xlsx', text],
    ['truncated.xlsx', validWorkbook.slice(0, Math.floor(validWorkbook.length * 0.6))],
    ['no-sheets.xlsx', await workbookBytes(buildWorkbook({ sheets: [] }))],
    ['blank-sheet.xlsx', await workbookBytes(buildWorkbook({ sheets: [{ name: 'Sheet1', values: [] }] }))],
    ['encrypted.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])],
    ['legacy.xls', compoundFile(['Workbook', '\u0005SummaryInformation'])],
    ['legacy-renamed.xlsx', compoundFile(['Workbook'])],
    [
      'document.xlsx',
      storedZip([
        ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
        ['word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><document><body>${seed[0].title}</body></document>`],
      ]),
    ],
    [
      'big-cell.xlsx',
      await workbookBytes(buildWorkbook({ sheets: [{ name: 'Sheet1', values: [[seed[0].goalsLabel, big], ['项目名称', seed[0].projectName]] }] })),
    ],
  ];
}

// ---------------------------------------------------------------------------------------------

/** A file to write under test/fixtures, relative path and bytes. */
export interface FixtureFile {
  path: string;
  bytes: Uint8Array;
}

/** Every fixture file with its sidecar, in memory (the tests compare them with the committed ones). */
export async function buildFixtures(seed: SeedTable[]): Promise<FixtureFile[]> {
  const fixtures: Fixture[] = [
    l1(seed),
    l2(seed),
    ...L3_FIXTURES.map((f) => l3(seed, f.variant, f.seed, f.description)),
    l4(seed, true),
    l4(seed, false),
    stacked(seed),
    offset(seed),
    sideBySide(seed),
  ];
  const files: FixtureFile[] = [];
  for (const f of fixtures) {
    files.push({ path: `${f.name}.xlsx`, bytes: await workbookBytes(buildWorkbook({ sheets: f.sheets })) });
    const sidecar = { file: `${f.name}.xlsx`, description: f.description, sheets: f.expected };
    files.push({ path: `${f.name}.expected.json`, bytes: new TextEncoder().encode(`${JSON.stringify(sidecar, null, 2)}\n`) });
  }
  files.push({ path: 'values.xlsx', bytes: await workbookBytes(buildWorkbook(values())) });
  files.push({ path: 'outline.xlsx', bytes: await workbookBytes(buildWorkbook(outline(seed))) });
  files.push({ path: 'combined-levels.xlsx', bytes: await workbookBytes(buildWorkbook(combinedLevels(seed))) });
  files.push({ path: 'period-columns.xlsx', bytes: await workbookBytes(buildWorkbook(periodColumns(seed))) });
  files.push({ path: 'period-headings.xlsx', bytes: await workbookBytes(buildWorkbook(periodHeadings(seed))) });
  files.push({ path: 'kinds.xlsx', bytes: await workbookBytes(buildWorkbook(kindShapes())) });
  files.push({ path: 'level-headings.xlsx', bytes: await workbookBytes(buildWorkbook(levelHeadings(seed))) });
  files.push({ path: 'hidden-rows-columns.xlsx', bytes: await workbookBytes(buildWorkbook(hiddenRowsAndColumns())) });
  for (const [name, bytes] of await badFiles(seed, files[0].bytes)) files.push({ path: `bad/${name}`, bytes });
  return files;
}

async function main(): Promise<void> {
  const files = await buildFixtures(loadSeed());
  mkdirSync(BAD, { recursive: true });
  for (const f of files) {
    writeFileSync(join(FIXTURES, f.path), f.bytes);
    console.log(`${f.path}  ${f.bytes.length} bytes`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
