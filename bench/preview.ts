/**
 * The browser preview in chromium (issue 14.5): opening a one-sheet workbook of stacked tables
 * through the page's 打开文件 button until the page names the file and has painted, then
 * 校验当前工作表 until its announcement; the page reloaded before every run. Two ways, each its own
 * figure: *ahead* (the page as users get it), where the page reads and checks the sheet on show once
 * it is idle after the open (src/preview/precheck.ts checkAhead) and 校验 is pressed when that is
 * ready, as after a user looked at the sheet that long (the wait is printed); and *cold*
 * (`?checkAhead=0`), where 校验 does the whole read and check, pressed once the checking worker has
 * only warmed its engine up on the sheet's first rows. The warm-up is a run
 * on a smaller workbook (a run on 2,000 tables takes a minute on a busy 2-core machine). The
 * longest task the page ran (PerformanceObserver 'longtask'), during the open and during the check,
 * shows how long it did not answer input. Uses the end-to-end harness (test/e2e/harness.ts: built
 * dist/preview, Debian's chromium through playwright-core).
 *
 * On its own (the rest of the benchmark is bench/bench.ts, which runs this too):
 *   npx tsx bench/preview.ts [RUNS=3] [TABLES=2000] [ahead|cold (default both)]
 * prints each figure as a median with min–max beside its aim, then one JSON line.
 */
