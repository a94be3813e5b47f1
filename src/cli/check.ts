/**
 * `perf-target check FILE-OR-FOLDER…` (SPEC §6): expand the arguments, check the files on worker
 * threads, print every unreadable file once on stderr, the report on stdout, and the annotated
 * copies when asked. Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or
 * written, or the arguments are wrong.
 */
import '../core/i18n/cli';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { buildReport, type FindingReport, type ReportDoc } from '../core/review/report';
import type { CheckSettings, Finding, Locale, SchemeChoice } from '../core/model';
import { interpolate, ruleMessage, t } from '../core/i18n';
import { HOST_TEXTS } from '../core/i18n/host';
import { ArgError, parseCommand, type Globals, type Io } from './args';
import { expandInputs } from './expand';
import type { FileOutcome } from './check-file';
import type { PoolOptions } from './pool';
import { formatText } from './text-format';
import { safeJson, systemReason, visible } from './safe-text';
import { tuneTierUp } from './tier-up';

async function loadConfig(file: string, locale: Locale): Promise<Partial<CheckSettings>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new ArgError(t('cli.badConfig', locale, { file, detail: systemReason(err, locale) }), 'check');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch (err) {
    // JSON.parse says where in English ("Unexpected token } in JSON at position 9"); keep the position only.
    const position = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new ArgError(t('cli.badConfig', locale, { file, detail: t(position ? 'cli.badJsonAt' : 'cli.badJson', locale, { position: position ?? '' }) }), 'check');
  }
  const { validateSettings } = await import('../core/review/settings');
  const { settings, errors } = validateSettings(parsed);
  if (errors.length > 0) throw new ArgError(t('cli.badConfig', locale, { file, detail: errors.join('；') }), 'check');
  return settings;
}

/**
 * Findings carry their message in Chinese; in English each is said again from its rule's
 * catalogue entry. Report findings are matched to findings by rule, cell and message.
 */
function localise(outcome: FileOutcome, locale: Locale): void {
  if (locale === 'zh-CN') return;
  const byKey = new Map<string, Finding>();
  for (const [, list] of outcome.findings) for (const f of list) byKey.set(`${f.rule}\u0000${f.cell}\u0000${f.message}`, f);
  const redo = (r: FindingReport) => {
    const f = byKey.get(`${r.rule}\u0000${r.cell}\u0000${r.message}`);
    if (!f) return;
    try {
      r.message = ruleMessage(f.rule, f.messageId, locale, f.data);
    } catch {
      // a rule this build has no English for: its Chinese text stays
    }
  };
  for (const sheet of outcome.report.sheets) {
    for (const table of sheet.tables) table.findings.forEach(redo);
    sheet.findings.forEach(redo);
  }
}

/**
 * A read error comes from the reader in Chinese (check-file.ts has no locale); in English it is
 * matched against the reader's catalogue entries and said again with the same data.
 */
function sayAgain(message: string, locale: Locale): string {
  if (locale === 'zh-CN') return message;
  for (const [key, text] of Object.entries(HOST_TEXTS)) {
    if (!key.startsWith('file.')) continue;
    const names: string[] = [];
    const pattern = text['zh-CN'].replace(/\{(\w+)\}|[.*+?^$()|[\]\\]/g, (m: string, name?: string) => {
      if (name === undefined) return `\\${m}`;
      names.push(name);
      return '(.*?)';
    });
    const match = new RegExp(`^${pattern}$`, 's').exec(message);
    if (!match) continue;
    const data: Record<string, string> = {};
    names.forEach((name, i) => (data[name] = match[i + 1]));
    return interpolate(text[locale], data);
  }
  return message;
}

