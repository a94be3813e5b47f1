/**
 * A workbook is untrusted input in Excel too. A used range stretched across 16,384 columns by one
 * far cell, or to row 1,048,576, and a merged area reaching row 1,000,000 must not make the add-in
 * read or allocate the whole area: the read costs the cells that are there (src/hosts/excel/read.ts,
 * sparse reads), and a merged area as tall as the sheet costs the engine its row bands, not its
 * rows (src/core/engine/grid.ts clips it to the snapshot). Each case through the
 * stand-in and through Microsoft's Office.js client over the RichApi server.
 */
import { checkSheet, allFindings } from '../../../src/core/engine';
import { Grid, rectToA1, type GridInit, type Rect } from '../../../src/core/engine/grid';
import { ExcelHost } from '../../../src/hosts/excel';
import { DENSE_READ_CELLS, isSparseRead, mergeBoxes, MERGE_TILE_CELLS } from '../../../src/hosts/excel/read';
import { createWorkbook, getSheet, mergeCells, setCell, type WorkbookModel } from '../../../src/standin';
import { createRealExcel } from '../../richapi/client';
import { setup, TABLE_STRIDE, writeTables } from './fixtures';

const TABLES = 40;

function tables(extra?: (sheet: ReturnType<typeof getSheet>) => void): WorkbookModel {
  const model = createWorkbook(['表']);
  const sheet = getSheet(model, '表');
  writeTables(sheet, TABLES);
  extra?.(sheet);
  return model;
}

/** Entries the read really made: present elements of every distinct row array (holes and shared rows cost nothing). */
function entriesMade(grid: GridInit): number {
  const seen = new Set<unknown>();
  let n = 0;
  for (const row of grid.values) {
    if (seen.has(row)) continue;
    seen.add(row);
    n += row.reduce((k: number) => k + 1, 0);
  }
  return n;
}

/** The findings as the user sees them, by cell and rule. */
function findings(grid: GridInit): string[] {
  return allFindings(checkSheet(grid))
    .map((f) => `${f.cell} ${f.rule} ${f.messageId}`)
    .sort();
}

const readers = {
  'the stand-in': (model: WorkbookModel) => {
    const { host, standIn } = setup(model);
    return { host, syncs: () => standIn.stats.syncCount, mergeQueries: () => undefined as number | undefined, maxResponse: () => standIn.stats.maxResponseBytes };
  },
  "Microsoft's client": (model: WorkbookModel) => {
    const excel = createRealExcel(model);
    const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN', payloadBudgetBytes: 4 * 1024 * 1024 });
    return {
      host,
      syncs: () => excel.server.stats.requests - excel.server.stats.cleanups,
      mergeQueries: () => excel.server.stats.members.get('Range.getMergedAreasOrNullObject') ?? 0,
      maxResponse: () => excel.server.stats.maxResponseBytes,
    };
  },
};

