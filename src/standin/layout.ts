/**
 * Layout parts of the stand-in that the template insertion uses, with Excel's checks:
 * - `Worksheet.pageLayout` (ExcelApi 1.9): paper size, orientation, zoom / fit to pages, print area;
 * - `RangeFormat.borders` (1.1) and alignment, wrap, column width and row height (1.1, in points);
 * - `Range.merge` (1.2), `WorksheetCollection.add` (1.1), `Worksheet.visibility` (1.1),
 *   `Workbook.protection` (1.7).
 * Objects here extend ./client's base; ./objects.ts wires them in with a line or two each.
 */
import { parseA1, type Rect } from '../core/engine/grid';
import { ClientObject, FoundObject } from './client';
import type { StandInContext } from './context';
import { officeError } from './errors';
import {
  addSheet,
  contains,
  findSheet,
  getCell,
  intersects,
  setCell,
  type BorderEdge,
  type BorderModel,
  type CellModel,
  type CellStyle,
  type PageLayoutModel,
  type SheetModel,
  type SheetVisibility,
  type WorkbookModel,
} from './model';

export interface CellsTarget {
  sheet: SheetModel;
  rect: Rect;
}

function invalid(location: string, message?: string): never {
  throw officeError('InvalidArgument', location, message);
}

function eachCell({ sheet, rect }: CellsTarget, f: (cell: CellModel | undefined, row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(getCell(sheet, r, c), r, c);
}

function styleCell(sheet: SheetModel, row: number, col: number, change: (style: CellStyle) => CellStyle): void {
  const next = change({ ...getCell(sheet, row, col)?.style });
  setCell(sheet, { row, col }, { style: Object.keys(next).length > 0 ? next : undefined });
}

/** The value shared by every cell, or null when they differ (Excel's answer for mixed formats). */
function uniform<V>(t: CellsTarget, f: (cell: CellModel | undefined, row: number, col: number) => V): V | null {
  let first: V | undefined;
  let seen = false;
  let mixed = false;
  eachCell(t, (cell, r, c) => {
    const v = f(cell, r, c);
    if (!seen) [first, seen] = [v, true];
    else if (v !== first) mixed = true;
  });
  return mixed ? null : (first ?? null);
}

// ---------------------------------------------------------------------------------------------
// Worksheets: add, visibility

/** Characters Excel does not allow in a sheet name. */
const BAD_SHEET_CHARS = /[\\/?*[\]:]/;

export function checkSheetName(name: string, location: string): void {
  if (name.trim() === '' || name.length > 31 || BAD_SHEET_CHARS.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
    invalid(location, `"${name}" is not a valid sheet name.`);
  }
}

/** `WorksheetCollection.add`: at the end, not activated, `Sheet<n>` when no name is given. */
export function addWorksheet(wb: WorkbookModel, name: string | undefined, location = 'WorksheetCollection.add'): SheetModel {
  if (wb.protection?.protected) throw officeError('AccessDenied', location);
  let chosen = name;
  if (chosen === undefined) {
    let n = wb.sheets.length + 1;
    while (findSheet(wb, `Sheet${n}`)) n++;
    chosen = `Sheet${n}`;
  }
  checkSheetName(chosen, location);
  if (findSheet(wb, chosen)) throw officeError('ItemAlreadyExists', location, `A sheet named "${chosen}" already exists.`);
  return addSheet(wb, chosen);
}

const VISIBILITIES: readonly SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export function setVisibility(wb: WorkbookModel, sheet: SheetModel, v: SheetVisibility): void {
  if (!VISIBILITIES.includes(v)) invalid('Worksheet.visibility');
  if (wb.protection?.protected) throw officeError('AccessDenied', 'Worksheet.visibility');
  const othersVisible = wb.sheets.some((s) => s !== sheet && (s.visibility ?? 'Visible') === 'Visible');
  if (v !== 'Visible' && !othersVisible) throw officeError('InvalidOperation', 'Worksheet.visibility', 'A workbook must keep at least one visible sheet.');
  if (v === 'Visible') delete sheet.visibility;
  else sheet.visibility = v;
  // Hiding the active sheet makes the next visible one active, as Excel does.
  if (v !== 'Visible' && wb.sheets[wb.activeSheet] === sheet) {
    wb.activeSheet = wb.sheets.findIndex((s) => (s.visibility ?? 'Visible') === 'Visible');
  }
}

// ---------------------------------------------------------------------------------------------
// Merging

/**
 * `Range.merge(across)`: merged areas wholly inside are absorbed; one that sticks out fails
 * (InvalidOperation); every value but the top-left one of each new area is cleared, as Excel does.
 */
export function mergeRange({ sheet, rect }: CellsTarget, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ top: rect.top + i, left: rect.left, bottom: rect.top + i, right: rect.right }))
    : [rect];
  const wanted = areas.filter((a) => a.bottom > a.top || a.right > a.left);
  if (sheet.merges.some((m) => intersects(m, rect) && !contains(rect, m))) {
    throw officeError('InvalidOperation', 'Range.merge', 'The range overlaps part of a merged area.');
  }
  sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  for (const a of wanted) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        if ((r !== a.top || c !== a.left) && getCell(sheet, r, c)) setCell(sheet, { row: r, col: c }, { value: null, formula: undefined });
      }
    }
    sheet.merges.push({ ...a });
  }
}

