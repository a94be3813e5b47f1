/**
 * Proxy objects of the stand-in: the subset of the Excel JavaScript API that the host uses, with
 * Office's semantics. A proxy names a path to something in the workbook; nothing is looked up until
 * `sync()`. `load()` queues a read, and a property becomes readable only after the sync that answered
 * it (before that, reading throws PropertyNotLoaded). Setting a property or calling a method queues a
 * write, applied at sync; writes to a protected sheet fail there with AccessDenied.
 */
import { type CellValue, type Rect } from '../core/engine/grid';
import { ClientObject, FoundObject, combine } from './client';
import type { PendingRead, StandInContext } from './context';
import { officeError, propertyNotLoaded } from './errors';
import {
  cellKey,
  mergesStartingIn,
  getCell,
  rectRows,
  intersects,
  setCell,
  usedRect,
  usedRectIn,
  type CellModel,
  type ConditionalFormatModel,
  type SheetModel,
  type SheetVisibility,
  type WorkbookModel,
} from './model';
import { displayText } from './numfmt';
import { parseInput } from './input';
import { excelAddress, parseRef } from '../hosts/excel/address';
import * as layout from './layout';
import { NamedItemCollection } from './names';
import { DataValidation } from './validation';
import { ClientResult, CustomXmlPartCollection } from './customxml';
import { raiseChanged, raiseSelectionChanged, WorksheetChangedEvent, WorksheetSelectionChangedEvent } from './events';
import { readHyperlink, writeHyperlink, WorksheetFreezePanes, type HyperlinkModel } from './review-objects';

export { ClientObject, combine, type LoadSpec } from './client';

/** Quotes a sheet name in an address the way Excel does when it must. */
export function qualify(sheetName: string, a1: string): string {
  return sheetPrefix(sheetName) + a1;
}

let lastPrefix = { name: '', prefix: "''!" };

/** `Sheet1!` or `'My sheet'!`: worked out once for a run of addresses on one sheet (20,000 merged areas). */
function sheetPrefix(sheetName: string): string {
  if (lastPrefix.name === sheetName) return lastPrefix.prefix;
  const plain = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_.\u0080-\uffff]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  lastPrefix = { name: sheetName, prefix: `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!` };
  return lastPrefix.prefix;
}

function parseAddress(address: string, location: string): Rect {
  try {
    return parseRef(address);
  } catch {
    throw officeError('InvalidArgument', location);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook and worksheets

export class Workbook extends ClientObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  private protectionProxy: layout.WorkbookProtection | undefined;

  constructor(context: StandInContext) {
    super(context, 'Workbook');
    this.worksheets = new WorksheetCollection(context);
    this.names = new NamedItemCollection(context);
  }
  private customXml: CustomXmlPartCollection | undefined;
  /** ExcelApi 1.5: created on first use (see ./customxml.ts). */
  get customXmlParts(): CustomXmlPartCollection {
    this.customXml ??= new CustomXmlPartCollection(this.context);
    return this.customXml;
  }
  /** ExcelApi 1.7 (structure protection): created on first use. */
  get protection(): layout.WorkbookProtection {
    this.protectionProxy ??= new layout.WorkbookProtection(this.context);
    return this.protectionProxy;
  }
  /** The selection on the active sheet. */
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const sheet = this.context.model.sheets[this.context.model.activeSheet];
      if (!sheet) throw officeError('ItemNotFound', 'Workbook.getSelectedRange');
      return { sheet, rect: { ...sheet.selection } };
    });
  }
  protected resolve(): WorkbookModel {
    return this.context.model;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'names') return this.names as ClientObject<unknown>;
    if (name === 'protection') return this.protection as ClientObject<unknown>;
    return name === 'worksheets' ? (this.worksheets as ClientObject<unknown>) : undefined;
  }
  protected sheetOf(): undefined {
    return undefined;
  }
}

export class WorksheetCollection extends ClientObject<SheetModel[]> {
  private loadedItems: Worksheet[] | undefined;

  constructor(context: StandInContext) {
    super(context, 'WorksheetCollection');
  }
  protected resolve(): SheetModel[] {
    return this.context.model.sheets;
  }
  protected sheetOf(): undefined {
    return undefined;
  }

