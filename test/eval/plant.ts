/**
 * The catalogue of planted mistakes for the evaluation harness (test/eval/run.ts).
 *
 * A planter takes a seed table (scripts/seed-layouts.ts) and returns it with one mistake put in,
 * plus where the checker must report it: a category and the cell(s) that count as the right
 * cell, named independently of any layout (`the value of row 3`, `the 预算数`). build.ts turns
 * those names into A1 addresses for the layout the table is written in.
 *
 * Every check of SPEC §5 has at least one planter; each planter lists the layouts it applies to
 * (a unit before the number, for instance, cannot be written in a split layout's unit column).
 * The seed's own mistakes (`≥99百分之`, `目标内容1`, …) are catalogued in NATIVE: they are
 * expected findings too, never false ones, and are reported apart from the planted ones.
 */
import type { Category } from '../../src/core/model';
import type { CellInput } from '../../src/hosts/file/write';
import { effectiveLevel1, LEVEL1_WEIGHTS, splitValue, yuanText, type SeedTable, type Sign } from '../../scripts/seed-layouts';

export type Layout = 'L1' | 'L2' | 'L3' | 'L4';
export const LAYOUTS: readonly Layout[] = ['L1', 'L2', 'L3', 'L4'];
const ALL: readonly Layout[] = LAYOUTS;
const COMBINED: readonly Layout[] = ['L1', 'L2'];
const SPLIT: readonly Layout[] = ['L3', 'L4'];
/** Layouts with an upper block of labelled fields (L4 has the project columns instead). */
const UPPER: readonly Layout[] = ['L1', 'L2', 'L3'];

export function isSplitLayout(layout: Layout): boolean {
  return layout === 'L3' || layout === 'L4';
}

// ---------------------------------------------------------------------------------------------
// Where findings land, and what a planter changes

export type TableField = 'title' | 'unitName' | 'moneyUnit' | 'projectName' | 'total' | 'fiscal' | 'other' | 'use' | 'goals';
export type LabelField = 'projectName' | 'total' | 'goals';
export type AmountField = 'total' | 'fiscal' | 'other';

/**
 * Cells of an indicator row, by position rather than meaning: `natureCol` is the column headed
 * 指标性质 and `directionCol` the one headed 指标方向 (or 指标方向性); what each holds (a sign, 正向,
 * 定性) depends on the variant.
 */
export type RowCell = 'level1' | 'level2' | 'level3' | 'description' | 'value' | 'unit' | 'natureCol' | 'directionCol' | 'weight';

export type Target =
  | { kind: 'field'; field: TableField }
  | { kind: 'label'; field: LabelField }
  /** A cell of an indicator row (0-based among the table's rows). A merged cell means its top-left. */
  | { kind: 'row'; row: number; cell: RowCell }
  /** A cell of the grid's header row. */
  | { kind: 'header'; cell: RowCell }
  /** A whole-table finding: reported on the table's range or on its header row. */
  | { kind: 'table' };

export type SplitSign = Sign | '定性' | '定量' | { raw: string };

export type Edit =
  /** Writes a cell after the table is laid out (null empties it). */
  | { kind: 'cell'; at: Target; value: CellInput }
  /** Writes an amount in the table's own style: `wan` is converted to its money unit, `raw` and `text` are written as given. */
  | { kind: 'amount'; field: AmountField; amount: { wan: number } | { raw: number } | { text: string } | null }
  /** Split layouts: writes a row's sign (in the variant's columns and words), number and unit cells. */
  | { kind: 'split'; row: number; sign?: SplitSign | ''; number?: CellInput; unit?: string };

export interface Expectation {
  /** Any of these categories is right (one, except where SPEC §5 files a check under two). */
  category: Category | Category[];
  /** Any of these cells is the right cell. */
  at: Target[];
  /** What was planted, for the report. */
  what: string;
}

export interface Planted {
  table: SeedTable;
  edits: Edit[];
  expect: Expectation[];
  /** Cells where a consequence of the mistake may be reported without being a false finding. */
  tolerate: Target[];
  /** What this mistake uses up (rows, fields), so a second one in the table stays apart. */
  claims: string[];
}

export interface PlantContext {
  layout: Layout;
  /** Split layouts: the sign column holds symbols (≥), where a doubled symbol can be typed. */
  signSymbols: boolean;
  moneyUnit: '万元' | '元';
  /** Realism option: the 一级 names carry weights (`产出指标(50分)`); L4 always does. */
  level1Weights: boolean;
  /** A pseudo-random choice (the harness's seeded generator). */
  pick<T>(items: readonly T[]): T;
  claimed: ReadonlySet<string>;
}

export interface Planter {
  id: string;
  category: Category;
  /** The check of SPEC §5 it exercises. */
  check: string;
  layouts: readonly Layout[];
  /** Changes the table's rows (drops some): no other mistake goes into the same table. */
  exclusive?: boolean;
  /** The table with the mistake put in, or undefined when this table offers no place for it. */
  plant(t: SeedTable, ctx: PlantContext): Planted | undefined;
}

// ---------------------------------------------------------------------------------------------
// Seed tables: copies and what their rows measure

export function cloneTable(t: SeedTable): SeedTable {
  return { ...t, header: [...t.header], indicators: t.indicators.map((x) => ({ ...x })) };
}

export type RowKind = 'quantity' | 'quality' | 'timeliness' | 'cost' | 'benefit' | 'satisfaction' | 'other';

export function rowKind(t: SeedTable, i: number): RowKind {
  const l2 = t.indicators[i].level2;
  if (/满意/.test(l2)) return 'satisfaction';
  if (/成本/.test(l2)) return 'cost';
  if (/数量/.test(l2)) return 'quantity';
  if (/质量/.test(l2)) return 'quality';
  if (/时效/.test(l2)) return 'timeliness';
  if (/效益|可持续/.test(l2)) return 'benefit';
  return 'other';
}

