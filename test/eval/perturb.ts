/**
 * Robustness on the real corpus's tune part: each table rewritten the way another unit's copy of
 * it might be (moved, a blank column inserted, merges undone, labels spelt another way, a title and
 * a footer added), and its findings compared with the original's, cell for cell (moved back).
 * This measures consistency, not accuracy: a finding kept is not a finding right. The holdout part
 * is never used here.
 *
 *   npx tsx test/eval/perturb.ts [--details]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { allFindings, checkSheet } from '../../src/core/engine';
import { Grid, type CellAddress, type CellValue, type GridInit, type Rect } from '../../src/core/engine/grid';
import { classifyLabel } from '../../src/core/engine/labels';
import { locateTables } from '../../src/core/engine/locate';
import { RULES } from '../../src/core/engine/rules';
import { parseIndicatorValue } from '../../src/core/engine/value';
import type { Finding } from '../../src/core/model';
import { readWorkbook } from '../../src/hosts/file/read';
import { loadRealCorpus, REAL_XLSX, split } from './real-corpus';

/** A rewritten sheet and how to map one of its cells back to the original's. */
export interface Perturbed {
  init: GridInit;
  /** undefined: the cell has no original (a finding there is new); null: the finding is not compared. */
  back: (row: number, col: number) => { row: number; col: number } | undefined | null;
  /** The original's findings the copy is expected to keep (default: all). */
  keeps?: (row: number, col: number) => boolean;
  /** Rules not compared (they judge what the copy took away). */
  skipRules?: ReadonlySet<string>;
}

export type Perturbation = (init: GridInit) => Perturbed;

export const identityBack = (row: number, col: number) => ({ row, col });

export function cloneValues(init: GridInit): CellValue[][] {
  return init.values.map((r) => [...r]);
}

/** The sheet moved down and right (the table does not start at A1). */
export const offset =
  (dr: number, dc: number): Perturbation =>
  (init) => ({
    init: {
      ...init,
      values: [...Array.from({ length: dr }, () => []), ...init.values.map((r) => [...new Array<CellValue>(dc).fill(null), ...r])],
      ...(init.text ? { text: [...Array.from({ length: dr }, () => []), ...init.text.map((r) => [...new Array<string | null>(dc).fill(null), ...r])] } : {}),
      ...(init.formats ? { formats: [...Array.from({ length: dr }, () => []), ...init.formats.map((r) => [...new Array<string | null>(dc).fill(null), ...r])] } : {}),
      merges: (init.merges ?? []).map((m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc })),
    },
    back: (row, col) => (row >= dr && col >= dc ? { row: row - dr, col: col - dc } : undefined),
  });

/** A blank column inserted before column `at` (a printed form's spacer column). */
export const blankColumn =
  (at: number): Perturbation =>
  (init) => {
    const insert = <T>(r: T[]): T[] => (r.length > at ? [...r.slice(0, at), null as T, ...r.slice(at)] : [...r]);
    const shift = (c: number) => (c >= at ? c + 1 : c);
    return {
      init: {
        ...init,
        values: init.values.map(insert),
        ...(init.text ? { text: init.text.map(insert) } : {}),
        ...(init.formats ? { formats: init.formats.map(insert) } : {}),
        // A merge across the insertion point covers the new column too.
        merges: (init.merges ?? []).map((m) => ({ ...m, left: shift(m.left), right: m.left < at && m.right >= at ? m.right + 1 : shift(m.right) })),
      },
      back: (row, col) => (col === at ? undefined : { row, col: col > at ? col - 1 : col }),
    };
  };

/** The first row holding a 一级 header label, where the data below it starts. */
export function headerRowOf(values: CellValue[][]): number {
  const i = values.findIndex((r) => r.some((v) => typeof v === 'string' && /^一级指标/.test(v.replace(/\s/g, ''))));
  return i < 0 ? values.length : i;
}

/**
 * Vertical merges below the header undone, the text repeated in every row (database-style exports
 * that repeat a project's columns and its 一级/二级 on each row instead of merging them).
 */
export const unmergeRepeat: Perturbation = (init) => {
  const values = cloneValues(init);
  const keep: Rect[] = [];
  const header = headerRowOf(values);
  for (const m of init.merges ?? []) {
    if (m.left !== m.right || m.top === m.bottom || m.top <= header) {
      keep.push(m);
      continue;
    }
    const v = values[m.top]?.[m.left] ?? null;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      while (values[r].length <= m.left) values[r].push(null);
      values[r][m.left] = v;
    }
  }
  return { init: { ...init, values, merges: keep, text: undefined }, back: identityBack };
};

/**
 * Every merge undone, the header's and the form's too, its text in every cell it covered (what a
 * conversion from PDF or a system's flat export gives: a two-row header with its level names in
 * both rows, the form's labels and amounts repeated across).
 */
export const unmergeAllRepeat: Perturbation = (init) => {
  const values = cloneValues(init);
  for (const m of init.merges ?? []) {
    const v = values[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      while (values.length <= r) values.push([]);
      while (values[r].length <= m.right) values[r].push(null);
      for (let c = m.left; c <= m.right; c++) values[r][c] = v;
    }
  }
  return { init: { ...init, values, merges: [], text: undefined }, back: identityBack };
};

