/**
 * The command line's arguments to a list of files: a file as given, a folder searched at every
 * level, a wildcard pattern (`*`, `?`, `**`) expanded here because Windows shells pass it as
 * typed. Folders and patterns take .xlsx/.xlsm/.xls files (an .xls may be a legacy workbook, a
 * system's web-page export or an Excel 2003 XML Spreadsheet), web pages saved as
 * .htm/.html/.mht/.mhtml when their bytes are a page holding a table (what
 * src/hosts/file/html-read.ts reads: a folder of a system's exports), .xml files that are Excel
 * 2003 XML Spreadsheets and .csv/.tsv files whose text is delimited into columns; any other page
 * or text there (a help page, a saved article, a log) is skipped and only counted, one line for
 * all of them (`skipped`), not an error line each. They skip Office's `~$` lock files, our
 * own `.checked.xlsx` copies, hidden entries and links to folders (no loops). The list is
 * de-duplicated by file identity (a file named twice, or through a link, is checked once) and
 * stable: arguments in the order given, each folder's or pattern's files sorted by path.
 *
 * Anything that is not a regular file (a pipe, a device) is refused here, before a reader could
 * block on it.
 */
import '../core/i18n/cli';
import { readdir as readdirCallback, stat as statCallback, type Dirent, type Stats } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Locale } from '../core/model';
import { t } from '../core/i18n';
import '../core/i18n/file-host';
import { systemReason } from './safe-text';
import { sniffOther } from '../hosts/file/sniff';
import { READ_LIMITS } from '../hosts/file/limits';
import type * as CsvRead from '../hosts/file/csv-read';
import type * as HtmlRead from '../hosts/file/html-read';

/** A file to check, or an argument that gave none (`error` is the one line to print). */
export interface InputEntry {
  file: string;
  error?: string;
}

const WORKBOOK = /\.xls[xm]?$/i;
/** Web pages a system's export may be saved as; taken from folders and patterns when they hold a table. */
const WEB_PAGE = /\.(html?|mht(ml)?)$/i;
/** Text tables a system may export: taken from folders and patterns when their bytes are one. */
const TEXT_TABLE = /\.(csv|tsv|xml)$/i;
/** Our annotated copies: NAME.checked.xlsx, NAME.2.checked.xlsx. */
const OUR_OUTPUT = /\.checked\.xlsx$/i;
const LOCK = /^~\$/;

// fs's callbacks, not node:fs/promises: that module loads Node's readline, directory and watcher
// modules with it (about 2 ms of every check's start); it is loaded only to read a web page.
const stat = (path: string) => new Promise<Stats>((resolve, reject) => statCallback(path, (err, s) => (err ? reject(err) : resolve(s))));
const readdir = (dir: string) => new Promise<Dirent[]>((resolve, reject) => readdirCallback(dir, { withFileTypes: true }, (err, list) => (err ? reject(err) : resolve(list))));

/** Whether a folder or pattern should pick up this file name (a web page once its bytes say so). */
export function isCandidate(name: string): boolean {
  return (WORKBOOK.test(name) || WEB_PAGE.test(name) || TEXT_TABLE.test(name)) && !OUR_OUTPUT.test(name) && !LOCK.test(name);
}

/**
 * Whether a web page, .xml or .csv/.tsv found in a folder or by a pattern is one the readers read:
 * a page (or an MHT) whose text holds a `<table>`, an Excel 2003 XML Spreadsheet, a text whose
 * first lines are delimited into columns. Read once, bounded by the file limit; a larger file is
 * taken, for the reader to say it is too large.
 */
export async function isTablePage(path: string, size: number): Promise<boolean> {
  if (size > READ_LIMITS.maxFileBytes) return true;
  let bytes: Uint8Array;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand (start-up)
  const { open } = require('node:fs/promises') as typeof FsPromises;
  const handle = await open(path, 'r');
  try {
    bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    bytes = bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
  const kind = sniffOther(bytes);
  if (TEXT_TABLE.test(path)) {
    if (kind === 'xml2003') return true;
    if (kind !== 'text') return false;
    // Loaded only when a folder holds a text file: a check of .xlsx files never loads the CSV reader.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand (start-up)
    const { delimitedText, delimiterOf } = require('../hosts/file/csv-read') as typeof CsvRead;
    return delimiterOf(delimitedText(bytes)) !== undefined;
  }
  if (kind !== 'html') return false;
  // Loaded only when a folder holds a web page: a check of .xlsx files never loads the HTML reader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand (start-up)
  const { pageText } = require('../hosts/file/html-read') as typeof HtmlRead;
  try {
    return /<table[\s>]/i.test(pageText(bytes));
  } catch {
    return true; // a page the reader will refuse: taken, so its line says why
  }
}

export function hasWildcard(arg: string): boolean {
  return /[*?]/.test(arg);
}

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** A pattern segment (`*.xlsx`, `报表?`) as a regular expression over one name. */
function segmentRegex(segment: string): RegExp {
  let re = '';
  for (const ch of segment) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, CASE_INSENSITIVE ? 'iu' : 'u');
}

