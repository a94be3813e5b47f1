/**
 * Opening a large workbook does not freeze the page (issue 14.5): the file is read in the page's
 * reading worker, with a progress bar that says how far it has come, and 取消 stops the worker.
 * Nothing here is timed: the proofs are that the reading happened in a worker (playwright sees the
 * worker start and stop), that progress messages arrived, and that the page handled a key press
 * while the reading was still going on. Checking it then runs the engine in the checking worker,
 * the findings list draws only the rows in view, and so does the grid, which still brings a
 * finding thousands of rows down into view.
 *
 * How long the reading takes depends on the machine, so the tests do not race it: while a test needs
 * the reading still going on (a key press, 取消), the reading worker's script is served with a few
 * lines in front that hold back its last message ('done') until the test releases it. The worker's
 * own code is unchanged; the page sees exactly what it would see on a slower machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page, Route, Worker as PageWorker } from 'playwright-core';
import { writeStackedWorkbook } from '../../bench/generate';
import { loadSeed, SEED_PATH } from '../../scripts/seed-layouts';
import { allListed, checkSheet, findingButtons, findingFor, gridCell, listedCount, nameBox, openFile, openPreview, summaryCounts, type Preview } from './harness';

const withSeed = existsSync(SEED_PATH) ? describe : describe.skip;

declare global {
  interface Window {
    /** data-open-progress values seen, in order. */
    __progressSeen?: string[];
    /** For each key press the page handled: was the reading still going on? */
    __keysDuringWork?: boolean[];
  }
}

/**
 * Put in front of the reading worker's script: its 'done' message waits until the test calls
 * `__releaseDone()` in the worker (never, for 取消). Progress and errors go through at once.
 */
const HOLD_DONE = `(() => {
  const post = self.postMessage.bind(self);
  let held = null;
  let released = false;
  self.postMessage = (message, transfer) => {
    if (message && message.type === 'done' && !released) { held = [message, transfer]; return; }
    post(message, transfer);
  };
  self.__releaseDone = () => {
    released = true;
    if (held) post(held[0], held[1]);
    held = null;
  };
})();
`;

const OPEN_WORKER = /\/open-worker\.js$/;

/** Serves the reading worker with HOLD_DONE in front until the returned function is called. */
async function holdReading(page: Page): Promise<() => Promise<void>> {
  const handler = async (route: Route): Promise<void> => {
    const response = await route.fetch();
    await route.fulfill({ response, body: HOLD_DONE + (await response.text()) });
  };
  await page.route(OPEN_WORKER, handler);
  return () => page.unroute(OPEN_WORKER, handler);
}

