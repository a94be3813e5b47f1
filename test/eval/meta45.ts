/**
 * The same real table in other clothes (issue #11): each tune sheet of the real corpus rewritten
 * the way other systems and clerks lay the same table out (moved, merges made or undone, labels
 * spelt another way, extra columns, a split header, amounts in 元, two copies on a sheet), written
 * to an .xlsx and read back through the file reader, then checked. Per rewrite: the sheets whose
 * project tables are all still located (as many as before, times the copies), the sheets whose
 * errors and warnings are all the same (moved with their cells), and each difference.
 *
 * The rewritten tables are ours (real content, our layouts): the figures measure consistency, not
 * accuracy. Only the tune part is used; the holdout part is never read here.
 *
 *   npx tsx test/eval/meta45.ts [--details]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Grid, type CellAddress, type CellValue, type GridInit, type Rect } from '../../src/core/engine/grid';
import { classifyLabel } from '../../src/core/engine/labels';
import { locateTables } from '../../src/core/engine/locate';
import { parseIndicatorValue } from '../../src/core/engine/value';
import { readWorkbook } from '../../src/hosts/file/read';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import {
  blankColumn,
  both,
  brokenLabels,
  cloneValues,
  compare,
  extraColumn,
  gridHeaders,
  gridRows,
  groupHeaderRow,
  identityBack,
  offset,
  scores,
  spacedLabels,
  stackedTwice,
  unmergeBlank,
  unmergeRepeat,
  type PerturbFigures,
  type Perturbation,
} from './perturb';
import { loadRealCorpus, REAL_XLSX, split } from './real-corpus';

const bare = (v: CellValue | undefined): string => (typeof v === 'string' ? v.replace(/\s/g, '') : '');
const width = (init: GridInit): number => Math.max(0, ...init.values.map((r) => r.length), ...(init.merges ?? []).map((m) => m.right + 1));

/** A label cell: one the label table reads as a field or a header (not a value, not a title). */
const isLabel = (v: CellValue): boolean => typeof v === 'string' && v.trim().length >= 2 && v.trim().length <= 16 && classifyLabel(v) !== undefined;

/** Rows inserted before the given rows (blank, or the given lines); a merge across an insertion point grows over the new rows. */
const insertRows =
  (where: (init: GridInit) => number[], n: number): Perturbation =>
  (init) => {
    const at = [...new Set(where(init))].sort((a, b) => a - b);
    if (at.length === 0) return { init, back: identityBack };
    const shift = (r: number) => r + n * at.filter((x) => x <= r).length;
    const values: CellValue[][] = [];
    const inserted = new Set<number>();
    init.values.forEach((r, row) => {
      if (at.includes(row)) for (let k = 0; k < n; k++) inserted.add(values.push([]) - 1);
      values.push([...r]);
    });
    const merges = (init.merges ?? []).map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) }));
    const origin: number[] = [];
    values.forEach((_, i) => origin.push(inserted.has(i) ? -1 : i - n * at.filter((x) => shift(x) <= i).length));
    return { init: { name: init.name, values, merges }, back: (row, col) => (origin[row] === undefined || origin[row] < 0 ? undefined : { row: origin[row], col }) };
  };

/** Two blank rows between the head (name, amounts, goals) and each indicator grid's header. */
export const blankRowsBeforeGrid: Perturbation = insertRows(
  (init) =>
    gridHeaders(init)
      .map((h) => h.row)
      // A header whose row a merge reaches into from above (a two-row header) is not cut in two.
      .filter((row) => !(init.merges ?? []).some((m) => m.top < row && m.bottom >= row)),
  2,
);

/** Lines appended below the sheet, in column A (a 填报说明 or a note), after one blank row. */
const linesBelow =
  (lines: string[]): Perturbation =>
  (init) => ({ init: { ...init, values: [...cloneValues(init), [], ...lines.map((l) => [l])], text: undefined, formats: undefined }, back: identityBack });

/** The 填报说明 printed under many provinces' forms (wording after 财政部 财预〔2020〕10号's 附件 notes). */
export const fillingNotes = linesBelow([
  '填报说明：',
  '1．绩效指标应当细化、量化，可量化的指标原则上用数值表述；',
  '2．指标值应写明指标方向（≥、≤、＝）和计量单位，定性指标写明达到的程度；',
  '3．本表金额单位为万元。',
]);

