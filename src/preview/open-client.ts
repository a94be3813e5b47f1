/**
 * Opening a workbook without blocking the page: the bytes go to the reading worker
 * (./open-worker.ts), progress comes back, and cancel() terminates the worker, which stops the
 * work outright. Where the page cannot start a worker (no Worker, or the script refused), the
 * file is read in the page as before, and cancel() only drops the result.
 */
import type { Locale } from '../core/model';
import type { WorkbookModel } from '../standin/model';
import type { LoadProgress } from '../standin/xlsx';
import { OPEN_WORKER_URL, type OpenReply, type OpenRequest } from './open-protocol';
import { unpackModel } from './model-transfer';
import { OpenError, readModel } from './read-model';
import { nextTask } from '../standin/next-task';
import { contentRect } from './sheet-view';
import { measureSpans, timed } from './timing';

export interface OpenJob {
  /** The model, or an OpenError; a cancelled job never settles. */
  readonly result: Promise<WorkbookModel>;
  /** Stops the work; the job's result never arrives. */
  cancel(): void;
  /** True when the work runs in a worker (false: in the page). */
  readonly inWorker: boolean;
}

export interface OpenJobOptions {
  locale: Locale;
  onProgress?: (progress: LoadProgress) => void;
  /** Creates the worker; tests pass their own. Default: the bundled reading worker, when the page has Worker. */
  createWorker?: () => Worker | null;
  /**
   * Given, the reading worker also makes a warm-up sample of the sheet on show once the model is
   * sent (./warm-up.ts), and this gets its bytes (not when cancelled, nor from a read in the page).
   */
  onWarmUp?: (json: Uint8Array<ArrayBuffer>) => void;
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(OPEN_WORKER_URL, { name: 'perf-target-open' });
  } catch {
    // A page from file:// or a policy that refuses the script: read in the page instead.
    return null;
  }
}

function inPage(bytes: Uint8Array, name: string, options: OpenJobOptions): OpenJob {
  let cancelled = false;
  const result = readModel(bytes, name, options.locale, { onProgress: (p) => !cancelled && options.onProgress?.(p) }).then(
    (model) => (cancelled ? new Promise<never>(() => undefined) : model),
    (err: unknown) => (cancelled ? new Promise<never>(() => undefined) : Promise.reject(err)),
  );
  return { result, inWorker: false, cancel: () => (cancelled = true) };
}

/** Starts reading `bytes` (a file called `name`) into a workbook model. */
export function startOpen(bytes: Uint8Array, name: string, options: OpenJobOptions): OpenJob {
  const worker = (options.createWorker ?? defaultWorker)();
  if (!worker) return inPage(bytes, name, options);
  let settled = false;
  let cancelled = false;
  let fallback: OpenJob | null = null;
  /** A warm-up sample that came before the model (never in a browser, which keeps a worker's messages in order). */
  let early: Uint8Array<ArrayBuffer> | null | undefined;
  const warmUp = (json: Uint8Array<ArrayBuffer> | null) => {
    // The worker's last message: it stops here.
    worker.terminate();
    if (!cancelled && json) options.onWarmUp?.(json);
  };
  const result = new Promise<WorkbookModel>((resolve, reject) => {
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<OpenReply>) => {
      const reply = event.data;
      if (reply.type === 'warm-up') {
        if (settled) warmUp(reply.json);
        else early = reply.json;
        return;
      }
      if (settled) return;
      if (reply.type === 'progress') options.onProgress?.(reply.progress);
      else if (reply.type === 'done') {
        // Asked for a warm-up sample, the worker makes it after the model and stops after sending it.
        if (!options.onWarmUp) finish();
        else {
          settled = true;
          if (early !== undefined) warmUp(early);
        }
        // Built in slices, so the page answers input meanwhile; a cancel in between drops it.
        measureSpans(reply.spans, reply.origin);
        timed('open: unpack (page)', () => unpackModel(reply.packed))
          .then(async (model) => {
            // The grid's first draw needs the shown sheet's extent, a pass over all its cells:
            // found here, in a task of its own, rather than inside that draw (./sheet-view.ts keeps it).
            await nextTask();
            const shown = model.sheets[model.activeSheet] ?? model.sheets[0];
            if (shown && !cancelled) contentRect(shown);
            return model;
          })
          .then((model) => !cancelled && resolve(model), reject);
      } else {
        finish();
        reject(reply.code ? new OpenError(reply.code, reply.message) : new Error(reply.message));
      }
    };
    // The script could not be loaded or run at all: read in the page instead.
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) {
        // Failed after the model (making the warm-up sample): nothing more will come.
        worker.terminate();
        return;
      }
      finish();
      fallback = inPage(bytes, name, options);
      fallback.result.then(resolve, reject);
    };
    const request: OpenRequest = { bytes, name, locale: options.locale, ...(options.onWarmUp ? { warmUp: true } : {}) };
    worker.postMessage(request);
  });
  return {
    result,
    inWorker: true,
    cancel: () => {
      cancelled = true;
      settled = true;
      // Also after the model: the warm-up sample may still be on its way.
      worker.terminate();
      fallback?.cancel();
    },
  };
}
