/**
 * Files written by other producers (test/fixtures/producers, made by scripts/producers/make.sh with
 * Debian's LibreOffice, openpyxl, xlsxwriter and gnumeric from our fixtures and tune tables of the
 * real corpus): each reads to the same grid as its original — values, shown text, merged areas —
 * and gets the same findings; and the lean reader, ExcelJS (behind --annotate) and the preview read
 * each the same. values.xlsx holds formulas, which the producers change themselves (LibreOffice and
 * gnumeric recalculate NOW() and write 0.1+0.2 as 0.3, openpyxl drops the cached results, xlsxwriter
 * writes 0, LibreOffice spells built-in format 14 as m/d/yyyy): its copies are held to the three
 * readers agreeing only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { checkSheet } from '../../../src/core/engine';
import { readWorkbookBytes } from '../../../src/hosts/file/read';
import { readWorkbookExcelJs } from '../../../src/hosts/file/exceljs-read';
import { ExcelHost } from '../../../src/hosts/excel';
import { createStandIn } from '../../../src/standin';
import { readModel } from '../../../src/preview/read-model';
import { gridDifferences } from '../../helpers/grid-parity';

const DIR = join(__dirname, '..', '..', 'fixtures', 'producers');
const ORIGINALS = join(__dirname, '..', '..', 'fixtures');
const PRODUCED = process.env.PRODUCERS_DIR ?? DIR;

function original(base: string): string {
  return base.includes('-20') ? join(ORIGINALS, 'real', 'xlsx', `${base}.xlsx`) : join(ORIGINALS, `${base}.xlsx`);
}

/** Every cell holding a value, `row,col value shown`, and the merged areas (over the cells). */
function shown(g: GridInit): string[] {
  const grid = new Grid(g);
  const out: string[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const v = grid.rawValue(r, c);
      if (v === null || v === '') continue;
      out.push(`${r},${c} ${JSON.stringify(v)} ${JSON.stringify(grid.rawText(r, c))}`);
    }
  }
  return out;
}

function merges(g: GridInit): string[] {
  return (g.merges ?? []).map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
}

function findings(g: GridInit): string[] {
  return checkSheet(g).tables.flatMap((t) => t.findings.map((f) => `${f.cell} ${f.rule} ${f.severity} ${f.message}`));
}

async function previewGrids(bytes: Uint8Array): Promise<GridInit[]> {
  const model = await readModel(bytes, 'x.xlsx', 'zh-CN');
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  const out: GridInit[] = [];
  for (const s of model.sheets) out.push(await host.readSheet(s.name));
  return out;
}

const files = readdirSync(PRODUCED).filter((n) => n.endsWith('.xlsx')).sort();

test('the producers’ files are there (scripts/producers/make.sh)', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});

describe.each(files)('%s', (name) => {
  const base = name.replace(/\.[a-z]+\.xlsx$/, '');
  let mine: GridInit[];
  let theirs: GridInit[];
  beforeAll(async () => {
    mine = await readWorkbookBytes(readFileSync(original(base)), base);
    theirs = await readWorkbookBytes(readFileSync(join(PRODUCED, name)), name);
  });

  // values.xlsx holds formulas the producers recompute, drop or zero themselves (and LibreOffice
  // rewrites its format 14): its copies are held only to the three readers agreeing, below.
  if (base !== 'values') test('the lean reader reads the grid and findings of the original', () => {
    expect(theirs.map((g) => g.name)).toEqual(mine.map((g) => g.name));
    for (let i = 0; i < mine.length; i++) {
      expect(shown(theirs[i])).toEqual(shown(mine[i]));
      expect(merges(theirs[i])).toEqual(merges(mine[i]));
      expect(findings(theirs[i])).toEqual(findings(mine[i]));
    }
  });

  test('ExcelJS reads what the lean reader reads', async () => {
    const grids = await readWorkbookExcelJs(readFileSync(join(PRODUCED, name)));
    expect(gridDifferences(theirs, grids)).toEqual([]);
  });

  test('the preview reads what the lean reader reads', async () => {
    const grids = await previewGrids(readFileSync(join(PRODUCED, name)));
    expect(grids.map((g) => g.name)).toEqual(theirs.map((g) => g.name));
    for (let i = 0; i < grids.length; i++) {
      expect(shown(grids[i])).toEqual(shown(theirs[i]));
      expect(findings(grids[i])).toEqual(findings(theirs[i]));
    }
  });
});
