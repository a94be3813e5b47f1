/**
 * Checks manifest.xml offline (`npm run validate`). Microsoft's validator posts the manifest to a
 * web service, which cannot work on a closed network and would send the manifest out; these are
 * the checks that matter for this add-in, done locally:
 *
 * - the XML is well-formed (a small parser below: elements, attributes, namespaces, entities,
 *   comments, CDATA; no DTDs);
 * - the OfficeApp elements are there, in schema order, with a task pane for Excel workbooks,
 *   ReadWriteDocument, zh-CN as default locale and a low ExcelApi requirement;
 * - every `resid` names a defined resource of the right kind, ids are unique and short enough,
 *   and no resource is left unused;
 * - every localised text has a value and an en-US override, within Office's length limits;
 * - every URL is https on the manifest's base URL and maps to a file of this repository, and every
 *   icon is a PNG of the size the manifest says;
 * - every ExecuteFunction name is associated by the commands code.
 *
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml] [--base-url https://host/path/]
 *        (exit code 1 when there are errors; the base URL defaults to where the task pane page is)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// ---------------------------------------------------------------------------------------------
// A small, strict XML parser

export interface XmlElement {
  /** Qualified name as written (`bt:Image`). */
  name: string;
  /** Local name (`Image`) and resolved namespace URI. */
  local: string;
  ns: string;
  /** Attributes by qualified name. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'XmlError';
  }
}

const NAME_RE = /[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

class XmlParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  private fail(message: string, at = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    throw new XmlError(message, line, at - before.lastIndexOf('\n'));
  }

  private lineAt(at: number): number {
    let n = 1;
    for (let i = 0; i < at; i++) if (this.src.charCodeAt(i) === 10) n++;
    return n;
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  private readName(): string {
    NAME_RE.lastIndex = this.pos;
    const m = NAME_RE.exec(this.src);
    if (!m) this.fail('Expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  private decode(raw: string, at: number): string {
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.fail(`Unterminated entity "${whole}"`, at);
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      const v = ENTITIES[ref];
      if (v === undefined) this.fail(`Unknown entity "&${ref};"`, at);
      return v;
    });
  }

  /** Comments, processing instructions and white space between elements. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<!--')) this.skipComment();
      else if (this.startsWith('<?')) {
        const end = this.src.indexOf('?>', this.pos);
        if (end < 0) this.fail('Unterminated processing instruction');
        this.pos = end + 2;
      } else if (this.startsWith('<!DOCTYPE')) this.fail('DOCTYPE is not allowed in a manifest');
      else return;
    }
  }

  private skipComment(): void {
    const end = this.src.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('Unterminated comment');
    if (this.src.slice(this.pos + 4, end).includes('--')) this.fail('"--" inside a comment');
    this.pos = end + 3;
  }

  parse(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipMisc();
    if (!this.startsWith('<')) this.fail('Expected the root element');
    const root = this.element(new Map([['xml', XML_NS]]));
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('Content after the root element');
    return root;
  }

  private element(scope: Map<string, string>): XmlElement {
    const start = this.pos;
    this.pos++; // <
    const name = this.readName();
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = /\s/.test(this.src[this.pos] ?? '');
      this.skipSpace();
      if (this.startsWith('/>') || this.startsWith('>')) break;
      if (!hadSpace) this.fail('Expected white space before an attribute');
      const attrAt = this.pos;
      const attr = this.readName();
      this.skipSpace();
      if (this.src[this.pos] !== '=') this.fail(`Expected "=" after ${attr}`);
      this.pos++;
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('Expected a quoted attribute value');
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail('Unterminated attribute value');
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail('"<" in an attribute value');
      if (attrs.has(attr)) this.fail(`Duplicate attribute ${attr}`, attrAt);
      attrs.set(attr, this.decode(raw, this.pos));
      this.pos = end + 1;
    }
    const inner = new Map(scope);
    for (const [k, v] of attrs) {
      if (k === 'xmlns') inner.set('', v);
      else if (k.startsWith('xmlns:')) inner.set(k.slice(6), v);
    }
    const [prefix, local] = name.includes(':') ? name.split(':') : ['', name];
    const ns = inner.get(prefix);
    if (prefix !== '' && ns === undefined) this.fail(`Unbound namespace prefix "${prefix}"`, start);
    for (const k of attrs.keys()) {
      const p = k.includes(':') ? k.split(':')[0] : '';
      if (p !== '' && p !== 'xmlns' && !inner.has(p)) this.fail(`Unbound namespace prefix "${p}"`, start);
    }
    const el: XmlElement = { name, local, ns: ns ?? '', attrs, children: [], text: '', line: this.lineAt(start) };
    if (this.startsWith('/>')) {
      this.pos += 2;
      return el;
    }
    this.pos++; // >
    this.content(el, inner);
    return el;
  }

  private content(el: XmlElement, scope: Map<string, string>): void {
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`Element <${el.name}> is not closed`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const closing = this.readName();
        if (closing !== el.name) this.fail(`Expected </${el.name}>, found </${closing}>`);
        this.skipSpace();
        if (this.src[this.pos] !== '>') this.fail('Expected ">"');
        this.pos++;
        return;
      }
      if (this.startsWith('<!--')) this.skipComment();
      else if (this.startsWith('<![CDATA[')) {
        const end = this.src.indexOf(']]>', this.pos);
        if (end < 0) this.fail('Unterminated CDATA section');
        el.text += this.src.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (this.startsWith('<?')) {
        const end = this.src.indexOf('?>', this.pos);
        if (end < 0) this.fail('Unterminated processing instruction');
        this.pos = end + 2;
      } else if (this.startsWith('<')) el.children.push(this.element(scope));
      else {
        const next = this.src.indexOf('<', this.pos);
        const end = next < 0 ? this.src.length : next;
        const raw = this.src.slice(this.pos, end);
        if (raw.includes(']]>')) this.fail('"]]>" in text');
        el.text += this.decode(raw, this.pos);
        this.pos = end;
      }
    }
  }
}

export function parseXml(src: string): XmlElement {
  return new XmlParser(src).parse();
}

// ---------------------------------------------------------------------------------------------
// The manifest checks

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

export interface Problem {
  level: 'error' | 'warning';
  message: string;
}

export interface ValidateOptions {
  /** Repository root: where assets/, src/ and the commands code are. */
  root: string;
  /** The URL every add-in URL must start with. Default https://localhost:3000/. */
  baseUrl?: string;
  /** Locales every localised text must override. Default en-US. */
  overrideLocales?: string[];
  /** Source files that associate command functions. */
  commandSources?: string[];
}