// ---------------------------------------------------------------------------------------------
// Alignment, wrap, column widths, row heights

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
/** Excel's defaults (Calibri 11): 8.43 characters = 64 px = 48 pt wide, 15 pt high. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
const MAX_COLUMN_WIDTH = 1800;
const MAX_ROW_HEIGHT = 409.5;

export type AlignmentKey = 'horizontalAlignment' | 'verticalAlignment' | 'wrapText';

export function readAlignment(t: CellsTarget, key: AlignmentKey): unknown {
  if (key === 'wrapText') return uniform(t, (cell) => cell?.style?.alignment?.wrapText ?? false);
  if (key === 'horizontalAlignment') return uniform(t, (cell) => cell?.style?.alignment?.horizontal ?? 'General');
  return uniform(t, (cell) => cell?.style?.alignment?.vertical ?? 'Bottom');
}

export function writeAlignment(t: CellsTarget, key: AlignmentKey, value: unknown): void {
  const location = `RangeFormat.${key}`;
  if (key === 'wrapText' && typeof value !== 'boolean') invalid(location);
  if (key === 'horizontalAlignment' && !HORIZONTAL.includes(String(value))) invalid(location);
  if (key === 'verticalAlignment' && !VERTICAL.includes(String(value))) invalid(location);
  const field = key === 'wrapText' ? 'wrapText' : key === 'horizontalAlignment' ? 'horizontal' : 'vertical';
  eachCell(t, (_cell, r, c) => styleCell(t.sheet, r, c, (style) => ({ ...style, alignment: { ...style.alignment, [field]: value } })));
}

export function readColumnWidth({ sheet, rect }: CellsTarget): number | null {
  const widths = new Set<number>();
  for (let c = rect.left; c <= rect.right; c++) widths.add(sheet.columnWidths?.get(c) ?? DEFAULT_COLUMN_WIDTH);
  return widths.size === 1 ? [...widths][0] : null;
}

export function readRowHeight({ sheet, rect }: CellsTarget): number | null {
  const heights = new Set<number>();
  for (let r = rect.top; r <= rect.bottom; r++) heights.add(sheet.rowHeights?.get(r) ?? DEFAULT_ROW_HEIGHT);
  return heights.size === 1 ? [...heights][0] : null;
}

export function writeColumnWidth({ sheet, rect }: CellsTarget, points: unknown): void {
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > MAX_COLUMN_WIDTH) invalid('RangeFormat.columnWidth');
  const map = (sheet.columnWidths ??= new Map());
  for (let c = rect.left; c <= rect.right; c++) map.set(c, points);
}

export function writeRowHeight({ sheet, rect }: CellsTarget, points: unknown): void {
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > MAX_ROW_HEIGHT) invalid('RangeFormat.rowHeight');
  const map = (sheet.rowHeights ??= new Map());
  for (let r = rect.top; r <= rect.bottom; r++) map.set(r, points);
}

// ---------------------------------------------------------------------------------------------
// Borders

export type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';
const BORDER_INDEXES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

/** Office's line style + weight as the file stores it (`thin`, `mediumDashed` …). */
export function fileBorderStyle(style: string, weight: string): string {
  switch (style) {
    case 'Continuous':
      return { Hairline: 'hair', Thin: 'thin', Medium: 'medium', Thick: 'thick' }[weight] ?? 'thin';
    case 'Dash':
      return weight === 'Medium' || weight === 'Thick' ? 'mediumDashed' : 'dashed';
    case 'DashDot':
      return weight === 'Medium' || weight === 'Thick' ? 'mediumDashDot' : 'dashDot';
    case 'DashDotDot':
      return weight === 'Medium' || weight === 'Thick' ? 'mediumDashDotDot' : 'dashDotDot';
    case 'Dot':
      return 'dotted';
    case 'Double':
      return 'double';
    default:
      return 'slantDashDot';
  }
}

