#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is compiled to dist/ by `npm ci` (the `prepare` script).
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('perf-target：程序尚未编译，请先在项目目录运行 npm ci（或 npm run build:cli）。\n');
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`perf-target：内部错误：${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
