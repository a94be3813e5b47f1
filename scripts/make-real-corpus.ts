/**
 * Builds test/fixtures/real/xlsx/<id>.xlsx from the transcribed tables in test/fixtures/real/tables.
 *
 *   npm run corpus            # build every file
 *   npm run corpus -- --check # only validate the JSON (no files written)
 *
 * Output is deterministic (fixed dates), so a test can compare the committed files with a rebuild.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseA1, type CellValue } from '../src/core/engine/grid';
import { displayWidth, buildWorkbook, workbookBytes, type SheetSpec } from '../src/hosts/file/write';
import { loadRealCorpus, REAL_XLSX, type RealFile } from '../test/eval/real-corpus';

/** The sheet a transcribed file describes: values, merges, formats, thin borders over each table. */
export function realSheetSpec(f: RealFile): SheetSpec {
  const values: CellValue[][] = f.rows.map((r) => r.map((v) => (v === undefined ? null : v)));
  const formats: (string | null)[][] = [];
  for (const [a, fmt] of Object.entries(f.numFmts ?? {})) {
    const r = parseA1(a);
    (formats[r.top] ??= [])[r.left] = fmt;
  }
  const widths: Record<number, number> = {};
  for (const row of values) {
    row.forEach((v, c) => {
      const w = Math.min(40, Math.max(8, typeof v === 'string' ? displayWidth(v) + 2 : 10));
      widths[c] = Math.max(widths[c] ?? 8, w);
    });
  }
  return {
    name: f.sheet ?? 'Sheet1',
    values,
    formats,
    merges: (f.merges ?? []).map(parseA1),
    columnWidths: widths,
    styles: f.tables.map((t) => ({ area: parseA1(t.range), border: 'thin' as const, alignment: { wrapText: true, vertical: 'middle' as const } })),
  };
}

export async function realWorkbookBytes(f: RealFile): Promise<Uint8Array> {
  return workbookBytes(buildWorkbook({ sheets: [realSheetSpec(f)], creator: 'perf-target real corpus' }));
}

async function main(): Promise<void> {
  const corpus = loadRealCorpus();
  if (process.argv.includes('--check')) {
    console.log(`${corpus.length} files valid`);
    return;
  }
  mkdirSync(REAL_XLSX, { recursive: true });
  for (const f of corpus) writeFileSync(join(REAL_XLSX, `${f.id}.xlsx`), await realWorkbookBytes(f));
  console.log(`${corpus.length} workbooks written to ${REAL_XLSX}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
