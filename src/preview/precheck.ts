/**
 * Checking in the worker while the pane keeps its own code path. The pane's session reads a sheet
 * through the host, then calls its check function synchronously (src/taskpane/session.ts). In the
 * preview the host's readSheet also hands the snapshot to the checking worker and returns only when
 * the worker has the result; the pane's check function then takes that result instead of running
 * the engine on the main thread. The engine is the same code in both places; where anything does
 * not match (other settings, another snapshot, a partial re-check, no worker), the pane's check
 * runs as before, so the findings are always the engine's for that snapshot and those settings.
 */
import type { GridInit } from '../core/engine/grid';
import type { CheckSettings, SheetResult } from '../core/model';
import { checkSheet, resolveSettings } from '../core/engine';
import { ExcelHost, type ExcelHostOptions } from '../hosts/excel';
import type { CheckFn } from '../taskpane/session';
import { CHECK_WORKER_URL, ROWS_PER_MESSAGE, type CheckPart, type CheckReply, type CheckRequest } from './check-protocol';
import { mergeParts } from './check-parts';
import type { TableResult } from '../core/model';
import type { MarkTarget } from '../hosts/types';
import { measureSince, now, timed } from './timing';
import { nextTask } from '../standin/next-task';

type Settings = Partial<CheckSettings> | null | undefined;


/** Runs `task` when the page is idle (or within two seconds), else in the next task. */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

function settingsKey(settings: Settings): string {
  return JSON.stringify(resolveSettings(settings ?? null));
}

export interface CheckWorkerLike {
  postMessage(message: CheckRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The bundled checking worker, where the page can start one. */
export function defaultCheckWorker(): CheckWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(CHECK_WORKER_URL, { name: 'perf-target-check' });
  } catch {
    return null;
  }
}

/**
 * A checking worker started before its workbook is open (when a file begins to open): its script
 * loads and compiles while the reading worker reads the file, and it warms its engine up on the
 * sample the reading worker sends (startOpen's onWarmUp) while the page builds and draws the
 * workbook, not after. Its replies before the Prechecker takes it over (the warm-up's 'warmed')
 * are kept and given to the first handler set.
 */
export function earlyCheckWorker(create: () => CheckWorkerLike | null = defaultCheckWorker): CheckWorkerLike | null {
  const worker = create();
  if (!worker) return null;
  const early: MessageEvent<CheckReply>[] = [];
  let handler: ((event: MessageEvent<CheckReply>) => void) | null = null;
  worker.onmessage = (event) => {
    if (handler) handler(event);
    else early.push(event);
  };
  // A script that failed before anyone listened still fails the first listener (else a check would wait forever).
  let failed: ErrorEvent | null = null;
  let onError: ((event: ErrorEvent) => void) | null = null;
  worker.onerror = (event) => {
    if (onError) onError(event);
    else {
      event.preventDefault();
      failed = event;
    }
  };
  return {
    postMessage: (message, transfer) => (transfer ? worker.postMessage(message, transfer) : worker.postMessage(message)),
    get onmessage() {
      return handler;
    },
    set onmessage(h) {
      handler = h;
      if (h) for (const event of early.splice(0)) h(event);
    },
    get onerror() {
      return onError;
    },
    set onerror(h) {
      onError = h;
      if (h && failed) h(failed);
    },
    terminate: () => worker.terminate(),
  };
}

interface Prechecked {
  key: string;
  result: SheetResult;
}

/** One checking worker and the checks waiting for its answer (with the tables that came before it: ./check-protocol.ts). */
interface Link {
  worker: CheckWorkerLike;
  pending: Map<number, { resolve: (r: SheetResult | null) => void; tables: TableResult[] }>;
}

/**
 * Checking workers per check: one, or what the page's address asks for (`?checkWorkers=2`, at most
 * 4). With two, each locates the whole sheet and checks every other table (./check-parts.ts), and
 * the page sends the snapshot to each. Measured on this project's 2-core machine under load 13
 * (2,000 tables, 3 runs): the engine's round trip 8.0 s with one, 9.1 s with two, the page's
 * snapshot posting 172 → 572 ms; so one stays the default until two are measured on a quiet machine.
 */
export function defaultCheckWorkers(): number {
  const search = (globalThis as { location?: { search?: string } }).location?.search ?? '';
  const asked = Number(new URLSearchParams(search).get('checkWorkers'));
  return Number.isInteger(asked) && asked >= 1 && asked <= 4 ? asked : 1;
}

/**
 * Whether the preview checks the sheet on show ahead of 校验 (PrecheckingHost.checkAhead): yes,
 * unless the page's address says `?checkAhead=0` (the benchmark's cold check).
 */
