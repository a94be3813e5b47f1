/**
 * Round trips and bytes on the wire of one 校验当前工作表 (read the sheet, check it), measured from the
 * requests Microsoft's Office.js client really sends (test/richapi/client.ts) to the RichApi server
 * over the stand-in, for a sheet of stacked tables from the benchmark generator.
 *
 * Measured (bytes are deterministic; syncs not counting Excel.run's clean-up request):
 *
 *     tables   syncs   request   response   largest response
 *     10       3       6.1 KB    18.7 KB    13.6 KB
 *     200      3       50.3 KB   358.9 KB   268.5 KB
 *     2,000    3       501 KB    3.63 MB    2.69 MB     (before: 510 KB + 4.13 MB with number formats;
 *                                                      before that 4 syncs, 431 KB + 4.41 MB)
 *
 * Where the 2,000-table bytes go: values 2.69 MB (the non-empty cells' values alone are 2.06 MB,
 * 2.0 MB of it text; 108,367 empty cells inside the trimmed boxes, mostly merged cells, 0.33 MB;
 * the boxes' addresses 0.11 MB), merged areas 0.64 MB of addresses (Excel names the sheet in each
 * of the 20,418) plus ~0.35 MB of requests and clean-up for their ~360 tiles of 512 areas at most,
 * the text of the 18,703 numbers ~0.2 MB. Number formats are no longer read (the engine never
 * reads one; they were 351 KB, 93% `General`), and the numbers' text is read in exact rectangles
 * (joining runs over the cells between them cost more than it saved). So ≤ 3 MB (3.15 MB in all)
 * is out of reach without dropping something the engine reads: the values' text, the merged
 * areas' addresses and the numbers' text are 2.9 MB of response before any request.
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
