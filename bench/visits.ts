/**
 * Counts the engine's reads of a sheet: the Grid accessors are wrapped for the duration of `run`
 * (and put back after), and each outermost call is one visit (isBlank calls value, which calls
 * mergeAt and rawValue: one visit, not three; isRowBlank counts each cell it looks at).
 */
import { Grid } from '../src/core/engine/grid';

const METHODS = ['rawValue', 'rawText', 'value', 'text', 'isBlank', 'mergeAt', 'anchor', 'format'] as const;

export interface Visits {
  total: number;
  byMethod: Map<string, number>;
  byCaller: Map<string, number>;
}

/** The engine function that called a Grid accessor, from a stack (the first frame outside grid.ts and this file). */
function callerOf(stack: string): string {
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.includes('/visits.ts') || l.includes('/grid.ts')) continue;
    const m = /at (?:(\S+) )?\(?.*\/(src\/[^:]+):(\d+)/.exec(l);
    return m ? `${m[1] ?? '(anonymous)'} ${m[2]}` : l.trim();
  }
  return '?';
}

export function countVisits(run: () => void, byCaller = false): Visits {
  const proto = Grid.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = METHODS.map((m) => proto[m]);
  const visits: Visits = { total: 0, byMethod: new Map(), byCaller: new Map() };
  let depth = 0;
  METHODS.forEach((name, k) => {
    const original = saved[k];
    proto[name] = function (this: Grid, ...args: unknown[]): unknown {
      if (depth === 0) {
        visits.total++;
        visits.byMethod.set(name, (visits.byMethod.get(name) ?? 0) + 1);
        if (byCaller) {
          const c = callerOf(new Error().stack ?? '');
          visits.byCaller.set(c, (visits.byCaller.get(c) ?? 0) + 1);
        }
      }
      depth++;
      try {
        return original.apply(this, args);
      } finally {
        depth--;
      }
    };
  });
  try {
    run();
  } finally {
    METHODS.forEach((name, k) => (proto[name] = saved[k]));
  }
  return visits;
}
