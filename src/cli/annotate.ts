/**
 * `--annotate OUT_DIR`: a marked copy of each workbook, NAME.checked.xlsx, written under the
 * rules of safe-write.ts (never over an input, never through a link, never over an existing file
 * without --force). Loaded only when --annotate is given: it is what brings in ExcelJS.
 */
import '../core/i18n/cli';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadQuietly } from '../hosts/file/exceljs-patch';
import '../hosts/file/exceljs-dates';
import { keepSerials, markSheet } from '../hosts/file/annotate';
import { checkCopyable, checkSameAsRead, CopyError, type CopyProblem } from '../hosts/file/copy-check';
import { FileReadError, formatBytes, readFileBounded, READ_LIMITS, sniffBytes } from '../hosts/file/read';
import { COPY_LIMITS } from '../hosts/file/limits';
import { LISTED_FINDINGS_LIMIT } from '../core/review/report';
import type { Finding, Locale } from '../core/model';
import { t } from '../core/i18n';
import type { Io } from './args';
import { fileIds, OutputError, outputMessage, writeOutput, type FileId } from './safe-write';
import { debugDetail, systemReason, visible } from './safe-text';

export interface AnnotateItem {
  file: string;
  findings: Map<string, Finding[]>;
  /** Findings the check counted but did not list (LISTED_FINDINGS_LIMIT): no copy is made. */
  unlisted?: number;
  /** The file's listing limit when the run's left it a smaller share (FileReport.listLimit). */
  listLimit?: number;
}

/**
 * The cells a copy would mark, at most: findings on distinct cells of each sheet (one in a merged
 * area is marked on its top-left cell, so the copy may mark fewer). Stops counting past `limit`.
 */
export function cellsToMark(findingsBySheet: Map<string, Finding[]>, limit: number): number {
  let total = 0;
  for (const findings of findingsBySheet.values()) {
    const cells = new Set<number>();
    for (let i = 0; i < findings.length && total + cells.size <= limit; i++) cells.add(findings[i].row * 16_384 + findings[i].col);
    total += cells.size;
    if (total > limit) break;
  }
  return total;
}

/**
 * The annotated copy of one workbook, as bytes (the input is only read, as the check read it: a
 * regular file under the size limit). Throws CopyError when the copy would be too large for
 * ExcelJS or would not hold what the check read (copy-check.ts).
 */
async function annotatedBytes(input: string, findingsBySheet: Map<string, Finding[]>, locale: Locale, unlisted = 0, listLimit = LISTED_FINDINGS_LIMIT): Promise<Uint8Array> {
  // A copy marking part of the findings would read as complete; one marking more cells than
  // COPY_LIMITS.maxMarkedCells is refused before ExcelJS loads anything.
  if (unlisted > 0) throw new CopyError({ reason: 'unlisted', limit: listLimit });
  const marks = cellsToMark(findingsBySheet, COPY_LIMITS.maxMarkedCells);
  if (marks > COPY_LIMITS.maxMarkedCells) throw new CopyError({ reason: 'too-large', what: 'marks', count: marks, limit: COPY_LIMITS.maxMarkedCells });
  const bytes = await readFileBounded(input, READ_LIMITS.maxFileBytes, locale);
  // A legacy .xls or a web page was checked from its cells; a copy would be a new .xlsx that
  // keeps neither its formatting nor its format, so none is made (the message says how to get one).
  if (sniffBytes(bytes) !== 'zip') throw new CopyError({ reason: 'legacy' });
  const book = checkCopyable(bytes, input, undefined, locale);
  const wb = new ExcelJS.Workbook();
  try {
    await loadQuietly(wb, bytes);
  } catch {
    throw new CopyError({ reason: 'unreadable' });
  }
  checkSameAsRead(book, wb);
  // Marking is our code on a workbook ExcelJS has read: a failure here is a fault of ours, said so
  // (OurFault below), not the workbook's. Before (hostile42 round), one catch took it for the
  // workbook's "non-standard content" and told the user to re-save a file that was not at fault.
  try {
    keepSerials(wb);
    for (const [sheetName, findings] of findingsBySheet) {
      const ws = wb.getWorksheet(sheetName);
      if (findings.length > 0 && ws) markSheet(ws, findings, locale);
    }
  } catch (err) {
    throw new OurFault(err);
  }
  try {
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  } catch {
    // ExcelJS failing on what it loaded is the workbook's doing, not the output location's: a table
    // part without <tableStyleInfo> (openpyxl writes tables so) loads, then its writer reads
    // `null.theme`. Before, the line said 无法写出…：生成标注副本时出错。请检查输出位置后重试。
    throw new CopyError({ reason: 'unreadable' });
  }
}

