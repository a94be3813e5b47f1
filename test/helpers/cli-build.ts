/**
 * The command line's tests run the launcher (bin/perf-target.js), which loads dist/cli: it is
 * compiled first when missing or older than its sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'perf-target.js');

/** The newest modification time of any file below `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Compiles dist/cli when dist/cli/main.js is missing or older than any file below `sources`. */
export function ensureCliCompiled(sources = join(ROOT, 'src')): void {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(main) || statSync(main).mtimeMs < newest(sources)) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT });
  }
}