/** The file's style as Office's line style and weight. */
export function officeBorderStyle(file: string | undefined): { style: string; weight: string } {
  const table: Record<string, [string, string]> = {
    hair: ['Continuous', 'Hairline'],
    thin: ['Continuous', 'Thin'],
    medium: ['Continuous', 'Medium'],
    thick: ['Continuous', 'Thick'],
    dashed: ['Dash', 'Thin'],
    mediumDashed: ['Dash', 'Medium'],
    dashDot: ['DashDot', 'Thin'],
    mediumDashDot: ['DashDot', 'Medium'],
    dashDotDot: ['DashDotDot', 'Thin'],
    mediumDashDotDot: ['DashDotDot', 'Medium'],
    dotted: ['Dot', 'Thin'],
    double: ['Double', 'Thick'],
    slantDashDot: ['SlantDashDot', 'Medium'],
  };
  const [style, weight] = (file && table[file]) ?? ['None', 'Thin'];
  return { style, weight };
}

/** The cell edges one Office border index stands for: [row, col, edge] triples. */
function edgesOf(rect: Rect, index: BorderIndex): [number, number, BorderEdge][] {
  const out: [number, number, BorderEdge][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (index === 'EdgeTop' && r === rect.top) out.push([r, c, 'top']);
      if (index === 'EdgeBottom' && r === rect.bottom) out.push([r, c, 'bottom']);
      if (index === 'EdgeLeft' && c === rect.left) out.push([r, c, 'left']);
      if (index === 'EdgeRight' && c === rect.right) out.push([r, c, 'right']);
      // An inside line is both cells' edge, as Excel shows it from either side.
      if (index === 'InsideHorizontal' && r < rect.bottom) out.push([r, c, 'bottom'], [r + 1, c, 'top']);
      if (index === 'InsideVertical' && c < rect.right) out.push([r, c, 'right'], [r, c + 1, 'left']);
    }
  }
  return out;
}

interface BorderTarget extends CellsTarget {
  index: BorderIndex;
}

export class RangeBorderCollection extends FoundObject<CellsTarget> {
  constructor(context: StandInContext, find: () => CellsTarget | null) {
    super(context, 'RangeBorderCollection', find);
  }
  getItem(index: BorderIndex): RangeBorder {
    return new RangeBorder(this.context, () => {
      if (!BORDER_INDEXES.includes(index)) invalid('RangeBorderCollection.getItem');
      const t = this.find();
      return t ? { ...t, index } : null;
    });
  }
}

export class RangeBorder extends FoundObject<BorderTarget> {
  constructor(context: StandInContext, find: () => BorderTarget | null) {
    super(context, 'RangeBorder', find);
  }
  protected override scalarNames(): string[] {
    return ['sideIndex', 'style', 'weight', 'color'];
  }
  protected override readScalar(name: string, t: BorderTarget): unknown {
    if (name === 'sideIndex') return t.index;
    const edges = edgesOf(t.rect, t.index).map(([r, c, e]) => getCell(t.sheet, r, c)?.style?.borders?.[e]);
    const values = new Set(
      edges.map((b) => {
        if (name === 'color') return b?.color ?? '#000000';
        const o = officeBorderStyle(b?.style);
        return name === 'style' ? o.style : o.weight;
      }),
    );
    return values.size === 1 ? [...values][0] : null;
  }

  /** Checks the input at sync (where Excel fails) and changes every edge the index stands for. */
  private change(check: () => void, f: (before: BorderModel | undefined) => BorderModel | undefined): void {
    this.write((t) => {
      check();
      for (const [r, c, edge] of edgesOf(t.rect, t.index)) {
        styleCell(t.sheet, r, c, (style) => {
          const borders = { ...style.borders };
          const next = f(borders[edge]);
          if (next) borders[edge] = next;
          else delete borders[edge];
          const out: CellStyle = { ...style, borders };
          if (Object.keys(borders).length === 0) delete out.borders;
          return out;
        });
      }
    });
  }

