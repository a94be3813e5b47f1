/**
 * `perf-target check FILE-OR-FOLDER…` (SPEC §6): expand the arguments, check the files on worker
 * threads, print every unreadable file once on stderr, the report on stdout, and the annotated
 * copies when asked. Exit codes: 0 no errors, 1 errors found, 2 a file could not be read or
 * written, or the arguments are wrong.
 */
import '../core/i18n/cli';
import { availableParallelism } from 'node:os';
import { buildReport, LISTED_FINDINGS_LIMIT, RUN_LISTED_FINDINGS_LIMIT, type FindingReport, type ReportDoc } from '../core/review/report';
import type { CheckSettings, Finding, Locale, SchemeChoice } from '../core/model';
import { interpolate, ruleMessage, t } from '../core/i18n';
// `--lang en` writes the findings' messages in English: the command line has both languages.
import '../core/i18n/rules-en';
import { FILE_HOST_TEXTS } from '../core/i18n/file-host';
import { ArgError, parseCommand, type Globals, type Io } from './args';
import { expandInputs } from './expand';
import type { FileOutcome } from './check-file';
// The pool's workers check with this module's checkFile: one bundle, and one code cache, for both.
export { checkFile } from './check-file';
import type { PoolOptions } from './pool';
import { writeText } from './text-format';
import { debugDetail, systemReason, visible, writeSafeJson } from './safe-text';
import { tierForCheck, tierForRead, tuneTierUp } from './tier-up';

/** A settings file is a few hundred bytes; anything past this is not one (a 33 MB file took 26 s and 1.5 GB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Nesting of objects and arrays in a settings file (it needs 3); deeper JSON overflowed the stack. */
export const MAX_CONFIG_DEPTH = 32;
/** Problems listed from one settings file; the rest are counted. */
const MAX_CONFIG_ERRORS = 5;

/** The deepest nesting of `{` and `[` outside strings: one pass, no recursion. */
export function jsonDepth(s: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * The settings file's text: only from a regular file (a FIFO would block the check for ever,
 * `/dev/zero` would fill memory), opened non-blocking, refused from its fstat when it is larger
 * than MAX_CONFIG_BYTES.
 */
async function readConfigText(file: string, locale: Locale): Promise<string> {
  const { open } = await import('node:fs/promises');
  const { constants } = await import('node:fs');
  const bad = (detail: string) => new ArgError(t('cli.badConfig', locale, { file, detail }), 'check');
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) throw bad(t('cli.sys.EISDIR', locale));
    if (!stat.isFile()) throw bad(t('cli.configNotRegular', locale));
    if (stat.size > MAX_CONFIG_BYTES) throw bad(t('cli.configTooLarge', locale, { size: stat.size.toLocaleString('en-US'), limit: MAX_CONFIG_BYTES.toLocaleString('en-US') }));
    const buf = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buf.toString('utf8', 0, filled);
  } catch (err) {
    if (err instanceof ArgError) throw err;
    throw bad(systemReason(err, locale));
  } finally {
    await handle?.close();
  }
}

