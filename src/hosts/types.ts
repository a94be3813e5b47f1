/**
 * The one interface between the task pane (or the ribbon command, or the preview) and a
 * workbook. Office.js lives behind `src/hosts/excel`; tests and the browser preview use the same
 * implementation over the Excel stand-in, and the command line uses `src/hosts/file`.
 */
import type { CellValue, GridInit } from '../core/engine/grid';
import type { Finding } from '../core/model';
import type { TemplateOptions } from '../core/review/template';

export interface SheetRef {
  name: string;
  /** Hidden sheets are checked too; the pane says which ones the reviewer cannot see. Absent: visible. */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
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
      | 'hidden'
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

  // The review workflow (src/taskpane/review.ts). Optional: a host without one of these offers
  // less of the workflow (no live re-check, no state kept in the file, no report sheet).
  /** What this host can do of the review workflow, and notes for the user about what it cannot. */
  reviewSupport?(): ReviewSupport;
  /** A snapshot of one rectangle (values, text, formats, merged areas starting in it). */
  readRange?(sheet: string, address: string): Promise<GridInit>;
  /** Writes cells of one sheet in one go; a write with `expected` is skipped where the cell holds something else. */
  writeValues?(sheet: string, writes: CellWrite[]): Promise<CellWriteResult[]>;
  /** Calls `handler` after cells of the sheet change; rejects with an `unsupported` HostError where it cannot. */
  onCellsChanged?(sheet: string, handler: (change: CellsChange) => void): Promise<Unsubscribe>;
  /**
   * Calls `handler` when the user selects other cells (the pane brings that cell's findings to the
   * top); rejects with an `unsupported` HostError where this Excel has no selection events.
   */
  onSelectionChanged?(sheet: string, handler: (selection: SelectionChange) => void): Promise<Unsubscribe>;
  /** Review data kept in the workbook under a key (saved with the file), or null. */
  loadState?(key: StateKey): Promise<string | null>;
  /** Stores review data in the workbook; null removes it. */
  saveState?(key: StateKey, text: string | null): Promise<void>;
  /** Inserts a worksheet holding the report; returns the name it got. */
  insertReportSheet?(report: ReportSheet): Promise<string>;

  // The blank template (src/hosts/excel/template.ts). Optional: the pane offers 插入模板 only where the host has it.
  /**
   * Inserts the blank template at the active cell (only where the area it needs is empty: throws a
   * `not-empty` HostError otherwise, having written nothing) or on a new sheet named after the project.
   */
  insertTemplate?(options: TemplateOptions, where: TemplatePlacement): Promise<TemplateInsertion>;
}

export type TemplatePlacement = 'active-cell' | 'new-sheet';

export interface TemplateInsertion {
  /** The sheet that holds the template. */
  sheet: string;
  /** A1 range of the template on that sheet. */
  address: string;
  /** Localised notes on what this Excel could not add (dropdowns, print setup); empty when complete. */
  notes: string[];
}

/** The review data kept in a workbook. */
export type StateKey = 'ignore' | 'settings' | 'journal';

export interface ReviewSupport {
  /** Cells changes can be watched (onCellsChanged works). */
  liveRecheck: boolean;
  /** loadState/saveState keep data in the file. */
  workbookState: boolean;
  /** Localised notes for what is missing (empty when everything works). */
  notes: string[];
}

export interface CellsChange {
  sheet: string;
  /** A1 address of what changed (one cell or a range). */
  address: string;
}

export type Unsubscribe = () => void;

export interface SelectionChange {
  sheet: string;
  /** A1 address of the selection (one cell or a range). */
  address: string;
}

export interface CellWrite {
  /** A1 address of one cell. */
  cell: string;
  value: CellValue;
  /** Write only if the cell holds this now (null: empty). */
  expected?: CellValue;
}

export interface CellWriteResult {
  cell: string;
  /** What the cell held before (null: empty). */
  previous: CellValue;
  /** False when `expected` did not match and the cell was left alone. */
  written: boolean;
  /** True when the cell holds a formula: never written (a fix would replace the formula with a value). */
  formula?: boolean;
}

/** A worksheet of text rows with a header and a link per row into the workbook. */
export interface ReportSheet {
  /** Wanted name; a taken name gets a number (`校验报告 (2)`). */
  name: string;
  header: string[];
  rows: string[][];
  /** The column holding the links, and per row where its link leads (null: no link). */
  links: { column: number; targets: ({ sheet: string; cell: string } | null)[] };
  /** Column widths in characters. */
  widths?: number[];
  /** Lines above the table (title, file, date, counts); the first is the title. */
  preamble?: string[];
  /**
   * Text in the preamble that marks the sheet as this report: an earlier sheet carrying it in its
   * second line is replaced by the new one (only such a sheet: never a user's sheet of the same name).
   */
  tag?: string;
  /** Columns (0-based) whose text wraps. */
  wrap?: number[];
}