/** A small unrelated block two columns to the right of the table (a record of the filing). */
export const blockBeside: Perturbation = (init) => {
  const at = width(init) + 2;
  const values = cloneValues(init);
  const block: CellValue[][] = [['报送记录', null], ['报送日期', '3月10日'], ['经办人', '李某'], ['联系电话', '023-12345678']];
  block.forEach((b, i) => {
    while (values.length <= i) values.push([]);
    while (values[i].length < at) values[i].push(null);
    values[i].push(...b);
  });
  return { init: { ...init, values, text: undefined, formats: undefined }, back: (row, col) => (col >= at ? undefined : { row, col }) };
};

/** The 一级 and 二级 columns of each grid (the header's first two level columns). */
function levelColumns(init: GridInit): { rows: number[]; cols: number[] }[] {
  return gridHeaders(init).map((h) => ({ rows: gridRows(init, h), cols: [h.level1, h.level1 + 1].filter((c) => c < h.level3) }));
}

/** Runs of one 一级/二级 name written on every row merged into one cell (the reverse of unmergeRepeat). */
export const mergeRuns: Perturbation = (init) => {
  const values = cloneValues(init);
  const merges = [...(init.merges ?? [])];
  const covered = (row: number, col: number) => merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  for (const g of levelColumns(init)) {
    for (const c of g.cols) {
      let i = 0;
      while (i < g.rows.length) {
        let j = i;
        const t = bare(values[g.rows[i]]?.[c]);
        while (j + 1 < g.rows.length && g.rows[j + 1] === g.rows[j] + 1 && t !== '' && bare(values[g.rows[j + 1]]?.[c]) === t) j++;
        const top = g.rows[i];
        const bottom = g.rows[j];
        if (j > i && ![...Array(bottom - top + 1).keys()].some((k) => covered(top + k, c))) {
          merges.push({ top, bottom, left: c, right: c });
          for (let r = top + 1; r <= bottom; r++) values[r][c] = null;
        }
        i = j + 1;
      }
    }
  }
  return { init: { ...init, values, merges, text: undefined, formats: undefined }, back: identityBack };
};

/** A 一级/二级 name equal to the row above's left blank (written on the first row of its group only, no merges). */
export const blankRepeats: Perturbation = (init) => {
  const values = cloneValues(init);
  const same = (r: number, c: number) => bare(init.values[r]?.[c]) === bare(init.values[r - 1]?.[c]);
  for (const g of levelColumns(init)) {
    for (const c of g.cols) {
      for (let k = g.rows.length - 1; k > 0; k--) {
        const r = g.rows[k];
        // Within its group only: every cell to its left (the project, the 一级) is the row above's too.
        const sameParent = [...Array(c).keys()].every((left) => same(r, left));
        if (g.rows[k - 1] === r - 1 && bare(init.values[r]?.[c]) !== '' && same(r, c) && sameParent) values[r][c] = null;
      }
    }
  }
  return { init: { ...init, values, text: undefined, formats: undefined }, back: identityBack };
};

/** Labels replaced by the spellings of another family of forms. */
const relabel =
  (words: [RegExp, string][], cells: 'labels' | 'header' = 'labels'): Perturbation =>
  (init) => {
    const headerRows = new Set(gridHeaders(init).map((h) => h.row));
    const values = cloneValues(init).map((r, row) =>
      r.map((v) => {
        if (typeof v !== 'string' || !isLabel(v) || (cells === 'header' && !headerRows.has(row))) return v;
        const t = v.trim();
        for (const [re, to] of words) if (re.test(t)) return t.replace(re, to);
        return v;
      }),
    );
    return { init: { ...init, values, text: undefined }, back: identityBack };
  };

/** 指标名称 for 三级指标, 资金总额 for 预算数, 指标值（年度） (a 部门 system's export spelling; see labels.ts). */
export const synonyms3 = relabel([
  [/^三级指标$/, '指标名称'],
  [/^(年度)?预算数/, '资金总额'],
  [/^指标值$/, '年度指标值'],
  [/^项目名称$/, '项目支出名称'],
]);

