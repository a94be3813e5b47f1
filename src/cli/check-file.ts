/**
 * Checking one file: read it, check every sheet, report. Runs in the main thread or in a worker.
 */
import { FileReadError, READ_LIMITS, readFileBounded, readWorkbookDetailed, type LeanWorkbook } from '../hosts/file/read';
import { allFindings, checkSheet } from '../core/engine';
import { LISTED_FINDINGS_LIMIT, sheetReport, type FileReport } from '../core/review/report';
import type { CheckSettings, Finding, FindingBudget } from '../core/model';
import { t } from '../core/i18n';
import '../core/i18n/file-host';

export interface FileOutcome {
  report: FileReport;
  /** Findings per sheet, for the annotated copy. */
  findings: [string, Finding[]][];
  /** Formula cells the file holds without a cached result (checked as empty; a note says so). */
  uncachedFormulas?: number;
  /** Number cells whose text is no number (`0x1F`): checked as empty; a note says so. */
  badNumbers?: number;
  /** The workbook holds macros (never run; a note says so, and that the copy has none). */
  macros?: boolean;
  /** Findings past LISTED_FINDINGS_LIMIT: counted in the sheets' reports, not listed (a note says so). */
  unlisted?: number;
}

/** Called before the file is read and after (src/cli/tier-up.ts: V8's budget for the read). */
export interface ReadHooks {
  beforeRead(): void;
  afterRead(): void;
}

/** `listLimit`: the findings this file may list (the run's share, pool.ts); LISTED_FINDINGS_LIMIT at most. */
export async function checkFile(file: string, settings: Partial<CheckSettings>, hooks?: ReadHooks, listLimit = LISTED_FINDINGS_LIMIT): Promise<FileOutcome> {
  try {
    const bytes = await readFileBounded(file, READ_LIMITS.maxFileBytes);
    hooks?.beforeRead();
    let book: LeanWorkbook;
    try {
      book = readWorkbookDetailed(bytes, file);
    } finally {
      hooks?.afterRead();
    }
    // One budget for the workbook's sheets: what is listed, and held until the report is written, is bounded.
    const budget: FindingBudget = { left: Math.min(listLimit, LISTED_FINDINGS_LIMIT), unlisted: { error: 0, warning: 0, info: 0 } };
    const sheets = book.grids.map((g) => checkSheet(g, settings, budget));
    const unlisted = budget.unlisted.error + budget.unlisted.warning + budget.unlisted.info;
    return {
      uncachedFormulas: book.uncachedFormulas,
      badNumbers: book.badNumbers,
      macros: book.macros,
      unlisted: unlisted > 0 ? unlisted : undefined,
      // A hidden sheet's findings are listed and the sheet is said to be hidden: the reviewer cannot see it in Excel.
      report: {
        file,
        sheets: sheets.map((s, i) => (book.states[i] === 'visible' || book.states[i] === undefined ? sheetReport(s) : { ...sheetReport(s), hidden: book.states[i] as 'hidden' | 'veryHidden' })),
        ...(unlisted > 0 && listLimit < LISTED_FINDINGS_LIMIT ? { listLimit } : {}),
      },
      findings: sheets.map((s) => [s.name, allFindings(s)]),
    };
  } catch (err) {
    const message =
      err instanceof FileReadError
        ? err.message
        : t('file.unknown', 'zh-CN', { file, detail: err instanceof Error ? err.message : String(err) });
    return { report: { file, error: message, sheets: [] }, findings: [] };
  }
}