async function loadConfig(file: string, locale: Locale): Promise<Partial<CheckSettings>> {
  const raw = await readConfigText(file, locale);
  if (jsonDepth(raw) > MAX_CONFIG_DEPTH) {
    throw new ArgError(t('cli.badConfig', locale, { file, detail: t('cli.configTooDeep', locale, { limit: String(MAX_CONFIG_DEPTH) }) }), 'check');
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
  if (errors.length > 0) {
    // One line, however many problems: a file of two million unknown rules made a line of 300 MB.
    const shown = errors.slice(0, MAX_CONFIG_ERRORS).join('；');
    const detail = errors.length > MAX_CONFIG_ERRORS ? `${shown}；${t('cli.configMoreErrors', locale, { count: errors.length.toLocaleString('en-US') })}` : shown;
    throw new ArgError(t('cli.badConfig', locale, { file, detail }), 'check');
  }
  return settings;
}

/** One line saying which rules the settings file turned off (all of them: said outright). */
function offNotice(file: string, off: { off: string[]; total: number }, locale: Locale): string {
  if (off.off.length === off.total) return t('cli.allRulesOff', locale, { file, count: String(off.total) });
  const sep = locale === 'zh-CN' ? '、' : ', ';
  const listed = off.off.length > 8 ? `${off.off.slice(0, 8).join(sep)}…` : off.off.join(sep);
  return t('cli.rulesOff', locale, { file, count: String(off.off.length), total: String(off.total), rules: listed });
}

/** The rules a settings file turns off, in the registry's order, and how many rules there are. */
async function rulesOff(settings: Partial<CheckSettings>): Promise<{ off: string[]; total: number }> {
  const { RULES } = await import('../core/engine/rules');
  const choices = settings.rules ?? {};
  return { off: RULES.map((r) => r.meta.id).filter((id) => choices[id] === 'off'), total: RULES.length };
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
  for (const [key, text] of Object.entries(FILE_HOST_TEXTS)) {
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

/** Pieces gathered into writes of about a megabyte (stdout to a file or pipe is written synchronously on Linux). */
function chunked(write: (s: string) => void): { write: (s: string) => void; flush: () => void } {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write(s: string) {
      parts.push(s);
      size += s.length;
      if (size >= 1 << 20) flush();
    },
    flush,
  };
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

/** The note for a file whose findings were not all listed: the file's limit, or the run's share it had. */
function unlistedLine(report: FileOutcome['report'], unlisted: number, locale: Locale): string {
  const count = unlisted.toLocaleString('en-US');
  if (report.listLimit === undefined) return t('cli.unlisted', locale, { file: report.file, count, limit: LISTED_FINDINGS_LIMIT.toLocaleString('en-US') });
  return t('cli.unlistedRun', locale, { file: report.file, count, limit: report.listLimit.toLocaleString('en-US'), runLimit: RUN_LISTED_FINDINGS_LIMIT.toLocaleString('en-US') });
}

/**
 * One file is checked in this thread: a worker's start-up (≈ 80 ms) would be most of a small
 * check's time, and there is no other file whose results a crash could take down. Two or more go
 * to the pool, where a file that blows up its worker's heap costs only its own result.
 */
async function checkAll(files: string[], settings: Partial<CheckSettings>, options: PoolOptions): Promise<FileOutcome[]> {
  if (files.length <= 1) {
    const { checkFile } = await import('./check-file');
    // No worker runs: the read at V8's own tiering budget, the engine at the check's (tier-up.ts).
    return Promise.all(files.map((f) => checkFile(f, settings, { beforeRead: tierForRead, afterRead: tierForCheck })));
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
  // Rules a settings file turns off are said in the report: a file that turns them all off would
  // otherwise give 未发现问题 for every table, indistinguishable from a clean check.
  const off = typeof values.config === 'string' ? await rulesOff(settings) : { off: [], total: 0 };
  // --scheme on the command line wins over the config file.
  if (values.scheme !== 'auto' || !settings.scheme) settings.scheme = values.scheme as SchemeChoice;

  // Web pages in a folder that hold no table (a help page beside a system's exports): one line for all.
  const skippedPages: string[] = [];
  const entries = await expandInputs(positionals, locale, skippedPages);
  if (skippedPages.length > 0) {
    io.stderr(visible(t('cli.skippedPages', locale, { count: skippedPages.length.toLocaleString('en-US'), file: skippedPages[0] })) + '\n');
  }
  const files = entries.filter((e) => !e.error).map((e) => e.file);
  // The count first: reading io.stderrIsTTY may load node:tty (main.ts).
  const bar = files.length > 1 && io.stderrIsTTY ? progress(io, locale, files.length) : undefined;
  let checked: FileOutcome[];
  try {
    checked = await checkAll(files, settings, {
      jobs,
      locale,
      onProgress: bar ? (done) => bar.update(done) : undefined,
      onCrash: globals.debug ? (file, err) => io.stderr(`[debug] ${visible(file)}: ${debugDetail(err)}\n`) : undefined,
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
    } else {
      if (o.badNumbers) io.stderr(visible(t('cli.badNumbers', locale, { file: o.report.file, count: o.badNumbers.toLocaleString('en-US') })) + '\n');
      if (o.uncachedFormulas) io.stderr(visible(t('cli.uncachedFormulas', locale, { file: o.report.file, count: o.uncachedFormulas.toLocaleString('en-US') })) + '\n');
      if (o.unlisted) io.stderr(visible(unlistedLine(o.report, o.unlisted, locale)) + '\n');
      // A workbook with macros is read as data only; the user should know nothing of it ran.
      if (o.macros) io.stderr(visible(t(typeof values.annotate === 'string' ? 'cli.macrosCopy' : 'cli.macros', locale, { file: o.report.file })) + '\n');
    }
  }
  // The report first: making the annotated copies is the slowest and least certain step, and
  // nothing that happens there may cost the results of the check.
  // Written in pieces of about a megabyte as they are made, never as one string (writeSafeJson).
  const out = chunked(io.stdout);
  if (values.format === 'json') {
    writeSafeJson(off.off.length > 0 ? { ...doc, rulesOff: off.off } : doc, out.write);
    out.write('\n');
  } else {
    writeText(doc, { color: io.isTTY, locale }, (line) => out.write(line + '\n'));
    if (off.off.length > 0) out.write(visible(offNotice(values.config as string, off, locale)) + '\n');
  }
  out.flush();
  if (typeof values.annotate === 'string') {
    const { annotateAll } = await import('./annotate');
    const ok = await annotateAll(
      outcomes.filter((o) => !o.report.error).map((o) => ({ file: o.report.file, findings: new Map<string, Finding[]>(o.findings), unlisted: o.unlisted, listLimit: o.report.listLimit })),
      files,
      values.annotate,
      values.force === true,
      locale,
      io,
      globals.debug,
    );
    if (!ok) failed = true;
  }
  if (failed) return 2;
  return doc.summary.errors > 0 ? 1 : 0;
}
