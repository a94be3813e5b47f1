/**
 * Workbooks for the benchmark, built from the seed tables with the fixture layouts (L1–L4, see
 * scripts/seed-layouts.ts): many tables of mixed layouts stacked on a few sheets, one very long
 * sheet where tables sit between unrelated rows, and many small files for the command line.
 *
 * Everything is deterministic (a fixed rotation of layouts and seed tables, a seeded random
 * source for the noise), so two runs measure the same bytes.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildWorkbook, workbookBytes, type SheetSpec } from '../src/hosts/file/write';
import { addL1, addL2, addL3, addL4, SheetBuilder, type L3Variant, type SeedTable } from '../scripts/seed-layouts';

/** Widths wide enough for the widest layout (L4, thirteen columns). */
const COLUMN_WIDTHS: Record<number, number> = Object.fromEntries(
  [30, 24, 22, 20, 40, 16, 18, 24, 10, 10, 18, 10, 8].map((w, i) => [i, w]),
);

/** One way of laying out tables: how many it takes at most, and the layout itself. */
interface Maker {
  name: string;
  /** Tables one call lays out at most (L4 puts several projects under one header). */
  capacity: number;
  /** Lays out `tables` at `row`; returns the last row used and each table's range (A1). */
  add(b: SheetBuilder, row: number, tables: SeedTable[]): Placed;
}

interface Placed {
  bottom: number;
  ranges: string[];
}

const one = (t: { bottom: number; range: string }): Placed => ({ bottom: t.bottom, ranges: [t.range] });
const many = (r: { bottom: number; tables: { range: string }[] }): Placed => ({ bottom: r.bottom, ranges: r.tables.map((t) => t.range) });

const l3 = (variant: L3Variant): Maker => ({
  name: `L3-${variant}`,
  capacity: 1,
  add: (b, row, [t]) => one(addL3(b, { row, col: 0 }, t, variant)),
});

/** The rotation of layouts: every L1 option, L2, each L3 variant, both kinds of L4. */
export const MAKERS: readonly Maker[] = [
  { name: 'L1', capacity: 1, add: (b, row, [t]) => one(addL1(b, { row, col: 0 }, t)) },
  l3('symbols'),
  { name: 'L2', capacity: 1, add: (b, row, [t]) => one(addL2(b, { row, col: 0 }, t)) },
  {
    name: 'L4-merged',
    capacity: 3,
    add: (b, row, ts) =>
      many(addL4(b, { row, col: 0 }, ts, { projectCells: 'merged', amounts: 'text', signs: 'words', summary: true, category: '特定目标类' })),
  },
  { name: 'L1-yuan', capacity: 1, add: (b, row, [t]) => one(addL1(b, { row, col: 0 }, t, { moneyUnit: '元', amounts: 'number', ascii: true })) },
  l3('words'),
  { name: 'L1-merged-level2', capacity: 1, add: (b, row, [t]) => one(addL1(b, { row, col: 0 }, t, { mergeLevel2: true })) },
  l3('nature-direction'),
  {
    name: 'L4-first-row',
    capacity: 2,
    add: (b, row, ts) =>
      many(addL4(b, { row, col: 0 }, ts, { projectCells: 'first-row', amounts: 'number', signs: 'symbols', summary: false, category: '其他运转类' })),
  },
  l3('directionality'),
  { name: 'L1-no-title', capacity: 1, add: (b, row, [t]) => one(addL1(b, { row, col: 0 }, t, { title: false })) },
  l3('target'),
];

/** Lays out tables in the rotation of MAKERS; keeps the count of tables and where each one is. */
export class TableStacker {
  private makerIndex = 0;
  private seedIndex = 0;
  tables = 0;
  readonly layouts = new Map<string, number>();
  /** Ranges (A1) of the tables laid out since the last takeRanges(). */
  private ranges: string[] = [];

  constructor(private readonly seed: SeedTable[]) {}

  /** Lays out at most `max` tables (the next layout in the rotation) at `row`; returns the last row used. */
  addNext(b: SheetBuilder, row: number, max: number): number {
    const maker = MAKERS[this.makerIndex++ % MAKERS.length];
    const count = Math.max(1, Math.min(maker.capacity, max));
    const tables = Array.from({ length: count }, () => this.seed[this.seedIndex++ % this.seed.length]);
    this.tables += count;
    this.layouts.set(maker.name, (this.layouts.get(maker.name) ?? 0) + count);
    const placed = maker.add(b, row, tables);
    this.ranges.push(...placed.ranges);
    return placed.bottom;
  }

  /** The ranges laid out since the last call: one sheet's tables. */
  takeRanges(): string[] {
    const out = this.ranges;
    this.ranges = [];
    return out;
  }
}

export interface GeneratedFile {
  path: string;
  bytes: number;
  sheets: number;
  /** Tables laid out (what the locator must find). */
  tables: number;
  /** Per sheet, the range (A1) of each table laid out, top to bottom. */
  expected: string[][];
  rows: number;
}

async function writeSheets(path: string, sheets: SheetSpec[]): Promise<number> {
  const bytes = await workbookBytes(buildWorkbook({ sheets }));
  writeFileSync(path, bytes);
  return bytes.length;
}

/** Blank rows between stacked tables: 1 to 3, as people leave them. */
function gapAfter(i: number): number {
  return 1 + (i % 3);
}