/** A failure of our own code while making a copy (a defect to report, not the workbook's doing). */
class OurFault extends Error {
  constructor(override readonly cause: unknown) {
    super('internal');
    this.name = 'OurFault';
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The catalogue's words for each limit a copy can pass (the inflated bytes are said apart). */
const COPY_WHAT = {
  cells: 'cli.copy.cells',
  rows: 'cli.copy.rows',
  merged: 'cli.copy.merged',
  columns: 'cli.copy.columns',
  validations: 'cli.copy.validations',
  slots: 'cli.copy.slots',
  names: 'cli.copy.names',
  marks: 'cli.copy.marks',
} as const;

/** The one line for a copy that was not made. */
function copyMessage(problem: CopyProblem, file: string, locale: Locale): string {
  switch (problem.reason) {
    case 'too-large': {
      const what =
        problem.what === 'inflated'
          ? t('cli.copy.inflated', locale, { limit: formatBytes(problem.limit) })
          : t(COPY_WHAT[problem.what], locale, { count: count(problem.count), limit: count(problem.limit) });
      return t('cli.copy.tooLarge', locale, { file, what });
    }
    case 'sheet-name':
      return t('cli.copy.sheetName', locale, { file, sheet: problem.sheet });
    case 'legacy':
      return t('cli.copy.legacy', locale, { file });
    case 'unlisted':
      return t('cli.copy.unlisted', locale, { file, limit: count(problem.limit) });
    case 'differs':
      return t('cli.copy.differs', locale, { file, sheet: problem.sheet, cell: problem.cell ? t('cli.copy.atCell', locale, { cell: problem.cell }) : '' });
    default:
      return t('cli.copy.unreadable', locale, { file });
  }
}

/** File names of at most 255 bytes (UTF-8) are what every file system here accepts. */
const MAX_NAME_BYTES = 255;
/** Room kept for the longest suffix added below (`.99999.checked.xlsx`). */
const SUFFIX_ROOM = 20;
/** Names Windows keeps for devices, whatever extension follows (`CON.checked.xlsx` is the console). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * The stem of an output name: the input's name without .xlsx, cut (by whole characters) so the
 * copy's name fits where the input's did, and never a Windows device name.
 */
export function outputStem(file: string): string {
  let stem = basename(file).replace(/\.xls[xm]$/i, '');
  if (WINDOWS_DEVICE.test(stem.split('.')[0].trim())) stem = `_${stem}`;
  const chars = [...stem];
  let bytes = Buffer.byteLength(stem);
  while (bytes > MAX_NAME_BYTES - SUFFIX_ROOM && chars.length > 1) bytes -= Buffer.byteLength(chars.pop() ?? '');
  return chars.join('');
}

/** NAME.checked.xlsx, NAME.2.checked.xlsx … one name per input. */
export function outputNames(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const stem = outputStem(file);
    let name = `${stem}.checked.xlsx`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}.${i}.checked.xlsx`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Writes a marked copy of each workbook into outDir. `inputs` are every file of this run (an
 * output may not be any of them). Returns false if a copy was not written; its one line is on
 * stderr and the other copies are still written.
 */
export async function annotateAll(items: AnnotateItem[], inputs: readonly string[], outDir: string, force: boolean, locale: Locale, io: Io, debug = false): Promise<boolean> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    io.stderr(visible(t('cli.outDir', locale, { dir: outDir, reason: systemReason(err, locale) })) + '\n');
    return false;
  }
  const ids: FileId[] = await fileIds(inputs);
  const names = outputNames(items.map((i) => i.file));
  let ok = true;
  for (const [k, item] of items.entries()) {
    const out = join(outDir, names[k]);
    try {
      const bytes = await annotatedBytes(item.file, item.findings, locale, item.unlisted, item.listLimit);
      await writeOutput(out, bytes, ids, force);
      io.stderr(visible(t('cli.annotated', locale, { file: out })) + '\n');
    } catch (err) {
      ok = false;
      const line =
        err instanceof OutputError
          ? outputMessage(err, locale)
          : err instanceof CopyError
            ? copyMessage(err.problem, out, locale)
            : err instanceof FileReadError
              ? err.message
              : err instanceof Error && 'code' in err && !(err instanceof OurFault)
                ? t('cli.out.failed', locale, { file: out, reason: systemReason(err, locale) })
                : // Neither the workbook's nor the output location's: ours (a defect; before, the line
                  // said to check the output location).
                  t('cli.copy.internal', locale, { file: out });
      io.stderr(visible(line) + '\n');
      if (debug && !(err instanceof OutputError || err instanceof CopyError || err instanceof FileReadError)) {
        io.stderr(`[debug] ${debugDetail(err instanceof OurFault ? err.cause : err)}\n`);
      }
    }
  }
  return ok;
}