/** Drops rows, moving a dropped run's 一级 text down to the next row that keeps the run going. */
export function dropRows(t: SeedTable, drop: (i: number) => boolean): SeedTable {
  const out = cloneTable(t);
  const level1 = effectiveLevel1(t);
  const kept: SeedTable['indicators'] = [];
  t.indicators.forEach((ind, i) => {
    if (drop(i)) return;
    const prev = kept.length > 0 ? effectiveLevel1Of(kept) : '';
    kept.push({ ...ind, level1: ind.level1 !== '' || prev === level1[i] ? ind.level1 : level1[i] });
  });
  out.indicators = kept;
  return out;
}

function effectiveLevel1Of(rows: SeedTable['indicators']): string {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].level1 !== '') return rows[i].level1;
  return '';
}

/** Indexes of the rows that start a 一级 run (their 一级 cell holds the text). */
export function level1RunTops(t: SeedTable): number[] {
  return t.indicators.flatMap((ind, i) => (ind.level1 !== '' ? [i] : []));
}

/**
 * Rows whose 一级 cell names a group as laid out: in L1–L3 every row whose seed 一级 is written
 * (the seed writes 效益指标 twice in a row); in L4 the first row of each run of equal names, as
 * the L4 builder groups them (one named cell over the run).
 */
export function level1GroupTops(t: SeedTable, layout: Layout): number[] {
  if (layout !== 'L4') return level1RunTops(t);
  const l1 = effectiveLevel1(t);
  return l1.flatMap((name, i) => (i === 0 || name !== l1[i - 1] ? [i] : []));
}

/** The row whose 一级 cell names the group a row belongs to. */
export function groupTopOf(t: SeedTable, i: number, layout: Layout): number {
  return Math.max(...level1GroupTops(t, layout).filter((k) => k <= i));
}

function isPercent(unit: string): boolean {
  return unit === '%' || unit === '％';
}

function isRateName(name: string): boolean {
  return /率$/.test(name.trim());
}

/** A number with a letter O for a zero (`2O0`), or a doubled decimal point (`9..8`): a typing slip. */
export function slipNumber(n: number): string {
  const s = String(n);
  if (s.includes('0')) return `${s.slice(0, s.lastIndexOf('0'))}O${s.slice(s.lastIndexOf('0') + 1)}`;
  if (s.includes('.')) return s.replace('.', '..');
  if (s.length >= 2) return `${s[0]}..${s.slice(1)}`;
  return `${s}O`;
}

