/**
 * The check flow of the task pane, without React: read a sheet through the host, run the engine,
 * replace our marks, and keep the latest result per sheet. Later features (fixes, an ignore list,
 * live re-checks) build on this class, so it holds no UI state and talks only to a WorkbookHost.
 */
import { LIST_SHEET } from '../core/review/sheet-names';
import type { GridInit } from '../core/engine/grid';
import { t } from '../core/i18n/base';
import '../core/i18n/pane';
import type { CheckSettings, Finding, Locale, Severity, SheetResult } from '../core/model';
import { loadEngine, loadedEngine } from './engine';
import { HostError, type MarkTarget, type WorkbookHost } from '../hosts/types';

export type CheckFn = (grid: GridInit, settings?: Partial<CheckSettings> | null) => SheetResult;

export type CheckPhase = 'reading' | 'checking' | 'marking';

export interface CheckProgress {
  phase: CheckPhase;
  sheet: string;
  /** 1-based position of the sheet in this run. */
  index: number;
  total: number;
}

export type ProgressListener = (progress: CheckProgress) => void;

/** What became of one sheet in a run. */
export interface SheetOutcome {
  sheet: string;
  /** The engine's result, when the sheet could be read. */
  result?: SheetResult;
  /**
   * Why the sheet could not be read, or (with a result) why its marks could not be written.
   * Always reported to the user; never dropped.
   */
  error?: unknown;
}

export interface SessionOptions {
  /**
   * The engine; replaceable for tests and for a worker later. Default: the engine's chunk
   * (./engine.ts), which every check awaits either way, so a pane with results has its engine.
   */
  check?: CheckFn;
  settings?: Partial<CheckSettings> | null;
  /**
   * Lets the UI paint between the asynchronous read and the synchronous engine run, so that
   * "正在校验…" is seen. Defaults to waiting for the next painted frame.
   */
  yieldToUi?: () => Promise<void>;
  /** The findings of a sheet to mark (the review workflow leaves ignored ones unmarked). Default: all. */
  markable?: (sheet: string, findings: Finding[]) => Finding[];
  /** The pane's language: its rule texts load with the engine, before a result is shown. Default: zh-CN. */
  locale?: Locale;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Errors that concern one sheet only: a run over all sheets reports them and goes on. Anything
 * else (Excel busy, workbook closed, an unexpected bug) would fail for every sheet, so it stops.
 */
const SHEET_SPECIFIC: ReadonlySet<HostError['code']> = new Set(['protected', 'too-large', 'no-sheet']);

export function isSheetSpecific(error: unknown): boolean {
  return error instanceof HostError && SHEET_SPECIFIC.has(error.code);
}

/**
 * Resolves after the next frame has been painted: a timer queued from a frame callback runs after
 * that frame. Frames stop while the pane is hidden, so a plain timer resolves it then.
 */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Every finding of a sheet: tables first, in order, then those outside tables. */
export function sheetFindings(result: SheetResult): Finding[] {
  return [...result.tables.flatMap((table) => table.findings), ...result.findings];
}

export function countBySeverity(results: readonly SheetResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const f of sheetFindings(result)) counts[f.severity] += 1;
  return counts;
}

function markLine(f: Finding): string {
  return f.suggestion === undefined ? f.message : `${f.message} ${t('pane.finding.suggestion', 'zh-CN', { value: f.suggestion })}`;
}

/**
 * One mark per cell: the worst severity among its findings, and all their messages (worst first)
 * in Chinese. Marks come most severe first, so a host that lets the first matching format win
 * shows the worst one where marks overlap (a whole-table range and a cell in it).
 */
