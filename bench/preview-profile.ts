/**
 * Where the browser preview's main thread spends an open and a check (issue 14.5): a CPU profile
 * of the page (the Chrome DevTools protocol through playwright-core) during each, summed by
 * function, and the page's long tasks. Build the page unminified first for readable names:
 *
 *   npx webpack -c webpack.preview.config.js --mode production --no-optimization-minimize
 *   [PREVIEW_QUERY=?checkAhead=0] npx tsx bench/preview-profile.ts [TABLES=2000] [OUT_DIR]
 *
 * With OUT_DIR, the raw profiles are written there as open.cpuprofile and check.cpuprofile (for
 * DevTools). The build is used as it is: this script does not rebuild.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import type { CDPSession } from 'playwright-core';
import { loadSeed } from '../scripts/seed-layouts';
import { checkSheet, openFile, openPreview } from '../test/e2e/harness';
import { writeStackedWorkbook } from './generate';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * The main thread's busy stretches of at least `minMs` (samples other than idle, program and GC
 * with no idle sample between them): a stretch is a task, or tasks run back to back. Each with the
 * functions it spent most in (total, nested calls counted once), so a long task is named by its
 * code rather than guessed from its time.
 */
function busyStretches(p: Profile, minMs: number, top: number): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  const out: string[] = [];
  let at = 0;
  let from = -1;
  let fromUs = 0;
  const flush = (to: number, endUs: number) => {
    const ms = (endUs - fromUs) / 1000;
    if (from < 0 || ms < minMs) return;
    const total = new Map<string, number>();
    for (let i = from; i < to; i++) {
      const seen = new Set<string>();
      for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
        const node = byId.get(id);
        if (!node || node.callFrame.functionName === '(root)') break;
        const name = label(node.callFrame);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + (deltas[i + 1] ?? 0));
      }
    }
    const names = [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
    out.push(`  busy ${ms.toFixed(0)} ms at +${(fromUs / 1000).toFixed(0)} ms: ${names.map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`).join('; ')}`);
  };
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const name = byId.get(samples[i])?.callFrame.functionName;
    const idle = name === '(idle)';
    if (idle && from >= 0) {
      flush(i, at);
      from = -1;
    } else if (!idle && from < 0) {
      from = i;
      fromUs = at;
    }
  }
  flush(samples.length, at);
  return out;
}

function label(f: ProfileNode['callFrame']): string {
  const file = f.url === '' ? 'native' : basename(f.url);
  return `${f.functionName || '(anonymous)'} (${file}:${f.lineNumber + 1})`;
}

/** Self and total ms per function, largest first. */
function summarise(p: Profile, top: number): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  (p.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const name = label(node.callFrame);
    const own = selfUs.get(id) ?? 0;
    self.set(name, (self.get(name) ?? 0) + own);
    const nested = new Set(onStack).add(name);
    let sum = own;
    for (const c of node.children ?? []) sum += walk(c, nested);
    if (!onStack.has(name)) total.set(name, (total.get(name) ?? 0) + sum);
    return sum;
  };
  const childIds = new Set(p.nodes.flatMap((n) => n.children ?? []));
  for (const n of p.nodes) if (!childIds.has(n.id)) walk(n.id, new Set());
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(6);
  const bySelf = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const byTotal = [...total.entries()].filter(([n]) => !n.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    '  self ms   function',
    ...bySelf.map(([n, us]) => `  ${ms(us)}   ${n}`),
    '  total ms  function',
    ...byTotal.map(([n, us]) => `  ${ms(us)}   ${n}`),
  ];
}

declare global {
  interface Window {
    __tasks?: { start: number; duration: number }[];
  }
}

async function profiled(cdp: CDPSession, work: () => Promise<void>): Promise<{ ms: number; profile: Profile }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return { ms, profile };
}

async function main(): Promise<void> {
  const tables = Number(process.argv[2] ?? 2000);
  const out = process.argv[3];
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-preview-profile-'));
  const preview = await openPreview(process.env.PREVIEW_QUERY ?? '');
  try {
    const { page } = preview;
    page.setDefaultTimeout(300_000);
    const big = await writeStackedWorkbook(join(dir, `preview-${tables}.xlsx`), loadSeed(), tables, 1);
    const cdp = await page.context().newCDPSession(page);
    const watchTasks = () =>
      page.evaluate(() => {
        window.__tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__tasks?.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
        }).observe({ type: 'longtask' });
      });
    const tasks = () => page.evaluate(() => window.__tasks ?? []);
    // The page's own User Timing spans (src/preview/timing.ts), then cleared for the next step.
    const spans = async () => {
      const list = await page.evaluate(() => {
        const m = performance.getEntriesByType('measure').map((e) => `${e.name} ${e.duration.toFixed(0)} ms (at ${e.startTime.toFixed(0)})`);
        performance.clearMeasures();
        return m;
      });
      for (const l of list) console.log(`  span: ${l}`);
    };
    // The sample the page opened on loading is checked ahead once the page is idle: let it finish.
    const checkedAhead = () =>
      page
        .waitForFunction(() => ['open: check ahead (read and engine)', 'open: check ahead (dropped)'].some((n) => performance.getEntriesByName(n, 'measure').length > 0), undefined, { timeout: 60_000, polling: 50 })
        .catch(() => undefined);
    if (!(process.env.PREVIEW_QUERY ?? '').includes('checkAhead=0')) await checkedAhead();
    await watchTasks();
    await page.evaluate(() => performance.clearMeasures());
    const open = await profiled(cdp, async () => {
      await openFile(page, big.path);
      await page.getByText(`当前文件：${basename(big.path)}`).waitFor();
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    });
    console.log(`open: ${open.ms.toFixed(0)} ms; long tasks ${JSON.stringify(await tasks())}`);
    await spans();
    for (const l of summarise(open.profile, 30)) console.log(l);
    for (const l of busyStretches(open.profile, 40, 12)) console.log(l);
    // As a user would, 校验 is pressed once the page has checked the sheet ahead (at most 60 s;
    // `?checkAhead=0` in PREVIEW_QUERY for the cold check, which waits for nothing).
    // Cold, 校验 is pressed once the checking worker has warmed up (as bench/preview.ts does).
    if (!(process.env.PREVIEW_QUERY ?? '').includes('checkAhead=0')) await checkedAhead();
    else
      await page
        .waitForFunction(() => performance.getEntriesByName('open: warm-up engine (worker)', 'measure').length > 0, undefined, { timeout: 10_000, polling: 50 })
        .catch(() => undefined);
    await spans();
    await watchTasks();
    const check = await profiled(cdp, () => checkSheet(page));
    console.log(`check: ${check.ms.toFixed(0)} ms; long tasks ${JSON.stringify(await tasks())}`);
    await spans();
    for (const l of summarise(check.profile, 30)) console.log(l);
    for (const l of busyStretches(check.profile, 40, 12)) console.log(l);
    if (out) {
      writeFileSync(join(out, 'open.cpuprofile'), JSON.stringify(open.profile));
      writeFileSync(join(out, 'check.cpuprofile'), JSON.stringify(check.profile));
    }
    if (preview.problems.length) console.log(`problems: ${preview.problems.join('; ')}`);
  } finally {
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
