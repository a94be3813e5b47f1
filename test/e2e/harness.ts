/**
 * The end-to-end harness: the built preview (dist/preview, built once by global-setup.ts) served on
 * a free port, Debian's chromium driven by playwright-core with a fresh profile, and helpers that
 * read the page the way a user and other tools see it — buttons by their accessible names, grid
 * cells by `data-address` / `data-severity`.
 *
 * Every page is watched: a console error, an uncaught exception, a CSP violation or a request to
 * anywhere but the page's own origin is recorded, and the tests require none.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
/** Screenshots of the user guide (docs/使用说明.md). */
export const GUIDE = join(__dirname, '..', '..', 'docs', 'guide');
/**
 * Screenshots are tracked files: a test run writes them only when asked (UPDATE_SCREENSHOTS=1), so
 * an ordinary run leaves the working tree as it was.
 */
export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
export const VIEWPORT = { width: 1400, height: 900 };
/** Excel's default task pane: about 330 px wide; 700 px is a laptop's pane height. */
export const PANE_VIEWPORT = { width: 330, height: 700 };

export interface Preview {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Everything that went wrong in the page: console errors, exceptions, foreign requests. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts a server on a free port and chromium with a fresh profile, and opens the preview. */
export async function openPreview(query = '', viewport = VIEWPORT): Promise<Preview> {
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
      viewport,
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
  await page.locator('td[data-address="A1"]').waitFor({ state: 'attached' });
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

/** The task pane: the page's <aside> (role complementary), or the whole page in the pane layout. */
export function pane(page: Page): Locator {
  return page.locator('[data-pane]');
}

/** Clicks a pane action and waits until the pane is idle again with its announcement made. */
export async function runPaneAction(page: Page, name: string, announcement: RegExp): Promise<void> {
  const button = pane(page).getByRole('button', { name, exact: true });
  await button.click();
  // The click renders the busy state synchronously (React flushes discrete events): from here on,
  // the announcement appears only when this action is done.
  await page.waitForFunction(
    ([label, pattern]) => {
      const status = document.querySelector('[data-pane] [role="status"][aria-live="polite"]');
      const buttons = [...document.querySelectorAll('[data-pane] button')];
      const target = buttons.find((b) => b.textContent?.trim() === label);
      return !!target && !(target as HTMLButtonElement).disabled && new RegExp(pattern).test(status?.textContent ?? '');
    },
    [name, announcement.source] as const,
  );
}

export function checkSheet(page: Page): Promise<void> {
  return runPaneAction(page, '校验当前工作表', /校验完成/);
}

/** Chooses an item of the pane's menu (更多操作) and waits for the announcement it makes. */
export async function runMenuAction(page: Page, name: string, announcement: RegExp): Promise<void> {
  await pane(page).getByRole('button', { name: '更多操作' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.querySelector('[data-pane] [role="status"][aria-live="polite"]')?.textContent ?? ''),
    announcement.source,
  );
  await page.waitForFunction(() => !(document.querySelector('[data-pane] button[data-check]') as HTMLButtonElement | null)?.disabled);
}

export function clearMarks(page: Page): Promise<void> {
  return runMenuAction(page, '清除标记', /已清除所有标记/);
}

/** The counts the pane's summary shows, by severity. */
export async function summaryCounts(page: Page): Promise<Record<Severity, number>> {
  const group = pane(page).getByRole('group', { name: '问题统计' });
  const count = async (s: Severity) => Number(await group.locator(`[data-severity="${s}"]`).innerText());
  return { error: await count('error'), warning: await count('warning'), info: await count('info') };
}

/** The finding buttons drawn in the pane (the list is virtualised: the rows in view and a few more). */
export function findingButtons(page: Page): Locator {
  return pane(page).locator('button[data-rule]');
}

export interface ListedFinding {
  rule: string;
  severity: string;
  /** The accessible name: `错误，单元格 F14：…`. */
  label: string;
  cell: string;
}

/** How many findings the list holds (its rows say so: aria-setsize), 0 without a list. */
export async function listedCount(page: Page): Promise<number> {
  const first = pane(page).locator('li[aria-setsize]').first();
  if ((await first.count()) === 0) return 0;
  return Number(await first.getAttribute('aria-setsize'));
}

/** Every finding of the list in its order, read by scrolling the list from top to bottom. */
export async function allListed(page: Page): Promise<ListedFinding[]> {
  return pane(page)
    .locator('[data-testid="finding-list"]')
    .evaluate(async (viewport) => {
      const found = new Map<number, { rule: string; severity: string; label: string; cell: string }>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const collect = () => {
        for (const li of viewport.querySelectorAll<HTMLElement>('li[data-index]')) {
          const b = li.querySelector('button[data-main]');
          const label = b?.getAttribute('aria-label') ?? '';
          found.set(Number(li.dataset.index), {
            rule: b?.getAttribute('data-rule') ?? '',
            severity: b?.getAttribute('data-severity') ?? '',
            label,
            cell: /单元格 (?:[^!：]+!)?([A-Z]+\d+(?::[A-Z]+\d+)?)：/.exec(label)?.[1] ?? '',
          });
        }
      };
      const total = Number(viewport.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') ?? 0);
      const start = viewport.scrollTop;
      viewport.scrollTop = 0;
      await frame();
      collect();
      while (found.size < total && viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight) {
        viewport.scrollTop += Math.max(1, viewport.clientHeight);
        viewport.dispatchEvent(new Event('scroll'));
        await frame();
        collect();
      }
      viewport.scrollTop = start;
      viewport.dispatchEvent(new Event('scroll'));
      await frame();
      return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
    });
}

/** Scrolls the list until the row of a cell (and rule) is drawn, and returns its finding button. */
export async function findingFor(page: Page, cell: string, rule?: string): Promise<Locator> {
  const index = (await allListed(page)).findIndex((f) => f.cell === cell && (rule === undefined || f.rule === rule));
  if (index < 0) throw new Error(`no finding for ${cell}${rule ? ` (${rule})` : ''} in the list`);
  await pane(page)
    .locator('[data-testid="finding-list"]')
    .evaluate(async (viewport, i) => {
      // Rows differ in height: page down until the row is drawn, then bring it to the top.
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      viewport.scrollTop = 0;
      viewport.dispatchEvent(new Event('scroll'));
      await frame();
      const drawn = () => viewport.querySelector<HTMLElement>(`li[data-index="${i}"]`);
      while (!drawn() && viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight) {
        viewport.scrollTop += Math.max(1, viewport.clientHeight);
        viewport.dispatchEvent(new Event('scroll'));
        await frame();
      }
      const row = drawn();
      if (row) viewport.scrollTop = Number.parseFloat(row.style.top);
      viewport.dispatchEvent(new Event('scroll'));
      await frame();
    }, index);
  return pane(page).locator(`li[data-index="${index}"] button[data-main]`);
}

/**
 * Runs axe-core in the page (evaluated through the debugging protocol, so the page's CSP is untouched).
 * Fluent's focus manager (tabster) puts focus sentinels at the edges of toolbars, tab lists, menus
 * and the page: empty `<i data-tabster-dummy aria-hidden tabindex="0">` that hand the focus on the
 * moment they get it. They hold no content and are never where the focus stays, so they are left
 * out; everything else of the page is checked with every rule.
 */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Judge the page as the user sees it once it has settled: a colour measured in the middle of a
  // fade-in (a message bar appearing after 校验) fails contrast on a loaded machine, the settled
  // one does not. Finite animations and transitions are awaited, at most 5 s.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]),
  );
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
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

/**
 * The marks the grid shows once it has drawn the workbook's last change. The grid redraws in the
 * frame after a change, as a transition that gives way to input, so the pane can announce a result
 * a frame or two before the grid shows it: wait for the expected marks (up to 15 s), then compare,
 * so that a real difference still fails with the whole diff.
 */
export async function settledMarks(page: Page, expected: Record<string, string>): Promise<Record<string, string>> {
  const wanted = JSON.stringify(Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await page
    .waitForFunction(
      (want) => {
        const marks = [...document.querySelectorAll('td[data-severity]')].map((td) => [td.getAttribute('data-address') ?? '', td.getAttribute('data-severity')] as const);
        marks.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return JSON.stringify(marks) === want;
      },
      wanted,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return gridMarks(page);
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

function screenshotPath(name: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}

/** With UPDATE_SCREENSHOTS=1, writes <folder>/<name> of the whole page, the pane scrolled to its top. */
export async function screenshotPage(page: Page, name: string, folder = SCREENSHOTS): Promise<void> {
  if (!UPDATE_SCREENSHOTS) return;
  await pane(page).evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name, folder) });
}

/** With UPDATE_SCREENSHOTS=1, writes <folder>/<name> of the task pane as it is. */
export async function screenshotPane(page: Page, name: string, folder = SCREENSHOTS): Promise<void> {
  if (!UPDATE_SCREENSHOTS) return;
  await pane(page).screenshot({ path: screenshotPath(name, folder) });
}

/** Opens a file through the page's 打开文件 button and its file chooser, as a user does. */
export async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件' }).click()]);
  await chooser.setFiles(path);
}
