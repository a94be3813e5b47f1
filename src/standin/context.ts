/**
 * The request context of the stand-in: a queue of operations that run against the model only when
 * `sync()` is called, as Excel's batches do. Reads are answered all together when the whole batch
 * has run; writes apply in order, and a failing operation rejects the sync with the ones before it
 * already applied (Excel does not roll back a batch).
 */
import { officeError, type OfficeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import { nextTask } from './next-task';

export type Platform = 'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android';

export interface StandInOptions {
  /** Highest ExcelApi version the simulated Excel supports (default `1.18`). */
  excelApi?: string;
  /** Default `PC`. Excel on the web (`OfficeOnline`) limits each request and response to 5 MB. */
  platform?: Platform;
  /** Overrides the payload limit in bytes (default 5 MB on the web, none elsewhere). */
  payloadLimitBytes?: number;
  /** Office display language (default `zh-CN`). */
  displayLanguage?: string;
  /**
   * Let the page run while a sync works (the browser preview): a sync that has worked this long
   * (ms) waits for the next task before going on, between operations and between the areas of a
   * RangeAreas read, as the page of a real add-in is free while Excel answers. Syncs then run one
   * after the other, never interleaved. Default: none, a sync runs to its end at once.
   */
  sliceMs?: number;
}

export interface StandInStats {
  /** Every `context.sync()` of every `run`. */
  syncCount: number;
  runCount: number;
  /** Bytes of the largest response and request of any sync (JSON, UTF-8). */
  maxResponseBytes: number;
  maxRequestBytes: number;
}

/** One-shot or lasting failures a test can arrange. */
export interface StandInFaults {
  /** While true, every sync fails with InvalidOperationInCellEditMode (the user is typing in a cell). */
  cellEditMode: boolean;
  /** The next sync fails with this error before doing anything. */
  nextSyncError?: OfficeError;
}

/** What the context needs from the stand-in that owns it. */
export interface StandInRuntime {
  readonly model: WorkbookModel;
  readonly stats: StandInStats;
  readonly faults: StandInFaults;
  readonly options: Required<Pick<StandInOptions, 'excelApi' | 'platform' | 'displayLanguage'>> & {
    payloadLimitBytes: number;
    sliceMs?: number;
  };
  /** The sync running now, when syncs are sliced: the next one starts when it has ended. */
  syncing?: Promise<void>;
  /** Counts operations that may change the model (before and after each): see StandInContext.state. */
  changes?: number;
}

/** A loaded value waiting for the batch to finish, and its size on the wire. */
export interface PendingRead {
  bytes: number;
  commit(): void;
}

export interface Operation {
  /** Sheet whose protection forbids this write; undefined for reads and UI actions. */
  guardedSheet?: () => SheetModel | undefined;
  /** Size of the request data (values written). */
  requestBytes?: number;
  /** A read (`load`): it does not change the model. */
  readOnly?: boolean;
  run(): PendingRead | void;
  /** The same work as `run`, in steps a sliced sync may pause between (large reads). */
  steps?(): Generator<void, PendingRead | void, void>;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string as JSON.stringify writes it, quotes included. */
function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
      else if (c < 0x20) n += 6;
      else n += 1;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6; // a lone surrogate is written as \uXXXX
    else n += 3;
  }
  return n;
}

/**
 * JSON size of plain data (null, booleans, numbers, strings, arrays, plain objects) counted
 * without building the text; undefined for anything else, which is measured the long way.
 */
function plainJsonBytes(value: unknown, inArray: boolean): number | undefined {
  switch (typeof value) {
    case 'string':
      return jsonStringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'undefined':
      return inArray ? 4 : undefined;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const item of value) {
          const b = typeof item === 'function' || typeof item === 'symbol' ? 4 : plainJsonBytes(item, true);
          if (b === undefined) return undefined;
          n += b;
        }
        return n;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype || 'toJSON' in value) return undefined;
      let n = 2;
      let fields = 0;
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        const b = plainJsonBytes(v, false);
        if (b === undefined) return undefined;
        n += jsonStringBytes(k) + 1 + b;
        fields++;
      }
      return n + Math.max(0, fields - 1);
    }
    default:
      return undefined;
  }
}

/**
 * Bytes of `value` as JSON in UTF-8, what a request or response carries. The page's sheet reads
 * measure every band of values this way: counted directly for plain data (no text built and
 * encoded), the same number as encoding JSON.stringify's output (test/hosts/excel/standin-bytes.test.ts).
 */
