/**
 * Writes held-out-like workbooks for the evaluation harness: every layout (L1–L4), stacked tables
 * (3–7, blank rows between) and offset ones (random rows and columns, with and without titles,
 * ASCII or full-width punctuation, amounts as text or numbers, 万元 or 元), each table a seed
 * table with 0–2 planted mistakes (test/eval/plant.ts). Deterministic for a given seed.
 *
 * Alongside the workbooks, a manifest records what a perfect checker would report: every table
 * (range, project) and every expected finding (cell, category), with the seed's own mistakes.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseA1, rectToA1, toA1, type CellAddress, type Rect } from '../../src/core/engine/grid';
import type { Category } from '../../src/core/model';
import { buildWorkbook, workbookBytes, type CellInput, type SheetSpec } from '../../src/hosts/file/write';
import {
  addL1,
  addL2,
  addL3,
  addL4,
  directionOf,
  LEVEL1_WEIGHTS,
  loadSeed,
  SheetBuilder,
  SIGN_WORDS,
  yuanText,
  type ExpectedTable,
  type L3Variant,
  type SeedTable,
  type Sign,
} from '../../scripts/seed-layouts';
import {
  cloneTable,
  isSplitLayout,
  LAYOUTS,
  level1RunTops,
  nativeExpectations,
  PLANTERS,
  type AmountField,
  type Edit,
  type Expectation,
  type LabelField,
  type Layout,
  type PlantContext,
  type Planted,
  type Planter,
  type RowCell,
  type SplitSign,
  type TableField,
  type Target,
} from './plant';

// ---------------------------------------------------------------------------------------------
// Deterministic choices

/** mulberry32: small, fast, and the same sequence on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/**
 * The planters of one layout dealt like cards: every applicable planter comes up before any comes
 * up again, and among those left the ones least used in other layouts come first, so that even a
 * small set exercises the whole catalogue.
 */