/** Code-point order, segment by segment: the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  const x = a.split(/[\\/]/);
  const y = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

async function entries(dir: string): Promise<Dirent[]> {
  return readdir(dir);
}

interface Found {
  path: string;
  /** Absent: a file listed whose name cannot be opened (see unopenableName), or `problem`. */
  stats?: Stats;
  /** A workbook's name on what is no file to read: a pipe, a device, a socket or a link to one (`special`), a link to nothing (`missing`). */
  problem?: 'special' | 'missing';
}

/**
 * A directory entry with a workbook's name, as found: regular files and links to them; a link to
 * a folder is not followed (a loop) and is no workbook. Anything else with such a name gets its
 * line. Before (found by the hostile44 round), a pipe, `/dev/zero` or a dangling link named
 * x.xlsx in a folder was left out without a word (named on its own, it had its line).
 */
async function foundEntry(path: string, dirent: Dirent): Promise<Found | undefined> {
  const s = await stat(path).catch(() => undefined);
  if (s?.isFile()) return { path, stats: s };
  if (s?.isDirectory()) return undefined;
  if (!s && unopenableName(dirent.name, dirent)) return { path };
  return { path, problem: s ? 'special' : 'missing' };
}

/**
 * A listed file that cannot be stat'ed by the name Node gives it: a name whose bytes are not
 * UTF-8 (GBK names from a zip made on Windows and unpacked on Linux) reaches JavaScript with
 * U+FFFD in it, and no file has that name. Before, such files were left out without a word (a
 * folder of them had "no .xlsx files"); now each gets its line.
 */
function unopenableName(name: string, dirent: Dirent): boolean {
  return name.includes('\uFFFD') && (dirent.isFile() || dirent.isSymbolicLink());
}

/**
 * Every candidate under `dir`, at every level. `walked` (a pattern's walk) holds the folders
 * already searched: `**' + '/*` reaches every folder at every depth, and searched each one's
 * whole tree again (work growing as the square of the depth).
 */
async function walkFolder(dir: string, out: Found[], walked?: Set<string>): Promise<void> {
  if (walked) {
    if (walked.has(dir)) return;
    walked.add(dir);
  }
  for (const d of await entries(dir)) {
    if (d.name.startsWith('.')) continue;
    const path = join(dir, d.name);
    if (d.isDirectory()) {
      await walkFolder(path, out, walked).catch(() => undefined); // an unreadable sub-folder is skipped
      continue;
    }
    if (!isCandidate(d.name)) continue;
    const f = await foundEntry(path, d);
    if (f) out.push(f);
  }
}

/**
 * Splits a pattern into the folder to start from and the segments to match below it. On Windows
 * (`separator` `\`) both `\` and `/` separate; elsewhere only `/` (a `\` is part of a name).
 */
