/**
 * Setup of the review workflow tests on the Excel stand-in: the pane's ReviewController over the
 * real ExcelHost over the stand-in, seed-like tables, and before/after comparisons of every cell.
 */
import { rectToA1 } from '../../../src/core/engine/grid';
import { ReviewController } from '../../../src/taskpane/review';
import { cellSnapshot, createWorkbook, getSheet, keyToCell, type SheetModel, type StandInOptions, type WorkbookModel } from '../../../src/standin';
import { setup, writeTables, type Setup, type TableOptions } from './fixtures';

export const SHEET = '绩效表';
export const NOW = new Date('2025-03-01T08:00:00Z');

export interface ReviewSetup extends Setup {
  controller: ReviewController;
}

/** A workbook with `count` stacked L1 tables on 绩效表; the first indicator value is `100%` (no sign). */
export function workbook(count: number, options: TableOptions = { firstValue: '100%' }): WorkbookModel {
  const model = createWorkbook([SHEET]);
  writeTables(getSheet(model, SHEET), count, 0, 0, options);
  return model;
}

export function reviewSetup(model: WorkbookModel, options: StandInOptions & { debounceMs?: number } = {}): ReviewSetup {
  const s = setup(model, options);
  const controller = new ReviewController(s.host, {
    locale: 'zh-CN',
    debounceMs: options.debounceMs ?? 0,
    now: () => NOW,
    yieldToUi: () => Promise.resolve(),
  });
  return { ...s, controller };
}

/**
 * Every cell of a sheet: A1 address -> everything the user set on it. An explicit `General` number
 * format is the same as none (Excel makes no difference; the stand-in records formats once set).
 */
export function cells(sheet: SheetModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, cell] of sheet.cells) {
    const { row, col } = keyToCell(key);
    const plain = cell.numberFormat === 'General' ? { ...cell, numberFormat: undefined } : cell;
    out.set(rectToA1({ top: row, left: col, bottom: row, right: col }), cellSnapshot(plain));
  }
  return out;
}

/** Addresses whose cells differ between two snapshots, sorted. */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => (before.get(k) ?? '') !== (after.get(k) ?? '')).sort();
}

/** Lets change events arrive (they come a macrotask after the sync) and runs the re-checks they asked for. */
export async function settle(controller: ReviewController): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await controller.flush();
}