export function defaultCheckAhead(): boolean {
  const search = (globalThis as { location?: { search?: string } }).location?.search ?? '';
  return new URLSearchParams(search).get('checkAhead') !== '0';
}

export class Prechecker {
  /** undefined: not started yet; null: no worker (none could start, or stopped). */
  private links: Link[] | null | undefined;
  private nextId = 0;
  private readonly results = new WeakMap<GridInit, Prechecked>();
  /** The settings of the pane's latest check: the next sheet is checked with them. */
  private settings: Settings = null;
  /** How many checks the worker answered and the pane then took (for tests and the benchmark). */
  taken = 0;

  constructor(
    private readonly createWorker: () => CheckWorkerLike | null = defaultCheckWorker,
    /** Workers sharing each check (1: the whole check in one). */
    private readonly parts = 1,
  ) {}

  private start(): Link[] | null {
    if (this.links !== undefined) return this.links;
    const links: Link[] = [];
    for (let k = 0; k < this.parts; k++) {
      const worker = this.createWorker();
      if (!worker) break;
      links.push(this.listen(worker));
    }
    this.links = links.length > 0 ? links : null;
    return this.links;
  }

  private listen(worker: CheckWorkerLike): Link {
    const link: Link = { worker, pending: new Map() };
    worker.onmessage = (event) => {
      const start = now();
      const reply = event.data;
      if (reply.type === 'warmed') {
        measureSince('open: warm-up engine (worker)', now() - reply.engineMs);
        if (this.links?.[0] === link) this.warmed++;
        return;
      }
      measureSince('check: result received (page)', start);
      const waiting = link.pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'tables') {
        for (const table of reply.tables) waiting.tables.push(table);
        return;
      }
      if (reply.type === 'done' && reply.engineMs !== undefined) measureSince('check: engine alone (worker)', now() - reply.engineMs);
      link.pending.delete(reply.id);
      waiting.resolve(reply.type === 'done' ? { ...reply.result, tables: [...waiting.tables, ...reply.result.tables] } : null);
    };
    // The script could not be loaded or run: the pane checks on the main thread from now on.
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop();
    };
    return link;
  }

  /**
   * Starts the workers ahead of the first check (when a workbook opens): their script loads and
   * compiles while the user looks at the sheet, not after 校验 is pressed. With `sample` (a few
   * rows of the opened sheet, ./warm-up.ts), once the page is idle each worker also runs the engine
   * over them and forgets the result: a cold engine took ~3× as long over 2,000 tables as a warm
   * one. Skipped when a check was sent first (it would only wait behind the warm-up).
   */
  warm(sample?: () => GridInit): void {
    const links = this.start();
    if (!links || !sample) return;
    whenIdle(() => {
      if (this.links !== links || this.nextId > 0) return;
      const start = now();
      const grid = sample();
      for (const link of links) link.worker.postMessage({ id: -1, type: 'warm', grid });
      measureSince('open: warm-up sample (page)', start);
    });
  }

  /** Warm-ups the (first) worker ran (tests). */
  warmed = 0;

  /** True once a snapshot was sent to be checked (a warm-up or a check ahead would only queue behind it). */
  get checking(): boolean {
    return this.nextId > 0;
  }

  /** Checks a snapshot in the worker(s); resolves when the result is there (or a worker is gone). */
  async precheck(grid: GridInit): Promise<void> {
    const links = this.start();
    if (!links) return;
    const id = this.nextId++;
    const settings = this.settings ?? null;
    const parts = await Promise.all(
      links.map(
        (link, index) =>
          new Promise<SheetResult | null>((resolve) => {
            link.pending.set(id, { resolve, tables: [] });
            void this.post(link, id, grid, settings, links.length > 1 ? { index, of: links.length } : undefined);
          }),
      ),
    );
    if (parts.some((p) => p === null)) return;
    const result = parts.length > 1 ? mergeParts(parts as SheetResult[]) : (parts[0] as SheetResult);
    this.results.set(grid, { key: settingsKey(settings), result });
  }

  /**
   * Sends a snapshot: a large one in pieces of ROWS_PER_MESSAGE rows, each copied in a task of its
   * own with the page free in between; then the rest of it with the settings.
   */
  private async post(link: Link, id: number, grid: GridInit, settings: Settings, part: CheckPart | undefined): Promise<void> {
    const { worker } = link;
    const rows = grid.values.length;
    const last = Math.max(0, rows - ROWS_PER_MESSAGE);
    const slice = <T>(a: T[] | undefined, from: number, to?: number): T[] | undefined => a?.slice(from, to);
    for (let from = 0; from < last; from += ROWS_PER_MESSAGE) {
      const to = Math.min(last, from + ROWS_PER_MESSAGE);
      const start = now();
      worker.postMessage({ id, type: 'rows', values: grid.values.slice(from, to), text: slice(grid.text, from, to), formats: slice(grid.formats, from, to) });
      measureSince('check: post snapshot (page)', start);
      await nextTask();
      // Stopped meanwhile (the workbook closed): the check has been answered already.
      if (!this.links?.includes(link)) return;
    }
    const start = now();
    const rest: GridInit = { ...grid, values: grid.values.slice(last), text: slice(grid.text, last, undefined), formats: slice(grid.formats, last, undefined) };
    worker.postMessage({ id, type: 'check', grid: rest, settings: settings ?? null, ...(part ? { part } : {}) });
    measureSince('check: post snapshot (page)', start);
  }

  /** The pane's check function: the worker's result for this very snapshot and settings, or the engine here. */
  readonly check: CheckFn = (grid, settings) => {
    this.settings = settings ?? null;
    const found = this.results.get(grid);
    if (found) {
      this.results.delete(grid);
      if (found.key === settingsKey(settings)) {
        this.taken++;
        return found.result;
      }
    }
    return checkSheet(grid, settings);
  };

  /** Stops the workers; waiting snapshots are checked by the pane itself. */
  stop(): void {
    for (const link of this.links ?? []) {
      link.worker.terminate();
      for (const waiting of link.pending.values()) waiting.resolve(null);
      link.pending.clear();
    }
    this.links = null;
  }
}

