/**
 * Where the preview's time goes, as User Timing measures (`performance.measure`) in the page:
 * DevTools shows them on its timeline, and bench/preview-profile.ts prints them. A worker's spans
 * come back with its reply in the worker's own clock and are moved onto the page's by the two
 * time origins. Costs nothing worth counting (a handful of entries per open or check), does
 * nothing where the page has no User Timing.
 */

/** A span measured in a worker: ms since the worker's time origin. */
export interface Span {
  name: string;
  start: number;
  end: number;
}

const hasTiming = (): boolean => typeof performance !== 'undefined' && typeof performance.measure === 'function';

/** Now, in ms since this realm's time origin. */
export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : 0);

/** Records `name` from `start` (a now() of this realm) until now. */
export function measureSince(name: string, start: number): void {
  if (!hasTiming()) return;
  try {
    performance.measure(name, { start, end: now() });
  } catch {
    // An old engine without measure options: the figure is only for people profiling.
  }
}

/** Records a worker's spans on the page's timeline; `origin` is the worker's performance.timeOrigin. */
export function measureSpans(spans: readonly Span[] | undefined, origin: number | undefined): void {
  if (!hasTiming() || !spans || origin === undefined) return;
  const shift = origin - performance.timeOrigin;
  for (const s of spans) {
    try {
      performance.measure(s.name, { start: Math.max(0, s.start + shift), end: Math.max(0, s.end + shift) });
    } catch {
      return;
    }
  }
}

/** Runs `work`, recording its span under `name` (for a promise: until it settles). */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = now();
  try {
    return await work();
  } finally {
    measureSince(name, start);
  }
}
