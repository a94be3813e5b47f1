/**
 * Turns what Office throws into a HostError the user can act on. Every error is converted and
 * rethrown, never swallowed: unknown ones keep Excel's own text and the original as `cause`.
 */
import { t } from '../../core/i18n/base';
import type { Locale } from '../../core/model';
import { HostError } from '../types';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown };
}

/** The error code of an `OfficeExtension.Error` (or anything shaped like it). */
export function officeErrorCode(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as OfficeLikeError;
  if (typeof e.code === 'string') return e.code;
  if (typeof e.debugInfo?.code === 'string') return e.debugInfo.code;
  return undefined;
}

function detailOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && typeof (err as OfficeLikeError).message === 'string') return (err as { message: string }).message;
  return String(err);
}

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);
const UNSUPPORTED_CODES = new Set(['ApiNotFound', 'NotImplemented', 'UnsupportedOperation', 'UnsupportedFeature']);
const CLOSED_CODES = new Set(['RequestAborted', 'InactiveWorkbook', 'InvalidRequestContext', 'ConnectionFailure']);

export interface ErrorContext {
  locale: Locale;
  /** The sheet being worked on, for the message. */
  sheet?: string;
}

/** Maps any error from an Excel batch to a HostError with a localised message. */
export function toHostError(err: unknown, ctx: ErrorContext): HostError {
  if (err instanceof HostError) return err;
  const code = officeErrorCode(err);
  const sheet = ctx.sheet ?? '';
  const { locale } = ctx;
  if (code === 'InvalidOperationInCellEditMode') return new HostError('busy', t('excel.busy', locale), err);
  // Excel answers GeneralException while a dialog is open, it is recalculating, or the user is busy
  // in the grid; trying again afterwards is what helps.
  if (code === 'GeneralException' || code === 'ActivityLimitReached') {
    return new HostError('busy', t('excel.busyGeneral', locale, { detail: detailOf(err) }), err);
  }
  if (code === 'AccessDenied') return new HostError('protected', t('excel.protected', locale, { sheet }), err);
  if (code === 'ItemNotFound' && ctx.sheet !== undefined) return new HostError('no-sheet', t('excel.noSheet', locale, { sheet }), err);
  if (code !== undefined && PAYLOAD_CODES.has(code)) return new HostError('too-large', t('excel.tooLarge', locale, { sheet }), err);
  if (code !== undefined && UNSUPPORTED_CODES.has(code)) {
    return new HostError('unsupported', t('excel.unsupportedApi', locale, { detail: detailOf(err) }), err);
  }
  if (code !== undefined && CLOSED_CODES.has(code)) return new HostError('closed', t('excel.closed', locale), err);
  return new HostError('unknown', t('excel.unknown', locale, { detail: detailOf(err) }), err);
}

/** True for the errors a smaller request can avoid. */
export function isPayloadError(err: unknown): boolean {
  const code = officeErrorCode(err);
  return code !== undefined && PAYLOAD_CODES.has(code);
}
