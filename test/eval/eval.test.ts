/**
 * The evaluation harness as a regression test: a small deterministic set of held-out-like
 * workbooks (all layouts, stacked and offset, 0–2 planted mistakes per table) must be read and
 * checked as the project is judged — every table found, ≥ 90% of the planted mistakes reported at
 * the right cell with the right category, at most 3 errors or warnings on fine cells in the set.
 *
 * The harness itself is tested first: the planters on every seed table and layout, and the scorer
 * against stand-in checkers whose score is known (an oracle, a silent one, a noisy one).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkSheet } from '../../src/core/engine';
import { parseA1, rectToA1, type Grid } from '../../src/core/engine/grid';
import type { Finding, SheetResult } from '../../src/core/model';
import { loadSeed, type SeedTable } from '../../scripts/seed-layouts';
import { buildEvalSet, Rng, type EvalManifest, type SheetCase } from './build';
import { chineseAmount, dropRows, LAYOUTS, PLANTERS, slipAmount, slipNumber, type PlantContext } from './plant';
import { evaluate, figures, formatReport, type SheetChecker } from './run';

const SEED = 20250101;
const seed = loadSeed();

describe('planters', () => {
  const contexts = (layout: (typeof LAYOUTS)[number], rngSeed: number): PlantContext => {
    const rng = new Rng(rngSeed);
    return { layout, signSymbols: rngSeed % 2 === 0, moneyUnit: rngSeed % 3 === 0 ? '元' : '万元', level1Weights: layout === 'L4', pick: (xs) => rng.pick(xs), claimed: new Set() };
  };

  it.each(PLANTERS.map((p) => [p.id, p] as const))('%s changes the table and says where the finding goes', (_id, planter) => {
    let planted = 0;
    for (const layout of planter.layouts) {
      for (const t of seed) {
        for (const rngSeed of [1, 2, 3]) {
          const before = JSON.stringify(t);
          const p = planter.plant(t, contexts(layout, rngSeed));
          expect(JSON.stringify(t)).toBe(before); // the input is never modified
          if (!p) continue;
          planted++;
          expect(p.edits.length > 0 || JSON.stringify(p.table) !== before).toBe(true);
          expect(p.expect.length).toBeGreaterThan(0);
          for (const e of p.expect) expect(e.at.length).toBeGreaterThan(0);
        }
      }
    }
    // Every planter finds a place in some seed table of every layout it claims.
    expect(planted).toBeGreaterThan(0);
  });

  it.each([
    [200, '20O'],
    [140, '14O'],
    [98, '9..8'],
    [2, '2O'],
    [10, '1O'],
    [99.5, '99..5'],
  ])('slipNumber(%p) = %p', (n, slip) => expect(slipNumber(n)).toBe(slip));

  it.each([
    ['26.50', '26.5O'],
    ['13.61', '13.6l'],
    ['265,000.00', '265,000.0O'],
    ['99.99', '99..99'],
  ])('slipAmount(%p) = %p', (text, slip) => expect(slipAmount(text)).toBe(slip));

  it.each([
    [26.5, '二十六点五'],
    [10, '十'],
    [103.5, '一百零三点五'],
    [13.61, '十三点六一'],
    [20, '二十'],
  ])('chineseAmount(%p) = %p', (n, text) => expect(chineseAmount(n)).toBe(text));

  it('dropRows keeps each row under its 一级 when the named row goes', () => {
    const t: SeedTable = seed[0];
    const out = dropRows(t, (i) => i === 0);
    expect(out.indicators).toHaveLength(t.indicators.length - 1);
    expect(out.indicators[0].level1).toBe(t.indicators[0].level1);
    expect(out.indicators[1].level1).toBe('');
  });
});

describe('evaluation on a small held-out-like set', () => {
  let dir: string;
  let manifest: EvalManifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perf-target-eval-'));
    manifest = await buildEvalSet(dir, SEED, 'small', seed);
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is deterministic and plants every mistake of the catalogue', async () => {
    const again = mkdtempSync(join(tmpdir(), 'perf-target-eval-'));
    try {
      expect(await buildEvalSet(again, SEED, 'small', seed)).toEqual(manifest);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
    const used = new Set(manifest.workbooks.flatMap((w) => w.sheets.flatMap((s) => s.tables.flatMap((t) => t.plants))));
    expect(PLANTERS.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
    for (const layout of LAYOUTS) expect(manifest.workbooks.some((w) => w.layout === layout && w.arrangement === 'stacked')).toBe(true);
  });

  /** The real locator with the findings replaced: the stand-ins differ only in what they report. */
  function standIn(report: (sheet: SheetCase, result: SheetResult) => Finding[]): SheetChecker {
    const sheets = manifest.workbooks.flatMap((w) => w.sheets);
    let next = 0;
    return (grid: Grid) => {
      const sheet = sheets[next++];
      const real = checkSheet(grid);
      const result: SheetResult = { ...real, tables: real.tables.map((t) => ({ ...t, findings: [] })) };
      for (const f of report(sheet, result)) (f.table === null ? result.findings : result.tables[f.table].findings).push(f);
      return result;
    };
  }

  function finding(cell: string, category: Finding['category'], severity: Finding['severity'], table: number | null): Finding {
    const r = parseA1(cell);
    return { rule: 'test/stand-in', category, severity, cell, row: r.top, col: r.left, table, messageId: 'x', data: {}, message: 'stand-in' };
  }

  /** The located table that overlaps an expected one (as the scorer pairs them). */
  function locatedFor(result: SheetResult, range: string): number | null {
    const want = parseA1(range);
    const i = result.tables.findIndex((t) => t.table.range.top <= want.bottom && want.top <= t.table.range.bottom && t.table.range.left <= want.right && want.left <= t.table.range.right);
    return i < 0 ? null : i;
  }

  it('scores an oracle that reports exactly what was planted at 100% with nothing false', async () => {
    const oracle = standIn((sheet, result) =>
      sheet.tables.flatMap((t) => {
        const table = locatedFor(result, t.range);
        return t.findings.map((e) => (e.cells.length > 0 ? finding(e.cells[0], e.categories[0], 'error', table) : finding(rectToA1(result.tables[table as number].table.range), e.categories[0], 'error', table)));
      }),
    );
    const fig = figures(await evaluate(dir, manifest, oracle));
    expect(fig.recall).toBe(1);
    expect(fig.nativeHit).toBe(fig.native);
    expect(fig.falseErrors + fig.falseWarnings).toBe(0);
  });

  it('scores a silent checker at 0% and a noisy one with one false finding per table', async () => {
    const silent = figures(await evaluate(dir, manifest, standIn(() => [])));
    expect(silent.planted).toBeGreaterThan(0);
    expect(silent.plantedHit).toBe(0);
    expect(silent.falseErrors + silent.falseWarnings).toBe(0);
    // A warning on every table's 一级指标 heading: a fine cell in every layout.
    const noisy = standIn((sheet, result) =>
      sheet.tables.flatMap((t) => {
        const table = locatedFor(result, t.range);
        const header = table === null ? undefined : result.tables[table].table.header;
        const left = table === null ? 0 : result.tables[table].table.header?.columns.level1;
        return header && left !== undefined ? [finding(rectToA1({ top: header.row, bottom: header.row, left, right: left }), 'structure', 'warning', table)] : [];
      }),
    );
    const fig = figures(await evaluate(dir, manifest, noisy));
    expect(fig.falseWarnings).toBe(new Set(manifest.workbooks.flatMap((w) => w.sheets.flatMap((s) => s.tables.map((t) => `${w.file}|${s.name}|${t.range}`)))).size);
  });

  it('meets the acceptance thresholds with the real checker', async () => {
    const result = await evaluate(dir, manifest);
    const fig = figures(result);
    const report = formatReport(result, 30);
    // The report explains any failure: tables, misses with what came instead, false findings.
    if (fig.tablesFound !== fig.tablesExpected || fig.recall < 0.98 || fig.falseErrors + fig.falseWarnings > 0) console.log(report);
    expect(fig.tablesFound).toBe(fig.tablesExpected);
    expect(fig.spuriousTables).toBe(0);
    // Judged: recall >= 0.9 and at most 3 false errors/warnings. Gated tighter, at what the checker
    // does today (100% and 0 on six seeds), so a regression fails here first.
    expect(fig.recall).toBeGreaterThanOrEqual(0.98);
    expect(fig.falseErrors + fig.falseWarnings).toBe(0);
  });
});
