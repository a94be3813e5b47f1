/**
 * The tune tables re-laid out as other units lay them out (issue #11): each tune project table gets
 * meaning-preserving mutations (a 序号 column, blank and helper columns, labels spelt with spaces,
 * breaks, full-width brackets or colons, numbers stored as text and text as numbers, amounts in 元,
 * the table moved, notes and signatures under it, a title over two rows, merges undone and added,
 * two tables on one sheet, a hidden column, the 一级 written once), alone and some in pairs, and what
 * the engine reads and finds is compared with the unmutated table's, cell for cell (mapped back):
 * the table located, every field (project name, budget parts, goals, every indicator's levels and
 * value), every error or warning (rule and cell).
 *
 * Consistency, not accuracy: a field kept is not a field right. Only the tune part is loaded from
 * the .xlsx files; a holdout file is read no further than split() needs (its unit), as the other
 * tune tools do. Run on demand, not in CI:
 *
 *   npx tsx scripts/mutate-corpus.ts [--details] [--only <kind substring>]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { allFindings, checkSheet } from '../src/core/engine';
import { Grid, type CellValue, type GridInit, type Rect } from '../src/core/engine/grid';
import { classifyLabel } from '../src/core/engine/labels';
import { locateTables } from '../src/core/engine/locate';
import type { Field, SheetResult, TableModel } from '../src/core/model';
import { readWorkbook } from '../src/hosts/file/read';
import { loadRealCorpus, REAL_XLSX, split } from '../test/eval/real-corpus';

type Cell = { row: number; col: number };
/** Maps a cell of the mutated sheet back to the original: undefined when it has no original (new), null when not compared. */
type Back = (row: number, col: number) => Cell | undefined | null;

/** A mutated sheet; one back map per copy of the original it holds (two for two tables side by side). */
export interface Mutated {
  init: GridInit;
  backs: Back[];
  /** False when the mutation found nothing to change in this sheet (it is then not counted). */
  applied: boolean;
}

/** The sheet and the original's located tables (to know where headers, levels and fields are). */
interface Ctx {
  init: GridInit;
  tables: TableModel[];
}

type Mutation = (ctx: Ctx) => Mutated;

const identity: Back = (row, col) => ({ row, col });
const unchanged = (init: GridInit): Mutated => ({ init, backs: [identity], applied: false });
const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const projectTables = (tables: TableModel[]): TableModel[] => tables.filter((t) => (t.kind ?? 'project') === 'project');

/** Values, text and formats of a sheet as full rectangles (every row as wide as the widest), merges copied. */
interface Sheet {
  values: CellValue[][];
  text: (string | null)[][];
  formats: (string | null)[][];
  merges: Rect[];
  hiddenCols: number[];
}

function toSheet(init: GridInit): Sheet {
  const width = Math.max(0, ...init.values.map((r) => r?.length ?? 0));
  const values = init.values.map((r) => Array.from({ length: width }, (_, c) => r?.[c] ?? null));
  const text = init.values.map((r, i) => Array.from({ length: width }, (_, c) => init.text?.[i]?.[c] ?? (r?.[c] === null || r?.[c] === undefined ? null : String(r[c]))));
  const formats = init.values.map((_, i) => Array.from({ length: width }, (_, c) => init.formats?.[i]?.[c] ?? null));
  return { values, text, formats, merges: (init.merges ?? []).map((m) => ({ ...m })), hiddenCols: [...(init.hidden?.cols ?? [])] };
}

function fromSheet(name: string, s: Sheet, hiddenRows: number[] = []): GridInit {
  return {
    name,
    values: s.values,
    text: s.text,
    formats: s.formats,
    merges: s.merges,
    ...(s.hiddenCols.length || hiddenRows.length ? { hidden: { rows: hiddenRows, cols: [...s.hiddenCols].sort((a, b) => a - b) } } : {}),
  };
}

function setCell(s: Sheet, row: number, col: number, v: CellValue, display?: string): void {
  while (s.values.length <= row) {
    s.values.push([]);
    s.text.push([]);
    s.formats.push([]);
  }
  for (const arr of [s.values, s.text, s.formats] as unknown[][][]) while (arr[row].length <= col) arr[row].push(null);
  s.values[row][col] = v;
  s.text[row][col] = display ?? (v === null ? null : String(v));
}

/** A column inserted before `at`, its cells from `fill`; a merge across `at` covers the new column too. */
function insertColumn(s: Sheet, at: number, fill: (row: number) => CellValue = () => null): Back {
  s.values.forEach((r, i) => {
    const v = fill(i);
    r.splice(at, 0, v);
    s.text[i].splice(at, 0, v === null ? null : String(v));
    s.formats[i].splice(at, 0, null);
  });
  s.merges = s.merges.map((m) => ({ ...m, left: m.left >= at ? m.left + 1 : m.left, right: m.right >= at && m.left < at ? m.right + 1 : m.right >= at ? m.right + 1 : m.right }));
  s.hiddenCols = s.hiddenCols.map((c) => (c >= at ? c + 1 : c));
  return (row, col) => (col === at ? undefined : { row, col: col > at ? col - 1 : col });
}

/** Rows inserted before `at`; a merge across `at` grows over them. */
function insertRows(s: Sheet, at: number, rows: CellValue[][], merges: Rect[] = []): Back {
  const n = rows.length;
  const width = s.values[0]?.length ?? 0;
  const fresh = rows.map((r) => Array.from({ length: Math.max(width, r.length) }, (_, c) => r[c] ?? null));
  s.values.splice(at, 0, ...fresh);
  s.text.splice(at, 0, ...fresh.map((r) => r.map((v) => (v === null ? null : String(v)))));
  s.formats.splice(at, 0, ...fresh.map((r) => r.map(() => null)));
  s.merges = s.merges.map((m) => ({ ...m, top: m.top >= at ? m.top + n : m.top, bottom: m.bottom >= at ? m.bottom + n : m.bottom }));
  for (const m of merges) s.merges.push({ ...m, top: m.top + at, bottom: m.bottom + at });
  return (row, col) => (row >= at && row < at + n ? undefined : { row: row >= at + n ? row - n : row, col });
}

const chain =
  (first: Back, second: Back): Back =>
  (row, col) => {
    const mid = second(row, col);
    return mid ? first(mid.row, mid.col) : mid;
  };

// ---------------------------------------------------------------------------------------------
// The mutations

/** The whole sheet moved down and right (the table starts at C5). */
const offset =
  (dr: number, dc: number): Mutation =>
  ({ init }) => {
    const s = toSheet(init);
    let back: Back = identity;
    for (let k = 0; k < dc; k++) back = chain(back, insertColumn(s, 0));
    back = chain(back, insertRows(s, 0, Array.from({ length: dr }, () => [])));
    return { init: fromSheet(init.name, s), backs: [back], applied: true };
  };

/** Column of a grid role (the leftmost cell of that role). */
const roleCol = (t: TableModel, role: 'level1' | 'level2' | 'level3' | 'value'): number | undefined => {
  const c = t.header?.columns[role];
  if (c !== undefined) return c;
  const ind = t.indicators[0];
  return ind ? ind[role].at.col : undefined;
};

/**
 * The top row of a table's header: its header row, or higher when the 一级 header cell is merged down
 * from above (a two-row header with 指标值 over 2021年实际 | 2022年预期): a new column's header goes there,
 * merged down as the others are.
 */
function headerTop(s: Sheet, t: TableModel): { top: number; bottom: number } {
  const row = t.header?.row ?? 0;
  const col = roleCol(t, 'level1') ?? roleCol(t, 'level3') ?? t.range.left;
  const m = s.merges.find((x) => x.left <= col && x.right >= col && x.top <= row && x.bottom >= row);
  return m ? { top: m.top, bottom: m.bottom } : { top: row, bottom: row };
}

