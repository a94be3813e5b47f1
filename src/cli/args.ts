/** What the command line's parts share: the output streams and the error for bad arguments. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
}

/** Bad arguments: reported as one Chinese line with exit code 2. */
export class ArgError extends Error {}
