/**
 * V8's code cache for the compiled command line (issue 14.3). Compiling our scripts is a large
 * part of a short run: the check's bundle is some 400 KB of JavaScript, and most of what a check
 * runs is compiled lazily, function by function, while it runs. V8 can save the bytecode of a
 * script and of every function compiled so far (`vm.Script#createCachedData`) and take it back
 * instead of compiling (`cachedData`). Node 20 has no `module.enableCompileCache`, so this module
 * does it for the files under dist/ only:
 *
 * - At build time (`npm run build:cli`, `prepare`), scripts/bundle-cli.js runs `recordStartup` in
 *   a fresh process: a check of examples/sample.xlsx in text and in JSON; then the
 *   bytecode of every one of our scripts goes to dist/code-cache/, with a manifest of the V8
 *   version, the architecture and each source file's size and modification time.
 * - At run time, `useCodeCache` (main calls it for `check`) reads the manifest and, for a file it
 *   lists whose size and time are unchanged, compiles it with the cached data. V8 verifies the
 *   data itself (its version, its flags, the source's length) and compiles afresh when it rejects
 *   it; a stale or missing cache is only the time it would have saved.
 *
 * Nothing is ever written at run time: the cache is part of the build, never beside the user's
 * files. The flags must match for V8 to accept the data, so both the recorder and `check` set the
 * check's tiering flag (src/cli/tier-up.ts) first; with PERF_TARGET_V8_DEFAULTS=1 the cache is
 * not used. PERF_TARGET_CODE_CACHE=0 turns it off (for measuring what it buys).
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';
import Module from 'node:module';

/** The cache's folder under dist/. */
export const CACHE_DIR = 'code-cache';
const MANIFEST = 'manifest.json';

interface SourceStamp {
  size: number;
  mtimeMs: number;
}

export interface CacheManifest {
  /** V8's version and the architecture the data was made with: anything else is not even tried. */
  v8: string;
  arch: string;
  /** Source files (relative to dist/, with `/`) and their stamp when the data was made. */
  files: Record<string, SourceStamp>;
}

/** A CommonJS module's wrapper function, as Module.wrap makes it. */
type Wrapper = (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;

/** The `.js` loader Node uses; replaced only for our own files. */
type JsLoader = (module: NodeJS.Module, filename: string) => void;

// `require.extensions` is Node's own table of loaders (documented as deprecated, but it is the one
// place a CommonJS loader can compile with cached data; Node 20 offers nothing else).
const extensions = require.extensions as unknown as Record<string, JsLoader>;

function keyOf(dist: string, filename: string): string | undefined {
  // Only files under dist (on Windows, another drive gives an absolute path), not the cache itself.
  const rel = relative(dist, filename);
  const parts = rel.split(sep);
  if (rel === '' || isAbsolute(rel) || parts[0] === '..' || parts[0] === CACHE_DIR) return undefined;
  return parts.join('/');
}

function dataFile(dist: string, key: string): string {
  return join(dist, CACHE_DIR, `${key}.v8`);
}

/** Runs a compiled wrapper as Node's loader would: `this` is exports, `require` is the module's. */
function runWrapper(script: Script, module: NodeJS.Module, filename: string): void {
  const fn = script.runInThisContext({ displayErrors: true }) as Wrapper;
  const req = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => Module.createRequire(filename).resolve(request, options)) as NodeJS.RequireResolve;
  req.resolve = resolve;
  req.cache = require.cache;
  req.main = require.main;
  req.extensions = require.extensions;
  fn.call(module.exports, module.exports, req, module, filename, dirname(filename));
}

function sameStamp(a: SourceStamp | undefined, filename: string): boolean {
  if (!a) return false;
  try {
    const s = statSync(filename);
    return s.size === a.size && s.mtimeMs === a.mtimeMs;
  } catch {
    return false;
  }
}

let installed = false;
/** While recording, the run's own useCodeCache is a no-op (the recorder compiles everything itself). */
let recording = false;

