import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Finding } from '../core/model';
import { annotateWorkbook } from '../hosts/file/annotate';
import { t } from '../core/i18n';
import type { Io } from './args';

/**
 * Writes a marked copy of each workbook into outDir (never over its input). Returns false if a
 * copy could not be written; the message is on stderr and the other copies are still written.
 */
export async function annotateAll(items: { file: string; findings: Map<string, Finding[]> }[], outDir: string, io: Io): Promise<boolean> {
  let ok = true;
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    io.stderr(t('cli.annotateFailed', 'zh-CN', { file: outDir, detail: (err as NodeJS.ErrnoException).code ?? String(err) }) + '\n');
    return false;
  }
  const used = new Set<string>();
  for (const item of items) {
    let name = basename(item.file).replace(/\.xlsx$/i, '') + '.checked.xlsx';
    for (let i = 2; used.has(name); i++) name = basename(item.file).replace(/\.xlsx$/i, '') + `.${i}.checked.xlsx`;
    used.add(name);
    const out = join(outDir, name);
    if (resolve(out) === resolve(item.file)) continue;
    try {
      await annotateWorkbook(item.file, item.findings, out);
      io.stderr(t('cli.annotated', 'zh-CN', { file: out }) + '\n');
    } catch (err) {
      ok = false;
      io.stderr(t('cli.annotateFailed', 'zh-CN', { file: out, detail: err instanceof Error ? err.message : String(err) }) + '\n');
    }
  }
  return ok;
}