/** A column inserted at `at`, its header over the tables' header rows (merged down when they span two), its cells on the indicator rows. */
function gridColumn(init: GridInit, ts: TableModel[], at: number, header: string, cell: (i: number, row: number) => CellValue, hidden = false): Mutated {
  const s = toSheet(init);
  const fill = new Map<number, CellValue>();
  const spans: { top: number; bottom: number }[] = [];
  for (const t of ts) {
    const h = headerTop(s, t);
    // A header merged across the place (指标值 over two sub-columns) would hide the new header: not this table.
    if (s.merges.some((m) => m.top <= h.bottom && m.bottom >= h.top && m.left < at && m.right >= at)) return unchanged(init);
    fill.set(h.top, header);
    if (h.bottom > h.top) spans.push(h);
    t.indicators.forEach((ind, i) => fill.set(ind.row, cell(i, ind.row)));
  }
  const back = insertColumn(s, at, (r) => fill.get(r) ?? null);
  for (const h of spans) s.merges.push({ top: h.top, bottom: h.bottom, left: at, right: at });
  if (hidden) s.hiddenCols.push(at);
  return { init: fromSheet(init.name, s), backs: [back], applied: true };
}

/** A blank column inserted between two columns: the form's label column and its value, or 三级 and 指标值. */
const blankBetween =
  (where: 'afterFirst' | 'beforeValue', hidden = false): Mutation =>
  ({ init, tables }) => {
    const ts = projectTables(tables).filter((t) => t.indicators.length > 0);
    if (ts.length === 0) return unchanged(init);
    const t = ts[0];
    const at = where === 'afterFirst' ? t.range.left + 1 : (roleCol(t, 'level3') ?? t.range.left) + 1;
    const s = toSheet(init);
    const back = insertColumn(s, at);
    if (hidden) s.hiddenCols.push(at);
    return { init: fromSheet(init.name, s), backs: [back], applied: true };
  };

/** A 序号 column left of each table (序号 over the grid's header, 1, 2, 3… on its indicator rows); or (`hidden`) the same column hidden, a helper the clerk hid. */
const serialColumn: Mutation = ({ init, tables }) => serialColumnAs(init, tables, false);
const hiddenSerialColumn: Mutation = ({ init, tables }) => serialColumnAs(init, tables, true);
function serialColumnAs(init: GridInit, tables: TableModel[], hidden: boolean): Mutated {
  const ts = projectTables(tables).filter((t) => t.header && t.indicators.length > 0);
  if (ts.length === 0) return unchanged(init);
  return gridColumn(init, ts, Math.min(...ts.map((t) => t.range.left)), '序号', (i) => i + 1, hidden);
}

/**
 * The 指标值 split in two columns, number | unit (`≥32` | `人`), where the table had one: a 计量单位
 * column inserted right of 指标值, each value of a sign, a number and a unit cut there. Only a grid
 * with no unit column, its values not merged.
 */
const valueSplitUnit: Mutation = ({ init, tables }) => {
  const ts = projectTables(tables).filter((t) => t.header && t.indicators.length > 0 && t.header.columns.unit === undefined && t.header.columns.value !== undefined);
  if (ts.length === 0) return unchanged(init);
  const at = (ts[0].header?.columns.value as number) + 1;
  const mine = ts.filter((t) => t.header?.columns.value === at - 1);
  const cut = (ind: TableModel['indicators'][number]): [string, string] | undefined => {
    const v = init.values[ind.value.at.row]?.[ind.value.at.col];
    if (typeof v !== 'string' || ind.value.at.col !== at - 1 || (init.merges ?? []).some((m) => m.top <= ind.value.at.row && m.bottom >= ind.value.at.row && m.left <= at - 1 && m.right >= at - 1)) return undefined;
    const m = /^\s*([≥≤＞＜>< =＝]{0,2}\s*\d+(?:\.\d+)?)\s*([^\d\s][^\d]{0,8})$/.exec(v);
    // A date or a deadline (`2025年年底前`, `12月底到位`) is no number and unit: a reviewer leaves it whole.
    return m && !/^[年月日]|[底前内]/.test(m[2]) ? [m[1], m[2]] : undefined;
  };
  // By row: a 中期 and a 年度 indicator share a row, only the one in the value column is cut.
  const cuts = new Map<number, { at: Cell; parts: [string, string] }>();
  for (const t of mine) for (const ind of t.indicators) {
    const c = cut(ind);
    if (c) cuts.set(ind.row, { at: ind.value.at, parts: c });
  }
  if (cuts.size === 0) return unchanged(init);
  const out = gridColumn(init, mine, at, '计量单位', (_, row) => cuts.get(row)?.parts[1] ?? null);
  if (!out.applied) return out;
  const s = toSheet(out.init);
  for (const { at: a, parts } of cuts.values()) setCell(s, a.row, a.col, parts[0]);
  return { init: fromSheet(init.name, s), backs: out.backs, applied: true };
};

/**
 * A letterhead at the top of the sheet, before the first table's title: 附件2, the unit's name and
 * the date, and a 单位：万元 line when the table states its amounts in 万元 (rows inserted above the
 * sheet's first row, from the first table's left column).
 */
const letterhead: Mutation = ({ init, tables }) => {
  const ts = projectTables(tables);
  if (ts.length === 0) return unchanged(init);
  const t = ts.reduce((a, b) => (b.range.top < a.range.top ? b : a));
  const top = 0;
  const l = t.range.left;
  const line = (cells: [number, string][]): CellValue[] => {
    const r: CellValue[] = [];
    for (const [c, v] of cells) r[l + c] = v;
    return r;
  };
  const s = toSheet(init);
  const lines = [line([[0, '附件2']]), line([[0, '单位名称：某某县财政局'], [2, '填报日期：2024年1月15日']]), ...(t.moneyUnit === '万元' && !t.moneyUnitInferred ? [line([[0, '单位：万元']])] : [])];
  const back = insertRows(s, top, lines);
  return { init: fromSheet(init.name, s), backs: [back], applied: true };
};


/** A helper column between 三级 and 指标值 (是否核心指标 | 是/否), a column some units add. */
const helperColumn: Mutation = ({ init, tables }) => {
  const ts = projectTables(tables).filter((t) => t.header && t.indicators.length > 0);
  if (ts.length === 0) return unchanged(init);
  const at = (roleCol(ts[0], 'level3') ?? ts[0].range.left) + 1;
  return gridColumn(init, ts.filter((u) => (roleCol(u, 'level3') ?? -1) + 1 === at), at, '是否核心指标', (i) => (i % 2 === 0 ? '是' : '否'));
};

/**
 * A 备注 column between 三级 and 指标值 (the grid's columns in another order; 指标值 stays right of
 * 三级): a column inserted there, 备注 over the header, 无 on some indicator rows.
 */
const remarkBeforeValue: Mutation = ({ init, tables }) => {
  const ts = projectTables(tables).filter((t) => t.header && t.indicators.length > 0);
  if (ts.length === 0) return unchanged(init);
  const at = roleCol(ts[0], 'value') ?? ts[0].range.right;
  if (at <= (roleCol(ts[0], 'level3') ?? 0)) return unchanged(init);
  return gridColumn(init, ts.filter((u) => roleCol(u, 'value') === at), at, '备注', (i) => (i % 3 === 0 ? '无' : null));
};

/** The cells holding only a label: the fields' labels and the grid's header cells. */
function labelCells(tables: TableModel[]): Cell[] {
  const out = new Map<string, Cell>();
  const add = (c: Cell | undefined) => {
    if (c) out.set(`${c.row},${c.col}`, c);
  };
  for (const t of projectTables(tables)) {
    const fields: (Field | undefined)[] = [t.projectName, t.goals, t.budget.total, t.budget.fiscal, t.budget.other, t.budget.longTermTotal, t.budget.carryOver, ...(t.budget.parts ?? [])];
    for (const f of fields) if (f && !f.inline && !f.part) add(f.label);
    add(t.budget.totalLabel);
    add(t.budget.blockLabel);
    if (t.header) for (const col of Object.values(t.header.columns)) add({ row: t.header.row, col });
  }
  return [...out.values()];
}

/** Every label rewritten by `f` (spaces inside, a line break, full-width brackets, a colon after). */
const relabel =
  (f: (label: string) => string): Mutation =>
  ({ init, tables }) => {
    const s = toSheet(init);
    let applied = false;
    // Every cell holding a label's text is spelt the same way (a merged label undone, its text in each cell).
    const texts = new Set<string>();
    for (const c of labelCells(tables)) {
      const v = s.values[c.row]?.[c.col];
      if (typeof v === 'string' && classifyLabel(v)) texts.add(v.trim());
    }
    s.values.forEach((r, i) =>
      r.forEach((v, c) => {
        if (typeof v !== 'string' || !texts.has(v.trim())) return;
        const w = f(v.trim());
        if (w === v) return;
        setCell(s, i, c, w);
        applied = true;
      }),
    );
    return { init: fromSheet(init.name, s), backs: [identity], applied };
  };

