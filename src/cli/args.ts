/**
 * What the command line's parts share: the output streams, the language, and bad arguments.
 * Kept free of the engine and of ExcelJS: `perf-target --help` loads this and little else. The
 * message catalogue (every section: some 40 M instructions of a 580 M `--help`) is loaded the
 * first time a message is needed, not with this module.
 */
import { statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale, MessageData } from '../core/model';
import type * as Catalogue from '../core/i18n';
import type { TextKey } from '../core/i18n';

/** The catalogue's `t`, loading the catalogue (with the command line's section) on first use. */
export function t(key: TextKey, locale?: Locale, data?: MessageData): string {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, so that --help does not load it */
  require('../core/i18n/cli');
  const catalogue = require('../core/i18n') as typeof Catalogue;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return catalogue.t(key, locale, data);
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress of a long check). */
  stderrIsTTY?: boolean;
}

/** Options every command understands, wherever they stand on the line. */
export interface Globals {
  locale: Locale;
  /** Print the stack of an unexpected error. */
  debug: boolean;
}

/** Bad arguments: reported as one line with exit code 2. `command` picks the usage to point to. */
export class ArgError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'ArgError';
  }
}

/** `--lang en` / `--lang=zh` / `--debug` taken out of argv, so every command and `--help` sees them. */
export function takeGlobals(argv: string[]): { globals: Globals; rest: string[] } {
  const globals: Globals = { locale: 'zh-CN', debug: false };
  const rest: string[] = [];
  let badLang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--debug') {
      globals.debug = true;
      continue;
    }
    let value: string | undefined;
    if (arg === '--lang') value = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else {
      rest.push(arg);
      continue;
    }
    const locale = localeOption(value);
    if (locale) globals.locale = locale;
    else badLang = value;
  }
  if (badLang !== undefined) throw new LangError(globals);
  return { globals, rest };
}

/** `--lang` had a value we do not know; thrown after the other globals are read. */
export class LangError extends Error {
  constructor(readonly globals: Globals) {
    super('bad --lang');
  }
}

function localeOption(value: string): Locale | undefined {
  const v = value.toLowerCase();
  if (v === 'zh' || v === 'zh-cn' || v === 'cn') return 'zh-CN';
  if (v === 'en' || v === 'en-us') return 'en-US';
  return undefined;
}

/**
 * node:util parseArgs with every error said in the user's language: an unknown option names
 * the nearest known one. `-h`/`--help` are always accepted (the caller prints the usage).
 */
type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  /** No option here is `multiple`, so a value is one string or boolean. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export function parseCommand(command: string, args: string[], options: ParseArgsOptionsConfig, locale: Locale, allowPositionals = false): Parsed {
  const config = { args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals } satisfies ParseArgsConfig;
  try {
    return parseArgs(config);
  } catch (err) {
    // parseArgs errors carry a code (the class may come from another realm under jest).
    const code = String((err as { code?: unknown } | null)?.code ?? '');
    if (!code.startsWith('ERR_PARSE_ARGS')) throw err;
    const message = (err as Error).message;
    const option = /'(-{1,2}[^'\s]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = [...Object.keys(options).map((o) => `--${o}`), '--help', '--lang', '--debug'];
      const near = nearest(option.replace(/=.*/, ''), known);
      // A file whose name starts with `-` is an option to every command line (rm, git): said so
      // with the two usual ways to name it, as coreutils' rm does, when the argument is a file
      // that exists or has a workbook's extension. Guessing would make `-x.xlsx` mean two things.
      const file = args.slice(0, args.includes('--') ? args.indexOf('--') : args.length).find((a) => a.startsWith('-') && a !== '-' && looksLikeFile(a));
      const detail = file !== undefined
        ? t('cli.unknownOption', locale, { option }) + t('cli.optionIsFile', locale, { arg: file, command })
        : t('cli.unknownOption', locale, { option }) + (near ? t('cli.didYouMean', locale, { suggestion: near }) : '');
      throw new ArgError(detail, command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ArgError(t('cli.optionValue', locale, { option }), command);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new ArgError(t('cli.unexpectedPositional', locale, { arg }), command);
    }
    throw new ArgError(t('cli.unexpectedArgument', locale, { detail: option }), command);
  }
}

/** An argument that names a file: one that exists, or a workbook's or settings file's name. */
function looksLikeFile(arg: string): boolean {
  if (/\.(xlsx|xlsm|xls|csv|tsv|xml|json)$/i.test(arg)) return true;
  try {
    statSync(arg);
    return true;
  } catch {
    return false;
  }
}

/** The candidate nearest to `word` when it is close enough to be a typo of it. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    const allowed = Math.max(2, Math.floor(c.length / 3));
    if (d <= allowed && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit (`--fromat`). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** One catalogue line in the user's language. */
export function say(key: TextKey, globals: Pick<Globals, 'locale'>, data?: Record<string, string | number>): string {
  return t(key, globals.locale, data);
}