export function jsonBytes(value: unknown): number {
  const counted = plainJsonBytes(value, false);
  if (counted !== undefined) return counted;
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class StandInContext {
  private queue: Operation[] = [];
  /** Number of syncs this context has completed (successfully or not). */
  generation = 0;

  constructor(readonly runtime: StandInRuntime) {}

  get model(): WorkbookModel {
    return this.runtime.model;
  }

  /**
   * Where the model may have changed since: a new value after every sync of this context and around
   * every operation of any context that may write. What an object names (a range, the used areas of
   * some bands) is worked out once per state: a read and the isNullObject after it share it.
   */
  get state(): string {
    return `${this.generation}:${this.runtime.changes ?? 0}`;
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  /** Queues a call to an API the simulated Excel may not have: it fails at sync with ApiNotFound. */
  requireApi(version: string, location: string): boolean {
    if (compareVersions(this.runtime.options.excelApi, version) >= 0) return true;
    this.enqueue({
      run() {
        throw officeError('ApiNotFound', location);
      },
    });
    return false;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.runtime.stats.syncCount++;
    this.generation++;
    const slice = this.runtime.options.sliceMs;
    if (slice === undefined) {
      // A real sync is a round trip: let other promises run first.
      await Promise.resolve();
      this.perform(ops);
      return;
    }
    const before = this.runtime.syncing;
    const done = (async () => {
      await (before ?? Promise.resolve()).catch(() => undefined);
      await this.performSliced(ops, slice);
    })();
    const settled = done.catch(() => undefined);
    this.runtime.syncing = settled;
    try {
      await done;
    } finally {
      if (this.runtime.syncing === settled) this.runtime.syncing = undefined;
    }
  }

  /** The checks before any operation runs; returns the payload limit. */
  private begin(ops: Operation[]): number {
    const fault = this.runtime.faults.nextSyncError;
    if (fault) {
      this.runtime.faults.nextSyncError = undefined;
      throw fault;
    }
    if (this.runtime.faults.cellEditMode && ops.length > 0) throw officeError('InvalidOperationInCellEditMode');
    const limit = this.runtime.options.payloadLimitBytes;
    const requestBytes = ops.reduce((n, op) => n + (op.requestBytes ?? 0), 0);
    this.runtime.stats.maxRequestBytes = Math.max(this.runtime.stats.maxRequestBytes, requestBytes);
    if (requestBytes > limit) throw officeError('RequestPayloadSizeLimitExceeded');
    return limit;
  }

  /** Runs one operation, counting it as a possible change of the model unless it only reads. */
  private runOne(op: Operation, run: () => PendingRead | void): PendingRead | void {
    const sheet = op.guardedSheet?.();
    if (sheet?.protection.protected) throw officeError('AccessDenied');
    if (!op.readOnly) this.runtime.changes = (this.runtime.changes ?? 0) + 1;
    try {
      return run();
    } finally {
      if (!op.readOnly) this.runtime.changes = (this.runtime.changes ?? 0) + 1;
    }
  }

  /** Answers the reads all together once every operation has run. */
  private finish(reads: PendingRead[], limit: number): void {
    const responseBytes = reads.reduce((n, r) => n + r.bytes, 0);
    this.runtime.stats.maxResponseBytes = Math.max(this.runtime.stats.maxResponseBytes, responseBytes);
    if (responseBytes > limit) throw officeError('ResponsePayloadSizeLimitExceeded');
    for (const r of reads) r.commit();
  }

  /** The whole batch at once (the default). */
  private perform(ops: Operation[]): void {
    const limit = this.begin(ops);
    const reads: PendingRead[] = [];
    for (const op of ops) {
      const read = this.runOne(op, () => op.run());
      if (read) reads.push(read);
    }
    this.finish(reads, limit);
  }

  /** The batch in slices of `slice` ms of work, the next task between them. */
  private async performSliced(ops: Operation[], slice: number): Promise<void> {
    let since = performance.now();
    const due = (): boolean => performance.now() - since >= slice;
    // Called only when due: an async call per step made a promise per area of a read.
    const pause = async (): Promise<void> => {
      await nextTask();
      since = performance.now();
    };
    const limit = this.begin(ops);
    const reads: PendingRead[] = [];
    for (const op of ops) {
      const sheet = op.guardedSheet?.();
      if (sheet?.protection.protected) throw officeError('AccessDenied');
      let read: PendingRead | void;
      if (op.steps) {
        // Steps only read (load): the model does not change while this op pauses between them.
        const steps = op.steps();
        let step = steps.next();
        while (!step.done) {
          if (due()) await pause();
          step = steps.next();
        }
        read = step.value;
      } else read = this.runOne(op, () => op.run());
      if (read) reads.push(read);
      if (due()) await pause();
    }
    this.finish(reads, limit);
  }
}
