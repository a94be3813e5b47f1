/**
 * The review workflow of the task pane, without React: fixes and their undo journal, the ignore
 * list, settings, the live re-check of edited tables, walking through findings and the report.
 * It owns the CheckSession (so every check goes through it) and talks only to a WorkbookHost.
 *
 * Every operation that reads or writes the workbook runs on one queue, one after another: a
 * re-check never reads a table while a fix is writing it, and an undo never races a fix.
 *
 * State kept in the workbook (custom XML parts in Excel, see src/hosts/excel/state.ts): the ignore
 * list, the settings and the fix journal. Where the host cannot keep state, it lasts while the
 * pane is open, and the host's notes say so.
 */
import { Grid, rectToA1, type GridInit, type Rect } from '../core/engine/grid';
import {
  dropLastBatch,
  emptyJournal,
  lastBatch,
  parseJournal,
  planFixes,
  recordBatch,
  serializeJournal,
  undoWrites,
  type CellInfo,
  type FixChange,
  type FixJournal,
  type FixPlan,
  type FixTarget,
  type GuardedWrite,
} from '../core/review/fixes';
import { t } from '../core/i18n/base';
import '../core/i18n/pane';
import {
  addIgnore,
  applyIgnores,
  emptyIgnoreList,
  ignoreEntry,
  parseIgnores,
  removeIgnores,
  serializeIgnores,
  type AppliedIgnores,
  type IgnoreList,
} from '../core/review/ignore';
import type { CheckSettings, Finding, Locale, SheetResult } from '../core/model';
import { changedRects, patchGrid, recheckWindow, spliceTable, tablesAffected } from '../core/review/recheck';
import { defaultSettings } from '../core/review/default-settings';
import { HostError, type CellsChange, type ReportSheet, type ReviewSupport, type StateKey, type Unsubscribe, type WorkbookHost } from '../hosts/types';
import { CheckSession, sheetFindings, type CheckFn } from './session';
import { loadEngine, loadedEngine, type Engine } from './engine';
import { PartLoadError } from './view';
import '../core/i18n/review-pane';
import '../core/i18n/views';

export type ReviewBusy = 'load' | 'fix' | 'undo' | 'recheck' | 'report' | 'save';

export interface ReviewNotice {
  id: number;
  intent: 'success' | 'warning';
  text: string;
}

/** What the pane shows of the review workflow; replaced (never changed in place) on every change. */
export interface ReviewState {
  ignores: IgnoreList;
  settings: CheckSettings;
  journal: FixJournal;
  support: ReviewSupport;
  /** Sheets whose edits are re-checked live. */
  watched: readonly string[];
  busy: ReviewBusy | null;
  /** Problems with the data stored in the workbook, in words. */
  stateProblems: readonly string[];
  /** The last outcome, to show and announce. */
  notice: ReviewNotice | null;
  /** The finding being reviewed (walk, or clicked in the list), as a finding key. */
  current: { key: string } | null;
  /**
   * What the opened workbook brought with it (a received file is untrusted): shown to the user,
   * who can drop it. Null when it brought nothing.
   */
  fromFile: FromFile | null;
  /** Fix batches written in this session: only these can be undone. */
  undoable: number;
}

export interface FromFile {
  ignores: number;
  /** Rules the file's settings turn off. */
  rulesOff: number;
  /** Other changes of the file's settings (severities, scheme, threshold). */
  otherSettings: boolean;
  /** Fix batches recorded in the file by earlier sessions (never undone from here). */
  journal: number;
}

export interface ReviewOptions {
  locale: Locale;
  /** The engine; tests may pass a fake. */
  check?: CheckFn;
  /** Quiet time after the last edit before a table is re-checked. */
  debounceMs?: number;
  now?: () => Date;
  yieldToUi?: () => Promise<void>;
}

export interface ApplyOutcome {
  /** Cells written. */
  fixed: number;
  /** Cells changed since the preview, left alone. */
  changedSince: string[];
  /** Cells holding a formula, left alone (a fix would replace the formula); absent when none. */
  formulas?: string[];
}

export interface UndoOutcome {
  restored: number;
  changedSince: string[];
}

