/**
 * Review data kept in the workbook as custom XML parts (ExcelApi 1.5), one part per kind, found by
 * its namespace (`urn:perf-target:review:ignore`, `…:settings`, `…:journal`). The text (JSON) is the
 * root element's content, escaped.
 *
 * Why custom XML parts rather than settings (Office.context.document.settings, or Excel's
 * workbook.settings from ExcelApi 1.4): settings are stored per add-in, under the add-in's id, in the
 * file's web-extension part, so a workbook checked with the intranet build (another manifest id) or
 * after the add-in was re-deployed under a new id would not see them; a custom XML part belongs to
 * the workbook and is found by a namespace we own, is kept by Excel on save and reopen on every
 * platform, stays invisible to the user (no sheet to hide), and is a standard Open XML part that any
 * tool, such as a future version of the command line, can read from the .xlsx. The cost is
 * ExcelApi 1.5 (Excel 2016 MSI lacks it): there the data lasts only while the pane is open, and the
 * pane says so.
 */
import type { StateKey } from '../types';

export const STATE_NAMESPACE_PREFIX = 'urn:perf-target:review:';

export function stateNamespace(key: StateKey): string {
  return `${STATE_NAMESPACE_PREFIX}${key}`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The document stored for a key: `<state xmlns="urn:perf-target:review:ignore" version="1">…</state>`. */
export function stateXml(key: StateKey, text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><state xmlns="${stateNamespace(key)}" version="1">${escapeXml(text)}</state>`;
}

/**
 * The text of a stored document: the root element's content, with character references and CDATA
 * sections resolved (Excel or another tool may rewrite the XML, e.g. with a prefix on the root).
 * Undefined when the document has no root element with content.
 */
export function stateText(xml: string): string | undefined {
  const body = withoutComments(xml.replace(/^\s*<\?xml[^>]*\?>/, ''));
  const open = rootTag(body);
  if (!open) return undefined;
  if (open.selfClosing) return '';
  const start = open.end;
  const end = body.lastIndexOf(`</${open.name}`);
  if (end < start) return undefined;
  const content = body.slice(start, end);
  // CDATA sections found with indexOf: the pattern /<!\[CDATA\[([\s\S]*?)\]\]>/g retried every
  // unclosed `<![CDATA[` to the end of the part (1.8 MB of them: 64 s, the pane frozen on opening).
  let out = '';
  let i = 0;
  for (;;) {
    const open = content.indexOf('<![CDATA[', i);
    if (open < 0) break;
    const close = content.indexOf(']]>', open + 9);
    if (close < 0) break;
    out += unescapeXml(content.slice(i, open)) + content.slice(open + 9, close);
    i = close + 3;
  }
  return out + unescapeXml(content.slice(i));
}

/**
 * The XML without comments, found with indexOf: a pattern would retry an unclosed `<!--` at every
 * later one, quadratic on a hostile part.
 */
function withoutComments(xml: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = xml.indexOf('<!--', i);
    if (open < 0) return out + xml.slice(i);
    const close = xml.indexOf('-->', open + 4);
    if (close < 0) return out + xml.slice(i, open);
    out += xml.slice(i, open);
    i = close + 3;
  }
}

/** The first element's tag: its name, whether it closes itself, and where it ends. Linear. */
function rootTag(body: string): { name: string; selfClosing: boolean; end: number } | undefined {
  for (let lt = body.indexOf('<'); lt >= 0; lt = body.indexOf('<', lt + 1)) {
    const name = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/.exec(body.slice(lt + 1, lt + 1 + 256));
    if (!name) continue;
    const gt = body.indexOf('>', lt);
    if (gt < 0) return undefined;
    return { name: name[0], selfClosing: body[gt - 1] === '/', end: gt + 1 };
  }
  return undefined;
}

/** Loads the text stored under a key, or null: 2 syncs. */
export async function loadStatePart(context: Excel.RequestContext, key: StateKey): Promise<string | null> {
  const parts = context.workbook.customXmlParts.getByNamespace(stateNamespace(key));
  parts.load('items/id');
  await context.sync();
  const ids = parts.items.map((part) => part.id);
  if (ids.length === 0) return null;
  const xml = parts.getItem(ids[0]).getXml();
  await context.sync();
  // A ClientResult is answered by the sync above; it has no load() (the rule takes it for a proxy).
  // eslint-disable-next-line office-addins/load-object-before-read
  return stateText(xml.value) ?? null;
}

/** Stores (or with null removes) the text under a key, replacing what was there: 2 syncs. */
export async function saveStatePart(context: Excel.RequestContext, key: StateKey, text: string | null): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(stateNamespace(key));
  parts.load('items/id');
  await context.sync();
  const [first, ...extra] = parts.items.map((part) => part.id);
  // More than one part of ours (e.g. two add-in sessions saving at once): keep one.
  for (const id of extra) parts.getItem(id).delete();
  if (first === undefined) {
    if (text !== null) context.workbook.customXmlParts.add(stateXml(key, text));
  } else if (text === null) parts.getItem(first).delete();
  else parts.getItem(first).setXml(stateXml(key, text));
  await context.sync();
}
