/**
 * The preview's checking worker: the engine (src/core, the same code the pane runs) over a sheet's
 * snapshot, off the page's main thread, so the page answers input while a large sheet is checked.
 * Snapshots and results travel in pieces (./check-protocol.ts). No network: the bundle is
 * self-contained and this fetches nothing.
 */
import { checkSheet } from '../core/engine';
import type { GridInit } from '../core/engine/grid';
import { paneTable, TABLES_PER_MESSAGE, type CheckReply, type CheckRequest } from './check-protocol';
import { checkPart } from './check-parts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
}

// The DOM typings describe a window; in a dedicated worker `self` is the worker's own scope.
const scope = self as unknown as WorkerScope;

/** Rows received so far, per snapshot id. */
const pending = new Map<number, Required<Pick<GridInit, 'values' | 'text' | 'formats'>>>();

function append<T>(into: T[], rows: readonly T[] | undefined): void {
  if (rows) for (const row of rows) into.push(row);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'warm') {
    // The engine's code compiled and optimised, and its memories of label texts filled, before
    // the first real check: its result is not used, and an error here changes nothing.
    const start = performance.now();
    try {
      checkSheet(request.grid);
    } catch {
      // The real check will meet the same problem and report it.
    }
    scope.postMessage({ id: request.id, type: 'warmed', engineMs: performance.now() - start });
    return;
  }
  if (request.type === 'rows') {
    let rows = pending.get(request.id);
    if (!rows) pending.set(request.id, (rows = { values: [], text: [], formats: [] }));
    append(rows.values, request.values);
    append(rows.text, request.text);
    append(rows.formats, request.formats);
    return;
  }
  const { id, settings, part } = request;
  let grid = request.grid;
  const before = pending.get(id);
  pending.delete(id);
  if (before) {
    append(before.values, grid.values);
    append(before.text, grid.text);
    append(before.formats, grid.formats);
    grid = { ...grid, values: before.values, text: grid.text ? before.text : undefined, formats: grid.formats ? before.formats : undefined };
  }
  try {
    const start = performance.now();
    const result = part && part.of > 1 ? checkPart(grid, settings, part) : checkSheet(grid, settings);
    const engineMs = performance.now() - start;
    const tables = result.tables.map((tr) => ({ ...tr, table: paneTable(tr.table) }));
    const last = Math.max(0, tables.length - TABLES_PER_MESSAGE);
    for (let i = 0; i < last; i += TABLES_PER_MESSAGE) scope.postMessage({ id, type: 'tables', tables: tables.slice(i, Math.min(last, i + TABLES_PER_MESSAGE)) });
    scope.postMessage({ id, type: 'done', result: { ...result, tables: tables.slice(last) }, engineMs });
  } catch (err) {
    scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
