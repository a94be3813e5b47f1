/** Worker thread of the pool: checks the files it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckSettings } from '../core/model';
import { checkFile } from './check-file';
import { tuneTierUp } from './tier-up';

tuneTierUp();

const settings = (workerData as { settings: Partial<CheckSettings> }).settings;

parentPort?.on('message', (msg: { index: number; file: string }) => {
  void checkFile(msg.file, settings).then((outcome) => parentPort?.postMessage({ index: msg.index, outcome }));
});