/** An amount's text with a typing slip: a letter O for a zero, l for a one, or a doubled point. */
export function slipAmount(text: string): string {
  const at = (ch: string) => text.lastIndexOf(ch);
  if (at('0') >= 0) return `${text.slice(0, at('0'))}O${text.slice(at('0') + 1)}`;
  if (at('1') >= 0) return `${text.slice(0, at('1'))}l${text.slice(at('1') + 1)}`;
  return text.includes('.') ? text.replace('.', '..') : `${text}O`;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 26.5 -> 二十六点五 (integers below 1000 and their decimals): an amount written in words. */
export function chineseAmount(n: number): string {
  const [int, dec] = n.toFixed(2).replace(/\.?0+$/, '').split('.');
  const v = Number(int);
  const h = Math.floor(v / 100);
  const t = Math.floor((v % 100) / 10);
  const u = v % 10;
  let s = '';
  if (h > 0) s += `${CN_DIGITS[h]}百`;
  if (t > 0) s += `${h === 0 && t === 1 ? '' : CN_DIGITS[t]}十`;
  else if (h > 0 && u > 0) s += '零';
  if (u > 0 || v === 0) s += CN_DIGITS[u];
  if (dec) s += `点${[...dec].map((d) => CN_DIGITS[Number(d)]).join('')}`;
  return s;
}

// ---------------------------------------------------------------------------------------------
// The seed's own mistakes

export interface NativeMistake {
  seed: number;
  /** The row, by its 三级 name; absent for a table field. */
  level3?: string;
  field?: TableField;
  cell: RowCell | 'field';
  /** The cell's text in the seed: the mistake is expected only while the text is unchanged. */
  text: string;
  category: Category;
  what: string;
  /** Where a finding may land: the cell, or in split layouts the cells of the value. */
  spread: 'cell' | 'sign' | 'unit';
  /** Layouts that show the mistake (a value equal to its description needs a description column). */
  layouts?: readonly Layout[];
}

/**
 * Mistakes the seed tables contain as published. Only those SPEC §5 asks to report as an error or
 * a warning; info-level notes (`≤26.5万`, the trailing `。`) need no listing since info findings
 * never count as false ones. `≤1台` on 设备数量 is a warning since spec42 (a ceiling on an output
 * quantity: SPEC §4 “suspicious”, labelled a warning by the tune corpus's reviewers).
 */
export const NATIVE: readonly NativeMistake[] = [
  { seed: 1, level3: '单位干警满意度', cell: 'value', text: '≥99百分之', category: 'value', what: '百分之 for %', spread: 'unit' },
  { seed: 1, level3: '生态效益指标', cell: 'level3', text: '生态效益指标', category: 'structure', what: '二级 name as 三级', spread: 'cell' },
  { seed: 3, field: 'goals', cell: 'field', text: '1.目标内容1', category: 'content', what: 'placeholder goal', spread: 'cell' },
  { seed: 3, level3: '提高法律监督水平', cell: 'value', text: '提高法律监督水平', category: 'value', what: 'value restates the name', spread: 'cell' },
  { seed: 4, level3: '提高网络安全性', cell: 'value', text: '提高网络安全性', category: 'value', what: 'value restates the name', spread: 'cell' },
  { seed: 6, level3: '设备数量', cell: 'value', text: '≤1台', category: 'value', what: 'ceiling on a quantity', spread: 'sign' },
  { seed: 5, level3: '书籍报刊无破损、缺页', cell: 'value', text: '0%', category: 'value', what: 'no sign', spread: 'sign' },
  { seed: 5, level3: '业务工作保障建立长效机制', cell: 'value', text: '业务工作保障建立长效机制', category: 'value', what: 'value restates the name', spread: 'cell' },
  { seed: 7, level3: '被救助人员息诉罢访率', cell: 'value', text: '100%', category: 'value', what: 'no sign', spread: 'sign' },
  { seed: 7, level3: '司法救助金及时发放率', cell: 'value', text: '100%', category: 'value', what: 'no sign', spread: 'sign' },
  { seed: 7, level3: '困难群众生活状况改善情况', cell: 'value', text: '通过拨付救助金额改善群众生活', category: 'value', what: 'value restates the description', spread: 'cell', layouts: COMBINED },
];

/** True when a row of the table carries one of the seed's own mistakes (planters leave it alone). */
export function isNativeRow(t: SeedTable, i: number): boolean {
  const ind = t.indicators[i];
  return NATIVE.some((n) => n.seed === t.number && n.level3 !== undefined && n.level3 === ind.level3);
}

/** The targets a finding about a row's value may land on, in the given layout. */
export function valueTargets(layout: Layout, row: number, spread: 'cell' | 'sign' | 'unit'): Target[] {
  const at = (cell: RowCell): Target => ({ kind: 'row', row, cell });
  if (!isSplitLayout(layout) || spread === 'cell') return [at('value')];
  if (spread === 'unit') return [at('unit'), at('value')];
  return [at('natureCol'), at('directionCol'), at('value')];
}

/** The whole value of a split row (sign columns, number, unit): consequences may land anywhere on it. */
function valueGroup(layout: Layout, row: number): Target[] {
  const cells: RowCell[] = isSplitLayout(layout) ? ['value', 'unit', 'natureCol', 'directionCol'] : ['value'];
  return cells.map((cell) => ({ kind: 'row', row, cell }));
}

/** The seed's own mistakes still present in a (planted) table, as expectations. */
export function nativeExpectations(t: SeedTable, layout: Layout): Expectation[] {
  const out: Expectation[] = [];
  for (const n of NATIVE) {
    if (n.seed !== t.number || (n.layouts && !n.layouts.includes(layout))) continue;
    if (n.field === 'goals') {
      if (t.goals === n.text) out.push({ category: n.category, at: [{ kind: 'field', field: 'goals' }], what: `native: ${n.what} (${n.text})` });
      continue;
    }
    const row = t.indicators.findIndex((ind) => ind.level3 === n.level3);
    if (row < 0) continue;
    const ind = t.indicators[row];
    const text = n.cell === 'level3' ? ind.level3 : ind.value;
    if (text !== n.text) continue;
    const at: Target[] = n.cell === 'level3' ? [{ kind: 'row', row, cell: 'level3' }] : valueTargets(layout, row, n.spread);
    out.push({ category: n.category, at, what: `native: ${n.what} (${n.text})` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers for planters

function freeRows(t: SeedTable, ctx: PlantContext, ok: (i: number) => boolean): number[] {
  return t.indicators.flatMap((_, i) => (!ctx.claimed.has(`row:${i}`) && !isNativeRow(t, i) && ok(i) ? [i] : []));
}

function pickRow(t: SeedTable, ctx: PlantContext, ok: (i: number) => boolean): number | undefined {
  const rows = freeRows(t, ctx, ok);
  return rows.length === 0 ? undefined : ctx.pick(rows);
}

function quantitative(t: SeedTable, i: number): ReturnType<typeof splitValue> | undefined {
  const v = splitValue(t.indicators[i].value);
  return v.qualitative || v.number === null ? undefined : v;
}

/** The row's value as sign, number and unit, when it is quantitative and has all three. */
function fullValue(t: SeedTable, i: number): { sign: Sign; number: number; unit: string } | undefined {
  const v = quantitative(t, i);
  if (!v || v.sign === '' || v.unit === '' || v.number === null) return undefined;
  return { sign: v.sign, number: v.number, unit: v.unit };
}

const SIGN_TEXT: Record<Sign, string> = { '≥': '≥', '≤': '≤', '＝': '＝', '＞': '＞', '＜': '＜', '': '' };

/** Sets a row's value: the combined text, and for split layouts the cells (when the text cannot say it). */
function setValue(
  t: SeedTable,
  row: number,
  ctx: PlantContext,
  combined: string,
  split?: { sign?: SplitSign | ''; number?: CellInput; unit?: string },
): Edit[] {
  t.indicators[row].value = combined;
  if (!isSplitLayout(ctx.layout) || !split) return [];
  return [{ kind: 'split', row, ...split }];
}

interface ValuePlant {
  combined: string;
  split?: { sign?: SplitSign | ''; number?: CellInput; unit?: string };
  /** Extra claims (a cost row's value also touches the budget checks). */
  claims?: string[];
}

/** A planter that rewrites one row's value. */
function valuePlanter(o: {
  id: string;
  check: string;
  layouts: readonly Layout[];
  category?: Category;
  rows: (t: SeedTable, i: number, ctx: PlantContext) => boolean;
  value: (t: SeedTable, i: number, ctx: PlantContext) => ValuePlant;
  spread: 'cell' | 'sign' | 'unit';
}): Planter {
  const category = o.category ?? 'value';
  return {
    id: o.id,
    category,
    check: o.check,
    layouts: o.layouts,
    plant(seed, ctx) {
      const row = pickRow(seed, ctx, (i) => o.rows(seed, i, ctx));
      if (row === undefined) return undefined;
      const t = cloneTable(seed);
      const v = o.value(t, row, ctx);
      const edits = setValue(t, row, ctx, v.combined, v.split);
      return {
        table: t,
        edits,
        expect: [{ category, at: valueTargets(ctx.layout, row, o.spread), what: `${t.indicators[row].level3}: ${v.combined}` }],
        tolerate: valueGroup(ctx.layout, row),
        claims: [`row:${row}`, ...(v.claims ?? [])],
      };
    },
  };
}

/** Rows whose value is a percentage with a sign (rates and satisfactions). */
function percentRow(t: SeedTable, i: number): boolean {
  const v = fullValue(t, i);
  return !!v && isPercent(v.unit) && (rowKind(t, i) === 'satisfaction' || isRateName(t.indicators[i].level3));
}

/** Rows with a full quantitative value that is not a cost (caps are the budget planters'). */
function quantityRow(t: SeedTable, i: number): boolean {
  return !!fullValue(t, i) && rowKind(t, i) !== 'cost';
}

/** Rows that state a count (`≥200次`). */
function countRow(t: SeedTable, i: number): boolean {
  const v = fullValue(t, i);
  return !!v && rowKind(t, i) === 'quantity' && !isPercent(v.unit);
}

/** Rows whose 二级 allows a qualitative value (quality and benefits) and that hold text. */
function qualitativeRow(t: SeedTable, i: number): boolean {
  return ['quality', 'benefit'].includes(rowKind(t, i)) && splitValue(t.indicators[i].value).qualitative;
}

function costRow(t: SeedTable, i: number, ctx: PlantContext): boolean {
  return rowKind(t, i) === 'cost' && !!fullValue(t, i) && !ctx.claimed.has('budget');
}

const BUDGET_CLAIMS = ['budget'];

// ---------------------------------------------------------------------------------------------
// value

const valuePlanters: Planter[] = [
  valuePlanter({
    id: 'value-empty',
    check: 'value: empty',
    layouts: ALL,
    rows: (t, i) => rowKind(t, i) !== 'cost',
    value: () => ({ combined: '', split: { sign: '', number: null, unit: '' } }),
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-placeholder',
    check: 'value: placeholder (XX, /, 无, 待定, ——)',
    layouts: ALL,
    rows: (t, i) => rowKind(t, i) !== 'cost',
    value: (_t, _i, ctx) => {
      const text = ctx.pick(['XX', '/', '无', '待定', '——']);
      return { combined: text, split: { sign: '', number: text, unit: '' } };
    },
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-no-number',
    check: 'value: no number',
    layouts: ALL,
    rows: quantityRow,
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.sign}${v.unit}`, split: { sign: v.sign, number: null, unit: v.unit } };
    },
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-no-unit',
    check: 'value: no unit (≥200)',
    layouts: ALL,
    rows: (t, i) => countRow(t, i) || percentRow(t, i),
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.sign}${v.number}` };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'value-percent-words',
    check: 'value: malformed unit 百分之 (≥98百分之)',
    layouts: ALL,
    rows: percentRow,
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.sign}${v.number}百分之` };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'value-unit-before-number',
    check: 'value: unit before the number (≥百分之98)',
    layouts: COMBINED,
    rows: percentRow,
    value: (t, i, ctx) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.sign}${ctx.pick(['百分之', '%'])}${v.number}` };
    },
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-no-sign',
    check: 'value: no sign (98%, 200次)',
    layouts: ALL,
    rows: (t, i) => (percentRow(t, i) || countRow(t, i)) && fullValue(t, i)?.sign === '≥',
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.number}${v.unit}` };
    },
    spread: 'sign',
  }),
  valuePlanter({
    id: 'value-nonstandard-sign',
    check: 'value: non-standard sign (不低于98%, >=98%)',
    layouts: COMBINED,
    rows: (t, i) => quantityRow(t, i) && ['≥', '≤'].includes(fullValue(t, i)?.sign ?? ''),
    value: (t, i, ctx) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      const words = v.sign === '≥' ? ['不低于', '不少于', '>='] : ['不高于', '不超过', '<='];
      return { combined: `${ctx.pick(words)}${v.number}${v.unit}` };
    },
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-bad-number',
    check: 'value: bad number (≥2O次, ≥9..5%)',
    layouts: ALL,
    rows: quantityRow,
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      const bad = slipNumber(v.number);
      return { combined: `${v.sign}${bad}${v.unit}`, split: { sign: v.sign, number: bad, unit: v.unit } };
    },
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-doubled-sign',
    check: 'value: doubled sign (≥≥90%)',
    layouts: ALL,
    rows: (t, i, ctx) => quantityRow(t, i) && (!isSplitLayout(ctx.layout) || ctx.signSymbols),
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      const s = SIGN_TEXT[v.sign];
      return { combined: `${s}${s}${v.number}${v.unit}`, split: { sign: { raw: `${s}${s}` }, number: v.number, unit: v.unit } };
    },
    spread: 'sign',
  }),
  valuePlanter({
    id: 'value-doubled-unit',
    check: 'value: doubled unit (98%%)',
    layouts: ALL,
    rows: (t, i) => percentRow(t, i) || countRow(t, i),
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.sign}${v.number}${v.unit}${v.unit}` };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'value-percent-over-100',
    check: 'value: percentage over 100 on a rate or satisfaction (≥120%)',
    layouts: ALL,
    rows: percentRow,
    value: (_t, _i, ctx) => ({ combined: `≥${ctx.pick([105, 120, 150])}%` }),
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-unit-satisfaction',
    check: 'value: unit not fitting the 二级 (satisfaction in 次)',
    layouts: ALL,
    rows: (t, i) => rowKind(t, i) === 'satisfaction' && !!fullValue(t, i),
    value: (t, i, ctx) => ({ combined: `≥${fullValue(t, i)?.number}${ctx.pick(['次', '人', '件'])}` }),
    spread: 'unit',
  }),
  valuePlanter({
    id: 'value-unit-deadline',
    check: 'value: unit not fitting the 二级 (a 时效 in 万元)',
    layouts: ALL,
    rows: (t, i) => rowKind(t, i) === 'timeliness' && !!fullValue(t, i),
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `${v.sign}${v.number}万元` };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'value-unit-cost',
    check: 'value: unit not fitting the 二级 (a cost in 次 or %)',
    layouts: ALL,
    rows: costRow,
    value: (t, i, ctx) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: ctx.pick([`≤${v.number}次`, '≤100%']), claims: BUDGET_CLAIMS };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'value-direction-cost',
    check: 'value: wrong direction (a cost with ≥)',
    layouts: ALL,
    rows: costRow,
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      return { combined: `≥${v.number}${v.unit}`, claims: BUDGET_CLAIMS };
    },
    spread: 'sign',
  }),
  valuePlanter({
    id: 'value-direction-satisfaction',
    check: 'value: wrong direction (a satisfaction with ≤)',
    layouts: ALL,
    rows: (t, i) => rowKind(t, i) === 'satisfaction' && !!fullValue(t, i),
    value: (t, i) => ({ combined: `≤${fullValue(t, i)?.number}%` }),
    spread: 'sign',
  }),
  valuePlanter({
    id: 'value-qualitative-cost',
    check: 'value: qualitative where a number is required (成本)',
    layouts: ALL,
    rows: costRow,
    value: (_t, _i, ctx) => ({ combined: ctx.pick(['控制在预算范围内', '严格控制项目成本', '按预算执行']), claims: BUDGET_CLAIMS }),
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-qualitative-satisfaction',
    check: 'value: qualitative where a number is required (满意度)',
    layouts: ALL,
    rows: (t, i) => rowKind(t, i) === 'satisfaction',
    value: (_t, _i, ctx) => ({ combined: ctx.pick(['干警满意', '满意度较高', '服务对象基本满意']) }),
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-restates-name',
    check: 'value: restates the indicator name',
    layouts: ALL,
    rows: qualitativeRow,
    value: (t, i) => ({ combined: t.indicators[i].level3 }),
    spread: 'cell',
  }),
  valuePlanter({
    id: 'value-restates-description',
    check: 'value: restates the indicator description',
    layouts: COMBINED,
    rows: qualitativeRow,
    value: (t, i) => {
      const ind = t.indicators[i];
      // A description of its own, so that the value repeats the description and not the name.
      if (ind.description === ind.level3) ind.description = `${ind.level3}得到有效保障`;
      return { combined: ind.description };
    },
    spread: 'cell',
  }),
  valuePlanter({
    id: 'split-unit-conflict',
    check: 'value: split columns contradict (unit column % but value 28.8万元)',
    layouts: SPLIT,
    rows: costRow,
    value: (t, i) => {
      const v = fullValue(t, i) as NonNullable<ReturnType<typeof fullValue>>;
      const text = `${v.number}万元`;
      return { combined: `≤${text}`, split: { sign: '≤', number: text, unit: '%' }, claims: BUDGET_CLAIMS };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'split-qualitative-with-unit',
    check: 'value: split columns contradict (定性 with a unit)',
    layouts: SPLIT,
    rows: qualitativeRow,
    value: (t, i, ctx) => {
      const text = t.indicators[i].value;
      return { combined: text, split: { sign: '定性', number: text, unit: ctx.pick(['次', '%', '项']) } };
    },
    spread: 'unit',
  }),
  valuePlanter({
    id: 'split-quantitative-with-text',
    check: 'value: split columns contradict (定量 with text)',
    layouts: SPLIT,
    rows: qualitativeRow,
    value: (t, i) => {
      const text = t.indicators[i].value;
      return { combined: text, split: { sign: '定量', number: text, unit: '' } };
    },
    spread: 'sign',
  }),
];