withSeed('opening a large workbook', () => {
  let dir: string;
  let big: string;
  let preview: Preview;
  const workers: PageWorker[] = [];
  /** Workers started before the large workbook was opened (the sample's). */
  let started = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perf-target-e2e-open-'));
    // One sheet of 300 stacked tables: ~7,000 rows, several progress reports.
    big = (await writeStackedWorkbook(join(dir, '大工作簿.xlsx'), loadSeed(), 300, 1)).path;
    preview = await openPreview();
    preview.page.on('worker', (w) => workers.push(w));
    await preview.page.getByText('当前文件：sample.xlsx').waitFor();
  }, 120000);

  afterAll(async () => {
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Records every progress state the page shows and every key press it handles, from now on. */
  async function watchPage(): Promise<void> {
    await preview.page.evaluate(() => {
      window.__progressSeen = [];
      window.__keysDuringWork = [];
      const seen = window.__progressSeen;
      new MutationObserver(() => {
        const value = document.querySelector('[data-open-progress]')?.getAttribute('data-open-progress');
        if (value && seen[seen.length - 1] !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-open-progress'] });
      document.addEventListener('keydown', () => window.__keysDuringWork?.push(document.querySelector('[data-open-progress]') !== null));
    });
  }

  test('is read in a worker, with progress, while the page answers a key press', async () => {
    const { page } = preview;
    await watchPage();
    started = workers.length;
    const stopHolding = await holdReading(page);
    const reading = page.waitForEvent('worker', (w) => OPEN_WORKER.test(w.url()));
    await openFile(page, big);
    const worker = await reading;
    const status = page.locator('[data-open-progress]');
    await status.waitFor();
    expect(await status.innerText()).toMatch(/正在读取“大工作簿\.xlsx”…/);
    expect(await status.getByRole('progressbar').count()).toBe(1);
    expect(await status.getByRole('button', { name: '取消' }).count()).toBe(1);
    // A key press while the file is being read: the page handles it before the reading is done.
    await page.keyboard.press('Shift');
    await worker.evaluate(() => (self as unknown as { __releaseDone(): void }).__releaseDone());
    await stopHolding();
    await page.getByText(`当前文件：${basename(big)}`).waitFor({ timeout: 300000 });
    // One reading worker for this file (the checking worker starts as the workbook opens).
    expect(workers.slice(started).filter((w) => OPEN_WORKER.test(w.url())).length).toBe(1);
    const keys = await page.evaluate(() => window.__keysDuringWork ?? []);
    expect(keys).toEqual([true]);
    // Parsing, then rows converted: more than one report reached the page, and the bar is gone.
    // (The worker reports conversion at most every 50 ms and always its first step, so how many
    // conversion steps show depends on the machine's speed; their order does not.)
    const seen = await page.evaluate(() => window.__progressSeen ?? []);
    const firstConverting = seen.findIndex((s) => s.startsWith('converting:'));
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(firstConverting).toBeGreaterThanOrEqual(1);
    expect(seen.slice(firstConverting).every((s) => s.startsWith('converting:'))).toBe(true);
    expect(await status.count()).toBe(0);
    expect(await page.locator('td[data-address="A1"]').innerText()).not.toBe('');
    expect(preview.problems).toEqual([]);
  }, 320000);

  test('checking it runs the engine in the checking worker; the findings list stays virtualised', async () => {
    const { page } = preview;
    await checkSheet(page);
    // The large workbook's checking worker (started as it opened); the sample's came before.
    const checking = workers.slice(started).filter((w) => /\/check-worker\.js$/.test(w.url()));
    expect(checking.length).toBe(1);
    const counts = await summaryCounts(page);
    const total = counts.error + counts.warning + counts.info;
    expect(total).toBeGreaterThan(300);
    expect(await listedCount(page)).toBeGreaterThan(300);
    // Only the rows in view (and a few more) are in the page.
    expect(await findingButtons(page).count()).toBeLessThan(60);
    expect(preview.problems).toEqual([]);
  }, 320000);

  test('the grid draws only the rows near view, and a finding far down is scrolled to and drawn', async () => {
    const { page } = preview;
    const rows = Number(await page.locator('table[data-rows]').getAttribute('data-rows'));
    expect(rows).toBeGreaterThan(4000);
    expect(await page.locator('tr[data-row]').count()).toBeLessThan(400);
    const last = (await allListed(page)).at(-1);
    if (!last) throw new Error('the large workbook has findings');
    const row = Number(/\d+/.exec(last.cell)?.[0]);
    expect(row).toBeGreaterThan(3000);
    await (await findingFor(page, last.cell, last.rule)).click();
    await page.waitForSelector(`td[data-address="${last.cell}"][data-active="true"]`);
    expect(await nameBox(page).innerText()).toBe(last.cell);
    const visible = await gridCell(page, last.cell).evaluate((td) => {
      const region = td.closest('[role="region"]') as HTMLElement;
      const a = td.getBoundingClientRect();
      const b = region.getBoundingClientRect();
      // Within a pixel: the scroll position is whole pixels, the rows below the header are not.
      return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    });
    expect(visible).toBe(true);
    // Still a window: the rows at the top are no longer drawn.
    expect(await page.locator('tr[data-row="0"]').count()).toBe(0);
    expect(await page.locator('tr[data-row]').count()).toBeLessThan(400);
    expect(preview.problems).toEqual([]);
  }, 320000);

  test('取消 stops the worker and keeps the workbook that was open', async () => {
    const { page } = preview;
    await openFile(page, join(__dirname, '..', '..', 'examples', 'sample.xlsx'));
    await page.getByText('当前文件：sample.xlsx').waitFor();
    await page.locator('[data-open-progress]').waitFor({ state: 'detached' });
    // The reading worker starts once the page has the file: wait for it, not for a count.
    const stopHolding = await holdReading(page);
    const started = page.waitForEvent('worker', (w) => OPEN_WORKER.test(w.url()));
    await openFile(page, big);
    const worker = await started;
    await page.locator('[data-open-progress]').waitFor();
    const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await page.getByRole('button', { name: '取消' }).click();
    // Terminated by the page: playwright reports the worker gone.
    await closed;
    await page.getByText('已取消打开“大工作簿.xlsx”。').waitFor();
    expect(await page.locator('[data-open-progress]').count()).toBe(0);
    expect(await page.getByText('当前文件：sample.xlsx').count()).toBe(1);
    await stopHolding();
    expect(preview.problems).toEqual([]);
  }, 120000);
});