/**
 * Every merge undone, its text left in its first cell and the others blank (a web page's table
 * copied without its colspan and rowspan, a system's export that writes no merges): a label and
 * its value may stand with blank columns between them.
 */
export const unmergeAllBlank: Perturbation = (init) => ({ init: { ...init, merges: [], text: undefined }, back: identityBack });

/** Vertical merges undone, the cells below left blank (what copying a merged range as values gives). */
export const unmergeBlank: Perturbation = (init) => ({
  init: { ...init, merges: (init.merges ?? []).filter((m) => m.left !== m.right || m.top === m.bottom) },
  back: identityBack,
});

/** Header labels as other systems spell them. */
const SYNONYMS: Record<string, string> = {
  一级指标: '一级指标名称',
  二级指标: '二级指标名称',
  三级指标: '三级指标名称',
  指标值: '年度指标值',
  项目名称: '项目支出名称',
  绩效目标: '年度绩效目标',
};

export const synonyms: Perturbation = (init) => {
  const values = cloneValues(init).map((r) => r.map((v) => (typeof v === 'string' && SYNONYMS[v.trim()] ? SYNONYMS[v.trim()] : v)));
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** Labels written with a colon and spaced out (`项 目 名 称：`), as typed forms have them. */
export const spacedLabels: Perturbation = (init) => {
  const values = cloneValues(init).map((r) =>
    r.map((v) => {
      if (typeof v !== 'string') return v;
      const t = v.trim();
      if (SYNONYMS[t] || /^(项目名称|预算数|财政资金|其他资金|绩效目标|年度目标|资金总额)$/.test(t)) return `${[...t].join(' ')}：`;
      return v;
    }),
  );
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** Header labels broken over two lines (`三级\n指标`), as narrow printed columns have them. */
export const brokenLabels: Perturbation = (init) => {
  const values = cloneValues(init).map((r) =>
    r.map((v) => (typeof v === 'string' && /^(一级|二级|三级)指标$/.test(v.trim()) ? v.trim().replace('指标', '\n指标') : v)),
  );
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** 一级/二级 names written without 指标 (`产出`, `数量`), as some local templates do. */
export const shortLevelNames: Perturbation = (init) => {
  const header = headerRowOf(init.values);
  const names = /^(产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$/;
  const values = cloneValues(init).map((r, i) => (i <= header ? r : r.map((v) => (typeof v === 'string' && names.test(v.trim()) ? v.trim().slice(0, -2) : v))));
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** A title line and a signature footer around the sheet. */
export const titleAndFooter: Perturbation = (init) => {
  const shifted = offset(2, 0)(init);
  const values = shifted.init.values;
  values[0] = ['附件3'];
  values.push([], ['单位负责人：', null, '填表人：', null, '联系电话：']);
  return { init: { ...shifted.init, values, ...(shifted.init.text ? { text: [...shifted.init.text, [], []] } : {}) }, back: shifted.back };
};

/** Where one indicator grid's header sits: its row and the columns of its levels and value. */
export interface GridHeader {
  row: number;
  level1: number;
  level3: number;
  /** The rightmost column the header row uses (merges included). */
  right: number;
}

const bare = (v: CellValue): string => (typeof v === 'string' ? v.replace(/\s/g, '') : '');

export function gridHeaders(init: GridInit): GridHeader[] {
  const out: GridHeader[] = [];
  init.values.forEach((r, row) => {
    const level1 = r.findIndex((v) => /^一级指标/.test(bare(v)));
    const level3 = r.findIndex((v) => /^三级指标/.test(bare(v)));
    if (level1 < 0 || level3 < 0) return;
    let right = r.reduce<number>((m, v, c) => (v !== null && v !== '' ? c : m), 0);
    for (const m of init.merges ?? []) if (m.top <= row && m.bottom >= row && m.left <= right && m.right > right) right = m.right;
    out.push({ row, level1, level3, right });
  });
  return out;
}

/** The rows of a grid: from below its header while the 三级 column holds text, to the first empty row. */
export function gridRows(init: GridInit, h: GridHeader): number[] {
  const rows: number[] = [];
  for (let r = h.row + 1; r < init.values.length; r++) {
    const cells = init.values[r] ?? [];
    if (!cells.some((v) => v !== null && v !== '')) break;
    if (/^一级指标/.test(bare(cells[h.level1] ?? null))) break;
    if (bare(cells[h.level3] ?? null)) rows.push(r);
  }
  return rows;
}

/**
 * A column added at the right end of each grid, with its header and one value per indicator row
 * (a 分值 or 备注 column that some systems print).
 */
export const extraColumn =
  (header: string, fill: (i: number, n: number) => CellValue): Perturbation =>
  (init) => {
    const headers = gridHeaders(init);
    if (headers.length === 0) return { init, back: identityBack };
    const at = Math.max(...headers.map((h) => h.right)) + 1;
    const values = cloneValues(init);
    const text = init.text?.map((r) => [...r]);
    const put = (row: number, v: CellValue) => {
      while (values[row].length <= at) values[row].push(null);
      values[row][at] = v;
      if (text) {
        while (text[row].length <= at) text[row].push(null);
        text[row][at] = v === null ? null : String(v);
      }
    };
    for (const h of headers) {
      put(h.row, header);
      const rows = gridRows(init, h);
      rows.forEach((r, i) => put(r, fill(i, rows.length)));
    }
    return { init: { ...init, values, ...(text ? { text } : {}) }, back: (row, col) => (col === at ? undefined : { row, col }) };
  };

/** Scores that add up to 100 over each grid's indicator rows. */
export const scores = (i: number, n: number): CellValue => Math.floor(100 / n) + (i === 0 ? 100 - n * Math.floor(100 / n) : 0);

/** The whole sheet twice, one copy below the other (several tables on one sheet). */
export const stackedTwice: Perturbation = (init) => {
  const n = init.values.length + 2;
  const pad = <T>(rows: T[][] | undefined): T[][] | undefined => (rows ? [...rows, ...Array.from({ length: n - rows.length }, () => [] as T[]), ...rows.map((r) => [...r])] : undefined);
  const text = pad(init.text);
  const formats = pad(init.formats);
  return {
    init: {
      ...init,
      values: pad(init.values) ?? [],
      ...(text ? { text } : {}),
      ...(formats ? { formats } : {}),
      merges: [...(init.merges ?? []), ...(init.merges ?? []).map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n }))],
    },
    // The first copy is the original sheet; the second must give the same findings, moved.
    back: (row, col) => (row >= n ? { row: row - n, col } : null),
  };
};

/**
 * A group row above each grid's header: 绩效指标 over the 一级…三级 columns, the other header cells
 * merged down over both rows (the two-row header of many printed forms).
 */
export const groupHeaderRow: Perturbation = (init) => {
  const headers = gridHeaders(init);
  const merges = init.merges ?? [];
  // A grid whose header already spans two rows keeps its shape.
  const usable = headers.filter((h) => !merges.some((m) => m.top <= h.row && m.bottom >= h.row && m.top !== m.bottom));
  if (usable.length === 0) return { init, back: identityBack };
  const inserted = usable.map((h) => h.row).sort((a, b) => a - b);
  const shift = (r: number) => r + inserted.filter((x) => x <= r).length;
  const values: CellValue[][] = [];
  const text: (string | null | undefined)[][] | undefined = init.text ? [] : undefined;
  const newMerges: Rect[] = [];
  init.values.forEach((r, row) => {
    const h = usable.find((x) => x.row === row);
    if (h) {
      const group: CellValue[] = [];
      const below: CellValue[] = [...r];
      for (let c = 0; c < r.length; c++) {
        if (c >= h.level1 && c <= h.level3) continue;
        group[c] = r[c];
        below[c] = null;
      }
      group[h.level1] = '绩效指标';
      values.push(group, below);
      text?.push(group.map((v) => (v === null || v === undefined ? null : String(v))), below.map((v) => (v === null || v === undefined ? null : String(v))));
      const top = shift(row) - 1;
      let level3Right = h.level3;
      for (const m of merges) if (m.top === row && m.bottom === row && m.left <= h.level3 && m.right > h.level3) level3Right = m.right;
      newMerges.push({ top, bottom: top, left: h.level1, right: level3Right });
      for (let c = 0; c < r.length; c++) {
        if (c >= h.level1 && c <= level3Right) continue;
        if (r[c] === null || r[c] === '') continue;
        const m = merges.find((x) => x.top === row && x.left === c);
        newMerges.push({ top, bottom: top + 1, left: c, right: m ? m.right : c });
      }
    } else {
      values.push([...r]);
      text?.push([...(init.text?.[row] ?? [])]);
    }
  });
  for (const m of merges) {
    const header = usable.find((h) => h.row === m.top && m.bottom === m.top);
    if (header && !(m.left >= header.level1 && m.right <= header.level3 + 1 && m.left <= header.level3)) {
      // Header cells outside the level columns were merged down above.
      if (m.left < header.level1 || m.left > header.level3) continue;
    }
    newMerges.push({ ...m, top: shift(m.top), bottom: shift(m.bottom) });
  }
  const groupRows = new Set(inserted.map((r) => shift(r) - 1));
  return {
    init: { ...init, values, ...(text ? { text } : {}), formats: undefined, merges: newMerges },
    back: (row, col) => {
      if (groupRows.has(row)) row += 1;
      const orig = row - inserted.filter((x) => shift(x) <= row).length;
      return { row: orig, col };
    },
  };
};

/** Labels as a second family of systems spell them. */
const SYNONYMS_2: Record<string, string> = {
  一级指标: '一级指标(年度)',
  二级指标: '二级指标(年度)',
  三级指标: '指标内容',
  指标值: '目标值(年度)',
  项目名称: '项目支出名称',
  财政资金: '财政拨款',
  '其中：财政资金': '其中：财政拨款',
};

export const synonyms2: Perturbation = (init) => {
  const values = cloneValues(init).map((r) => r.map((v) => (typeof v === 'string' && SYNONYMS_2[v.trim()] ? SYNONYMS_2[v.trim()] : v)));
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** Grid headers in words no label pattern holds (`绩效指标`, `预期目标`): read by their place. */
const SYNONYMS_3: Record<string, string> = {
  三级指标: '绩效指标',
  指标值: '预期目标',
};

export const unknownHeaderWords: Perturbation = (init) => {
  const isHeader = (r: CellValue[]) => r.some((v) => typeof v === 'string' && /^一级指标/.test(v.replace(/\s/g, '')));
  const values = cloneValues(init).map((r) => (!isHeader(r) ? r : r.map((v) => (typeof v === 'string' && SYNONYMS_3[v.trim()] ? SYNONYMS_3[v.trim()] : v))));
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/**
 * A split value's `指标性质 | 指标值 | 度量单位` header cells (in a 一级指标 row) made one `指标值`
 * merged over the three, as exports that print no sub-header have it: the columns are read by
 * what their cells hold.
 */
export const splitHeaderMerged: Perturbation = (init) => {
  const values = cloneValues(init);
  const text = init.text?.map((r) => [...r]);
  const merges = [...(init.merges ?? [])];
  const role = (v: CellValue) => (typeof v === 'string' ? classifyLabel(v)?.header : undefined);
  const merged = (row: number, col: number) => merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  values.forEach((r, row) => {
    if (!r.some((v) => typeof v === 'string' && /^一级指标/.test(v.replace(/\s/g, '')))) return;
    for (let c = 0; c + 2 < r.length; c++) {
      const first = role(r[c]);
      if (!(first === 'sign' || first === 'signOrDirection' || first === 'nature') || role(r[c + 1]) !== 'value' || role(r[c + 2]) !== 'unit') continue;
      if ([c, c + 1, c + 2].some((k) => merged(row, k))) continue;
      r[c] = '指标值';
      r[c + 1] = null;
      r[c + 2] = null;
      if (text) text[row].splice(c, 3, '指标值', null, null);
      merges.push({ top: row, bottom: row, left: c, right: c + 2 });
    }
  });
  return { init: { ...init, values, merges, ...(text ? { text } : {}) }, back: identityBack };
};

/** Rules whose findings sit on a grid's header row (whole-table findings): not compared when it goes. */
const STRUCTURE_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));

/**
 * Each grid's one-row header (一级指标 | 二级指标 | 三级指标 | 指标值) left out, as a Word table
 * that lost its first row: the rows are read by what they hold. Two-row headers, headers
 * merged into the rows around them and list exports' headers are kept. Whole-table (structure) findings, which sit on the
 * header row, are not compared.
 */
export const headerRowLost: Perturbation = (init) => {
  const merges = init.merges ?? [];
  const drop = new Set(
    gridHeaders(init)
      .filter((h) => !merges.some((m) => m.top !== m.bottom && m.top <= h.row + 1 && m.bottom >= h.row && (m.top === h.row || m.bottom === h.row)))
      .filter((h) => !(init.values[h.row + 1] ?? []).some((v) => typeof v === 'string' && classifyLabel(v)?.header !== undefined))
      // A list export's header names its project columns too: no list goes without it.
      .filter((h) => !(init.values[h.row] ?? []).some((v) => typeof v === 'string' && classifyLabel(v)?.field === 'projectName'))
      .map((h) => h.row),
  );
  if (drop.size === 0) return { init, back: identityBack };
  const kept = init.values.map((_, r) => r).filter((r) => !drop.has(r));
  const newRow = new Map(kept.map((r, i) => [r, i]));
  const values = kept.map((r) => [...(init.values[r] ?? [])]);
  const text = init.text ? kept.map((r) => [...(init.text?.[r] ?? [])]) : undefined;
  const moved = merges.filter((m) => !drop.has(m.top) && !drop.has(m.bottom)).map((m) => ({ ...m, top: newRow.get(m.top) as number, bottom: newRow.get(m.bottom) as number }));
  return {
    init: { ...init, values, merges: moved, ...(text ? { text } : {}) },
    back: (row, col) => ({ row: kept[row], col }),
    keeps: (row) => !drop.has(row),
    skipRules: STRUCTURE_RULES,
  };
};

/**
 * Each form table (L1/L2, one value per cell) rewritten as a budget system's list export: one row
 * per indicator, 项目名称 | 预算数 | 财政资金 | 其他资金 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, the
 * project's columns on its first row only. Findings on those cells must stay; the form's other
 * findings (its title, whole-table ones) are not compared.
 */
export const listExport: Perturbation = (init) => {
  const grid = new Grid(init);
  const tables = locateTables(grid).filter((t) => (t.kind ?? 'project') === 'project' && (t.layout === 'L1' || t.layout === 'L2') && t.indicators.length > 0 && t.indicators.every((i) => !i.sign && !i.unit && !i.nature && !i.direction));
  if (tables.length === 0) return { init, back: () => null, keeps: () => false };
  const origin = init.origin ?? { row: 0, col: 0 };
  // A field read from part of a cell (an amount inside a budget sentence) gets a column of its own.
  const text = (f: { at: CellAddress; text: string; inline?: true } | undefined): CellValue => (f ? (f.inline ? f.text : grid.rawValue(f.at.row, f.at.col)) : null);
  const values: CellValue[][] = [['项目名称', '预算数', '财政资金', '其他资金', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值']];
  const map = new Map<string, CellAddress>();
  const kept = new Set<string>();
  const put = (row: number, col: number, f: { at: CellAddress } | undefined) => {
    if (!f) return;
    map.set(`${row},${col}`, { row: f.at.row - origin.row, col: f.at.col - origin.col });
    kept.add(`${f.at.row - origin.row},${f.at.col - origin.col}`);
  };
  for (const t of tables) {
    // The annual targets: a list export has one row per indicator of the year.
    t.indicators.filter((ind) => ind.period !== 'longTerm').forEach((ind, i) => {
      const row = values.length;
      const first = i === 0;
      values.push([
        first ? text(t.projectName) : null,
        first ? text(t.budget.total) : null,
        first ? text(t.budget.fiscal) : null,
        first ? text(t.budget.other) : null,
        first ? text(t.goals) : null,
        grid.rawValue(ind.level1.at.row, ind.level1.at.col),
        grid.rawValue(ind.level2.at.row, ind.level2.at.col),
        grid.rawValue(ind.level3.at.row, ind.level3.at.col),
        grid.rawValue(ind.value.at.row, ind.value.at.col),
      ]);
      if (first) [t.projectName, t.budget.total, t.budget.fiscal, t.budget.other, t.goals].forEach((f, c) => put(row, c, f));
      [ind.level1, ind.level2, ind.level3, ind.value].forEach((f, k) => put(row, 5 + k, f));
    });
  }
  return {
    init: { name: init.name, values },
    back: (row, col) => map.get(`${row},${col}`) ?? null,
    keeps: (row, col) => kept.has(`${row},${col}`),
  };
};

/**
 * The same list export with the value split into a system's 指标性质 | 指标值 | 计量单位 columns
 * (`≥` | `95` | `%`); a qualitative value stays whole in the value column. The three cells map back
 * to the form's value cell. Differences by design: words in a sign column are normal there.
 */
export const splitListExport: Perturbation = (init) => {
  const list = listExport(init);
  const values = list.init.values;
  if (values.length < 2 || values[0][8] !== '指标值') return list;
  const out: CellValue[][] = [[...values[0].slice(0, 8), '指标性质', '指标值', '计量单位']];
  for (const r of values.slice(1)) {
    const v = r[8];
    const p = typeof v === 'string' ? parseIndicatorValue(v) : undefined;
    const split = p && p.kind === 'quantitative' && p.numberText !== undefined && p.problems.length === 0 && !p.suggestion;
    out.push([...r.slice(0, 8), split ? (p.signText ?? '') : null, split ? (p.numberText ?? null) : v, split ? (p.unitText ?? null) : null]);
  }
  return {
    init: { name: init.name, values: out },
    back: (row, col) => list.back(row, col >= 8 ? 8 : col),
    keeps: list.keeps,
  };
};

/** Rules about the 一级 column itself: a grid without one has nothing for them to say. */
export const LEVEL1_RULES = new Set(['structure/unknown-level1', 'structure/level2-mismatch', 'structure/missing-level1']);

/**
 * The 一级 column of each grid emptied, header included (a template with 二级 | 三级 | 指标值 only):
 * every other finding stays.
 */
export const noLevel1Column: Perturbation = (init) => {
  const headers = gridHeaders(init);
  if (headers.length === 0) return { init, back: identityBack };
  const values = cloneValues(init);
  const cols = new Set<number>();
  let merges = init.merges ?? [];
  for (const h of headers) {
    cols.add(h.level1);
    values[h.row][h.level1] = null;
    for (const r of gridRows(init, h)) if (values[r]) values[r][h.level1] = null;
    merges = merges.filter((m) => !(m.left === h.level1 && m.right === h.level1 && m.top > h.row));
  }
  const level1Rows = new Set(headers.flatMap((h) => [h.row, ...gridRows(init, h)]));
  return {
    init: { ...init, values, merges, text: undefined },
    back: (row, col) => (cols.has(col) && level1Rows.has(row) ? null : { row, col }),
    keeps: (row, col) => !(cols.has(col) && level1Rows.has(row)),
    skipRules: LEVEL1_RULES,
  };
};

/** The cells of the located project tables' budget fields and indicator values. */
export function fieldCells(init: GridInit): { budget: CellAddress[]; values: CellAddress[] } {
  const grid = new Grid(init);
  const origin = init.origin ?? { row: 0, col: 0 };
  const rel = (a: CellAddress) => ({ row: a.row - origin.row, col: a.col - origin.col });
  const budget: CellAddress[] = [];
  const values: CellAddress[] = [];
  for (const t of locateTables(grid)) {
    for (const f of [t.budget.total, t.budget.fiscal, t.budget.other]) if (f) budget.push(rel(f.at));
    for (const ind of t.indicators) values.push(rel(ind.value.at));
  }
  return { budget, values };
}

/** Amounts stored as numbers written as text instead (`26.5` → `'26.50`), as exports from other systems do. */
export const amountsAsText: Perturbation = (init) => {
  const values = cloneValues(init);
  for (const a of fieldCells(init).budget) {
    const v = values[a.row]?.[a.col];
    if (typeof v === 'number') values[a.row][a.col] = init.text?.[a.row]?.[a.col] ?? String(v);
  }
  return { init: { ...init, values }, back: identityBack };
};

/** Values typed with spaces around them and a line break after (what pasting from Word leaves). */
export const paddedValues: Perturbation = (init) => {
  const values = cloneValues(init);
  for (const a of fieldCells(init).values) {
    const v = values[a.row]?.[a.col];
    if (typeof v === 'string' && v.trim() !== '') values[a.row][a.col] = ` ${v} \n`;
  }
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** Rows put in at a page break: their values, and merges relative to the first of them. */
interface BreakLines {
  rows: CellValue[][];
  merges: Rect[];
}

/**
 * Rows inserted in the middle of each grid's indicator rows, as a PDF converted to Excel leaves
 * at a page break: the page number (`— 1 —`), or the header printed again on the new page. A merge
 * across the break is cut in two there, its lower part empty (the name shows on the first page only).
 */
const pageBreak =
  (lines: (init: GridInit, h: GridHeader, first: number) => BreakLines): Perturbation =>
  (init) => {
    const breaks: { at: number; lines: BreakLines }[] = [];
    for (const h of gridHeaders(init)) {
      const rows = gridRows(init, h);
      if (rows.length >= 4) breaks.push({ at: rows[Math.floor(rows.length / 2)], lines: lines(init, h, rows[0]) });
    }
    if (breaks.length === 0) return { init, back: identityBack };
    breaks.sort((a, b) => a.at - b.at);
    const added = (r: number) => breaks.filter((b) => b.at <= r).reduce((n, b) => n + b.lines.rows.length, 0);
    const shift = (r: number) => r + added(r);
    const values: CellValue[][] = [];
    const merges: Rect[] = [];
    init.values.forEach((r, row) => {
      const b = breaks.find((x) => x.at === row);
      if (b) {
        const top = values.length;
        for (const m of b.lines.merges) merges.push({ ...m, top: m.top + top, bottom: m.bottom + top });
        values.push(...b.lines.rows.map((x) => [...x]));
      }
      values.push([...r]);
    });
    for (const m of init.merges ?? []) {
      const cut = breaks.find((b) => m.top < b.at && m.bottom >= b.at);
      if (!cut) {
        merges.push({ ...m, top: shift(m.top), bottom: shift(m.bottom) });
        continue;
      }
      if (cut.at - 1 > m.top || m.left !== m.right) merges.push({ ...m, top: shift(m.top), bottom: shift(cut.at - 1) });
      const lower = { ...m, top: shift(cut.at), bottom: shift(m.bottom) };
      if (lower.bottom > lower.top || lower.right > lower.left) merges.push(lower);
    }
    const inserted = new Set<number>();
    for (const b of breaks) for (let k = 1; k <= b.lines.rows.length; k++) inserted.add(shift(b.at) - k);
    return {
      init: { name: init.name, values, merges },
      back: (row, col) => {
        if (inserted.has(row)) return undefined;
        let orig = row;
        while (shift(orig) > row) orig--;
        return { row: orig, col };
      },
    };
  };

const pageNumberLine = (_init: GridInit, h: GridHeader): BreakLines => {
  const cells = new Array<CellValue>(h.level3 + 1).fill(null);
  cells[h.level3] = '— 1 —';
  return { rows: [cells], merges: [] };
};

/** The header's rows (a sub-header row too) and their merges, as printed again on the next page. */
const headerAgain = (init: GridInit, h: GridHeader, first: number): BreakLines => {
  // The header's own rows: a list export's department total row under it is data, not printed again.
  let end = h.row + 1;
  while (end < first && !(init.values[end] ?? []).some((v) => typeof v === 'number')) end++;
  // A group row above it whose cells are merged down into it is part of the header.
  let top = h.row;
  for (const m of init.merges ?? []) if (m.top < h.row && m.bottom >= h.row && m.bottom < end) top = Math.min(top, m.top);
  const rows = init.values.slice(top, end).map((r) => [...r]);
  const merges = (init.merges ?? []).filter((m) => m.top >= top && m.bottom < end).map((m) => ({ ...m, top: m.top - top, bottom: m.bottom - top }));
  return { rows, merges };
};

/**
 * Every column made two, each cell merged across its pair (a form laid out in Word and pasted into
 * Excel, or drawn on a finer grid): the same table, twice as many columns.
 */
export const doubledColumns: Perturbation = (init) => {
  const values = init.values.map((r) => r.flatMap((v) => [v, null]));
  const merges: Rect[] = (init.merges ?? []).map((m) => ({ top: m.top, bottom: m.bottom, left: m.left * 2, right: m.right * 2 + 1 }));
  const merged = new Set<string>();
  for (const m of init.merges ?? []) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merged.add(`${r},${c}`);
  init.values.forEach((r, row) => r.forEach((v, col) => {
    if (v !== null && v !== '' && !merged.has(`${row},${col}`)) merges.push({ top: row, bottom: row, left: col * 2, right: col * 2 + 1 });
  }));
  return { init: { name: init.name, values, merges }, back: (row, col) => (col % 2 === 0 ? { row, col: col / 2 } : undefined) };
};

/**
 * No 一级 column: each 一级 written once as a heading row across the grid above its indicators
 * (`产出指标` merged over 二级…指标值), as some printed forms do.
 */
export const level1Headings: Perturbation = (init) => {
  const headers = gridHeaders(init);
  if (headers.length === 0) return { init, back: identityBack };
  const merges0 = init.merges ?? [];
  const anchorText = (row: number, col: number): string => {
    const m = merges0.find((x) => x.top <= row && x.bottom >= row && x.left <= col && x.right >= col);
    return bare((m ? init.values[m.top]?.[m.left] : init.values[row]?.[col]) ?? null);
  };
  // Where a heading goes: before each row whose 一级 differs from the row above's.
  const headings = new Map<number, { text: string; h: GridHeader }>();
  const level1Cells = new Set<string>();
  for (const h of headers) {
    let last = '';
    for (const r of gridRows(init, h)) {
      const t = anchorText(r, h.level1);
      level1Cells.add(`${r},${h.level1}`);
      if (t !== '' && t !== last) headings.set(r, { text: t, h });
      if (t !== '') last = t;
    }
    level1Cells.add(`${h.row},${h.level1}`);
  }
  const values: CellValue[][] = [];
  const origin: number[] = [];
  const merges: Rect[] = [];
  init.values.forEach((r, row) => {
    const hd = headings.get(row);
    if (hd) {
      const line = new Array<CellValue>(hd.h.right + 1).fill(null);
      line[hd.h.level1 + 1] = hd.text;
      merges.push({ top: values.length, bottom: values.length, left: hd.h.level1 + 1, right: hd.h.right });
      values.push(line);
      origin.push(-1);
    }
    values.push(r.map((v, col) => (level1Cells.has(`${row},${col}`) ? null : v)));
    origin.push(row);
  });
  const newRow = (r: number) => origin.indexOf(r);
  for (const m of merges0) {
    if (headers.some((h) => m.left === h.level1 && m.right === h.level1)) continue;
    merges.push({ ...m, top: newRow(m.top), bottom: newRow(m.bottom) });
  }
  return {
    init: { name: init.name, values, merges },
    back: (row, col) => {
      const o = origin[row];
      if (o === undefined || o < 0) return undefined;
      return level1Cells.has(`${o},${col}`) ? null : { row: o, col };
    },
    keeps: (row, col) => !level1Cells.has(`${row},${col}`),
    skipRules: LEVEL1_RULES,
  };
};

/**
 * The indicator grid two columns to the right of the block above it (a grid pasted in beside the
 * form's left edge): every row from the first grid header down moves right by two columns.
 */
export const gridShifted: Perturbation = (init) => {
  const headers = gridHeaders(init);
  if (headers.length === 0) return { init, back: identityBack };
  const from = Math.min(...headers.map((h) => h.row));
  // Merges reaching from above into the grid stay where they are: only rows wholly below move.
  const values = init.values.map((r, row) => (row >= from ? [null, null, ...r] : [...r]));
  const merges = (init.merges ?? []).map((m) => (m.top >= from ? { ...m, left: m.left + 2, right: m.right + 2 } : m.bottom >= from ? { ...m, bottom: from - 1 } : m));
  return {
    init: { name: init.name, values, merges: merges.filter((m) => m.bottom >= m.top) },
    back: (row, col) => (row >= from ? (col >= 2 ? { row, col: col - 2 } : undefined) : { row, col }),
  };
};

/** Two rewrites, one after the other (a copy made by two hands), findings mapped back through both. */
export const both =
  (first: Perturbation, second: Perturbation): Perturbation =>
  (init) => {
    const a = first(init);
    const b = second(a.init);
    return {
      init: b.init,
      back: (row, col) => {
        const mid = b.back(row, col);
        return mid ? a.back(mid.row, mid.col) : mid;
      },
      ...(a.keeps || b.keeps ? { keeps: (row: number, col: number) => (a.keeps?.(row, col) ?? true) && (b.keeps?.(row, col) ?? true) } : {}),
      ...(a.skipRules || b.skipRules ? { skipRules: new Set([...(a.skipRules ?? []), ...(b.skipRules ?? [])]) } : {}),
    };
  };

export const PERTURBATIONS: Record<string, Perturbation> = {
  'offset 3 rows, 2 columns': offset(3, 2),
  'blank column after A': blankColumn(1),
  'vertical merges repeated': unmergeRepeat,
  'vertical merges blank below': unmergeBlank,
  'every merge undone, its text in every cell': unmergeAllRepeat,
  'every merge undone, its text in its first cell': unmergeAllBlank,
  'every merge undone, its text in every cell, and a blank column after D': both(unmergeAllRepeat, blankColumn(4)),
  'every merge undone, its text in its first cell, and a blank column after A': both(unmergeAllBlank, blankColumn(1)),
  'vertical merges repeated, and the header again after a page break': both(unmergeRepeat, pageBreak(headerAgain)),
  'a split value under one 指标值, every merge undone, its text in every cell': both(splitHeaderMerged, unmergeAllRepeat),
  'a split value under one 指标值, every merge undone, its text in its first cell': both(splitHeaderMerged, unmergeAllBlank),
  'each 一级 a heading row, every merge undone, its text in every cell': both(level1Headings, unmergeAllRepeat),
  'blank column after D': blankColumn(4),
  'label synonyms': synonyms,
  'labels spaced, with a colon': spacedLabels,
  'title and footer': titleAndFooter,
  'header labels over two lines': brokenLabels,
  'level names without 指标': shortLevelNames,
  'a 分值 column adding up to 100': extraColumn('分值', scores),
  'a 备注 column': extraColumn('备注', (i) => (i % 3 === 0 ? '无' : null)),
  'the sheet twice, stacked': stackedTwice,
  'a 绩效指标 group row above the header': groupHeaderRow,
  'label synonyms, second set': synonyms2,
  'grid headers in unknown words (绩效指标, 预期目标)': unknownHeaderWords,
  'a split value under one merged 指标值': splitHeaderMerged,
  'the grid’s header row left out': headerRowLost,
  'a form as a list export': listExport,
  'a form as a list export, values split': splitListExport,
  'no 一级 column': noLevel1Column,
  'amounts as text': amountsAsText,
  'values padded with spaces and a line break': paddedValues,
  'a page number line between indicator rows': pageBreak(pageNumberLine),
  'the header again after a page break': pageBreak(headerAgain),
  'every column two, merged in pairs': doubledColumns,
  'each 一级 a heading row, no 一级 column': level1Headings,
  'the grid two columns right of the block above': gridShifted,
};

const key = (f: Finding, row: number, col: number) => `${f.rule}|${f.severity}|${row},${col}`;

export interface PerturbFigures {
  findings: number;
  /** Kept, counting those moved onto a cell with no original. */
  kept: number;
  moved: number;
  lost: string[];
  gained: string[];
}

/** Compares a sheet's errors and warnings with those of its perturbed copy. */
export function compare(init: GridInit, p: Perturbation): PerturbFigures {
  const changed = p(init);
  const all = allFindings(checkSheet(init)).filter((f) => f.severity !== 'info' && !changed.skipRules?.has(f.rule));
  const original = all.filter((f) => !changed.keeps || changed.keeps(f.row, f.col));
  // A whole-table finding the copy places on another cell (a list export's project row) is the same finding.
  const elsewhere = new Set(all.filter((f) => !original.includes(f)).map((f) => `${f.rule}|${f.severity}`));
  const after = allFindings(checkSheet(changed.init)).filter((f) => f.severity !== 'info' && !changed.skipRules?.has(f.rule));
  const want = new Set(original.map((f) => key(f, f.row, f.col)));
  const got = new Set<string>();
  for (const f of after) {
    const b = changed.back(f.row, f.col);
    if (b === null) continue;
    if (b && elsewhere.has(`${f.rule}|${f.severity}`) && !want.has(key(f, b.row, b.col))) continue;
    got.add(b ? key(f, b.row, b.col) : `${f.rule}|${f.severity}|new`);
  }
  const lost = [...want].filter((k) => !got.has(k));
  const gained = [...got].filter((k) => !want.has(k));
  // The same rule firing on a cell that has no original (the inserted blank column beside a label,
  // where the empty value now is): the finding moved with the sheet, it is not lost.
  let moved = 0;
  for (const g of gained.filter((k) => k.endsWith('|new'))) {
    const i = lost.findIndex((k) => k.startsWith(g.slice(0, -'new'.length)));
    if (i < 0) continue;
    lost.splice(i, 1);
    gained.splice(gained.indexOf(g), 1);
    moved++;
  }
  return { findings: want.size, kept: want.size - lost.length, moved, lost, gained };
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const files = loadRealCorpus().filter((f) => split(f) === 'tune');
  const inits = await Promise.all(files.map(async (f) => ({ id: f.id, init: (await readWorkbook(new Uint8Array(readFileSync(join(REAL_XLSX, `${f.id}.xlsx`)))))[0] })));
  console.log('perturbation                      findings   kept (moved)   lost  gained   (tune part; consistency, not accuracy)');
  for (const [name, p] of Object.entries(PERTURBATIONS)) {
    let findings = 0;
    let kept = 0;
    let moved = 0;
    let lost = 0;
    let gained = 0;
    const notes: string[] = [];
    for (const { id, init } of inits) {
      const r = compare(init, p);
      findings += r.findings;
      kept += r.kept;
      moved += r.moved;
      lost += r.lost.length;
      gained += r.gained.length;
      if (details && (r.lost.length || r.gained.length)) notes.push(`    ${id}: lost ${r.lost.join(' ')} gained ${r.gained.join(' ')}`);
    }
    console.log(`${name.padEnd(32)} ${String(findings).padStart(8)} ${String(kept).padStart(6)} ${`(${moved})`.padStart(7)} ${String(lost).padStart(6)} ${String(gained).padStart(7)}`);
    for (const n of notes) console.log(n);
  }
}

if (require.main === module) void main();
