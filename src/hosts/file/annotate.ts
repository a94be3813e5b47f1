/**
 * Writes an annotated COPY of a workbook: every cell with findings is filled by its most severe
 * finding and gets a note with the messages and suggestions. The input is only read, never
 * written; everything else in the copy is kept as far as ExcelJS round-trips it.
 */
import ExcelJS from 'exceljs';
import { loadQuietly } from './exceljs-patch';
import { clipText, t, ruleMessage, type TextKey } from '../../core/i18n';
// Marks in English for `--lang en`: the file host is the command line's, which has both languages.
import '../../core/i18n/rules-en';
import '../../core/i18n/file-host';
import type { Finding, Locale, Severity } from '../../core/model';
import { solidFill } from './write';
import { dateToSerial } from './exceljs-read';

/** Fill colours by severity (the light red, amber and blue of Excel's own highlight styles). */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export type FileWriteErrorCode = 'same-as-input' | 'write-failed';

/** The annotated copy could not be written; `message` is one localised line naming the file. */
export class FileWriteError extends Error {
  constructor(
    readonly code: FileWriteErrorCode,
    message: string,
    readonly file: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

export interface AnnotateOptions {
  /** Language of the notes. Default zh-CN. */
  locale?: Locale;
}

export interface AnnotateSummary {
  /** Cells that got a fill and a note. */
  cells: number;
  findings: number;
}

/**
 * Writes `outPath`: a copy of `input` with the findings marked. `findingsBySheet` maps a sheet
 * name to its findings (from the same workbook). Throws FileWriteError when outPath is the input
 * itself or cannot be written, and a plain Error for a sheet name the workbook does not have.
 */
export async function annotateWorkbook(
  input: string | ArrayBuffer | Uint8Array,
  findingsBySheet: Map<string, Finding[]>,
  outPath: string,
  options: AnnotateOptions = {},
): Promise<AnnotateSummary> {
  const locale = options.locale ?? 'zh-CN';
  const fs = await import('fs/promises');
  if (typeof input === 'string' && (await samePath(input, outPath))) {
    throw writeError('same-as-input', 'file.sameAsInput', outPath, locale);
  }
  const bytes = typeof input === 'string' ? await fs.readFile(input) : input;
  const wb = new ExcelJS.Workbook();
  await loadQuietly(wb, bytes);
  keepSerials(wb);

  const summary: AnnotateSummary = { cells: 0, findings: 0 };
  for (const [sheetName, findings] of findingsBySheet) {
    if (findings.length === 0) continue;
    const ws = wb.getWorksheet(sheetName);
    if (!ws) throw new Error(`Sheet "${sheetName}" is not in the workbook`);
    const marked = markSheet(ws, findings, locale);
    summary.cells += marked;
    summary.findings += findings.length;
  }

  try {
    const out = await wb.xlsx.writeBuffer();
    await fs.writeFile(outPath, new Uint8Array(out as unknown as ArrayBuffer));
  } catch (err) {
    const detail = err instanceof Error ? err.message.split(/\r?\n/)[0] : String(err);
    throw writeError('write-failed', 'file.writeFailed', outPath, locale, detail, err);
  }
  return summary;
}

/**
 * ExcelJS turns a number in a date-formatted cell into a JavaScript date and writes the date back
 * as `25569 + ms / day`: an amount 12.53 under `yyyy-mm-dd` came out of the copy as
 * 12.529999999998836, 0.1 as 0.09999999999854481. The dates go back in as the serial numbers the
 * check read (whole milliseconds over one division), so the copy holds the user's numbers; only a
 * time of day finer than a millisecond, which ExcelJS does not keep, can still move.
 */
export function keepSerials(wb: ExcelJS.Workbook): void {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v instanceof Date) cell.value = dateToSerial(v, date1904);
        else if (v !== null && typeof v === 'object' && 'result' in v && v.result instanceof Date) {
          cell.value = { ...v, result: dateToSerial(v.result, date1904) } as ExcelJS.CellValue;
        }
      });
    });
  }
}

/** Marks the findings of one sheet; returns the number of cells marked. */
export function markSheet(ws: ExcelJS.Worksheet, findings: Finding[], locale: Locale = 'zh-CN'): number {
  const byCell = new Map<string, { cell: ExcelJS.Cell; findings: Finding[] }>();
  for (const f of findings) {
    // A whole-table finding (a range) is anchored on its top-left cell; a cell inside a merged
    // area is marked on the area's top-left cell, which is the one Excel shows.
    const target = masterOf(ws.getCell(f.row + 1, f.col + 1));
    const entry = byCell.get(target.address) ?? { cell: target, findings: [] };
    entry.findings.push(f);
    byCell.set(target.address, entry);
  }
  for (const { cell, findings: list } of byCell.values()) {
    const sorted = [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    // Assigning a new style object: loaded cells can share one, and only this cell must change.
    cell.style = { ...cell.style, fill: solidFill(SEVERITY_FILL[sorted[0].severity]) };
    cell.note = withExistingNote(cell.note, noteText(sorted, locale));
  }
  return byCell.size;
}

function masterOf(cell: ExcelJS.Cell): ExcelJS.Cell {
  return cell.isMerged && cell.master ? cell.master : cell;
}

/** The note for one cell: a header line, then each finding with its suggestion. */
export function noteText(findings: Finding[], locale: Locale = 'zh-CN'): string {
  const lines = [t('file.noteHeader', locale)];
  for (const f of findings) {
    const severity = t(`file.noteSeverity.${f.severity}` as TextKey, locale);
    lines.push(`【${severity}】${messageOf(f, locale)}`);
    // Clipped like the message's quotes: a suggestion made from a 32,767-character cell made a note
    // past what Excel keeps in one (the fix itself is the pane's, from the finding, whole).
    if (f.suggestion) lines.push(t('file.noteSuggestion', locale, { suggestion: clipText(f.suggestion) }));
  }
  return lines.join('\n');
}

function messageOf(f: Finding, locale: Locale): string {
  if (locale === 'zh-CN') return f.message;
  try {
    return ruleMessage(f.rule, f.messageId, locale, f.data);
  } catch {
    return f.message; // a finding from a rule this build does not know: its own text
  }
}

/** Keeps a note the user wrote: ours goes below it. */
function withExistingNote(existing: string | ExcelJS.Comment | undefined, ours: string): string | ExcelJS.Comment {
  if (existing === undefined || existing === null || existing === '') return ours;
  if (typeof existing === 'string') return `${existing}\n\n${ours}`;
  return { ...existing, texts: [...(existing.texts ?? []), { text: `\n\n${ours}` }] };
}

async function samePath(a: string, b: string): Promise<boolean> {
  const path = await import('path');
  const fs = await import('fs/promises');
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino; // a link or another spelling of the same file
  } catch {
    return false; // the output does not exist yet
  }
}

function writeError(code: FileWriteErrorCode, key: TextKey, file: string, locale: Locale, detail = '', cause?: unknown): FileWriteError {
  return new FileWriteError(code, t(key, locale, { file, detail }), file, cause);
}
