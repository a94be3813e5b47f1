/**
 * The base of every proxy object of the stand-in (moved out of objects.ts unchanged, so that
 * proxies can live in files of their own without an import cycle): `load()` queues a read, a
 * property is readable only after the sync that answered it, setters and methods queue writes
 * guarded by the sheet's protection.
 */
import { type PendingRead, type StandInContext, jsonBytes } from './context';
import { officeError, propertyNotLoaded } from './errors';
import type { SheetModel } from './model';

export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

function normalizePaths(spec: LoadSpec): string[] {
  let parts: string[];
  if (spec === undefined) parts = [];
  else if (typeof spec === 'string') parts = spec.split(',');
  else if (Array.isArray(spec)) parts = spec.flatMap((s) => s.split(','));
  else parts = [...(spec.select ?? '').split(','), ...(spec.expand ?? '').split(',')];
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Groups `a/b/c` paths by their first segment. */
function splitPaths(paths: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of paths) {
    const i = p.indexOf('/');
    const head = i < 0 ? p : p.slice(0, i);
    const rest = i < 0 ? [] : [p.slice(i + 1)];
    out.set(head, [...(out.get(head) ?? []), ...rest]);
  }
  return out;
}

export function combine(reads: PendingRead[]): PendingRead {
  return { bytes: reads.reduce((n, r) => n + r.bytes, 0), commit: () => reads.forEach((r) => r.commit()) };
}

export abstract class ClientObject<T> {
  /** Made when something is loaded or set: most proxies of a read only lead to others. */
  private loaded: Map<string, unknown> | undefined;
  private readonly createdAt: number;

  constructor(
    readonly context: StandInContext,
    protected readonly location: string,
  ) {
    this.createdAt = context.generation;
  }

  /** The model object this proxy names, at sync time; null for a null object. */
  protected abstract resolve(): T | null;
  /** The scalar properties `load()` without arguments reads (none, for a pure navigation object). */
  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(_name: string, _target: T): unknown {
    return undefined;
  }
  protected navigation(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }
  /** The sheet whose protection guards writes through this object. */
  protected abstract sheetOf(target: T): SheetModel | undefined;

  load(spec?: LoadSpec): this {
    const paths = normalizePaths(spec);
    this.context.enqueue({ readOnly: true, run: () => this.collect(paths), steps: () => this.collectSteps(paths) });
    return this;
  }

  /** `collect` in steps a sliced sync may pause between; one step unless a subclass has more. */
  *collectSteps(paths: string[]): Generator<void, PendingRead, void> {
    return this.collect(paths);
  }

  /** `isNullObject` is known after any sync that followed the proxy's creation. */
  get isNullObject(): boolean {
    if (this.context.generation === this.createdAt) throw propertyNotLoaded('isNullObject', this.location);
    return this.resolve() === null;
  }

  /** Reads the properties in `paths` now (inside a sync); they become visible on commit. */
  collect(paths: string[]): PendingRead {
    const target = this.resolve();
    if (target === null) return { bytes: 4, commit: () => undefined };
    const scalars = this.scalarNames();
    const groups = splitPaths(paths.length > 0 ? paths : scalars);
    const reads: PendingRead[] = [];
    for (const [head, rest] of groups) {
      const nav = this.navigation(head);
      if (nav) {
        reads.push(nav.collect(rest));
        continue;
      }
      if (!scalars.includes(head) || rest.length > 0) {
        throw officeError('InvalidArgument', this.location, `The property '${head}' does not exist on ${this.location}.`);
      }
      const value = this.readScalar(head, target);
      reads.push({ bytes: jsonBytes(value) + head.length + 4, commit: () => (this.loaded ??= new Map()).set(head, value) });
    }
    return combine(reads);
  }

  protected value<V>(name: string): V {
    if (!this.loaded?.has(name)) throw propertyNotLoaded(name, this.location);
    return this.loaded.get(name) as V;
  }

  protected resolveOrThrow(): T {
    const t = this.resolve();
    if (t === null) throw officeError('ItemNotFound', this.location);
    return t;
  }

  /** Queues a write guarded by the sheet's protection. */
  protected write(apply: (target: T) => void, requestData?: unknown): void {
    this.context.enqueue({
      guardedSheet: () => {
        const t = this.resolve();
        return t === null ? undefined : this.sheetOf(t);
      },
      requestBytes: requestData === undefined ? 0 : jsonBytes(requestData),
      run: () => apply(this.resolveOrThrow()),
    });
  }

  /** Queues an action that protection does not forbid (activate, select). */
  protected act(apply: (target: T) => void): void {
    this.context.enqueue({ run: () => apply(this.resolveOrThrow()) });
  }

  /** Lets a setter update the local copy too, as Office.js does for properties you set. */
  protected remember(name: string, value: unknown): void {
    (this.loaded ??= new Map()).set(name, value);
  }
}

/**
 * A proxy that finds its model object through a function given by its parent, and whose writes
 * are guarded by that object's sheet: most of the object model (formats, fills, rules …).
 */
export abstract class FoundObject<T extends { sheet: SheetModel }> extends ClientObject<T> {
  protected readonly find: () => T | null;

  constructor(context: StandInContext, location: string, find: () => T | null) {
    super(context, location);
    // Worked out once per state of the model (StandInContext.state): the objects a read derives
    // from this one (its areas, their used ranges) and isNullObject after the sync ask again and
    // again, and a list of 500 bands costs a pass over their cells each time. A failure is not kept.
    // The state is compared as its two numbers: building its text on every call was a string per
    // area of a 5,000-area read.
    let memo: { generation: number; changes: number; value: T | null } | undefined;
    this.find = () => {
      const generation = context.generation;
      const changes = context.runtime.changes ?? 0;
      if (memo !== undefined && memo.generation === generation && memo.changes === changes) return memo.value;
      const value = find();
      memo = { generation, changes, value };
      return value;
    };
  }
  protected resolve(): T | null {
    return this.find();
  }
  protected sheetOf(t: T): SheetModel {
    return t.sheet;
  }
}
