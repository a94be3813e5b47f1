/**
 * `perf-target check | template | rules` — the engine from the command line (SPEC §6).
 * Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or the arguments are wrong.
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { buildReport, type ReportDoc } from '../core/report';
import { validateSettings } from '../core/settings';
import type { CheckSettings, Finding, SchemeChoice } from '../core/model';
import { t } from '../core/i18n';
import { checkFiles } from './pool';
import { formatText } from './text-format';
import { annotateAll } from './annotate';
import { listRules, showRule } from './rules-list';
import { runTemplate } from './template';
import { ArgError, type Io } from './args';

export type { Io } from './args';


const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
};


function badArgs(io: Io, detail: string): number {
  io.stderr(t('cli.badArgs', 'zh-CN', { detail }) + '\n');
  return 2;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(t('cli.usage') + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'template':
        return await runTemplate(rest, io);
      case 'rules': {
        if (rest.length === 0) {
          io.stdout(listRules());
          return 0;
        }
        const page = rest.length === 1 ? showRule(rest[0]) : undefined;
        if (page === undefined) throw new ArgError(t('rule.page.unknown', 'zh-CN', { id: rest.join(' ') }));
        io.stdout(page);
        return 0;
      }
      default:
        throw new ArgError(t('cli.unknownCommand', 'zh-CN', { command }));
    }
  } catch (err) {
    if (err instanceof ArgError) return badArgs(io, err.message);
    // node:util parseArgs errors carry a code (the class may come from another realm under jest).
    const code = String((err as { code?: unknown } | null)?.code ?? '');
    if (code.startsWith('ERR_PARSE_ARGS')) return badArgs(io, parseArgsDetail(code, (err as Error).message));
    throw err;
  }
}

/** parseArgs' English error, said in Chinese: which option is wrong. */
function parseArgsDetail(code: string, message: string): string {
  const option = /'(-{1,2}[^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', 'zh-CN', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.optionValue', 'zh-CN', { option });
  return t('cli.unexpectedArgument', 'zh-CN', { detail: message });
}

function readVersion(): string {
  // package.json sits two levels above dist/cli (and src/cli).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../package.json') as { version: string };
  return pkg.version;
}

async function loadConfig(file: string): Promise<Partial<CheckSettings>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new ArgError(t('cli.badConfig', 'zh-CN', { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch (err) {
    throw new ArgError(t('cli.badConfig', 'zh-CN', { file, detail: (err as Error).message }));
  }
  const { settings, errors } = validateSettings(parsed);
  if (errors.length > 0) throw new ArgError(t('cli.badConfig', 'zh-CN', { file, detail: errors.join('；') }));
  return settings;
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      scheme: { type: 'string', default: 'auto' },
      annotate: { type: 'string' },
      config: { type: 'string' },
      jobs: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new ArgError(t('cli.noFiles'));
  if (values.format !== 'text' && values.format !== 'json') throw new ArgError(t('cli.badFormat'));
  if (!['auto', '2015', '2021'].includes(values.scheme as string)) throw new ArgError(t('cli.badScheme'));
  let jobs = Math.min(positionals.length, availableParallelism());
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new ArgError(t('cli.badJobs'));
  }
  const settings: Partial<CheckSettings> = values.config ? await loadConfig(values.config) : {};
  // --scheme on the command line wins over the config file.
  if (values.scheme !== 'auto' || !settings.scheme) settings.scheme = values.scheme as SchemeChoice;

  const outcomes = await checkFiles(positionals, settings, jobs);
  const doc: ReportDoc = buildReport(outcomes.map((o) => o.report));

  let readFailed = false;
  for (const o of outcomes) {
    if (o.report.error) {
      readFailed = true;
      io.stderr(o.report.error + '\n');
    }
  }
  if (values.annotate) {
    const ok = await annotateAll(
      outcomes.filter((o) => !o.report.error).map((o) => ({ file: o.report.file, findings: new Map<string, Finding[]>(o.findings) })),
      values.annotate,
      io,
    );
    if (!ok) readFailed = true;
  }
  if (values.format === 'json') io.stdout(JSON.stringify(doc, null, 2) + '\n');
  else io.stdout(formatText(doc, { color: io.isTTY }));
  if (readFailed) return 2;
  return doc.summary.errors > 0 ? 1 : 0;
}
