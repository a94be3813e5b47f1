/**
 * The browser preview in chromium (issue 14.5): opening a one-sheet workbook of stacked tables
 * through the page's 打开文件 button until the page names the file and has painted, then
 * 校验当前工作表 until its announcement; the page reloaded before every run. The warm-up is a run
 * on a smaller workbook (a run on 2,000 tables takes over a minute on a busy 2-core machine). The longest task the page ran (PerformanceObserver 'longtask') shows how long it did
 * not answer input. Uses the end-to-end harness (test/e2e/harness.ts: built dist/preview, Debian's
 * chromium through playwright-core).
 */
import { basename } from 'path';
import { buildPreview } from '../scripts/preview';
import { checkSheet, openFile, openPreview } from '../test/e2e/harness';
import { timingOf, type Timing } from './measure';

export interface PreviewFigures {
  openMs: Timing;
  checkMs: Timing;
  /** The longest task of each run (open + check), ms: the page did not answer input that long. */
  longestTaskMs: Timing;
  problems: string[];
}

declare global {
  interface Window {
    __benchLongest?: number;
  }
}

export async function measurePreview(warmupPath: string, path: string, runs: number): Promise<PreviewFigures> {
  await buildPreview({ log: () => undefined });
  const preview = await openPreview();
  const { page } = preview;
  page.setDefaultTimeout(300_000);
  const open: number[] = [];
  const check: number[] = [];
  const longest: number[] = [];
  try {
    for (let i = 0; i < 1 + runs; i++) {
      const file = i === 0 ? warmupPath : path;
      if (i > 0) {
        await page.reload();
        await page.locator('td[data-address="A1"]').waitFor();
      }
      await page.evaluate(() => {
        window.__benchLongest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__benchLongest = Math.max(window.__benchLongest ?? 0, e.duration);
        }).observe({ type: 'longtask' });
      });
      const t0 = performance.now();
      await openFile(page, file);
      await page.getByText(`当前文件：${basename(file)}`).waitFor({ timeout: 180_000 });
      // Painted: two animation frames after the page names the file.
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
      const t1 = performance.now();
      await checkSheet(page);
      const t2 = performance.now();
      const task = await page.evaluate(() => window.__benchLongest ?? 0);
      if (i === 0) continue;
      open.push(t1 - t0);
      check.push(t2 - t1);
      longest.push(task);
    }
  } finally {
    await preview.close();
  }
  return { openMs: timingOf(open), checkMs: timingOf(check), longestTaskMs: timingOf(longest), problems: [...preview.problems] };
}
