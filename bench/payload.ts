/**
 * Round trips and bytes on the wire of one 校验当前工作表 (read the sheet, check it), measured from the
 * requests Microsoft's Office.js client really sends (test/richapi/client.ts) to the RichApi server
 * over the stand-in, for a sheet of stacked tables from the benchmark generator.
 *
 * Measured (bytes are deterministic; syncs not counting Excel.run's clean-up request, of which
 * there is none now):
 *
 *     tables   syncs   request   response   largest response   in all
 *     10       3       4.4 KB    18.3 KB    13.5 KB
 *     200      3       33.9 KB   354.5 KB   268.4 KB
 *     2,000    3       340 KB    3.59 MB    2.69 MB            3,927,078 B (3.75 MiB)
 *
 * Before: 501 KB + 3.63 MB = 4,132,578 B (3.94 MiB), of which Excel.run's bookkeeping for the
 * ~780 range objects of the read (two per merged-area tile: a `_KeepReference` action and its
 * result each, and a clean-up request removing them all, 113 KB) was 205 KB: the read now untracks
 * its objects (read.ts untrack), none of which a later sync uses. Before that 510 KB + 4.13 MB with
 * number formats; before that 4 syncs, 431 KB + 4.41 MB.
 *
 * Where the 2,000-table bytes go now: values 2.69 MB (the 120,316 non-empty cells' values alone
 * 2.16 MB, nearly all text, 3 bytes a Chinese character; 108,367 empty cells inside the trimmed
 * boxes 0.33 MB, 58,179 of them under merged areas; the boxes' addresses 0.1 MB), merged areas
 * 0.64 MB of addresses (Excel names the sheet in each of the 20,418, here `绩效目标表1!`: 17 of
 * about 31 bytes an area) plus ~0.2 MB of requests and results for their 378 tiles of at most 512
 * areas, the text of the 18,703 numbers ~0.2 MB with its 5,711 rectangles' addresses. Number
 * formats are not read (the engine never reads one; they were 351 KB, 93% `General`), and the
 * numbers' text is read in exact rectangles (joining runs over the cells between them cost more
 * than it saved).
 *
 * So ≤ 3 MB (3 MiB, 3,145,728 B) stays out of reach without dropping something the engine reads:
 * the non-empty values, the merged areas' addresses and the numbers' text are 3.0 MB (2.86 MiB)
 * of response before any request or empty cell. Checked and not worth it: bands of 4 rows
 * (4,026,275 B) or 16 (3,912,600 B) instead of 8; reading the merged areas first to leave their
 * covered cells out of the value boxes (at most 0.17 MB of empties, against ~37 bytes of address
 * and item for every extra box, and still 3.4 MiB without a single empty cell); a tile size from
 * the values (65% of the cells are empty, so the bound stays about half the tile's cells, as now).
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkSheet } from '../src/core/engine';
import { ExcelHost } from '../src/hosts/excel';
import { WEB_PAYLOAD_BUDGET } from '../src/hosts/excel/read';
import { modelFromXlsx } from '../src/standin/xlsx';
import { loadSeed } from '../scripts/seed-layouts';
import { createRealExcel } from '../test/richapi/client';
import { writeStackedWorkbook } from './generate';

export interface PayloadFigures {
  tables: number;
  /** Tables the engine found in what was read. */
  found: number;
  /** Requests the client sent (each sync with work; Excel.run's clean-up counted apart). */
  syncs: number;
  cleanups: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** Reads and checks a one-sheet workbook of `tables` stacked tables as Excel on the web would serve it. */
export async function measurePayload(tables: number): Promise<PayloadFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-payload-'));
  try {
    const file = await writeStackedWorkbook(join(dir, 'w.xlsx'), loadSeed(), tables, 1);
    const model = await modelFromXlsx(readFileSync(file.path));
    const excel = createRealExcel(model, { platform: 'OfficeOnline' });
    const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported, locale: 'zh-CN', payloadBudgetBytes: WEB_PAYLOAD_BUDGET });
    const sheet = model.sheets[0].name;
    const grid = await host.readSheet(sheet);
    const found = checkSheet(grid).tables.length;
    const s = excel.server.stats;
    return {
      tables: file.tables,
      found,
      syncs: s.requests - s.cleanups,
      cleanups: s.cleanups,
      requestBytes: s.requestBytes,
      responseBytes: s.responseBytes,
      maxRequestBytes: s.maxRequestBytes,
      maxResponseBytes: s.maxResponseBytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void (async () => {
    for (const n of [10, 200, 2000]) console.log(JSON.stringify(await measurePayload(n)));
  })();
}