const spaced = (t: string): string => [...t].join(' ');
const broken = (t: string): string => {
  const chars = [...t];
  const h = Math.ceil(chars.length / 2);
  return chars.length < 2 ? t : `${chars.slice(0, h).join('')}\n${chars.slice(h).join('')}`;
};
const fullWidth = (t: string): string => t.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');
const halfWidth = (t: string): string => t.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
const trailingColon = (t: string): string => (/[:：]$/.test(t) ? t : `${t}：`);

/** Numbers stored as text: every number cell holds its displayed text. */
const numbersAsText: Mutation = ({ init }) => {
  const s = toSheet(init);
  let applied = false;
  s.values.forEach((r, i) =>
    r.forEach((v, c) => {
      if (typeof v !== 'number') return;
      setCell(s, i, c, s.text[i][c] ?? String(v), s.text[i][c] ?? String(v));
      applied = true;
    }),
  );
  return { init: fromSheet(init.name, s), backs: [identity], applied };
};

/** Text stored as numbers: every cell whose text is a plain number holds the number (its display kept). */
const textAsNumbers: Mutation = ({ init }) => {
  const s = toSheet(init);
  let applied = false;
  s.values.forEach((r, i) =>
    r.forEach((v, c) => {
      if (typeof v !== 'string' || !/^\s*-?\d{1,12}(\.\d{1,6})?\s*$/.test(v)) return;
      setCell(s, i, c, Number(v.trim()), v.trim());
      applied = true;
    }),
  );
  return { init: fromSheet(init.name, s), backs: [identity], applied };
};

/** A number in a budget cell's text (`26.5`, `1,200.00`), or undefined. */
function amountOf(text: string): number | undefined {
  const m = /^\s*(-?[\d,]+(?:\.\d+)?)\s*(万元|元)?\s*$/.exec(text);
  return m ? Number(m[1].replace(/,/g, '')) : undefined;
}

/**
 * Amounts in 元 where the table states 万元: the stated unit (a 单位：万元 line, a （万元） in a label)
 * becomes 元 and every budget amount is multiplied by 10,000. Tables whose unit is only inferred are left.
 */
const amountsInYuan: Mutation = ({ init, tables }) => {
  const s = toSheet(init);
  let applied = false;
  for (const t of projectTables(tables)) {
    if (t.moneyUnit !== '万元' || t.moneyUnitInferred) continue;
    const budget = [t.budget.total, t.budget.fiscal, t.budget.other, t.budget.longTermTotal, t.budget.carryOver, ...(t.budget.parts ?? [])].filter((f): f is Field => !!f && !f.inline && !f.part);
    const fieldCells = new Set([...budget.map((f) => `${f.at.row},${f.at.col}`), ...(t.goals ? [`${t.goals.at.row},${t.goals.at.col}`] : []), ...t.indicators.flatMap((i) => [i.value, i.level3, i.unit].filter((f): f is Field => !!f).map((f) => `${f.at.row},${f.at.col}`))]);
    // Every short text in or just above the table saying 万元 (the unit line may sit above the range).
    for (let r = Math.max(0, t.range.top - 3); r <= t.range.bottom; r++) {
      for (let c = t.range.left; c <= t.range.right; c++) {
        const v = s.values[r]?.[c];
        if (typeof v !== 'string' || v.length > 30 || !v.includes('万元') || fieldCells.has(`${r},${c}`)) continue;
        setCell(s, r, c, v.replace(/万元/g, '元'));
      }
    }
    const at = t.moneyUnitAt;
    const said = at ? s.values[at.row]?.[at.col] : undefined;
    if (at && typeof said === 'string') setCell(s, at.row, at.col, said.replace(/万元/g, '元'));
    for (const f of budget) {
      const v = s.values[f.at.row]?.[f.at.col];
      const n = typeof v === 'number' ? v : typeof v === 'string' ? amountOf(v) : undefined;
      if (n === undefined) continue;
      const yuan = Math.round(n * 10000 * 100) / 100;
      setCell(s, f.at.row, f.at.col, typeof v === 'number' ? yuan : String(yuan), String(yuan));
      applied = true;
    }
  }
  return { init: fromSheet(init.name, s), backs: [identity], applied };
};

/**
 * The tables notes go under, the lowest first (rows are inserted bottom up): each table, but a list
 * (L4), one table per project under one header, only by its last project.
 */
function lastTablesBottomUp(tables: TableModel[]): TableModel[] {
  const lastOfList = new Map<number, TableModel>();
  for (const t of projectTables(tables)) {
    const key = t.layout === 'L4' && t.header ? t.header.row : -1 - t.index;
    const had = lastOfList.get(key);
    if (!had || had.range.bottom < t.range.bottom) lastOfList.set(key, t);
  }
  return [...lastOfList.values()].sort((a, b) => b.range.bottom - a.range.bottom);
}

/** Notes, a 填表说明 and a signature line (填报人、联系电话、审核人) and a date right under each table. */
const notesUnder =
  (gap: number): Mutation =>
  ({ init, tables }) => {
    const ts = lastTablesBottomUp(tables);
    if (ts.length === 0) return unchanged(init);
    const s = toSheet(init);
    let back: Back = identity;
    for (const t of ts) {
      const l = t.range.left;
      const row = (cells: [number, string][]): CellValue[] => {
        const r: CellValue[] = [];
        for (const [c, v] of cells) r[l + c] = v;
        return r;
      };
      const lines: CellValue[][] = [
        ...Array.from({ length: gap }, () => []),
        row([[0, '填表说明：1.绩效指标应尽量细化、量化；2.指标值应与预算资金相匹配。']]),
        row([[0, '注：本表由项目单位填写，一式两份。']]),
        row([[0, '填报人：王芳'], [2, '联系电话：0871-12345678'], [4, '审核人：李强']]),
        row([[0, '填报日期：2024年1月15日']]),
      ];
      back = chain(back, insertRows(s, t.range.bottom + 1, lines));
    }
    return { init: fromSheet(init.name, s), backs: [back], applied: true };
  };

/** A 填表说明 block of numbered notes, one a row, `gap` rows under each table (its notes numbered as a grid's rows may be). */
const notesBlockUnder =
  (gap: number): Mutation =>
  ({ init, tables }) => {
    const ts = lastTablesBottomUp(tables);
    if (ts.length === 0) return unchanged(init);
    const s = toSheet(init);
    let back: Back = identity;
    for (const t of ts) {
      const row = (v: string): CellValue[] => {
        const r: CellValue[] = [];
        r[t.range.left] = v;
        return r;
      };
      const lines: CellValue[][] = [
        ...Array.from({ length: gap }, () => []),
        row('填表说明：'),
        row('1.绩效指标应尽量细化、量化，定量指标应填写指标值和计量单位。'),
        row('2.满意度指标原则上不低于90%。'),
        row('3.本表一式两份，报财政局一份。'),
      ];
      back = chain(back, insertRows(s, t.range.bottom + 1, lines));
    }
    return { init: fromSheet(init.name, s), backs: [back], applied: true };
  };

