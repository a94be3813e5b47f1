/**
 * Node-only helpers of the stand-in: open and save a workbook model as an .xlsx file on disk.
 * Kept apart so the rest of src/standin stays usable in the browser.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { WorkbookModel } from './model';
import { modelFromXlsx, modelToXlsx } from './xlsx';

export async function openXlsxFile(path: string): Promise<WorkbookModel> {
  return modelFromXlsx(await readFile(path));
}

export async function saveXlsxFile(model: WorkbookModel, path: string): Promise<void> {
  await writeFile(path, await modelToXlsx(model));
}