export function splitPattern(pattern: string, separator: string = sep): { base: string; segments: string[] } {
  const parts = pattern.split(separator === '\\' ? /[\\/]/ : /\//);
  let k = 0;
  while (k < parts.length - 1 && !hasWildcard(parts[k])) k++;
  let base = parts.slice(0, k).join(separator);
  if (k > 0 && base === '') base = separator; // an absolute pattern: /data/*.xlsx
  if (/^[A-Za-z]:$/.test(base)) base += separator; // C:*.xlsx means C:\ here
  const segments: string[] = [];
  for (const p of parts.slice(k)) {
    if (p === '' || (p === '**' && segments[segments.length - 1] === '**')) continue; // a//b, **/**
    segments.push(p);
  }
  return { base, segments };
}

/**
 * The files under `dir` matching `segments` from `at` on. Each folder is visited once per segment:
 * a pattern with several `**` segments (`a`, `**`, `*`, `**`, `*.xlsx`) can reach one folder by
 * many paths (every way of sharing its depth among the `**`), and walking each path again made
 * the work grow as the depth to the power of the `**` count (25 levels and five `**`: 15 s; one
 * more `**` or level, several times that).
 */
async function walkPattern(dir: string, segments: readonly string[], out: Found[], at = 0, visited = new Set<string>(), walked = new Set<string>()): Promise<void> {
  const state = `${at}\u0000${dir}`;
  if (visited.has(state)) return;
  visited.add(state);
  const segment = segments[at];
  const last = at === segments.length - 1;
  const from = dir === '' ? '.' : dir;
  const here = (name: string) => (dir === '' ? name : join(dir, name));
  if (segment === '**' && last) {
    await walkFolder(dir === '' ? '.' : dir, out, walked).catch(() => undefined); // `reports/**`: everything below
    return;
  }
  if (segment === '**') {
    await walkPattern(dir, segments, out, at + 1, visited, walked); // zero folders
    let list: Dirent[];
    try {
      list = await entries(from);
    } catch {
      return;
    }
    for (const d of list) if (d.isDirectory() && !d.name.startsWith('.')) await walkPattern(here(d.name), segments, out, at, visited, walked);
    return;
  }
  if (segment === undefined) return;
  let list: Dirent[];
  try {
    list = await entries(from);
  } catch {
    return;
  }
  const re = segmentRegex(segment);
  for (const d of list) {
    if (d.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (!re.test(d.name)) continue;
    const path = here(d.name);
    if (!last) {
      if (d.isDirectory()) await walkPattern(path, segments, out, at + 1, visited, walked);
      continue;
    }
    if (d.isDirectory()) {
      await walkFolder(path, out, walked).catch(() => undefined); // `reports/*` takes the folders' files too
      continue;
    }
    // A pattern takes workbooks only, unless it names another extension itself (`*.xls`).
    const explicit = /\.[^.*?]+$/.test(segment) && !WORKBOOK.test(segment) && !WEB_PAGE.test(segment) && !TEXT_TABLE.test(segment);
    if (OUR_OUTPUT.test(d.name) || LOCK.test(d.name) || (!explicit && !isCandidate(d.name))) continue;
    const f = await foundEntry(path, d);
    if (f) out.push(f);
  }
}

function notFound(file: string, err: unknown, locale: Locale): string {
  const code = (err as { code?: unknown } | null)?.code;
  // A name given with bytes that are not UTF-8 reaches the command line with U+FFFD in it.
  if (code === 'ENOENT' && file.includes('\uFFFD')) return t('cli.nameNotUtf8', locale, { file });
  if (code === 'ENOENT' || code === 'ENOTDIR') return t('file.notFound', locale, { file });
  if (code === 'EACCES' || code === 'EPERM') return t('file.noPermission', locale, { file });
  return t('file.unknown', locale, { file, detail: systemReason(err, locale) });
}

/** The found files less the web pages and texts that hold no table (those go to `skipped`). */
async function withoutOtherPages(found: Found[], skipped: string[]): Promise<Found[]> {
  const out: Found[] = [];
  for (const f of found) {
    if (f.stats && (WEB_PAGE.test(f.path) || TEXT_TABLE.test(f.path)) && !(await isTablePage(f.path, f.stats.size).catch(() => true))) skipped.push(f.path);
    else out.push(f);
  }
  return out;
}

/**
 * The files the arguments name, in order, once each. Web pages a folder or pattern found that hold
 * no table are left out and put in `skipped` (the caller says how many in one line).
 */
export async function expandInputs(args: readonly string[], locale: Locale, skipped: string[] = []): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (path: string, s: Stats | undefined, problem?: Found['problem']) => {
    if (!s) {
      const error = problem === 'special' ? t('cli.notRegular', locale, { file: path }) : problem === 'missing' ? t('file.notFound', locale, { file: path }) : t('cli.nameNotUtf8', locale, { file: path });
      out.push({ file: path, error });
      return;
    }
    // ino 0: no identity from the file system (some network drives): fall back to the path.
    const key = s.ino !== 0 ? `${s.dev}:${s.ino}` : `path:${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file: path });
  };
  // What a folder or pattern found, in path order (sorted once), less the pages that hold no table;
  // none left is the argument's own line.
  const addFound = async (arg: string, found: Found[], none: 'cli.emptyFolder' | 'cli.noMatch') => {
    const kept = await withoutOtherPages(found.sort((a, b) => comparePaths(a.path, b.path)), skipped);
    if (kept.length === 0) out.push({ file: arg, error: t(none, locale, { file: arg }) });
    for (const f of kept) add(f.path, f.stats, f.problem);
  };
  for (const arg of args) {
    let s: Stats | undefined;
    let failure: unknown;
    try {
      s = await stat(arg);
    } catch (err) {
      failure = err;
    }
    if (s?.isFile()) {
      add(arg, s);
    } else if (s?.isDirectory()) {
      const found: Found[] = [];
      try {
        await walkFolder(arg, found);
      } catch (err) {
        out.push({ file: arg, error: t('cli.folderUnreadable', locale, { file: arg, reason: systemReason(err, locale) }) });
        continue;
      }
      await addFound(arg, found, 'cli.emptyFolder');
    } else if (s) {
      out.push({ file: arg, error: t('cli.notRegular', locale, { file: arg }) });
    } else if (hasWildcard(arg)) {
      const { base, segments } = splitPattern(arg);
      const found: Found[] = [];
      await walkPattern(base, segments, found);
      await addFound(arg, found, 'cli.noMatch');
    } else {
      out.push({ file: arg, error: notFound(arg, failure, locale) });
    }
  }
  return out;
}
