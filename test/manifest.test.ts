import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { associatedFunctions, parseXml, pngSize, validateManifest, XmlError, type XmlElement } from '../scripts/validate-manifest';
import { encodePng, ICON_FILES, renderIcon, crc32 } from '../scripts/make-icons';
import { CHECK_ACTIVE_SHEET } from '../src/commands/commands';

const ROOT = join(__dirname, '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const validate = (xml: string) => validateManifest(xml, { root: ROOT });
const errors = (xml: string) => validate(xml).filter((p) => p.level === 'error').map((p) => p.message);

function find(el: XmlElement, local: string): XmlElement[] {
  return [el.local === local ? [el] : [], ...el.children.map((c) => find(c, local))].flat();
}

describe('manifest.xml', () => {
  test('passes every offline check with no warning', () => {
    expect(validate(MANIFEST)).toEqual([]);
  });

  test('is a task pane for Excel workbooks asking only for ExcelApi 1.1 (Office 2016 loads it; the legacy pane runs there) and ReadWriteDocument', () => {
    const root = parseXml(MANIFEST);
    expect(root.attrs.get('xsi:type')).toBe('TaskPaneApp');
    expect(find(root, 'Set').map((s) => [s.attrs.get('Name'), s.attrs.get('MinVersion')])).toEqual([['ExcelApi', '1.1']]);
    expect(find(root, 'Permissions')[0].text).toBe('ReadWriteDocument');
    expect(find(root, 'DefaultLocale')[0].text).toBe('zh-CN');
  });

  test('has three buttons on the Home tab: one-click check, the pane, the template', () => {
    const root = parseXml(MANIFEST);
    const tab = find(root, 'OfficeTab')[0];
    expect(tab.attrs.get('id')).toBe('TabHome');
    const actions = find(tab, 'Action').map((a) => [a.attrs.get('xsi:type'), find(a, 'FunctionName')[0]?.text ?? find(a, 'SourceLocation')[0]?.attrs.get('resid')]);
    expect(actions).toEqual([
      ['ExecuteFunction', 'checkActiveSheet'],
      ['ShowTaskpane', 'Taskpane.Url'],
      ['ShowTaskpane', 'Template.Url'],
    ]);
    expect(MANIFEST).toContain('https://localhost:3000/taskpane.html?view=template');
  });

  test('the ribbon function is the one the commands code associates', () => {
    const name = find(parseXml(MANIFEST), 'FunctionName')[0].text;
    expect(name).toBe(CHECK_ACTIVE_SHEET);
    expect(associatedFunctions(readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8'))).toContain(name);
  });

  test('every icon URL is a committed PNG of the right size', () => {
    const root = parseXml(MANIFEST);
    const images = new Map(find(root, 'Image').filter((i) => i.attrs.has('id')).map((i) => [i.attrs.get('id'), i.attrs.get('DefaultValue') ?? '']));
    const refs = find(root, 'Image').filter((i) => i.attrs.has('resid'));
    expect(refs.length).toBe(12);
    for (const ref of refs) {
      const url = images.get(ref.attrs.get('resid')) ?? '';
      const size = Number(ref.attrs.get('size'));
      const file = url.replace('https://localhost:3000/', '');
      expect(pngSize(readFileSync(join(ROOT, file)))).toEqual({ width: size, height: size });
    }
  });

  const mutations: [string, (xml: string) => string, RegExp][] = [
    ['a resid that names nothing', (x) => x.replace('<bt:String id="Check.Tooltip"', '<bt:String id="Check.Tip"'), /resid "Check.Tooltip" on <Description> names no resource/],
    ['a resid of the wrong kind', (x) => x.replace('<Label resid="Check.Label"/>', '<Label resid="Check.Tooltip"/>'), /must name a short resource, not long/],
    ['an icon of the wrong size', (x) => x.replace('assets/check-16.png', 'assets/check-32.png'), /check-32.png is 32×32, expected 16×16/],
    ['an icon that does not exist', (x) => x.replace('assets/pane-80.png', 'assets/pane-81.png'), /pane-81.png does not exist/],
    ['an app icon of the wrong size', (x) => x.replace('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"'), /icon-64.png is 64×64, expected 32×32/],
    ['a missing en-US override', (x) => x.replace('<bt:Override Locale="en-US" Value="Checker Pane"/>', ''), /"Pane.Label" has no en-US override/],
    ['an empty override', (x) => x.replace('Value="Performance Target Checker"/>', 'Value=""/>'), /"DisplayName" has an empty en-US override/],
    ['a function the code does not associate', (x) => x.replace('<FunctionName>checkActiveSheet</FunctionName>', '<FunctionName>checkSheet</FunctionName>'), /FunctionName "checkSheet" is not associated/],
    ['an http URL', (x) => x.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'), /URL must be https/],
    ['a URL served by nothing', (x) => x.replace('https://localhost:3000/commands.html', 'https://localhost:3000/functions.html'), /No file of the add-in is served at/],
    ['a duplicate resource id', (x) => x.replace('<bt:Image id="Pane.16x16"', '<bt:Image id="Check.16x16"'), /Duplicate resource id "Check.16x16"/],
    ['a duplicate control id', (x) => x.replace('id="PerfTarget.PaneButton"', 'id="PerfTarget.CheckButton"'), /Duplicate control id/],
    ['a resource id over 32 characters', (x) => x.split('Group.Label').join('Group.Label.For.The.Ribbon.Group.X'), /longer than 32 characters/],
    ['a label over 125 characters', (x) => x.replace('DefaultValue="一键校验"', `DefaultValue="${'校'.repeat(126)}"`), /"Check.Label" is longer than 125 characters/],
    ['a weaker permission', (x) => x.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'), /Permissions/],
    ['another default locale', (x) => x.replace('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>'), /DefaultLocale/],
    ['elements out of schema order', (x) => x.replace('  <DefaultLocale>zh-CN</DefaultLocale>\n', '').replace('  <IconUrl', '  <DefaultLocale>zh-CN</DefaultLocale>\n  <IconUrl'), /out of order/],
    ['a missing element', (x) => x.replace(/ {2}<SupportUrl[^>]*\/>\n/, ''), /Missing <SupportUrl>/],
    ['a bad Id', (x) => x.replace('<Id>261e6fe5-8d81-4128-a1c1-a66d9ebfb23e</Id>', '<Id>perf-target</Id>'), /GUID/],
    ['no FunctionFile for a function button', (x) => x.replace('<FunctionFile resid="Commands.Url"/>', ''), /need a <FunctionFile>/],
    ['not well-formed XML', (x) => x.replace('</Group>', '</Grop>'), /Not well-formed XML: Expected <\/Group>, found <\/Grop>/],
  ];

  test.each(mutations)('catches %s', (_name, mutate, message) => {
    const changed = mutate(MANIFEST);
    expect(changed).not.toBe(MANIFEST);
    expect(errors(changed).join('\n')).toMatch(message);
  });

  test('warns about a resource nobody uses', () => {
    const xml = MANIFEST.replace('</bt:Urls>', '<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/taskpane.html"/></bt:Urls>');
    expect(validate(xml)).toEqual([{ level: 'warning', message: expect.stringContaining('"Unused.Url" is never used') }]);
  });

  test('passes with the production base URL after the build rewrites it', () => {
    const xml = MANIFEST.split('https://localhost:3000/').join('https://addins.example.gov.cn/perf-target/');
    expect(validateManifest(xml, { root: ROOT, baseUrl: 'https://addins.example.gov.cn/perf-target/' })).toEqual([]);
  });
});

describe('the XML parser', () => {
  test('reads elements, attributes, namespaces, entities, CDATA and comments', () => {
    const root = parseXml(
      '\ufeff<?xml version="1.0"?>\n<!-- c --><a xmlns="urn:a" xmlns:b="urn:b" x=\'1 &amp; 2\'><b:c y="&lt;&#x4e2d;&#25991;&gt;"/>t&quot;<![CDATA[<raw>]]><!-- -->u</a>',
    );
    expect(root).toMatchObject({ local: 'a', ns: 'urn:a', text: 't"<raw>u' });
    expect(root.attrs.get('x')).toBe('1 & 2');
    expect(root.children[0]).toMatchObject({ name: 'b:c', local: 'c', ns: 'urn:b', line: 2 });
    expect(root.children[0].attrs.get('y')).toBe('<中文>');
  });

  test.each([
    ['<a><b></a>', /Expected <\/b>, found <\/a>/],
    ['<a>', /<a> is not closed/],
    ['<a x="1" x="2"/>', /Duplicate attribute x/],
    ['<a x=1/>', /quoted attribute value/],
    ['<a x="1"y="2"/>', /white space before an attribute/],
    ['<a>&nbsp;</a>', /Unknown entity/],
    ['<a>& b</a>', /Unterminated entity/],
    ['<p:a/>', /Unbound namespace prefix "p"/],
    ['<a p:x="1"/>', /Unbound namespace prefix "p"/],
    ['<a/><b/>', /Content after the root element/],
    ['<!DOCTYPE a><a/>', /DOCTYPE/],
    ['<a><!-- a -- b --></a>', /"--" inside a comment/],
    ['<a x="<"/>', /"<" in an attribute value/],
    ['<a>]]></a>', /"]]>" in text/],
    ['', /Expected the root element/],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });

  test('reports the line of the error', () => {
    try {
      parseXml('<a>\n<b>\n</c></a>');
      throw new Error('not thrown');
    } catch (err) {
      expect(err).toMatchObject({ line: 3 });
    }
  });
});

describe('icons', () => {
  /** Decodes a PNG written by our encoder (RGBA, filter 0) back to pixels, checking every CRC. */
  function decode(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
    let pos = 8;
    const idat: Buffer[] = [];
    let width = 0;
    let height = 0;
    while (pos < bytes.length) {
      const length = bytes.readUInt32BE(pos);
      const type = bytes.toString('ascii', pos + 4, pos + 8);
      const data = bytes.subarray(pos + 8, pos + 8 + length);
      expect(bytes.readUInt32BE(pos + 8 + length)).toBe(crc32(bytes.subarray(pos + 4, pos + 8 + length)));
      if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      if (type === 'IDAT') idat.push(data);
      pos += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const rgba = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 4 + 1)]).toBe(0);
      rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
    }
    return { width, height, rgba };
  }

  test.each(ICON_FILES.map((f) => [f.file, f.kind, f.size] as const))('assets/%s is what scripts/make-icons.ts draws', (file, kind, size) => {
    const png = decode(readFileSync(join(ROOT, 'assets', file)));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(Buffer.from(png.rgba).equals(Buffer.from(renderIcon(kind, size)))).toBe(true);
  });

  test('icons are opaque Office blue somewhere and transparent in a corner', () => {
    const px = renderIcon('icon', 32);
    const at = (x: number, y: number) => [...px.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(5, 5)).toEqual([0x18, 0x5a, 0xbd, 255]);
  });

  test('the encoder checks its input and writes a valid signature and size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow();
    expect(pngSize(encodePng(3, 2, new Uint8Array(24)))).toEqual({ width: 3, height: 2 });
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeUndefined();
  });
});