// ---------------------------------------------------------------------------------------------
// budget

function seedAmount(text: string): number {
  return text.trim() === '' ? 0 : Number(text);
}

/** The 预算数 as the table writes it (for typing slips on the cell's own text). */
function amountText(wan: number, unit: '万元' | '元'): string {
  return unit === '元' ? yuanText(Math.round(wan * 1000000) / 100) : wan.toFixed(2);
}

function budgetPlanter(o: {
  id: string;
  check: string;
  layouts: readonly Layout[];
  category?: Category | Category[];
  plant(t: SeedTable, ctx: PlantContext): { edits: Edit[]; at: Target[]; what: string; tolerate?: Target[]; rowClaims?: string[]; project?: boolean } | undefined;
}): Planter {
  const category = o.category ?? 'budget';
  return {
    id: o.id,
    category: Array.isArray(category) ? category[0] : (category as Category),
    check: o.check,
    layouts: o.layouts,
    plant(seed, ctx) {
      if (ctx.claimed.has('budget')) return undefined;
      const t = cloneTable(seed);
      const p = o.plant(t, ctx);
      if (!p) return undefined;
      return {
        table: t,
        edits: p.edits,
        expect: [{ category, at: p.at, what: p.what }],
        tolerate: p.tolerate ?? [],
        claims: ['budget', ...(p.rowClaims ?? [])],
      };
    },
  };
}