import { mkdtempSync, rmSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { basename, join } from 'path';
import { buildPreview } from '../scripts/preview';
import { loadSeed } from '../scripts/seed-layouts';
import { checkSheet, openFile, openPreview } from '../test/e2e/harness';
import { writeStackedWorkbook } from './generate';
import { round, timingOf, type Timing } from './measure';

/** How 校验 meets the sheet: checked ahead while the user looked at it, or cold (read and checked after the press). */
export type PreviewMode = 'ahead' | 'cold';

export interface PreviewFigures {
  mode?: PreviewMode;
  openMs: Timing;
  checkMs: Timing;
  /** How long the run waited between the open and 校验 (until the check ahead was ready, or cold the worker's warm-up ran; at most 60 / 10 s). */
  lookMs?: Timing;
  /** The longest task of each run (open, look and check), ms: the page did not answer input that long. */
  longestTaskMs: Timing;
  /** The same, during the open only and during the check only. */
  longestOpenTaskMs?: Timing;
  /** The same while the user looks at the opened sheet (ahead: while the page reads and checks it). */
  longestLookTaskMs?: Timing;
  longestCheckTaskMs?: Timing;
  /**
   * The longest task of the check that ended after the worker's result was in (the end of the
   * 'check: engine (worker round trip)' span, or ahead of 'check: checked ahead (waited)'): the
   * pane taking in the findings, marking and drawing.
   */
  longestAfterResultTaskMs?: Timing;
  /**
   * The page's own spans (src/preview/timing.ts: parse, convert, pack, unpack, render; read, post,
   * engine, result, marks), summed per run by name: where the open and the check spend their time.
   */
  parts?: Record<string, Timing>;
  problems: string[];
}

/** Issue 14's aims for 2,000 tables in chromium; "answering input" taken as no task over 100 ms. */
export const PREVIEW_AIMS = { openMs: 2000, checkMs: 1500, longestTaskMs: 100 };

declare global {
  interface Window {
    __benchLongest?: number;
    __benchTasks?: [number, number][];
  }
}

/** The page's measures that say the sheet on show is ready for 校验: checked ahead (or dropped), or cold the worker warmed up. */
function readyNames(mode: PreviewMode): string[] {
  return mode === 'ahead' ? ['open: check ahead (read and engine)', 'open: check ahead (dropped)'] : ['open: warm-up engine (worker)'];
}

export async function measurePreview(warmupPath: string, path: string, runs: number, mode: PreviewMode = 'ahead'): Promise<PreviewFigures> {
  await buildPreview({ log: () => undefined });
  const preview = await openPreview(mode === 'cold' ? '?checkAhead=0' : '');
  const { page } = preview;
  page.setDefaultTimeout(300_000);
  const open: number[] = [];
  const check: number[] = [];
  const look: number[] = [];
  const longest: number[] = [];
  const longestOpen: number[] = [];
  const longestLook: number[] = [];
  const longestCheck: number[] = [];
  const afterResult: number[] = [];
  const longestSoFar = () => page.evaluate(() => window.__benchLongest ?? 0);
  const parts = new Map<string, number[]>();
  try {
    for (let i = 0; i < 1 + runs; i++) {
      const file = i === 0 ? warmupPath : path;
      if (i > 0) {
        await page.reload();
        await page.locator('td[data-address="A1"]').waitFor();
        // The sample the page opens on loading is checked ahead (or warmed up on) once the page is
        // idle: that work is let finish first, so that it neither competes with this run nor
        // counts as this file's.
        await page
          .waitForFunction((names) => names.some((n) => performance.getEntriesByName(n, 'measure').length > 0), readyNames(mode), { timeout: 20_000, polling: 50 })
          .catch(() => undefined);
      }
      await page.evaluate(() => {
        performance.clearMeasures();
        window.__benchLongest = 0;
        window.__benchTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            window.__benchLongest = Math.max(window.__benchLongest ?? 0, e.duration);
            window.__benchTasks?.push([e.startTime, e.duration]);
          }
        }).observe({ type: 'longtask' });
      });
      // The page's clock when the open began: the sample the page opened on loading has its own
      // check ahead (or warm-up), which must not count as this file's.
      const openedAt = await page.evaluate(() => performance.now());
      const t0 = performance.now();
      await openFile(page, file);
      await page.getByText(`当前文件：${basename(file)}`).waitFor({ timeout: 280_000 });
      // Painted: two animation frames after the page names the file.
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
      const t1 = performance.now();
      // Long tasks are reported after they end: the last frame above has flushed the open's.
      const openTask = await longestSoFar();
      await page.evaluate(() => (window.__benchLongest = 0));
      // The user looks at the opened sheet before pressing 校验: ahead, until the page has read and
      // checked it (at most 60 s); cold, until the checking worker has warmed its engine up
      // (src/preview/precheck.ts warm(), at most 10 s). The wait is printed.
      const tLook = performance.now();
      const ready = readyNames(mode);
      await page
        .waitForFunction(([names, since]) => names.some((n) => performance.getEntriesByName(n, 'measure').some((e) => e.startTime >= since)), [ready, openedAt] as const, {
          timeout: mode === 'ahead' ? 60_000 : 10_000,
          polling: 50,
        })
        .catch(() => undefined);
      const looked = performance.now() - tLook;
      // Two frames: the look's last long task reported.
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
      const lookTask = await longestSoFar();
      await page.evaluate(() => (window.__benchLongest = 0));
      // The check is timed from the press: before, it was timed from the end of the open, so the
      // wait above counted as checking.
      const tPress = performance.now();
      await checkSheet(page);
      const t2 = performance.now();
      const checkTask = await longestSoFar();
      const lastTask = await page.evaluate(() => {
        // Cold, the worker's round trip; ahead, the wait for the result checked ahead.
        const trips = [...performance.getEntriesByName('check: engine (worker round trip)', 'measure'), ...performance.getEntriesByName('check: checked ahead (waited)', 'measure')];
        const end = trips.length > 0 ? trips[trips.length - 1].startTime + trips[trips.length - 1].duration : 0;
        return Math.max(0, ...(window.__benchTasks ?? []).filter(([start, ms]) => start + ms > end).map(([, ms]) => ms));
      });
      const spans = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => [e.name, e.duration] as const));
      if (i === 0) continue;
      const sums = new Map<string, number>();
      for (const [name, ms] of spans) sums.set(name, (sums.get(name) ?? 0) + ms);
      for (const [name, ms] of sums) parts.set(name, [...(parts.get(name) ?? []), ms]);
      open.push(t1 - t0);
      look.push(looked);
      check.push(t2 - tPress);
      longestOpen.push(openTask);
      longestLook.push(lookTask);
      longestCheck.push(checkTask);
      afterResult.push(lastTask);
      longest.push(Math.max(openTask, lookTask, checkTask));
    }
  } finally {
    await preview.close();
  }
  return {
    mode,
    openMs: timingOf(open),
    checkMs: timingOf(check),
    lookMs: timingOf(look),
    longestTaskMs: timingOf(longest),
    longestOpenTaskMs: timingOf(longestOpen),
    longestLookTaskMs: timingOf(longestLook),
    longestCheckTaskMs: timingOf(longestCheck),
    longestAfterResultTaskMs: timingOf(afterResult),
    parts: Object.fromEntries([...parts].map(([name, ms]) => [name, timingOf(ms)])),
    problems: [...preview.problems],
  };
}

