/**
 * `Workbook.customXmlParts` of the stand-in (ExcelApi 1.5): XML documents stored in the workbook,
 * found by the namespace of their root element, saved with the file (see ./customxml-file.ts for the
 * .xlsx side). Kept in `WorkbookModel.customXmlParts`.
 *
 * As in Office: `add` fails with InvalidArgument for text that is not an XML document, a part's
 * namespace is its root element's, `getOnlyItem…` fails with InvalidOperation when the namespace
 * has more than one part, and results of `getXml`/`getCount` are readable after the sync.
 */
import { ClientObject, combine } from './client';
import type { PendingRead, StandInContext } from './context';
import { officeError, propertyNotLoaded } from './errors';
import type { CustomXmlPartModel, WorkbookModel } from './model';

/** A value a method returns, readable after the sync that answered it (Office's ClientResult). */
export class ClientResult<T> {
  private answered = false;
  private result: T | undefined;
  constructor(private readonly location: string) {}
  get value(): T {
    if (!this.answered) throw propertyNotLoaded('value', this.location);
    return this.result as T;
  }
  /** Called inside the sync. */
  answer(v: T): PendingRead {
    return { bytes: JSON.stringify(v ?? null).length, commit: () => ((this.result = v), (this.answered = true)) };
  }
}

/** White space as XML has it (and as `\s` matched it here before). */
function skipSpace(xml: string, at: number): number {
  while (at < xml.length && /\s/.test(xml[at])) at++;
  return at;
}

const ROOT_TAG = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/;

/**
 * The namespace URI of the root element ('' when it has none); undefined when not an XML document.
 * Read in one pass: the XML declaration, then comments one by one, then the root's start tag. The
 * single pattern this replaces let a comment's text run on over `--><!--`, so a part failing after
 * k comments was tried in 2^k ways (`<!---->` 26 times and no root: a second; 40: hours, with
 * the preview's pane reading a received workbook's parts).
 */
