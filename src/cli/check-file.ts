/**
 * Checking one file: read it, check every sheet, report. Runs in the main thread or in a worker.
 */
import { readWorkbookFile, FileReadError } from '../hosts/file/read';
import { allFindings, checkSheet } from '../core/engine';
import { sheetReport, type FileReport } from '../core/review/report';
import type { CheckSettings, Finding } from '../core/model';
import { t } from '../core/i18n';

export interface FileOutcome {
  report: FileReport;
  /** Findings per sheet, for the annotated copy. */
  findings: [string, Finding[]][];
}

export async function checkFile(file: string, settings: Partial<CheckSettings>): Promise<FileOutcome> {
  try {
    const grids = await readWorkbookFile(file);
    const sheets = grids.map((g) => checkSheet(g, settings));
    return {
      report: { file, sheets: sheets.map(sheetReport) },
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
