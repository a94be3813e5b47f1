/**
 * `count` tables of the benchmark's rotation of layouts (L1–L4, split sign / number / unit
 * columns) on one sheet, written as an .xlsx and read back: what the engine's counting tests run on.
 */
import type { GridInit } from '../../src/core/engine/grid';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import { readWorkbook } from '../../src/hosts/file/read';
import { loadSeed, SheetBuilder } from '../../scripts/seed-layouts';
import { TableStacker } from '../../bench/generate';

export async function stackedSheet(count: number): Promise<GridInit> {
  const stacker = new TableStacker(loadSeed());
  const b = new SheetBuilder('S', {});
  let row = 0;
  while (stacker.tables < count) row = stacker.addNext(b, row, count - stacker.tables) + 2;
  const [init] = await readWorkbook(await workbookBytes(buildWorkbook({ sheets: [b.toSpec()] })));
  return init;
}