const field = (f: TableField): Target => ({ kind: 'field', field: f });

const budgetPlanters: Planter[] = [
  budgetPlanter({
    id: 'budget-sum-mismatch',
    check: 'budget: 预算数 ≠ 财政资金 + 其他资金',
    layouts: UPPER,
    plant(t, ctx) {
      const total = seedAmount(t.total);
      if (ctx.pick(['fiscal', 'other']) === 'fiscal') {
        const fiscal = Math.round((total - ctx.pick([1, 2.5, 0.01])) * 100) / 100;
        return { edits: [{ kind: 'amount', field: 'fiscal', amount: { wan: fiscal } }], at: [field('total'), field('fiscal'), field('other')], what: `财政资金 ${fiscal} vs 预算数 ${total}` };
      }
      const other = ctx.pick([1, 3.5, 0.5]);
      return { edits: [{ kind: 'amount', field: 'other', amount: { wan: other } }], at: [field('total'), field('fiscal'), field('other')], what: `其他资金 ${other} beside 财政资金 = 预算数 ${total}` };
    },
  }),
  budgetPlanter({
    id: 'budget-not-a-number',
    check: 'budget: an amount that is not a number (二十六万, 26.5O)',
    layouts: ALL,
    plant(t, ctx) {
      const which: AmountField = ctx.layout === 'L4' ? 'total' : ctx.pick(['total', 'fiscal'] as const);
      const wan = seedAmount(which === 'total' ? t.total : t.fiscal);
      const words = ctx.moneyUnit === '元' ? `${chineseAmount(wan)}万元` : `${chineseAmount(wan)}万`;
      const slip = slipAmount(amountText(wan, ctx.moneyUnit));
      const text = ctx.pick([words, slip]);
      if (text === amountText(wan, ctx.moneyUnit)) throw new Error(`budget-not-a-number: ${text} is no slip`);
      return { edits: [{ kind: 'amount', field: which, amount: { text } }], at: [field(which)], what: `${which} ${text}` };
    },
  }),
  budgetPlanter({
    id: 'budget-total-empty',
    check: 'budget: 预算数 empty',
    layouts: ALL,
    plant: () => ({ edits: [{ kind: 'amount', field: 'total', amount: null }], at: [field('total')], what: '预算数 empty' }),
  }),
  budgetPlanter({
    id: 'budget-no-total',
    // With its sources still written their sum stands for the total (an info, budget/missing-total):
    // the mistake is a money block with nothing in it.
    check: 'budget/structure: no 预算数 at all (label and amount gone, the sources left empty)',
    layouts: UPPER,
    category: ['budget', 'structure'],
    plant: () => ({
      edits: [
        { kind: 'cell', at: { kind: 'label', field: 'total' }, value: null },
        { kind: 'amount', field: 'total', amount: null },
        { kind: 'amount', field: 'fiscal', amount: null },
        { kind: 'amount', field: 'other', amount: null },
      ],
      at: [{ kind: 'table' }, field('total'), { kind: 'label', field: 'total' }],
      what: 'no 预算数 label and amount, sources empty',
    }),
  }),
  budgetPlanter({
    id: 'budget-cost-exceeds',
    check: 'budget: cost caps above 预算数',
    layouts: ALL,
    plant(t, ctx) {
      const rows = freeRows(t, ctx, (i) => rowKind(t, i) === 'cost' && !!fullValue(t, i));
      if (rows.length === 0) return undefined;
      const row = ctx.pick(rows);
      const total = seedAmount(t.total);
      const cap = Math.round(total * ctx.pick([1.2, 1.5, 2]) * 100) / 100;
      const text = ctx.pick([`≤${cap}万元`, `≤${cap}万`]);
      t.indicators[row].value = text;
      return { edits: [], at: valueTargets(ctx.layout, row, 'cell'), what: `cap ${text} over 预算数 ${total}万元`, tolerate: valueGroup(ctx.layout, row), rowClaims: [`row:${row}`] };
    },
  }),
  budgetPlanter({
    id: 'budget-implausible',
    check: 'budget: amounts implausible for the money unit (265000 in a 万元 table)',
    layouts: ALL,
    plant(t, ctx) {
      const wan = seedAmount(t.total);
      // The 万元 figure in 元, or the 元 figure in 万元: both parts alike, so the sum still holds.
      const raw = ctx.moneyUnit === '万元' ? Math.round(wan * 10000 * 100) / 100 : wan;
      const edits: Edit[] = [{ kind: 'amount', field: 'total', amount: { raw } }];
      if (ctx.layout !== 'L4') edits.push({ kind: 'amount', field: 'fiscal', amount: { raw } });
      return { edits, at: [field('total'), field('fiscal')], what: `预算数 ${raw} in a ${ctx.moneyUnit} table` };
    },
  }),
];