/** Full-width brackets and colons in labels made half-width (`预算数(万元)`, `单位:万元`). */
export const halfWidthLabels: Perturbation = (init) => {
  const values = cloneValues(init).map((r) => r.map((v) => (typeof v === 'string' && (isLabel(v) || /^单位[：:]/.test(v.trim())) ? v.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':') : v)));
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** Half-width brackets and colons in labels made full-width. */
export const fullWidthLabels: Perturbation = (init) => {
  const values = cloneValues(init).map((r) => r.map((v) => (typeof v === 'string' && (isLabel(v) || /^单位[：:]/.test(v.trim())) ? v.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：') : v)));
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** A line break in the middle of every label of four characters or more (a narrow printed column). */
export const breakInLabels: Perturbation = (init) => {
  const values = cloneValues(init).map((r) =>
    r.map((v) => {
      if (typeof v !== 'string' || !isLabel(v)) return v;
      const t = v.trim();
      if (t.length < 4) return v;
      const half = Math.floor(t.length / 2);
      return `${t.slice(0, half)}\n${t.slice(half)}`;
    }),
  );
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/** A column at the right end of each grid whose cell is made from the indicator row (指标性质 from its value). */
const rowColumn =
  (header: string, fill: (cells: CellValue[], h: ReturnType<typeof gridHeaders>[number], row: number) => CellValue): Perturbation =>
  (init) => {
    const headers = gridHeaders(init);
    if (headers.length === 0) return { init, back: identityBack };
    const at = Math.max(...headers.map((h) => h.right)) + 1;
    const values = cloneValues(init);
    const put = (row: number, v: CellValue) => {
      while (values[row].length <= at) values[row].push(null);
      values[row][at] = v;
    };
    for (const h of headers) {
      put(h.row, header);
      for (const r of gridRows(init, h)) put(r, fill(init.values[r] ?? [], h, r));
    }
    return { init: { ...init, values, text: undefined, formats: undefined }, back: (row, col) => (col === at ? undefined : { row, col }) };
  };

/** 定量 where the row's last filled cell holds a digit, else 定性 (what a 指标性质 column says). */
export const natureColumn: Perturbation = (init) => {
  const kinds = new Map<number, string>();
  for (const t of locateTables(new Grid(init))) {
    for (const ind of t.indicators) {
      const k = parseIndicatorValue(ind.value.text).kind;
      if (k === 'quantitative' || k === 'qualitative') kinds.set(ind.value.at.row - (init.origin?.row ?? 0), k === 'quantitative' ? '定量' : '定性');
    }
  }
  return rowColumn('指标性质', (_r, _h, row) => kinds.get(row) ?? null)(init);
};

export const scoringColumn = rowColumn('评（扣）分标准', () => '完成目标得满分，未完成按完成比例扣分');

/**
 * 一级 names with their share of the score (`产出指标（50分）`), as scoring forms print them: the
 * share is what the 权重 column (scores()) gives the 一级's rows, so the two agree and add up to 100.
 */
export const level1Scores: Perturbation = (init) => {
  const values = cloneValues(init);
  const merges = init.merges ?? [];
  const anchor = (row: number, col: number) => merges.find((m) => m.top <= row && m.bottom >= row && m.left === col && m.right === col)?.top ?? row;
  for (const h of gridHeaders(init)) {
    const rows = gridRows(init, h);
    // A grid that has its own 权重 column: the 一级's share is what its rows have there.
    const own = (init.values[h.row] ?? []).findIndex((v) => typeof v === 'string' && classifyLabel(v)?.header === 'weight');
    const weight = (r: number, i: number): number => {
      const v = own >= 0 ? init.values[r]?.[own] : scores(i, rows.length);
      return typeof v === 'number' ? v : Number(bare(v ?? null)) || 0;
    };
    // The 一级's groups: a row whose name is blank (or merged from above) or the same as the row above's goes with it.
    const groups: { name: string; rows: number[]; share: number }[] = [];
    rows.forEach((r, i) => {
      const t = bare(init.values[anchor(r, h.level1)]?.[h.level1]);
      const g = groups[groups.length - 1];
      // Rows between (template rows left unused) that name no other 一级 keep the group open.
      const between = (from: number) => [...Array(Math.max(0, r - from - 1)).keys()].every((k) => [g.name, ''].includes(bare(init.values[anchor(from + 1 + k, h.level1)]?.[h.level1])));
      if (g && (t === '' || (t === g.name && between(g.rows[g.rows.length - 1])))) {
        g.rows.push(r);
        g.share += weight(r, i);
      } else groups.push({ name: t, rows: [r], share: weight(r, i) });
    });
    for (const g of groups) {
      if (!/^(产出|效益|满意度|成本)指标$/.test(g.name)) continue;
      for (const r of g.rows) if (anchor(r, h.level1) === r && bare(values[r]?.[h.level1]) === g.name) values[r][h.level1] = `${g.name}（${g.share}分）`;
    }
  }
  return { init: { ...init, values, text: undefined }, back: identityBack };
};

/**
 * A 中长期 group beside the year's: the grid's 指标值 header made 年度指标值 and an empty
 * 中长期指标值 column added (the long-term group left empty, as 年度 forms often have it).
 */
export const emptyLongTermColumn: Perturbation = (init) => {
  const headers = gridHeaders(init);
  const values = cloneValues(init);
  for (const h of headers) {
    const row = values[h.row];
    row.forEach((v, c) => {
      if (typeof v === 'string' && bare(v) === '指标值') row[c] = '年度指标值';
    });
  }
  return rowColumn('中长期指标值', () => null)({ ...init, values, text: undefined });
};

/**
 * Amounts in 元 instead of 万元: every amount the locator reads multiplied by 10,000 and every
 * `万元` in a label or a unit line made `元`. A sheet that says no unit (the unit inferred) is left
 * as it is: the rewrite would change what it means.
 */
export const amountsInYuan: Perturbation = (init) => {
  const values = cloneValues(init);
  const saysUnit = values.some((r) => r.some((v) => typeof v === 'string' && /万元/.test(v) && v.length <= 20));
  // An amount read from inside a sentence (`资金总额: 250\n一、预算资金:250`) is not rewritten either.
  const inline = locateTables(new Grid(init)).some((t) => [t.budget.total, t.budget.fiscal, t.budget.other, ...(t.budget.parts ?? [])].some((f) => f?.inline));
  if (!saysUnit || inline) return { init, back: identityBack };
  for (const a of amountCells(init)) {
    const v = values[a.row]?.[a.col];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
    if (n !== undefined) values[a.row][a.col] = Math.round(n * 10000 * 100) / 100;
  }
  // Labels and unit lines only: an indicator's `≤50万元` is a value, not the table's unit.
  const out = values.map((r) => r.map((v) => (typeof v === 'string' && (isLabel(v) || /^(金额)?单位[：:]/.test(v.trim())) && /万元/.test(v) ? v.replace(/万元/g, '元') : v)));
  return { init: { ...init, values: out, text: undefined, formats: undefined }, back: identityBack };
};

/** Every amount the locator reads: the total, its parts, the long-term total. */
function amountCells(init: GridInit): CellAddress[] {
  const origin = init.origin ?? { row: 0, col: 0 };
  const out: CellAddress[] = [];
  for (const t of locateTables(new Grid(init))) {
    const b = t.budget;
    for (const f of [b.total, b.fiscal, b.other, b.longTermTotal, b.carryOver, ...(b.parts ?? [])]) if (f && !f.inline) out.push({ row: f.at.row - origin.row, col: f.at.col - origin.col });
  }
  return out;
}

/** Amounts written as text (`'65.00`) stored as numbers. */
export const amountsAsNumbers: Perturbation = (init) => {
  const values = cloneValues(init);
  for (const a of amountCells(init)) {
    const v = values[a.row]?.[a.col];
    if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) values[a.row][a.col] = Number(v);
  }
  return { init: { ...init, values, text: undefined, formats: undefined }, back: identityBack };
};

/**
 * Each value split over 指标方向 | 指标值 | 计量单位 columns (`≥95%` → `≥ | 95 | %`), as the budget
 * systems' list exports write it (内蒙古 2025's 指标方向 | 目标值 | 计量单位): a value that does not
 * read cleanly (a qualitative one, a problem the parser saw) stays whole in the 指标值 column.
 * Only sheets whose project tables are one-value-per-cell forms sharing one value column.
 */
export const valueSplit: Perturbation = (init) => {
  const origin = init.origin ?? { row: 0, col: 0 };
  const tables = locateTables(new Grid(init)).filter((t) => (t.kind ?? 'project') === 'project' && t.indicators.length > 0);
  const cols = new Set(tables.map((t) => t.header?.columns.value));
  const split = tables.every((t) => t.header && t.header.columns.sign === undefined && t.header.columns.unit === undefined && t.header.columns.nature === undefined && t.header.columns.direction === undefined);
  const v0 = [...cols][0];
  if (tables.length === 0 || cols.size !== 1 || v0 === undefined || !split) return { init, back: identityBack };
  const v = v0 - origin.col;
  // A column before the value and one after it; merges across either point grow over it.
  const moved = both(blankColumn(v), blankColumn(v + 2))({ ...init, text: undefined, formats: undefined });
  const values = moved.init.values;
  const merges = moved.init.merges ?? [];
  const mergedAt = (row: number, col: number) => merges.some((m) => m.top <= row && m.bottom >= row && m.left <= col && m.right >= col && (m.top !== m.bottom || m.left !== m.right));
  const put = (row: number, col: number, x: CellValue) => {
    while (values[row].length <= col) values[row].push(null);
    values[row][col] = x;
  };
  for (const t of tables) {
    const hr = (t.header?.row ?? 0) - origin.row;
    if (!mergedAt(hr, v) && !mergedAt(hr, v + 2)) {
      put(hr, v, '指标方向');
      put(hr, v + 2, '计量单位');
    }
    for (const ind of t.indicators) {
      const r = ind.value.at.row - origin.row;
      if (ind.value.at.col - origin.col !== v || mergedAt(r, v + 1) || mergedAt(r, v) || mergedAt(r, v + 2)) continue;
      const text = ind.value.text.trim();
      const p = parseIndicatorValue(text);
      if (p.kind !== 'quantitative' || p.problems.length > 0 || p.numberText === undefined) continue;
      if (`${p.signText ?? ''}${p.numberText}${p.unitText ?? ''}` !== text) continue;
      put(r, v, p.signText ?? null);
      put(r, v + 1, p.numberText);
      put(r, v + 2, p.unitText ?? null);
    }
  }
  return {
    init: { name: init.name, values, merges },
    // The sign and unit cells are the value's: a finding there is the value's finding.
    back: (row, col) => (col === v || col === v + 2 ? moved.back(row, v + 1) : moved.back(row, col)),
  };
};

/** Amounts stored as numbers shown with a thousands separator and two decimals (`#,##0.00`), as finance staff format them. */
export const amountsFormatted: Perturbation = (init) => {
  const values = cloneValues(init);
  const formats: (string | null | undefined)[][] = values.map((r, i) => [...(init.formats?.[i] ?? new Array<string | null>(r.length).fill(null))]);
  for (const a of amountCells(init)) {
    const v = values[a.row]?.[a.col];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
    if (n === undefined) continue;
    values[a.row][a.col] = n;
    formats[a.row][a.col] = '#,##0.00';
  }
  return { init: { ...init, values, formats, text: undefined }, back: identityBack };
};

/**
 * Values that are a bare number or percentage stored as numbers (`100%` as 1 shown `0%`, `30` as
 * 30), as a clerk typing into Excel gets them; a percentage with decimals keeps them in its format.
 */
export const valuesAsNumbers: Perturbation = (init) => {
  const origin = init.origin ?? { row: 0, col: 0 };
  const values = cloneValues(init);
  const formats: (string | null | undefined)[][] = values.map((r, i) => [...(init.formats?.[i] ?? new Array<string | null>(r.length).fill(null))]);
  for (const t of locateTables(new Grid(init))) {
    for (const ind of t.indicators) {
      const r = ind.value.at.row - origin.row;
      const c = ind.value.at.col - origin.col;
      const v = values[r]?.[c];
      if (typeof v !== 'string' || v !== ind.value.text) continue;
      const m = /^(\d{1,6})(?:\.(\d{1,2}))?(%?)$/.exec(v.trim());
      if (!m) continue;
      const n = Number(`${m[1]}${m[2] ? `.${m[2]}` : ''}`);
      const decimals = m[2] ? `.${'0'.repeat(m[2].length)}` : '';
      values[r][c] = m[3] ? Math.round(n * 10 ** (4 + (m[2]?.length ?? 0))) / 10 ** (6 + (m[2]?.length ?? 0)) : n;
      formats[r][c] = m[3] ? `0${decimals}%` : `0${decimals}`;
    }
  }
  return { init: { ...init, values, formats, text: undefined }, back: identityBack };
};

/**
 * The head's labels written with their values in one cell (`项目名称：某某项目`), the value's cell
 * left blank, as a form typed in Word has them: only a label whose value stands in the next cell
 * to its right, on one row, neither merged over more rows.
 */
export const headInline: Perturbation = (init) => {
  const values = cloneValues(init);
  const merges = init.merges ?? [];
  const mergeAt = (row: number, col: number) => merges.find((m) => m.top <= row && m.bottom >= row && m.left <= col && m.right >= col);
  const firstGrid = Math.min(init.values.length, ...gridHeaders(init).map((h) => h.row));
  for (let r = 0; r < firstGrid; r++) {
    const row = values[r];
    for (let c = 0; c + 1 < row.length; c++) {
      const label = row[c];
      if (typeof label !== 'string' || !/^(项目名称|主管部门|实施单位|项目负责人|联系电话)$/.test(bare(label))) continue;
      const lm = mergeAt(r, c);
      const next = lm ? lm.right + 1 : c + 1;
      const vm = mergeAt(r, next);
      if ((lm && lm.top !== lm.bottom) || (vm && vm.top !== vm.bottom) || (vm && vm.left !== next)) continue;
      const value = row[next];
      if (typeof value !== 'string' || value.trim() === '') continue;
      row[c] = `${label.trim()}：${value.trim()}`;
      row[next] = null;
    }
  }
  return { init: { ...init, values, text: undefined, formats: undefined }, back: identityBack };
};

/** A 序号 column left of each grid's 一级 (`1`, `2` … on the indicator rows), as many systems number them. */
export const serialColumn: Perturbation = (init) => {
  const headers = gridHeaders(init);
  if (headers.length === 0 || new Set(headers.map((h) => h.level1)).size !== 1) return { init, back: identityBack };
  const at = headers[0].level1;
  const moved = blankColumn(at)({ ...init, text: undefined, formats: undefined });
  const values = moved.init.values;
  for (const h of headers) {
    values[h.row][at] = '序号';
    gridRows(init, h).forEach((r, i) => {
      values[r][at] = String(i + 1);
    });
  }
  return { init: { ...moved.init, values }, back: moved.back };
};

/**
 * A 年度/中长期 column group over the value, its long-term column left empty (the two-row header of
 * the 2021 template's 年度 forms): a row above each grid's header with `指标值` merged over `年度 |
 * 中长期`, every other header cell merged down over both rows. Only sheets whose grids share one
 * value column and have a one-row header no merge reaches into.
 */
export const longTermGroup: Perturbation = (init) => {
  const origin = init.origin ?? { row: 0, col: 0 };
  const merges0 = init.merges ?? [];
  const tables = locateTables(new Grid(init)).filter((t) => (t.kind ?? 'project') === 'project' && t.header && t.indicators.length > 0);
  const vs = new Set(tables.map((t) => (t.header?.columns.value ?? -1) - origin.col));
  const rows = tables.map((t) => (t.header?.row ?? 0) - origin.row);
  const v = [...vs][0];
  const plain = (row: number) => !merges0.some((m) => m.top <= row && m.bottom >= row && m.top !== m.bottom);
  if (tables.length === 0 || vs.size !== 1 || v < 0 || !rows.every(plain) || tables.some((t) => t.layout !== 'L1' && t.layout !== 'L2')) return { init, back: identityBack };
  const wide = blankColumn(v + 1)({ ...init, text: undefined, formats: undefined });
  const inserted = [...new Set(rows)].sort((a, b) => a - b);
  const shift = (r: number) => r + inserted.filter((x) => x <= r).length;
  const values: CellValue[][] = [];
  const merges: Rect[] = [];
  // Each new row's row in the widened sheet: the header's two rows both the header's.
  const origins: number[] = [];
  wide.init.values.forEach((r, row) => {
    if (!inserted.includes(row)) {
      values.push([...r]);
      origins.push(row);
      return;
    }
    origins.push(row, row);
    const top = values.length;
    const group = r.map((x) => x);
    const below = r.map(() => null as CellValue);
    group[v] = '指标值';
    group[v + 1] = null;
    below[v] = '年度';
    below[v + 1] = '中长期';
    values.push(group, below);
    merges.push({ top, bottom: top, left: v, right: v + 1 });
    group.forEach((x, c) => {
      if (c === v || c === v + 1 || x === null || x === '') return;
      const m = (wide.init.merges ?? []).find((k) => k.top === row && k.left === c);
      merges.push({ top, bottom: top + 1, left: c, right: m ? m.right : c });
    });
  });
  for (const m of wide.init.merges ?? []) {
    if (inserted.includes(m.top) && m.top === m.bottom) continue;
    merges.push({ ...m, top: shift(m.top) - (inserted.includes(m.top) ? 1 : 0), bottom: shift(m.bottom) });
  }
  return {
    init: { name: init.name, values, merges },
    // The header's second row is the header's: its findings are the header row's.
    back: (row, col) => wide.back(origins[row] ?? row, col),
  };
};

/** The whole sheet twice, side by side, two blank columns between them. */
export const sideBySide: Perturbation = (init) => {
  const n = width(init) + 2;
  const values = init.values.map((r) => [...r, ...new Array<CellValue>(n - r.length).fill(null), ...r]);
  const merges: Rect[] = [...(init.merges ?? []), ...(init.merges ?? []).map((m) => ({ ...m, left: m.left + n, right: m.right + n }))];
  return { init: { name: init.name, values, merges }, back: (row, col) => (col >= n ? null : { row, col }) };
};

/** Rewrites applied after one another: findings mapped back through each. */
const chain = (...ps: Perturbation[]): Perturbation => ps.reduce((a, b) => both(a, b));

export interface Transformation {
  p: Perturbation;
  /** How many copies of each table the rewrite puts on the sheet. */
  copies?: number;
}

export const TRANSFORMATIONS: Record<string, Transformation> = {
  'moved to F12': { p: offset(11, 5) },
  'two blank rows between the head and the grid': { p: blankRowsBeforeGrid },
  '填报说明 rows below': { p: fillingNotes },
  'an unrelated block beside': { p: blockBeside },
  'levels repeated on every row': { p: unmergeRepeat },
  'levels repeated, then their runs merged': { p: both(unmergeRepeat, mergeRuns) },
  'levels on the first row of their group only': { p: both(unmergeRepeat, blankRepeats) },
  'vertical merges undone, blank below': { p: unmergeBlank },
  'labels: 指标名称, 资金总额, 年度指标值, 项目支出名称': { p: synonyms3 },
  'labels: half-width brackets and colons': { p: halfWidthLabels },
  'labels: full-width brackets and colons': { p: fullWidthLabels },
  'labels: spaced, with a colon': { p: spacedLabels },
  'labels: a line break inside': { p: breakInLabels },
  'header labels over two lines': { p: brokenLabels },
  'a 权重 column': { p: extraColumn('权重', scores) },
  'a 指标性质 column': { p: natureColumn },
  'a 评（扣）分标准 column': { p: scoringColumn },
  '一级 with its score (产出指标（50分）)': { p: level1Scores },
  'the header over two rows': { p: groupHeaderRow },
  'an empty 中长期 column': { p: emptyLongTermColumn },
  'a 年度/中长期 group over the value, 中长期 empty': { p: longTermGroup },
  'amounts in 元': { p: amountsInYuan },
  'amounts as numbers': { p: amountsAsNumbers },
  'amounts as numbers shown #,##0.00': { p: amountsFormatted },
  'values split: 指标方向 | 指标值 | 计量单位': { p: valueSplit },
  'bare values as numbers (100% as 1 shown 0%)': { p: valuesAsNumbers },
  'head labels inline (项目名称：…)': { p: headInline },
  'a 序号 column left of the grid': { p: serialColumn },
  'two copies stacked': { p: stackedTwice, copies: 2 },
  'two copies side by side': { p: sideBySide, copies: 2 },
  'together: moved, blank rows, notes, first-row levels, half-width labels, 权重, scored 一级': {
    p: chain(offset(4, 1), blankRowsBeforeGrid, fillingNotes, unmergeRepeat, blankRepeats, halfWidthLabels, extraColumn('权重', scores), level1Scores),
  },
  'together: synonyms, line breaks, 指标性质, an empty 中长期 column, side by side': { p: chain(synonyms3, breakInLabels, natureColumn, emptyLongTermColumn, sideBySide), copies: 2 },
};

/** The sheet written to an .xlsx (values, formats, merges) and read back by the file reader. */
export async function viaFile(init: GridInit): Promise<GridInit> {
  const wb = buildWorkbook({ sheets: [{ name: init.name || 'Sheet1', values: init.values, formats: init.formats, merges: init.merges }], creator: 'meta45' });
  const [back] = await readWorkbook(await workbookBytes(wb));
  return back;
}

/** Project tables the locator finds with at least one indicator, and their indicators. */
export function located(init: GridInit): { tables: number; indicators: number } {
  const ts = locateTables(new Grid(init)).filter((t) => (t.kind ?? 'project') === 'project' && t.indicators.length > 0);
  return { tables: ts.length, indicators: ts.reduce((n, t) => n + t.indicators.length, 0) };
}

export interface SheetOutcome {
  id: string;
  /** Whether the rewrite changed the sheet at all (one that it leaves alone proves nothing). */
  changed: boolean;
  located: boolean;
  equal: boolean;
  figures: PerturbFigures;
  note: string;
}

/** One sheet under one transformation, read back through the file. */
export async function runOne(id: string, init: GridInit, t: Transformation): Promise<SheetOutcome> {
  const changed = t.p(init);
  const copy = await viaFile(changed.init);
  const fixed: Perturbation = () => ({ ...changed, init: copy });
  const figures = compare(init, fixed);
  const before = located(init);
  const after = located(copy);
  const copies = t.copies ?? 1;
  const isLocated = after.tables === before.tables * copies && after.indicators === before.indicators * copies;
  const equal = figures.lost.length === 0 && figures.gained.length === 0;
  const note = isLocated ? '' : `tables ${before.tables}→${after.tables}, indicators ${before.indicators}→${after.indicators}`;
  // Cells and merges; formats only where the rewrite sets them (most drop them with the text they made).
  const changedSheet =
    JSON.stringify([changed.init.values, changed.init.merges ?? []]) !== JSON.stringify([init.values, init.merges ?? []]) || (changed.init.formats !== undefined && JSON.stringify(changed.init.formats) !== JSON.stringify(init.formats));
  return { id, changed: changedSheet, located: isLocated, equal, figures, note };
}

export async function tuneSheets(): Promise<{ id: string; init: GridInit }[]> {
  const files = loadRealCorpus().filter((f) => split(f) === 'tune' && f.tables.some((t) => t.kind === 'project'));
  return Promise.all(files.map(async (f) => ({ id: f.id, init: (await readWorkbook(new Uint8Array(readFileSync(join(REAL_XLSX, `${f.id}.xlsx`)))))[0] })));
}

export interface Tally {
  sheets: number;
  changed: number;
  located: number;
  equal: number;
  outcomes: SheetOutcome[];
}

export async function tally(name: string, sheets: { id: string; init: GridInit }[]): Promise<Tally> {
  const outcomes: SheetOutcome[] = [];
  for (const s of sheets) outcomes.push(await runOne(s.id, s.init, TRANSFORMATIONS[name]));
  return { sheets: sheets.length, changed: outcomes.filter((o) => o.changed).length, located: outcomes.filter((o) => o.located).length, equal: outcomes.filter((o) => o.equal).length, outcomes };
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const sheets = await tuneSheets();
  console.log(`${sheets.length} tune sheets with a project table (consistency, not accuracy)`);
  console.log('transformation'.padEnd(60), 'changed', 'located', ' equal');
  for (const name of Object.keys(TRANSFORMATIONS)) {
    if (only && !name.includes(only)) continue;
    const t = await tally(name, sheets);
    console.log(name.padEnd(60), `${t.changed}/${t.sheets}`.padStart(7), `${t.located}/${t.sheets}`.padStart(7), `${t.equal}/${t.sheets}`.padStart(6));
    if (!details) continue;
    for (const o of t.outcomes) if (!o.located || !o.equal) console.log(`    ${o.id}: ${o.note} lost ${o.figures.lost.join(' ')} gained ${o.figures.gained.join(' ')}`);
  }
}

if (require.main === module) void main();
