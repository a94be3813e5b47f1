/**
 * Marks as cell fills, for Excel without conditional formats (before ExcelApi 1.6: Office 2016's
 * 1.1; the legacy pane uses them up to 1.8, Office 2019). A fill changes the user's formatting, so
 * each marked cell's own fill colour is read first and kept in a record, and clearing puts exactly
 * that colour back. The record is saved in the workbook (Office's document settings, which Excel
 * 2013 and later keep in the file), so marks can still be cleared after the file was saved and
 * reopened.
 *
 * - Only RangeFill.color and RangeFill.clear() are used (ExcelApi 1.1).
 * - Excel before 1.9 reads "no fill" as #FFFFFF, the same as a white fill (RangeFill.pattern is
 *   1.9): a kept #FFFFFF is put back as "no fill" (clear()), which looks the same on a white sheet.
 * - A cell whose fill the user changed after it was marked (it no longer holds our colour) keeps
 *   the user's fill: clearing never overwrites the user's later formatting.
 * - A cell marked again before being cleared keeps its first (the user's) colour in the record.
 */
import { parseA1, rectToA1, type Rect } from '../../core/engine/grid';
import type { Severity } from '../../core/model';
import type { HostError } from '../types';
import type { MarkTarget } from '../types';
import { normalizeAddress } from './address';
import { MARK_FILL } from './marks';

/** Largest number of cells one mark call paints (a whole-table finding is marked cell by cell). */
export const MAX_FILL_CELLS = 5000;

/** The record of one marked cell: the user's colour (`o`) and the mark's (`m`). */
export interface KeptFill {
  o: string | null;
  m: string;
}

/** Marked cells by sheet name, then by A1 address. */
export interface FillRecord {
  v: 1;
  sheets: Record<string, Record<string, KeptFill>>;
}

/** Where the record lives: the workbook's document settings, or memory (tests, no Office). */
export interface FillStore {
  load(): FillRecord;
  save(record: FillRecord): Promise<void>;
}

/** The key in the document settings. */
export const FILL_RECORD_KEY = 'perf-target.fill-marks';

/** An own entry only: sheet names are the user's (`constructor`, `toString` are names too). */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

export function emptyFillRecord(): FillRecord {
  return { v: 1, sheets: {} };
}

/** A record read back from the file; anything malformed counts as nothing (the file is untrusted). */
export function parseFillRecord(raw: unknown): FillRecord {
  const record = emptyFillRecord();
  if (typeof raw !== 'string') return record;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return record;
  }
  if (typeof data !== 'object' || data === null) return record;
  const { v, sheets } = data as { v?: unknown; sheets?: unknown };
  if (v !== 1 || typeof sheets !== 'object' || sheets === null) return record;
  for (const name of Object.keys(sheets)) {
    // Assigning `__proto__` would set the record's prototype, not add a sheet.
    if (name === '__proto__') continue;
    const cells = (sheets as Record<string, unknown>)[name];
    if (typeof cells !== 'object' || cells === null) continue;
    const kept: Record<string, KeptFill> = {};
    for (const address of Object.keys(cells)) {
      const k = (cells as Record<string, unknown>)[address] as Partial<KeptFill> | null;
      if (!k || typeof k.m !== 'string' || !(typeof k.o === 'string' || k.o === null)) continue;
      try {
        kept[normalizeAddress(address)] = { o: k.o, m: k.m };
      } catch {
        // not an address: skipped
      }
    }
    record.sheets[name] = kept;
  }
  return record;
}

/** The parts of Office.Settings the store uses (Office.context.document.settings). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

/** The record in the workbook's document settings (saved in the file). */
export function settingsFillStore(settings: DocumentSettings): FillStore {
  return {
    load: () => parseFillRecord(settings.get(FILL_RECORD_KEY)),
    save: (record) =>
      new Promise<void>((resolve, reject) => {
        if (Object.keys(record.sheets).length === 0) settings.remove(FILL_RECORD_KEY);
        else settings.set(FILL_RECORD_KEY, JSON.stringify(record));
        settings.saveAsync((result) => {
          if (String(result.status).toLowerCase() === 'failed') reject(new Error(result.error?.message ?? 'saveAsync failed'));
          else resolve();
        });
      }),
  };
}

/** A record in memory only (lost when the pane closes). */
export function memoryFillStore(): FillStore {
  let text = JSON.stringify(emptyFillRecord());
  return {
    load: () => parseFillRecord(text),
    save: (record) => {
      text = JSON.stringify(record);
      return Promise.resolve();
    },
  };
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

function cellsOf(rect: Rect): string[] {
  const cells: string[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) cells.push(rectToA1({ top: r, left: c, bottom: r, right: c }));
  }
  return cells;
}