/** `count` tables of mixed layouts spread evenly over `sheetCount` sheets, one under another. */
export async function writeStackedWorkbook(path: string, seed: SeedTable[], count: number, sheetCount: number): Promise<GeneratedFile & { layouts: Record<string, number> }> {
  const stacker = new TableStacker(seed);
  const sheets: SheetSpec[] = [];
  const expected: string[][] = [];
  let rows = 0;
  for (let s = 0; s < sheetCount; s++) {
    const target = Math.round(((s + 1) * count) / sheetCount);
    const b = new SheetBuilder(`绩效目标表${s + 1}`, COLUMN_WIDTHS);
    let row = 0;
    for (let i = 0; stacker.tables < target; i++) row = stacker.addNext(b, row, target - stacker.tables) + 1 + gapAfter(i);
    const spec = b.toSpec();
    rows += spec.values.length;
    sheets.push(spec);
    expected.push(stacker.takeRanges());
  }
  const bytes = await writeSheets(path, sheets);
  return { path, bytes, sheets: sheetCount, tables: stacker.tables, expected, rows, layouts: Object.fromEntries(stacker.layouts) };
}

// ---------------------------------------------------------------------------------------------
// The long sheet: tables between unrelated rows

/** A small deterministic random source (mulberry32), so the noise is the same on every run. */
export function seededRandom(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE_WORDS = ['办公用品采购', '差旅费报销', '会议费', '培训费', '设备维修', '物业管理费', '印刷费', '邮电费', '水电费', '公务用车运行维护费'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊'];

/**
 * Rows that are not tables: a ledger (numbers, dates, short texts), headings, and long paragraphs
 * made of the seed's own goals and uses, merged across the sheet as notes often are.
 */
function addNoise(b: SheetBuilder, row: number, count: number, seed: SeedTable[], random: () => number): number {
  let r = row;
  b.set(r, 0, `附件${Math.floor(random() * 90) + 10}：经费支出明细`);
  b.merge(r, 0, r, 6);
  r++;
  ['序号', '摘要', '金额（元）', '日期', '经办人', '备注'].forEach((h, i) => b.set(r, i, h));
  r++;
  for (let i = 1; r < row + count; i++, r++) {
    if (random() < 0.04) {
      // A long paragraph: several seed texts run together, over a thousand characters at times.
      const t = seed[Math.floor(random() * seed.length)];
      b.set(r, 0, `说明：${t.goals}${t.use}`.repeat(1 + Math.floor(random() * 4)));
      b.merge(r, 0, r, 6);
      continue;
    }
    if (random() < 0.03) continue; // an empty row inside the list
    b.set(r, 0, i);
    b.set(r, 1, NOISE_WORDS[Math.floor(random() * NOISE_WORDS.length)]);
    b.set(r, 2, Math.round(random() * 10000000) / 100, '#,##0.00');
    b.set(r, 3, 45658 + Math.floor(random() * 365), 'yyyy-mm-dd');
    b.set(r, 4, PEOPLE[Math.floor(random() * PEOPLE.length)]);
    if (random() < 0.3) b.set(r, 5, `${seed[Math.floor(random() * seed.length)].projectName}相关支出`);
  }
  return r;
}

/**
 * One sheet of `rowCount` rows: a table, one to three blank rows, then a block of unrelated rows
 * (about 230 on average, so about five hundred tables in 100,000 rows), and so on to the end.
 */
export async function writeLongSheet(path: string, seed: SeedTable[], rowCount: number): Promise<GeneratedFile> {
  const random = seededRandom(20250101);
  const stacker = new TableStacker(seed);
  const b = new SheetBuilder('明细', COLUMN_WIDTHS);
  let row = 0;
  for (let i = 0; row < rowCount; i++) {
    const remaining = rowCount - row;
    // A table needs at most about forty rows (an L4 block of three projects); fill the tail with noise.
    if (remaining > 60) row = stacker.addNext(b, row, 3) + 1 + gapAfter(i);
    const noise = Math.min(rowCount - row, 80 + Math.floor(random() * 300));
    if (noise > 0) row = addNoise(b, row, noise, seed, random) + 1;
  }
  const spec = b.toSpec();
  const bytes = await writeSheets(path, [spec]);
  return { path, bytes, sheets: 1, tables: stacker.tables, expected: [stacker.takeRanges()], rows: spec.values.length };
}

// ---------------------------------------------------------------------------------------------
// Small files for the command line

/** `count` workbooks of one to three tables each, layouts continuing the rotation across files. */
export async function writeSmallFiles(dir: string, seed: SeedTable[], count: number): Promise<{ paths: string[]; tables: number }> {
  mkdirSync(dir, { recursive: true });
  const stacker = new TableStacker(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = stacker.tables + 1 + (i % 3);
    const b = new SheetBuilder('Sheet1', COLUMN_WIDTHS);
    let row = 0;
    for (let k = 0; stacker.tables < target; k++) row = stacker.addNext(b, row, target - stacker.tables) + 1 + gapAfter(k);
    const path = join(dir, `file-${String(i + 1).padStart(3, '0')}.xlsx`);
    await writeSheets(path, [b.toSpec()]);
    paths.push(path);
  }
  return { paths, tables: stacker.tables };
}
