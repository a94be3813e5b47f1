#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is compiled to dist/ by `npm ci` (the `prepare` script).
// main() never throws; it returns the exit code (0 no errors, 1 errors, 2 unreadable file or bad arguments).
const english = process.argv.some((a, i, all) => a === '--lang=en' || (a === '--lang' && /^en/i.test(all[i + 1] || '')));
let main;
let exitWhenWritten;
try {
  ({ main, exitWhenWritten } = require('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write(
      english
        ? 'perf-target: the program is not built yet. Run npm ci (or npm run build:cli) in the project folder first.\n'
        : 'perf-target：程序尚未编译，请先在项目目录运行 npm ci（或 npm run build:cli）。\n',
    );
    process.exit(2);
  }
  throw err;
}
// Anything that escapes main() (an error event on a stream, say) is still one line, with the
// stack only under --debug.
const fatal = (err) => {
  let line = 'perf-target：程序内部出错，检查未完成。请加 --debug 重新运行查看详情，并报告此问题。';
  try {
    line = require('../dist/core/i18n').t('cli.internal', english ? 'en-US' : 'zh-CN');
  } catch {
    // the catalogue itself failed: the Chinese line above
  }
  process.stderr.write(line + '\n');
  if (process.argv.includes('--debug')) process.stderr.write(`${(err && err.stack) || String(err)}\n`);
  process.exit(2);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
// `perf-target check … | head` closes stdout early: stop quietly instead of printing EPIPE.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// The exit code once the output has gone out, without waiting for the process to tear itself
// down (a dist/ built before exitWhenWritten existed: the exit code, as before).
main(process.argv.slice(2)).then(exitWhenWritten || ((code) => (process.exitCode = code)));