/** OfficeApp children of a TaskPaneApp, in schema order. */
const TOP_LEVEL_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
const MAX_SHORT = 125;
const MAX_LONG = 250;
const MAX_RESID = 32;

type ResourceKind = 'image' | 'url' | 'short' | 'long';

/** Which kind of resource each element's `resid` must name. */
const RESID_KIND: Record<string, ResourceKind[]> = {
  Image: ['image'],
  SourceLocation: ['url'],
  FunctionFile: ['url'],
  LearnMoreUrl: ['url'],
  Label: ['short'],
  Title: ['short'],
  Description: ['long'],
};

/** Where a file served at a URL path comes from in this repository. */
export function sourceFileFor(urlPath: string): string | undefined {
  if (urlPath.startsWith('assets/')) return urlPath;
  if (urlPath === 'taskpane.html') return 'src/taskpane/taskpane.html';
  if (urlPath === 'commands.html') return 'src/commands/commands.html';
  return undefined;
}

/** Width and height of a PNG, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** The function names a commands file passes to `Office.actions.associate`. */
export function associatedFunctions(source: string): string[] {
  const consts = new Map<string, string>();
  for (const m of source.matchAll(/const\s+(\w+)\s*(?::\s*\w+\s*)?=\s*(['"])([^'"]+)\2/g)) consts.set(m[1], m[3]);
  const names: string[] = [];
  for (const m of source.matchAll(/associate\(\s*(?:(['"])([^'"]+)\1|(\w+))/g)) {
    const name = m[2] ?? consts.get(m[3]);
    if (name) names.push(name);
  }
  return names;
}

class Checker {
  readonly problems: Problem[] = [];
  private readonly resources = new Map<string, { kind: ResourceKind; el: XmlElement }>();
  private readonly used = new Set<string>();

  constructor(
    private readonly root: XmlElement,
    private readonly options: Required<ValidateOptions>,
  ) {}

  error(message: string, el?: XmlElement): void {
    this.problems.push({ level: 'error', message: el ? `line ${el.line}: ${message}` : message });
  }

  warn(message: string, el?: XmlElement): void {
    this.problems.push({ level: 'warning', message: el ? `line ${el.line}: ${message}` : message });
  }

  run(): void {
    const r = this.root;
    if (r.local !== 'OfficeApp' || r.ns !== NS.app) return this.error(`The root must be <OfficeApp> in ${NS.app}`);
    if (r.attrs.get('xsi:type') !== 'TaskPaneApp') this.error('OfficeApp must be xsi:type="TaskPaneApp"', r);
    this.checkTopLevel();
    this.collectResources();
    this.checkResids();
    this.checkLocalized();
    this.checkUrls();
    this.checkCommands();
    for (const [id, { el }] of this.resources) if (!this.used.has(id)) this.warn(`Resource "${id}" is never used`, el);
  }

  private checkTopLevel(): void {
    const r = this.root;
    const names = r.children.map((c) => c.local);
    for (const req of REQUIRED) if (!names.includes(req)) this.error(`Missing <${req}>`);
    let last = -1;
    for (const c of r.children) {
      const i = TOP_LEVEL_ORDER.indexOf(c.local);
      if (i < 0) this.error(`Unexpected <${c.name}> in <OfficeApp>`, c);
      else if (i < last) this.error(`<${c.local}> is out of order (schema order: ${TOP_LEVEL_ORDER.join(', ')})`, c);
      else last = i;
    }
    const text = (n: string) => child(r, n)?.text.trim() ?? '';
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))) this.error('<Id> must be a GUID');
    if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text('Version'))) this.error('<Version> must look like 1.0.0.0');
    if (text('DefaultLocale') !== 'zh-CN') this.error('<DefaultLocale> must be zh-CN');
    if (text('Permissions') !== 'ReadWriteDocument') this.error('<Permissions> must be ReadWriteDocument');
    const hosts = child(r, 'Hosts')?.children ?? [];
    if (!hosts.some((h) => h.attrs.get('Name') === 'Workbook')) this.error('<Hosts> must contain <Host Name="Workbook"/>');
    const sets = [...walk(child(r, 'Requirements') ?? r)].filter((e) => e.local === 'Set');
    const excel = sets.find((s) => s.attrs.get('Name') === 'ExcelApi');
    if (!excel) this.error('<Requirements> must name the ExcelApi set');
    else if (Number(excel.attrs.get('MinVersion')) > 1.4) this.warn(`ExcelApi ${excel.attrs.get('MinVersion')} is required: newer sets should be detected at run time`, excel);
    if (child(r, 'AppDomains')?.children.length) this.warn('<AppDomains> lists domains: the add-in should need none', child(r, 'AppDomains'));
  }

  private collectResources(): void {
    const res = child(child(this.root, 'VersionOverrides'), 'Resources');
    if (!res) return this.error('<VersionOverrides> has no <Resources>');
    const groups: [string, ResourceKind][] = [
      ['Images', 'image'],
      ['Urls', 'url'],
      ['ShortStrings', 'short'],
      ['LongStrings', 'long'],
    ];
    for (const [group, kind] of groups) {
      for (const el of child(res, group)?.children ?? []) {
        if (el.ns !== NS.bt) this.error(`<${el.name}> must be in the bt namespace`, el);
        const id = el.attrs.get('id') ?? '';
        if (id === '') this.error(`<${el.name}> without an id`, el);
        else if (id.length > MAX_RESID) this.error(`Resource id "${id}" is longer than ${MAX_RESID} characters`, el);
        if (this.resources.has(id)) this.error(`Duplicate resource id "${id}"`, el);
        this.resources.set(id, { kind, el });
      }
    }
  }

  private checkResids(): void {
    const vo = child(this.root, 'VersionOverrides');
    for (const el of walk(vo ?? this.root)) {
      const resid = el.attrs.get('resid');
      if (resid === undefined) continue;
      this.used.add(resid);
      const found = this.resources.get(resid);
      if (!found) {
        this.error(`resid "${resid}" on <${el.local}> names no resource`, el);
        continue;
      }
      const kinds = RESID_KIND[el.local];
      if (kinds && !kinds.includes(found.kind)) this.error(`resid "${resid}" on <${el.local}> must name a ${kinds.join('/')} resource, not ${found.kind}`, el);
      if (el.local === 'Image') this.checkIcon(found.el.attrs.get('DefaultValue') ?? '', Number(el.attrs.get('size')), found.el);
    }
  }

  /** Every text with a DefaultValue: a value and an override per required locale, within limits. */
  private checkLocalized(): void {
    const items: { el: XmlElement; max: number }[] = [];
    const dn = child(this.root, 'DisplayName');
    const desc = child(this.root, 'Description');
    if (dn) items.push({ el: dn, max: MAX_SHORT });
    if (desc) items.push({ el: desc, max: MAX_LONG });
    for (const { kind, el } of this.resources.values()) {
      if (kind === 'short') items.push({ el, max: MAX_SHORT });
      if (kind === 'long') items.push({ el, max: MAX_LONG });
    }
    for (const { el, max } of items) {
      const label = el.attrs.get('id') ?? el.local;
      const value = el.attrs.get('DefaultValue') ?? '';
      if (value.trim() === '') this.error(`"${label}" has no DefaultValue`, el);
      if ([...value].length > max) this.error(`"${label}" is longer than ${max} characters`, el);
      const overrides = new Map(el.children.filter((c) => c.local === 'Override').map((c) => [c.attrs.get('Locale') ?? '', c.attrs.get('Value') ?? '']));
      for (const locale of this.options.overrideLocales) {
        const v = overrides.get(locale);
        if (v === undefined) this.error(`"${label}" has no ${locale} override`, el);
        else if (v.trim() === '') this.error(`"${label}" has an empty ${locale} override`, el);
        else if ([...v].length > max) this.error(`"${label}" (${locale}) is longer than ${max} characters`, el);
      }
      for (const locale of overrides.keys()) {
        if (!this.options.overrideLocales.includes(locale)) this.warn(`"${label}" overrides an unexpected locale "${locale}"`, el);
      }
    }
  }

  private checkUrls(): void {
    const urls: { url: string; el: XmlElement }[] = [];
    for (const n of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
      const el = child(this.root, n);
      if (el) urls.push({ url: el.attrs.get('DefaultValue') ?? '', el });
    }
    const source = child(child(this.root, 'DefaultSettings'), 'SourceLocation');
    if (source) urls.push({ url: source.attrs.get('DefaultValue') ?? '', el: source });
    else this.error('<DefaultSettings> has no <SourceLocation>');
    for (const { kind, el } of this.resources.values()) {
      if (kind === 'image' || kind === 'url') urls.push({ url: el.attrs.get('DefaultValue') ?? '', el });
    }
    for (const { url, el } of urls) this.checkUrl(url, el);
    const icon = child(this.root, 'IconUrl');
    const hiRes = child(this.root, 'HighResolutionIconUrl');
    if (icon) this.checkIcon(icon.attrs.get('DefaultValue') ?? '', 32, icon);
    if (hiRes) this.checkIcon(hiRes.attrs.get('DefaultValue') ?? '', 64, hiRes);
  }

  /** The repository file behind a URL, or undefined (after reporting why). */
  private fileFor(url: string, el: XmlElement): string | undefined {
    const base = this.options.baseUrl;
    if (!url.startsWith('https://')) {
      this.error(`URL must be https: ${url}`, el);
      return undefined;
    }
    if (!url.startsWith(base)) {
      this.error(`URL is not on ${base}: ${url}`, el);
      return undefined;
    }
    const path = url.slice(base.length).split(/[?#]/)[0];
    const file = sourceFileFor(path);
    if (!file) {
      this.error(`No file of the add-in is served at ${url}`, el);
      return undefined;
    }
    return file;
  }

  private checkUrl(url: string, el: XmlElement): void {
    const file = this.fileFor(url, el);
    if (file && !existsSync(join(this.options.root, file))) this.error(`${url}: ${file} does not exist`, el);
  }

  private checkIcon(url: string, size: number, el: XmlElement): void {
    const file = this.fileFor(url, el);
    if (!file || !existsSync(join(this.options.root, file))) return;
    const dims = pngSize(readFileSync(join(this.options.root, file)));
    if (!dims) this.error(`${file} is not a PNG`, el);
    else if (dims.width !== size || dims.height !== size) this.error(`${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`, el);
  }

  private checkCommands(): void {
    const associated = new Set<string>();
    for (const file of this.options.commandSources) {
      const path = join(this.options.root, file);
      if (existsSync(path)) for (const name of associatedFunctions(readFileSync(path, 'utf8'))) associated.add(name);
      else this.error(`Commands source ${file} does not exist`);
    }
    const vo = child(this.root, 'VersionOverrides');
    const controlIds = new Set<string>();
    let executes = 0;
    for (const el of walk(vo ?? this.root)) {
      if ((el.local === 'Control' || el.local === 'Group') && el.attrs.has('id')) {
        const id = el.attrs.get('id') as string;
        if (controlIds.has(id)) this.error(`Duplicate control id "${id}"`, el);
        controlIds.add(id);
      }
      if (el.local !== 'Action') continue;
      const type = el.attrs.get('xsi:type');
      if (type === 'ExecuteFunction') {
        executes++;
        const name = child(el, 'FunctionName')?.text.trim() ?? '';
        if (!associated.has(name)) this.error(`FunctionName "${name}" is not associated in ${this.options.commandSources.join(', ')}`, el);
      } else if (type === 'ShowTaskpane') {
        if (!child(el, 'SourceLocation')) this.error('ShowTaskpane without <SourceLocation>', el);
      } else this.error(`Unknown action type "${type}"`, el);
    }
    const hasFunctionFile = vo !== undefined && [...walk(vo)].some((e) => e.local === 'FunctionFile');
    if (executes > 0 && !hasFunctionFile) this.error('ExecuteFunction buttons need a <FunctionFile>');
  }
}

/** All problems of a manifest's text; an XML error is the only problem when it is not well-formed. */
export function validateManifest(xml: string, options: ValidateOptions): Problem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlError) return [{ level: 'error', message: `Not well-formed XML: ${err.message}` }];
    throw err;
  }
  const checker = new Checker(root, {
    root: options.root,
    baseUrl: options.baseUrl ?? 'https://localhost:3000/',
    overrideLocales: options.overrideLocales ?? ['en-US'],
    commandSources: options.commandSources ?? ['src/commands/commands.ts'],
  });
  checker.run();
  return checker.problems;
}

/**
 * The base URL of a manifest: the one given, else where its task pane page lives, so a built
 * manifest (dist/addin/manifest.xml, rewritten for ADDIN_BASE_URL) checks as well as the source.
 */
export function inferBaseUrl(xml: string): string | undefined {
  const m = /<SourceLocation\s+DefaultValue="([^"]*)taskpane\.html"/.exec(xml);
  return m ? m[1] : undefined;
}

/** Microsoft's manifest schemas, vendored (see schemas/manifest/README.md for where they come from). */
export const MANIFEST_XSD = join(resolve(__dirname, '..'), 'schemas', 'manifest', 'OfficeAppManifestV1_1.xsd');

/**
 * Validates a manifest file against Microsoft's published XSDs with xmllint (Debian's libxml2-utils),
 * offline. Returns xmllint's complaints as errors; a missing xmllint is an error that says what to install.
 */
export function validateAgainstXsd(file: string, xsd = MANIFEST_XSD): Problem[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
  if (run.error) {
    return [{ level: 'error', message: `xmllint is needed to check the manifest against Microsoft's schemas (apt-get install libxml2-utils): ${run.error.message}` }];
  }
  if (run.status === 0) return [];
  const lines = `${run.stderr}`.split('\n').filter((l) => l.trim() !== '' && !/ fails to validate$/.test(l) && !/ validates$/.test(l));
  return (lines.length > 0 ? lines : [`xmllint exited with ${run.status}`]).map((message) => ({ level: 'error' as const, message: `XSD: ${message}` }));
}

function main(argv: string[]): number {
  const root = resolve(__dirname, '..');
  const flag = argv.indexOf('--base-url');
  const baseUrl = flag >= 0 ? argv[flag + 1] : undefined;
  const files = argv.filter((a, i) => a !== '--base-url' && argv[i - 1] !== '--base-url');
  const file = resolve(files[0] ?? join(root, 'manifest.xml'));
  const xml = readFileSync(file, 'utf8');
  const problems = [...validateManifest(xml, { root, baseUrl: baseUrl ?? inferBaseUrl(xml) }), ...validateAgainstXsd(file)];
  for (const p of problems) console.log(`${p.level === 'error' ? 'ERROR' : 'warning'}: ${p.message}`);
  const errors = problems.filter((p) => p.level === 'error').length;
  console.log(errors === 0 ? `${file}: valid (${problems.length} warning(s))` : `${file}: ${errors} error(s)`);
  return errors === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
