/**
 * The request context of the stand-in: a queue of operations that run against the model only when
 * `sync()` is called, as Excel's batches do. Reads are answered all together when the whole batch
 * has run; writes apply in order, and a failing operation rejects the sync with the ones before it
 * already applied (Excel does not roll back a batch).
 */
import { officeError, type OfficeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';

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
  };
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
  run(): PendingRead | void;
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
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
    // A real sync is a round trip: let other promises run first.
    await Promise.resolve();
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
    const reads: PendingRead[] = [];
    for (const op of ops) {
      const sheet = op.guardedSheet?.();
      if (sheet?.protection.protected) throw officeError('AccessDenied');
      const read = op.run();
      if (read) reads.push(read);
    }
    const responseBytes = reads.reduce((n, r) => n + r.bytes, 0);
    this.runtime.stats.maxResponseBytes = Math.max(this.runtime.stats.maxResponseBytes, responseBytes);
    if (responseBytes > limit) throw officeError('ResponsePayloadSizeLimitExceeded');
    for (const r of reads) r.commit();
  }
}
