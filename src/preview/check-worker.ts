/**
 * The preview's checking worker: the engine (src/core, the same code the pane runs) over a sheet's
 * snapshot, off the page's main thread, so the page answers input while a large sheet is checked.
 * No network: the bundle is self-contained and this fetches nothing.
 */
import { checkSheet } from '../core/engine';
import type { CheckReply, CheckRequest } from './check-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
}

// The DOM typings describe a window; in a dedicated worker `self` is the worker's own scope.
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, grid, settings } = event.data;
  let reply: CheckReply;
  try {
    const start = performance.now();
    const result = checkSheet(grid, settings);
    reply = { id, type: 'done', result, engineMs: performance.now() - start };
  } catch (err) {
    reply = { id, type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