export const DEFAULT_DEBOUNCE_MS = 400;
/** Column widths of the report sheet, in characters: wide enough to read on A4 landscape. */
const REPORT_WIDTHS = [12, 10, 34, 30, 9, 64, 18, 7, 24];
/** Columns of the report whose text wraps: table, rule, message, suggestion, reason. */
const REPORT_WRAP = [2, 3, 5, 6, 8];

/** Identifies a finding in the walk and the list: sheet, cell, rule and message. */
export function findingKey(sheet: string, f: Pick<Finding, 'cell' | 'rule' | 'messageId'>): string {
  return `${sheet}\u0000${f.cell}\u0000${f.rule}\u0000${f.messageId}`;
}

const NO_SUPPORT: ReviewSupport = { liveRecheck: false, workbookState: false, notes: [] };

function sheetKey(name: string): string {
  return name.toLowerCase();
}

export class ReviewController {
  readonly session: CheckSession;
  private readonly check: CheckFn | undefined;
  private readonly locale: Locale;
  private readonly debounceMs: number;
  private readonly now: () => Date;
  private state: ReviewState;
  private readonly listeners = new Set<() => void>();
  private readonly resultListeners = new Set<(results: SheetResult[]) => void>();
  /** The last snapshot of each checked sheet, patched by re-checks (for fix previews). */
  private readonly grids = new Map<string, { init: GridInit; grid?: Grid }>();
  private readonly watches = new Map<string, Promise<Unsubscribe | undefined>>();
  private readonly pending = new Map<string, { sheet: string; rects: Rect[]; timer: ReturnType<typeof setTimeout> }>();
  /** Cells the pane wrote itself: their change events are not re-checked again. */
  private readonly ownWrites = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private noticeId = 0;
  /** The notice saying the selected cell is hidden (0: none shown). */
  private hiddenNotice = 0;
  private batchSeq = 0;
  /** The last load of the stored data failed: nothing is saved over what it did not read. */
  private loadFailed = false;
  /** Ids of the fix batches written in this session; a batch read from the file is not among them. */
  private readonly sessionBatches = new Set<string>();

