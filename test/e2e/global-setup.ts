/**
 * Builds the preview once for the whole end-to-end run (webpack, production, into dist/preview),
 * or keeps the build there when it is newer than every source. Each test file then serves it on a
 * port of its own.
 */
import { existsSync } from 'node:fs';
import { buildPreview } from '../../scripts/preview';
import { CHROMIUM } from './harness';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the end-to-end tests need Debian's chromium and fonts-noto-cjk (installed by .ci/run).`);
  }
  const started = Date.now();
  let log = '';
  try {
    const how = await buildPreview({ log: (chunk) => (log += chunk) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(how === 'built' ? `\npreview built in ${seconds} s\n` : '\npreview: the build in dist/preview is fresh, reused\n');
  } catch (err) {
    process.stderr.write(log);
    throw err;
  }
}
