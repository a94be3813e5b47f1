/**
 * A RichApi server over the stand-in: answers the JSON batches Microsoft's own Office.js client
 * sends at each `context.sync()` (what `OfficeExtension.HttpUtility.setCustomSendRequestFunc`
 * receives), the way Excel answers them. The stand-in's workbook model and proxies do the work;
 * this file speaks the protocol:
 *
 * - `ObjectPaths`: 1 global (the workbook), 3 method, 4 property, 5 indexer (`getItem(key)`),
 *   7 null object; each is resolved once per request context (per URL), as Excel keeps the objects
 *   of a context alive between batches.
 * - `Actions` in order: 1 Instantiate, 2 Query (`Select`, `Expand`; collections answer `_Items`
 *   with `_Id` keys), 3 Method, 4 SetProperty, 5 Trace (answered in `TraceIds`). Each action runs
 *   before the next, and the first failure stops the batch with Excel's error (`Code`, `Message`,
 *   `Location`, `ActionIndex`); what ran before it stays done, as in Excel.
 * - Events: `_Register…Event` methods (data changed, selection changed) hook the stand-in's events
 *   and send each as a message on the client's event pipe (`onEvent`), with Excel's event type.
 * - Excel's errors: ItemNotFound, InvalidArgument, ApiNotFound (a member above the configured
 *   ExcelApi version: see MEMBERS), AccessDenied (protected sheet), GeneralException,
 *   InvalidOperationInCellEditMode, and the 5 MB request/response limit of Excel on the web.
 *
 * Every member reached is counted in `stats.members` (`Range.values`, `Worksheet.getRange` …) so a
 * test can prove the host's use of Office.js is exercised through the real client.
 */
import { compareVersions, jsonBytes } from './context';
import { OfficeError, officeError } from './errors';
import type { StandIn } from './index';

/** The request body Office.js sends (ProcessQuery). */
export interface RichApiRequest {
  Actions: RichApiAction[];
  ObjectPaths: Record<string, RichApiObjectPath>;
}

export interface RichApiAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RichApiObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

export interface RichApiResponse {
  statusCode: number;
  body: string;
}

/** A message for Office.js's event pipe (`OfficeExtension._testTriggerRichApiMessageEvent`). */
export interface RichApiEventEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

export interface RichApiStats {
  /** Requests (one per `context.sync()` that had something to send, plus Excel.run's clean-ups). */
  requests: number;
  /** Of those, the requests Excel.run sends at its end to release the objects it kept (`_RemoveReference`). */
  cleanups: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** `Class.member` → times used. */
  members: Map<string, number>;
}

export interface RichApiServerOptions {
  /** Highest ExcelApi version this Excel has (default: the stand-in's). */
  excelApi?: string;
  /** Bytes per request and per response (default: 5 MB, Excel on the web's limit). */
  payloadLimitBytes?: number;
  /** Receives Excel's event messages (the client's event pipe). */
  onEvent?: (entry: RichApiEventEntry) => void;
}

/**
 * The ExcelApi version of each member the host uses, from Microsoft's API reference. A member not
 * listed is 1.1. The real client checks the same versions itself where it has `Office.context`.
 */
export const MEMBERS: Record<string, string> = {
  'Workbook.getSelectedRange': '1.1',
  'Workbook.names': '1.1',
  'Workbook.worksheets': '1.1',
  'Workbook.customXmlParts': '1.5',
  'Workbook.protection': '1.7',
  'WorkbookProtection.protected': '1.7',
  'WorksheetCollection.getActiveWorksheet': '1.1',
  'WorksheetCollection.getItem': '1.1',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.add': '1.1',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.getUsedRange': '1.1',
  'Worksheet.getRanges': '1.9',
  'Worksheet.protection': '1.2',
  'WorksheetProtection.protected': '1.2',
  'Worksheet.onChanged': '1.7',
  'Worksheet._RegisterDataChangedEvent': '1.7',
  'Worksheet.onSelectionChanged': '1.7',
  'Worksheet._RegisterSelectionChangedEvent': '1.7',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.visibility': '1.1',
  'Range.conditionalFormats': '1.6',
  'RangeAreas.conditionalFormats': '1.9',
  'RangeAreas.areas': '1.9',
  'RangeAreas.getUsedRangeAreasOrNullObject': '1.9',
  'RangeAreas.getUsedRangeAreas': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.rowHidden': '1.2',
  'Range.columnHidden': '1.2',
  'Range.getRowProperties': '1.9',
  'Range.getColumnProperties': '1.9',
  'Range.dataValidation': '1.8',
  'Range.hyperlink': '1.7',
  'Range.merge': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'RangeFormat.borders': '1.1',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.getItem': '1.6',
  'ConditionalFormatCollection.getItemAt': '1.6',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'CustomXmlPartCollection.getByNamespace': '1.5',
  'CustomXmlPartCollection.add': '1.5',
  'CustomXmlPartScopedCollection.getItem': '1.5',
  'CustomXmlPart.getXml': '1.5',
  'CustomXmlPart.setXml': '1.5',
  'CustomXmlPart.delete': '1.5',
  'CustomXmlPartCollection.getItem': '1.5',
};

