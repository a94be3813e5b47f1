/**
 * The seed tables (../shared/seed/*.txt) as data, and the layouts real workbooks put them in
 * (L1–L4, SPEC §2). Shared by make-fixtures.ts and make-sample.ts: every fixture and the sample
 * are built from the seed's own texts and values, mistakes included, never retyped.
 */
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import type ExcelJS from 'exceljs';
import { rectToA1, toA1, type CellAddress, type Rect } from '../src/core/engine/grid';
import { fitRowHeights, type AreaStyle, type CellInput, type SheetSpec, type StyleSpec } from '../src/hosts/file/write';

export const SEED_PATH = resolve(__dirname, '..', '..', 'shared', 'seed', '000_86ef9e7dadc5629d.txt');

// ---------------------------------------------------------------------------------------------
// The seed

export interface SeedIndicator {
  /** '' where the seed leaves the cell empty: the cell above is merged down over this row. */
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string;
}

export interface SeedTable {
  /** 1-based number of the table in the seed. */
  number: number;
  title: string;
  unitName: string;
  moneyUnit: string;
  projectLabel: string;
  projectName: string;
  budgetLabel: string;
  totalLabel: string;
  total: string;
  fiscalLabel: string;
  fiscal: string;
  otherLabel: string;
  other: string;
  use: string;
  goalsLabel: string;
  goals: string;
  header: string[];
  indicators: SeedIndicator[];
}

export function loadSeed(path = SEED_PATH): SeedTable[] {
  if (!existsSync(path)) throw new Error(`Seed not found: ${path} (the shared folder must sit beside the repository)`);
  return parseSeed(readFileSync(path, 'utf8'));
}

/**
 * The seed is a Word document as text: a table starts with a `[bookmark: …]` title line; each
 * table row is a group of lines separated by blank lines; each cell is a line starting with a tab;
 * a line without a tab continues the cell above (a multi-line cell).
 */
export function parseSeed(text: string): SeedTable[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/^\s*\[bookmark:[^\]]*\]/m).slice(1);
  if (blocks.length === 0) throw new Error('No tables in the seed');
  return blocks.map((block, i) => seedTable(block, i + 1));
}

