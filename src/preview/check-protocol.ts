/**
 * Messages between the page and its checking worker (./check-worker.ts): a sheet's snapshot and
 * the settings in, the engine's result out. Nothing leaves the page.
 */
import type { GridInit } from '../core/engine/grid';
import type { CheckSettings, SheetResult } from '../core/model';

export interface CheckRequest {
  id: number;
  grid: GridInit;
  settings: Partial<CheckSettings> | null;
}

export type CheckReply = { id: number; type: 'done'; result: SheetResult; engineMs?: number } | { id: number; type: 'error'; message: string };

/** The worker's script, next to the page (webpack.preview.config.js gives it this fixed name). */
export const CHECK_WORKER_URL = 'check-worker.js';