/** The key property of each collection's items: the indexer (`getItem`) takes it. */
const ITEM_KEYS: Record<string, string> = {
  WorksheetCollection: 'id',
  ConditionalFormatCollection: 'id',
  NamedItemCollection: 'name',
  CustomXmlPartCollection: 'id',
  CustomXmlPartScopedCollection: 'id',
};

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;

/**
 * The stand-in's proxies are addressed by member name, as Excel's server addresses its objects;
 * typed as records here on purpose (this is the one place that dispatches by name).
 */
type Proxy = Record<string, unknown> & { load?: (spec?: unknown) => unknown; isNullObject?: boolean };

interface Session {
  workbook: Proxy;
  sync(): Promise<void>;
  paths: Map<number, Proxy | null>;
}

/** Objects the client keeps (`_KeepReference`, what Excel.run does for every Range): ObjectPathType 6. */
interface References {
  ids: WeakMap<object, string>;
  objects: Map<string, Proxy>;
  next: number;
}

const camel = (name: string): string => (name.startsWith('_') ? name : name.charAt(0).toLowerCase() + name.slice(1));
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const className = (p: Proxy): string => (p.constructor as { name: string }).name;

function asOfficeError(err: unknown): OfficeError {
  if (err instanceof OfficeError) return err;
  return officeError('GeneralException', undefined, err instanceof Error ? err.message : String(err));
}

const STATUS: Record<string, number> = { ItemNotFound: 404, ApiNotFound: 404, AccessDenied: 403, InvalidArgument: 400, GeneralException: 500 };

export class RichApiServer {
  readonly stats: RichApiStats = { requests: 0, cleanups: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, members: new Map() };
  readonly options: Required<Pick<RichApiServerOptions, 'excelApi' | 'payloadLimitBytes'>> & RichApiServerOptions;
  private readonly sessions = new Map<string, Session>();
  private readonly refs: References = { ids: new WeakMap(), objects: new Map(), next: 1 };

  constructor(
    readonly standIn: StandIn,
    options: RichApiServerOptions = {},
  ) {
    this.options = { ...options, excelApi: options.excelApi ?? standIn.options.excelApi, payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024 };
  }

  /** Forgets the objects of every request context (a new `Excel.run` gets a new URL anyway). */
  resetStats(): void {
    Object.assign(this.stats, { requests: 0, cleanups: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0 });
    this.stats.members.clear();
  }

  /** Answers one ProcessQuery request as Excel would. */
  async handle(url: string, request: RichApiRequest): Promise<RichApiResponse> {
    const requestBytes = jsonBytes(request);
    this.stats.requests++;
    if (request.Actions.some((a) => a.Name === '_RemoveReference') && request.Actions.every((a) => a.ActionType !== ACTION.query && (a.ActionType !== ACTION.method || a.Name === '_RemoveReference'))) this.stats.cleanups++;
    this.stats.requestBytes += requestBytes;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    if (requestBytes > this.options.payloadLimitBytes) return this.reply(413, { error: { code: 'RequestPayloadSizeLimitExceeded', message: 'The request payload size has exceeded the limit.' } });
    const session = this.session(url);
    const results: { ActionId: number; Value?: unknown }[] = [];
    const traceIds: number[] = [];
    let error: Record<string, unknown> | undefined;
    for (let i = 0; i < request.Actions.length; i++) {
      const action = request.Actions[i];
      try {
        if (this.standIn.faults.cellEditMode && action.ActionType !== ACTION.trace) throw officeError('InvalidOperationInCellEditMode');
        const value = await this.runAction(session, request, action);
        // A trace is answered in TraceIds and in Results (the client runs callbacks queued on it).
        if (action.ActionType === ACTION.trace) traceIds.push(action.Id);
        results.push(value === undefined ? { ActionId: action.Id } : { ActionId: action.Id, Value: value });
      } catch (err) {
        const e = asOfficeError(err);
        error = { Code: e.code, Message: e.message, Location: e.debugInfo.errorLocation ?? '', ActionIndex: i, HttpStatusCode: STATUS[e.code] ?? 400 };
        break;
      }
    }
    const body: Record<string, unknown> = { Results: results, TraceIds: traceIds };
    if (error) body.Error = error;
    const responseBytes = jsonBytes(body);
    if (responseBytes > this.options.payloadLimitBytes) return this.reply(413, { error: { code: 'ResponsePayloadSizeLimitExceeded', message: 'The response payload size has exceeded the limit.' } });
    return this.reply(200, body);
  }