/** Each table's title over two rows (`…项目` / `绩效目标表`), the second under the first, merged as wide. */
const titleTwoRows: Mutation = ({ init, tables }) => {
  const ts = projectTables(tables)
    .filter((t) => t.title && !t.title.inline && !t.title.part)
    .sort((a, b) => (b.title?.at.row ?? 0) - (a.title?.at.row ?? 0));
  if (ts.length === 0) return unchanged(init);
  const s = toSheet(init);
  let back: Back = identity;
  let applied = false;
  for (const t of ts) {
    const at = t.title?.at as Cell;
    const v = s.values[at.row]?.[at.col];
    if (typeof v !== 'string') continue;
    const text = v.trim();
    const i = text.search(/(项目支出)?绩效目标(申报)?表/);
    const cut = i > 0 ? i : text.search(/[（(]\d{4}/);
    if (cut <= 0) continue;
    const merge = s.merges.find((m) => m.top === at.row && m.left === at.col);
    setCell(s, at.row, at.col, text.slice(0, cut));
    const line: CellValue[] = [];
    line[at.col] = text.slice(cut);
    const merges = merge ? [{ top: 0, bottom: 0, left: merge.left, right: merge.right }] : [];
    back = chain(back, insertRows(s, at.row + 1 + (merge ? merge.bottom - merge.top : 0), [line], merges));
    applied = true;
  }
  return { init: fromSheet(init.name, s), backs: [back], applied };
};

/** Every merge undone, its text repeated in every cell it covered. */
const unmergeRepeatAll: Mutation = ({ init }) => {
  if (!(init.merges ?? []).length) return unchanged(init);
  const s = toSheet(init);
  for (const m of s.merges) {
    const v = s.values[m.top]?.[m.left] ?? null;
    const d = s.text[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) setCell(s, r, c, v, d ?? undefined);
  }
  s.merges = [];
  return { init: fromSheet(init.name, s), backs: [identity], applied: true };
};

/**
 * Every merge undone, its text left in its first cell only (the others blank): what a hand copying a
 * web page's table cell by cell, or a converter that drops merges, leaves (stop 42).
 */
const unmergeFirstOnly: Mutation = ({ init }) => {
  if (!(init.merges ?? []).length) return unchanged(init);
  const s = toSheet(init);
  s.merges = [];
  return { init: fromSheet(init.name, s), backs: [identity], applied: true };
};

/**
 * Merges added over blank cells: above each grid, a filled cell merged right over the blank cells
 * after it (none a field's place); in the grid, a 一级 or 二级 merged down over the blank cells
 * below it. (Merging a 二级 right over an unused template row's 三级 and 指标值 would change the
 * row's meaning, so the grid's rows get no sideways merge.)
 */
const mergeOverBlanks: Mutation = ({ init, tables }) => {
  const s = toSheet(init);
  const covered = new Set<string>();
  const cover = (m: Rect) => {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(`${r},${c}`);
  };
  for (const m of s.merges) cover(m);
  const fieldAt = new Set<string>();
  for (const t of tables) {
    const fs: (Field | undefined)[] = [t.title, t.unitName, t.projectName, t.goals, t.budget.total, t.budget.fiscal, t.budget.other, t.budget.longTermTotal, t.budget.carryOver, t.budget.use, ...(t.budget.parts ?? [])];
    for (const i of [...t.indicators, ...(t.unused ?? [])]) fs.push(i.level1, i.level2, i.level3, i.value, i.sign, i.unit, i.direction, i.nature, i.weight, i.description);
    for (const f of fs) if (f) fieldAt.add(`${f.at.row},${f.at.col}`);
  }
  let applied = false;
  const add = (m: Rect) => {
    s.merges.push(m);
    cover(m);
    applied = true;
  };
  for (const t of projectTables(tables)) {
    const gridTop = t.header ? Math.min(t.header.row, headerTop(s, t).top) : t.range.bottom + 1;
    for (let r = t.range.top; r < gridTop; r++) {
      for (let c = t.range.left; c < t.range.right; c++) {
        if (isBlank(s.values[r]?.[c]) || covered.has(`${r},${c}`)) continue;
        let e = c;
        while (e + 1 <= t.range.right && isBlank(s.values[r]?.[e + 1]) && !covered.has(`${r},${e + 1}`) && !fieldAt.has(`${r},${e + 1}`)) e++;
        if (e > c) add({ top: r, bottom: r, left: c, right: e });
        c = e;
      }
    }
    if (t.indicators.length === 0) continue;
    const last = Math.max(...t.indicators.map((i) => i.row));
    for (const role of ['level1', 'level2'] as const) {
      const col = roleCol(t, role);
      if (col === undefined) continue;
      for (let r = (t.header?.row ?? t.range.top) + 1; r <= last; r++) {
        if (isBlank(s.values[r]?.[col]) || covered.has(`${r},${col}`)) continue;
        let e = r;
        while (e + 1 <= last && isBlank(s.values[e + 1]?.[col]) && !covered.has(`${e + 1},${col}`)) e++;
        if (e > r) add({ top: r, bottom: e, left: col, right: col });
        r = e;
      }
    }
  }
  return { init: fromSheet(init.name, s), backs: [identity], applied };
};

/** Each 一级 written on its first row only, the rows below blank, no merge. */
const level1Once: Mutation = ({ init, tables }) => {
  const s = toSheet(init);
  let applied = false;
  for (const t of projectTables(tables)) {
    const col = roleCol(t, 'level1');
    if (col === undefined || t.indicators.length === 0) continue;
    const rows = t.indicators.map((i) => i.row);
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    s.merges = s.merges.filter((m) => {
      if (!(m.left === col && m.right === col && m.top >= top && m.bottom <= bottom && m.bottom > m.top)) return true;
      applied = true;
      return false;
    });
    let last = '';
    for (let r = top; r <= bottom; r++) {
      const v = s.values[r]?.[col];
      const k = typeof v === 'string' ? v.replace(/\s/g, '') : '';
      if (k !== '' && k === last) {
        setCell(s, r, col, null);
        applied = true;
      } else if (k !== '') last = k;
    }
  }
  return { init: fromSheet(init.name, s), backs: [identity], applied };
};

/** The sheet twice: the copy below (after `gap` blank rows) or to the right (after `gap` blank columns). */
const twice =
  (dir: 'down' | 'right', gap: number): Mutation =>
  ({ init }) => {
    const s = toSheet(init);
    const h = s.values.length;
    const w = s.values[0]?.length ?? 0;
    if (dir === 'down') {
      const n = h + gap;
      const copy = toSheet(init);
      for (let k = 0; k < gap; k++) {
        s.values.push(new Array<CellValue>(w).fill(null));
        s.text.push(new Array<string | null>(w).fill(null));
        s.formats.push(new Array<string | null>(w).fill(null));
      }
      s.values.push(...copy.values);
      s.text.push(...copy.text);
      s.formats.push(...copy.formats);
      s.merges.push(...copy.merges.map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n })));
      return {
        init: fromSheet(init.name, s),
        backs: [(row, col) => (row < h ? { row, col } : row >= n ? null : undefined), (row, col) => (row >= n ? { row: row - n, col } : row < h ? null : undefined)],
        applied: true,
      };
    }
    const n = w + gap;
    s.values.forEach((r, i) => {
      const copyV = [...r];
      const copyT = [...s.text[i]];
      const copyF = [...s.formats[i]];
      r.push(...new Array<CellValue>(gap).fill(null), ...copyV);
      s.text[i].push(...new Array<string | null>(gap).fill(null), ...copyT);
      s.formats[i].push(...new Array<string | null>(gap).fill(null), ...copyF);
    });
    s.merges.push(...(init.merges ?? []).map((m) => ({ ...m, left: m.left + n, right: m.right + n })));
    return {
      init: fromSheet(init.name, s),
      backs: [(row, col) => (col < w ? { row, col } : col >= n ? null : undefined), (row, col) => (col >= n ? { row, col: col - n } : col < w ? null : undefined)],
      applied: true,
    };
  };

/**
 * The budget block placed right of the goals: the rows holding the money labels and amounts taken
 * out from above the goals and put beside them, in the columns after the table, the goals' row
 * merged down as tall as the block (a form that prints 年度目标 and 项目资金 side by side). Only a
 * block of whole rows above the goals, no merge reaching out of it.
 */
