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

let done = false;

/** Sets the check's tiering flag (once; a no-op on other V8 versions or when asked not to). */
export function tuneTierUp(env: NodeJS.ProcessEnv = process.env): boolean {
  if (done) return true;
  if (env.PERF_TARGET_V8_DEFAULTS === '1') return false;
  const major = Number(/^(\d+)\./.exec(process.versions.v8)?.[1]);
  if (!(major >= 11 && major <= 12)) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  done = true;
  return true;
}
