/**
 * Parts of the stand-in the review workflow's report sheet uses: frozen panes
 * (`Worksheet.freezePanes`, ExcelApi 1.7) and cell links (`Range.hyperlink`, ExcelApi 1.7), with
 * Office's checks (a link needs an address or a document reference; freezing needs a count of rows
 * or columns within the sheet).
 */
import { parseA1, type Rect } from '../core/engine/grid';
import { ClientObject } from './client';
import type { StandInContext } from './context';
import { officeError } from './errors';
import { MAX_COLS, MAX_ROWS, findSheet, getCell, setCell, type CellModel, type SheetModel } from './model';

export type HyperlinkModel = NonNullable<CellModel['hyperlink']>;

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  constructor(
    context: StandInContext,
    private readonly find: () => SheetModel | null,
  ) {
    super(context, 'WorksheetFreezePanes');
    context.requireApi('1.7', 'Worksheet.freezePanes');
  }
  protected resolve(): SheetModel | null {
    return this.find();
  }
  protected sheetOf(sheet: SheetModel): SheetModel {
    return sheet;
  }
  freezeRows(count = 1): void {
    this.write((sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw officeError('InvalidArgument', 'WorksheetFreezePanes.freezeRows');
      sheet.frozen = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.write((sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLS) throw officeError('InvalidArgument', 'WorksheetFreezePanes.freezeColumns');
      sheet.frozen = { rows: 0, columns: count };
    });
  }
  unfreeze(): void {
    this.write((sheet) => {
      delete sheet.frozen;
    });
  }
}

/** The link of a range's top-left cell, as Range.hyperlink reads it. */
export function readHyperlink(sheet: SheetModel, rect: Rect): HyperlinkModel | null {
  return getCell(sheet, rect.top, rect.left)?.hyperlink ?? null;
}

/**
 * Sets a link on every cell of the range. Office takes `address` (a URL) or `documentReference`
 * (`'Sheet'!A1` inside the workbook) and shows `textToDisplay` as the cell's value.
 */
export function writeHyperlink(sheet: SheetModel, rect: Rect, link: HyperlinkModel | null): void {
  if (link !== null && !link.address && !link.documentReference) throw officeError('InvalidArgument', 'Range.hyperlink');
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = getCell(sheet, r, c);
      if (link === null) {
        if (cell) delete cell.hyperlink;
        continue;
      }
      const patch: Partial<CellModel> = { hyperlink: { ...link } };
      if (link.textToDisplay !== undefined) patch.value = link.textToDisplay;
      setCell(sheet, { row: r, col: c }, patch);
    }
  }
}

/**
 * Where an in-workbook link leads: its sheet and rectangle, or undefined when the reference does
 * not name an existing sheet and a valid address (what clicking it in Excel would do).
 */
export function followLink(sheets: readonly SheetModel[], documentReference: string): { sheet: SheetModel; rect: Rect } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(documentReference.trim());
  if (!m) return undefined;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = findSheet({ sheets: [...sheets], activeSheet: 0, nextId: 0 }, name);
  if (!sheet) return undefined;
  try {
    return { sheet, rect: parseA1(m[3]) };
  } catch {
    return undefined;
  }
}
