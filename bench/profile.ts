/**
 * A CPU profile of one stretch of work (the V8 inspector, in process), summed by function: where
 * the engine's time goes, by file, line and function, without leaving the benchmark. The whole
 * profile can also be written as a .cpuprofile for Chrome's DevTools.
 */
import { Session } from 'inspector';
import { writeFileSync } from 'fs';
import { findSourceMap } from 'module';
import { relative } from 'path';
import { fileURLToPath } from 'url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  /** `function (file:line)`, the file relative to the project. */
  name: string;
  /** Time spent in the function itself (ms). */
  selfMs: number;
  /** Time spent in it and what it called, counted once per stack (ms). */
  totalMs: number;
  /** Share of the profile's self time (0–1). */
  share: number;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T)));
  });
}

/** Profiles `fn`; writes the raw profile to `savePath` when given. */
export async function profile(fn: () => void, root: string, savePath?: string): Promise<HotFunction[]> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    fn();
    const { profile: p } = await post<{ profile: Profile }>(session, 'Profiler.stop');
    if (savePath) writeFileSync(savePath, JSON.stringify(p));
    return hotFunctions(p, root);
  } finally {
    session.disconnect();
  }
}

/**
 * The source line of a frame. tsx compiles each file to a few long lines, so the profile's own
 * positions are mapped back through the file's source map (tsx turns source maps on).
 */
function sourceLine(frame: ProfileNode['callFrame']): number {
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const entry = path === '' ? undefined : findSourceMap(path)?.findEntry(frame.lineNumber, frame.columnNumber);
  const original = entry && 'originalLine' in entry ? Number(entry.originalLine) : frame.lineNumber;
  return original + 1;
}

function label(frame: ProfileNode['callFrame'], root: string): string {
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  if (path === '') return `${frame.functionName || '(anonymous)'} (native)`;
  const file = path.startsWith(root) ? relative(root, path) : path;
  return `${frame.functionName || '(anonymous)'} (${file}:${sourceLine(frame)})`;
}

/** Self and total time per function, the largest self times first. */
export function hotFunctions(p: Profile, root: string): HotFunction[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  (p.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  // Walk the tree once; a function's total counts each stack once even when it recurses.
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    // The profiler's own stop call (it builds the profile inside node:inspector) is not the work.
    if (!node || node.callFrame.url === 'node:inspector') return 0;
    const name = label(node.callFrame, root);
    const own = selfUs.get(id) ?? 0;
    self.set(name, (self.get(name) ?? 0) + own);
    all += own;
    const nested = new Set(onStack).add(name);
    let sum = own;
    for (const child of node.children ?? []) sum += walk(child, nested);
    if (!onStack.has(name)) total.set(name, (total.get(name) ?? 0) + sum);
    return sum;
  };
  const childIds = new Set(p.nodes.flatMap((n) => n.children ?? []));
  for (const n of p.nodes) if (!childIds.has(n.id)) walk(n.id, new Set());
  return [...self.entries()]
    .filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(program)'))
    .map(([name, us]) => ({ name, selfMs: us / 1000, totalMs: (total.get(name) ?? us) / 1000, share: all > 0 ? us / all : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/** The functions of our own code (src/) with the largest totals: the callers that cost. */
export function hotOwnFunctions(list: HotFunction[], top: number): HotFunction[] {
  return list
    .filter((f) => f.name.includes('src/'))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
}
