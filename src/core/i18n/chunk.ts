/**
 * A chunk of texts loaded once, on demand (the rules' English for the task pane, ./load-rules; the
 * base sections' English for the ribbon, ./load-base-en): one import in flight at a time, and a
 * failed one forgotten, so that the next call tries again. The import is replaceable in tests.
 */
export interface ChunkLoader {
  /** Resolves once the chunk is loaded; rejects with the import's error (the next call tries again). */
  load(): Promise<void>;
  /** For tests: how the chunk is imported (the real import when not given). */
  setImport(load?: () => Promise<unknown>): void;
}

export function chunkLoader(realImport: () => Promise<unknown>): ChunkLoader {
  let importChunk = realImport;
  let pending: Promise<void> | undefined;
  return {
    load() {
      return (pending ??= importChunk().then(
        () => undefined,
        (err: unknown) => {
          pending = undefined;
          throw err;
        },
      ));
    },
    setImport(load) {
      importChunk = load ?? realImport;
      pending = undefined;
    },
  };
}
