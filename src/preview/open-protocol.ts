/**
 * Messages between the page and its reading worker (./open-worker.ts). The page sends the file's
 * bytes once; the worker answers with progress, then the workbook model or an error. Everything
 * stays in this page: the worker fetches nothing and sends nothing anywhere but back to the page.
 */
import type { Locale } from '../core/model';
import type { LoadProgress } from '../standin/xlsx';
import type { PackedModel } from './model-transfer';
import type { OpenErrorCode } from './read-model';
import type { Span } from './timing';

export interface OpenRequest {
  bytes: Uint8Array;
  name: string;
  locale: Locale;
  /** After the model, also send a warm-up sample of the sheet on show ('warm-up'), for the checking worker. */
  warmUp?: boolean;
}

export type OpenReply =
  | { type: 'progress'; progress: LoadProgress }
  /** The model packed into transferred typed arrays (./model-transfer.ts), not an object graph. */
  | { type: 'done'; packed: PackedModel; spans?: Span[]; origin?: number }
  /**
   * After 'done' when the request asked for it: the first rows of the sheet on show as JSON bytes
   * (./warm-up.ts encodeWarmUp), null when there is none; the worker's last message.
   */
  | { type: 'warm-up'; json: Uint8Array<ArrayBuffer> | null }
  /** `code` null: not a refusal of the file but a failure of the worker itself. */
  | { type: 'error'; code: OpenErrorCode | null; message: string };

/** The worker's script, next to the page (webpack.preview.config.js gives it this fixed name). */
export const OPEN_WORKER_URL = 'open-worker.js';