  private reply(statusCode: number, body: unknown): RichApiResponse {
    const text = JSON.stringify(body);
    const bytes = jsonBytes(body);
    this.stats.responseBytes += bytes;
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, bytes);
    return { statusCode, body: text };
  }

  private session(url: string): Session {
    let s = this.sessions.get(url);
    if (!s) {
      const ctx = this.standIn.newContext();
      s = { workbook: ctx.workbook as unknown as Proxy, sync: () => ctx.sync(), paths: new Map() };
      this.sessions.set(url, s);
    }
    return s;
  }

  private use(owner: Proxy, member: string): void {
    const key = `${className(owner)}.${member}`;
    this.stats.members.set(key, (this.stats.members.get(key) ?? 0) + 1);
    const version = MEMBERS[key] ?? '1.1';
    if (compareVersions(this.options.excelApi, version) < 0) {
      throw officeError('ApiNotFound', key, `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${key}: ExcelApi ${version})`);
    }
  }

  private resolve(session: Session, request: RichApiRequest, id: number): Proxy | null {
    if (session.paths.has(id)) return session.paths.get(id) as Proxy | null;
    const path = request.ObjectPaths[String(id)];
    if (!path) throw officeError('InvalidArgument', `ObjectPath ${id}`);
    let obj: Proxy | null;
    const args = path.ArgumentInfo?.Arguments ?? [];
    if (path.ObjectPathType === PATH.global) obj = session.workbook;
    else if (path.ObjectPathType === PATH.nullObject) obj = null;
    else if (path.ObjectPathType === PATH.referenceId) {
      const kept = this.refs.objects.get(path.Name);
      if (!kept) throw officeError('InvalidArgument', `ReferenceId ${path.Name}`, 'The object is no longer tracked.');
      obj = kept;
    }
    else {
      const parent = this.resolve(session, request, path.ParentObjectPathId ?? -1);
      if (parent === null) throw officeError('ItemNotFound', path.Name);
      if (path.ObjectPathType === PATH.property) obj = this.get(parent, camel(path.Name)) as Proxy;
      else if (path.ObjectPathType === PATH.method) obj = this.call(parent, camel(path.Name), args) as Proxy;
      else if (path.ObjectPathType === PATH.indexer) obj = this.call(parent, 'getItem', [this.itemKey(session, parent, args[0])]) as Proxy;
      else throw officeError('InvalidArgument', `ObjectPathType ${path.ObjectPathType}`);
    }
    session.paths.set(id, obj);
    return obj;
  }

  /** Worksheet ids are Excel's `{…}` strings; the stand-in's `getItem` takes names. */
  private itemKey(_session: Session, parent: Proxy, key: unknown): unknown {
    if (className(parent) !== 'WorksheetCollection' || typeof key !== 'string') return key;
    const m = /^\{00000000-0001-0000-(\d{4})-000000000000\}$/.exec(key);
    const sheet = m ? this.standIn.model.sheets[Number(m[1])] : undefined;
    return sheet ? sheet.name : key;
  }

  private get(owner: Proxy, member: string): unknown {
    this.use(owner, member);
    if (!(member in owner)) throw officeError('InvalidArgument', `${className(owner)}.${member}`, `The property '${member}' does not exist on ${className(owner)}.`);
    return owner[member];
  }

  private call(owner: Proxy, member: string, args: unknown[]): unknown {
    this.use(owner, member);
    const fn = owner[member];
    if (typeof fn !== 'function') throw officeError('InvalidArgument', `${className(owner)}.${member}`, `The method '${member}' does not exist on ${className(owner)}.`);
    return (fn as (...a: unknown[]) => unknown).apply(owner, args);
  }

  private async runAction(session: Session, request: RichApiRequest, action: RichApiAction): Promise<unknown> {
    if (action.ActionType === ACTION.trace) return undefined;
    const obj = this.resolve(session, request, action.ObjectPathId);
    const args = action.ArgumentInfo?.Arguments ?? [];
    switch (action.ActionType) {
      case ACTION.instantiate: {
        await session.sync();
        if (obj === null || obj.isNullObject) return null;
        const value = await this.identity(session, obj);
        const ref = this.refs.ids.get(obj);
        if (ref !== undefined) value._ReferenceId = ref;
        return value;
      }
      case ACTION.query: {
        if (obj === null) return null;
        return this.query(session, obj, action.QueryInfo ?? {});
      }
      case ACTION.method: {
        if (obj === null) throw officeError('ItemNotFound', action.Name);
        const name = camel(action.Name);
        if (name === '_KeepReference') {
          if (!this.refs.ids.has(obj)) {
            const id = `{ref-${this.refs.next++}}`;
            this.refs.ids.set(obj, id);
            this.refs.objects.set(id, obj);
          }
          return null;
        }
        if (name === '_RemoveReference') {
          for (const id of args.flat()) if (typeof id === 'string') this.refs.objects.delete(id);
          return null;
        }
        if (name === '_RegisterDataChangedEvent' || name === '_UnregisterDataChangedEvent') {
          this.use(obj, name);
          if (name === '_RegisterDataChangedEvent') this.registerChanged(obj);
          await session.sync();
          return null;
        }
        if (name === '_RegisterSelectionChangedEvent' || name === '_UnregisterSelectionChangedEvent') {
          this.use(obj, name);
          if (name === '_RegisterSelectionChangedEvent') this.registerSelectionChanged(obj);
          await session.sync();
          return null;
        }
        const ret = this.call(obj, name, args);
        await session.sync();
        if (ret && typeof ret === 'object' && 'value' in ret) return (ret as { value: unknown }).value;
        return null;
      }
      case ACTION.setProperty: {
        if (obj === null) throw officeError('ItemNotFound', action.Name);
        const name = camel(action.Name);
        this.use(obj, name);
        obj[name] = args[0];
        await session.sync();
        return undefined;
      }
      default:
        throw officeError('InvalidArgument', `ActionType ${action.ActionType}`);
    }
  }

  /** What Excel returns for an instantiated object: its id where it has one (the client keeps it). */
  private async identity(session: Session, obj: Proxy): Promise<Record<string, unknown>> {
    if (className(obj) !== 'Worksheet') return {};
    obj.load?.('id');
    await session.sync();
    return { Id: obj.id };
  }

  private async query(session: Session, obj: Proxy, info: NonNullable<RichApiAction['QueryInfo']>): Promise<unknown> {
    const select = [...(info.Select ?? []), ...(info.Expand ?? [])];
    const collection = ITEM_KEYS[className(obj)] !== undefined || className(obj).endsWith('Collection');
    if (collection) {
      const key = ITEM_KEYS[className(obj)];
      obj.load?.(key ? [...select, key] : select);
      this.use(obj, 'items');
      await session.sync();
      const items = obj.items as Proxy[];
      if (items.length > 0) for (const p of select) this.useSelect(items[0], p.split('/'));
      return {
        _Items: items.map((item) => {
          const value = this.serialize(item, select);
          if (key) value._Id = item[key];
          return value;
        }),
      };
    }
    obj.load?.(select);
    for (const p of select) this.useSelect(obj, p.split('/'));
    await session.sync();
    if (obj.isNullObject) return null;
    return this.serialize(obj, select);
  }

  private useSelect(obj: Proxy, parts: string[]): void {
    this.use(obj, parts[0]);
    if (parts.length > 1) this.useSelect(obj[parts[0]] as Proxy, parts.slice(1));
  }

  /** The loaded properties of `obj` named by `select` (`a`, `nav/b`), with Excel's PascalCase names. */
  private serialize(obj: Proxy, select: string[]): Record<string, unknown> {
    const groups = new Map<string, string[]>();
    for (const p of select) {
      const [head, ...rest] = p.split('/');
      groups.set(head, [...(groups.get(head) ?? []), ...(rest.length > 0 ? [rest.join('/')] : [])]);
    }
    const out: Record<string, unknown> = {};
    for (const [head, rest] of groups) {
      const v = obj[head];
      out[pascal(head)] = rest.length > 0 ? this.serialize(v as Proxy, rest) : v;
    }
    return out;
  }

  private registerSelectionChanged(sheet: Proxy): void {
    const onSelectionChanged = sheet.onSelectionChanged as { add(h: (args: { worksheetId: string; address: string }) => void): unknown };
    onSelectionChanged.add((args) => {
      // 14: Worksheet.onSelectionChanged's event type (the client's GenericEventHandlers eventType).
      this.options.onEvent?.({ messageCategory: 65536, messageType: 14, targetId: args.worksheetId, message: JSON.stringify({ type: 'WorksheetSelectionChanged', worksheetId: args.worksheetId, address: args.address }) });
    });
  }

  private registerChanged(sheet: Proxy): void {
    const onChanged = sheet.onChanged as { add(h: (args: { worksheetId: string }) => void): unknown };
    onChanged.add((args) => {
      // 65536: Office's RichApi event category; 10: Worksheet.onChanged's event type.
      this.options.onEvent?.({ messageCategory: 65536, messageType: 10, targetId: args.worksheetId, message: JSON.stringify(args) });
    });
  }
}