describe.each(Object.entries(readers))('through %s', (_, makeReader) => {
  let plain: { grid: GridInit; entries: number; mergeQueries: number | undefined; maxResponse: number };
  beforeAll(async () => {
    const reader = makeReader(tables());
    const grid = await reader.host.readSheet('表');
    plain = { grid, entries: entriesMade(grid), mergeQueries: reader.mergeQueries(), maxResponse: reader.maxResponse() };
  }, 60_000);

  test('one far cell (XFD1) makes no row of 16,384 entries and no merged-area query per 512 cells of the width', async () => {
    const reader = makeReader(tables((sheet) => setCell(sheet, 'XFD1', { value: '备注' })));
    const grid = await reader.host.readSheet('表');
    expect(reader.syncs()).toBe(3);
    // The old read made TABLES × 14 rows × 16,384 entries (9 million); now the cells that are there,
    // and the holes between A1's row and XFD1 cost nothing.
    expect(entriesMade(grid)).toBeLessThan(plain.entries + 64);
    expect(grid.values[0][16383]).toBe('备注');
    expect(grid.values[0].length).toBe(16384);
    // The tables' findings are those of the sheet without the far cell, and every merged area is found.
    expect(findings(grid)).toEqual(findings(plain.grid));
    expect(grid.merges?.map((m) => rectToA1(m)).sort()).toEqual(plain.grid.merges?.map((m) => rectToA1(m)).sort());
    const queries = reader.mergeQueries();
    if (queries !== undefined && plain.mergeQueries !== undefined) {
      // The band holding XFD1 (8 rows × 16,384 columns: 8 × 32 tiles of 1 row × 512 columns, each able to
      // start 512 areas), the rest as before, give or take a tile; the old read queried the whole used
      // range: 559 rows × 32 tiles.
      expect(queries).toBeLessThanOrEqual(plain.mergeQueries + 8 * 32 + 2);
      // What Excel sends for that band is its box; the largest response grows by that, not by the sheet's width × rows.
      expect(reader.maxResponse()).toBeLessThan(plain.maxResponse + 8 * 16384 * 8);
    }
  }, 60_000);

  test('merged areas reaching row 1,000,000 (one empty, one under a value) cost no row of the million, and the engine indexes them by bands of rows', async () => {
    const last = TABLES * TABLE_STRIDE - 2;
    const reader = makeReader(
      tables((sheet) => {
        mergeCells(sheet, 'Z3:Z1000000');
        setCell(sheet, 'AA1', { value: '说明' });
        mergeCells(sheet, 'AA1:AA1000000');
      }),
    );
    const grid = await reader.host.readSheet('表');
    // Kept as Excel states them: the file host clips to its snapshot, which counts empty cells
    // Excel's used range leaves out (a real table's empty merged F11:G11 past its last value
    // column), so clipping here would make the add-in's merges differ from the command line's.
    const byTop = new Map((grid.merges ?? []).map((m) => [rectToA1({ ...m, bottom: m.top, right: m.left }), m] as const));
    expect(byTop.get('Z3')).toEqual({ top: 2, left: 25, bottom: 999999, right: 25 });
    expect(byTop.get('AA1')).toEqual({ top: 0, left: 26, bottom: 999999, right: 26 });
    expect(grid.values.length).toBe(last + 1);
    // The used range is A1:AA…: its rows × 27 columns, read densely as before.
    expect(entriesMade(grid)).toBeLessThanOrEqual((last + 1) * 27);
    // The engine clips them to the snapshot: its merge index costs about the sheet's cells, not the
    // two million cells the merges state.
    expect(new Grid(grid).indexWork).toBeLessThan(30 * (last + 1));
    expect(findings(grid)).toEqual(findings(plain.grid));
  }, 60_000);
});

test('a used range down to row 1,048,576 (A1048576) is held as one shared empty row, not a million rows of the width (stand-in)', async () => {
  const { host } = setup(tables((sheet) => setCell(sheet, 'M1048576', { value: 'x' })));
  const grid = await host.readSheet('表');
  expect(grid.values.length).toBe(1048576);
  expect(new Set(grid.values).size).toBeLessThan(TABLES * TABLE_STRIDE + 2);
  expect(grid.values[1048575][12]).toBe('x');
}, 120_000);

describe('the pieces', () => {
  test('sparse only past DENSE_READ_CELLS and with address lists (ExcelApi 1.9)', () => {
    const rect = (rows: number, cols: number): Rect => ({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
    expect(isSparseRead(rect(26000, 13), { rangeAreas: true })).toBe(false);
    expect(isSparseRead(rect(26000, 16384), { rangeAreas: true })).toBe(true);
    expect(isSparseRead(rect(DENSE_READ_CELLS + 1, 1), { rangeAreas: true })).toBe(true);
    expect(isSparseRead(rect(26000, 16384), { rangeAreas: false })).toBe(false);
  });

  test('merge boxes: neighbouring bands join while narrower than a tile; a far-reaching band stays alone', () => {
    const band = (top: number, left: number, right: number): Rect => ({ top, left, bottom: top + 7, right });
    const boxes = mergeBoxes([band(8, 0, 12), band(0, 0, 16383), { top: 0, left: 0, bottom: 0, right: 16383 }, band(16, 0, 6), band(24, 2, 12), band(5000, 0, 12)]);
    expect(boxes).toEqual([
      { top: 0, left: 0, bottom: 7, right: 16383 },
      { top: 8, left: 0, bottom: 31, right: 12 },
      { top: 5000, left: 0, bottom: 5007, right: 12 },
    ]);
    for (const b of boxes.slice(1)) expect(b.right - b.left).toBeLessThan(MERGE_TILE_CELLS);
  });
});
