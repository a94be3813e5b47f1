/**
 * Checks many files on all cores. The main thread checks files too, and jobs−1 worker threads
 * take files from the same queue, so a second core helps as soon as its worker has started
 * (about 250 ms to load the engine and ExcelJS). Small batches stay on one thread.
 * Results come back in the order the files were given.
 */
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckSettings } from '../core/model';
import { checkFile, type FileOutcome } from './check-file';

const WORKER_FILE = join(__dirname, 'worker.js');
/**
 * Below this much input a worker's start-up (loading the engine and ExcelJS) costs more than it
 * saves: measured on 2 cores, 100 small files (1 MB) took 1.2 s on one thread and 1.5 s on two;
 * six 1 MB files of 2,000 tables took 6.9 s and 6.0 s. PERF_TARGET_PARALLEL_BYTES overrides it.
 */
const MIN_BYTES_FOR_WORKERS = Number(process.env.PERF_TARGET_PARALLEL_BYTES ?? 4 * 1024 * 1024);
const MIN_FILES_FOR_WORKERS = 2;

function totalBytes(files: string[]): number {
  let sum = 0;
  for (const f of files) {
    try {
      sum += statSync(f).size;
    } catch {
      // A missing file is reported by checkFile; it adds no work here.
    }
  }
  return sum;
}

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
  const parallel = jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS && existsSync(WORKER_FILE) && totalBytes(files) >= MIN_BYTES_FOR_WORKERS;
  const workers = parallel ? Math.min(jobs, files.length) - 1 : 0;
  await Promise.all([mainThread(), ...Array.from({ length: workers }, worker)]);
  return results;
}
