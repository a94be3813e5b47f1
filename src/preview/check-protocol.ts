/**
 * Messages between the page and its checking worker (./check-worker.ts): a sheet's snapshot and
 * the settings in, the engine's result out. Nothing leaves the page.
 *
 * A large snapshot goes in pieces ('rows' messages, then 'check' with the rest of the snapshot),
 * and a large result comes back in pieces ('tables' messages, then 'done' with the rest): the
 * browser copies a message in one task on the page (writing it before sending, reading it on
 * arrival), so one message of 2,000 tables kept the page from answering input for a few hundred
 * milliseconds; pieces are copied in tasks of their own, with the page free in between.
 */
import type { GridInit } from '../core/engine/grid';
import type { CheckSettings, SheetResult, TableModel, TableResult } from '../core/model';

/**
 * Rows of a snapshot per 'rows' message. The page copies each in a task of its own: 2,000 rows of
 * 13 columns took 20–80 ms of one task (busy machine), 500 a quarter of that.
 */
export const ROWS_PER_MESSAGE = 500;
/**
 * Tables of a result per 'tables' message. The page reads each in a task of its own: 100 whole
 * tables took 60–120 ms of one task on a busy machine; without their indicator rows (paneTable)
 * a table is about a quarter of the bytes and objects, so 100 now take what 25 took.
 */
export const TABLES_PER_MESSAGE = 100;

/**
 * A table as the worker sends it back: everything but its indicator rows (`indicators` empty,
 * `unused` left out). The pane and the review read a table's index, range, kind, layout, project
 * name, money unit and budget (src/taskpane/view.ts, src/core/review/report.ts, review-report.ts,
 * recheck.ts), never its rows; the rows, with every value parsed, were 72% of a 2,000-table
 * result's 13.4 MB, and the page spent ~0.17 s of a check decoding them. Findings are untouched.
 */
export function paneTable(table: TableModel): TableModel {
  const { indicators: _rows, unused: _unused, ...rest } = table;
  return { ...rest, indicators: [] };
}

export type CheckRequest =
  /** The next rows of snapshot `id`, in order: values, text and formats of the same rows. */
  | { id: number; type: 'rows'; values: GridInit['values']; text?: GridInit['text']; formats?: GridInit['formats'] }
  /**
   * The snapshot: its rows are those sent before under this id, followed by its own. With `part`,
   * the worker checks only the tables at positions `index`, `index + of`, … (see checkPart).
   */
  | { id: number; type: 'check'; grid: GridInit; settings: Partial<CheckSettings> | null; part?: CheckPart }
  /**
   * A few rows of the opened sheet to run the engine over and forget (./precheck.ts warm()): as a
   * grid (the page made it), or as JSON bytes the reading worker made and the page passed on
   * without reading them (./warm-up.ts encodeWarmUp; moved, not copied, both times).
   */
  | { id: number; type: 'warm'; grid?: GridInit; json?: Uint8Array<ArrayBuffer> };

export type CheckReply =
  /** The next tables of result `id`, in order. */
  | { id: number; type: 'tables'; tables: TableResult[] }
  /** The result: its tables are those sent before under this id, followed by its own (each as paneTable gives it). */
  | { id: number; type: 'done'; result: SheetResult; engineMs?: number }
  | { id: number; type: 'error'; message: string }
  /** The warm-up ran `passes` times, `engineMs` in all (its result is not kept). */
  | { id: number; type: 'warmed'; engineMs: number; passes?: number };

/**
 * The most times the worker runs the engine over one warm-up sample, one pass per task, stopping
 * at the first message of a check. One pass over ~75 tables left most of the engine in V8's
 * first tiers: the engine's CPU time over 2,000 tables after 0, 1, 3, 6 and 12 passes over the
 * first 1,000 rows was ~1,240–1,940, 1,130–1,640, 1,130–1,270, 840–1,490 and 720–915 ms (node 20,
 * 3 fresh processes each, a machine under load 10–16: CPU time, not the clock). A pass is at most
 * WARM_UP_CELLS cells of engine work in the worker, none on the page.
 */
export const WARM_UP_PASSES = 12;

/** One of `of` workers' share of a check: the tables at positions index, index + of, index + 2·of, … */
export interface CheckPart {
  index: number;
  of: number;
}

/** The worker's script, next to the page (webpack.preview.config.js gives it this fixed name). */
export const CHECK_WORKER_URL = 'check-worker.js';
