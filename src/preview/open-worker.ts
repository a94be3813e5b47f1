/**
 * The preview's reading worker: .xlsx bytes into the stand-in's workbook model (the fast loader, or
 * ExcelJS with the file host's linear merge handling), off the page's main thread so the page
 * answers input while a large workbook is read, and so 取消 can stop the work outright (the page terminates the worker).
 * Progress goes back to the page as ExcelJS finishes parsing and as rows are converted.
 *
 * Nothing from elsewhere: a plain .xlsx needs nothing but this script; ExcelJS and the legacy readers
 * are chunks from the page's own folder, loaded (importScripts) only for a file that needs them
 * (./read-model.ts). Files are never sent anywhere.
 */
import type { OpenReply, OpenRequest } from './open-protocol';
import { packModel } from './model-transfer';
import { OpenError, readModel } from './read-model';
import { now, type Span } from './timing';
import { encodeWarmUp, warmUpGrid } from './warm-up';

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: OpenReply, transfer?: Transferable[]): void;
}

// The DOM typings describe a window; in a dedicated worker `self` is the worker's own scope.
const scope = self as unknown as WorkerScope;

/** Progress messages no more often than this (ms): each is a task for the page. */
const PROGRESS_INTERVAL_MS = 50;

scope.onmessage = (event) => {
  const { bytes, name, locale, warmUp } = event.data;
  let last = 0;
  const start = now();
  let converting = 0;
  readModel(bytes, name, locale, {
    onProgress: (progress) => {
      const at = now();
      if (progress.phase === 'converting' && converting === 0) converting = at;
      if (progress.phase === 'converting' && progress.row > 0 && at - last < PROGRESS_INTERVAL_MS) return;
      last = at;
      scope.postMessage({ type: 'progress', progress });
    },
  })
    .then((model) => {
      // Typed arrays moved to the page, not a cloned graph of cell objects (./model-transfer.ts).
      const read = now();
      const { packed, transfer } = packModel(model);
      const spans: Span[] = [
        { name: 'open: parse (worker)', start, end: converting || read },
        { name: 'open: convert (worker)', start: converting || read, end: read },
        { name: 'open: pack (worker)', start: read, end: now() },
      ];
      scope.postMessage({ type: 'done', packed, spans, origin: performance.timeOrigin }, transfer);
      if (!warmUp) return;
      // After the model, so the open does not wait for it: the checking worker's warm-up sample,
      // made here rather than on the page (a task of 40-120 ms there), moved on as bytes.
      let json: Uint8Array<ArrayBuffer> | null = null;
      try {
        const sheet = model.sheets[model.activeSheet] ?? model.sheets[0];
        if (sheet) json = encodeWarmUp(warmUpGrid(sheet));
      } catch {
        // No sample: the check is only slower.
      }
      scope.postMessage({ type: 'warm-up', json }, json ? [json.buffer] : []);
    })
    .catch((err: unknown) => {
      if (err instanceof OpenError) scope.postMessage({ type: 'error', code: err.code, message: err.message });
      else scope.postMessage({ type: 'error', code: null, message: err instanceof Error ? err.message : String(err) });
    });
};