// ---------------------------------------------------------------------------------------------
// structure

function simplePlanter(o: {
  id: string;
  category: Category;
  check: string;
  layouts: readonly Layout[];
  exclusive?: boolean;
  plant(t: SeedTable, ctx: PlantContext): Omit<Planted, 'table' | 'tolerate'> & { tolerate?: Target[] } | undefined;
}): Planter {
  return {
    id: o.id,
    category: o.category,
    check: o.check,
    layouts: o.layouts,
    exclusive: o.exclusive,
    plant(seed, ctx) {
      const t = cloneTable(seed);
      const p = o.plant(t, ctx);
      return p ? { table: t, tolerate: [], ...p } : undefined;
    },
  };
}

const LEVEL1_TYPOS: Record<string, string[]> = {
  产出指标: ['产出指示', '产出措标', '产岀指标'],
  效益指标: ['效益指示', '效溢指标', '效益措标'],
  满意度指标: ['满意度指示', '满意渡指标'],
};

/** Weight cells of split layouts: dropping rows upsets them, a consequence and no false finding. */
const WEIGHT_CONSEQUENCES: Target[] = [{ kind: 'header', cell: 'weight' }, { kind: 'table' }];

function dropPlanter(id: string, check: string, which: (t: SeedTable, i: number) => boolean, what: string): Planter {
  return {
    id,
    category: 'structure',
    check,
    layouts: ALL,
    exclusive: true,
    plant(seed, ctx) {
      if (!seed.indicators.some((_, i) => which(seed, i)) || ctx.claimed.size > 0) return undefined;
      const t = dropRows(seed, (i) => which(seed, i));
      const tolerate: Target[] = [...WEIGHT_CONSEQUENCES, ...level1GroupTops(t, ctx.layout).map((row): Target => ({ kind: 'row', row, cell: 'level1' }))];
      return { table: t, edits: [], expect: [{ category: 'structure', at: [{ kind: 'table' }], what }], tolerate, claims: ['rows'] };
    },
  };
}

