/**
 * `--annotate OUT_DIR`: a marked copy of each workbook, NAME.checked.xlsx, written under the
 * rules of safe-write.ts (never over an input, never through a link, never over an existing file
 * without --force). Loaded only when --annotate is given: it is what brings in ExcelJS.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import '../hosts/file/exceljs-patch';
import { markSheet } from '../hosts/file/annotate';
import type { Finding, Locale } from '../core/model';
import { t } from '../core/i18n';
import type { Io } from './args';
import { fileIds, OutputError, outputMessage, writeOutput, type FileId } from './safe-write';
import { systemReason, visible } from './safe-text';

export interface AnnotateItem {
  file: string;
  findings: Map<string, Finding[]>;
}

/** The annotated copy of one workbook, as bytes (the input is only read). */
async function annotatedBytes(input: string, findingsBySheet: Map<string, Finding[]>, locale: Locale): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(input)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  for (const [sheetName, findings] of findingsBySheet) {
    const ws = wb.getWorksheet(sheetName);
    if (findings.length > 0 && ws) markSheet(ws, findings, locale);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** NAME.checked.xlsx, NAME.2.checked.xlsx … one name per input. */
function outputNames(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const stem = basename(file).replace(/\.xls[xm]$/i, '');
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
export async function annotateAll(items: AnnotateItem[], inputs: readonly string[], outDir: string, force: boolean, locale: Locale, io: Io): Promise<boolean> {
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
      const bytes = await annotatedBytes(item.file, item.findings, locale);
      await writeOutput(out, bytes, ids, force);
      io.stderr(visible(t('cli.annotated', locale, { file: out })) + '\n');
    } catch (err) {
      ok = false;
      const line =
        err instanceof OutputError
          ? outputMessage(err, locale)
          : t('cli.out.failed', locale, { file: out, reason: err instanceof Error && 'code' in err ? systemReason(err, locale) : t('cli.copyFailed', locale) });
      io.stderr(visible(line) + '\n');
    }
  }
  return ok;
}
