/**
 * Worker thread of the pool: checks the files it is sent, one at a time.
 *
 * The check's bundle (dist/cli/check.js, which exports checkFile) is loaded after the tiering flag
 * and the code cache are in place, so a worker compiles it from the same cache as a one-file
 * check in the main thread (the flags are the process's, shared with every thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckSettings } from '../core/model';
import type * as Check from './check';
import { useCodeCache } from './code-cache';
import { tuneTierUp } from './tier-up';

tuneTierUp();
useCodeCache();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only once the code cache is in use
const { checkFile } = require('./check') as typeof Check;

const settings = (workerData as { settings: Partial<CheckSettings> }).settings;

parentPort?.on('message', (msg: { index: number; file: string; listLimit: number }) => {
  void checkFile(msg.file, settings, undefined, msg.listLimit).then((outcome) => parentPort?.postMessage({ index: msg.index, outcome }));
});
