/**
 * `perf-target check | template | rules | help` — the engine from the command line (SPEC §6).
 * Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or written, or the
 * arguments are wrong.
 *
 * Start-up: this module loads the argument parser alone, not the message catalogue: `--help` adds
 * the usage texts (src/cli/usage.ts) and prints from them. Each command is loaded when it
 * runs (a check loads no ExcelJS unless --annotate asks for it, and several files are read in
 * worker threads); the catalogue is loaded by what says something else.
 */
import type * as Tty from 'node:tty';
import { ArgError, LangError, nearest, t, takeGlobals, type Globals, type Io } from './args';

export type { Io } from './args';

function isatty(fd: number): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- node:tty only where a real process runs the command line
  return (require('node:tty') as typeof Tty).isatty(fd);
}

/** Whether this process has written to stderr through defaultIo (the launcher waits for it before exiting). */
let wroteStderr = false;

function defaultIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => {
      wroteStderr = true;
      process.stderr.write(s);
    },
    isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
    // Asked of the descriptor: process.stderr would set up a stream that --help never writes to.
    // Asked only when read (a check of several files, for its progress bar): node:tty loads
    // node:net, which --help and a one-file check with stdout to a file or /dev/null need not
    // (valgrind, --single-threaded: --help 571 → 554 M instructions, the sample check 860 → 844).
    get stderrIsTTY() {
      return isatty(2);
    },
  };
}

const COMMANDS = ['check', 'template', 'rules', 'help'] as const;

async function usageOf(command: string | undefined, globals: Globals): Promise<string> {
  const { usageText } = await import('./usage');
  switch (command) {
    case 'check':
      return usageText('cli.usage.check', globals.locale);
    case 'template':
      return usageText('cli.usage.template', globals.locale);
    case 'rules':
      return usageText('cli.usage.rules', globals.locale);
    default:
      return usageText('cli.usage', globals.locale);
  }
}

function unknownCommand(command: string, globals: Globals): ArgError {
  // `perf-target a.xlsx` most likely meant `perf-target check a.xlsx`.
  const near = /\.xls[xm]$/i.test(command) ? `perf-target check ${command}` : nearest(command, COMMANDS);
  const detail = t('cli.unknownCommand', globals.locale, { command }) + (near ? t('cli.didYouMean', globals.locale, { suggestion: near }) : '');
  return new ArgError(detail);
}

function readVersion(): string {
  // package.json sits two levels above dist/cli (and src/cli).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../package.json') as { version: string };
  return pkg.version;
}

async function dispatch(argv: string[], io: Io, globals: Globals): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.stdout((await usageOf(undefined, globals)) + '\n');
      return 2;
    case '--help':
    case '-h':
      io.stdout((await usageOf(undefined, globals)) + '\n');
      return 0;
    case 'help': {
      const [given, ...extra] = rest;
      const topic = given === '--help' || given === '-h' ? undefined : given;
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) throw unknownCommand(topic, globals);
      if (extra.length > 0) throw new ArgError(t('cli.unexpectedPositional', globals.locale, { arg: extra[0] }));
      io.stdout((await usageOf(topic, globals)) + '\n');
      return 0;
    }
    case '--version':
    case '-v':
    case '-V':
      io.stdout(`${readVersion()}\n`);
      return 0;
    case 'check': {
      // The check's V8 tiering flag, then V8's code cache for what loads from here on (it is
      // recorded at build time under that flag, and V8 takes it only under the same flags).
      const { tuneTierUp } = await import('./tier-up');
      tuneTierUp();
      const { useCodeCache } = await import('./code-cache');
      useCodeCache();
      const { runCheck } = await import('./check');
      return runCheck(rest, io, globals);
    }
    case 'template': {
      const { runTemplate } = await import('./template');
      return runTemplate(rest, io, globals);
    }
    case 'rules': {
      const { parseCommand } = await import('./args');
      const { values, positionals } = parseCommand('rules', rest, {}, globals.locale, true);
      if (values.help) {
        io.stdout((await usageOf('rules', globals)) + '\n');
        return 0;
      }
      const { listRules, showRule, unknownRule } = await import('./rules-list');
      if (positionals.length === 0) {
        io.stdout(listRules());
        return 0;
      }
      // perf-target rules ID: that rule's page (what it checks, why, a wrong and a right example).
      const page = positionals.length === 1 ? showRule(positionals[0], globals.locale) : undefined;
      if (page === undefined) throw new ArgError(unknownRule(positionals.join(' '), globals.locale), 'rules');
      io.stdout(page);
      return 0;
    }
    default:
      if (command.startsWith('-')) {
        const near = nearest(command, ['--help', '--version']);
        const detail = t('cli.unknownOption', globals.locale, { option: command }) + (near ? t('cli.didYouMean', globals.locale, { suggestion: near }) : '');
        throw new ArgError(detail);
      }
      throw unknownCommand(command, globals);
  }
}

/** Runs one command line; never throws: every failure is one line on stderr and exit code 2. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let globals: Globals = { locale: 'zh-CN', debug: argv.includes('--debug') };
  try {
    let rest: string[];
    try {
      ({ globals, rest } = takeGlobals(argv));
    } catch (err) {
      if (!(err instanceof LangError)) throw err;
      globals = err.globals;
      throw new ArgError(t('cli.badLang', globals.locale));
    }
    return await dispatch(rest, io, globals);
  } catch (err) {
    if (err instanceof ArgError) {
      const { visible } = await import('./safe-text');
      const help = err.command ? `perf-target ${err.command} --help` : 'perf-target --help';
      io.stderr(visible(t('cli.badArgs', globals.locale, { detail: err.message, help })) + '\n');
      return 2;
    }
    io.stderr(t('cli.internal', globals.locale) + '\n');
    if (globals.debug) io.stderr(`${(await import('./safe-text')).debugDetail(err)}\n`);
    return 2;
  }
}

/**
 * Ends the process with `code` as soon as everything written to stdout (and stderr, if anything
 * was) has gone out; the launcher calls it when main has returned. Letting the process end by
 * itself instead tears down what a check leaves behind (V8's heap with the workbook's grids and
 * findings, the compiler's background jobs) before the exit code reaches the shell: about 0.1 s
 * after a 2,000-table report was out (bench/cli-phases.ts, "exit"). Writes to a pipe are
 * asynchronous on POSIX, so each stream is asked to call back once its earlier writes are done.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code;
  const streams: NodeJS.WriteStream[] = [process.stdout];
  if (wroteStderr) streams.push(process.stderr);
  let pending = streams.length;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  // An error (EPIPE from `| head`) also calls back: the launcher's error handler has said what it must.
  for (const stream of streams) stream.write('', done);
}
