/**
 * A check split over several workers (./precheck.ts): each locates the whole sheet and checks its
 * share of the tables; the page puts the shares back in sheet order.
 */
import { checkTable, resolveSettings } from '../core/engine';
import { Grid, type GridInit } from '../core/engine/grid';
import { locateTables } from '../core/engine/locate';
import type { CheckSettings, SheetResult, TableResult } from '../core/model';
import type { CheckPart } from './check-protocol';

/**
 * Part `part` of the engine's result for a snapshot: the sheet located as checkSheet locates it
 * (each worker locates the whole sheet: where tables are depends on all of it), then checkTable for
 * this part's tables. The parts put together by mergeParts are checkSheet's result: the same
 * functions on the same tables in the same order (test/preview/precheck.test.ts compares them).
 */
export function checkPart(input: GridInit, partial: Partial<CheckSettings> | null, part: CheckPart): SheetResult {
  const grid = new Grid(input);
  const settings = resolveSettings(partial);
  const tables = locateTables(grid);
  const mine: TableResult[] = [];
  for (let i = part.index; i < tables.length; i += part.of) mine.push(checkTable(grid, tables[i], settings));
  return { name: grid.name, tables: mine, findings: [] };
}

/** The parts' results (part k holding positions k, k + n, …) as one result, tables in sheet order. */
export function mergeParts(parts: readonly SheetResult[]): SheetResult {
  const tables: TableResult[] = [];
  const total = parts.reduce((n, p) => n + p.tables.length, 0);
  for (let i = 0; i < total; i++) tables.push(parts[i % parts.length].tables[Math.floor(i / parts.length)]);
  return { name: parts[0].name, tables, findings: parts.flatMap((p) => p.findings) };
}
