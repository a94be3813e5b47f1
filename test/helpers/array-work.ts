/**
 * Work done by the Array built-ins while `run` runs, counted rather than timed: elements visited
 * by iteration (for…of, spread `[...a]`, `push(...a)`), callbacks called by filter/map/find/…,
 * elements copied by slice, elements moved by splice, and elements searched by includes/indexOf. Quadratic work that reads no cell (an
 * array copied or filtered again for every page of a sheet) shows here as 100× the count for 10×
 * the sheet, where grid-read counts stay linear. No clock: the count is the same on a loaded machine.
 */
const CALLBACK_METHODS = ['filter', 'map', 'forEach', 'find', 'findIndex', 'findLast', 'some', 'every', 'flatMap', 'reduce'] as const;

type Proto = Record<string | symbol, unknown>;

export function arrayWork(run: () => void): number {
  const proto = Array.prototype as unknown as Proto;
  const saved = new Map<string | symbol, unknown>();
  let work = 0;
  const patch = (key: string | symbol, make: (original: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown) => {
    const original = proto[key] as (...a: unknown[]) => unknown;
    saved.set(key, original);
    proto[key] = make(original);
  };
  patch(Symbol.iterator, (original) =>
    function (this: unknown[]) {
      const it = original.call(this) as Iterator<unknown>;
      return {
        next: () => {
          work++;
          return it.next();
        },
        [Symbol.iterator]() {
          return this;
        },
      };
    },
  );
  for (const m of CALLBACK_METHODS) {
    patch(m, (original) =>
      function (this: unknown[], cb: unknown, ...rest: unknown[]) {
        const counted = (...a: unknown[]) => {
          work++;
          return (cb as (...a: unknown[]) => unknown)(...a);
        };
        return original.call(this, counted, ...rest);
      },
    );
  }
  // A search (`includes`, `indexOf`) reads elements up to the one found, or all of them: asked once
  // per row of a list that grows with the rows, it is the quadratic a Set avoids.
  for (const m of ['includes', 'indexOf', 'lastIndexOf'] as const) {
    patch(m, (original) =>
      function (this: unknown[], ...a: unknown[]) {
        const found = original.apply(this, a) as number | boolean;
        work += typeof found === 'number' ? (found < 0 ? this.length : m === 'lastIndexOf' ? this.length - found : found + 1) : this.length;
        return found;
      },
    );
  }
  patch('slice', (original) =>
    function (this: unknown[], ...a: unknown[]) {
      const out = original.apply(this, a) as unknown[];
      work += out.length;
      return out;
    },
  );
  patch('splice', (original) =>
    function (this: unknown[], ...a: unknown[]) {
      const start = Number(a[0] ?? 0);
      const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
      // Every element after the cut moves (or is copied out).
      work += this.length - from;
      return original.apply(this, a);
    },
  );
  try {
    run();
  } finally {
    for (const [key, original] of saved) proto[key] = original;
  }
  return work;
}

/** Work at 10n over work at n, the input made outside the count: about 10 when linear, 100 when quadratic. */
export function arrayWorkRatio<T>(make: (n: number) => T, run: (input: T) => void, n: number): number {
  const at = (size: number) => {
    const input = make(size);
    return arrayWork(() => run(input));
  };
  return at(10 * n) / Math.max(1, at(n));
}

/** Linear: 10× the input costs less than 20× the counted work (quadratic would be 100×). */
export const LINEAR_WORK = 20;