  get items(): Worksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', this.location);
    return this.loadedItems;
  }

  override collect(paths: string[]): PendingRead {
    const itemPaths = paths.map((p) => (p === 'items' ? '' : p.replace(/^items\//, ''))).filter((p) => p !== '');
    const items = this.resolve().map((s) => new Worksheet(this.context, () => s));
    const reads = items.map((w) => w.collect(itemPaths));
    return { bytes: 2, commit: () => ((this.loadedItems = items), combine(reads).commit()) };
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.model.sheets[this.context.model.activeSheet] ?? null);
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const s = findByName(this.context.model, name);
      if (!s) throw officeError('ItemNotFound', `WorksheetCollection.getItem(${name})`);
      return s;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => findByName(this.context.model, name) ?? null);
  }

  /** Adds a sheet at the end (not activated); see layout.addWorksheet for the checks. */
  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this.context.enqueue({ run: () => void (created = layout.addWorksheet(this.context.model, name)) });
    return new Worksheet(this.context, () => created ?? null);
  }
}

function findByName(wb: WorkbookModel, name: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export class Worksheet extends ClientObject<SheetModel> {
  readonly protection: WorksheetProtection;

  constructor(
    context: StandInContext,
    private readonly find: () => SheetModel | null,
  ) {
    super(context, 'Worksheet');
    this.protection = new WorksheetProtection(context, find);
  }
  protected resolve(): SheetModel | null {
    return this.find();
  }
  protected override scalarNames(): string[] {
    return ['name', 'position', 'id', 'visibility'];
  }
  protected override readScalar(name: string, sheet: SheetModel): unknown {
    const index = this.context.model.sheets.indexOf(sheet);
    if (name === 'name') return sheet.name;
    if (name === 'visibility') return sheet.visibility ?? 'Visible';
    if (name === 'position') return index;
    return `{00000000-0001-0000-${String(index).padStart(4, '0')}-000000000000}`;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'pageLayout') return this.pageLayout as ClientObject<unknown>;
    return name === 'protection' ? (this.protection as ClientObject<unknown>) : undefined;
  }
  protected sheetOf(sheet: SheetModel): SheetModel {
    return sheet;
  }

  private changed: WorksheetChangedEvent | undefined;
  private selectionChanged: WorksheetSelectionChangedEvent | undefined;
  /** ExcelApi 1.7: created on first use (see ./events.ts). */
  get onSelectionChanged(): WorksheetSelectionChangedEvent {
    this.selectionChanged ??= new WorksheetSelectionChangedEvent(this.context, this.find);
    return this.selectionChanged;
  }
  private freeze: WorksheetFreezePanes | undefined;
  /** ExcelApi 1.7: created on first use (see ./events.ts). */
  get onChanged(): WorksheetChangedEvent {
    this.changed ??= new WorksheetChangedEvent(this.context, this.find);
    return this.changed;
  }
  /** ExcelApi 1.7: created on first use (see ./review-objects.ts). */
  get freezePanes(): WorksheetFreezePanes {
    this.freeze ??= new WorksheetFreezePanes(this.context, this.find);
    return this.freeze;
  }

  private layoutProxy: layout.WorksheetPageLayout | undefined;
  /** ExcelApi 1.9: created on first use. */
  get pageLayout(): layout.WorksheetPageLayout {
    this.layoutProxy ??= new layout.WorksheetPageLayout(this.context, this.find);
    return this.layoutProxy;
  }
  get visibility(): SheetVisibility {
    return this.value('visibility');
  }
  set visibility(v: SheetVisibility) {
    this.remember('visibility', v);
    this.act((sheet) => layout.setVisibility(this.context.model, sheet, v));
  }

  get name(): string {
    return this.value('name');
  }
  get position(): number {
    return this.value('position');
  }
  get id(): string {
    return this.value('id');
  }

  activate(): void {
    this.act((sheet) => {
      if ((sheet.visibility ?? 'Visible') !== 'Visible') throw officeError('InvalidOperation', 'Worksheet.activate', 'A hidden worksheet cannot be activated.');
      this.context.model.activeSheet = this.context.model.sheets.indexOf(sheet);
    });
  }

  /** Deletes the sheet, as Excel does: not the last visible one, not in a protected structure. */
  delete(): void {
    this.act((sheet) => {
      const wb = this.context.model;
      if (wb.protection?.protected) throw officeError('AccessDenied', 'Worksheet.delete');
      const othersVisible = wb.sheets.some((s) => s !== sheet && (s.visibility ?? 'Visible') === 'Visible');
      if (!othersVisible) throw officeError('InvalidOperation', 'Worksheet.delete', 'A workbook must keep at least one visible sheet.');
      const active = wb.sheets[wb.activeSheet];
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      const stillActive = wb.sheets.indexOf(active);
      wb.activeSheet = stillActive >= 0 ? stillActive : Math.max(0, wb.sheets.findIndex((s) => (s.visibility ?? 'Visible') === 'Visible'));
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.resolveOrThrow();
      const rect = address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseAddress(address, 'Worksheet.getRange');
      return { sheet, rect };
    });
  }

  /** ExcelApi 1.9. Comma- or semicolon-separated addresses. */
  getRanges(address: string): RangeAreas {
    this.context.requireApi('1.9', 'Worksheet.getRanges');
    return new RangeAreas(this.context, () => {
      const sheet = this.resolveOrThrow();
      const areas = address.split(/[,;]/).map((a) => parseAddress(a.trim(), 'Worksheet.getRanges'));
      return { sheet, areas };
    });
  }

  /** ExcelApi 1.1 (`valuesOnly` 1.2): an empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.find();
      if (!sheet) throw officeError('ItemNotFound', 'Worksheet.getUsedRange');
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.find();
      if (!sheet) return null;
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  constructor(
    context: StandInContext,
    private readonly find: () => SheetModel | null,
  ) {
    super(context, 'WorksheetProtection');
  }
  protected resolve(): SheetModel | null {
    return this.find();
  }
  protected override scalarNames(): string[] {
    return ['protected'];
  }
  protected override readScalar(_name: string, sheet: SheetModel): unknown {
    return sheet.protection.protected;
  }
  protected sheetOf(): undefined {
    return undefined;
  }
  get protected(): boolean {
    return this.value('protected');
  }
  protect(): void {
    this.act((s) => (s.protection.protected = true));
  }
  unprotect(): void {
    this.act((s) => (s.protection.protected = false));
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

interface AreasTarget {
  sheet: SheetModel;
  areas: Rect[];
}

function grid<V>(rect: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

/**
 * What Excel stores when a value is written through `Range.values`: text is parsed as if typed
 * (./input.ts: numbers, percentages, times, fractions, dates, TRUE/FALSE, errors, formulas; a
 * leading `'` keeps text as text) unless the cell is formatted as text (`@`).
 */
export function typeInto(cell: CellModel | undefined, input: unknown): Partial<CellModel> {
  const format = cell?.numberFormat ?? 'General';
  const style = cell?.style ? { ...cell.style } : undefined;
  if (style) delete style.quotePrefix;
  const base = { formula: undefined, isError: undefined, style: style && Object.keys(style).length > 0 ? style : undefined };
  if (input === null || input === '') return { ...base, value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { ...base, value: input };
  const text = String(input);
  if (format === '@') return { ...base, value: text };
  if (text.startsWith("'")) return { ...base, value: text.slice(1), style: { ...(style ?? {}), quotePrefix: true } };
  const parsed = parseInput(text, format);
  return { ...base, ...parsed };
}

/**
 * Range.rowHidden / columnHidden as Excel answers them: true when every row (column) from `first`
 * to `last` is hidden, false when none is, null when mixed. Linear in the hidden ones or the span.
 */
function allHidden(hidden: Set<number> | undefined, first: number, last: number): boolean | null {
  if (!hidden || hidden.size === 0) return false;
  let inside = 0;
  if (hidden.size < last - first + 1) {
    for (const i of hidden) if (i >= first && i <= last) inside++;
  } else for (let i = first; i <= last; i++) if (hidden.has(i)) inside++;
  return inside === 0 ? false : inside === last - first + 1 ? true : null;
}

export class Range extends FoundObject<RangeTarget> {
  private formatProxy: RangeFormat | undefined;
  private cfs: ConditionalFormatCollection | undefined;

  constructor(context: StandInContext, find: () => RangeTarget | null) {
    super(context, 'Range', find);
  }

  /**
   * Created on first use: a read of 5,000 areas' text (the numbers of 2,000 tables) made a format
   * with its fill, font and borders for each, four objects that nothing asked for.
   */
  get format(): RangeFormat {
    this.formatProxy ??= new RangeFormat(this.context, this.find);
    return this.formatProxy;
  }

  /** ExcelApi 1.6: created on first use, so older Excel fails only when it is used. */
  get conditionalFormats(): ConditionalFormatCollection {
    this.cfs ??= new ConditionalFormatCollection(this.context, () => {
      const t = this.find();
      return t ? { sheet: t.sheet, areas: [t.rect] } : null;
    });
    return this.cfs;
  }
  private validation: DataValidation | undefined;
  /** ExcelApi 1.8: created on first use. */
  get dataValidation(): DataValidation {
    this.validation ??= new DataValidation(this.context, this.find);
    return this.validation;
  }
  /** ExcelApi 1.2; see layout.mergeRange. */
  merge(across = false): void {
    this.context.requireApi('1.2', 'Range.merge');
    this.write((t) => layout.mergeRange(t, across));
  }
  protected override scalarNames(): string[] {
    return ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'text', 'numberFormat', 'formulas', 'hyperlink', 'rowHidden', 'columnHidden'];
  }
  protected override readScalar(name: string, { sheet, rect }: RangeTarget): unknown {
    switch (name) {
      case 'rowHidden':
        return allHidden(sheet.hiddenRows, rect.top, rect.bottom);
      case 'columnHidden':
        return allHidden(sheet.hiddenColumns, rect.left, rect.right);
      case 'hyperlink':
        return readHyperlink(sheet, rect);
      case 'address':
        return qualify(sheet.name, excelAddress(rect));
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'values':
        return rectRows(sheet, rect, (cell) => cell?.value ?? '');
      case 'text':
        return rectRows(sheet, rect, (cell) => (cell ? displayText(cell.value, cell.numberFormat) : ''));
      case 'numberFormat':
        return rectRows(sheet, rect, (cell) => cell?.numberFormat ?? 'General');
      default:
        return rectRows(sheet, rect, (cell) => cell?.formula ?? cell?.value ?? '');
    }
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'format') return this.format as ClientObject<unknown>;
    if (name === 'conditionalFormats') return this.conditionalFormats as ClientObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as ClientObject<unknown>;
    return undefined;
  }

  get address(): string {
    return this.value('address');
  }
  get rowCount(): number {
    return this.value('rowCount');
  }
  get columnCount(): number {
    return this.value('columnCount');
  }
  get rowIndex(): number {
    return this.value('rowIndex');
  }
  /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when mixed. */
  get rowHidden(): boolean | null {
    return this.value('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.value('columnHidden');
  }
  /** ExcelApi 1.9: per row of the range, the properties asked for (here `rowIndex` and `rowHidden`). */
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean }): ClientResult<{ rowIndex?: number; rowHidden?: boolean }[]> {
    return this.lineProperties('Range.getRowProperties', (t) => [t.rect.top, t.rect.bottom], (t, r) => ({
      ...(options?.rowIndex ? { rowIndex: r } : {}),
      ...(options?.rowHidden ? { rowHidden: t.sheet.hiddenRows?.has(r) === true } : {}),
    }));
  }
  /** ExcelApi 1.9: per column of the range, `columnIndex` and `columnHidden` as asked. */
  getColumnProperties(options: { columnIndex?: boolean; columnHidden?: boolean }): ClientResult<{ columnIndex?: number; columnHidden?: boolean }[]> {
    return this.lineProperties('Range.getColumnProperties', (t) => [t.rect.left, t.rect.right], (t, c) => ({
      ...(options?.columnIndex ? { columnIndex: c } : {}),
      ...(options?.columnHidden ? { columnHidden: t.sheet.hiddenColumns?.has(c) === true } : {}),
    }));
  }
  /** One entry per row or column of the range (`span` gives the first and last), answered at the next sync. */
  private lineProperties<T>(api: string, span: (t: RangeTarget) => [number, number], entry: (t: RangeTarget, i: number) => T): ClientResult<T[]> {
    this.context.requireApi('1.9', api);
    const result = new ClientResult<T[]>(api);
    this.context.enqueue({
      run: () => {
        const t = this.find();
        if (!t) throw officeError('ItemNotFound', api);
        const [first, last] = span(t);
        const out: T[] = [];
        for (let i = first; i <= last; i++) out.push(entry(t, i));
        return result.answer(out);
      },
    });
    return result;
  }
  get columnIndex(): number {
    return this.value('columnIndex');
  }
  get text(): string[][] {
    return this.value('text');
  }
  get formulas(): unknown[][] {
    return this.value('formulas');
  }
  get values(): (string | number | boolean)[][] {
    return this.value('values');
  }
  set values(v: (string | number | boolean)[][]) {
    this.remember('values', v);
    this.write(({ sheet, rect }) => {
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (v.length !== rows || v.some((line) => line.length !== cols)) throw officeError('InvalidArgument', 'Range.values');
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const at = { row: rect.top + r, col: rect.left + c };
          setCell(sheet, at, typeInto(getCell(sheet, at.row, at.col), v[r][c]));
        }
      }
      raiseChanged(this.context.model, sheet, rect, 'ThisLocalAddin');
    }, v);
  }
  /** ExcelApi 1.7 (see ./review-objects.ts). */
  get hyperlink(): HyperlinkModel | null {
    return this.value('hyperlink');
  }
  set hyperlink(link: HyperlinkModel | null) {
    this.context.requireApi('1.7', 'Range.hyperlink');
    this.remember('hyperlink', link);
    this.write(({ sheet, rect }) => writeHyperlink(sheet, rect, link), link);
  }
  get numberFormat(): string[][] {
    return this.value('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.remember('numberFormat', v);
    this.write(({ sheet, rect }) => {
      grid(rect, (r, c) => setCell(sheet, { row: r, col: c }, { numberFormat: v[r - rect.top]?.[c - rect.left] ?? 'General' }));
    }, v);
  }

  getCell(row: number, column: number): Range {
    return new Range(this.context, () => {
      const t = this.resolveOrThrow();
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }

  /**
   * ExcelApi 1.13. As in Excel, only merged areas whose top-left cell lies in the range are
   * returned, and more than 512 of them make the call fail.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    this.context.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreas(this.context, () => {
      const t = this.find();
      if (!t) return null;
      const areas = mergesStartingIn(t.sheet, t.rect);
      if (areas.length > 512) {
        throw officeError('InvalidOperation', 'Range.getMergedAreasOrNullObject', 'More than 512 merged areas in the range.');
      }
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }

  /** Selects the range. Assumed, like the UI, to need its sheet to be the active one. */
  select(): void {
    this.act(({ sheet, rect }) => {
      if (this.context.model.sheets[this.context.model.activeSheet] !== sheet) throw officeError('InvalidSelection', 'Range.select');
      sheet.selection = { ...rect };
      raiseSelectionChanged(this.context.model, sheet, rect);
    });
  }
}

export class RangeAreas extends FoundObject<AreasTarget> {
  private cfs: ConditionalFormatCollection | undefined;

  constructor(context: StandInContext, find: () => AreasTarget | null) {
    super(context, 'RangeAreas', find);
  }

  get conditionalFormats(): ConditionalFormatCollection {
    this.cfs ??= new ConditionalFormatCollection(this.context, this.find);
    return this.cfs;
  }
  protected override scalarNames(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected override readScalar(name: string, { sheet, areas }: AreasTarget): unknown {
    if (name === 'address') return areas.map((a) => qualify(sheet.name, excelAddress(a))).join(', ');
    if (name === 'areaCount') return areas.length;
    return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === 'conditionalFormats' ? (this.conditionalFormats as ClientObject<unknown>) : undefined;
  }
  private areasProxy: RangeCollection | undefined;
  /** ExcelApi 1.9: the areas as ranges, in the order the address lists them. */
  get areas(): RangeCollection {
    this.areasProxy ??= new RangeCollection(this.context, this.find);
    return this.areasProxy;
  }
  /**
   * ExcelApi 1.9: the used range of each area (the bounding box of its cells with values, with
   * formatting too unless `valuesOnly`), in the areas' order; an area with nothing used is left
   * out. None used at all: a null object, or ItemNotFound from `getUsedRangeAreas`.
   */
  getUsedRangeAreasOrNullObject(valuesOnly = false): RangeAreas {
    this.context.requireApi('1.9', 'RangeAreas.getUsedRangeAreasOrNullObject');
    return new RangeAreas(this.context, () => {
      const t = this.find();
      if (!t) return null;
      const areas = t.areas.map((a) => usedRectIn(t.sheet, a, valuesOnly)).filter((a): a is Rect => a !== undefined);
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }
  getUsedRangeAreas(valuesOnly = false): RangeAreas {
    this.context.requireApi('1.9', 'RangeAreas.getUsedRangeAreas');
    return new RangeAreas(this.context, () => {
      const t = this.resolveOrThrow();
      const areas = t.areas.map((a) => usedRectIn(t.sheet, a, valuesOnly)).filter((a): a is Rect => a !== undefined);
      if (areas.length === 0) throw officeError('ItemNotFound', 'RangeAreas.getUsedRangeAreas');
      return { sheet: t.sheet, areas };
    });
  }
  get address(): string {
    return this.value('address');
  }
  get areaCount(): number {
    return this.value('areaCount');
  }
  get cellCount(): number {
    return this.value('cellCount');
  }
}

/** `RangeAreas.areas`: one Range per area (ExcelApi 1.9); `load('items/text')` reads them all. */
export class RangeCollection extends FoundObject<AreasTarget> {
  private loadedItems: Range[] | undefined;
  constructor(context: StandInContext, find: () => AreasTarget | null) {
    super(context, 'RangeCollection', find);
  }
  get items(): Range[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', this.location);
    return this.loadedItems;
  }
  override collect(paths: string[]): PendingRead {
    const steps = this.collectSteps(paths);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /** One step per area: a sliced sync (the browser preview) may pause between them. */
  override *collectSteps(paths: string[]): Generator<void, PendingRead, void> {
    const t = this.resolveOrThrow();
    const itemPaths = paths.map((p) => (p === 'items' ? '' : p.replace(/^items\//, ''))).filter((p) => p !== '');
    const items = t.areas.map((rect) => new Range(this.context, () => ({ sheet: t.sheet, rect })));
    const reads: PendingRead[] = [];
    for (const r of items) {
      yield;
      reads.push(r.collect(itemPaths));
    }
    const all = combine(reads);
    // The items' bytes count towards the response, as in Excel (a few bytes more for the list itself).
    return { bytes: 2 + all.bytes, commit: () => ((this.loadedItems = items), all.commit()) };
  }
}

// ---------------------------------------------------------------------------------------------
// Cell formats (direct formatting)

export class RangeFormat extends FoundObject<RangeTarget> {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: layout.RangeBorderCollection;
  constructor(context: StandInContext, find: () => RangeTarget | null) {
    super(context, 'RangeFormat', find);
    this.fill = new RangeFill(context, find);
    this.font = new RangeFont(context, find);
    this.borders = new layout.RangeBorderCollection(context, find);
  }
  protected override scalarNames(): string[] {
    return ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight'];
  }
  protected override readScalar(name: string, t: RangeTarget): unknown {
    if (name === 'columnWidth') return layout.readColumnWidth(t);
    if (name === 'rowHeight') return layout.readRowHeight(t);
    return layout.readAlignment(t, name as layout.AlignmentKey);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as ClientObject<unknown>;
    if (name === 'font') return this.font as ClientObject<unknown>;
    if (name === 'borders') return this.borders as ClientObject<unknown>;
    return undefined;
  }
  // Alignment, wrapping and sizes: the checks and the model changes are in ./layout.ts.
  private setLayout(name: string, value: unknown, apply: (t: RangeTarget) => void): void {
    this.remember(name, value);
    this.write(apply);
  }
  get horizontalAlignment(): string {
    return this.value('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setLayout('horizontalAlignment', v, (t) => layout.writeAlignment(t, 'horizontalAlignment', v));
  }
  get verticalAlignment(): string {
    return this.value('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setLayout('verticalAlignment', v, (t) => layout.writeAlignment(t, 'verticalAlignment', v));
  }
  get wrapText(): boolean {
    return this.value('wrapText');
  }
  set wrapText(v: boolean) {
    this.setLayout('wrapText', v, (t) => layout.writeAlignment(t, 'wrapText', v));
  }
  get columnWidth(): number {
    return this.value('columnWidth');
  }
  set columnWidth(v: number) {
    this.setLayout('columnWidth', v, (t) => layout.writeColumnWidth(t, v));
  }
  get rowHeight(): number {
    return this.value('rowHeight');
  }
  set rowHeight(v: number) {
    this.setLayout('rowHeight', v, (t) => layout.writeRowHeight(t, v));
  }
}

/** One value for the whole range, or null when the cells differ (as Excel reports mixed formats). */
function uniform<V>({ sheet, rect }: RangeTarget, f: (cell: CellModel | undefined) => V): V | null {
  let first: V | undefined;
  let seen = false;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = f(sheet.cells.get(cellKey(r, c)));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first ?? null;
}

function forEachCell({ sheet, rect }: RangeTarget, f: (cell: CellModel) => Partial<CellModel>): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const at = { row: r, col: c };
      setCell(sheet, at, f(getCell(sheet, r, c) ?? { value: null }));
    }
  }
}

export class RangeFill extends FoundObject<RangeTarget> {
  constructor(context: StandInContext, find: () => RangeTarget | null) {
    super(context, 'RangeFill', find);
  }
  protected override scalarNames(): string[] {
    return ['color'];
  }
  protected override readScalar(_name: string, t: RangeTarget): unknown {
    return uniform(t, (cell) => cell?.style?.fill?.color ?? '#FFFFFF');
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.remember('color', v);
    this.write((t) => forEachCell(t, (cell) => ({ style: { ...cell.style, fill: { color: v.toUpperCase() } } })));
  }
  clear(): void {
    this.write((t) =>
      forEachCell(t, (cell) => {
        const style = { ...cell.style };
        delete style.fill;
        return { style };
      }),
    );
  }
}

type FontKey = 'name' | 'size' | 'bold' | 'italic' | 'color';

export class RangeFont extends FoundObject<RangeTarget> {
  constructor(context: StandInContext, find: () => RangeTarget | null) {
    super(context, 'RangeFont', find);
  }
  protected override scalarNames(): string[] {
    return ['name', 'size', 'bold', 'italic', 'color'];
  }
  protected override readScalar(name: string, t: RangeTarget): unknown {
    const defaults = { name: 'Calibri', size: 11, bold: false, italic: false, color: '#000000' };
    const key = name as FontKey;
    return uniform(t, (cell) => cell?.style?.font?.[key] ?? defaults[key]);
  }
  private setFont(key: FontKey, v: string | number | boolean): void {
    this.remember(key, v);
    this.write((t) => forEachCell(t, (cell) => ({ style: { ...cell.style, font: { ...cell.style?.font, [key]: v } } })));
  }
  get name(): string {
    return this.value('name');
  }
  set name(v: string) {
    this.setFont('name', v);
  }
  get size(): number {
    return this.value('size');
  }
  set size(v: number) {
    this.setFont('size', v);
  }
  get bold(): boolean {
    return this.value('bold');
  }
  set bold(v: boolean) {
    this.setFont('bold', v);
  }
  get italic(): boolean {
    return this.value('italic');
  }
  set italic(v: boolean) {
    this.setFont('italic', v);
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.setFont('color', v);
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats (ExcelApi 1.6)

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** The conditional formats that intersect the range (or areas), in priority order. */
export class ConditionalFormatCollection extends FoundObject<AreasTarget> {
  private loadedItems: ConditionalFormat[] | undefined;

  constructor(context: StandInContext, find: () => AreasTarget | null) {
    super(context, 'ConditionalFormatCollection', find);
    context.requireApi('1.6', 'Range.conditionalFormats');
  }

  private members(t: AreasTarget): ConditionalFormatModel[] {
    return t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))));
  }

  get items(): ConditionalFormat[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', this.location);
    return this.loadedItems;
  }

  override collect(paths: string[]): PendingRead {
    const t = this.resolveOrThrow();
    const itemPaths = paths.map((p) => (p === 'items' ? '' : p.replace(/^items\//, ''))).filter((p) => p !== '');
    const items = this.members(t).map((cf) => new ConditionalFormat(this.context, () => (t.sheet.conditionalFormats.includes(cf) ? { sheet: t.sheet, cf } : null)));
    const reads = items.map((i) => i.collect(itemPaths));
    return { bytes: 2, commit: () => ((this.loadedItems = items), combine(reads).commit()) };
  }

  /** By the format's id (what Office.js's indexer sends for an item of a loaded collection). */
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, () => {
      const t = this.resolveOrThrow();
      const cf = t.sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw officeError('ItemNotFound', `ConditionalFormatCollection.getItem(${id})`);
      return { sheet: t.sheet, cf };
    });
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, () => {
      const t = this.resolveOrThrow();
      const cf = this.members(t)[index];
      if (!cf) throw officeError('ItemNotFound', 'ConditionalFormatCollection.getItemAt');
      return { sheet: t.sheet, cf };
    });
  }

  /** Adds a format at the top priority. Only `Custom` rules are modelled in full. */
  add(type: string): ConditionalFormat {
    let created: ConditionalFormatModel | undefined;
    this.write((t) => {
      const wb = this.context.model;
      created = { id: `{CF-${String(wb.nextId++).padStart(6, '0')}}`, type, areas: t.areas.map((a) => ({ ...a })), stopIfTrue: false };
      t.sheet.conditionalFormats.unshift(created);
    });
    return new ConditionalFormat(this.context, () => {
      const t = this.resolveOrThrow();
      if (!created) throw officeError('ItemNotFound', 'ConditionalFormat');
      return t.sheet.conditionalFormats.includes(created) ? { sheet: t.sheet, cf: created } : null;
    });
  }

  clearAll(): void {
    this.write((t) => {
      const doomed = new Set(this.members(t));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
    });
  }
}

export class ConditionalFormat extends FoundObject<CfTarget> {
  readonly custom: CustomConditionalFormat;
  readonly customOrNullObject: CustomConditionalFormat;

  constructor(context: StandInContext, find: () => CfTarget | null) {
    super(context, 'ConditionalFormat', find);
    const customOf = (orNull: boolean) => (): CfTarget | null => {
      const t = this.resolveOrThrow();
      if (t.cf.type === 'Custom') return t;
      if (orNull) return null;
      throw officeError('InvalidOperation', 'ConditionalFormat.custom');
    };
    this.custom = new CustomConditionalFormat(context, customOf(false));
    this.customOrNullObject = new CustomConditionalFormat(context, customOf(true));
  }
  protected override scalarNames(): string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }
  protected override readScalar(name: string, { sheet, cf }: CfTarget): unknown {
    if (name === 'id') return cf.id;
    if (name === 'type') return cf.type;
    if (name === 'priority') return sheet.conditionalFormats.indexOf(cf);
    return cf.stopIfTrue;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'custom') return this.custom as ClientObject<unknown>;
    if (name === 'customOrNullObject') return this.customOrNullObject as ClientObject<unknown>;
    return undefined;
  }
  get id(): string {
    return this.value('id');
  }
  get type(): string {
    return this.value('type');
  }
  get priority(): number {
    return this.value('priority');
  }
  set priority(p: number) {
    this.remember('priority', p);
    this.write(({ sheet, cf }) => {
      const list = sheet.conditionalFormats.filter((x) => x !== cf);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, cf);
      sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this.value('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this.remember('stopIfTrue', v);
    this.write(({ cf }) => (cf.stopIfTrue = v));
  }
  delete(): void {
    this.write(({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

/** A custom conditional format: its rule (formula) and format (fill, font colour). */
export class CustomConditionalFormat extends FoundObject<CfTarget> {
  readonly rule: ConditionalFormatRule;
  readonly format: ConditionalRangeFormat;
  constructor(context: StandInContext, find: () => CfTarget | null) {
    super(context, 'CustomConditionalFormat', find);
    this.rule = new ConditionalFormatRule(context, find);
    this.format = new ConditionalRangeFormat(context, find);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'rule') return this.rule as ClientObject<unknown>;
    if (name === 'format') return this.format as ClientObject<unknown>;
    return undefined;
  }
}

export class ConditionalFormatRule extends FoundObject<CfTarget> {
  constructor(context: StandInContext, find: () => CfTarget | null) {
    super(context, 'ConditionalFormatRule', find);
  }
  protected override scalarNames(): string[] {
    return ['formula'];
  }
  protected override readScalar(_name: string, { cf }: CfTarget): unknown {
    return cf.formula ?? '';
  }
  get formula(): string {
    return this.value('formula');
  }
  set formula(v: string) {
    this.remember('formula', v);
    this.write(({ cf }) => {
      if (!v.startsWith('=')) throw officeError('InvalidArgument', 'ConditionalFormatRule.formula');
      cf.formula = v;
    }, v);
  }
}

export class ConditionalRangeFormat extends FoundObject<CfTarget> {
  readonly fill: ConditionalFill;
  readonly font: ConditionalFont;
  constructor(context: StandInContext, find: () => CfTarget | null) {
    super(context, 'ConditionalRangeFormat', find);
    this.fill = new ConditionalFill(context, find);
    this.font = new ConditionalFont(context, find);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as ClientObject<unknown>;
    if (name === 'font') return this.font as ClientObject<unknown>;
    return undefined;
  }
}

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

export class ConditionalFill extends FoundObject<CfTarget> {
  constructor(context: StandInContext, find: () => CfTarget | null) {
    super(context, 'ConditionalFill', find);
  }
  protected override scalarNames(): string[] {
    return ['color'];
  }
  protected override readScalar(_name: string, { cf }: CfTarget): unknown {
    return cf.fillColor ?? null;
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.remember('color', v);
    this.write(({ cf }) => {
      if (!HEX_COLOR.test(v)) throw officeError('InvalidArgument', 'ConditionalFill.color');
      cf.fillColor = v.toUpperCase();
    });
  }
}

export class ConditionalFont extends FoundObject<CfTarget> {
  constructor(context: StandInContext, find: () => CfTarget | null) {
    super(context, 'ConditionalFont', find);
  }
  protected override scalarNames(): string[] {
    return ['color'];
  }
  protected override readScalar(_name: string, { cf }: CfTarget): unknown {
    return cf.fontColor ?? null;
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.remember('color', v);
    this.write(({ cf }) => {
      if (!HEX_COLOR.test(v)) throw officeError('InvalidArgument', 'ConditionalFont.color');
      cf.fontColor = v.toUpperCase();
    });
  }
}

/** The request context object handed to a batch: `context.workbook` and `context.sync()`. */
/**
 * `context.trackedObjects`: which objects Excel keeps a reference to between the syncs of a batch.
 * The stand-in keeps every object usable (it resolves an object's path again at each sync), so
 * tracking changes nothing here; it counts what the add-in untracks, for tests.
 */
export class TrackedObjects {
  removed = 0;
  added = 0;
  add(objects: ClientObject<unknown> | ClientObject<unknown>[]): void {
    this.added += Array.isArray(objects) ? objects.length : 1;
  }
  remove(objects: ClientObject<unknown> | ClientObject<unknown>[]): void {
    this.removed += Array.isArray(objects) ? objects.length : 1;
  }
}

export class RequestContext {
  readonly workbook: Workbook;
  readonly trackedObjects = new TrackedObjects();
  constructor(private readonly inner: StandInContext) {
    this.workbook = new Workbook(inner);
  }
  sync(): Promise<void> {
    return this.inner.sync();
  }
}

export type { CellValue };
