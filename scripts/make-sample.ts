/**
 * Writes examples/sample.xlsx: the seven seed tables exactly as the seed has them (texts, values
 * and mistakes), in the L1 layout, stacked on one sheet named 绩效目标表 with two blank rows
 * between tables, with the formatting of a real workbook (borders, merges, wrapped text, widths,
 * 宋体/仿宋). The seed is parsed, never retyped; the output is deterministic.
 *
 *   npx tsx scripts/make-sample.ts
 *
 * The .xlsx is committed: the seed (../shared/seed) is needed only to regenerate it.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { buildWorkbook, workbookBytes } from '../src/hosts/file/write';
import { addL1, loadSeed, SAMPLE_FONTS, SheetBuilder, type SeedTable } from './seed-layouts';

export const SAMPLE_PATH = resolve(__dirname, '..', 'examples', 'sample.xlsx');
export const SAMPLE_SHEET = '绩效目标表';
const WIDTHS = { 0: 14, 1: 16, 2: 24, 3: 20, 4: 12, 5: 12, 6: 14 };
const GAP = 2;

/** The sample workbook's bytes, and where each table went. */
export async function buildSample(seed: SeedTable[]): Promise<{ bytes: Uint8Array; tables: { range: string; project: string }[] }> {
  const b = new SheetBuilder(SAMPLE_SHEET, WIDTHS, { name: '宋体', size: 11 });
  const tables: { range: string; project: string }[] = [];
  let row = 0;
  for (const table of seed) {
    const placed = addL1(b, { row, col: 0 }, table, { fonts: SAMPLE_FONTS });
    tables.push({ range: placed.range, project: placed.project });
    row = placed.bottom + 1 + GAP;
  }
  const sheet = b.toSpec({
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'normal', zoomScale: 100 }],
  });
  return { bytes: await workbookBytes(buildWorkbook({ sheets: [sheet] })), tables };
}

async function main(): Promise<void> {
  const seed = loadSeed();
  const { bytes, tables } = await buildSample(seed);
  for (const t of tables) console.log(`${t.range}  ${t.project}`);
  mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
  writeFileSync(SAMPLE_PATH, bytes);
  console.log(`${SAMPLE_PATH}  ${bytes.length} bytes, ${tables.length} tables`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