const budgetRightOfGoals: Mutation = ({ init, tables }) => {
  const t = projectTables(tables).find((x) => x.goals && !x.goals.inline && x.budget.total && !x.budget.total.inline);
  if (!t || !t.goals) return unchanged(init);
  const b = t.budget;
  const cells: Cell[] = [];
  for (const f of [b.total, b.fiscal, b.other, b.carryOver, b.longTermTotal, ...(b.parts ?? [])]) if (f) cells.push(f.at, ...(f.label ? [f.label] : []));
  if (b.totalLabel) cells.push(b.totalLabel);
  if (b.blockLabel) cells.push(b.blockLabel);
  const s = toSheet(init);
  const top = Math.min(...cells.map((c) => c.row));
  let bottom = Math.max(...cells.map((c) => c.row));
  for (const m of s.merges) if (m.top >= top && m.top <= bottom && m.bottom > bottom && m.left >= t.range.left) bottom = Math.max(bottom, m.bottom);
  const g = t.goals.label?.row ?? t.goals.at.row;
  if (g <= bottom || (t.header && t.header.row <= g)) return unchanged(init);
  // No merge may cross the block's edges.
  if (s.merges.some((m) => (m.top < top && m.bottom >= top) || (m.top <= bottom && m.bottom > bottom))) return unchanged(init);
  // The goals' rows: its label's row, down to the last row its merges reach.
  let gBottom = g;
  for (const m of s.merges) if (m.top === g) gBottom = Math.max(gBottom, m.bottom);
  const h = bottom - top + 1;
  const gh = gBottom - g + 1;
  const extra = Math.max(0, h - gh);
  const right = t.range.right + 1;
  const width = s.values[0]?.length ?? 0;
  // Old row of each new row (or -1 for the rows added under the goals).
  const rows: number[] = [];
  for (let r = 0; r < s.values.length; r++) {
    if (r >= top && r <= bottom) continue;
    rows.push(r);
    if (r === gBottom) for (let k = 0; k < extra; k++) rows.push(-1);
  }
  const newRow = new Map<number, number>();
  rows.forEach((o, i) => {
    if (o >= 0) newRow.set(o, i);
  });
  const gNew = newRow.get(g) as number;
  const blank = () => new Array(Math.max(width, right + (t.range.right - t.range.left) + 1)).fill(null);
  const values: CellValue[][] = rows.map((o) => (o >= 0 ? [...s.values[o]] : blank()));
  const text: (string | null)[][] = rows.map((o) => (o >= 0 ? [...s.text[o]] : blank()));
  const formats: (string | null)[][] = rows.map((o) => (o >= 0 ? [...s.formats[o]] : blank()));
  const moved = new Map<string, Cell>();
  for (let r = top; r <= bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) {
      const nr = gNew + (r - top);
      const nc = right + (c - t.range.left);
      for (const arr of [values, text, formats]) while (arr[nr].length <= nc) arr[nr].push(null);
      values[nr][nc] = s.values[r][c] ?? null;
      text[nr][nc] = s.text[r][c] ?? null;
      formats[nr][nc] = s.formats[r][c] ?? null;
      moved.set(`${nr},${nc}`, { row: r, col: c });
    }
  }
  const merges: Rect[] = [];
  for (const m of s.merges) {
    if (m.top >= top && m.bottom <= bottom) {
      if (m.left >= t.range.left && m.right <= t.range.right) merges.push({ top: gNew + m.top - top, bottom: gNew + m.bottom - top, left: right + m.left - t.range.left, right: right + m.right - t.range.left });
      continue;
    }
    const nt = newRow.get(m.top) as number;
    let nb = newRow.get(m.bottom) as number;
    if (m.top === g && m.bottom === gBottom) nb += extra;
    merges.push({ ...m, top: nt, bottom: nb });
  }
  // The goals' row's cells not merged down yet are merged down as tall as the block.
  if (extra > 0) {
    for (let c = t.range.left; c <= t.range.right; c++) {
      if (merges.some((m) => m.top <= gNew && m.bottom >= gNew && m.left <= c && m.right >= c)) continue;
      if (isBlank(values[gNew][c])) continue;
      merges.push({ top: gNew, bottom: gNew + gh - 1 + extra, left: c, right: c });
    }
  }
  return {
    init: { name: init.name, values, text, formats, merges },
    backs: [
      (row, col) => {
        const m = moved.get(`${row},${col}`);
        if (m) return m;
        const o = rows[row];
        if (o === undefined || o < 0 || col >= right) return undefined;
        return { row: o, col };
      },
    ],
    applied: true,
  };
};

// ---------------------------------------------------------------------------------------------
// Conversion mutations (stop 40): the marks a table carries after a trip through PDF or Word.

/**
 * A sheet rebuilt from a list of rows: each new row is an old row (its index) or a new row (its
 * cells). A merge keeps its rows (top at the new place of its old top, bottom at the new place of
 * its old bottom, so new rows inside a merge are covered by it); `extra` merges are added in new
 * coordinates. Back: a new row maps to undefined, an old row to itself.
 */
function rebuild(init: GridInit, rows: (number | CellValue[])[], extra: Rect[] = [], drop: (m: Rect) => boolean = () => false): Mutated {
  const s = toSheet(init);
  const width = s.values[0]?.length ?? 0;
  const at = new Map<number, number>();
  const old: (number | undefined)[] = [];
  const values: CellValue[][] = [];
  const text: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  rows.forEach((r, i) => {
    if (typeof r === 'number') {
      at.set(r, i);
      old.push(r);
      values.push([...s.values[r]]);
      text.push([...s.text[r]]);
      formats.push([...s.formats[r]]);
    } else {
      old.push(undefined);
      const v = Array.from({ length: Math.max(width, r.length) }, (_, c) => r[c] ?? null);
      values.push(v);
      text.push(v.map((x) => (x === null ? null : String(x))));
      formats.push(v.map(() => null));
    }
  });
  const merges: Rect[] = [];
  for (const m of s.merges) {
    if (drop(m)) continue;
    const top = at.get(m.top);
    const bottom = at.get(m.bottom);
    if (top !== undefined && bottom !== undefined) merges.push({ ...m, top, bottom });
  }
  merges.push(...extra);
  return { init: fromSheet(init.name, { values, text, formats, merges, hiddenCols: s.hiddenCols }), backs: [(row, col) => (old[row] === undefined ? undefined : { row: old[row] as number, col })], applied: true };
}

/**
 * A PDF converter's split merge: each merge over several rows undone, its text in the middle row
 * of the block (the lower middle for an even height: a converter places the text where it was
 * drawn, the block's vertical centre), the other rows empty; a block wider than one column keeps
 * its width as a merge on that row. Or (`repeat`) the text repeated in every row of the block.
 */
const verticalMergesSplit =
  (mode: 'middle' | 'repeat'): Mutation =>
  ({ init }) => {
    const tall = (init.merges ?? []).filter((m) => m.bottom > m.top);
    if (tall.length === 0) return unchanged(init);
    const s = toSheet(init);
    const moved = new Map<string, Cell>();
    s.merges = s.merges.filter((m) => m.bottom === m.top);
    for (const m of tall) {
      const v = s.values[m.top]?.[m.left] ?? null;
      const d = s.text[m.top]?.[m.left] ?? null;
      const mid = Math.ceil((m.top + m.bottom) / 2);
      for (let r = m.top; r <= m.bottom; r++) {
        const put = mode === 'repeat' || r === mid;
        setCell(s, r, m.left, put ? v : null, put ? (d ?? undefined) : undefined);
        if (m.right > m.left && put) s.merges.push({ top: r, bottom: r, left: m.left, right: m.right });
      }
      if (mode === 'middle' && mid !== m.top) moved.set(`${mid},${m.left}`, { row: m.top, col: m.left });
    }
    return { init: fromSheet(init.name, s), backs: [(row, col) => moved.get(`${row},${col}`) ?? { row, col }], applied: true };
  };

/** Is (row, col) inside a merge taller than one row? */
const inTallMerge = (s: Sheet, row: number, col: number): boolean => s.merges.some((m) => m.bottom > m.top && m.top <= row && m.bottom >= row && m.left <= col && m.right >= col);

/**
 * Word→Excel paste: every cell of a project table holding several paragraphs (lines) becomes
 * several rows, the first line in the row itself, each further line in a row below in the same
 * column. The other cells of the row are merged down over the new rows (what Excel does with a
 * pasted Word table) or (`empty`) left empty. A cell inside a merge over several rows is left.
 */
const paragraphsToRows =
  (others: 'merged' | 'empty'): Mutation =>
  ({ init, tables }) => {
    const s = toSheet(init);
    const lines = new Map<number, Map<number, string[]>>();
    for (const t of projectTables(tables)) {
      for (let r = t.range.top; r <= t.range.bottom; r++) {
        for (let c = t.range.left; c <= t.range.right; c++) {
          const v = s.values[r]?.[c];
          if (typeof v !== 'string' || inTallMerge(s, r, c)) continue;
          const ls = v.split(/\r?\n/).map((x) => x.trim()).filter((x) => x !== '');
          if (ls.length < 2) continue;
          if (!lines.has(r)) lines.set(r, new Map());
          lines.get(r)?.set(c, ls);
        }
      }
    }
    return splitRows(init, s, lines, others);
  };

