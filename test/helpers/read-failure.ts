/**
 * The FileReadError the command line's reader throws for `bytes` named `file`; a test fails if the
 * file is read, or if anything else is thrown (a reader's own failure would be a bug).
 */
import { FileReadError, readWorkbookDetailed } from '../../src/hosts/file/read';

export function readFailure(bytes: Uint8Array, file: string): FileReadError {
  try {
    readWorkbookDetailed(bytes, file);
  } catch (err) {
    if (err instanceof FileReadError) return err;
    throw err;
  }
  throw new Error('did not fail');
}
