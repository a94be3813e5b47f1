/**
 * Checks many files on all cores: a small pool of worker threads, one file per task, results in
 * the order the files were given. One file, or one job, runs in this thread.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckSettings } from '../core/model';
import { checkFile, type FileOutcome } from './check-file';

const WORKER_FILE = join(__dirname, 'worker.js');

export async function checkFiles(files: string[], settings: Partial<CheckSettings>, jobs: number): Promise<FileOutcome[]> {
  // Workers need the compiled worker.js; under ts-jest/tsx we run in this thread.
  if (jobs <= 1 || files.length <= 1 || !existsSync(WORKER_FILE)) {
    const out: FileOutcome[] = [];
    for (const f of files) out.push(await checkFile(f, settings));
    return out;
  }
  const results: FileOutcome[] = new Array(files.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_FILE, { workerData: { settings } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.once('message', (msg: { index: number; outcome: FileOutcome }) => {
          results[msg.index] = msg.outcome;
          feed();
        });
        worker.postMessage({ index, file: files[index] });
      };
      worker.once('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, runWorker));
  return results;
}