export function markTargets(findings: readonly Finding[]): MarkTarget[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCell.get(f.cell);
    if (list) list.push(f);
    else byCell.set(f.cell, [f]);
  }
  const targets: MarkTarget[] = [];
  for (const [cell, list] of byCell) {
    // Most cells hold one finding (50,000 after a check of 2,000 tables): no copy, sort or join.
    if (list.length === 1) {
      targets.push({ cell, severity: list[0].severity, message: markLine(list[0]) });
      continue;
    }
    // Array.prototype.sort is stable, so findings of equal severity keep the engine's order.
    const sorted = [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    targets.push({ cell, severity: sorted[0].severity, message: sorted.map(markLine).join('\n') });
  }
  return targets.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export class CheckSession {
  private readonly check: CheckFn;
  private readonly yieldToUi: () => Promise<void>;
  private settings: Partial<CheckSettings> | null;
  private readonly markable: (sheet: string, findings: Finding[]) => Finding[];
  private readonly locale: Locale;
  /** Latest result per sheet, in the order the sheets were last checked (tab order after checkAll). */
  private latest = new Map<string, SheetResult>();

  constructor(
    readonly host: WorkbookHost,
    options: SessionOptions = {},
  ) {
    this.check = options.check ?? ((grid, settings) => loadedEngine().checkSheet(grid, settings));
    this.yieldToUi = options.yieldToUi ?? nextPaint;
    this.settings = options.settings ?? null;
    this.markable = options.markable ?? ((_sheet, findings) => findings);
    this.locale = options.locale ?? 'zh-CN';
  }

  /** Sheets of the last check of every sheet that are hidden in the workbook (their findings are listed, marked as hidden). */
  hiddenSheets: ReadonlySet<string> = new Set();

  /** The latest result of every sheet checked and not cleared since. */
  get results(): SheetResult[] {
    return [...this.latest.values()];
  }

  setSettings(settings: Partial<CheckSettings> | null): void {
    this.settings = settings;
  }

  /**
   * Reads, checks and marks one sheet. A failure to read throws; a failure to mark is returned
   * with the result, because the findings are still worth showing (a protected sheet can be read).
   */
  async checkSheet(name: string, onProgress?: ProgressListener, index = 1, total = 1): Promise<SheetOutcome> {
    // Loaded in the background since the pane painted: normally here already. A failure throws
    // (PartLoadError) before anything is read or marked, and the next check tries again.
    await loadEngine(this.locale);
    onProgress?.({ phase: 'reading', sheet: name, index, total });
    let grid: GridInit;
    try {
      grid = await this.host.readSheet(name);
    } catch (error) {
      this.latest.delete(name);
      throw error;
    }
    onProgress?.({ phase: 'checking', sheet: name, index, total });
    await this.yieldToUi();
    const result = this.check(grid, this.settings);
    this.latest.set(name, result);
    onProgress?.({ phase: 'marking', sheet: name, index, total });
    try {
      await this.host.clearMarks(name);
      await this.host.mark(name, markTargets(this.markable(name, sheetFindings(result))));
    } catch (error) {
      return { sheet: name, result, error };
    }
    return { sheet: name, result };
  }

  async checkActiveSheet(onProgress?: ProgressListener): Promise<SheetOutcome> {
    const sheet = await this.host.activeSheet();
    return this.checkSheet(sheet.name, onProgress);
  }

  /**
   * Checks every sheet in tab order. A sheet-specific failure is recorded and the run goes on;
   * any other failure stops the run and is thrown (results so far stay in `results`).
   */
  async checkAllSheets(onProgress?: ProgressListener): Promise<SheetOutcome[]> {
    // Our own sheets (the template's dropdown lists, the 校验报告 reports) hold no table.
    const sheets = (await this.host.listSheets()).filter((s) => !isOwnSheet(s.name));
    this.latest = new Map();
    this.hiddenSheets = new Set(sheets.filter((s) => s.visibility === 'Hidden' || s.visibility === 'VeryHidden').map((s) => s.name));
    const outcomes: SheetOutcome[] = [];
    for (const [i, sheet] of sheets.entries()) {
      try {
        outcomes.push(await this.checkSheet(sheet.name, onProgress, i + 1, sheets.length));
      } catch (error) {
        if (!isSheetSpecific(error)) throw error;
        outcomes.push({ sheet: sheet.name, error });
      }
    }
    return outcomes;
  }

  /** Removes our marks (of one sheet, or of every sheet) and forgets the matching results. */
  async clearMarks(sheet?: string): Promise<void> {
    await this.host.clearMarks(sheet);
    if (sheet === undefined) this.latest.clear();
    else this.latest.delete(sheet);
  }

  /** Replaces a sheet's latest result (a live re-check of one table) and marks the sheet again. */
  async replaceResult(sheet: string, result: SheetResult): Promise<void> {
    this.latest.set(sheet, result);
    await this.remark(sheet);
  }

  /** Marks a sheet again from its latest result (after findings were ignored or restored). */
  async remark(sheet: string): Promise<void> {
    const result = this.latest.get(sheet);
    if (!result) return;
    await this.host.clearMarks(sheet);
    await this.host.mark(sheet, markTargets(this.markable(sheet, sheetFindings(result))));
  }

  /** Selects a finding's cell in the workbook. */
  select(sheet: string, finding: Pick<Finding, 'cell'>): Promise<void> {
    return this.host.select(sheet, finding.cell);
  }
}

/** Sheets the add-in itself creates: the hidden dropdown lists and the 校验报告 report sheets. */
export function isOwnSheet(name: string): boolean {
  return name === LIST_SHEET || /^校验报告( \(\d+\))?$/.test(name);
}