function line(what: string, t: Timing | undefined, aim: number): string {
  if (!t) return `  ${what}: not measured`;
  const met = t.median <= aim ? 'met' : 'missed';
  return `  ${what.padEnd(34)} ${String(round(t.median)).padStart(7)} ms  (${round(t.min)}–${round(t.max)}, ${t.runs} runs)   aim ≤ ${aim} ms: ${met}`;
}

/** The figures as lines for a terminal, each beside its aim. */
export function previewReport(tables: number, f: PreviewFigures): string[] {
  return [
    `preview in chromium, ${tables.toLocaleString('en-US')} tables on one sheet (median, min–max), ${f.mode === 'cold' ? 'cold check (?checkAhead=0: read and checked after 校验)' : 'check ahead (read and checked while the sheet is shown)'}:`,
    line('open', f.openMs, PREVIEW_AIMS.openMs),
    line(f.mode === 'cold' ? 'check, cold' : 'check, checked ahead', f.checkMs, PREVIEW_AIMS.checkMs),
    ...(f.lookMs
      ? [
          `    (校验 pressed after looking at the sheet ${round(f.lookMs.median)} ms (${round(f.lookMs.min)}–${round(f.lookMs.max)}): until ${f.mode === 'cold' ? 'the worker warmed up' : 'the check ahead was ready'})`,
        ]
      : []),
    line('longest main-thread task, open', f.longestOpenTaskMs, PREVIEW_AIMS.longestTaskMs),
    line(f.mode === 'cold' ? '  then while looking (warm-up)' : '  then while looking (check ahead)', f.longestLookTaskMs, PREVIEW_AIMS.longestTaskMs),
    line('longest main-thread task, check', f.longestCheckTaskMs, PREVIEW_AIMS.longestTaskMs),
    line('  of it, after the worker result', f.longestAfterResultTaskMs, PREVIEW_AIMS.longestTaskMs),
    ...Object.entries(f.parts ?? {}).map(([name, t]) => `    ${name.padEnd(36)} ${String(round(t.median)).padStart(7)} ms  (${round(t.min)}–${round(t.max)})`),
    ...f.problems.map((p) => `  PROBLEM: ${p}`),
  ];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const tables = Number(process.argv[3] ?? 2000);
  // Both by default; `ahead` or `cold` as the third argument for one.
  const modes: PreviewMode[] = process.argv[4] === 'ahead' || process.argv[4] === 'cold' ? [process.argv[4]] : ['ahead', 'cold'];
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-bench-preview-'));
  try {
    console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; /proc/loadavg ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const seed = loadSeed();
    const warm = await writeStackedWorkbook(join(dir, 'preview-200.xlsx'), seed, 200, 1);
    const big = await writeStackedWorkbook(join(dir, `preview-${tables}.xlsx`), seed, tables, 1);
    const all: PreviewFigures[] = [];
    for (const mode of modes) {
      const figures = await measurePreview(warm.path, big.path, runs, mode);
      all.push(figures);
      for (const l of previewReport(tables, figures)) console.log(l);
      console.log(`  /proc/loadavg after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    }
    console.log(JSON.stringify({ preview: all.map((figures) => ({ tables, runs, ...figures })) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