const structurePlanters: Planter[] = [
  simplePlanter({
    id: 'structure-no-project-name',
    category: 'structure',
    check: 'structure: no 项目名称 (empty)',
    layouts: UPPER,
    plant(t, ctx) {
      if (ctx.claimed.has('projectName')) return undefined;
      t.projectName = '';
      return { edits: [{ kind: 'cell', at: field('projectName'), value: null }], expect: [{ category: 'structure', at: [field('projectName')], what: '项目名称 empty' }], claims: ['projectName'] };
    },
  }),
  simplePlanter({
    id: 'structure-no-project-label',
    category: 'structure',
    check: 'structure: no 项目名称 (label and name gone)',
    layouts: UPPER,
    plant(t, ctx) {
      if (ctx.claimed.has('projectName')) return undefined;
      t.projectName = '';
      return {
        edits: [
          { kind: 'cell', at: { kind: 'label', field: 'projectName' }, value: null },
          { kind: 'cell', at: field('projectName'), value: null },
          // A title naming the project names the table too: no name anywhere is the defect.
          { kind: 'cell', at: field('title'), value: '项目支出绩效目标表' },
        ],
        expect: [{ category: 'structure', at: [{ kind: 'table' }, field('projectName'), { kind: 'label', field: 'projectName' }], what: 'no 项目名称 row' }],
        claims: ['projectName'],
      };
    },
  }),
  simplePlanter({
    id: 'structure-no-goals',
    category: 'structure',
    check: 'structure: no 绩效目标 (empty)',
    layouts: ALL,
    plant(t, ctx) {
      if (ctx.claimed.has('goals')) return undefined;
      t.goals = '';
      return { edits: [{ kind: 'cell', at: field('goals'), value: null }], expect: [{ category: 'structure', at: [field('goals')], what: '绩效目标 empty' }], claims: ['goals'] };
    },
  }),
  simplePlanter({
    id: 'structure-no-goals-label',
    category: 'structure',
    check: 'structure: no 绩效目标 (label and goals gone)',
    layouts: UPPER,
    plant(t, ctx) {
      if (ctx.claimed.has('goals')) return undefined;
      t.goals = '';
      return {
        edits: [
          { kind: 'cell', at: { kind: 'label', field: 'goals' }, value: null },
          { kind: 'cell', at: field('goals'), value: null },
        ],
        expect: [{ category: 'structure', at: [{ kind: 'table' }, field('goals'), { kind: 'label', field: 'goals' }], what: 'no 绩效目标 row' }],
        claims: ['goals'],
      };
    },
  }),
  dropPlanter('structure-missing-level1', 'structure: a missing 一级 (all 满意度 rows dropped)', (t, i) => rowKind(t, i) === 'satisfaction', 'no 满意度指标 rows'),
  dropPlanter('structure-no-cost', 'structure: no 成本指标', (t, i) => rowKind(t, i) === 'cost', 'no 成本指标 rows'),
  simplePlanter({
    id: 'structure-unknown-level1',
    category: 'structure',
    check: 'structure: unknown 一级 (typo 产出指示)',
    layouts: ALL,
    plant(t, ctx) {
      if (ctx.claimed.has('level1')) return undefined;
      const l1 = effectiveLevel1(t);
      const tops = level1GroupTops(t, ctx.layout).filter((i) => LEVEL1_TYPOS[l1[i]] !== undefined);
      if (tops.length === 0) return undefined;
      const row = ctx.pick(tops);
      const name = l1[row];
      const typo = ctx.pick(LEVEL1_TYPOS[name]);
      // Written into the cell after layout: the split builders weigh rows by the real 一级 name.
      const text = ctx.level1Weights ? `${typo}(${LEVEL1_WEIGHTS[name]}分)` : typo;
      return {
        edits: [{ kind: 'cell', at: { kind: 'row', row, cell: 'level1' }, value: text }],
        expect: [{ category: 'structure', at: [{ kind: 'row', row, cell: 'level1' }], what: `一级 ${text}` }],
        claims: ['level1'],
      };
    },
  }),
  simplePlanter({
    id: 'structure-level2-parent',
    category: 'structure',
    check: 'structure: a 二级 under the wrong 一级',
    layouts: ALL,
    plant(t, ctx) {
      const row = pickRow(t, ctx, (i) => ['quantity', 'quality', 'benefit'].includes(rowKind(t, i)) && !(ctx.layout === 'L1' && sameLevel2Neighbour(t, i)));
      if (row === undefined) return undefined;
      // A benefit (text) moves to 质量, whose values may be text too; a count or quality moves to 效益.
      const l2 = rowKind(t, row) === 'benefit' ? '质量指标' : ctx.pick(['社会效益指标', '经济效益指标']);
      t.indicators[row].level2 = l2;
      return {
        edits: [],
        expect: [{ category: 'structure', at: [{ kind: 'row', row, cell: 'level2' }], what: `${l2} under ${effectiveLevel1(t)[row]}` }],
        claims: [`row:${row}`],
      };
    },
  }),
  simplePlanter({
    id: 'structure-empty-level3',
    category: 'structure',
    check: 'structure: empty 三级',
    layouts: ALL,
    plant(t, ctx) {
      const row = pickRow(t, ctx, () => true);
      if (row === undefined) return undefined;
      t.indicators[row].level3 = '';
      return { edits: [], expect: [{ category: 'structure', at: [{ kind: 'row', row, cell: 'level3' }], what: '三级 empty' }], claims: [`row:${row}`] };
    },
  }),
  simplePlanter({
    id: 'structure-duplicate-level3',
    category: 'structure',
    check: 'structure: duplicate 三级',
    layouts: ALL,
    plant(t, ctx) {
      const ok = (i: number) => ['quantity', 'quality', 'timeliness', 'benefit'].includes(rowKind(t, i));
      const rows = freeRows(t, ctx, ok);
      if (rows.length < 2) return undefined;
      const a = ctx.pick(rows.slice(0, -1));
      const b = ctx.pick(rows.filter((i) => i > a));
      const name = t.indicators[a].level3;
      // Same kind of value under the copied name: a rate name over a count would add a unit question.
      if (isRateName(name) !== isRateName(t.indicators[b].level3)) return undefined;
      t.indicators[b].level3 = name;
      return {
        edits: [],
        expect: [{ category: 'structure', at: [{ kind: 'row', row: b, cell: 'level3' }, { kind: 'row', row: a, cell: 'level3' }], what: `三级 ${name} twice` }],
        claims: [`row:${a}`, `row:${b}`],
      };
    },
  }),
  simplePlanter({
    id: 'structure-level2-as-level3',
    category: 'structure',
    check: 'structure: a 二级 name used as a 三级',
    layouts: ALL,
    plant(t, ctx) {
      const row = pickRow(t, ctx, (i) => rowKind(t, i) !== 'cost' && rowKind(t, i) !== 'satisfaction');
      if (row === undefined) return undefined;
      const name = t.indicators[row].level2;
      if (t.indicators.some((ind) => ind.level3 === name)) return undefined;
      t.indicators[row].level3 = name;
      return { edits: [], expect: [{ category: 'structure', at: [{ kind: 'row', row, cell: 'level3' }], what: `三级 ${name}` }], claims: [`row:${row}`] };
    },
  }),
  simplePlanter({
    id: 'structure-weights-sum',
    category: 'structure',
    check: 'structure: weights that do not add up (分值, 一级 weights)',
    layouts: ALL,
    plant(t, ctx) {
      if (ctx.claimed.has('level1') || ctx.claimed.has('weights')) return undefined;
      const extra = ctx.pick([5, 10, -5]);
      if (isSplitLayout(ctx.layout)) {
        const rows = t.indicators.map((_, i) => i);
        const row = ctx.pick(rows);
        const weights = rowWeightsOf(t);
        const top = groupTopOf(t, row, ctx.layout);
        // A list export's projects share one header row, so a project's total goes on its own first
        // row's weight (structure/shared.ts); a draw that planted below that row showed it (spec42).
        const at: Target[] = [{ kind: 'header', cell: 'weight' }, { kind: 'row', row, cell: 'weight' }, { kind: 'row', row: 0, cell: 'weight' }, { kind: 'row', row: top, cell: 'level1' }, { kind: 'table' }];
        return {
          edits: [{ kind: 'cell', at: { kind: 'row', row, cell: 'weight' }, value: weights[row] + extra }],
          expect: [{ category: 'structure', at, what: `分值 ${weights[row]} -> ${weights[row] + extra}` }],
          tolerate: at,
          claims: ['weights', 'level1'],
        };
      }
      // Combined layouts: weights in the 一级 names, one 一级 off (everywhere its name is written).
      const tops = level1RunTops(t);
      const wrong = t.indicators[ctx.pick(tops)].level1;
      const edits: Edit[] = tops.map((row) => {
        const name = t.indicators[row].level1;
        const w = (LEVEL1_WEIGHTS[name] ?? 0) + (name === wrong ? extra : 0);
        return { kind: 'cell', at: { kind: 'row', row, cell: 'level1' }, value: `${name}(${w}分)` };
      });
      const at: Target[] = [{ kind: 'table' }, ...tops.map((row): Target => ({ kind: 'row', row, cell: 'level1' }))];
      return { edits, expect: [{ category: 'structure', at, what: `${wrong} weight off by ${extra}` }], tolerate: at, claims: ['weights', 'level1'] };
    },
  }),
];