function seedRows(lines: string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (row.length > 0) rows.push(row);
      row = [];
    } else if (line.startsWith('\t')) row.push(line.slice(1));
    else if (row.length > 0) row[row.length - 1] += `\n${line}`;
    else throw new Error(`Seed: text outside a cell: ${line}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function seedTable(block: string, number: number): SeedTable {
  const [titleLine, ...rest] = block.split('\n');
  const rows = seedRows(rest);
  const expect = (cond: boolean, what: string): void => {
    if (!cond) throw new Error(`Seed table ${number}: unexpected ${what}`);
  };
  const [unitRow, nameRow, budgetRow, useRow, goalsRow, headerRow, ...grid] = rows;
  expect(unitRow?.length === 2, 'unit row');
  expect(nameRow?.length === 2, 'project name row');
  expect(budgetRow?.length === 7, 'budget row');
  expect(useRow?.length === 2 && useRow[0] === '', 'use-of-funds row');
  expect(goalsRow?.length === 2, 'goals row');
  expect(headerRow?.length === 5, 'grid header');
  expect(grid.length > 0 && grid.every((r) => r.length === 5), 'indicator rows');
  return {
    number,
    title: titleLine.trim(),
    unitName: unitRow[0],
    moneyUnit: unitRow[1],
    projectLabel: nameRow[0],
    projectName: nameRow[1],
    budgetLabel: budgetRow[0],
    totalLabel: budgetRow[1],
    total: budgetRow[2],
    fiscalLabel: budgetRow[3],
    fiscal: budgetRow[4],
    otherLabel: budgetRow[5],
    other: budgetRow[6],
    use: useRow[1],
    goalsLabel: goalsRow[0],
    goals: goalsRow[1],
    header: headerRow,
    indicators: grid.map(([level1, level2, level3, description, value]) => ({ level1, level2, level3, description, value })),
  };
}

// ---------------------------------------------------------------------------------------------
// Values of the seed, as other layouts hold them

export type Sign = '≥' | '≤' | '＝' | '＞' | '＜' | '';

export interface SplitValue {
  qualitative: boolean;
  sign: Sign;
  number: number | null;
  unit: string;
  text: string;
}

/** `≥200次` -> ≥ / 200 / 次; `≥99百分之` -> ≥ / 99 / 百分之; `100%` -> (no sign) / 100 / %; text -> 定性. */
export function splitValue(value: string): SplitValue {
  const m = /^(≥|≤|＝|=|＞|＜|>|<)?\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(value.trim());
  if (!m) return { qualitative: true, sign: '', number: null, unit: '', text: value };
  const sign = ({ '=': '＝', '>': '＞', '<': '＜' } as Record<string, Sign>)[m[1] ?? ''] ?? ((m[1] ?? '') as Sign);
  return { qualitative: false, sign, number: Number(m[2]), unit: m[3], text: value };
}

export const SIGN_WORDS: Record<Sign, string> = { '≥': '大于等于', '≤': '小于等于', '＝': '等于', '＞': '大于', '＜': '小于', '': '' };

/** 正向 for ≥ ＞ ＝, 反向 for ≤ ＜, '' without a sign. */
export function directionOf(sign: Sign): '正向' | '反向' | '' {
  if (sign === '≤' || sign === '＜') return '反向';
  return sign === '' ? '' : '正向';
}

/** 一级 names of the rows with the seed's empty (merged) cells carried down. */
export function effectiveLevel1(t: SeedTable): string[] {
  let current = '';
  return t.indicators.map((ind) => (current = ind.level1 || current));
}

/** Weights of the 一级指标 in the seed's scheme; they add up to 100. */
export const LEVEL1_WEIGHTS: Record<string, number> = { 产出指标: 50, 效益指标: 30, 满意度指标: 20 };

/** 分值 per row: each 一级's weight spread over its rows (the remainder on the first ones). */
export function rowWeights(t: SeedTable): number[] {
  const level1 = effectiveLevel1(t);
  const counts = new Map<string, number>();
  for (const name of level1) counts.set(name, (counts.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return level1.map((name) => {
    const total = LEVEL1_WEIGHTS[name];
    if (total === undefined) throw new Error(`No weight for ${name}`);
    const n = counts.get(name) ?? 1;
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    return Math.floor(total / n) + (k < total % n ? 1 : 0);
  });
}

/** An amount of the seed (in 万元, as text) converted to the given money unit, as a number. */
export function amount(text: string, unit: '万元' | '元'): number {
  const n = text.trim() === '' ? 0 : Number(text);
  return unit === '元' ? Math.round(n * 1000000) / 100 : n;
}

/** `265000` -> `265,000.00`. */
export function yuanText(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

// ---------------------------------------------------------------------------------------------
// A sheet under construction, in absolute 0-based coordinates

export class SheetBuilder {
  private readonly cells = new Map<number, { value: CellInput; format?: string }>();
  readonly merges: Rect[] = [];
  readonly styles: AreaStyle[] = [];
  readonly rowHeights: Record<number, number> = {};

  constructor(
    readonly name: string,
    readonly columnWidths: Record<number, number>,
    readonly font: Partial<ExcelJS.Font> = { name: '宋体', size: 11 },
  ) {}

  /** Writes a cell; null or '' leaves it (or makes it) empty. */
  set(row: number, col: number, value: CellInput, format?: string): void {
    if (value === null || value === '') this.cells.delete(row * 16384 + col);
    else this.cells.set(row * 16384 + col, { value, format });
  }

  /** Merges an area (a single cell is left alone). */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  style(area: Rect, style: StyleSpec): void {
    this.styles.push({ area, ...style });
  }

  toSpec(extra: Partial<SheetSpec> = {}): SheetSpec {
    let height = 0;
    let width = 0;
    for (const key of this.cells.keys()) {
      height = Math.max(height, Math.floor(key / 16384) + 1);
      width = Math.max(width, (key % 16384) + 1);
    }
    const values: CellInput[][] = Array.from({ length: height }, () => new Array<CellInput>(width).fill(null));
    const formats: (string | undefined)[][] = Array.from({ length: height }, () => new Array<string | undefined>(width));
    for (const [key, cell] of this.cells) {
      values[Math.floor(key / 16384)][key % 16384] = cell.value;
      formats[Math.floor(key / 16384)][key % 16384] = cell.format;
    }
    const spec: SheetSpec = {
      name: this.name,
      values,
      formats,
      merges: this.merges,
      styles: this.styles,
      font: this.font,
      columnWidths: this.columnWidths,
      ...extra,
    };
    spec.rowHeights = { ...fitRowHeights(spec), ...this.rowHeights };
    return spec;
  }
}

// ---------------------------------------------------------------------------------------------
// What a fixture holds, for the locator's tests

export interface ExpectedTable {
  layout: 'L1' | 'L2' | 'L3' | 'L4';
  /** The cells the table occupies (title to last indicator row). */
  range: string;
  project: string;
  title: string | null;
  /** The grid's header row. */
  header: string;
  moneyUnit: '万元' | '元';
  budget: { total: number; fiscal: number; other: number };
  indicators: number;
  /** The 指标值 cells, top to bottom (the number column of a split layout). */
  values: string;
}

// ---------------------------------------------------------------------------------------------
// Styles

export interface Fonts {
  title: Partial<ExcelJS.Font>;
  body: Partial<ExcelJS.Font>;
  header: Partial<ExcelJS.Font>;
}

export const FIXTURE_FONTS: Fonts = {
  title: { name: '宋体', size: 14, bold: true },
  body: { name: '宋体', size: 11 },
  header: { name: '宋体', size: 11, bold: true },
};

/** The published tables' look: 宋体 titles and headings, 仿宋 contents. */
export const SAMPLE_FONTS: Fonts = {
  title: { name: '宋体', size: 14, bold: true },
  body: { name: '仿宋', size: 11 },
  header: { name: '宋体', size: 11, bold: true },
};

const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
const RIGHT: Partial<ExcelJS.Alignment> = { horizontal: 'right', vertical: 'middle' };

function area(top: number, left: number, bottom: number, right: number): Rect {
  return { top, left, bottom, right };
}

/** Runs of rows (relative indexes) that share a cell: a non-empty key followed by its '' rows. */
function runs(keys: string[], sameAsAbove: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  keys.forEach((_, i) => {
    if (i > 0 && sameAsAbove(i)) out[out.length - 1][1] = i;
    else out.push([i, i]);
  });
  return out;
}

/** Rows where the seed's 一级 cell is merged down (its '' rows follow the named one). */
function level1Runs(t: SeedTable): [number, number][] {
  return runs(
    t.indicators.map((x) => x.level1),
    (i) => t.indicators[i].level1 === '',
  );
}

/** Rows of identical consecutive 二级 names inside one 一级 run, to merge as Word tables do. */
function level2Runs(t: SeedTable): [number, number][] {
  const level1 = level1Runs(t);
  const runOf = (i: number): number => level1.findIndex(([a, b]) => i >= a && i <= b);
  return runs(
    t.indicators.map((x) => x.level2),
    (i) => t.indicators[i].level2 === t.indicators[i - 1].level2 && runOf(i) === runOf(i - 1),
  );
}

function title(b: SheetBuilder, row: number, col: number, width: number, text: string, fonts: Fonts): void {
  b.set(row, col, text);
  b.merge(row, col, row, col + width - 1);
  b.style(area(row, col, row, col + width - 1), { font: fonts.title, alignment: CENTER });
  b.rowHeights[row] = 30;
}

/** The line under the title: unit name on the left, `单位：万元` on the right. */
function unitLine(b: SheetBuilder, row: number, col: number, width: number, unitName: string, moneyUnit: string): void {
  b.set(row, col, unitName);
  b.merge(row, col, row, col + Math.max(0, width - 4));
  b.set(row, col + width - 1, moneyUnit);
  b.style(area(row, col + width - 1, row, col + width - 1), { alignment: RIGHT });
}

// ---------------------------------------------------------------------------------------------
// L1: seven columns, a Word table pasted into Excel (the seed's own shape)

export interface L1Options {
  title?: boolean;
  moneyUnit?: '万元' | '元';
  amounts?: 'text' | 'number';
  /** ASCII colons: `单位:元`, `其中:财政    资金`. */
  ascii?: boolean;
  /** Merge identical consecutive 二级 cells (the seed writes them out; Word tables often merge). */
  mergeLevel2?: boolean;
  fonts?: Fonts;
}

/** Lays out one table in L1 at `at`; returns what it put there. */
export function addL1(b: SheetBuilder, at: CellAddress, t: SeedTable, o: L1Options = {}): ExpectedTable & { bottom: number } {
  const firstStyle = b.styles.length;
  const fonts = o.fonts ?? FIXTURE_FONTS;
  const unit = o.moneyUnit ?? '万元';
  const colon = (s: string): string => (o.ascii ? s.replace(/：/g, ':') : s);
  const c = at.col;
  let r = at.row;
  const top = r;
  if (o.title ?? true) title(b, r++, c, 7, t.title, fonts);
  unitLine(b, r++, c, 7, t.unitName, colon(unit === '元' ? '单位：元' : t.moneyUnit));
  const bodyTop = r;

  b.set(r, c, t.projectLabel);
  b.set(r, c + 1, t.projectName);
  b.merge(r, c + 1, r, c + 6);
  r++;

  const money = (text: string): [CellInput, string] => {
    const n = amount(text, unit);
    if (text.trim() === '') return [null, o.amounts === 'number' ? numberFormat(unit) : '@'];
    if (o.amounts === 'number') return [n, numberFormat(unit)];
    return [unit === '元' ? yuanText(n) : text, '@'];
  };
  b.set(r, c, t.budgetLabel);
  b.merge(r, c, r + 1, c);
  b.set(r, c + 1, t.totalLabel);
  b.set(r, c + 2, ...money(t.total));
  b.set(r, c + 3, colon(t.fiscalLabel));
  b.set(r, c + 4, ...money(t.fiscal));
  b.set(r, c + 5, t.otherLabel);
  b.set(r, c + 6, ...money(t.other));
  r++;
  b.set(r, c + 1, t.use);
  b.merge(r, c + 1, r, c + 6);
  b.style(area(r, c + 1, r, c + 6), { alignment: LEFT });
  r++;
  b.set(r, c, t.goalsLabel);
  b.set(r, c + 1, t.goals);
  b.merge(r, c + 1, r, c + 6);
  b.style(area(r, c + 1, r, c + 6), { alignment: LEFT });
  r++;

  const header = r;
  const [h1, h2, h3, h4, h5] = t.header;
  [h1, h2, h3].forEach((h, i) => b.set(r, c + i, h));
  b.set(r, c + 3, h4);
  b.merge(r, c + 3, r, c + 4);
  b.set(r, c + 5, h5);
  b.merge(r, c + 5, r, c + 6);
  b.style(area(r, c, r, c + 6), { font: fonts.header });
  r++;

  const first = r;
  t.indicators.forEach((ind, i) => {
    const row = first + i;
    b.set(row, c, ind.level1);
    b.set(row, c + 1, ind.level2);
    b.set(row, c + 2, ind.level3);
    b.set(row, c + 3, ind.description);
    b.merge(row, c + 3, row, c + 4);
    b.set(row, c + 5, ind.value);
    b.merge(row, c + 5, row, c + 6);
  });
  for (const [a, z] of level1Runs(t)) b.merge(first + a, c, first + z, c);
  if (o.mergeLevel2) {
    for (const [a, z] of level2Runs(t)) {
      for (let i = a + 1; i <= z; i++) b.set(first + i, c + 1, null);
      b.merge(first + a, c + 1, first + z, c + 1);
    }
  }
  const bottom = first + t.indicators.length - 1;
  tableStyles(b, area(bodyTop, c, bottom, c + 6), fonts, firstStyle);
  for (let row = first; row <= bottom; row++) b.style(area(row, c + 2, row, c + 6), { alignment: LEFT });

  return {
    layout: 'L1',
    range: rectToA1(area(top, c, bottom, c + 6)),
    project: t.projectName,
    title: o.title === false ? null : t.title,
    header: rectToA1(area(header, c, header, c + 6)),
    moneyUnit: unit,
    budget: budgetOf(t, unit),
    indicators: t.indicators.length,
    values: rectToA1(area(first, c + 5, bottom, c + 5)),
    bottom,
  };
}

function numberFormat(unit: '万元' | '元'): string {
  return unit === '元' ? '#,##0.00' : '0.00';
}

function budgetOf(t: SeedTable, unit: '万元' | '元'): ExpectedTable['budget'] {
  return { total: amount(t.total, unit), fiscal: amount(t.fiscal, unit), other: amount(t.other, unit) };
}

/**
 * Borders, body font, wrapped and centred text over a table's body, inserted before the table's
 * own styles (header font, left-aligned long texts) so that those win.
 */
function tableStyles(b: SheetBuilder, body: Rect, fonts: Fonts, firstStyle: number): void {
  b.styles.splice(firstStyle, 0, { area: body, border: 'thin', font: fonts.body, alignment: CENTER });
}

// ---------------------------------------------------------------------------------------------
// L2: five columns, the budget as label/value pairs over several rows, amounts as numbers

export function addL2(b: SheetBuilder, at: CellAddress, t: SeedTable, fonts = FIXTURE_FONTS): ExpectedTable & { bottom: number } {
  const firstStyle = b.styles.length;
  const c = at.col;
  let r = at.row;
  const top = r;
  title(b, r++, c, 5, t.title, fonts);
  unitLine(b, r++, c, 5, t.unitName, t.moneyUnit);
  const bodyTop = r;
  const wide = (row: number, from: number): void => b.merge(row, c + from, row, c + 4);

  b.set(r, c, t.projectLabel);
  b.set(r, c + 1, t.projectName);
  wide(r++, 1);
  b.set(r, c, t.totalLabel);
  b.set(r, c + 1, amount(t.total, '万元'), '0.00');
  b.set(r, c + 2, '其中：财政资金');
  // The fiscal amount as people often enter it: a formula on the total, with its cached result.
  b.set(r, c + 3, { formula: toA1(r, c + 1), result: amount(t.fiscal, '万元') }, '0.00');
  wide(r++, 3);
  b.set(r, c, t.otherLabel);
  b.set(r, c + 1, t.other === '' ? null : amount(t.other, '万元'), '0.00');
  b.style(area(r, c + 1, r, c + 1), { numFmt: '0.00' });
  wide(r++, 1);
  b.set(r, c, '资金用途');
  b.set(r, c + 1, t.use);
  wide(r, 1);
  b.style(area(r, c + 1, r, c + 4), { alignment: LEFT });
  r++;
  b.set(r, c, t.goalsLabel);
  b.set(r, c + 1, t.goals);
  wide(r, 1);
  b.style(area(r, c + 1, r, c + 4), { alignment: LEFT });
  r++;

  const header = r;
  t.header.forEach((h, i) => b.set(r, c + i, h));
  b.style(area(r, c, r, c + 4), { font: fonts.header });
  r++;
  const first = r;
  t.indicators.forEach((ind, i) => {
    // 一级 written only on the first row of its group, the rows below left empty (not merged).
    [ind.level1, ind.level2, ind.level3, ind.description, ind.value].forEach((v, k) => b.set(first + i, c + k, v));
  });
  const bottom = first + t.indicators.length - 1;
  tableStyles(b, area(bodyTop, c, bottom, c + 4), fonts, firstStyle);
  return {
    layout: 'L2',
    range: rectToA1(area(top, c, bottom, c + 4)),
    project: t.projectName,
    title: t.title,
    header: rectToA1(area(header, c, header, c + 4)),
    moneyUnit: '万元',
    budget: budgetOf(t, '万元'),
    indicators: t.indicators.length,
    values: rectToA1(area(first, c + 4, bottom, c + 4)),
    bottom,
  };
}

// ---------------------------------------------------------------------------------------------
// L3: split value columns, as exported by budget-management systems

export type L3Variant = 'symbols' | 'words' | 'nature-direction' | 'directionality' | 'target';

const L3_HEADERS: Record<L3Variant, string[]> = {
  symbols: ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向', '分值'],
  words: ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向', '分值'],
  'nature-direction': ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向', '分值'],
  directionality: ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标方向性', '分值'],
  target: ['一级指标', '二级指标', '三级指标', '指标性质', '目标值', '计量单位', '指标方向', '权重'],
};

/** The 指标性质 and 指标方向 cells of a row in each variant. */
function l3SignCells(v: SplitValue, variant: L3Variant): [string, string] {
  const dir = directionOf(v.sign);
  switch (variant) {
    case 'symbols':
    case 'target':
      return v.qualitative ? ['定性', ''] : [v.sign, dir];
    case 'words':
      return v.qualitative ? ['定性', ''] : [SIGN_WORDS[v.sign], dir];
    case 'nature-direction':
      return v.qualitative ? ['定性', ''] : [dir, SIGN_WORDS[v.sign]];
    case 'directionality':
      return v.qualitative ? ['定性', ''] : [v.sign, dir === '' ? '' : `${dir}指标`];
  }
}

export function addL3(b: SheetBuilder, at: CellAddress, t: SeedTable, variant: L3Variant, fonts = FIXTURE_FONTS): ExpectedTable & { bottom: number } {
  const firstStyle = b.styles.length;
  const c = at.col;
  let r = at.row;
  const top = r;
  title(b, r++, c, 8, t.title, fonts);
  unitLine(b, r++, c, 8, t.unitName, t.moneyUnit);
  const bodyTop = r;
  b.set(r, c, t.projectLabel);
  b.set(r, c + 1, t.projectName);
  b.merge(r, c + 1, r, c + 7);
  r++;
  b.set(r, c, t.totalLabel);
  b.set(r, c + 1, amount(t.total, '万元'), '0.00');
  b.set(r, c + 2, '其中：财政资金');
  b.set(r, c + 3, amount(t.fiscal, '万元'), '0.00');
  b.set(r, c + 4, t.otherLabel);
  b.set(r, c + 5, t.other === '' ? null : amount(t.other, '万元'), '0.00');
  b.style(area(r, c + 5, r, c + 5), { numFmt: '0.00' });
  b.merge(r, c + 5, r, c + 7);
  r++;
  for (const [label, text] of [
    ['资金用途', t.use],
    [t.goalsLabel, t.goals],
  ]) {
    b.set(r, c, label);
    b.set(r, c + 1, text);
    b.merge(r, c + 1, r, c + 7);
    b.style(area(r, c + 1, r, c + 7), { alignment: LEFT });
    r++;
  }
  const header = r;
  L3_HEADERS[variant].forEach((h, i) => b.set(r, c + i, h));
  b.style(area(r, c, r, c + 7), { font: fonts.header });
  r++;
  const first = r;
  const weights = rowWeights(t);
  t.indicators.forEach((ind, i) => {
    const v = splitValue(ind.value);
    const [nature, direction] = l3SignCells(v, variant);
    const cells: CellInput[] = [ind.level1, ind.level2, ind.level3, nature, v.qualitative ? v.text : v.number, v.unit, direction, weights[i]];
    cells.forEach((x, k) => b.set(first + i, c + k, x));
  });
  for (const [a, z] of level1Runs(t)) b.merge(first + a, c, first + z, c);
  const bottom = first + t.indicators.length - 1;
  tableStyles(b, area(bodyTop, c, bottom, c + 7), fonts, firstStyle);
  return {
    layout: 'L3',
    range: rectToA1(area(top, c, bottom, c + 7)),
    project: t.projectName,
    title: t.title,
    header: rectToA1(area(header, c, header, c + 7)),
    moneyUnit: '万元',
    budget: budgetOf(t, '万元'),
    indicators: t.indicators.length,
    values: rectToA1(area(first, c + 4, bottom, c + 4)),
    bottom,
  };
}

// ---------------------------------------------------------------------------------------------
// L4: one row per indicator, several projects one after another, amounts in 元

export const L4_HEADER = ['项目名称', '项目单位', '项目类别', '预算数', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'];

export interface L4Options {
  /** Project columns (A:E) and 一级 merged down, or written on the first row only. */
  projectCells: 'merged' | 'first-row';
  amounts: 'text' | 'number';
  /** 指标性质 holds 正向/反向/定性 and 指标方向 the sign in words ('words'), or the sign and 正向/反向 ('symbols'). */
  signs: 'words' | 'symbols';
  /** A department total row above the first project. */
  summary: boolean;
  category: string;
}

export interface L4Result {
  header: string;
  summaryRow: number | null;
  tables: ExpectedTable[];
  bottom: number;
}

export function addL4(b: SheetBuilder, at: CellAddress, tables: SeedTable[], o: L4Options, fonts = FIXTURE_FONTS): L4Result {
  const firstStyle = b.styles.length;
  const c = at.col;
  let r = at.row;
  const W = L4_HEADER.length;
  const money = (n: number): [CellInput, string] => (o.amounts === 'text' ? [yuanText(n), '@'] : [n, '#,##0.00']);
  b.set(r, c, tables[0].unitName);
  b.set(r, c + W - 1, '单位：元');
  b.style(area(r, c + W - 1, r, c + W - 1), { alignment: RIGHT });
  r++;
  const headerRow = r;
  L4_HEADER.forEach((h, i) => b.set(r, c + i, h));
  b.style(area(r, c, r, c + W - 1), { font: fonts.header });
  r++;
  let summaryRow: number | null = null;
  if (o.summary) {
    summaryRow = r;
    b.set(r, c, '合计');
    b.set(r, c + 1, tables[0].unitName);
    b.set(r, c + 3, ...money(tables.reduce((s, t) => s + amount(t.total, '元'), 0)));
    r++;
  }
  const expected: ExpectedTable[] = [];
  for (const t of tables) {
    const first = r;
    const level1 = effectiveLevel1(t);
    const weights = rowWeights(t);
    const projectCells: CellInput[] = [t.projectName, t.unitName, o.category, money(amount(t.total, '元'))[0], t.goals];
    projectCells.forEach((v, k) => b.set(first, c + k, v, k === 3 ? money(0)[1] : undefined));
    t.indicators.forEach((ind, i) => {
      const row = first + i;
      const v = splitValue(ind.value);
      const named = i === 0 || level1[i] !== level1[i - 1];
      if (named) b.set(row, c + 5, `${level1[i]}(${LEVEL1_WEIGHTS[level1[i]]}分)`);
      const [nature, direction] =
        o.signs === 'words'
          ? v.qualitative
            ? ['定性', '']
            : [directionOf(v.sign), SIGN_WORDS[v.sign]]
          : v.qualitative
            ? ['定性', '']
            : [v.sign, directionOf(v.sign)];
      const cells: CellInput[] = [ind.level2, ind.level3, nature, direction, v.qualitative ? v.text : v.number, v.unit, weights[i]];
      cells.forEach((x, k) => b.set(row, c + 6 + k, x));
    });
    const bottom = first + t.indicators.length - 1;
    if (o.projectCells === 'merged') {
      for (let k = 0; k < 5; k++) b.merge(first, c + k, bottom, c + k);
      const groups = runs(level1, (i) => level1[i] === level1[i - 1]);
      for (const [a, z] of groups) b.merge(first + a, c + 5, first + z, c + 5);
    }
    expected.push({
      layout: 'L4',
      range: rectToA1(area(first, c, bottom, c + W - 1)),
      project: t.projectName,
      title: null,
      header: rectToA1(area(headerRow, c, headerRow, c + W - 1)),
      moneyUnit: '元',
      budget: budgetOf(t, '元'),
      indicators: t.indicators.length,
      values: rectToA1(area(first, c + 10, bottom, c + 10)),
    });
    r = bottom + 1;
  }
  tableStyles(b, area(headerRow, c, r - 1, c + W - 1), fonts, firstStyle);
  for (let row = headerRow + 1; row < r; row++) b.style(area(row, c + 4, row, c + 4), { alignment: LEFT });
  return { header: rectToA1(area(headerRow, c, headerRow, c + W - 1)), summaryRow, tables: expected, bottom: r - 1 };
}
