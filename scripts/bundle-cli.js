#!/usr/bin/env node
'use strict';
/**
 * After `tsc -p tsconfig.cli.json`: the check command becomes one file (dist/cli/check.js,
 * written over tsc's output), so a check loads one script instead of some eighty (the reader, the
 * engine and its rules, the report). Node's loader pays for every file it finds, reads and wraps;
 * one file is about a fifth less start-up work for the sample check (valgrind: 548 M instructions
 * over bare node's, 447 M bundled). The pool's worker (dist/cli/worker.js, tsc's) loads the same
 * bundle, so one code cache serves both.
 *
 * Then --help's usage texts become one file with only the command line's section of the catalogue,
 * and V8's code cache is recorded (src/cli/code-cache.ts).
 *
 * Left out of the bundles, so that they load as before and only when used: the message catalogue,
 * the argument parser and safe-text (main has loaded them already: one copy, shared), and what a
 * check loads only when asked (the pool, --annotate with ExcelJS, --config's settings, the readers
 * of legacy .xls files and web pages). `--help`
 * does not load the check at all. Without esbuild (a devDependency, not needed to run) the
 * compiled files stay as they are and work the same.
 */
const { join, relative, resolve, dirname, sep } = require('path');
const { existsSync, rmSync, statSync } = require('fs');
const { spawnSync } = require('child_process');

const DIST = join(__dirname, '..', 'dist');
const CLI = join(DIST, 'cli');

/** Compiled files that stay separate modules (paths relative to dist/). */
const SEPARATE = [
  /^core\/i18n\//,
  /^cli\/(main|args|safe-text|pool|annotate|template|rules-list|check|worker|tier-up|code-cache|usage)\.js$/,
  /^core\/review\/settings\.js$/,
  // The legacy .xls and web-page readers: required by read.ts only when a file needs them.
  /^hosts\/file\/legacy-read\.js$/,
];

function resolveCompiled(importer, request) {
  const base = resolve(dirname(importer), request);
  for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const separate = {
  name: 'separate-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = resolveCompiled(args.importer, args.path);
      if (!file) return undefined;
      const inDist = relative(DIST, file).split(sep).join('/');
      // Separate files are required from dist/cli at run time; the rest goes into the bundle.
      if (!SEPARATE.some((re) => re.test(inDist))) return undefined;
      let path = relative(CLI, file).split(sep).join('/');
      if (!path.startsWith('.')) path = `./${path}`;
      return { path, external: true };
    });
  },
};

/**
 * V8's code cache for the compiled files (src/cli/code-cache.ts), recorded in a fresh process
 * that runs the common commands on examples/sample.xlsx. Without the sample there is no cache,
 * and the command line compiles as it always did.
 */
function recordCodeCache() {
  const sample = join(__dirname, '..', 'examples', 'sample.xlsx');
  if (!existsSync(sample)) {
    process.stderr.write('bundle-cli: examples/sample.xlsx is missing; no code cache is recorded (the command line works the same).\n');
    return;
  }
  const code = `require(${JSON.stringify(join(CLI, 'code-cache.js'))}).recordStartup(${JSON.stringify(DIST)}, ${JSON.stringify(sample)}).catch((e) => { console.error(e); process.exit(1); })`;
  const r = spawnSync(process.execPath, ['-e', code], { stdio: 'inherit', env: { ...process.env, PERF_TARGET_V8_DEFAULTS: '', PERF_TARGET_CODE_CACHE: '' } });
  // A cache is only time saved: a failure to record one must not fail the build (npm ci runs this).
  if (r.status !== 0) process.stderr.write(`bundle-cli: recording the code cache failed (exit ${r.status}); the command line works the same without it.\n`);
}

async function main() {
  // An earlier build's cache goes first: if recording fails below, no cache is left (an old one
  // would not be used anyway, its files' stamps no longer matching, but it would be clutter).
  rmSync(join(DIST, 'code-cache'), { recursive: true, force: true });
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    process.stderr.write('bundle-cli: esbuild is not installed; the command line stays unbundled (it works the same).\n');
    recordCodeCache();
    return;
  }
  for (const name of ['check.js']) {
    const entry = join(CLI, name);
    if (!existsSync(entry)) throw new Error(`bundle-cli: ${entry} is missing; run tsc -p tsconfig.cli.json first`);
    await esbuild.build({
      entryPoints: [entry],
      outfile: entry,
      allowOverwrite: true,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // Packages (ExcelJS for --annotate) are loaded from node_modules, as before.
      packages: 'external',
      logLevel: 'warning',
      plugins: [separate],
    });
  }
  // --help's usage texts: the command line's section of the catalogue alone. Its one import of
  // the catalogue's index (to register the section) is left out here: usage.js reads the section
  // itself, and whatever needs the catalogue's t loads the index, which registers it again.
  const usage = join(CLI, 'usage.js');
  await esbuild.build({
    entryPoints: [usage],
    outfile: usage,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    plugins: [
      {
        name: 'section-alone',
        setup(build) {
          build.onResolve({ filter: /^\.\/index$/ }, (args) =>
            relative(DIST, args.importer).split(sep).join('/') === 'core/i18n/cli.js' ? { path: 'index', namespace: 'section-alone' } : undefined,
          );
          build.onLoad({ filter: /.*/, namespace: 'section-alone' }, () => ({ contents: 'exports.registerTexts = () => {};', loader: 'js' }));
        },
      },
    ],
  });
  recordCodeCache();
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
