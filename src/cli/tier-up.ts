/**
 * How soon V8 compiles a hot function with its optimising compiler, for a check that lives about
 * a second. A check is a short process: under a CPU profile (perf, cold, 2,000 tables) the
 * optimising compiler's threads took about a third of the process's CPU, compiling functions
 * that were barely warm when the check ended. V8 counts each function's work against a budget
 * (`--interrupt-budget`, 132 KB of bytecode by default) before it considers optimising it; a
 * larger budget optimises only what runs long, which a one-shot check gains from (measured with
 * bench/cli-phases.ts; figures in the issue note). The flag changes only when code is compiled,
 * never what it computes.
 *
 * Set once, before the reader and the engine first run; the pool's workers share the process's
 * flags. Only on the V8 versions it was measured on (Node 20–22's V8 11–12): elsewhere nothing is
 * set, so an unknown flag can never print a warning.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode (bytes) a function runs between two of V8's looks at whether to optimise it. */
export const INTERRUPT_BUDGET = 600 * 1024;

/**
 * The budget while one file is read in the main thread: V8's own (132 KB on V8 11–12). The
 * reader is a few short functions that run hot from the first rows (readRow once per row, its tag
 * and number helpers once per cell), where the engine is hundreds of functions each warm for a
 * while: optimising the reader early is cheap and pays at once. valgrind, 2,000 tables, main
 * thread up to the end of the read: 2,000 million instructions at 600 KB, 1,880 at 132 KB
 * (1,891 at 32 KB).
 */
export const READ_INTERRUPT_BUDGET = 132 * 1024;

/**
 * How V8 compiles a regular expression, set with the budget (issue 14.3, the short runs). The
 * engine holds some hundreds of them and a check uses most at least once: each is compiled to
 * bytecode the first time it runs, then again to machine code the first time after that
 * (`--regexp-tier-up-ticks=1`). For a short check that was the largest cost of all its own
 * JavaScript: valgrind, the sample check (7 tables), 77 of 897 million instructions in V8's
 * regexp compiler, a fifth of it in the peephole pass over bytecode that runs only once or twice.
 * Without that pass and with machine code only after 20 runs: 897 → 860 million (both needed:
 * 877 and 881 alone; 100 runs instead of 20 saves only 2 more). A regexp that runs thousands of
 * times on a big workbook is still compiled to machine code, 19 interpreted runs later. Neither
 * flag changes what a regexp matches.
 */
export const REGEXP_FLAGS = '--no-regexp-peephole-optimization --regexp-tier-up-ticks=20';

let done = false;
let reading = false;
let setFlags: (flags: string) => void = setFlagsFromString;

/** Tests: where the flags go instead of V8 (undefined: V8 again). */
export function setFlagsForTests(f: ((flags: string) => void) | undefined): void {
  setFlags = f ?? setFlagsFromString;
}

/** Sets the check's tiering flag (once; a no-op on other V8 versions or when asked not to). */
export function tuneTierUp(env: NodeJS.ProcessEnv = process.env): boolean {
  if (done) return true;
  if (env.PERF_TARGET_V8_DEFAULTS === '1') return false;
  const major = Number(/^(\d+)\./.exec(process.versions.v8)?.[1]);
  if (!(major >= 11 && major <= 12)) return false;
  setFlags(`--interrupt-budget=${INTERRUPT_BUDGET} ${REGEXP_FLAGS}`);
  done = true;
  return true;
}

/**
 * V8's own budget for a read (READ_INTERRUPT_BUDGET), when the check's is set; tierForCheck puts
 * the check's back. Only around a read in the main thread with no worker running: the flag is the
 * process's, and a worker that loaded the code cache under another budget would compile afresh
 * (V8 takes cached code only under the flags it was made with).
 */
export function tierForRead(): void {
  if (!done || reading) return;
  setFlags(`--interrupt-budget=${READ_INTERRUPT_BUDGET}`);
  reading = true;
}

/** The check's budget again after tierForRead. */
export function tierForCheck(): void {
  if (!reading) return;
  setFlags(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  reading = false;
}