/** Each cell to mark once, with its highest severity, in the order first given. */
export function fillTargets(targets: readonly MarkTarget[], maxCells = MAX_FILL_CELLS): { cell: string; severity: Severity }[] {
  const order: string[] = [];
  const bySeverity = new Map<string, Severity>();
  for (const target of targets) {
    for (const cell of cellsOf(parseA1(normalizeAddress(target.cell)))) {
      const had = bySeverity.get(cell);
      if (had === undefined) {
        if (order.length >= maxCells) continue;
        order.push(cell);
      }
      if (had === undefined || RANK[target.severity] > RANK[had]) bySeverity.set(cell, target.severity);
    }
  }
  return order.map((cell) => ({ cell, severity: bySeverity.get(cell) as Severity }));
}

function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toUpperCase() === b.toUpperCase();
}

export interface FillMarkDeps {
  /** Runs a batch (the host's: errors become HostErrors). */
  batch<T>(sheet: string | undefined, body: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  store: FillStore;
  /** ExcelApi 1.2: Worksheet.protection can be read (below it, Excel refuses writes to a protected sheet itself). */
  protection: boolean;
  protectedError(sheet: string): HostError;
}

/**
 * Paints the targets' cells (two syncs: read their fills, write the marks) and keeps each cell's
 * own colour in the record. Returns the number of cells painted.
 */
export async function markWithFills(deps: FillMarkDeps, sheetName: string, targets: readonly MarkTarget[]): Promise<number> {
  const cells = fillTargets(targets);
  if (cells.length === 0) return 0;
  const record = deps.store.load();
  const kept = own(record.sheets, sheetName) ?? {};
  await deps.batch(sheetName, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    if (deps.protection) sheet.load('protection/protected');
    const fills = cells.map(({ cell }) => {
      // A navigation to the fill object, not a read: its colour is loaded on the next line.
      // eslint-disable-next-line office-addins/load-object-before-read
      const fill = sheet.getRange(cell).format.fill;
      fill.load('color');
      return fill;
    });
    await context.sync();
    if (deps.protection && sheet.protection.protected) throw deps.protectedError(sheetName);
    cells.forEach(({ cell, severity }, i) => {
      const mark = MARK_FILL[severity];
      const previous = own(kept, cell);
      // Marked before and still showing our colour: the user's colour is the one kept then.
      const original = previous && sameColor(fills[i].color, previous.m) ? previous.o : fills[i].color;
      kept[cell] = { o: original ?? null, m: mark };
      fills[i].color = mark;
    });
    await context.sync();
  });
  record.sheets[sheetName] = kept;
  await deps.store.save(record);
  return cells.length;
}

export interface FillClearResult {
  /** Cells given back their own fill. */
  restored: number;
  /** Cells whose fill the user changed after marking: left as the user set them. */
  kept: number;
}

/** Puts back the kept fills of one sheet, or of every sheet in the record (two syncs). */
export async function clearFills(deps: FillMarkDeps, sheetName?: string): Promise<FillClearResult> {
  const record = deps.store.load();
  const names = sheetName === undefined ? Object.keys(record.sheets) : own(record.sheets, sheetName) ? [sheetName] : [];
  const result: FillClearResult = { restored: 0, kept: 0 };
  if (names.length === 0) return result;
  await deps.batch(sheetName, async (context) => {
    // Sheets deleted or renamed since marking have nothing left to restore.
    const all = context.workbook.worksheets;
    all.load('items/name');
    await context.sync();
    const present = all.items.map((s) => s.name);
    const work = names
      .filter((name) => present.indexOf(name) >= 0)
      .map((name) => {
        const sheet = all.getItem(name);
        if (deps.protection) sheet.load('protection/protected');
        const cells = Object.keys(record.sheets[name]).map((address) => {
          // A navigation to the fill object, not a read: its colour is loaded on the next line.
          // eslint-disable-next-line office-addins/load-object-before-read
          const fill = sheet.getRange(address).format.fill;
          fill.load('color');
          return { address, fill, kept: record.sheets[name][address] };
        });
        return { name, sheet, cells };
      });
    await context.sync();
    const blocked = work.find((w) => deps.protection && w.cells.length > 0 && w.sheet.protection.protected);
    if (blocked) throw deps.protectedError(blocked.name);
    for (const { cells } of work) {
      for (const { fill, kept } of cells) {
        if (!sameColor(fill.color, kept.m)) {
          result.kept++;
          continue;
        }
        if (kept.o === null || sameColor(kept.o, '#FFFFFF')) fill.clear();
        else fill.color = kept.o;
        result.restored++;
      }
    }
    if (result.restored > 0) await context.sync();
  });
  for (const name of names) delete record.sheets[name];
  await deps.store.save(record);
  return result;
}