/**
 * Compiles our files under `dist` with their cached data from now on. Returns whether the cache
 * is in use (a manifest for this V8 and architecture was found).
 */
export function useCodeCache(dist: string = join(__dirname, '..'), env: NodeJS.ProcessEnv = process.env): boolean {
  if (installed) return true;
  if (recording) return false;
  if (env.PERF_TARGET_CODE_CACHE === '0' || env.PERF_TARGET_V8_DEFAULTS === '1') return false;
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dist, CACHE_DIR, MANIFEST), 'utf8')) as CacheManifest;
  } catch {
    return false; // no cache built (esbuild or the sample was missing): compile as usual
  }
  if (manifest.v8 !== process.versions.v8 || manifest.arch !== process.arch || typeof manifest.files !== 'object') return false;
  const original = extensions['.js'];
  extensions['.js'] = (module, filename) => {
    const key = keyOf(dist, filename);
    if (key === undefined || !sameStamp(manifest.files[key], filename)) return original(module, filename);
    let cachedData: Buffer;
    try {
      cachedData = readFileSync(dataFile(dist, key));
    } catch {
      return original(module, filename);
    }
    const source = readFileSync(filename, 'utf8');
    // V8 checks the data against its version, its flags and the source's length, and compiles
    // the source itself when it does not match (script.cachedDataRejected).
    runWrapper(new Script(Module.wrap(source), { filename, cachedData }), module, filename);
  };
  installed = true;
  return true;
}

/**
 * Build time: compiles every one of our files loaded from now on as a vm.Script it keeps; the
 * function returned writes their code caches (with what has been compiled by then) and the
 * manifest, replacing any earlier cache.
 */
export function recordCodeCache(dist: string): () => string[] {
  recording = true;
  const scripts = new Map<string, { script: Script; stamp: SourceStamp }>();
  const original = extensions['.js'];
  extensions['.js'] = (module, filename) => {
    const key = keyOf(dist, filename);
    if (key === undefined) return original(module, filename);
    const s = statSync(filename);
    const script = new Script(Module.wrap(readFileSync(filename, 'utf8')), { filename });
    scripts.set(key, { script, stamp: { size: s.size, mtimeMs: s.mtimeMs } });
    runWrapper(script, module, filename);
  };
  return () => {
    extensions['.js'] = original;
    recording = false;
    const dir = join(dist, CACHE_DIR);
    rmSync(dir, { recursive: true, force: true });
    const manifest: CacheManifest = { v8: process.versions.v8, arch: process.arch, files: {} };
    for (const [key, { script, stamp }] of scripts) {
      const file = dataFile(dist, key);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, script.createCachedData());
      manifest.files[key] = stamp;
    }
    // The manifest last: a build stopped half-way leaves no manifest, and so no cache in use.
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 1) + '\n');
    return [...scripts.keys()];
  };
}

/** What the recorder runs: a check of the sample in text and in JSON, each path compiled once. */
export function recordedCommands(sample: string): string[][] {
  return [
    ['check', sample],
    ['check', sample, '--format', 'json', '--lang', 'en'],
  ];
}

/**
 * Build time, in a fresh process (scripts/bundle-cli.js): main loaded as a check loads it (before
 * the tiering flag and the cache, so not cached: a check's main, argument parser and usage texts
 * are small and compiled before the flag is set), then the flag, then the commands of
 * recordedCommands with their output dropped, then the cache written. Returns the files cached.
 */
export async function recordStartup(dist: string, sample: string): Promise<string[]> {
  const { main } = await import('./main');
  const { tuneTierUp } = await import('./tier-up');
  tuneTierUp();
  const write = recordCodeCache(dist);
  const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, stderrIsTTY: false };
  for (const argv of recordedCommands(sample)) {
    const code = await main(argv, io);
    if (code !== 0 && code !== 1) throw new Error(`perf-target ${argv.join(' ')} exited with ${code} while recording the code cache`);
  }
  return write();
}
