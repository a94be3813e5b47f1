#!/usr/bin/env node
'use strict';
/**
 * Before `tsc -p tsconfig.cli.json`: removes what an earlier build compiled into dist/ (cli, core,
 * hosts). tsc never deletes, so a source file moved or removed leaves its old .js behind, and the
 * bundler, resolving `../core/engine` as Node does (engine.js before engine/index.js), would take
 * the stale file: the command line would run old code with nothing to say so. dist/preview is the
 * preview's own build and stays.
 */
const { rmSync } = require('fs');
const { join } = require('path');

for (const dir of ['cli', 'core', 'hosts']) rmSync(join(__dirname, '..', 'dist', dir), { recursive: true, force: true });
