/**
 * The one interface between the task pane (or the ribbon command, or the preview) and a
 * workbook. Office.js lives behind `src/hosts/excel`; tests and the browser preview use the same
 * implementation over the Excel stand-in, and the command line uses `src/hosts/file`.
 */
import type { CellValue, GridInit } from '../core/grid';
import type { Finding } from '../core/model';

export interface SheetRef {
  name: string;
}

export interface MarkTarget {
  /** A1 address of the cell (or range) to mark. */
  cell: string;
  severity: Finding['severity'];
  /** Chinese message shown with the mark where the host can (note / tooltip). */
  message: string;
}

/** A failure the user must act on; `code` selects the catalogue text, `message` is already localised. */
export class HostError extends Error {
  constructor(
    readonly code:
      | 'protected'
      | 'busy'
      | 'unsupported'
      | 'no-sheet'
      | 'not-empty'
      | 'too-large'
      | 'closed'
      | 'unknown',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export interface WorkbookHost {
  /** Name of the active worksheet. */
  activeSheet(): Promise<SheetRef>;
  /** All worksheets, in tab order. */
  listSheets(): Promise<SheetRef[]>;
  /** A snapshot of a sheet's used range (values, displayed text, number formats, merged areas). */
  readSheet(name: string): Promise<GridInit>;
  /** Marks the cells by severity without changing any value or the user's own formatting. */
  mark(sheet: string, targets: MarkTarget[]): Promise<void>;
  /** Removes our marks so the user's formatting is exactly as before. Without a sheet: every sheet. */
  clearMarks(sheet?: string): Promise<void>;
  /** Selects (and scrolls to) a cell. */
  select(sheet: string, address: string): Promise<void>;
  /** Writes one cell's value; returns what was there before, so it can be put back. */
  writeValue(sheet: string, address: string, value: CellValue): Promise<CellValue>;
}
