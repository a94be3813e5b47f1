/**
 * Worksheet change events of the stand-in (`Worksheet.onChanged`, ExcelApi 1.7). As in Excel:
 * a handler added inside a batch is registered by the sync and stays registered after the batch;
 * it is called after the change has been made, asynchronously, once per range written, with the
 * address on the sheet (`F14`, `A1:C3`); an add-in's own writes raise the event too (with
 * `triggerSource` `ThisLocalAddin`, ExcelApi 1.14), as do the user's edits (`userEdit` here).
 *
 * Handlers live in a registry per workbook model, so they outlive the batch that added them.
 */
import { parseA1, rectToA1, type Rect } from '../core/engine/grid';
import type { StandInContext } from './context';
import { officeError } from './errors';
import { getCell, getSheet, setCell, type SheetModel, type WorkbookModel } from './model';

export interface WorksheetChangedArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType: 'RangeEdited';
  source: 'Local';
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

type Handler = (args: WorksheetChangedArgs) => unknown;

const registries = new WeakMap<WorkbookModel, Map<SheetModel, Set<Handler>>>();

function registry(wb: WorkbookModel): Map<SheetModel, Set<Handler>> {
  let r = registries.get(wb);
  if (!r) {
    r = new Map();
    registries.set(wb, r);
  }
  return r;
}

/** Number of handlers registered on a sheet (for tests). */
export function handlerCount(wb: WorkbookModel, sheetName: string): number {
  return registry(wb).get(getSheet(wb, sheetName))?.size ?? 0;
}

function worksheetId(wb: WorkbookModel, sheet: SheetModel): string {
  return `{00000000-0001-0000-${String(wb.sheets.indexOf(sheet)).padStart(4, '0')}-000000000000}`;
}

/** Calls the sheet's handlers after the current sync has finished (a macrotask later). */
export function raiseChanged(wb: WorkbookModel, sheet: SheetModel, rect: Rect, trigger: WorksheetChangedArgs['triggerSource']): void {
  const handlers = registry(wb).get(sheet);
  if (!handlers || handlers.size === 0) return;
  const args: WorksheetChangedArgs = {
    type: 'WorksheetChanged',
    worksheetId: worksheetId(wb, sheet),
    address: rectToA1(rect),
    changeType: 'RangeEdited',
    source: 'Local',
    triggerSource: trigger,
  };
  setTimeout(() => {
    for (const h of [...handlers]) void h(args);
  }, 0);
}

/** What `handler.remove()` returns and what Office's `EventHandlerResult` offers. */
export class EventHandlerResult {
  constructor(
    readonly context: StandInContext,
    private readonly removeNow: () => void,
  ) {}
  remove(): void {
    this.context.enqueue({ run: this.removeNow });
  }
}

export class WorksheetChangedEvent {
  constructor(
    private readonly context: StandInContext,
    private readonly find: () => SheetModel | null,
  ) {
    context.requireApi('1.7', 'Worksheet.onChanged');
  }
  add(handler: Handler): EventHandlerResult {
    let sheet: SheetModel | undefined;
    const wb = this.context.model;
    this.context.enqueue({
      run: () => {
        const s = this.find();
        if (!s) throw officeError('ItemNotFound', 'Worksheet.onChanged');
        sheet = s;
        const set = registry(wb).get(s) ?? new Set<Handler>();
        set.add(handler);
        registry(wb).set(s, set);
      },
    });
    return new EventHandlerResult(this.context, () => {
      if (sheet) registry(wb).get(sheet)?.delete(handler);
    });
  }
}

/**
 * The user types (or pastes) into cells: values are parsed as Excel parses typing, and the sheet's
 * change handlers are called afterwards. `value` for one cell, or a row-major block for a range.
 */
export function userEdit(
  wb: WorkbookModel,
  sheetName: string,
  address: string,
  value: string | number | boolean | null | (string | number | boolean | null)[][],
  typeInto: (cell: ReturnType<typeof getCell>, input: unknown) => Parameters<typeof setCell>[2],
): void {
  const sheet = getSheet(wb, sheetName);
  const rect = parseA1(address);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const input = Array.isArray(value) ? (value[r - rect.top]?.[c - rect.left] ?? null) : value;
      setCell(sheet, { row: r, col: c }, typeInto(getCell(sheet, r, c), input));
    }
  }
  raiseChanged(wb, sheet, rect, 'Unknown');
}

/**
 * Selection events of the stand-in (`Worksheet.onSelectionChanged`, ExcelApi 1.7): raised after
 * the selection of a sheet changes, by the user (`userSelect`) or by an add-in's `Range.select()`,
 * as Excel raises them for both; the handler gets the new selection's address.
 */
export interface WorksheetSelectionChangedArgs {
  type: 'WorksheetSelectionChanged';
  worksheetId: string;
  address: string;
}

type SelectionHandler = (args: WorksheetSelectionChangedArgs) => unknown;

const selectionRegistries = new WeakMap<WorkbookModel, Map<SheetModel, Set<SelectionHandler>>>();

function selectionRegistry(wb: WorkbookModel): Map<SheetModel, Set<SelectionHandler>> {
  let r = selectionRegistries.get(wb);
  if (!r) {
    r = new Map();
    selectionRegistries.set(wb, r);
  }
  return r;
}

export function raiseSelectionChanged(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  const handlers = selectionRegistry(wb).get(sheet);
  if (!handlers || handlers.size === 0) return;
  const args: WorksheetSelectionChangedArgs = { type: 'WorksheetSelectionChanged', worksheetId: worksheetId(wb, sheet), address: rectToA1(rect) };
  setTimeout(() => {
    for (const h of [...handlers]) void h(args);
  }, 0);
}

export class WorksheetSelectionChangedEvent {
  constructor(
    private readonly context: StandInContext,
    private readonly find: () => SheetModel | null,
  ) {
    context.requireApi('1.7', 'Worksheet.onSelectionChanged');
  }
  add(handler: SelectionHandler): EventHandlerResult {
    let sheet: SheetModel | undefined;
    const wb = this.context.model;
    this.context.enqueue({
      run: () => {
        const s = this.find();
        if (!s) throw officeError('ItemNotFound', 'Worksheet.onSelectionChanged');
        sheet = s;
        const set = selectionRegistry(wb).get(s) ?? new Set<SelectionHandler>();
        set.add(handler);
        selectionRegistry(wb).set(s, set);
      },
    });
    return new EventHandlerResult(this.context, () => {
      if (sheet) selectionRegistry(wb).get(sheet)?.delete(handler);
    });
  }
}

/** The user selects cells (a click in the grid): the sheet becomes active and its handlers are called. */
export function userSelect(wb: WorkbookModel, sheetName: string, address: string): void {
  const sheet = getSheet(wb, sheetName);
  const rect = parseA1(address);
  wb.activeSheet = wb.sheets.indexOf(sheet);
  sheet.selection = { ...rect };
  raiseSelectionChanged(wb, sheet, rect);
}
