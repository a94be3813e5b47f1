/**
 * Checks many files on worker threads, results in the order the files were given.
 *
 * Every file is checked in a worker (src/cli/worker.ts) with a heap limit, so a file that blows
 * up the reader kills only its worker: that file gets one line ("内存耗尽"), a fresh worker takes
 * the rest of the queue, and every other file is still reported. The main thread never loads the
 * engine or the reader. Under ts-jest/tsx (no compiled worker.js beside this file) the files are
 * checked in this thread instead.
 *
 * How many workers: one per `jobs`, but no more than one per MIN_BYTES_PER_WORKER of input —
 * a worker's start-up (loading the engine and the reader) costs more than a small file's check.
 */
import '../core/i18n/cli';
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import type { CheckSettings, Locale } from '../core/model';
import { t } from '../core/i18n';
import { LISTED_FINDINGS_LIMIT, RUN_LISTED_FINDINGS_LIMIT } from '../core/review/report';
import type { FileOutcome } from './check-file';

const WORKER_FILE = join(__dirname, 'worker.js');

/**
 * Input per extra worker. Measured on 2 cores (README): 100 small files (1 MB) took 1.2 s on one
 * thread and 1.5 s on two; six 1 MB files of 2,000 tables 6.9 s and 6.0 s.
 * PERF_TARGET_PARALLEL_BYTES overrides it (0: one worker per job).
 */
const MIN_BYTES_PER_WORKER = 2 * 1024 * 1024;

export interface PoolOptions {
  jobs: number;
  locale: Locale;
  /** Called after each file. */
  onProgress?: (done: number, total: number) => void;
  /** Called with the details of a worker's crash (for --debug). */
  onCrash?: (file: string, err: unknown) => void;
  /** Another worker script speaking worker.ts's protocol (tests). */
  workerFile?: string;
  /** Old-generation heap cap of each worker in MB. */
  heapMb?: number;
  /** Findings the whole run may list (RUN_LISTED_FINDINGS_LIMIT; tests set a small one). */
  runListLimit?: number;
}

/**
 * The run's findings listing limit, shared out as files are handed to be checked: a file gets its
 * worker's part of what is left (LISTED_FINDINGS_LIMIT at most), and what it did not list comes back
 * with its result. What every file lists together never passes the run's limit, however many files
 * run at once; and as no file takes more than a worker's part, the files checked beside a large one
 * keep a share while the run has room (two or three workers: 200,000 each, as with no run limit;
 * eight: ~49,000 at the least with seven large files in flight, where a real workbook of 2,000
 * tables has ~4,700 findings). Once large files have listed the run's limit, later files are
 * counted and not listed, each said so.
 */
export class ListingShares {
  private left: number;

  constructor(
    limit: number,
    private readonly workers: number,
  ) {
    this.left = Math.max(0, limit);
  }

  /** The share of a file about to be checked. */
  take(): number {
    const share = Math.min(LISTED_FINDINGS_LIMIT, Math.floor(this.left / Math.max(1, this.workers)));
    this.left -= share;
    return share;
  }

  /** A file's result: the part of its share it did not list is the run's again. */
  settle(share: number, outcome: FileOutcome): void {
    let listed = 0;
    for (let i = 0; i < outcome.findings.length; i++) listed += outcome.findings[i][1].length;
    this.left += Math.max(0, share - listed);
  }
}

/** The heap cap of a worker: a share of the memory, between 512 MB and 4 GB. PERF_TARGET_WORKER_HEAP_MB overrides it. */
export function defaultHeapMb(workers: number): number {
  const fromEnv = Number(process.env.PERF_TARGET_WORKER_HEAP_MB);
  if (Number.isFinite(fromEnv) && fromEnv >= 16) return fromEnv;
  const share = Math.floor(totalmem() / 1024 / 1024 / (workers + 1));
  return Math.max(512, Math.min(4096, share));
}

function totalBytes(files: readonly string[]): number {
  let sum = 0;
  for (const f of files) {
    try {
      sum += statSync(f).size;
    } catch {
      // A missing file is reported by the check; it adds no work here.
    }
  }
  return sum;
}

/** How many workers for these files. */
export function workerCount(files: readonly string[], jobs: number): number {
  if (files.length === 0) return 0;
  const env = process.env.PERF_TARGET_PARALLEL_BYTES;
  const perWorker = env !== undefined && Number.isFinite(Number(env)) ? Number(env) : MIN_BYTES_PER_WORKER;
  const byBytes = perWorker <= 0 ? jobs : Math.max(1, Math.ceil(totalBytes(files) / perWorker));
  return Math.max(1, Math.min(jobs, files.length, byBytes));
}

function failed(file: string, message: string): FileOutcome {
  return { report: { file, error: message, sheets: [] }, findings: [] };
}

export async function checkFiles(files: readonly string[], settings: Partial<CheckSettings>, options: PoolOptions): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array<FileOutcome>(files.length);
  let next = 0;
  let done = 0;
  const take = () => (next < files.length ? next++ : -1);
  const finish = (index: number, outcome: FileOutcome) => {
    results[index] = outcome;
    done++;
    options.onProgress?.(done, files.length);
  };

  const workerFile = options.workerFile ?? WORKER_FILE;
  if (!existsSync(workerFile)) {
    const shares = new ListingShares(options.runListLimit ?? RUN_LISTED_FINDINGS_LIMIT, 1);
    const { checkFile } = await import('./check-file');
    for (let i = take(); i >= 0; i = take()) {
      const share = shares.take();
      const outcome = await checkFile(files[i], settings, undefined, share);
      shares.settle(share, outcome);
      finish(i, outcome);
    }
    return results;
  }

  const workers = workerCount(files, options.jobs);
  const heapMb = options.heapMb ?? defaultHeapMb(workers);
  const shares = new ListingShares(options.runListLimit ?? RUN_LISTED_FINDINGS_LIMIT, workers);

  const live = new Set<Worker>();
  /** One worker until it exits; resolves whether it finished the queue or died on a file. */
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(workerFile, { workerData: { settings }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      live.add(w);
      let current = -1;
      let share = 0;
      let fed = false;
      let crash: unknown;
      const feed = () => {
        fed = true;
        current = take();
        if (current < 0) {
          void w.terminate();
          return;
        }
        share = shares.take();
        w.postMessage({ index: current, file: files[current], listLimit: share });
      };
      w.on('message', (msg: { index: number; outcome: FileOutcome }) => {
        if (msg.index !== current) return;
        shares.settle(share, msg.outcome);
        finish(current, msg.outcome);
        feed();
      });
      w.on('error', (err) => {
        crash = err;
      });
      w.on('exit', () => {
        live.delete(w);
        if (current >= 0) {
          // Died on this file: it gets one line; the queue goes on in a fresh worker.
          const file = files[current];
          options.onCrash?.(file, crash);
          const oom = (crash as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
          const outcome = failed(file, t(oom ? 'cli.workerMemory' : 'cli.workerCrashed', options.locale, { file }));
          shares.settle(share, outcome);
          finish(current, outcome);
          current = -1;
        } else if (!fed) {
          // It died before it could take a file: the worker itself is broken, and so would a new one be.
          reject(crash instanceof Error ? crash : new Error('the worker stopped before it started'));
          return;
        }
        resolve();
      });
      w.once('online', feed);
    });

  const lane = async () => {
    while (next < files.length) await runWorker();
  };
  try {
    await Promise.all(Array.from({ length: workers }, lane));
  } catch (err) {
    await Promise.all([...live].map((w) => w.terminate()));
    throw err;
  }
  return results;
}
