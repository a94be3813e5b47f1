/**
 * `Workbook.names` of the stand-in: workbook-scoped defined names (ExcelApi 1.1; `add` and
 * `getItemOrNullObject` 1.4, `formula` 1.7), kept in `WorkbookModel.names`. Names follow Excel's
 * rules: unique regardless of case, a letter, `_` or `\` first, no spaces, not a cell reference.
 *
 * Limitation: `add` takes the reference as a string (`=Sheet1!$A$1:$A$3`); Office also accepts a
 * Range object, which no caller here uses.
 */
import { ClientObject, combine } from './client';
import type { PendingRead, StandInContext } from './context';
import { officeError, propertyNotLoaded } from './errors';
import type { NamedItemModel, SheetModel, WorkbookModel } from './model';

const NAME_CHARS = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
/** A1 (`AB12`) or R1C1 (`R`, `C`, `R2C3`) references are not names. */
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;

export function isValidName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && NAME_CHARS.test(name) && !CELL_LIKE.test(name);
}

function findName(wb: WorkbookModel, name: string): NamedItemModel | undefined {
  const lower = name.toLowerCase();
  return wb.names?.find((n) => n.name.toLowerCase() === lower);
}

export class NamedItemCollection extends ClientObject<WorkbookModel> {
  private loadedItems: NamedItem[] | undefined;

  constructor(context: StandInContext) {
    super(context, 'NamedItemCollection');
  }
  protected resolve(): WorkbookModel {
    return this.context.model;
  }
  protected sheetOf(): undefined {
    return undefined;
  }

  get items(): NamedItem[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', this.location);
    return this.loadedItems;
  }

  override collect(paths: string[]): PendingRead {
    const itemPaths = paths.map((p) => (p === 'items' ? '' : p.replace(/^items\//, ''))).filter((p) => p !== '');
    const items = (this.context.model.names ?? []).map((n) => new NamedItem(this.context, () => n));
    const reads = items.map((i) => i.collect(itemPaths));
    return { bytes: 2, commit: () => ((this.loadedItems = items), combine(reads).commit()) };
  }

  /** ExcelApi 1.4. Fails at sync with InvalidArgument (bad name or reference) or ItemAlreadyExists. */
  add(name: string, reference: string, comment = ''): NamedItem {
    this.context.requireApi('1.4', 'NamedItemCollection.add');
    let created: NamedItemModel | undefined;
    this.context.enqueue({
      requestBytes: name.length + String(reference).length,
      run: () => {
        const wb = this.context.model;
        if (typeof name !== 'string' || !isValidName(name)) throw officeError('InvalidArgument', 'NamedItemCollection.add', `"${name}" is not a valid name.`);
        if (typeof reference !== 'string' || reference.trim() === '' || reference.trim() === '=') {
          throw officeError('InvalidArgument', 'NamedItemCollection.add', 'The reference must be a formula such as =Sheet1!$A$1:$A$3.');
        }
        if (findName(wb, name)) throw officeError('ItemAlreadyExists', 'NamedItemCollection.add', `The name "${name}" already exists.`);
        const formula = reference.startsWith('=') ? reference : `=${reference}`;
        created = { name, formula, visible: true, comment };
        (wb.names ??= []).push(created);
      },
    });
    return new NamedItem(this.context, () => {
      if (!created) throw officeError('ItemNotFound', 'NamedItem');
      return this.context.model.names?.includes(created) ? created : null;
    });
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, () => {
      const n = findName(this.context.model, name);
      if (!n) throw officeError('ItemNotFound', `NamedItemCollection.getItem(${name})`);
      return n;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): NamedItem {
    this.context.requireApi('1.4', 'NamedItemCollection.getItemOrNullObject');
    return new NamedItem(this.context, () => findName(this.context.model, name) ?? null);
  }
}

export class NamedItem extends ClientObject<NamedItemModel> {
  constructor(
    context: StandInContext,
    private readonly find: () => NamedItemModel | null,
  ) {
    super(context, 'NamedItem');
  }
  protected resolve(): NamedItemModel | null {
    return this.find();
  }
  protected override scalarNames(): string[] {
    // Office's `value` is left out: the base class's `value()` reads loaded properties.
    return ['name', 'type', 'formula', 'visible', 'comment'];
  }
  protected override readScalar(name: string, n: NamedItemModel): unknown {
    const isRange = /^=(?:'[^']+(?:''[^']*)*'|[^!'"]+)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?$/.test(n.formula);
    if (name === 'type') return isRange ? 'Range' : 'String';
    return n[name as 'name' | 'formula' | 'visible' | 'comment'];
  }
  protected sheetOf(): SheetModel | undefined {
    return undefined;
  }
  get name(): string {
    return this.value('name');
  }
  get type(): string {
    return this.value('type');
  }
  get formula(): string {
    return this.value('formula');
  }
  get visible(): boolean {
    return this.value('visible');
  }
  set visible(v: boolean) {
    this.remember('visible', v);
    this.act((n) => (n.visible = v));
  }
  get comment(): string {
    return this.value('comment');
  }
  /** ExcelApi 1.4. */
  delete(): void {
    this.context.requireApi('1.4', 'NamedItem.delete');
    this.act((n) => {
      const wb = this.context.model;
      wb.names = (wb.names ?? []).filter((x) => x !== n);
    });
  }
}