class Deck {
  private left: { planter: Planter; key: number }[] = [];
  constructor(
    private readonly planters: readonly Planter[],
    private readonly rng: Rng,
    private readonly used: Map<string, number>,
  ) {}
  /** The first planter that `use` accepts (it returns false when the table has no place for it). */
  deal(use: (p: Planter) => boolean): boolean {
    for (let round = 0; round < 2; round++) {
      if (this.left.length === 0) this.left = this.planters.map((planter) => ({ planter, key: this.rng.next() }));
      const order = [...this.left].sort((a, b) => (this.used.get(a.planter.id) ?? 0) - (this.used.get(b.planter.id) ?? 0) || a.key - b.key);
      for (const card of order) {
        if (!use(card.planter)) continue;
        this.left.splice(this.left.indexOf(card), 1);
        this.used.set(card.planter.id, (this.used.get(card.planter.id) ?? 0) + 1);
        return true;
      }
      this.left = [];
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The manifest

export interface ExpectedFinding {
  /** Planter id, or `native` for the seed's own mistakes. */
  planter: string;
  native: boolean;
  categories: Category[];
  /** A1 cells where the finding may land. */
  cells: string[];
  /** A whole-table finding (on the table's range or header row) is right too. */
  tableLevel: boolean;
  what: string;
}

export interface TableCase {
  layout: Layout;
  seed: number;
  /** The layout options and realism choices, for the report. */
  options: string;
  range: string;
  header: string;
  project: string;
  plants: string[];
  findings: ExpectedFinding[];
  /** Cells where consequences of the planted mistakes may be reported. */
  tolerated: string[];
  tolerateTableLevel: boolean;
}

export interface SheetCase {
  name: string;
  tables: TableCase[];
}

export interface WorkbookCase {
  file: string;
  layout: Layout;
  arrangement: 'stacked' | 'offset';
  sheets: SheetCase[];
}

export interface EvalManifest {
  seed: number;
  size: EvalSize;
  workbooks: WorkbookCase[];
}

export type EvalSize = 'small' | 'full';

// ---------------------------------------------------------------------------------------------
// Layout geometry: where each field of a laid-out table is

type SplitStyle = L3Variant | 'L4-words' | 'L4-symbols';

interface Geometry {
  layout: Layout;
  style?: SplitStyle;
  range: Rect;
  /** The grid's header row (the lower one of a two-row header: where the checker anchors it). */
  header: Rect;
  /** The first header row (the upper one of a two-row header). */
  headerTop: number;
  firstRow: number;
  rows: number;
  cols: Partial<Record<RowCell, number>>;
  fields: Partial<Record<TableField, CellAddress>>;
  labels: Partial<Record<LabelField, CellAddress>>;
  moneyUnit: '万元' | '元';
  amounts: 'text' | 'number';
}

function cell(row: number, col: number): CellAddress {
  return { row, col };
}

/** L1–L3: fields at fixed offsets above the grid header, as scripts/seed-layouts.ts lays them out. */
function upperGeometry(layout: Layout, e: ExpectedTable, title: boolean, money: Pick<Geometry, 'moneyUnit' | 'amounts'>, style?: SplitStyle, headerRows = 1): Geometry {
  const header = parseA1(e.header);
  const values = parseA1(e.values);
  const range = parseA1(e.range);
  const h = header.top - (headerRows - 1);
  const c = header.left;
  const g: Geometry = { layout, style, range, header, headerTop: h, firstRow: values.top, rows: values.bottom - values.top + 1, cols: {}, fields: {}, labels: {}, ...money };
  if (layout === 'L1') {
    g.cols = { level1: c, level2: c + 1, level3: c + 2, description: c + 3, value: c + 5 };
    g.fields = { goals: cell(h - 1, c + 1), use: cell(h - 2, c + 1), total: cell(h - 3, c + 2), fiscal: cell(h - 3, c + 4), other: cell(h - 3, c + 6), projectName: cell(h - 4, c + 1), unitName: cell(h - 5, c), moneyUnit: cell(h - 5, c + 6) };
    g.labels = { goals: cell(h - 1, c), total: cell(h - 3, c + 1), projectName: cell(h - 4, c) };
    if (title) g.fields.title = cell(h - 6, c);
  } else if (layout === 'L2') {
    g.cols = { level1: c, level2: c + 1, level3: c + 2, description: c + 3, value: c + 4 };
    g.fields = { goals: cell(h - 1, c + 1), use: cell(h - 2, c + 1), other: cell(h - 3, c + 1), total: cell(h - 4, c + 1), fiscal: cell(h - 4, c + 3), projectName: cell(h - 5, c + 1), unitName: cell(h - 6, c), moneyUnit: cell(h - 6, c + 4) };
    g.labels = { goals: cell(h - 1, c), total: cell(h - 4, c), projectName: cell(h - 5, c) };
    if (title) g.fields.title = cell(h - 7, c);
  } else {
    g.cols = { level1: c, level2: c + 1, level3: c + 2, natureCol: c + 3, value: c + 4, unit: c + 5, directionCol: c + 6, weight: c + 7 };
    g.fields = { goals: cell(h - 1, c + 1), use: cell(h - 2, c + 1), total: cell(h - 3, c + 1), fiscal: cell(h - 3, c + 3), other: cell(h - 3, c + 5), projectName: cell(h - 4, c + 1), unitName: cell(h - 5, c), moneyUnit: cell(h - 5, c + 7) };
    g.labels = { goals: cell(h - 1, c), total: cell(h - 3, c), projectName: cell(h - 4, c) };
    if (title) g.fields.title = cell(h - 6, c);
  }
  return g;
}

function l4Geometry(e: ExpectedTable, unitLine: CellAddress, money: Pick<Geometry, 'moneyUnit' | 'amounts'>, style: SplitStyle): Geometry {
  const header = parseA1(e.header);
  const range = parseA1(e.range);
  const c = header.left;
  const f = range.top;
  return {
    layout: 'L4',
    style,
    range,
    header,
    headerTop: header.top,
    firstRow: f,
    rows: range.bottom - range.top + 1,
    cols: { level1: c + 5, level2: c + 6, level3: c + 7, natureCol: c + 8, directionCol: c + 9, value: c + 10, unit: c + 11, weight: c + 12 },
    fields: { projectName: cell(f, c), unitName: cell(f, c + 1), total: cell(f, c + 3), goals: cell(f, c + 4), moneyUnit: unitLine },
    labels: {},
    ...money,
  };
}

function anchorOf(b: SheetBuilder, at: CellAddress): CellAddress {
  const m = b.merges.find((r) => at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right);
  return m ? cell(m.top, m.left) : at;
}

/** The cells a target names in a laid-out table; [] when the layout has no such cell. */
function resolveTarget(b: SheetBuilder, g: Geometry, t: Target): CellAddress[] {
  switch (t.kind) {
    case 'field': {
      const at = g.fields[t.field];
      return at ? [at] : [];
    }
    case 'label': {
      const at = g.labels[t.field];
      return at ? [at] : [];
    }
    case 'row': {
      const col = g.cols[t.cell];
      if (col === undefined || t.row >= g.rows) return [];
      return [anchorOf(b, cell(g.firstRow + t.row, col))];
    }
    case 'header': {
      const col = g.cols[t.cell];
      if (col === undefined) return [];
      // A two-row header: the label's merged cell, and the checker's header row below it.
      return g.headerTop === g.header.top ? [cell(g.header.top, col)] : [cell(g.headerTop, col), cell(g.header.top, col)];
    }
    case 'table':
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Writing edits

function writeAmount(b: SheetBuilder, g: Geometry, which: AmountField, amount: Extract<Edit, { kind: 'amount' }>['amount']): void {
  const at = g.fields[which];
  if (!at) return;
  if (amount === null) return b.set(at.row, at.col, null);
  if ('text' in amount) return b.set(at.row, at.col, amount.text, '@');
  const n = 'wan' in amount ? (g.moneyUnit === '元' ? Math.round(amount.wan * 1000000) / 100 : amount.wan) : amount.raw;
  if (g.amounts === 'text') b.set(at.row, at.col, g.moneyUnit === '元' ? yuanText(n) : n.toFixed(2), '@');
  else b.set(at.row, at.col, n, g.moneyUnit === '元' ? '#,##0.00' : '0.00');
}

/** The 指标性质 / 指标方向 cells for a sign in a variant (scripts/seed-layouts.ts l3SignCells, plus L4). */
function signColumns(style: SplitStyle, sign: SplitSign | ''): [string, string] {
  if (sign === '定性' || sign === '定量') return [sign, ''];
  if (typeof sign === 'object') return [sign.raw, ''];
  const s = sign as Sign;
  const dir = directionOf(s);
  switch (style) {
    case 'symbols':
    case 'target':
    case 'L4-symbols':
      return [s, dir];
    case 'words':
      return [SIGN_WORDS[s], dir];
    case 'nature-direction':
    case 'L4-words':
      return [dir, SIGN_WORDS[s]];
    case 'directionality':
      return [s, dir === '' ? '' : `${dir}指标`];
  }
}

function applyEdit(b: SheetBuilder, g: Geometry, e: Edit): void {
  if (e.kind === 'amount') return writeAmount(b, g, e.field, e.amount);
  if (e.kind === 'cell') {
    for (const at of resolveTarget(b, g, e.at)) b.set(at.row, at.col, e.value);
    return;
  }
  if (!g.style) throw new Error('split edit on a combined layout');
  const row = g.firstRow + e.row;
  const col = (c: RowCell) => g.cols[c] as number;
  if (e.sign !== undefined) {
    const [nature, direction] = signColumns(g.style, e.sign);
    b.set(row, col('natureCol'), nature);
    // A sign typed as such (`≥≥`) goes in the sign cell only; 正向/反向 beside it stays.
    if (typeof e.sign !== 'object') b.set(row, col('directionCol'), direction);
  }
  if (e.number !== undefined) b.set(row, col('value'), e.number);
  if (e.unit !== undefined) b.set(row, col('unit'), e.unit);
}

// ---------------------------------------------------------------------------------------------
// One table: choose and plant mistakes

interface Choices {
  title: boolean;
  ascii: boolean;
  amounts: 'text' | 'number';
  moneyUnit: '万元' | '元';
  otherZero: boolean;
  level1Weights: boolean;
  spacedLabels: boolean;
  valueHeader?: string;
  mergeLevel2?: boolean;
  variant?: L3Variant;
  /** L3: `指标值` merged over `指标性质 | 指标值 | 度量单位` in a second header row. */
  twoRowHeader?: boolean;
}

interface PlantedTable {
  original: SeedTable;
  table: SeedTable;
  plants: { id: string; planted: Planted }[];
}

const PLANT_COUNTS = [0, 1, 1, 2, 2] as const;

function plantTable(seed: SeedTable, layout: Layout, choices: Choices, signSymbols: boolean, deck: Deck, rng: Rng): PlantedTable {
  let table = cloneTable(seed);
  if (choices.otherZero) table.other = '0.00';
  const original = cloneTable(table);
  const plants: PlantedTable['plants'] = [];
  const claimed = new Set<string>();
  const wanted = rng.pick(PLANT_COUNTS);
  for (let k = 0; k < wanted && !claimed.has('rows'); k++) {
    const ctx: PlantContext = {
      layout,
      signSymbols,
      moneyUnit: choices.moneyUnit,
      level1Weights: choices.level1Weights || layout === 'L4',
      pick: (items) => rng.pick(items),
      claimed,
    };
    deck.deal((p) => {
      if (p.exclusive && plants.length > 0) return false;
      const planted = p.plant(table, ctx);
      if (!planted) return false;
      if (planted.edits.length === 0 && JSON.stringify(planted.table) === JSON.stringify(table)) throw new Error(`planter ${p.id} changed nothing`);
      // Two whole-table findings of one category could not be told apart by cell: one per table.
      const tableLevel = planted.expect.some((e) => e.at.some((t) => t.kind === 'table'));
      if (tableLevel && claimed.has('table')) return false;
      if (tableLevel) claimed.add('table');
      table = planted.table;
      plants.push({ id: p.id, planted });
      for (const c of planted.claims) claimed.add(c);
      return true;
    });
  }
  return { original, table, plants };
}

/** The realism edits of a table: choices the builders do not offer, written after layout. */
function realismEdits(b: SheetBuilder, g: Geometry, t: SeedTable, ch: Choices): void {
  const set = (at: CellAddress | undefined, v: CellInput) => at && b.set(at.row, at.col, v);
  if (g.layout === 'L2' || g.layout === 'L3') {
    if (!ch.title) set(g.fields.title, null);
    const unitText = ch.moneyUnit === '元' ? '单位：元' : '单位：万元';
    set(g.fields.moneyUnit, ch.ascii ? unitText.replace('：', ':') : unitText);
    const fiscalLabel = g.fields.fiscal && cell(g.fields.fiscal.row, g.fields.fiscal.col - 1);
    set(fiscalLabel, ch.ascii ? '其中:财政资金' : '其中：财政资金');
    if (ch.amounts === 'text' || ch.moneyUnit === '元') {
      for (const f of ['total', 'fiscal', 'other'] as const) {
        const text = t[f];
        writeAmount(b, g, f, text.trim() === '' ? null : { wan: Number(text) });
      }
    }
  }
  if (ch.spacedLabels && g.layout !== 'L4') {
    set(g.labels.projectName, '项 目 名 称');
    set(g.labels.goals, g.layout === 'L1' ? '绩 效 目 标' : '年度绩效目标');
  }
  if (ch.valueHeader && g.cols.value !== undefined) b.set(g.header.top, g.cols.value, ch.valueHeader);
  if (ch.level1Weights && (g.layout === 'L1' || g.layout === 'L2')) {
    for (const row of level1RunTops(t)) {
      const name = t.indicators[row].level1;
      const w = LEVEL1_WEIGHTS[name];
      if (w !== undefined) b.set(g.firstRow + row, g.cols.level1 as number, `${name}（${w}分）`);
    }
  }
}

/** Checks that the geometry names the cells the builder wrote: a harness bug fails loudly here. */
function verifyGeometry(spec: SheetSpec, g: Geometry, t: SeedTable): void {
  const at = (a: CellAddress | undefined): unknown => (a ? spec.values[a.row]?.[a.col] ?? null : undefined);
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) throw new Error(`eval geometry (${g.layout} ${rectToA1(g.range)}): ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  if (t.projectName !== '') expect('项目名称', at(g.fields.projectName), t.projectName);
  if (g.layout !== 'L4') {
    expect('项目名称 label', at(g.labels.projectName), t.projectLabel);
    expect('预算数 label', at(g.labels.total), t.totalLabel);
    expect('绩效目标 label', at(g.labels.goals), t.goalsLabel);
    if (t.goals !== '') expect('绩效目标', at(g.fields.goals), t.goals);
  }
  expect('header 三级', at(cell(g.headerTop, g.cols.level3 as number)), '三级指标');
  expect('rows', g.rows, t.indicators.length);
  t.indicators.forEach((ind, i) => {
    if (ind.level3 !== '') expect(`row ${i} 三级`, at(cell(g.firstRow + i, g.cols.level3 as number)), ind.level3);
    if (!isSplitLayout(g.layout) && ind.value !== '') expect(`row ${i} 指标值`, at(cell(g.firstRow + i, g.cols.value as number)), ind.value);
  });
}

// ---------------------------------------------------------------------------------------------
// Expectations in A1

function resolveExpectation(b: SheetBuilder, g: Geometry, e: Expectation, planter: string, native: boolean): ExpectedFinding {
  const cells = e.at.flatMap((t) => resolveTarget(b, g, t)).map((a) => toA1(a.row, a.col));
  return {
    planter,
    native,
    categories: Array.isArray(e.category) ? e.category : [e.category],
    cells: [...new Set(cells)],
    tableLevel: e.at.some((t) => t.kind === 'table'),
    what: e.what,
  };
}

interface Placed {
  pt: PlantedTable;
  choices: Choices;
  geometry: Geometry;
  expected: ExpectedTable;
}

function tableCase(b: SheetBuilder, p: Placed): TableCase {
  const { pt, geometry: g } = p;
  const planted = pt.plants.flatMap(({ id, planted }) => planted.expect.map((e) => resolveExpectation(b, g, e, id, false)));
  const plantedCells = new Set(planted.flatMap((f) => f.cells));
  // A native mistake on a cell a planter rewrote is gone; one on a cell it expects is the planter's.
  const natives = nativeExpectations(pt.table, g.layout)
    .map((e) => resolveExpectation(b, g, e, 'native', true))
    .filter((f) => !f.cells.some((c) => plantedCells.has(c)));
  const tolerate = pt.plants.flatMap(({ planted }) => planted.tolerate);
  const range = { ...g.range };
  if (g.fields.title === undefined && (g.layout === 'L2' || g.layout === 'L3')) range.top += 1;
  return {
    layout: g.layout,
    seed: pt.table.number,
    options: describeChoices(g, p.choices),
    range: rectToA1(range),
    header: rectToA1(g.header),
    project: pt.table.projectName.trim(),
    plants: pt.plants.map((x) => x.id),
    findings: [...planted, ...natives],
    tolerated: [...new Set(tolerate.flatMap((t) => resolveTarget(b, g, t)).map((a) => toA1(a.row, a.col)))],
    tolerateTableLevel: tolerate.some((t) => t.kind === 'table'),
  };
}

function describeChoices(g: Geometry, ch: Choices): string {
  const parts: string[] = [g.style ?? g.layout, ch.moneyUnit, ch.amounts];
  if (g.layout !== 'L4') parts.push(ch.title ? 'title' : 'no title');
  if (ch.ascii) parts.push('ascii');
  if (ch.otherZero) parts.push('其他资金 0');
  if (ch.level1Weights && g.layout !== 'L4') parts.push('一级 weights');
  if (ch.spacedLabels) parts.push('spaced labels');
  if (ch.valueHeader) parts.push(ch.valueHeader);
  if (ch.mergeLevel2) parts.push('二级 merged');
  if (ch.twoRowHeader) parts.push('two-row header');
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Sheets

const WIDTHS: Record<Layout, number[]> = {
  L1: [14, 14, 22, 20, 14, 12, 14],
  L2: [16, 16, 24, 24, 16],
  L3: [12, 16, 24, 10, 18, 10, 10, 8],
  L4: [30, 24, 12, 16, 40, 16, 18, 24, 10, 10, 18, 10, 8],
};

const L3_VARIANTS: readonly L3Variant[] = ['symbols', 'words', 'nature-direction', 'directionality', 'target'];

function widths(layout: Layout, col: number): Record<number, number> {
  return Object.fromEntries(WIDTHS[layout].map((w, i) => [col + i, w]));
}

function randomChoices(layout: Layout, rng: Rng, offset: boolean): Choices {
  const ch: Choices = {
    title: layout === 'L4' ? false : !offset || rng.chance(0.6),
    ascii: rng.chance(0.3),
    amounts: layout === 'L1' ? rng.pick(['text', 'number'] as const) : rng.chance(0.3) ? 'text' : 'number',
    moneyUnit: layout === 'L4' ? '元' : rng.chance(0.3) ? '元' : '万元',
    otherZero: layout !== 'L4' && rng.chance(0.3),
    level1Weights: (layout === 'L1' || layout === 'L2') && rng.chance(0.25),
    spacedLabels: layout !== 'L4' && rng.chance(0.2),
  };
  if (layout === 'L1' || layout === 'L2') {
    if (rng.chance(0.3)) ch.valueHeader = rng.pick(['目标值', '年度指标值', '指标值及单位']);
  }
  if (layout === 'L1') ch.mergeLevel2 = rng.chance(0.4);
  if (layout === 'L3') {
    ch.variant = rng.pick(L3_VARIANTS);
    ch.twoRowHeader = rng.chance(0.35);
  }
  if (layout === 'L2' || layout === 'L3') {
    // These builders always write a title and amounts in 万元 as numbers; the rest is post-edited.
    if (!offset) ch.title = rng.chance(0.8);
  }
  return ch;
}

function signSymbolsOf(style: SplitStyle | undefined): boolean {
  return style === 'symbols' || style === 'target' || style === 'directionality' || style === 'L4-symbols';
}

/** Lays out one L1–L3 table at `at`. */
function placeUpper(b: SheetBuilder, at: CellAddress, layout: Layout, seed: SeedTable, ch: Choices, deck: Deck, rng: Rng): Placed & { bottom: number } {
  const style: SplitStyle | undefined = layout === 'L3' ? ch.variant : undefined;
  const pt = plantTable(seed, layout, ch, signSymbolsOf(style), deck, rng);
  let expected: ExpectedTable & { bottom: number };
  if (layout === 'L1') {
    expected = addL1(b, at, pt.table, { title: ch.title, moneyUnit: ch.moneyUnit, amounts: ch.amounts, ascii: ch.ascii, mergeLevel2: ch.mergeLevel2 });
  } else if (layout === 'L2') {
    expected = addL2(b, at, pt.table);
  } else if (ch.twoRowHeader) {
    expected = addL3TwoRowHeader(b, at, pt.table, ch.variant as L3Variant);
  } else {
    expected = addL3(b, at, pt.table, ch.variant as L3Variant);
  }
  // L2/L3 are built with their title; it is removed after verification when the choice says so.
  const geometry = upperGeometry(layout, expected, ch.title || layout !== 'L1', { moneyUnit: ch.moneyUnit, amounts: ch.amounts }, style, ch.twoRowHeader ? 2 : 1);
  return { pt, choices: ch, geometry, expected, bottom: expected.bottom };
}

/**
 * L3 with a two-row header, as some budget systems export it: `指标值` merged over
 * `指标性质 | 指标值 | 度量单位` in the row below, the other headings merged down over both rows.
 * Laid out by addL3 on a scratch sheet and copied with a row inserted under the header.
 */
function addL3TwoRowHeader(b: SheetBuilder, at: CellAddress, t: SeedTable, variant: L3Variant): ExpectedTable & { bottom: number } {
  const scratch = new SheetBuilder('scratch', {});
  const e = addL3(scratch, at, t, variant);
  const h = parseA1(e.header).top;
  const spec = scratch.toSpec();
  const down = (r: number) => (r > h ? r + 1 : r);
  spec.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (r !== h && v !== null && v !== undefined) b.set(down(r), c, v, spec.formats?.[r]?.[c] ?? undefined);
    }),
  );
  for (const m of scratch.merges) b.merge(down(m.top), m.left, down(m.bottom), m.right);
  for (const { area, ...style } of scratch.styles) b.style({ ...area, top: down(area.top), bottom: area.bottom >= h ? area.bottom + 1 : area.bottom }, style);
  for (const [r, height] of Object.entries(scratch.rowHeights)) b.rowHeights[down(Number(r))] = height;
  const names = (spec.values[h] ?? []).slice(at.col, at.col + 8).map((v) => String(v ?? ''));
  const c = at.col;
  for (const k of [0, 1, 2, 6, 7]) {
    b.set(h, c + k, names[k]);
    b.merge(h, c + k, h + 1, c + k);
  }
  b.set(h, c + 3, '指标值');
  b.merge(h, c + 3, h, c + 5);
  for (const k of [3, 4, 5]) b.set(h + 1, c + k, names[k]);
  const values = parseA1(e.values);
  const range = parseA1(e.range);
  return {
    ...e,
    header: rectToA1({ top: h + 1, bottom: h + 1, left: c, right: c + 7 }),
    values: rectToA1({ ...values, top: values.top + 1, bottom: values.bottom + 1 }),
    range: rectToA1({ ...range, bottom: range.bottom + 1 }),
    bottom: e.bottom + 1,
  };
}

interface L4Block {
  placed: Placed[];
  bottom: number;
}

function placeL4(b: SheetBuilder, at: CellAddress, seeds: SeedTable[], deck: Deck, rng: Rng, title: boolean): L4Block {
  const signs = rng.pick(['words', 'symbols'] as const);
  const amounts = rng.pick(['text', 'number'] as const);
  const style: SplitStyle = signs === 'words' ? 'L4-words' : 'L4-symbols';
  const ch: Choices = { title: false, ascii: false, amounts, moneyUnit: '元', otherZero: false, level1Weights: true, spacedLabels: false };
  const pts = seeds.map((s) => plantTable(s, 'L4', ch, signSymbolsOf(style), deck, rng));
  let top = at.row;
  if (title) {
    b.set(top, at.col, `${pts[0].table.projectName.slice(0, 4)}年部门项目支出绩效目标表`);
    b.merge(top, at.col, top, at.col + 12);
    top += 1;
  }
  const result = addL4(b, { row: top, col: at.col }, pts.map((p) => p.table), {
    projectCells: rng.pick(['merged', 'first-row'] as const),
    amounts,
    signs,
    summary: rng.chance(0.5),
    category: rng.pick(['特定目标类', '其他运转类']),
  });
  const unitLine = cell(top, at.col + 12);
  const placed = result.tables.map((e, i) => ({ pt: pts[i], choices: ch, geometry: l4Geometry(e, unitLine, { moneyUnit: '元', amounts }, style), expected: e }));
  return { placed, bottom: result.bottom };
}

/** Verifies, edits and records every table of a sheet; returns the sheet for the workbook. */
function finishSheet(b: SheetBuilder, placed: Placed[]): { spec: SheetSpec; tables: TableCase[] } {
  const built = b.toSpec();
  for (const p of placed) verifyGeometry(built, p.geometry, p.pt.table);
  for (const p of placed) {
    realismEdits(b, p.geometry, p.pt.table, p.choices);
    if (!p.choices.title && (p.geometry.layout === 'L2' || p.geometry.layout === 'L3')) delete p.geometry.fields.title;
    for (const { planted } of p.pt.plants) for (const e of planted.edits) applyEdit(b, p.geometry, e);
  }
  const tables = placed.map((p) => tableCase(b, p));
  return { spec: b.toSpec(), tables };
}

const SHEET_NAMES = ['Sheet1', '绩效目标表', '项目绩效目标', '项目支出绩效目标表', 'Sheet2'];

function stackedSheet(layout: Layout, name: string, seeds: SeedTable[], deck: Deck, rng: Rng): { spec: SheetSpec; tables: TableCase[] } {
  const b = new SheetBuilder(name, widths(layout, 0));
  const n = rng.int(3, 7);
  const picked = rng.shuffle(seeds).slice(0, n);
  if (layout === 'L4') return finishSheet(b, placeL4(b, { row: 0, col: 0 }, picked, deck, rng, rng.chance(0.3)).placed);
  const placed: Placed[] = [];
  let row = 0;
  for (const seed of picked) {
    const p = placeUpper(b, { row, col: 0 }, layout, seed, randomChoices(layout, rng, false), deck, rng);
    placed.push(p);
    row = p.bottom + 1 + rng.int(1, 3);
  }
  return finishSheet(b, placed);
}

function offsetSheet(layout: Layout, name: string, seeds: SeedTable[], deck: Deck, rng: Rng): { spec: SheetSpec; tables: TableCase[] } {
  const col = rng.int(1, 6);
  const b = new SheetBuilder(name, widths(layout, col));
  const picked = rng.shuffle(seeds).slice(0, rng.int(1, 3));
  if (layout === 'L4') return finishSheet(b, placeL4(b, { row: rng.int(0, 9), col }, picked, deck, rng, rng.chance(0.5)).placed);
  const placed: Placed[] = [];
  let row = rng.int(0, 9);
  for (const seed of picked) {
    const p = placeUpper(b, { row, col }, layout, seed, randomChoices(layout, rng, true), deck, rng);
    placed.push(p);
    row = p.bottom + 1 + rng.int(2, 6);
  }
  return finishSheet(b, placed);
}

// ---------------------------------------------------------------------------------------------
// The set

const SIZES: Record<EvalSize, { stacked: number; offset: number }> = {
  small: { stacked: 2, offset: 3 },
  full: { stacked: 10, offset: 12 },
};

/** Writes the workbooks and manifest.json into `dir`; returns the manifest. */
export async function buildEvalSet(dir: string, seed = 20250101, size: EvalSize = 'full', seedTables: SeedTable[] = loadSeed()): Promise<EvalManifest> {
  mkdirSync(dir, { recursive: true });
  const rng = new Rng(seed);
  const workbooks: WorkbookCase[] = [];
  const used = new Map<string, number>();
  for (const layout of LAYOUTS) {
    const deck = new Deck(
      PLANTERS.filter((p) => p.layouts.includes(layout)),
      rng,
      used,
    );
    const counts = SIZES[size];
    for (const arrangement of ['stacked', 'offset'] as const) {
      for (let k = 0; k < counts[arrangement]; k++) {
        const sheetCount = arrangement === 'offset' && rng.chance(0.3) ? 2 : 1;
        const names = rng.shuffle(SHEET_NAMES).slice(0, sheetCount);
        const sheets = names.map((name) => (arrangement === 'stacked' ? stackedSheet : offsetSheet)(layout, name, seedTables, deck, rng));
        const file = `${layout.toLowerCase()}-${arrangement}-${k + 1}.xlsx`;
        writeFileSync(join(dir, file), await workbookBytes(buildWorkbook({ sheets: sheets.map((s) => s.spec) })));
        workbooks.push({ file, layout, arrangement, sheets: sheets.map((s, i) => ({ name: names[i], tables: s.tables })) });
      }
    }
  }
  const manifest: EvalManifest = { seed, size, workbooks };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** `npx tsx test/eval/build.ts DIR [SEED] [small|full]`: writes a set to look at in Excel. */
if (require.main === module) {
  const [dir, seedArg, sizeArg] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: npx tsx test/eval/build.ts DIR [SEED] [small|full]');
    process.exit(2);
  }
  buildEvalSet(dir, seedArg ? Number(seedArg) : undefined, sizeArg === 'small' ? 'small' : 'full')
    .then((m) => console.log(`${m.workbooks.length} workbooks, ${m.workbooks.reduce((n, w) => n + w.sheets.reduce((k, s) => k + s.tables.length, 0), 0)} tables in ${dir}`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(2);
    });
}
