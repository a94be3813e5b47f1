/**
 * A temporary folder for a test file, removed when that file's tests are done, so that a test run
 * leaves nothing in the system's temporary folder (each full run used to leave about twenty folders
 * there, 8 MB: copies of the command line, workbooks, bundles). Import it at the top of a test file:
 * the clean-up is registered as the file's own afterAll.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder `perf-target-<name>-XXXXXX` under the system's temporary folder. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `perf-target-${name}-`));
  made.push(dir);
  return dir;
}