export function rootNamespace(xml: string): string | undefined {
  let at = skipSpace(xml, 0);
  if (xml.startsWith('<?xml', at)) {
    const end = xml.indexOf('?>', at);
    if (end < 0 || xml.lastIndexOf('>', end) > at) return undefined; // `<?xml …?>` holds no `>`
    at = skipSpace(xml, end + 2);
  }
  while (xml.startsWith('<!--', at)) {
    const end = xml.indexOf('-->', at + 4);
    if (end < 0) return undefined;
    at = skipSpace(xml, end + 3);
  }
  const m = ROOT_TAG.exec(xml.slice(at));
  if (!m) return undefined;
  const prefix = m[2] === undefined ? undefined : m[1];
  const attrs = m[3];
  const name = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  const attr = new RegExp(`\\s${name.replace('.', '\\.')}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs);
  return attr ? attr[2] : '';
}

function checkXml(xml: unknown, location: string): string {
  if (typeof xml !== 'string' || rootNamespace(xml) === undefined) {
    throw officeError('InvalidArgument', location, 'The XML is not a well-formed document.');
  }
  return xml;
}

function newGuid(wb: WorkbookModel): string {
  const n = (wb.customXmlParts?.length ?? 0) + wb.nextId++;
  return `{${String(n).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}}`;
}

export class CustomXmlPart extends ClientObject<CustomXmlPartModel> {
  constructor(
    context: StandInContext,
    private readonly find: () => CustomXmlPartModel | null,
  ) {
    super(context, 'CustomXmlPart');
  }
  protected resolve(): CustomXmlPartModel | null {
    return this.find();
  }
  protected override scalarNames(): string[] {
    return ['id', 'namespaceUri'];
  }
  protected override readScalar(name: string, part: CustomXmlPartModel): unknown {
    return name === 'id' ? part.id : (rootNamespace(part.xml) ?? '');
  }
  protected sheetOf(): undefined {
    return undefined;
  }
  get id(): string {
    return this.value('id');
  }
  get namespaceUri(): string {
    return this.value('namespaceUri');
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>('CustomXmlPart.getXml');
    this.context.enqueue({ run: () => result.answer(this.resolveOrThrow().xml) });
    return result;
  }
  setXml(xml: string): void {
    this.context.enqueue({
      requestBytes: String(xml).length,
      run: () => {
        const part = this.resolveOrThrow();
        part.xml = checkXml(xml, 'CustomXmlPart.setXml');
      },
    });
  }
  delete(): void {
    this.context.enqueue({
      run: () => {
        const part = this.resolveOrThrow();
        const wb = this.context.model;
        wb.customXmlParts = (wb.customXmlParts ?? []).filter((p) => p !== part);
      },
    });
  }
}

/** Parts of the workbook, all of them or those of one namespace. */
abstract class PartList extends ClientObject<WorkbookModel> {
  private loadedItems: CustomXmlPart[] | undefined;

  protected abstract members(): CustomXmlPartModel[];

  protected resolve(): WorkbookModel {
    return this.context.model;
  }
  protected sheetOf(): undefined {
    return undefined;
  }

  get items(): CustomXmlPart[] {
    if (!this.loadedItems) throw propertyNotLoaded('items', this.location);
    return this.loadedItems;
  }

  override collect(paths: string[]): PendingRead {
    const itemPaths = paths.map((p) => (p === 'items' ? '' : p.replace(/^items\//, ''))).filter((p) => p !== '');
    const items = this.members().map((m) => this.proxy(() => m));
    const reads = items.map((i) => i.collect(itemPaths));
    return { bytes: 2, commit: () => ((this.loadedItems = items), combine(reads).commit()) };
  }

  /** A part that is null once it has been deleted. */
  protected proxy(find: () => CustomXmlPartModel | undefined): CustomXmlPart {
    return new CustomXmlPart(this.context, () => {
      const m = find();
      return m && (this.context.model.customXmlParts ?? []).includes(m) ? m : null;
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(`${this.location}.getCount`);
    this.context.enqueue({ run: () => result.answer(this.members().length) });
    return result;
  }

  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.context, () => {
      const m = this.members().find((p) => p.id === id);
      if (!m) throw officeError('ItemNotFound', `${this.location}.getItem`);
      return m;
    });
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    return this.proxy(() => this.members().find((p) => p.id === id));
  }
}

export class CustomXmlPartScopedCollection extends PartList {
  constructor(
    context: StandInContext,
    private readonly namespaceUri: string,
  ) {
    super(context, 'CustomXmlPartScopedCollection');
  }
  protected members(): CustomXmlPartModel[] {
    return (this.context.model.customXmlParts ?? []).filter((p) => rootNamespace(p.xml) === this.namespaceUri);
  }
  private only(orNull: boolean): CustomXmlPartModel | undefined {
    const list = this.members();
    if (list.length > 1) throw officeError('InvalidOperation', `${this.location}.getOnlyItem`, 'The collection has more than one item.');
    if (list.length === 0 && !orNull) throw officeError('ItemNotFound', `${this.location}.getOnlyItem`);
    return list[0];
  }
  getOnlyItem(): CustomXmlPart {
    return new CustomXmlPart(this.context, () => this.only(false) as CustomXmlPartModel);
  }
  getOnlyItemOrNullObject(): CustomXmlPart {
    return this.proxy(() => this.only(true));
  }
}

export class CustomXmlPartCollection extends PartList {
  constructor(context: StandInContext) {
    super(context, 'CustomXmlPartCollection');
    context.requireApi('1.5', 'Workbook.customXmlParts');
  }
  protected members(): CustomXmlPartModel[] {
    return this.context.model.customXmlParts ?? [];
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.context, namespaceUri);
  }
  add(xml: string): CustomXmlPart {
    let created: CustomXmlPartModel | undefined;
    this.context.enqueue({
      requestBytes: String(xml).length,
      run: () => {
        const wb = this.context.model;
        created = { id: newGuid(wb), xml: checkXml(xml, 'CustomXmlPartCollection.add') };
        (wb.customXmlParts ??= []).push(created);
      },
    });
    return this.proxy(() => created);
  }
}
