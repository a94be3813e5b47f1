/**
 * Checks many files on all cores. The main thread checks files too, and jobs−1 worker threads
 * take files from the same queue, so a second core helps as soon as its worker has started
 * (about 250 ms to load the engine and ExcelJS) and never makes a run slower than one job.
 * Results come back in the order the files were given.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckSettings } from '../core/model';
import { checkFile, type FileOutcome } from './check-file';

const WORKER_FILE = join(__dirname, 'worker.js');
/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 4;

export async function checkFiles(files: string[], settings: Partial<CheckSettings>, jobs: number): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(files.length);
  let next = 0;
  const take = () => (next < files.length ? next++ : -1);

  const mainThread = async () => {
    for (let i = take(); i >= 0; i = take()) results[i] = await checkFile(files[i], settings);
  };

  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(WORKER_FILE, { workerData: { settings } });
      const feed = () => {
        const index = take();
        if (index < 0) {
          void w.terminate().then(() => resolve());
          return;
        }
        w.once('message', (msg: { index: number; outcome: FileOutcome }) => {
          results[msg.index] = msg.outcome;
          feed();
        });
        w.postMessage({ index, file: files[index] });
      };
      w.once('error', reject);
      w.once('online', feed);
    });

  // Workers need the compiled worker.js; under ts-jest/tsx everything runs in this thread.
  const workers = jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS && existsSync(WORKER_FILE) ? Math.min(jobs, files.length) - 1 : 0;
  await Promise.all([mainThread(), ...Array.from({ length: workers }, worker)]);
  return results;
}
