/**
 * A file the preview cannot open, with a message saying in the user's language why and what to
 * do. Its own module so that both readers (./read-model.ts for .xlsx, ./legacy-model.ts for .xls
 * and web pages) throw it without importing each other.
 */
export type OpenErrorCode = 'empty' | 'encrypted' | 'not-xlsx' | 'corrupt' | 'no-sheets' | 'too-large';

/** A file the preview cannot open; `message` says in the user's language what to do. */
export class OpenError extends Error {
  constructor(
    readonly code: OpenErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'OpenError';
  }
}
