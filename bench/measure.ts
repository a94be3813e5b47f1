/**
 * Timing and memory helpers for the benchmark: warm-up runs, then the median of several runs, so
 * one garbage collection or a JIT recompilation does not decide the figure.
 */
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

export interface Timing {
  /** Median of the measured runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface MeasureOptions {
  /** Runs before measuring (JIT warm-up, file cache). */
  warmup: number;
  /** Measured runs wanted. */
  runs: number;
  /** Stop early, after at least three measured runs, once this much time went by (ms). */
  budgetMs?: number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function timingOf(samples: readonly number[]): Timing {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

/**
 * Times `fn`: `warmup` unmeasured runs, then up to `runs` measured ones. `fn` may time a part of
 * itself and return that (a number); otherwise the whole call is timed.
 */
export async function measure(fn: () => Promise<number | void> | number | void, o: MeasureOptions): Promise<Timing> {
  for (let i = 0; i < o.warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < o.runs) {
    const t0 = performance.now();
    const inner = await fn();
    samples.push(typeof inner === 'number' ? inner : performance.now() - t0);
    if (o.budgetMs !== undefined && samples.length >= Math.min(3, o.runs) && performance.now() - started > o.budgetMs) break;
  }
  return timingOf(samples);
}

/** Collects garbage when it can: tsx starts node without --expose-gc, so the flag is set here. */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

export interface HeapSample {
  /** heapUsed before the work, after a collection (MB). */
  baseMB: number;
  /** Highest heapUsed seen while the work ran (sampled every few ms and after each step, MB). */
  peakMB: number;
  /** Highest resident set size seen (MB). */
  rssPeakMB: number;
}

const MB = 1024 * 1024;

/**
 * Runs `fn` while sampling the heap. Synchronous stretches cannot be sampled from a timer, so `fn`
 * gets `sample()` to call between its steps; the timer catches what happens across awaits.
 */
export async function sampleHeap(fn: (sample: () => void) => Promise<void>): Promise<HeapSample> {
  collectGarbage();
  const base = process.memoryUsage();
  let peak = base.heapUsed;
  let rssPeak = base.rss;
  const sample = (): void => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed);
    rssPeak = Math.max(rssPeak, m.rss);
  };
  const timer = setInterval(sample, 5);
  try {
    await fn(sample);
    sample();
  } finally {
    clearInterval(timer);
  }
  return { baseMB: round(base.heapUsed / MB, 1), peakMB: round(peak / MB, 1), rssPeakMB: round(rssPeak / MB, 1) };
}

export function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