/** Rows whose cells `lines` splits: the first line stays, the rest go to new rows under it. */
function splitRows(init: GridInit, s: Sheet, lines: Map<number, Map<number, string[]>>, others: 'merged' | 'empty'): Mutated {
  if (lines.size === 0) return unchanged(init);
  const rows: (number | CellValue[])[] = [];
  const extra: Rect[] = [];
  const width = s.values[0]?.length ?? 0;
  const hMerge = (r: number, c: number) => s.merges.find((m) => m.top === r && m.bottom === r && m.left === c);
  for (let r = 0; r < s.values.length; r++) {
    const cells = lines.get(r);
    if (!cells) {
      rows.push(r);
      continue;
    }
    const k = Math.max(...[...cells.values()].map((l) => l.length)) - 1;
    for (const [c, ls] of cells) setCell(s, r, c, ls[0]);
    const top = rows.length;
    rows.push(r);
    for (let i = 1; i <= k; i++) {
      const line: CellValue[] = [];
      for (const [c, ls] of cells) {
        if (ls[i] === undefined) continue;
        line[c] = ls[i];
        const h = hMerge(r, c);
        if (h) extra.push({ top: top + i, bottom: top + i, left: h.left, right: h.right });
      }
      rows.push(line);
    }
    if (others === 'merged') {
      // Every other cell of the row (not already in a merge) merged down over the new rows.
      for (let c = 0; c < width; c++) {
        if (cells.has(c) || s.merges.some((m) => m.top <= r && m.bottom >= r && m.left <= c && m.right >= c)) continue;
        if (isBlank(s.values[r][c])) continue;
        extra.push({ top, bottom: top + k, left: c, right: c });
      }
      // A merge on the row alone, of cells not split, grows over the new rows too.
      for (const m of s.merges) if (m.top === r && m.bottom === r && ![...cells.keys()].some((c) => c >= m.left && c <= m.right)) extra.push({ ...m, top, bottom: top + k });
    }
  }
  const grown = new Set(extra.filter((m) => m.bottom > m.top).map((m) => `${m.left},${m.right}`));
  return rebuild(fromSheet(init.name, s), rows, extra, (m) => m.top === m.bottom && lines.has(m.top) && others === 'merged' && grown.has(`${m.left},${m.right}`));
}

/**
 * A long 三级 name or value (at least `min` characters, one line) wrapped onto a continuation row:
 * its second half in a new row under it, same column; the other cells merged down or left empty.
 */
const wrapLong =
  (role: 'level3' | 'value', min: number, others: 'merged' | 'empty'): Mutation =>
  ({ init, tables }) => {
    const s = toSheet(init);
    const lines = new Map<number, Map<number, string[]>>();
    for (const t of projectTables(tables)) {
      for (const ind of t.indicators) {
        const f = ind[role];
        const v = s.values[f.at.row]?.[f.at.col];
        if (typeof v !== 'string' || /\n/.test(v) || inTallMerge(s, f.at.row, f.at.col)) continue;
        const chars = [...v.trim()];
        if (chars.length < min) continue;
        const h = Math.ceil(chars.length / 2);
        if (!lines.has(f.at.row)) lines.set(f.at.row, new Map());
        lines.get(f.at.row)?.set(f.at.col, [chars.slice(0, h).join(''), chars.slice(h).join('')]);
      }
    }
    return splitRows(init, s, lines, others);
  };

/**
 * A page break inside each project table with 4 or more indicators, before the indicator in the
 * middle: the page's footer line (`第 1 页`, `第1页 共3页`, `- 2 -`) and/or a blank row, then the
 * header row(s) repeated. A merge across the break is split in two: the part under the break
 * blank (drawn once, on the first page) or its text repeated.
 */
const pageBreak =
  (footer: string | null, blank: boolean, header: boolean, lower: 'blank' | 'repeat'): Mutation =>
  ({ init, tables }) => {
    const s = toSheet(init);
    const ts = projectTables(tables).filter((t) => t.header && t.indicators.length >= 4);
    if (ts.length === 0) return unchanged(init);
    const breaks = new Map<number, { add: CellValue[][]; from: number; to: number }>();
    for (const t of ts) {
      const starts = [...new Set(t.indicators.map((i) => i.row))].sort((a, b) => a - b);
      const at = starts[Math.floor(starts.length / 2)];
      // The header's rows: its row, and the rows its 三级 cell is merged over (a header in two rows);
      // also the rows any header cell of the table is merged down from (a list's project columns,
      // 单位代码 | 单位名称 merged over both rows of a header whose second row names the levels): print
      // titles repeat the whole header.
      const hr = t.header?.row ?? t.range.top;
      const c3 = roleCol(t, 'level3') ?? t.range.left;
      const m3 = s.merges.find((m) => m.left <= c3 && m.right >= c3 && m.top <= hr && m.bottom >= hr);
      const over = s.merges.filter((m) => m.left >= t.range.left && m.right <= t.range.right && m.top < hr && m.bottom >= hr && hr - m.top <= 2);
      const from = Math.min(m3 ? m3.top : hr, ...over.map((m) => m.top));
      const to = m3 ? m3.bottom : hr;
      const add: CellValue[][] = [];
      if (footer !== null) {
        const line: CellValue[] = [];
        line[t.range.left] = footer;
        add.push(line);
      }
      if (blank) add.push([]);
      if (header) for (let r = from; r <= to; r++) add.push([...s.values[r]]);
      breaks.set(at, { add, from, to });
    }
    // A merge across a break split in two (in the old rows; rebuild moves them).
    const merges: Rect[] = [];
    for (const m of s.merges) {
      const at = [...breaks.keys()].find((r) => m.top < r && m.bottom >= r);
      if (at === undefined) {
        merges.push(m);
        continue;
      }
      const upper = { ...m, bottom: at - 1 };
      const low = { ...m, top: at };
      for (const part of [upper, low]) if (part.bottom > part.top || part.right > part.left) merges.push(part);
      if (lower === 'repeat') setCell(s, at, m.left, s.values[m.top]?.[m.left] ?? null, s.text[m.top]?.[m.left] ?? undefined);
    }
    s.merges = merges;
    const rows: (number | CellValue[])[] = [];
    const extra: Rect[] = [];
    for (let r = 0; r < s.values.length; r++) {
      const b = breaks.get(r);
      if (b) {
        rows.push(...b.add);
        // The header's merges within its rows, copied onto the repeated header.
        const base = rows.length - (header ? b.to - b.from + 1 : 0);
        if (header) for (const m of s.merges) if (m.top >= b.from && m.bottom <= b.to) extra.push({ ...m, top: base + m.top - b.from, bottom: base + m.bottom - b.from });
      }
      rows.push(r);
    }
    return rebuild(fromSheet(init.name, s), rows, extra);
  };

/** Every string cell rewritten by `f` (and every number cell, when `numbers`, as its displayed text rewritten). */
const retext =
  (f: (s: string) => string, numbers = false): Mutation =>
  ({ init }) => {
    const s = toSheet(init);
    let applied = false;
    s.values.forEach((r, i) =>
      r.forEach((v, c) => {
        if (typeof v === 'number' && numbers) {
          const w = f(s.text[i][c] ?? String(v));
          setCell(s, i, c, w, w);
          applied = true;
          return;
        }
        if (typeof v !== 'string' || v.trim() === '') return;
        const w = f(v);
        if (w === v) return;
        setCell(s, i, c, w);
        applied = true;
      }),
    );
    return { init: fromSheet(init.name, s), backs: [identity], applied };
  };

/** Zero-width space and BOM before, a non-breaking space after; a zero-width space inside a label. */
const zeroWidth = (t: string): string => `\ufeff\u200b${t.length > 1 && t.length <= 12 && !/\d/.test(t) ? `${t.slice(0, 1)}\u200b${t.slice(1)}` : t}\u00a0`;
/** Non-breaking spaces: around the text, and for a space inside it. */
const nbsp = (t: string): string => `\u00a0${t.replace(/ /g, '\u00a0')}\u00a0`;
const crlf = (t: string): string => t.replace(/\r?\n/g, '\r\n');
/** ASCII digits, letters, `%` and `.` to their full-width forms (`９５％`, `１００`). */
const wideDigits = (t: string): string => t.replace(/[0-9A-Za-z%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** A number's text with spaces around (a number stored as text by a converter). */
const spacedAround = (t: string): string => ` ${t.trim()}  `;

/** Budget amounts as text: thousands separators and two decimals (`1,234.56`), or a trailing `.0` (`50.0`). */
const amountsAsText =
  (style: 'thousands' | 'trailingZero'): Mutation =>
  ({ init, tables }) => {
    const s = toSheet(init);
    let applied = false;
    for (const t of projectTables(tables)) {
      const b = t.budget;
      for (const f of [b.total, b.fiscal, b.other, b.longTermTotal, b.carryOver, ...(b.parts ?? [])]) {
        if (!f || f.inline || f.part) continue;
        const v = s.values[f.at.row]?.[f.at.col];
        const n = typeof v === 'number' ? v : typeof v === 'string' ? amountOf(v) : undefined;
        if (n === undefined) continue;
        const w = style === 'thousands' ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 }) : Number.isInteger(n) ? `${n}.0` : String(n);
        setCell(s, f.at.row, f.at.col, w, w);
        applied = true;
      }
    }
    return { init: fromSheet(init.name, s), backs: [identity], applied };
  };

