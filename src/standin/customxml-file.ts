/**
 * Custom XML parts in an .xlsx file, where Excel keeps them: `customXml/itemN.xml` (the document),
 * `customXml/itemPropsN.xml` (its itemID, which Office gives as the part's id), the item's
 * relationship to its properties, and a `customXml` relationship from the workbook part. ExcelJS
 * neither reads nor writes these parts, so the stand-in adds them to the package ExcelJS wrote and
 * reads them from the package before ExcelJS loads it.
 *
 * JSZip is ExcelJS's own zip library (a dependency of exceljs, so no package of its own here).
 */
import JSZip from 'jszip';
import type { CustomXmlPartModel } from './model';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const NS_DS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const NS_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function unescapeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Text of a part: UTF-8, or UTF-16 when it starts with a byte-order mark (Word and Excel write both). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/**
 * The attribute text of each `<Relationship …>` tag, in one pass: a tag ends at its `>` or where
 * the next `<` starts; one with no `>` after it is none. The pattern this replaces (`<Relationship\b([^>]*)`) ran from every
 * `<Relationship` to the end of a part with no `>` after them: a customXml item's own
 * relationships (a part ExcelJS never reads) of 280 KB took 5.5 s, 4 MB many minutes.
 */
export function relationshipTags(xml: string): string[] {
  const out: string[] = [];
  const n = xml.length;
  let at = xml.indexOf('<Relationship');
  let gt = -1; // the first `>` at or after where it was looked for
  while (at >= 0) {
    const from = at + 13;
    const next = xml.indexOf('<', from);
    const c = xml.charCodeAt(from);
    // `\b`: the name ends here (not `<Relationships`).
    if (!(from < n && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95))) {
      if (gt < from) {
        gt = xml.indexOf('>', from);
        if (gt < 0) break; // no tag closes after here (the pattern matched none either)
      }
      const end = next >= 0 && next < gt ? next : gt;
      out.push(xml.slice(from, end > from && xml.charCodeAt(end - 1) === 47 ? end - 1 : end));
    }
    at = next < 0 ? -1 : xml.indexOf('<Relationship', next);
  }
  return out;
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const tag of relationshipTags(xml)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const id = attr('Id');
    const type = attr('Type');
    const target = attr('Target');
    if (id && type && target) out.push({ id, type, target: unescapeAttr(target) });
  }
  return out;
}

/** A target relative to a folder (`xl/` + `../customXml/item1.xml` = `customXml/item1.xml`). */
function resolvePath(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folder.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? decode(await file.async('uint8array')) : undefined;
}

/** The custom XML parts of an .xlsx package, in the order the workbook lists them. */
export async function readCustomXmlParts(data: ArrayBuffer | Uint8Array): Promise<CustomXmlPartModel[]> {
  const zip = await JSZip.loadAsync(data);
  const rels = await text(zip, WORKBOOK_RELS);
  if (!rels) return [];
  const parts: CustomXmlPartModel[] = [];
  // Each part once: a crafted workbook can point thousands of relationships at one large part,
  // and each was inflated and kept again (4,000 × a 4 MB part is 16 GB in the preview's tab).
  const seen = new Set<string>();
  for (const rel of relationships(rels).filter((r) => r.type === REL_CUSTOM_XML)) {
    const path = resolvePath('xl', rel.target);
    if (seen.has(path)) continue;
    seen.add(path);
    const xml = await text(zip, path);
    if (xml === undefined) continue;
    const slash = path.lastIndexOf('/');
    const itemRels = await text(zip, `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`);
    const propsRel = itemRels ? relationships(itemRels).find((r) => r.type === REL_PROPS) : undefined;
    const props = propsRel ? await text(zip, resolvePath(path.slice(0, slash), propsRel.target)) : undefined;
    const id = props ? /\bds:itemID="([^"]*)"/.exec(props)?.[1] : undefined;
    parts.push({ id: id ?? `{00000000-0000-4000-8000-${String(parts.length + 1).padStart(12, '0')}}`, xml });
  }
  return parts;
}

function nextRelId(rels: string): number {
  let max = 0;
  for (const r of relationships(rels)) {
    const n = /^rId(\d+)$/.exec(r.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return max + 1;
}

/** The package with the parts added under customXml/ (a package without parts is returned as is). */
export async function writeCustomXmlParts(data: Uint8Array, parts: readonly CustomXmlPartModel[]): Promise<Uint8Array> {
  if (parts.length === 0) return data;
  const zip = await JSZip.loadAsync(data);
  let rels = (await text(zip, WORKBOOK_RELS)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELS}"></Relationships>`;
  let types = (await text(zip, '[Content_Types].xml')) ?? '';
  let relId = nextRelId(rels);
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, part.xml);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${escapeAttr(part.id)}" xmlns:ds="${NS_DS}"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELS}"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace('</Relationships>', `<Relationship Id="rId${relId++}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_PROPS}"/></Types>`);
  });
  zip.file(WORKBOOK_RELS, rels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
