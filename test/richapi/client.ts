/**
 * Microsoft's Office.js client (the `excel-web-16.00` debug build of `@microsoft/office-js`) in a
 * Node `vm` context, talking to the RichApi server over the stand-in (src/standin/richapi.ts).
 * Every `context.sync()` the host makes goes through the real client: the real request JSON, the
 * real response handling (PropertyNotLoaded, null objects, errors), the real event pipe.
 *
 *     const excel = createRealExcel(model, { excelApi: '1.4' });
 *     const host = new ExcelHost({ run: excel.run, isSetSupported: excel.isSetSupported });
 *     excel.server.stats.requests;
 */
import { readFileSync } from 'fs';
import { createContext, runInContext, Script } from 'vm';
import { compareVersions } from '../../src/standin/context';
import { createStandIn, type StandIn, type StandInOptions, type WorkbookModel } from '../../src/standin';
import { RichApiServer, type RichApiRequest, type RichApiServerOptions } from '../../src/standin/richapi';
import type { ExcelRun } from '../../src/hosts/excel/types';

const SCRIPT = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
let compiled: Script | undefined;

/** The globals of the client's window that the host and tests use. */
interface ClientGlobals {
  Excel: typeof Excel & { RequestContext: new (url?: string) => Excel.RequestContext };
  OfficeExtension: typeof OfficeExtension & {
    HttpUtility: { setCustomSendRequestFunc(f: (req: { url: string; body: unknown }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>): void };
    _testSetRichApiMessageReadyImpl(f: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(msg: { entries: unknown[] }): void;
  };
  Office: Record<string, unknown>;
}

export interface RealExcel {
  run: ExcelRun;
  isSetSupported(name: string, minVersion?: string): boolean;
  server: RichApiServer;
  standIn: StandIn;
  /** The client's globals (window.Excel, window.OfficeExtension). */
  client: ClientGlobals;
}

export interface RealExcelOptions extends StandInOptions, Omit<RichApiServerOptions, 'onEvent' | 'excelApi'> {
  /** False: the client believes every API set exists, so only the server answers ApiNotFound. */
  clientApiCheck?: boolean;
}

function loadClient(isSetSupported: (name: string, version?: string) => boolean): ClientGlobals {
  compiled ??= new Script(readFileSync(SCRIPT, 'utf8'), { filename: 'excel-web-16.00.debug.js' });
  const location = { href: 'https://localhost/taskpane.html', protocol: 'https:', hostname: 'localhost', host: 'localhost', search: '', hash: '' };
  const document = {
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute: () => undefined, style: {} }),
    addEventListener: () => undefined,
    readyState: 'complete',
    cookie: '',
  };
  const navigator = { userAgent: 'Mozilla/5.0 (Node) perf-target-test', language: 'zh-CN' };
  const sandbox: Record<string, unknown> = { location, document, navigator, setTimeout, clearTimeout, console, addEventListener: () => undefined, removeEventListener: () => undefined };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  compiled.runInContext(sandbox);
  const g = sandbox as unknown as ClientGlobals;
  // The client checks requirement sets itself (Utility.throwIfApiNotSupported) through this.
  // (Office.context is a getter over OSF._OfficeAppFactory.getContext().)
  const osf = sandbox.OSF as { _OfficeAppFactory?: Record<string, unknown> };
  osf._OfficeAppFactory = { ...(osf._OfficeAppFactory ?? {}), getContext: () => ({ requirements: { isSetSupported }, displayLanguage: 'zh-CN' }) };
  // Events arrive through the test hook of the client's event pipe (no OSF host here).
  g.OfficeExtension._testSetRichApiMessageReadyImpl(() => runInContext('Promise.resolve()', sandbox) as Promise<void>);
  return g;
}

let runs = 0;

/** Microsoft's client over a RichApi server over the stand-in holding `model`. */
export function createRealExcel(model: WorkbookModel, options: RealExcelOptions = {}): RealExcel {
  const standIn = createStandIn(model, { ...options, payloadLimitBytes: Number.POSITIVE_INFINITY });
  const excelApi = options.excelApi ?? '1.18';
  const isSetSupported = (name: string, version = '1.1'): boolean => name === 'ExcelApi' && compareVersions(excelApi, version) >= 0;
  const client = loadClient(options.clientApiCheck === false ? () => true : isSetSupported);
  const server = new RichApiServer(standIn, {
    excelApi,
    payloadLimitBytes: options.payloadLimitBytes,
    onEvent: (entry) => setTimeout(() => client.OfficeExtension._testTriggerRichApiMessageEvent({ entries: [entry] }), 0),
  });
  client.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const body = (typeof req.body === 'string' ? JSON.parse(req.body) : req.body) as RichApiRequest;
    const url = req.url.replace(/\/ProcessQuery.*$/, '');
    const res = await server.handle(url, body);
    return { statusCode: res.statusCode, headers: {}, body: res.body };
  });
  // Excel.run itself (it keeps the batch's objects usable across its syncs), on a context whose
  // URL sends the requests to the server: one URL per run, as each run is a new context.
  const run: ExcelRun = (batch) => {
    const context = new client.Excel.RequestContext(`https://excel.invalid/run${++runs}`);
    return (client.Excel.run as unknown as (c: Excel.RequestContext, b: typeof batch) => ReturnType<typeof batch>)(context, batch);
  };
  return { run, isSetSupported, server, standIn, client };
}