/** Double spacing: an empty row after every row (a merge keeps its rows, covering the empty rows inside it). */
const doubleSpaced: Mutation = ({ init }) => {
  const n = init.values.length;
  const rows: (number | CellValue[])[] = [];
  for (let r = 0; r < n; r++) rows.push(r, []);
  return rebuild(init, rows);
};

/** Two mutations, one after the other; back maps composed per copy. */
const both =
  (a: Mutation, b: Mutation): Mutation =>
  (ctx) => {
    const x = a(ctx);
    const y = b({ init: x.init, tables: locateTables(new Grid(x.init)) });
    const backs: Back[] = [];
    for (const bb of y.backs) for (const ba of x.backs) backs.push(chain(ba, bb));
    return { init: y.init, backs, applied: x.applied && y.applied };
  };

export const MUTATIONS: Record<string, Mutation> = {
  '序号 column on the left': serialColumn,
  'blank column after the first': blankBetween('afterFirst'),
  'blank column between 三级 and 指标值': blankBetween('beforeValue'),
  'hidden empty column between 三级 and 指标值': blankBetween('beforeValue', true),
  'helper column 是否核心指标 before 指标值': helperColumn,
  '备注 column between 三级 and 指标值': remarkBeforeValue,
  'labels spaced (指 标 值)': relabel(spaced),
  'labels over two lines': relabel(broken),
  'labels full-width brackets and colons': relabel(fullWidth),
  'labels half-width brackets and colons': relabel(halfWidth),
  'labels with a trailing colon': relabel(trailingColon),
  'numbers stored as text': numbersAsText,
  'text stored as numbers': textAsNumbers,
  'amounts in 元, unit stated': amountsInYuan,
  'table starts at C5': offset(4, 2),
  'notes and signature under the table': notesUnder(0),
  'notes and signature one row under': notesUnder(1),
  'title over two rows': titleTwoRows,
  'every merge undone, text repeated': unmergeRepeatAll,
  'every merge undone, text in its first cell only': unmergeFirstOnly,
  'merges undone (first cell) + 序号 column': both(unmergeFirstOnly, serialColumn),
  'merges undone (first cell) + numbers as text': both(unmergeFirstOnly, numbersAsText),
  'merges added over blank cells': mergeOverBlanks,
  'two tables stacked, 2 blank rows': twice('down', 2),
  'two tables stacked, no gap': twice('down', 0),
  'two tables side by side, 1 blank column': twice('right', 1),
  '一级 on its first row only': level1Once,
  'budget block right of the goals': budgetRightOfGoals,
  // Pairs
  'C5 + 序号 column': both(offset(4, 2), serialColumn),
  'merges repeated + blank column before 指标值': both(unmergeRepeatAll, blankBetween('beforeValue')),
  'labels spaced + title over two rows': both(relabel(spaced), titleTwoRows),
  'amounts in 元 + numbers as text': both(amountsInYuan, numbersAsText),
  'notes under + stacked, no gap': both(notesUnder(0), twice('down', 0)),
  '一级 once + 序号 column': both(level1Once, serialColumn),
  'labels with colon + merges repeated': both(relabel(trailingColon), unmergeRepeatAll),
  'hidden column + side by side': both(blankBetween('beforeValue', true), twice('right', 1)),
  'merges repeated + stacked, no gap': both(unmergeRepeatAll, twice('down', 0)),
  'merges repeated + side by side': both(unmergeRepeatAll, twice('right', 1)),
  'merges repeated + 一级 once': both(unmergeRepeatAll, level1Once),
  'merges repeated + labels spaced': both(unmergeRepeatAll, relabel(spaced)),
  'merges repeated + numbers as text': both(unmergeRepeatAll, numbersAsText),
  'merges repeated + notes under': both(unmergeRepeatAll, notesUnder(0)),
  'merges repeated + 序号 column': both(unmergeRepeatAll, serialColumn),
  'C5 + title over two rows': both(offset(4, 2), titleTwoRows),
  'C5 + notes under': both(offset(4, 2), notesUnder(0)),
  'labels over two lines + 备注 before 指标值': both(relabel(broken), remarkBeforeValue),
  'text as numbers + amounts in 元': both(textAsNumbers, amountsInYuan),
  'stacked, no gap + side by side': both(twice('down', 0), twice('right', 1)),
  // Conversions (stop 40): tables that came through PDF or Word on the way into Excel
  'PDF: merged text in the block\'s middle row': verticalMergesSplit('middle'),
  'PDF: merged text repeated in every row': verticalMergesSplit('repeat'),
  'Word: paragraphs as rows, others merged down': paragraphsToRows('merged'),
  'Word: paragraphs as rows, others empty': paragraphsToRows('empty'),
  'long 三级 wrapped, others merged down': wrapLong('level3', 10, 'merged'),
  'long 三级 wrapped, others empty': wrapLong('level3', 10, 'empty'),
  'long values wrapped, others merged down': wrapLong('value', 8, 'merged'),
  'long values wrapped, others empty': wrapLong('value', 8, 'empty'),
  'page break: 第 1 页 + header repeated': pageBreak('第 1 页', false, true, 'blank'),
  'page break: 第1页 共3页 + blank + header': pageBreak('第1页 共3页', true, true, 'repeat'),
  'page break: - 2 - and blank, no header': pageBreak('- 2 -', true, false, 'blank'),
  'page break: blank row + header repeated': pageBreak(null, true, true, 'repeat'),
  'non-breaking spaces': retext(nbsp),
  'zero-width spaces and BOM': retext(zeroWidth),
  '\\r\\n inside cells': retext(crlf),
  'full-width digits and letters (９５％)': retext(wideDigits, true),
  'amounts as text, thousands separators': amountsAsText('thousands'),
  'amounts as text, trailing .0': amountsAsText('trailingZero'),
  'numbers as text with spaces around': retext(spacedAround, true),
  'double spacing (empty row after every row)': doubleSpaced,
  // Stop 41: tables moved, side by side, with a letterhead, hidden helpers, notes, a split value
  'two tables side by side, 3 blank columns': twice('right', 3),
  'two tables side by side, no gap': twice('right', 0),
  'table moved far (row 500, column K)': offset(500, 10),
  'letterhead before the title (附件2, 单位, 日期)': letterhead,
  'hidden 序号 column on the left': hiddenSerialColumn,
  '填表说明 block of numbered notes under': notesBlockUnder(0),
  '填表说明 block one row under': notesBlockUnder(1),
  '指标值 split in number | unit': valueSplitUnit,
  // Conversion pairs
  'PDF middle row + 序号 column': both(verticalMergesSplit('middle'), serialColumn),
  'PDF middle row + numbers as text': both(verticalMergesSplit('middle'), numbersAsText),
  'PDF middle row + C5': both(verticalMergesSplit('middle'), offset(4, 2)),
  'PDF repeated + page break': both(verticalMergesSplit('repeat'), pageBreak('第 1 页', false, true, 'repeat')),
  'Word paragraphs + C5': both(paragraphsToRows('merged'), offset(4, 2)),
  'Word paragraphs + 序号 column': both(paragraphsToRows('merged'), serialColumn),
  'labels over two lines + \\r\\n': both(relabel(broken), retext(crlf)),
  'page break + 序号 column': both(pageBreak('第 1 页', false, true, 'blank'), serialColumn),
  'page break + stacked, no gap': both(pageBreak('第 1 页', false, true, 'blank'), twice('down', 0)),
  'page break + merges repeated': both(unmergeRepeatAll, pageBreak('第1页 共3页', true, true, 'blank')),
  'zero-width + labels spaced': both(relabel(spaced), retext(zeroWidth)),
  'full-width digits + numbers as text': both(numbersAsText, retext(wideDigits)),
  'NBSP + amounts in 元': both(amountsInYuan, retext(nbsp, true)),
  'double spacing + merges repeated': both(unmergeRepeatAll, doubleSpaced),
  'double spacing + 一级 once': both(level1Once, doubleSpaced),
  'double spacing + page break': both(pageBreak('第 1 页', false, true, 'blank'), doubleSpaced),
  'values wrapped + merges repeated': both(unmergeRepeatAll, wrapLong('value', 8, 'merged')),
  // Stop 41 pairs
  'letterhead + double spacing': both(letterhead, doubleSpaced),
  'far + side by side, 3 blank columns': both(offset(500, 10), twice('right', 3)),
  'hidden 序号 + hidden column before 指标值': both(hiddenSerialColumn, blankBetween('beforeValue', true)),
  'notes block + double spacing': both(notesBlockUnder(0), doubleSpaced),
  'value split + merges repeated': both(unmergeRepeatAll, valueSplitUnit),
  'letterhead + side by side': both(letterhead, twice('right', 1)),
};

