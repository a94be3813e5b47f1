/**
 * Every file the command line writes (annotated copies, the blank template) goes through here:
 * - created exclusively (O_CREAT|O_EXCL, and O_NOFOLLOW where the system has it), so an existing
 *   file — or a symlink, even a dangling one — is never written through;
 * - refused when it is one of the inputs (same device and inode: another spelling, a hard link,
 *   a symlink), with or without --force;
 * - refused when a symlink or anything but a regular file stands where it goes;
 * - an existing regular file is replaced only with --force, by writing a new file beside it and
 *   renaming it over (so a failed write never leaves half a file in its place).
 */
import '../core/i18n/cli';
import { constants, type Stats } from 'node:fs';
import { lstat, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Locale } from '../core/model';
import { t } from '../core/i18n';
import { systemReason } from './safe-text';

export type OutputProblem = 'exists' | 'is-input' | 'symlink' | 'not-file' | 'failed';

/** An output that was not written; `cause` is the system error for `failed`. */
export class OutputError extends Error {
  constructor(
    readonly problem: OutputProblem,
    readonly file: string,
    /** For `is-input`: the input it would have overwritten. */
    readonly input?: string,
    override readonly cause?: unknown,
  ) {
    super(`${problem}: ${file}`);
    this.name = 'OutputError';
  }
}

/** Identity of a file, whatever path leads to it. */
export interface FileId {
  dev: number;
  ino: number;
  path: string;
}

/** Identities of the inputs that exist (a missing input cannot be overwritten). */
export async function fileIds(paths: readonly string[]): Promise<FileId[]> {
  const ids: FileId[] = [];
  for (const path of paths) {
    try {
      const s = await stat(path);
      ids.push({ dev: s.dev, ino: s.ino, path });
    } catch {
      // reported by the check itself
    }
  }
  return ids;
}

function inputAt(s: Stats, inputs: readonly FileId[]): FileId | undefined {
  // ino 0 means the file system gives no identity (some network drives): compare nothing.
  if (s.ino === 0) return undefined;
  return inputs.find((i) => i.dev === s.dev && i.ino === s.ino);
}

/** What stands at `path` now, if anything, as a reason not to write there. */
async function obstacle(path: string, inputs: readonly FileId[], force: boolean): Promise<OutputError | 'free' | 'replace'> {
  let s: Stats;
  try {
    s = await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'free';
    return new OutputError('failed', path, undefined, err);
  }
  if (s.isSymbolicLink()) {
    // A link to an input is worth naming as such; any other link is refused as a link.
    const target = await stat(path).catch(() => undefined);
    const input = target && inputAt(target, inputs);
    return input ? new OutputError('is-input', path, input.path) : new OutputError('symlink', path);
  }
  const input = inputAt(s, inputs);
  if (input) return new OutputError('is-input', path, input.path);
  if (!s.isFile()) return new OutputError('not-file', path);
  return force ? 'replace' : new OutputError('exists', path);
}

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Creates `path` with `bytes`; fails with EEXIST if anything (a link too) is already there. */
async function createExclusive(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, EXCLUSIVE, 0o666);
  try {
    await handle.writeFile(bytes);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined); // ours: created just above
    throw err;
  }
  await handle.close();
}

/**
 * Writes `bytes` to `path` under the rules above. Throws OutputError; never overwrites an input,
 * never follows a link, never replaces a file without `force`.
 */
export async function writeOutput(path: string, bytes: Uint8Array, inputs: readonly FileId[], force: boolean): Promise<void> {
  const found = await obstacle(path, inputs, force);
  if (found instanceof OutputError) throw found;
  if (found === 'free') {
    try {
      await createExclusive(path, bytes);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Something appeared between the look and the write (or O_NOFOLLOW met a link): say what.
      if (code === 'EEXIST' || code === 'ELOOP') {
        const now = await obstacle(path, inputs, false);
        throw now instanceof OutputError ? now : new OutputError('exists', path);
      }
      throw new OutputError('failed', path, undefined, err);
    }
  }
  // --force over a regular file that is not an input: a new file beside it, renamed over it.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await createExclusive(temp, bytes);
  } catch (err) {
    throw new OutputError('failed', path, undefined, err);
  }
  try {
    const again = await obstacle(path, inputs, true);
    if (again instanceof OutputError) throw again;
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err instanceof OutputError ? err : new OutputError('failed', path, undefined, err);
  }
}

/** The one line the user reads when an output was not written. */
export function outputMessage(err: OutputError, locale: Locale): string {
  switch (err.problem) {
    case 'exists':
      return t('cli.out.exists', locale, { file: err.file });
    case 'is-input':
      return t('cli.out.isInput', locale, { file: err.file, input: err.input ?? err.file });
    case 'symlink':
      return t('cli.out.symlink', locale, { file: err.file });
    case 'not-file':
      return t('cli.out.notFile', locale, { file: err.file });
    case 'failed':
      return t('cli.out.failed', locale, { file: err.file, reason: systemReason(err.cause, locale) });
  }
}