/** True when a neighbouring row in the same 一级 run has the same 二级 (merged in L1 when asked). */
function sameLevel2Neighbour(t: SeedTable, i: number): boolean {
  const l1 = effectiveLevel1(t);
  const same = (k: number) => k >= 0 && k < t.indicators.length && l1[k] === l1[i] && t.indicators[k].level2 === t.indicators[i].level2;
  return same(i - 1) || same(i + 1);
}

/** The 分值 the split builders write per row (scripts/seed-layouts.ts rowWeights, reproduced). */
function rowWeightsOf(t: SeedTable): number[] {
  const level1 = effectiveLevel1(t);
  const counts = new Map<string, number>();
  for (const name of level1) counts.set(name, (counts.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return level1.map((name) => {
    const total = LEVEL1_WEIGHTS[name] ?? 0;
    const n = counts.get(name) ?? 1;
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    return Math.floor(total / n) + (k < total % n ? 1 : 0);
  });
}

// ---------------------------------------------------------------------------------------------
// content

const contentPlanters: Planter[] = [
  simplePlanter({
    id: 'content-placeholder-goal',
    category: 'content',
    check: 'content: placeholder goals (目标内容1, 请输入…, XXX)',
    layouts: ALL,
    plant(t, ctx) {
      if (ctx.claimed.has('goals')) return undefined;
      const text = ctx.pick(['1.目标内容1', '请输入绩效目标', 'XXX', '1.XXX\n2.XXX', '1.请输入项目年度绩效目标……']);
      if (text === t.goals) return undefined;
      t.goals = text;
      return { edits: [], expect: [{ category: 'content', at: [field('goals')], what: `绩效目标 ${text}` }], claims: ['goals'] };
    },
  }),
  simplePlanter({
    id: 'content-year-mismatch',
    category: 'content',
    check: 'content: project name years disagree (2024年…-2025中央)',
    layouts: ALL,
    plant(t, ctx) {
      if (ctx.claimed.has('projectName')) return undefined;
      const m = /^(\d{4})年/.exec(t.projectName);
      if (!m) return undefined;
      const name = `${Number(m[1]) + ctx.pick([-1, 1])}${t.projectName.slice(4)}`;
      t.projectName = name;
      return { edits: [], expect: [{ category: 'content', at: [field('projectName')], what: `项目名称 ${name}` }], claims: ['projectName'] };
    },
  }),
  simplePlanter({
    id: 'content-stray-space',
    category: 'content',
    check: 'content: stray spaces (info)',
    layouts: ALL,
    plant(t, ctx) {
      const where = ctx.pick(['projectName', 'goals', 'level3'] as const);
      if (where === 'level3') {
        const row = pickRow(t, ctx, (i) => t.indicators[i].level3.length >= 4);
        if (row === undefined) return undefined;
        const name = t.indicators[row].level3;
        t.indicators[row].level3 = `${name.slice(0, 2)}  ${name.slice(2)}`;
        return { edits: [], expect: [{ category: 'content', at: [{ kind: 'row', row, cell: 'level3' }], what: `三级 “${t.indicators[row].level3}”` }], claims: [`row:${row}`] };
      }
      if (ctx.claimed.has(where)) return undefined;
      if (where === 'projectName') t.projectName = `${t.projectName} `;
      else t.goals = `　${t.goals}`;
      return { edits: [], expect: [{ category: 'content', at: [field(where)], what: `${where} “${where === 'goals' ? t.goals : t.projectName}”` }], claims: [where] };
    },
  }),
  simplePlanter({
    id: 'content-trailing-punctuation',
    category: 'content',
    check: 'content: trailing punctuation (info)',
    layouts: ALL,
    plant(t, ctx) {
      const row = pickRow(t, ctx, () => true);
      if (row === undefined) return undefined;
      t.indicators[row].level3 = `${t.indicators[row].level3}${ctx.pick(['。', '；', '，'])}`;
      return { edits: [], expect: [{ category: 'content', at: [{ kind: 'row', row, cell: 'level3' }], what: `三级 “${t.indicators[row].level3}”` }], claims: [`row:${row}`] };
    },
  }),
];

/** Every planter, in SPEC §5 order (value, budget, structure, content). */
export const PLANTERS: readonly Planter[] = [...valuePlanters, ...budgetPlanters, ...structurePlanters, ...contentPlanters];

export const PLANTERS_BY_ID: ReadonlyMap<string, Planter> = new Map(PLANTERS.map((p) => [p.id, p]));