// ---------------------------------------------------------------------------------------------
// What the engine reads and finds, keyed by original cell

/**
 * A field's text as compared: no white space, and (the conversion mutations) no zero-width
 * character, full-width forms as ASCII, no thousands separator, no trailing `.0`: the same
 * reading of a text a converter re-wrote.
 */
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\.0+(?!\d)/g, '$1');

/** Budget amount in 万元 (to compare a table in 元 with its original), else the text. */
function amountKey(f: Field, unit: '万元' | '元'): string {
  // The text as compared (a converter's zero-width spaces, full-width digits, thousands separators gone).
  const n = typeof f.value === 'number' ? f.value : amountOf(norm(f.text));
  if (n === undefined) return norm(f.text);
  const wan = unit === '元' ? n / 10000 : n;
  return String(Math.round(wan * 1e6) / 1e6);
}

/** Fields of a sheet's project tables, keyed by their cell mapped back; a table key per table. */
function facts(result: SheetResult, back: Back): { fields: Map<string, string>; tables: Rect[] } {
  const fields = new Map<string, string>();
  const tables: Rect[] = [];
  const put = (name: string, f: Field | undefined, v: string) => {
    if (!f) return;
    const b = back(f.at.row, f.at.col);
    if (!b) return;
    fields.set(`${name}@${b.row},${b.col}`, v);
  };
  for (const { table: t } of result.tables) {
    if ((t.kind ?? 'project') !== 'project') continue;
    tables.push(t.range);
    put('projectName', t.projectName, norm(t.projectName?.text ?? ''));
    put('goals', t.goals, norm(t.goals?.text ?? ''));
    const b = t.budget;
    for (const [name, f] of [['total', b.total], ['fiscal', b.fiscal], ['other', b.other], ['longTermTotal', b.longTermTotal], ['carryOver', b.carryOver]] as const) if (f) put(`budget.${name}`, f, amountKey(f, t.moneyUnit));
    for (const f of b.parts ?? []) put('budget.part', f, amountKey(f, t.moneyUnit));
    for (const i of t.indicators) {
      // The 指标值 as a reviewer reads it: its sign, number and unit together, in one cell or three.
      const v = [i.level1.text, i.level2.text, i.level3.text, `${i.sign?.text ?? ''}${i.value.text}${i.unit?.text ?? ''}`].map(norm).join('|');
      put('indicator', i.level3, v);
    }
  }
  return { fields, tables };
}

/** Errors and warnings, `rule@row,col` mapped back; `new` for a cell with no original. */
function findingKeys(result: SheetResult, back: Back): Set<string> {
  const out = new Set<string>();
  for (const f of allFindings(result)) {
    if (f.severity === 'info') continue;
    const b = back(f.row, f.col);
    if (b === null) continue;
    out.add(b ? `${f.rule}@${b.row},${b.col}` : `${f.rule}@new`);
  }
  return out;
}

interface Totals {
  sheets: number;
  tables: number;
  tablesLost: number;
  fields: number;
  fieldsLost: number;
  findings: number;
  findingsLost: number;
  findingsGained: number;
  notes: string[];
}

const overlaps = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function measure(id: string, init: GridInit, base: SheetResult, m: Mutation, totals: Totals, details: boolean): void {
  const tables = base.tables.map((t) => t.table);
  const mutated = m({ init, tables });
  if (!mutated.applied) return;
  totals.sheets++;
  const after = checkSheet(mutated.init);
  const orig = facts(base, identity);
  const origFindings = findingKeys(base, identity);
  const gainedAll = new Set<string>();
  for (const back of mutated.backs) {
    const got = facts(after, back);
    // A table is located when some project table of the copy holds a field that maps back into it.
    const origTables = orig.tables;
    totals.tables += origTables.length;
    for (const r of origTables) {
      const inside = [...got.fields.keys()].some((k) => {
        const [row, col] = k.split('@')[1].split(',').map(Number);
        return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
      });
      const anyField = [...orig.fields.keys()].some((k) => {
        const [row, col] = k.split('@')[1].split(',').map(Number);
        return overlaps({ top: row, bottom: row, left: col, right: col }, r);
      });
      if (anyField && !inside) {
        totals.tablesLost++;
        if (details) totals.notes.push(`    ${id}: table ${r.top},${r.left} lost`);
      }
    }
    for (const [k, v] of orig.fields) {
      totals.fields++;
      const w = got.fields.get(k);
      if (w !== v) {
        totals.fieldsLost++;
        if (details) totals.notes.push(`    ${id}: field ${k} ${JSON.stringify(v).slice(0, 60)} → ${w === undefined ? 'missing' : JSON.stringify(w).slice(0, 60)}`);
      }
    }
    const fk = findingKeys(after, back);
    for (const k of origFindings) {
      totals.findings++;
      if (!fk.has(k)) {
        totals.findingsLost++;
        if (details) totals.notes.push(`    ${id}: finding lost ${k}`);
      }
    }
    for (const k of fk) if (!origFindings.has(k)) gainedAll.add(k);
  }
  totals.findingsGained += gainedAll.size;
  if (details) for (const k of gainedAll) totals.notes.push(`    ${id}: finding gained ${k}`);
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const files = loadRealCorpus().filter((f) => split(f) === 'tune' && f.tables.some((t) => t.kind === 'project'));
  const sheets: { id: string; init: GridInit; base: SheetResult }[] = [];
  for (const f of files) {
    const init = (await readWorkbook(new Uint8Array(readFileSync(join(REAL_XLSX, `${f.id}.xlsx`)))))[0];
    sheets.push({ id: f.id, init, base: checkSheet(init) });
  }
  console.log(`${sheets.length} tune files with a project table (made by us from real tables: consistency, not accuracy)`);
  console.log(`${'mutation'.padEnd(48)} sheets  tables lost   fields   lost  findings  lost gained`);
  const sum = { tablesLost: 0, fieldsLost: 0, findingsLost: 0, findingsGained: 0 };
  for (const [name, m] of Object.entries(MUTATIONS)) {
    if (only && !name.includes(only)) continue;
    const t: Totals = { sheets: 0, tables: 0, tablesLost: 0, fields: 0, fieldsLost: 0, findings: 0, findingsLost: 0, findingsGained: 0, notes: [] };
    for (const s of sheets) measure(s.id, s.init, s.base, m, t, details);
    sum.tablesLost += t.tablesLost;
    sum.fieldsLost += t.fieldsLost;
    sum.findingsLost += t.findingsLost;
    sum.findingsGained += t.findingsGained;
    const pad = (n: number, w: number) => String(n).padStart(w);
    console.log(`${name.padEnd(48)} ${pad(t.sheets, 6)} ${pad(t.tables, 7)} ${pad(t.tablesLost, 4)} ${pad(t.fields, 8)} ${pad(t.fieldsLost, 6)} ${pad(t.findings, 9)} ${pad(t.findingsLost, 5)} ${pad(t.findingsGained, 6)}`);
    for (const n of t.notes) console.log(n);
  }
  console.log(`total: tables lost ${sum.tablesLost}, fields lost ${sum.fieldsLost}, findings lost ${sum.findingsLost}, gained ${sum.findingsGained}`);
}

if (require.main === module) void main();
