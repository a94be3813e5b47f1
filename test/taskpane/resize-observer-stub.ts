/**
 * A ResizeObserver for jsdom, which has none: each observer records what it watches (disconnect
 * forgets it), and a test calls its callback with the entries a browser would report after layout.
 * `restore` takes it away again.
 */
export interface StubObserver {
  callback: (entries: unknown[]) => void;
  observed: Element[];
}

export function stubResizeObserver(): { observers: StubObserver[]; restore: () => void } {
  const observers: StubObserver[] = [];
  const g = globalThis as { ResizeObserver?: unknown };
  g.ResizeObserver = class {
    observed: Element[] = [];
    constructor(readonly callback: (entries: unknown[]) => void) {
      observers.push(this);
    }
    observe(el: Element) {
      this.observed.push(el);
    }
    disconnect() {
      this.observed = [];
    }
  };
  return {
    observers,
    restore: () => {
      delete g.ResizeObserver;
    },
  };
}