/** A progress line on stderr, rewritten in place; only when stderr is a terminal. */
function progress(io: Io, locale: Locale, total: number) {
  let last = 0;
  let shown = false;
  return {
    update(done: number) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r${t('cli.progress', locale, { done, total })}\x1b[K`);
    },
    clear() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}

/**
 * One file is checked in this thread: a worker's start-up (≈ 80 ms) would be most of a small
 * check's time, and there is no other file whose results a crash could take down. Two or more go
 * to the pool, where a file that blows up its worker's heap costs only its own result.
 */
async function checkAll(files: string[], settings: Partial<CheckSettings>, options: PoolOptions): Promise<FileOutcome[]> {
  if (files.length <= 1) {
    const { checkFile } = await import('./check-file');
    return Promise.all(files.map((f) => checkFile(f, settings)));
  }
  const { checkFiles } = await import('./pool');
  return checkFiles(files, settings, options);
}

export async function runCheck(args: string[], io: Io, globals: Globals): Promise<number> {
  tuneTierUp();
  const { locale } = globals;
  const { values, positionals } = parseCommand(
    'check',
    args,
    {
      format: { type: 'string', default: 'text' },
      scheme: { type: 'string', default: 'auto' },
      annotate: { type: 'string' },
      force: { type: 'boolean', default: false },
      config: { type: 'string' },
      jobs: { type: 'string' },
    },
    locale,
    true,
  );
  if (values.help) {
    io.stdout(t('cli.usage.check', locale) + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new ArgError(t('cli.noFiles', locale), 'check');
  if (values.format !== 'text' && values.format !== 'json') throw new ArgError(t('cli.badFormat', locale), 'check');
  if (!['auto', '2015', '2021'].includes(values.scheme as string)) throw new ArgError(t('cli.badScheme', locale), 'check');
  if (values.force && values.annotate === undefined) throw new ArgError(t('cli.forceWithoutAnnotate', locale), 'check');
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new ArgError(t('cli.badJobs', locale), 'check');
  }
  const settings: Partial<CheckSettings> = typeof values.config === 'string' ? await loadConfig(values.config, locale) : {};
  // --scheme on the command line wins over the config file.
  if (values.scheme !== 'auto' || !settings.scheme) settings.scheme = values.scheme as SchemeChoice;

  const entries = await expandInputs(positionals, locale);
  const files = entries.filter((e) => !e.error).map((e) => e.file);
  const bar = io.stderrIsTTY && files.length > 1 ? progress(io, locale, files.length) : undefined;
  let checked: FileOutcome[];
  try {
    checked = await checkAll(files, settings, {
      jobs,
      locale,
      onProgress: bar ? (done) => bar.update(done) : undefined,
      onCrash: globals.debug ? (file, err) => io.stderr(`[debug] ${visible(file)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`) : undefined,
    });
  } finally {
    bar?.clear();
  }
  let k = 0;
  const outcomes: FileOutcome[] = entries.map((e) => (e.error ? { report: { file: e.file, error: e.error, sheets: [] }, findings: [] } : checked[k++]));
  for (const o of outcomes) {
    localise(o, locale);
    if (o.report.error) o.report.error = sayAgain(o.report.error, locale);
  }
  const doc: ReportDoc = buildReport(outcomes.map((o) => o.report));

  let failed = false;
  for (const o of outcomes) {
    if (o.report.error) {
      failed = true;
      io.stderr(visible(o.report.error) + '\n');
    } else if (o.uncachedFormulas) {
      io.stderr(visible(t('cli.uncachedFormulas', locale, { file: o.report.file, count: o.uncachedFormulas.toLocaleString('en-US') })) + '\n');
    }
  }
  // The report first: making the annotated copies is the slowest and least certain step, and
  // nothing that happens there may cost the results of the check.
  if (values.format === 'json') io.stdout(safeJson(doc) + '\n');
  else io.stdout(formatText(doc, { color: io.isTTY, locale }));
  if (typeof values.annotate === 'string') {
    const { annotateAll } = await import('./annotate');
    const ok = await annotateAll(
      outcomes.filter((o) => !o.report.error).map((o) => ({ file: o.report.file, findings: new Map<string, Finding[]>(o.findings) })),
      files,
      values.annotate,
      values.force === true,
      locale,
      io,
    );
    if (!ok) failed = true;
  }
  if (failed) return 2;
  return doc.summary.errors > 0 ? 1 : 0;
}