  constructor(
    readonly host: WorkbookHost,
    options: ReviewOptions,
  ) {
    this.locale = options.locale;
    this.check = options.check;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.now = options.now ?? (() => new Date());
    this.state = {
      ignores: emptyIgnoreList(),
      settings: defaultSettings(),
      journal: emptyJournal(),
      support: host.reviewSupport?.() ?? NO_SUPPORT,
      watched: [],
      busy: null,
      stateProblems: [],
      notice: null,
      current: null,
      fromFile: null,
      undoable: 0,
    };
    this.session = new CheckSession(host, {
      check: (grid, settings) => this.checkAndKeep(grid, settings),
      markable: (sheet, findings) => this.markable(sheet, findings),
      yieldToUi: options.yieldToUi,
      locale: options.locale,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Subscriptions (useSyncExternalStore)

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ReviewState => this.state;

  /** Called with the session's results after a re-check, a fix or a change of settings. */
  onResults(listener: (results: SheetResult[]) => void): () => void {
    this.resultListeners.add(listener);
    return () => this.resultListeners.delete(listener);
  }

  private set(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  private notify(intent: ReviewNotice['intent'], text: string): void {
    this.set({ notice: { id: ++this.noticeId, intent, text } });
  }

  private emitResults(): void {
    const results = this.session.results;
    for (const l of [...this.resultListeners]) l(results);
  }

  /** Runs a task after every earlier one, showing it as busy; errors reach the caller. */
  private run<T>(busy: ReviewBusy, task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.set({ busy });
      try {
        return await task();
      } finally {
        this.set({ busy: null });
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // Checks: every full check goes through here (snapshot kept, sheet watched)

  private checkAndKeep(grid: GridInit, settings?: Partial<CheckSettings> | null): SheetResult {
    this.grids.set(sheetKey(grid.name), { init: grid });
    void this.watch(grid.name);
    return this.checkWith(grid, settings);
  }

  /** The engine's check (or a test's): the session awaits the engine's chunk before every check. */
  private checkWith(grid: GridInit, settings?: Partial<CheckSettings> | null): SheetResult {
    return this.check ? this.check(grid, settings) : loadedEngine().checkSheet(grid, settings);
  }

  private markable(sheet: string, findings: Finding[]): Finding[] {
    const list = this.state.ignores;
    if (list.entries.length === 0) return findings;
    const [active] = applyIgnores([{ name: sheet, tables: [], findings }], list).active;
    return active.findings;
  }

  /** Splits results into findings to review and ignored ones. */
  split(results: readonly SheetResult[]): AppliedIgnores {
    return applyIgnores(results, this.state.ignores);
  }

  /** The cell as the last snapshot shows it. */
  cellAt(sheet: string, row: number, col: number): CellInfo {
    const entry = this.grids.get(sheetKey(sheet));
    if (!entry) return { value: null, text: '', format: 'General' };
    entry.grid ??= new Grid(entry.init);
    const grid = entry.grid;
    return { value: grid.rawValue(row, col), text: grid.rawText(row, col), format: grid.format(row, col) };
  }

  // -------------------------------------------------------------------------------------------
  // State kept in the workbook

  /** Reads the ignore list, settings and journal from the workbook and applies the settings. */
  load(): Promise<void> {
    // Nothing kept in this workbook's host: no work, and no state change to render.
    if (!this.canKeepState()) return Promise.resolve();
    return this.run('load', async () => {
      try {
        await this.loadState();
        this.loadFailed = false;
      } catch (error) {
        // Only the engine's chunk can fail here (a stored text that cannot be read is a problem
        // listed, not a failure): until a load succeeds, nothing stored is written over.
        this.loadFailed = true;
        throw error;
      }
    });
  }

  /** Loads the stored data again after a load failed (the error's 重试); nothing to do otherwise. */
  retryLoad(): Promise<void> {
    return this.loadFailed ? this.load() : Promise.resolve();
  }

  private async loadState(): Promise<void> {
    const problems: string[] = [];
    const ignoreText = await this.loadText('ignore', problems);
    const settingsText = await this.loadText('settings', problems);
    const journalText = await this.loadText('journal', problems);
    const ignores = ignoreText === null ? emptyIgnoreList() : this.collect(parseIgnores(ignoreText, this.locale), problems).list;
    // Settings are validated against the rules: stored ones wait for the engine's chunk.
    const engine = settingsText === null ? null : await loadEngine(this.locale);
    const settings = engine === null || settingsText === null ? defaultSettings() : this.collect(engine.parseStoredSettings(settingsText, this.locale), problems).settings;
    const journal = journalText === null ? emptyJournal() : this.collect(parseJournal(journalText, this.locale), problems).journal;
    this.session.setSettings(settings);
    const rulesOff = Object.values(settings.rules).filter((c) => c === 'off').length;
    const otherSettings = engine !== null && !engine.isDefault({ ...settings, rules: Object.fromEntries(Object.entries(settings.rules).filter(([, c]) => c !== 'off')) });
    const fromFile: FromFile = { ignores: ignores.entries.length, rulesOff, otherSettings, journal: journal.batches.length };
    const brought = fromFile.ignores + fromFile.rulesOff + fromFile.journal > 0 || fromFile.otherSettings;
    this.set({ ignores, settings, journal, stateProblems: problems, fromFile: brought ? fromFile : null });
  }

  /** The user keeps what the file brought: the notice goes. */
  keepFromFile(): void {
    this.set({ fromFile: null });
  }

  /**
   * The user drops what the file brought: no ignores, default settings, no old fix records — in
   * the pane and in the file — and the checked sheets are checked again.
   */
  dropFromFile(): Promise<void> {
    return this.run('save', async () => {
      const settings = defaultSettings();
      await this.saveText('ignore', null);
      await this.saveText('settings', null);
      await this.saveText('journal', null);
      this.session.setSettings(settings);
      this.set({ ignores: emptyIgnoreList(), settings, journal: emptyJournal(), fromFile: null });
      if (this.session.results.length > 0) await this.checkAgain();
      this.notify('success', t('review.fromFile.dropped', this.locale));
    });
  }

  private collect<T extends { errors: string[] }>(parsed: T, problems: string[]): T {
    problems.push(...parsed.errors);
    return parsed;
  }

  private canKeepState(): boolean {
    return this.state.support.workbookState && this.host.loadState !== undefined && this.host.saveState !== undefined;
  }

  private async loadText(key: StateKey, problems: string[]): Promise<string | null> {
    if (!this.canKeepState() || !this.host.loadState) return null;
    try {
      return await this.host.loadState(key);
    } catch (error) {
      problems.push(`${t('review.state.loadFailed', this.locale)}：${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private async saveText(key: StateKey, text: string | null): Promise<void> {
    if (!this.canKeepState() || !this.host.saveState) return;
    // What the workbook keeps was not read (the engine's chunk failed to load): writing now would
    // replace it unseen. The same failure, with its 重试, is said instead.
    if (this.loadFailed) throw new PartLoadError(t('pane.error.load', this.locale));
    await this.host.saveState(key, text);
  }

  // -------------------------------------------------------------------------------------------
  // Ignore list

  ignore(sheet: string, finding: Finding, reason: string): Promise<void> {
    return this.run('save', async () => {
      const ignores = addIgnore(this.state.ignores, ignoreEntry(sheet, finding, reason, this.now()));
      await this.saveText('ignore', serializeIgnores(ignores));
      this.set({ ignores });
      this.notify('success', t('review.done.ignored', this.locale, { cell: `${sheet}!${finding.cell}` }));
      await this.remarkSheet(sheet);
      this.emitResults();
    });
  }

  /** Restores findings by their ignore keys (see entryKey). */
  restore(keys: readonly string[]): Promise<void> {
    return this.run('save', async () => {
      const before = this.state.ignores;
      const ignores = removeIgnores(before, keys);
      const sheets = new Set(before.entries.filter((e) => !ignores.entries.includes(e)).map((e) => sheetKey(e.sheet)));
      await this.saveText('ignore', serializeIgnores(ignores));
      this.set({ ignores });
      this.notify('success', t('review.done.restored', this.locale, { count: before.entries.length - ignores.entries.length }));
      for (const result of this.session.results) {
        if (sheets.has(sheetKey(result.name))) await this.remarkSheet(result.name);
      }
      this.emitResults();
    });
  }

  /** Marks a sheet again from its latest result. */
  private async remarkSheet(sheet: string): Promise<void> {
    const result = this.session.results.find((r) => sheetKey(r.name) === sheetKey(sheet));
    if (!result) return;
    await withoutMarks(this.session.remark(result.name));
  }

  // -------------------------------------------------------------------------------------------
  // Fixes

  /** Every finding still to review (not ignored) of the latest results, with its sheet. */
  private activeTargets(): FixTarget[] {
    const { active } = this.split(this.session.results);
    return active.flatMap((r) => sheetFindings(r).map((finding) => ({ sheet: r.name, finding })));
  }

  planOne(sheet: string, finding: Finding): FixPlan {
    return planFixes([{ sheet, finding }], (s, r, c) => this.cellAt(s, r, c));
  }

  /** Every finding of one rule that is still to review, across the checked sheets. */
  planRule(rule: string): FixPlan {
    return planFixes(
      this.activeTargets().filter((x) => x.finding.rule === rule),
      (s, r, c) => this.cellAt(s, r, c),
    );
  }

  /** How many findings of the rule a fix-all would change. */
  fixableCount(rule: string): number {
    return this.planRule(rule).changes.length;
  }

  /** Writes the plan's changes where the cells still hold what the preview showed. */
  apply(plan: FixPlan, rule: string): Promise<ApplyOutcome> {
    return this.run('fix', async () => {
      const guarded = plan.changes.map((c: FixChange): GuardedWrite => ({ sheet: c.sheet, cell: c.cell, value: c.after, expected: c.before }));
      const { written, changedSince, formulas } = await this.writeGuarded(guarded);
      if (written.length > 0) {
        const batch = { id: `${this.now().getTime()}-${++this.batchSeq}`, at: this.now().toISOString(), rule, entries: written };
        const journal = recordBatch(this.state.journal, batch);
        this.sessionBatches.add(batch.id);
        this.set({ journal, undoable: this.undoableIn(journal) });
        await this.saveText('journal', serializeJournal(journal));
      }
      await this.recheckCells(written.map((w) => ({ sheet: w.sheet, cell: w.cell })));
      this.report(t('review.done.fixed', this.locale, { count: written.length }), changedSince, formulas);
      return formulas.length > 0 ? { fixed: written.length, changedSince, formulas } : { fixed: written.length, changedSince };
    });
  }

  private undoableIn(journal: FixJournal): number {
    return journal.batches.filter((b) => this.sessionBatches.has(b.id)).length;
  }

  /**
   * Puts back what the last fix of this session replaced, where the cells still hold what the fix
   * wrote. A batch read from the file (an earlier session, or anyone who edited the file) is never
   * undone, and only cells of sheets checked in this session are written.
   */
  undo(): Promise<UndoOutcome> {
    return this.run('undo', async () => {
      const batch = lastBatch(this.state.journal);
      if (!batch || !this.sessionBatches.has(batch.id)) return { restored: 0, changedSince: [] };
      const checked = new Set(this.session.results.map((r) => sheetKey(r.name)));
      const { written, changedSince, formulas } = await this.writeGuarded(undoWrites(batch).filter((w) => checked.has(sheetKey(w.sheet))));
      const journal = dropLastBatch(this.state.journal);
      this.sessionBatches.delete(batch.id);
      this.set({ journal, undoable: this.undoableIn(journal) });
      await this.saveText('journal', serializeJournal(journal));
      await this.recheckCells(written.map((w) => ({ sheet: w.sheet, cell: w.cell })));
      this.report(t('review.done.undone', this.locale, { count: written.length }), changedSince, formulas);
      return { restored: written.length, changedSince };
    });
  }

  private report(done: string, changedSince: string[], formulas: string[] = []): void {
    const notes: string[] = [];
    if (changedSince.length > 0) notes.push(t('review.done.changedSince', this.locale, { count: changedSince.length, cells: changedSince.join('、') }));
    if (formulas.length > 0) notes.push(t('review.done.formula', this.locale, { count: formulas.length, cells: formulas.join('、') }));
    if (notes.length === 0) this.notify('success', done);
    else this.notify('warning', `${done} ${notes.join(' ')}`);
  }

  /** Writes sheet by sheet, in order; returns what was written (with what it replaced) and what was not. */
  private async writeGuarded(writes: readonly GuardedWrite[]): Promise<{ written: FixJournalEntry[]; changedSince: string[]; formulas: string[] }> {
    const written: FixJournalEntry[] = [];
    const changedSince: string[] = [];
    const formulas: string[] = [];
    const sheets = [...new Set(writes.map((w) => w.sheet))];
    for (const sheet of sheets) {
      const mine = writes.filter((w) => w.sheet === sheet);
      // Only a watched sheet sends the change events these keys are there to recognise.
      if (this.watches.has(sheetKey(sheet))) for (const w of mine) this.ownWrites.add(ownKey(sheet, w.cell));
      const results = await this.writeSheet(sheet, mine);
      results.forEach((r, i) => {
        if (r.written) written.push({ sheet, cell: mine[i].cell, before: r.previous, after: mine[i].value });
        else {
          this.ownWrites.delete(ownKey(sheet, mine[i].cell));
          (r.formula ? formulas : changedSince).push(`${sheet}!${mine[i].cell}`);
        }
      });
    }
    return { written, changedSince, formulas };
  }

  private async writeSheet(sheet: string, writes: readonly GuardedWrite[]): Promise<{ previous: GuardedWrite['value']; written: boolean; formula?: boolean }[]> {
    if (this.host.writeValues) return this.host.writeValues(sheet, writes.map((w) => ({ cell: w.cell, value: w.value, expected: w.expected })));
    // A host without batched writes: one write per cell, unguarded (it returns what it replaced).
    const out: { previous: GuardedWrite['value']; written: boolean }[] = [];
    for (const w of writes) out.push({ previous: await this.host.writeValue(sheet, w.cell, w.value), written: true });
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Settings

  /** Saves the settings in the workbook and checks the checked sheets again with them. */
  saveSettings(settings: CheckSettings): Promise<void> {
    return this.run('save', async () => {
      const engine = await loadEngine(this.locale);
      await this.saveText('settings', engine.isDefault(settings) ? null : engine.serializeSettings(settings));
      this.session.setSettings(settings);
      this.set({ settings, stateProblems: [] });
      await this.checkAgain();
      this.notify('success', t('review.done.settings', this.locale));
    });
  }

  /** Checks every checked sheet again in full (after new settings, or by hand without live re-check). */
  recheckAll(): Promise<void> {
    return this.run('recheck', async () => {
      const tables = await this.checkAgain();
      this.notify('success', t('review.done.rechecked', this.locale, { count: tables }));
    });
  }

  private async checkAgain(): Promise<number> {
    let failure: unknown;
    for (const { name } of this.session.results) {
      const outcome = await this.session.checkSheet(name);
      failure ??= outcome.error;
    }
    this.emitResults();
    if (failure !== undefined) throw failure;
    return this.session.results.reduce((n, r) => n + r.tables.length, 0);
  }

  // -------------------------------------------------------------------------------------------
  // Live re-check

  private async watch(sheet: string): Promise<void> {
    const key = sheetKey(sheet);
    if (this.watches.has(key) || !this.state.support.liveRecheck || !this.host.onCellsChanged) return;
    const subscribe = this.host.onCellsChanged(sheet, (change) => this.changed(change));
    const watch = subscribe.then(
      (unsubscribe) => {
        this.set({ watched: [...this.state.watched, sheet] });
        return unsubscribe;
      },
      (error: unknown) => {
        // Not watched: the manual re-check stays available; say why once.
        this.watches.delete(key);
        if (error instanceof HostError) this.set({ stateProblems: [...this.state.stateProblems, error.message] });
        return undefined;
      },
    );
    this.watches.set(key, watch);
    await watch;
  }

  /** Resolves when every sheet checked so far is watched (or could not be). */
  async watching(): Promise<void> {
    await Promise.all([...this.watches.values()]);
  }

  /** Stops watching every sheet and drops pending re-checks (the pane is closing). */
  async stop(): Promise<void> {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    const watches = [...this.watches.values()];
    this.watches.clear();
    this.set({ watched: [] });
    for (const w of watches) (await w)?.();
  }

  private changed(change: CellsChange): void {
    let rects = changedRects(change.address);
    // An echo of the pane's own write is already being re-checked.
    if (rects.length === 1 && rects[0].top === rects[0].bottom && rects[0].left === rects[0].right) {
      const own = ownKey(change.sheet, rectToA1(rects[0]));
      if (this.ownWrites.delete(own)) rects = [];
    }
    if (rects.length === 0) return;
    const key = sheetKey(change.sheet);
    const pending = this.pending.get(key);
    if (pending) clearTimeout(pending.timer);
    const all = [...(pending?.rects ?? []), ...rects];
    const timer = setTimeout(() => this.fire(key), this.debounceMs);
    this.pending.set(key, { sheet: change.sheet, rects: all, timer });
  }

  private fire(key: string): Promise<void> {
    const pending = this.pending.get(key);
    if (!pending) return Promise.resolve();
    this.pending.delete(key);
    clearTimeout(pending.timer);
    return this.run('recheck', () => this.recheckRects(pending.sheet, pending.rects)).catch((error: unknown) => {
      this.notify('warning', error instanceof Error ? error.message : String(error));
    });
  }

  /** Runs the pending re-checks now and waits for every queued operation (tests, closing). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((k) => this.fire(k)));
    await this.queue;
  }

  private async recheckCells(cells: readonly { sheet: string; cell: string }[]): Promise<void> {
    const sheets = [...new Set(cells.map((c) => c.sheet))];
    for (const sheet of sheets) {
      const rects = cells.filter((c) => c.sheet === sheet).flatMap((c) => changedRects(c.cell));
      await this.recheckRects(sheet, rects);
    }
  }

  /**
   * Re-checks the tables of a sheet that hold a changed cell: reads each table's window, checks
   * it, and puts the new table in place of the old; when a window does not hold exactly one table
   * (deleted, split, merged), checks the whole sheet instead. Then marks the sheet again.
   */
  private async recheckRects(sheet: string, rects: readonly Rect[]): Promise<void> {
    let result = this.session.results.find((r) => sheetKey(r.name) === sheetKey(sheet));
    if (!result) return;
    const positions = tablesAffected(result, rects);
    if (positions.length === 0) return;
    const entry = this.grids.get(sheetKey(sheet));
    let full = !this.host.readRange || !entry;
    for (const position of full ? [] : positions) {
      const window = recheckWindow(result, position);
      const part = await (this.host.readRange as NonNullable<WorkbookHost['readRange']>)(result.name, rectToA1(window));
      const spliced = spliceTable(result, position, this.checkWith(part, this.state.settings));
      if (!spliced) {
        full = true;
        break;
      }
      result = spliced;
      if (entry) this.grids.set(sheetKey(sheet), { init: patchGrid(entry.init, part) });
    }
    if (full) {
      const outcome = await this.session.checkSheet(result.name);
      this.emitResults();
      if (outcome.error !== undefined) throw outcome.error;
      return;
    }
    await withoutMarks(this.session.replaceResult(result.name, result));
    this.emitResults();
  }

  // -------------------------------------------------------------------------------------------
  // Walk

  setCurrent(sheet: string, finding: Pick<Finding, 'cell' | 'rule' | 'messageId' | 'hidden'>): void {
    this.set({ current: { key: findingKey(sheet, finding) } });
    // A cell in a hidden row or column is selected but not seen: say so, and how to show it; the
    // next finding selected takes that notice away.
    if (finding.hidden !== undefined) {
      this.notify('warning', t(`pane.cellHidden.selected.${finding.hidden}`, this.locale, { cell: finding.cell }));
      this.hiddenNotice = this.noticeId;
    } else if (this.hiddenNotice !== 0 && this.state.notice?.id === this.hiddenNotice) {
      this.hiddenNotice = 0;
      this.set({ notice: null });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Report

  private reportSheet(engine: Engine): ReportSheet {
    const rows = engine.reviewRows(this.session.results, this.state.ignores, this.locale);
    return {
      name: t('review.report.sheetName', this.locale),
      preamble: engine.reviewPreamble(this.session.results, this.state.ignores, { date: this.now() }, this.locale),
      tag: engine.REPORT_TAG,
      header: engine.reviewHeader(this.locale),
      rows: rows.map((r) => engine.reviewCells(r, this.locale)),
      links: { column: engine.LINK_COLUMN, targets: rows.map((r) => ({ sheet: r.sheet, cell: r.cell })) },
      widths: REPORT_WIDTHS,
      wrap: REPORT_WRAP,
    };
  }

  /** Inserts the 校验报告 sheet; returns its name. */
  insertReport(): Promise<string> {
    return this.run('report', async () => {
      if (!this.host.insertReportSheet) throw new HostError('unsupported', t('review.report.none', this.locale));
      const report = this.reportSheet(await loadEngine(this.locale));
      const name = await this.host.insertReportSheet(report);
      this.notify('success', t('review.done.report', this.locale, { sheet: name, count: report.rows.length }));
      return name;
    });
  }

  csv(): string {
    return loadedEngine().reviewCsv(this.session.results, this.state.ignores, this.locale);
  }

  json(): string {
    return `${JSON.stringify(loadedEngine().reviewJson(this.session.results, this.state.ignores, t('review.report.workbook', this.locale)), null, 2)}\n`;
  }

  downloaded(file: string): void {
    this.notify('success', t('review.done.download', this.locale, { file }));
  }
}

type FixJournalEntry = FixJournal['batches'][number]['entries'][number];

/** Marking where this Excel cannot mark (before ExcelApi 1.6) is nothing to do: the pane lists the findings. */
async function withoutMarks(marking: Promise<void>): Promise<void> {
  try {
    await marking;
  } catch (error) {
    if (!(error instanceof HostError && error.code === 'unsupported')) throw error;
  }
}

function ownKey(sheet: string, cell: string): string {
  return `${sheetKey(sheet)}!${cell.replace(/\$/g, '').toUpperCase()}`;
}