  get style(): string {
    return this.value('style');
  }
  set style(v: string) {
    this.remember('style', v);
    const check = () => {
      if (!LINE_STYLES.includes(v)) invalid('RangeBorder.style');
    };
    this.change(check, (b) => {
      if (v === 'None') return undefined;
      return { ...b, style: fileBorderStyle(v, officeBorderStyle(b?.style).weight) };
    });
  }
  get weight(): string {
    return this.value('weight');
  }
  set weight(v: string) {
    this.remember('weight', v);
    const check = () => {
      if (!WEIGHTS.includes(v)) invalid('RangeBorder.weight');
    };
    // Setting a weight where there is no line draws a continuous one, as Excel does.
    this.change(check, (b) => ({ ...b, style: fileBorderStyle(b ? officeBorderStyle(b.style).style : 'Continuous', v) }));
  }
  get color(): string {
    return this.value('color');
  }
  set color(v: string) {
    this.remember('color', v);
    const check = () => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) invalid('RangeBorder.color');
    };
    this.change(check, (b) => ({ style: b?.style ?? 'thin', color: v.toUpperCase() }));
  }
}

// ---------------------------------------------------------------------------------------------
// Page layout (ExcelApi 1.9)

const PAPER_TYPES = ['A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Folio', 'Ledger', 'Legal', 'Letter', 'Note', 'Quatro', 'Statement', 'Tabloid'];

export class WorksheetPageLayout extends ClientObject<SheetModel> {
  constructor(
    context: StandInContext,
    private readonly find: () => SheetModel | null,
  ) {
    super(context, 'PageLayout');
    context.requireApi('1.9', 'Worksheet.pageLayout');
  }
  protected resolve(): SheetModel | null {
    return this.find();
  }
  protected override scalarNames(): string[] {
    return ['paperSize', 'orientation', 'zoom'];
  }
  protected override readScalar(name: string, sheet: SheetModel): unknown {
    const p: PageLayoutModel = sheet.pageLayout ?? {};
    if (name === 'paperSize') return p.paperSize ?? 'Letter';
    if (name === 'orientation') return p.orientation ?? 'Portrait';
    return p.zoom ?? { scale: 100 };
  }
  protected sheetOf(sheet: SheetModel): SheetModel {
    return sheet;
  }

  private set<K extends keyof PageLayoutModel>(key: K, value: PageLayoutModel[K], check: () => void): void {
    this.remember(key, value);
    this.write((sheet) => {
      check();
      sheet.pageLayout = { ...sheet.pageLayout, [key]: value };
    }, value);
  }

  get paperSize(): string {
    return this.value('paperSize');
  }
  set paperSize(v: string) {
    this.set('paperSize', v, () => {
      if (!PAPER_TYPES.includes(v)) invalid('PageLayout.paperSize');
    });
  }
  get orientation(): 'Portrait' | 'Landscape' {
    return this.value('orientation');
  }
  set orientation(v: 'Portrait' | 'Landscape') {
    this.set('orientation', v, () => {
      if (v !== 'Portrait' && v !== 'Landscape') invalid('PageLayout.orientation');
    });
  }
  get zoom(): NonNullable<PageLayoutModel['zoom']> {
    return this.value('zoom');
  }
  set zoom(v: NonNullable<PageLayoutModel['zoom']>) {
    this.set('zoom', { ...v }, () => {
      const { scale, horizontalFitToPages: h, verticalFitToPages: w } = v;
      const fit = h !== undefined || w !== undefined;
      if (scale !== undefined && (fit || scale < 10 || scale > 400)) invalid('PageLayout.zoom');
      for (const n of [h, w]) if (n !== undefined && (!Number.isInteger(n) || n < 0)) invalid('PageLayout.zoom');
    });
  }
  /** Takes an address list (`A1:G20` or `A1:B2,D4`); Office also takes Range objects. */
  setPrintArea(address: string): void {
    this.write((sheet) => {
      if (typeof address !== 'string') invalid('PageLayout.setPrintArea', 'The stand-in takes the print area as an address.');
      let areas: Rect[];
      try {
        areas = address.split(',').map((a) => parseA1(a.trim()));
      } catch {
        return invalid('PageLayout.setPrintArea');
      }
      sheet.pageLayout = { ...sheet.pageLayout, printArea: areas };
    }, address);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook protection (ExcelApi 1.7)

export class WorkbookProtection extends ClientObject<WorkbookModel> {
  constructor(context: StandInContext) {
    super(context, 'WorkbookProtection');
    context.requireApi('1.7', 'Workbook.protection');
  }
  protected resolve(): WorkbookModel {
    return this.context.model;
  }
  protected override scalarNames(): string[] {
    return ['protected'];
  }
  protected override readScalar(_name: string, wb: WorkbookModel): unknown {
    return wb.protection?.protected ?? false;
  }
  protected sheetOf(): undefined {
    return undefined;
  }
  get protected(): boolean {
    return this.value('protected');
  }
  protect(): void {
    this.act((wb) => (wb.protection = { protected: true }));
  }
  unprotect(): void {
    this.act((wb) => (wb.protection = { protected: false }));
  }
}
