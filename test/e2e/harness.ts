/**
 * The end-to-end harness: the built preview (dist/preview, built once by global-setup.ts) served on
 * a free port, Debian's chromium driven by playwright-core with a fresh profile, and helpers that
 * read the page the way a user and other tools see it — buttons by their accessible names, grid
 * cells by `data-address` / `data-severity`.
 *
 * Every page is watched: a console error, an uncaught exception, a CSP violation or a request to
 * anywhere but the page's own origin is recorded, and the tests require none.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { Severity } from '../../src/core/model';
import { startPreviewServer, type PreviewServer } from '../../scripts/preview';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
export const VIEWPORT = { width: 1400, height: 900 };

export interface Preview {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Everything that went wrong in the page: console errors, exceptions, foreign requests. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts a server on a free port and chromium with a fresh profile, and opens the preview. */
export async function openPreview(query = ''): Promise<Preview> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium and fonts-noto-cjk (.ci/run does).`);
  }
  const server: PreviewServer = await startPreviewServer(0);
  const profile = mkdtempSync(join(tmpdir(), 'perf-target-chromium-'));
  let context: BrowserContext | undefined;
  try {
    // launchPersistentContext is how playwright takes a --user-data-dir: a new, empty one per run.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
      locale: 'zh-CN',
      acceptDownloads: true,
    });
  } catch (err) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  // Nothing but the page's own files may be fetched: anything else is recorded and refused.
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.push(`request outside the page's origin: ${route.request().url()}`);
      return route.abort();
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(server.url + query);
  await page.locator('td[data-address="A1"]').waitFor();
  const ctx = context;
  return {
    page,
    context: ctx,
    url: server.url,
    problems,
    async close() {
      await ctx.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The task pane (the page's one <aside>, so role complementary). */
export function pane(page: Page): Locator {
  return page.getByRole('complementary');
}

/** Clicks a pane action and waits until the pane is idle again with its announcement made. */
export async function runPaneAction(page: Page, name: string, announcement: RegExp): Promise<void> {
  const button = pane(page).getByRole('button', { name, exact: true });
  await button.click();
  // The click renders the busy state synchronously (React flushes discrete events): from here on,
  // the announcement appears only when this action is done.
  await page.waitForFunction(
    ([label, pattern]) => {
      const status = document.querySelector('aside [role="status"][aria-live="polite"]');
      const buttons = [...document.querySelectorAll('aside button')];
      const target = buttons.find((b) => b.textContent?.trim() === label);
      return !!target && !(target as HTMLButtonElement).disabled && new RegExp(pattern).test(status?.textContent ?? '');
    },
    [name, announcement.source] as const,
  );
}

export function checkSheet(page: Page): Promise<void> {
  return runPaneAction(page, '校验当前工作表', /校验完成/);
}

export function clearMarks(page: Page): Promise<void> {
  return runPaneAction(page, '清除标记', /已清除所有标记/);
}

/** The counts the pane's summary shows, by severity. */
export async function summaryCounts(page: Page): Promise<Record<Severity, number>> {
  const group = pane(page).getByRole('group', { name: '问题统计' });
  const count = async (s: Severity) => Number(await group.locator(`[data-severity="${s}"]`).innerText());
  return { error: await count('error'), warning: await count('warning'), info: await count('info') };
}

/** The finding buttons listed in the pane (every group is open after a check). */
export function findingButtons(page: Page): Locator {
  return pane(page).locator('button[data-rule]');
}

/** The finding button for one cell (its accessible name says `单元格 F14：…`). */
export function findingFor(page: Page, cell: string, rule?: string): Locator {
  const named = pane(page).getByRole('button', { name: new RegExp(`单元格 ${cell}：`) });
  return rule ? named.and(pane(page).locator(`[data-rule="${rule}"]`)) : named;
}

/** The name box above the grid: the selection, as Excel's name box shows it. */
export function nameBox(page: Page): Locator {
  return page.getByRole('status', { name: '所选单元格' });
}

export function gridCell(page: Page, address: string): Locator {
  return page.locator(`td[data-address="${address}"]`);
}

/** Every marked cell of the grid with its severity. */
export function gridMarks(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('td[data-severity]')].map((td) => [td.getAttribute('data-address'), td.getAttribute('data-severity')])),
  );
}

export interface DrawnCell {
  text: string;
  background: string;
  style: string;
}

/** What each drawn cell shows: its text, computed background and own style attribute. */
export function gridSnapshot(page: Page): Promise<Record<string, DrawnCell>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('td[data-address]')].map((td) => [
        td.dataset.address,
        { text: td.textContent ?? '', background: getComputedStyle(td).backgroundColor, style: td.getAttribute('style') ?? '' },
      ]),
    ),
  );
}

/** Waits until the grid shows exactly this many marked cells. */
export async function waitForMarkedCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('td[data-severity]').length === n, count);
}

function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/** Writes docs/screenshots/<name> of the whole page, the pane scrolled to its top. */
export async function screenshotPage(page: Page, name: string): Promise<void> {
  await pane(page).evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name) });
}

/** Writes docs/screenshots/<name> of the task pane, scrolled to its top. */
export async function screenshotPane(page: Page, name: string): Promise<void> {
  const target = pane(page);
  await target.evaluate((el) => el.scrollTo(0, 0));
  await target.screenshot({ path: screenshotPath(name) });
}

/** Opens a file through the page's 打开文件 button and its file chooser, as a user does. */
export async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件' }).click()]);
  await chooser.setFiles(path);
}
