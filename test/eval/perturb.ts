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
import type { CellValue, GridInit, Rect } from '../../src/core/engine/grid';
import type { Finding } from '../../src/core/model';
import { readWorkbook } from '../../src/hosts/file/read';
import { loadRealCorpus, REAL_XLSX, split } from './real-corpus';

/** A rewritten sheet and how to map one of its cells back to the original's. */
export interface Perturbed {
  init: GridInit;
  back: (row: number, col: number) => { row: number; col: number } | undefined;
}

type Perturbation = (init: GridInit) => Perturbed;

const identityBack = (row: number, col: number) => ({ row, col });

function cloneValues(init: GridInit): CellValue[][] {
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
function headerRowOf(values: CellValue[][]): number {
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

export const PERTURBATIONS: Record<string, Perturbation> = {
  'offset 3 rows, 2 columns': offset(3, 2),
  'blank column after A': blankColumn(1),
  'vertical merges repeated': unmergeRepeat,
  'vertical merges blank below': unmergeBlank,
  'blank column after D': blankColumn(4),
  'label synonyms': synonyms,
  'labels spaced, with a colon': spacedLabels,
  'title and footer': titleAndFooter,
  'header labels over two lines': brokenLabels,
  'level names without 指标': shortLevelNames,
};

const key = (f: Finding, row: number, col: number) => `${f.rule}|${f.severity}|${row},${col}`;

export interface PerturbFigures {
  findings: number;
  kept: number;
  lost: string[];
  gained: string[];
}

/** Compares a sheet's errors and warnings with those of its perturbed copy. */
export function compare(init: GridInit, p: Perturbation): PerturbFigures {
  const original = allFindings(checkSheet(init)).filter((f) => f.severity !== 'info');
  const changed = p(init);
  const after = allFindings(checkSheet(changed.init)).filter((f) => f.severity !== 'info');
  const want = new Set(original.map((f) => key(f, f.row, f.col)));
  const got = new Set<string>();
  for (const f of after) {
    const b = changed.back(f.row, f.col);
    got.add(b ? key(f, b.row, b.col) : `${f.rule}|${f.severity}|new`);
  }
  return {
    findings: want.size,
    kept: [...want].filter((k) => got.has(k)).length,
    lost: [...want].filter((k) => !got.has(k)),
    gained: [...got].filter((k) => !want.has(k)),
  };
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const files = loadRealCorpus().filter((f) => split(f) === 'tune');
  const inits = await Promise.all(files.map(async (f) => ({ id: f.id, init: (await readWorkbook(new Uint8Array(readFileSync(join(REAL_XLSX, `${f.id}.xlsx`)))))[0] })));
  console.log('perturbation                      findings   kept   lost  gained   (tune part; consistency, not accuracy)');
  for (const [name, p] of Object.entries(PERTURBATIONS)) {
    let findings = 0;
    let kept = 0;
    let lost = 0;
    let gained = 0;
    const notes: string[] = [];
    for (const { id, init } of inits) {
      const r = compare(init, p);
      findings += r.findings;
      kept += r.kept;
      lost += r.lost.length;
      gained += r.gained.length;
      if (details && (r.lost.length || r.gained.length)) notes.push(`    ${id}: lost ${r.lost.join(' ')} gained ${r.gained.join(' ')}`);
    }
    console.log(`${name.padEnd(32)} ${String(findings).padStart(8)} ${String(kept).padStart(6)} ${String(lost).padStart(6)} ${String(gained).padStart(7)}`);
    for (const n of notes) console.log(n);
  }
}

if (require.main === module) void main();
