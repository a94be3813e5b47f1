/**
 * The preview's checking worker: the engine (src/core, the same code the pane runs) over a sheet's
 * snapshot, off the page's main thread, so the page answers input while a large sheet is checked.
 * Snapshots and results travel in pieces (./check-protocol.ts). No network: the bundle is
 * self-contained and this fetches nothing.
 */
import { checkSheet } from '../core/engine';
import type { GridInit } from '../core/engine/grid';
import { paneTable, TABLES_PER_MESSAGE, WARM_UP_PASSES, type CheckReply, type CheckRequest } from './check-protocol';
import { checkPart } from './check-parts';
import { decodeWarmUp } from './warm-up';

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

/** The warm-up under way: its sample, the passes run and their time, the next pass's timer. */
let warming: { id: number; grid: GridInit; passes: number; ms: number; timer?: ReturnType<typeof setTimeout> } | null = null;

/**
 * One pass of the warm-up, then the next in a task of its own (a check's first message is taken
 * in between and ends the warm-up), WARM_UP_PASSES at most. The engine's code compiled and
 * optimised, and its memories of label texts filled, before the first real check: its result is
 * not used, and an error here changes nothing.
 */
function warmPass(): void {
  const w = warming;
  if (!w) return;
  w.timer = undefined;
  const start = performance.now();
  try {
    checkSheet(w.grid);
  } catch {
    // The real check will meet the same problem and report it.
  }
  w.ms += performance.now() - start;
  w.passes++;
  if (w.passes < WARM_UP_PASSES) w.timer = setTimeout(warmPass, 0);
  else endWarmUp();
}

/** Stops the warm-up (if one is under way) and says how far it went. */
function endWarmUp(): void {
  const w = warming;
  if (!w) return;
  warming = null;
  if (w.timer !== undefined) clearTimeout(w.timer);
  scope.postMessage({ id: w.id, type: 'warmed', engineMs: w.ms, passes: w.passes });
}

scope.onmessage = (event) => {
  const request = event.data;
  // A check's snapshot (or another sample) ends the warm-up: it would only make the check wait.
  endWarmUp();
  if (request.type === 'warm') {
    let grid = request.grid;
    try {
      if (!grid && request.json) grid = decodeWarmUp(request.json);
    } catch {
      // Not a sample after all: no warm-up.
    }
    // A sample after a check's first rows (it came late): the check goes first.
    if (!grid || pending.size > 0) {
      scope.postMessage({ id: request.id, type: 'warmed', engineMs: 0, passes: 0 });
      return;
    }
    warming = { id: request.id, grid, passes: 0, ms: 0 };
    warmPass();
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