/** A check begun before the pane asked for it (PrecheckingHost.checkAhead). */
interface Ahead {
  sheet: string;
  /** The stand-in's change count when the read began. */
  changes: number;
  /** The snapshot once read and checked in the worker; null when dropped (a change meanwhile, a failed read). */
  grid: Promise<GridInit | null>;
}

/** The add-in's ExcelHost, whose readSheet also has the snapshot checked in the worker. */
export class PrecheckingHost extends ExcelHost {
  private ahead: Ahead | undefined;
  /** Reads of the pane so far (a check ahead is not begun once the pane has read). */
  private reads = 0;

  constructor(
    options: ExcelHostOptions,
    private readonly prechecker: Prechecker,
    /**
     * How many changes the workbook has had (the stand-in counts every operation that may change
     * it): a snapshot read ahead is the pane's own read only while this has not moved.
     */
    private readonly changes?: () => number,
  ) {
    super(options);
  }

  /**
   * Reads sheet `name` and has it checked in the worker before the pane asks, as a linter checks a
   * file on open: while the user looks at the sheet, the read through this very host (in short
   * slices) and the worker's check. The pane's next read of that sheet takes this snapshot, and
   * its check the worker's result for it, only if nothing in the workbook changed since the read
   * began (an edit, a fix, marks, a template, anything the stand-in counts) and the pane checks
   * with the settings the worker used (Prechecker.check compares them); otherwise the pane reads
   * and checks as before. Pressed while this is under way, 校验 waits for it rather than starting
   * over. Not begun once the pane has read a sheet itself. Resolves when ready or dropped.
   */
  checkAhead(name: string): Promise<void> {
    const changes = this.changes;
    if (!changes || this.reads > 0 || this.prechecker.checking) return Promise.resolve();
    const at = changes();
    const start = now();
    const grid = this.readAhead(name, changes, at).then((snapshot) => {
      measureSince(snapshot ? 'open: check ahead (read and engine)' : 'open: check ahead (dropped)', start);
      return snapshot;
    });
    this.ahead = { sheet: name, changes: at, grid };
    return grid.then(() => undefined);
  }

  private async readAhead(name: string, changes: () => number, at: number): Promise<GridInit | null> {
    try {
      const snapshot = await super.readSheet(name);
      if (changes() !== at) return null;
      await this.prechecker.precheck(snapshot);
      return snapshot;
    } catch {
      // The pane's own read will meet the same problem and report it.
      return null;
    }
  }

  override async readSheet(name: string): Promise<GridInit> {
    this.reads++;
    const ahead = this.ahead;
    this.ahead = undefined;
    if (ahead && ahead.sheet === name && this.changes?.() === ahead.changes) {
      const grid = await timed('check: checked ahead (waited)', () => ahead.grid);
      if (grid && this.changes?.() === ahead.changes) return grid;
    }
    const grid = await timed('check: read sheet (stand-in)', () => super.readSheet(name));
    await timed('check: engine (worker round trip)', () => this.prechecker.precheck(grid));
    return grid;
  }

  override mark(sheetName: string, targets: MarkTarget[]): Promise<void> {
    return timed('check: mark (stand-in)', () => super.mark(sheetName, targets));
  }

  override clearMarks(sheetName?: string): Promise<void> {
    return timed('check: clear marks (stand-in)', () => super.clearMarks(sheetName));
  }
}
